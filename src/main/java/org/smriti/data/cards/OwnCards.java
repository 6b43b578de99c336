package org.smriti.data.cards;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Question;
import org.smriti.data.AtomicFiles;
import org.smriti.data.IoErrors;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.PackProblem;
import org.smriti.data.bank.PackSummary;
import org.smriti.data.bank.PackWriter;
import org.smriti.data.bank.RefusedPack;

/**
 * The aspirant's own cards: {@code packs/my-cards.json} in the data folder, written by the card editor and the
 * Anki import. Read through the bank's own-card rules (see question-bank/README.md); every change is checked
 * with the whole bank - an id another pack uses is refused - and written whole, atomically and durably, or not
 * at all.
 *
 * <p>The store works in <em>entries</em>, as the file does: a question is an entry, except that the cards of a
 * cloze note ({@code x-c1}, {@code x-c2}) are one entry, the note {@code x}. Methods are synchronized so that two
 * editors of one process never interleave a read and a write.
 */
public final class OwnCards {

    public static final String PACK = "my-cards";
    public static final String TITLE = "My cards";
    static final String ID_PREFIX = "my-";
    /** New ids take at most this many words of the card's text, so they stay readable. */
    private static final int ID_WORDS = 5;
    private static final String NO_WORDS = "note";

    /**
     * What the own cards hold, and the ids of every other question the app loads (which a new own card must not
     * reuse).
     */
    public record Contents(List<Question> cards, Set<String> otherIds) {
        public Contents {
            cards = List.copyOf(cards);
            otherIds = Set.copyOf(otherIds);
        }

        /** Every id in use: the other questions' and the own cards'. */
        public Set<String> takenIds() {
            Set<String> ids = new HashSet<>(otherIds);
            cards.forEach(q -> ids.add(q.id()));
            return ids;
        }
    }

    private final Path dataDir;
    private final AtomicFiles.BeforeRename beforeRename;
    /** The JSON each card had in the last write, by identity. */
    private Map<Question, String> written = new IdentityHashMap<>();

    public OwnCards(Path dataDir) {
        this(dataDir, AtomicFiles.BeforeRename.NOTHING);
    }

    /** @param beforeRename the seam tests use to fail a save between writing the new file and renaming it */
    OwnCards(Path dataDir, AtomicFiles.BeforeRename beforeRename) {
        this.dataDir = dataDir;
        this.beforeRename = beforeRename;
    }

    public Path file() {
        return BankLoader.ownCardsFile(dataDir);
    }

    /**
     * The own cards (none if the file does not exist) and the other questions' ids.
     *
     * @throws OwnCardsRefusedException if the file has problems: nothing may then be saved over it
     */
    public synchronized Contents read() throws IOException {
        Path file = file();
        byte[] content = Files.exists(file) ? Files.readAllBytes(file) : null;
        LoadedBank bank = BankLoader.loadAppWithOwnCards(dataDir, content);
        List<String> problems = problems(bank);
        if (!problems.isEmpty()) {
            throw new OwnCardsRefusedException(BankLoader.OWN_CARDS_PACK
                    + " has problems, so Smriti will not change it until they are fixed", problems);
        }
        return contents(bank, content != null);
    }

    /** The own cards, in file order. */
    public List<Question> load() throws IOException {
        return read().cards();
    }

    /**
     * Adds the given entries, replacing those with the same entry id in place (a cloze card stands for its whole
     * note, so pass all the cards of a note); new entries go at the end.
     *
     * @return the own cards after saving, as a fresh load would read them
     * @throws OwnCardsRefusedException if the result would have problems (nothing is written)
     * @throws IOException              if the file cannot be written; the old file is left as it was
     */
    public synchronized List<Question> upsert(List<? extends Question> cards) throws IOException {
        return save(merge(read().cards(), cards));
    }

    /**
     * Removes the entries with these ids; a cloze card's id removes its whole note. Unknown ids are ignored.
     *
     * @return the own cards after saving
     */
    public synchronized List<Question> delete(Collection<String> ids) throws IOException {
        List<Question> cards = read().cards();
        Set<String> entries = new HashSet<>(ids);
        cards.stream().filter(q -> ids.contains(q.id())).map(OwnCards::entryId).forEach(entries::add);
        return save(cards.stream().filter(q -> !entries.contains(entryId(q))).toList());
    }

    /** The id of the entry a question is stored as: a cloze card's note, otherwise the question's own id. */
    public static String entryId(Question q) {
        return q instanceof Cloze c ? c.noteId() : q.id();
    }

    /**
     * A new id for an own card: {@code my-} and the first words of {@code text} in the id alphabet
     * ({@code "Who runs JIMEX?"} → {@code my-who-runs-jimex}), numbered ({@code -2}, {@code -3}, …) when it or a
     * card of it ({@code -c1}, {@code -reverse}) is taken. Never ends in a word that would make it a sibling of
     * another card ({@code -card}, {@code -c2}).
     */
    public static String newId(String text, Set<String> taken) {
        // Accents come off (ō → o); other scripts give no id words, hence "my-note".
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        String words = Arrays.stream(ascii.split("[^a-z0-9]+"))
                .filter(w -> !w.isEmpty())
                .limit(ID_WORDS)
                .collect(Collectors.joining("-"));
        String base = ID_PREFIX + (words.isEmpty() ? NO_WORDS : words);
        if (!Facts.stem(base).equals(base)) {
            base += "-" + NO_WORDS;
        }
        String id = base;
        for (int n = 2; isTaken(id, taken); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static boolean isTaken(String id, Set<String> taken) {
        return taken.contains(id) || taken.stream().anyMatch(t -> t.startsWith(id + "-") && Facts.stem(t).equals(id));
    }

    /** {@code existing} with every entry of {@code changed} put in place of the entry of the same id, or appended. */
    public static List<Question> merge(List<Question> existing, List<? extends Question> changed) {
        Map<String, List<Question>> incoming = new LinkedHashMap<>();
        changed.forEach(q -> incoming.computeIfAbsent(entryId(q), k -> new ArrayList<>()).add(q));
        List<Question> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (Question q : existing) {
            String key = entryId(q);
            List<Question> replacement = incoming.get(key);
            if (replacement == null) {
                out.add(q);
            } else if (placed.add(key)) {
                out.addAll(replacement);
            }
        }
        incoming.forEach((key, cards) -> {
            if (!placed.contains(key)) {
                out.addAll(cards);
            }
        });
        return out;
    }

    private List<Question> save(List<Question> cards) throws IOException {
        byte[] json = PackWriter.write(PACK, TITLE, cards).getBytes(StandardCharsets.UTF_8);
        LoadedBank check = BankLoader.loadAppWithOwnCards(dataDir, json);
        List<String> problems = problems(check);
        if (!problems.isEmpty()) {
            throw new OwnCardsRefusedException("Nothing saved: your cards would have problems", problems);
        }
        write(out -> out.write(json));
        return contents(check, true).cards();
    }

    /**
     * Writes exactly {@code cards} as the own cards, atomically and durably, without reading the bank back: for a
     * caller that holds the bank and has checked every card it changed (the app's library, whose saves must be quick).
     *
     * @throws IOException if the file cannot be written; the old file is left as it was
     */
    public synchronized void replace(List<? extends Question> cards) throws IOException {
        // Cards are immutable: the JSON of every card not changed since the last write is reused.
        Map<Question, String> entries = new IdentityHashMap<>();
        for (Question q : cards) {
            String known = written.get(q);
            entries.put(q, known != null ? known : PackWriter.entry(q));
        }
        write(out -> {
            Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
            PackWriter.write(text, PACK, TITLE, cards, entries::get);
        });
        written = entries;
    }

    private void write(AtomicFiles.Content json) throws IOException {
        Path file = file();
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, json, beforeRename);
        } catch (IOException e) {
            throw new IOException("Could not save your cards to " + file + ": " + IoErrors.reason(e)
                    + ". The cards saved before are unchanged.", e);
        }
    }

    private static List<String> problems(LoadedBank bank) {
        return bank.refused().stream()
                .filter(r -> r.file().equals(BankLoader.OWN_CARDS_PACK))
                .map(RefusedPack::problems)
                .flatMap(List::stream)
                .map(PackProblem::toString)
                .toList();
    }

    /** The own cards are the last pack of a {@link BankLoader#loadAppWithOwnCards} load. */
    private static Contents contents(LoadedBank bank, boolean hasOwnPack) {
        List<Question> all = bank.bank().questions();
        List<PackSummary> packs = bank.packs();
        int own = hasOwnPack && !packs.isEmpty() && packs.get(packs.size() - 1).file().equals(BankLoader.OWN_CARDS_PACK)
                ? packs.get(packs.size() - 1).questions() : 0;
        Set<String> others = new HashSet<>();
        for (Question q : all.subList(0, all.size() - own)) {
            others.add(q.id());
            others.add(entryId(q));
        }
        return new Contents(all.subList(all.size() - own, all.size()), others);
    }
}
