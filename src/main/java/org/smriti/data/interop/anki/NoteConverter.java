package org.smriti.data.interop.anki;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.ClozeText;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.data.bank.PackWriter;
import org.smriti.data.cards.OwnCards;
import org.smriti.data.interop.AnkiExport;

/**
 * Turns one Anki note into own-card entries (pack JSON), following what Anki itself makes of it:
 *
 * <ul>
 *   <li>Basic and Basic (type in the answer): one flashcard, Front → prompt, Back → answer; Basic (and reversed
 *       card), and Basic (optional reversed card) with its Add Reverse field filled: also the reverse card
 *       {@code <id>-reverse}, its sibling;</li>
 *   <li>Cloze: one cloze note (a card per number, siblings), Text → text, Back Extra → explanation;</li>
 *   <li>Image Occlusion: skipped, its image is not imported; any other note type: first field front, second
 *       back, with a notice;</li>
 *   <li>the deck becomes a tag ({@code anki::} and the deck in the id alphabet, {@code UPSC::Polity Basics} →
 *       {@code anki::upsc::polity-basics}) and, when its last part is a topic's id or name, the topic (else
 *       {@code general}); the note's tags and the file's {@code #tags:} are kept;</li>
 *   <li>a note that updates an own card keeps what Anki does not have: difficulty, source, previous-year data, and
 *       a flashcard's explanation; one Smriti exported ({@code smriti:} GUID, no {@code Smriti} column: it went
 *       through Anki) also keeps its topics and tags, and loses the explanation and source the export appended to
 *       its back;</li>
 *   <li>a {@code smriti:} GUID with the {@code Smriti} column (Smriti's own export file) gives that column's card
 *       exactly.</li>
 * </ul>
 *
 * A note Anki would skip (empty first field) or that Smriti cannot use (empty back) is skipped with a reason.
 */
final class NoteConverter {

    /** Longer fields (as text) are refused: a card is read in one look; 20,000 characters is some eight pages. */
    static final int MAX_FIELD_CHARS = 20_000;
    private static final int DEFAULT_DIFFICULTY = 2;
    private static final String REVERSE = "-reverse";
    private static final String ONLY_MEDIA = " once pictures, sounds and formatting are removed";

    /** What became of one note. */
    sealed interface Outcome permits Entries, Skipped, InSmriti, Problem {
        int line();
    }

    /**
     * The note's entries: their ids and pack JSON, in order.
     *
     * @param key what identifies the note in the file: its GUID, or its note type and first field
     */
    record Entries(int line, String key, List<String> ids, List<String> json) implements Outcome {
    }

    record Skipped(int line, String reason) implements Outcome {
    }

    /** A {@code smriti:} GUID naming a question Smriti has outside the own cards. */
    record InSmriti(int line) implements Outcome {
    }

    record Problem(int line, String message) implements Outcome {
    }

    private final boolean html;
    private final List<String> fileTags;
    private final OwnCards.Contents own;
    private final Map<String, Question> ownEntries = new LinkedHashMap<>();
    private final List<String> notices = new ArrayList<>();
    private int images;
    private int sounds;

    NoteConverter(boolean html, List<String> fileTags, OwnCards.Contents own) {
        this.html = html;
        this.fileTags = fileTags;
        this.own = own;
        own.cards().forEach(q -> ownEntries.putIfAbsent(OwnCards.entryId(q), q));
    }

    int droppedImages() {
        return images;
    }

    int droppedSounds() {
        return sounds;
    }

    /** Lines worth knowing that do not stop the import (e.g. a note type Smriti does not know). */
    List<String> notices() {
        return notices;
    }

    Outcome convert(AnkiNote note) {
        int line = note.line();
        if (note.unclosedQuote()) {
            return new Problem(line, "a field starts with a double quote (\") that is never closed, so the rest of"
                    + " the file would be one field; close the quote, or double the quotes inside the field (\"\")");
        }
        Optional<String> smritiId = AnkiIds.smritiId(note.guid());
        if (smritiId.isPresent() && own.otherIds().contains(smritiId.get())) {
            return new InSmriti(line);
        }
        if (smritiId.isPresent() && note.smriti() != null && !note.smriti().isBlank()) {
            return exported(line, smritiId.get(), note.smriti());
        }
        String typeName = note.notetype().isEmpty() ? NoteType.DEFAULT.ankiName() : note.notetype();
        NoteType type = NoteType.named(typeName).orElse(null);
        if (type == NoteType.IMAGE_OCCLUSION) {
            return new Skipped(line, "an Image Occlusion note is its image, and Smriti does not import images");
        }
        List<String> names = type == null ? List.of() : type.fields();
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < Math.max(2, names.size()); i++) {
            String name = i < names.size() ? names.get(i) : "field " + (i + 1);
            AnkiHtml.Converted c = AnkiHtml.convert(note.field(i), html);
            images += c.images();
            sounds += c.sounds();
            if (c.text().length() > MAX_FIELD_CHARS) {
                return new Problem(line, name + ": " + c.text().length() + " characters, more than the "
                        + MAX_FIELD_CHARS + " a field may have; shorten it or split the note in Anki");
            }
            fields.add(c.text());
        }
        if (type == null) {
            notices.add("line " + line + ": note type \"" + typeName + "\" is not one Smriti knows: its first field"
                    + " became the front, its second the back");
        }
        String first = fields.get(0);
        if (first.isEmpty()) {
            return new Skipped(line, "the " + (type == null ? "first field" : names.get(0)) + " is empty"
                    + (note.field(0).isBlank() ? " (Anki skips such notes too)" : ONLY_MEDIA));
        }
        String id = smritiId.orElseGet(() -> note.guid().isEmpty()
                ? AnkiIds.ofFirstField(typeName, first) : AnkiIds.ofGuid(note.guid()));
        String key = note.guid().isEmpty()
                ? "the " + typeName + " note \"" + shorten(first) + "\"" : "GUID " + note.guid();
        return type == NoteType.CLOZE
                ? cloze(line, key, id, note, fields)
                : basic(line, key, id, note, type, fields);
    }

    private Outcome basic(int line, String key, String id, AnkiNote note, NoteType type, List<String> fields) {
        String front = fields.get(0);
        String back = fields.get(1);
        Question existing = ownEntries.get(id);
        if (AnkiIds.smritiId(note.guid()).isPresent() && existing != null) {
            if (!(existing instanceof Flashcard f)) {
                return new Skipped(line, id + " is a " + existing.type().id() + " question in Smriti, not a flashcard,"
                        + " so a change made in Anki cannot be brought back; it is kept as it is");
            }
            back = withoutExportedNotes(back, f);
        }
        if (back.isEmpty()) {
            return new Skipped(line, "the " + (type == null ? "second field" : "Back") + " is empty"
                    + (note.field(1).isBlank() ? "" : ONLY_MEDIA) + "; a flashcard needs an answer");
        }
        QuestionMeta meta = meta(id, front, "", note, existing);
        List<Question> cards = new ArrayList<>(List.of(new Flashcard(meta, back)));
        boolean reverse = type == NoteType.BASIC_AND_REVERSED
                || type == NoteType.BASIC_OPTIONAL_REVERSED && !fields.get(2).isEmpty();
        if (reverse) {
            cards.add(new Flashcard(meta.withIdAndPrompt(id + REVERSE, back), front));
        }
        return entries(line, key, cards);
    }

    private Outcome cloze(int line, String key, String id, AnkiNote note, List<String> fields) {
        String text = fields.get(0);
        List<String> problems = ClozeText.problems(text);
        if (!problems.isEmpty()) {
            return new Problem(line, "Text: " + String.join("; ", problems));
        }
        // The first card stands for the note: its entry is the whole note.
        QuestionMeta meta = meta(id, text, fields.get(1), note, ownEntries.get(id));
        return entries(line, key, List.of(Cloze.cards(meta, text).get(0)));
    }

    private static Entries entries(int line, String key, List<Question> cards) {
        List<String> ids = new ArrayList<>();
        List<String> json = new ArrayList<>();
        for (Question q : cards) {
            ids.add(OwnCards.entryId(q));
            json.add(PackWriter.entry(q));
        }
        return new Entries(line, key, ids, json);
    }

    /**
     * The meta of a new card, or of one that updates {@code existing}: then difficulty, source and previous-year
     * data stay, and so does the explanation when Anki gives none; a card Smriti exported (a {@code smriti:} GUID)
     * also keeps its topics and tags, which the export turned into Anki tags and deck.
     */
    private QuestionMeta meta(String id, String prompt, String explanation, AnkiNote note, Question existing) {
        if (existing == null) {
            return new QuestionMeta(id, prompt, explanation, List.of(AnkiDecks.topic(note.deck())), DEFAULT_DIFFICULTY,
                    null, null, tags(note));
        }
        QuestionMeta old = existing.meta();
        boolean exported = AnkiIds.smritiId(note.guid()).isPresent();
        return new QuestionMeta(id, prompt, explanation.isEmpty() ? old.explanation() : explanation,
                exported ? old.topics() : List.of(AnkiDecks.topic(note.deck())), old.difficulty(), old.source(),
                old.pyq(), exported ? old.tags() : tags(note));
    }

    /** The note's tags, the file's {@code #tags:} and the deck's tag, each once (Anki's tags ignore case). */
    private List<String> tags(AnkiNote note) {
        List<String> tags = new ArrayList<>();
        if (note.tags() != null) {
            tags.addAll(note.tags());
        }
        tags.addAll(fileTags);
        AnkiDecks.tag(note.deck()).ifPresent(tags::add);
        List<String> distinct = new ArrayList<>();
        tags.forEach(t -> {
            if (distinct.stream().noneMatch(d -> d.equalsIgnoreCase(t))) {
                distinct.add(t);
            }
        });
        return distinct;
    }

    /**
     * The answer of a flashcard Smriti exported and Anki sent back: the back without the explanation and source
     * that the export added after the answer, when they are still there as written.
     */
    private static String withoutExportedNotes(String back, Flashcard card) {
        String answer = back;
        if (card.source().isPresent()) {
            int at = answer.lastIndexOf("\n\nSource: ");
            if (at >= 0 && answer.endsWith("“" + card.source().get().quote() + "”")) {
                answer = answer.substring(0, at);
            }
        }
        String explanation = "\n\n" + card.explanation();
        if (!card.explanation().isEmpty() && answer.endsWith(explanation)) {
            answer = answer.substring(0, answer.length() - explanation.length());
        }
        return answer;
    }

    /** An own card as Smriti exported it: its entry from the {@code Smriti} column, which must name the same id. */
    private Outcome exported(int line, String id, String entry) {
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(entry);
        } catch (JsonParseException e) {
            return new Problem(line, "Smriti column: not a card in Smriti's format (" + e.getMessage() + ")");
        }
        if (!parsed.isJsonObject()) {
            return new Problem(line, "Smriti column: not a card in Smriti's format (expected one JSON object)");
        }
        JsonObject card = parsed.getAsJsonObject();
        JsonElement named = card.get("id");
        if (named == null || !named.isJsonPrimitive() || !named.getAsString().equals(id)) {
            return new Problem(line, "Smriti column: the card is not " + id + ", the question its GUID names");
        }
        return new Entries(line, "GUID " + AnkiExport.GUID_PREFIX + id, List.of(id), List.of(card.toString()));
    }

    private static String shorten(String s) {
        String one = s.replace('\n', ' ');
        return one.length() <= 40 ? one : one.substring(0, 39) + "…";
    }
}
