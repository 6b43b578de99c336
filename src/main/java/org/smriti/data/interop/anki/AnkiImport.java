package org.smriti.data.interop.anki;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.PackProblem;
import org.smriti.data.bank.PackSummary;
import org.smriti.data.bank.PackWriter;
import org.smriti.data.cards.OwnCards;
import org.smriti.data.cards.OwnCardsRefusedException;
import org.smriti.data.interop.anki.NoteConverter.Entries;

/**
 * Imports what Anki's <em>Export → Notes in Plain Text</em> writes (Anki 2.1.55+) into the own cards: first a
 * {@link #preview}, which saves nothing, then {@link #save}, one all-or-nothing write of the own cards. The file is
 * read as Anki reads it ({@link AnkiMetadata}, {@link Records}); its notes become cards as
 * {@link NoteConverter} says, with ids from {@link AnkiIds}; then the own cards with the file's cards in them are
 * checked with the whole bank, as saving will check them. Importing a file again updates the notes that changed
 * and adds nothing else.
 */
public final class AnkiImport {

    /** Larger files are refused unread: a deck of 10,000 notes without media is a few MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    public static final int MAX_FIELD_CHARS = NoteConverter.MAX_FIELD_CHARS;

    /** What saving did: a sentence for the user, and the own cards now, to study at once. */
    public record Imported(String summary, List<Question> ownCards) {
        public Imported {
            ownCards = List.copyOf(ownCards);
        }
    }

    private AnkiImport() {
    }

    /** Reads {@code file} and says what importing it would do; writes nothing. */
    public static AnkiPreview preview(Path file, Path dataDir) throws IOException {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return refused(name, Files.isDirectory(file) ? "is a folder, not a file" : "no such file");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            return refused(name, String.format(Locale.ROOT, "%.1f MB is more than the 50 MB Smriti imports at once;"
                    + " export fewer decks at a time from Anki", size / (1024.0 * 1024.0)));
        }
        byte[] bytes = Files.readAllBytes(file);
        String problem = notText(bytes);
        if (problem != null) {
            return refused(name, problem);
        }
        String text = decodeUtf8(bytes);
        if (text == null) {
            return refused(name, "is not UTF-8 text (the first byte that is not is on line " + badLine(bytes)
                    + "); Anki always writes UTF-8: export the notes from Anki again, or save the file as UTF-8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        OwnCards.Contents own;
        try {
            own = new OwnCards(dataDir).read();
        } catch (OwnCardsRefusedException e) {
            return refused(name, "cannot be imported while your own cards have problems: " + e.getMessage());
        }
        return new Reading(name, AnkiMetadata.read(text), own, dataDir).preview();
    }

    /**
     * Saves the previewed cards into the own cards, all or nothing.
     *
     * @throws IllegalArgumentException if the preview has problems
     */
    public static Imported save(AnkiPreview preview, Path dataDir) throws IOException {
        if (!preview.canImport()) {
            throw new IllegalArgumentException(preview.source() + ": has problems, nothing imported: "
                    + preview.problems().get(0));
        }
        OwnCards store = new OwnCards(dataDir);
        if (preview.cards().isEmpty()) {
            return new Imported(preview.source() + ": nothing new to import; your cards are as the file has them.",
                    store.load());
        }
        List<Question> now = store.upsert(preview.cards());
        return new Imported("Imported " + preview.source() + ": " + preview.newCards() + " new and "
                + preview.updatedCards() + " updated cards, ready to study.", now);
    }

    private static AnkiPreview refused(String name, String problem) {
        return AnkiPreview.refused(name, List.of(), List.of(name + ": " + problem));
    }

    /** Why {@code bytes} cannot be an Anki text file at all, or {@code null}. */
    private static String notText(byte[] bytes) {
        if (bytes.length == 0 || new String(bytes, StandardCharsets.ISO_8859_1).isBlank()) {
            return "is empty; in Anki, choose File → Export → Notes in Plain Text to make the file";
        }
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE
                || bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)) {
            return "is UTF-16 text; Anki always writes UTF-8: export the notes from Anki again, or save the file"
                    + " as UTF-8";
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return "is a zip file (an Anki package, .apkg or .colpkg?), not text; in Anki, choose File → Export →"
                    + " Notes in Plain Text";
        }
        for (byte b : bytes) {
            if (b == 0) {
                return "is not a text file; in Anki, choose File → Export → Notes in Plain Text";
            }
        }
        return null;
    }

    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String decodeUtf8(byte[] bytes) {
        try {
            return strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The line of the first byte that is not UTF-8. */
    private static int badLine(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CoderResult result = strictUtf8().decode(in, CharBuffer.allocate(bytes.length), true);
        int end = result.isError() ? in.position() : bytes.length;
        int line = 1;
        for (int i = 0; i < end; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** One preview in the making. */
    private static final class Reading {
        private final String name;
        private final AnkiMetadata meta;
        private final OwnCards.Contents own;
        private final Path dataDir;
        private final List<String> notices = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<Entries> entries = new ArrayList<>();
        private int notes;
        private int inSmriti;

        Reading(String name, AnkiMetadata meta, OwnCards.Contents own, Path dataDir) {
            this.name = name;
            this.meta = meta;
            this.own = own;
            this.dataDir = dataDir;
        }

        AnkiPreview preview() throws IOException {
            if (meta.ignoredSeparator() != null) {
                notices.add(name + ": #separator:" + meta.ignoredSeparator() + " is not a separator Anki knows (tab,"
                        + " comma, semicolon, space, pipe, colon or one of those characters); as Anki does, Smriti"
                        + " took " + meta.delimiter().headerName() + ", the first of them in the file");
            }
            NoteConverter converter = new NoteConverter(meta.html(), meta.globalTags(), own);
            readNotes(converter);
            converter.notices().forEach(n -> notices.add(name + ": " + n));
            if (notes == 0) {
                return AnkiPreview.refused(name, notices, List.of(name + ": has no notes, only header lines"));
            }
            if (!problems.isEmpty()) {
                return AnkiPreview.refused(name, notices, problems);
            }
            return check(converter);
        }

        private void readNotes(NoteConverter converter) {
            Map<String, Integer> lineOfGuid = new HashMap<>();
            Map<String, Integer> lineOfId = new HashMap<>();
            for (Records.Record record : meta.records()) {
                AnkiNote note = meta.note(record);
                notes++;
                if (!note.guid().isEmpty()) {
                    Integer first = lineOfGuid.putIfAbsent(note.guid(), note.line());
                    if (first != null) {
                        problem(note.line(), "GUID " + note.guid() + " is also on line " + first
                                + "; two notes cannot share a GUID (Anki would update one note twice)");
                        continue;
                    }
                }
                NoteConverter.Outcome outcome = converter.convert(note);
                if (outcome instanceof Entries e) {
                    for (String id : e.ids()) {
                        Integer first = lineOfId.putIfAbsent(id, e.line());
                        if (first != null) {
                            problem(e.line(), e.key() + " is also on line " + first
                                    + " (a note without a GUID is known by its first field)");
                        }
                    }
                    entries.add(e);
                } else if (outcome instanceof NoteConverter.Skipped s) {
                    notices.add(name + ": line " + s.line() + ": skipped: " + s.reason());
                } else if (outcome instanceof NoteConverter.Problem p) {
                    problem(p.line(), p.message());
                } else {
                    inSmriti++;
                }
            }
        }

        private void problem(int line, String message) {
            problems.add(name + ": line " + line + ": " + message);
        }

        /** Checks the own cards with the file's in them, as saving will, and sorts the cards into new and changed. */
        private AnkiPreview check(NoteConverter converter) throws IOException {
            Map<String, List<Question>> existing = byEntry(own.cards());
            Map<String, String> imported = new LinkedHashMap<>();
            Map<String, Integer> lineOf = new HashMap<>();
            for (Entries e : entries) {
                for (int i = 0; i < e.ids().size(); i++) {
                    imported.put(e.ids().get(i), e.json().get(i));
                    lineOf.put(e.ids().get(i), e.line());
                }
            }
            // Every entry is one JSON object (PackWriter's, or the Smriti column's as Gson wrote it back): joined as is.
            List<String> questions = new ArrayList<>();
            List<Integer> lineOfIndex = new ArrayList<>();
            existing.forEach((id, cards) -> {
                String replacement = imported.remove(id);
                questions.add(replacement != null ? replacement : PackWriter.entry(cards.get(0)));
                lineOfIndex.add(replacement != null ? lineOf.get(id) : null);
            });
            imported.forEach((id, json) -> {
                questions.add(json);
                lineOfIndex.add(lineOf.get(id));
            });
            String json = "{\"format\": 1, \"pack\": \"" + OwnCards.PACK + "\", \"title\": \"" + OwnCards.TITLE
                    + "\", \"questions\": [" + String.join(",", questions) + "]}";
            LoadedBank check = BankLoader.loadAppWithOwnCards(dataDir, json.getBytes(StandardCharsets.UTF_8));
            check.refused().stream().filter(r -> r.file().equals(BankLoader.OWN_CARDS_PACK))
                    .flatMap(r -> r.problems().stream())
                    .forEach(p -> problems.add(describe(p, lineOf, lineOfIndex)));
            if (!problems.isEmpty()) {
                return AnkiPreview.refused(name, notices, problems);
            }
            PackSummary ownPack = check.packs().get(check.packs().size() - 1);
            List<Question> all = check.bank().questions();
            Map<String, List<Question>> canonical = byEntry(all.subList(all.size() - ownPack.questions(), all.size()));
            return sort(converter, existing, canonical);
        }

        private AnkiPreview sort(NoteConverter converter, Map<String, List<Question>> existing,
                Map<String, List<Question>> canonical) {
            List<Question> toSave = new ArrayList<>();
            Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
            int added = 0;
            int updated = 0;
            int unchanged = 0;
            for (Entries e : entries) {
                List<Question> now = new ArrayList<>();
                List<Question> before = new ArrayList<>();
                for (String id : e.ids()) {
                    now.addAll(canonical.get(id));
                    before.addAll(existing.getOrDefault(id, List.of()));
                }
                now.forEach(q -> byType.merge(q.type(), 1, Integer::sum));
                if (before.equals(now)) {
                    unchanged += now.size();
                    continue;
                }
                if (before.isEmpty()) {
                    added += now.size();
                } else {
                    updated += now.size();
                }
                toSave.addAll(now);
            }
            return new AnkiPreview(name, notes, toSave, byType, added, updated, unchanged, inSmriti,
                    converter.droppedImages(), converter.droppedSounds(), notices, List.of());
        }

        /** A validator problem, said as the line of the file whose note it is about. */
        private String describe(PackProblem p, Map<String, Integer> lineOf, List<Integer> lineOfIndex) {
            String id = p.questionId();
            Integer line = id == null ? null : lineOf.get(id);
            if (line == null && id != null && id.startsWith("questions[")) {
                line = lineOfIndex.get(Integer.parseInt(id.substring("questions[".length(), id.length() - 1)));
            }
            if (line == null) {
                return p.toString();
            }
            return name + ": line " + line + ": " + (p.field() == null ? "" : p.field() + ": ") + p.message();
        }

        private static Map<String, List<Question>> byEntry(List<Question> cards) {
            Map<String, List<Question>> map = new LinkedHashMap<>();
            cards.forEach(q -> map.computeIfAbsent(OwnCards.entryId(q), k -> new ArrayList<>()).add(q));
            return map;
        }
    }
}
