package org.smriti.study;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.SourceStatus;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.DraftCheck;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.PackSummary;
import org.smriti.data.cards.OwnCards;
import org.smriti.data.notes.NoteStore;

/**
 * The aspirant's own notes and cards, and the bank they join: every change is saved durably first, then the
 * bank is rebuilt and handed to the study service, so a saved card is in today's queue at once, and the screens
 * that listen refresh. One instance per open data folder; called from the UI thread.
 */
public final class Library {

    /** A card deleted from the own cards, kept so the deletion can be undone. */
    public record Deleted(List<Question> cards) {
        public Deleted {
            cards = List.copyOf(cards);
        }
    }

    /** What an import of note files gave: the notes added and each refused file's reason. */
    public record ImportedNotes(List<SourceDocument> added, List<String> problems) {
        public ImportedNotes {
            added = List.copyOf(added);
            problems = List.copyOf(problems);
        }
    }

    private final Path dataDir;
    private final NoteStore notes;
    private final OwnCards ownCards;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final CheckedPacksRefresher checkedPacks;
    /**
     * Where each quote sits in its note, beyond the places the bank was loaded with (found when its packs were
     * checked): the notes change rarely, cards often, and facts need every quote located.
     */
    private final Map<SourceRef, Optional<Span>> located = new HashMap<>();
    private LoadedBank bank;
    /** The bank without the own cards, which change while the app runs (the rest only when notes or packs do). */
    private Base base;
    private List<Question> own;
    private Set<String> ownIds;
    /** The notes of the cloze cards, made when the editor first checks an id (not at start-up). */
    private Set<String> clozeNoteIds;
    /**
     * As the check of the packs found them at start, if it did; else made on first use after the cards' ids or quotes
     * changed (an edited explanation or option keeps it).
     */
    private Facts facts;
    private DraftCheck.Documents documents;
    /** The bank's notes by file: facts and Browse look one up for every card. */
    private Map<String, SourceDocument> notesByFile;

    /**
     * @param bank the bank as {@link #load} read it; the study service is then built on {@link #bank()} and
     *             {@link #facts()}, and kept up to date by the first listener (see {@link #onChange})
     */
    public Library(Path dataDir, Clock clock, LoadedBank bank) {
        this.dataDir = dataDir;
        this.notes = new NoteStore(dataDir, clock);
        this.ownCards = new OwnCards(dataDir);
        this.checkedPacks = new CheckedPacksRefresher(dataDir, Duration.ofSeconds(3));
        adopt(bank);
    }

    /** The bank with the own cards, as loaded from the data folder. */
    public static LoadedBank load(Path dataDir, List<String> problems) throws IOException {
        return BankLoader.loadApp(dataDir, problems);
    }

    /** Which questions of the bank are on one fact: shared quotes in a note, or one id stem. */
    public Facts facts() {
        if (facts == null) {
            facts = Facts.of(bank.bank().questions(), (doc, quote) -> {
                SourceRef source = new SourceRef(doc, quote);
                Span known = bank.located().get(source);
                return known != null ? Optional.of(known)
                        : located.computeIfAbsent(source, key -> document(doc).flatMap(d -> d.locate(quote)));
            });
        }
        return facts;
    }

    public LoadedBank bank() {
        return bank;
    }

    /** The bundled notes, then the aspirant's own. */
    public List<SourceDocument> documents() {
        return bank.documents();
    }

    public Optional<SourceDocument> document(String docId) {
        return Optional.ofNullable(notesByFile.get(docId));
    }

    public static boolean isOwnNote(String docId) {
        return NoteStore.isNote(docId);
    }

    /** Whether a question is one of the aspirant's own cards (editable and deletable). */
    public boolean isOwnCard(String questionId) {
        return ownIds.contains(questionId);
    }

    /**
     * Why an own card's quote cannot be shown in its note any more, if it cannot. Looked up when a screen shows the
     * card, never at start-up, which would search every note for every quote; any other pack is refused when one
     * of its quotes is not in its note.
     */
    public Optional<SourceStatus> sourceStatus(String questionId) {
        Optional<SourceRef> source = bank.bank().byId(questionId).filter(q -> ownIds.contains(q.id()))
                .flatMap(Question::source);
        if (source.isEmpty()) {
            return Optional.empty();
        }
        Optional<SourceDocument> note = document(source.get().doc());
        if (note.isEmpty()) {
            return Optional.of(SourceStatus.SOURCE_REMOVED);
        }
        return note.get().contains(source.get().quote()) ? Optional.empty() : Optional.of(SourceStatus.QUOTE_CHANGED);
    }

    /**
     * Calls {@code listener} after every change of notes or cards, in the order they were added: the study service's
     * comes first (the composition root adds it), so the screens that listen see the new bank.
     */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    // ---- notes -----------------------------------------------------------------------------------------------

    public SourceDocument createNote(String title, String text) throws IOException {
        SourceDocument note = notes.create(title, text);
        reload();
        return note;
    }

    public ImportedNotes importNotes(List<Path> files) throws IOException {
        List<SourceDocument> added = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            try {
                added.add(notes.importFile(file));
            } catch (IOException e) {
                problems.add(e.getMessage());
            }
        }
        if (!added.isEmpty()) {
            reload();
        }
        return new ImportedNotes(added, problems);
    }

    public SourceDocument updateNote(String docId, String title, String text) throws IOException {
        SourceDocument note = notes.update(docId, title, text);
        reload();
        return note;
    }

    /** Moves a note to the trash; its cards stay, flagged "source removed". */
    public void deleteNote(String docId) throws IOException {
        notes.delete(docId);
        reload();
    }

    // ---- cards -----------------------------------------------------------------------------------------------

    /** The draft checked by the pack validator, under the id it has or would get. */
    public CheckedDraft check(CardDraft draft) {
        return DraftCheck.check(draft, idFor(draft), checkedDocuments(), takenBy(draft));
    }

    /**
     * Saves a card durably; a draft without an id gets a new one (an own card's id never changes after).
     *
     * @return the draft as saved, with its id
     * @throws IOException with a reason worded for the aspirant; nothing was saved
     */
    public CardDraft save(CardDraft draft) throws IOException {
        CardDraft withId = draft.toBuilder().id(idFor(draft)).build();
        saveAll(List.of(withId));
        return withId;
    }

    /**
     * Saves several cards in one durable write, all or nothing; drafts without ids get new ones. Each draft is
     * checked by the pack validator against every other card, so the own cards stay a valid pack without reading
     * it back.
     */
    public List<Question> saveAll(List<CardDraft> drafts) throws IOException {
        List<Question> cards = new ArrayList<>();
        Set<String> added = new HashSet<>();
        Set<String> taken = null; // every id in use: made only when a new card needs an id
        for (CardDraft draft : drafts) {
            String id = draft.id();
            if (id == null) {
                if (taken == null) {
                    taken = new HashSet<>(bank.bank().asMap().keySet());
                    taken.addAll(added);
                }
                id = OwnCards.newId(idWords(draft), taken);
            }
            CheckedDraft checked = DraftCheck.check(draft, id, checkedDocuments(),
                    takenBy(draft.toBuilder().id(id).build()).or(added::contains));
            if (!checked.ok()) {
                throw new IOException("The card is not saved: " + checked.problems().get(0).field() + ": "
                        + checked.problems().get(0).message());
            }
            cards.addAll(checked.cards());
            for (Question q : checked.cards()) {
                added.add(q.id());
            }
            added.add(id);
            if (taken != null) {
                taken.addAll(added);
            }
        }
        replaceOwn(OwnCards.merge(own, cards));
        return cards;
    }

    /** Deletes an own card (a cloze card deletes its note's cards); its history stays in the journal. */
    public Deleted delete(String questionId) throws IOException {
        Question q = bank.bank().byId(questionId).orElseThrow(() -> new IOException(questionId + " is not in the bank"));
        if (!isOwnCard(questionId)) {
            throw new IOException("Bundled questions cannot be deleted; suspend it in Browse instead.");
        }
        String entry = OwnCards.entryId(q);
        List<Question> gone = own.stream().filter(c -> OwnCards.entryId(c).equals(entry)).toList();
        replaceOwn(own.stream().filter(c -> !OwnCards.entryId(c).equals(entry)).toList());
        return new Deleted(gone);
    }

    /** Puts back what {@link #delete} removed, with the same ids, so the cards' progress comes back too. */
    public void undo(Deleted deleted) throws IOException {
        replaceOwn(OwnCards.merge(own, deleted.cards()));
    }

    /**
     * Stops checking the packs in the background and makes the data folder's checked packs current (validating the
     * packs in full if they changed since they were last made), so the next start need not: called as the folder is
     * closed.
     */
    public void close() throws IOException {
        checkedPacks.close();
    }

    /** Re-reads notes and cards from the data folder (after an import wrote them) and tells the listeners. */
    public void reload() throws IOException {
        located.clear();
        adopt(load(dataDir, new ArrayList<>()));
        changed();
    }

    /** Writes the own cards durably, then studies the bank with them. */
    private void replaceOwn(List<Question> cards) throws IOException {
        ownCards.replace(cards);
        if (!sameIdsAndQuotes(own, cards)) {
            facts = null;
        }
        own = List.copyOf(cards);
        assemble();
        changed();
    }

    private static boolean sameIdsAndQuotes(List<Question> before, List<Question> after) {
        if (before.size() != after.size()) {
            return false;
        }
        for (int i = 0; i < before.size(); i++) {
            Question b = before.get(i);
            Question a = after.get(i);
            if (!b.id().equals(a.id()) || !b.source().equals(a.source())) {
                return false;
            }
        }
        return true;
    }

    private void changed() {
        listeners.forEach(Runnable::run);
        checkedPacks.changed();
    }

    /** Takes a bank as {@link BankLoader} reads it, the own cards being its last pack. */
    private void adopt(LoadedBank loaded) {
        this.facts = null;
        if (bank == null || loaded.documents() != bank.documents()) {
            this.documents = null; // normalized on the first check, once per change of the notes, never at start-up
            this.notesByFile = new HashMap<>();
            loaded.documents().forEach(d -> notesByFile.put(d.file(), d));
        }
        int count = loaded.packs().stream().filter(p -> p.file().equals(BankLoader.OWN_CARDS_PACK))
                .mapToInt(PackSummary::questions).sum();
        List<Question> all = loaded.bank().questions();
        this.own = List.copyOf(all.subList(all.size() - count, all.size()));
        List<PackSummary> otherPacks = loaded.packs().stream()
                .filter(p -> !p.file().equals(BankLoader.OWN_CARDS_PACK)).toList();
        this.base = new Base(all.subList(0, all.size() - count), otherPacks, loaded);
        assemble();
        // The same questions as loaded, in the order studied: the facts found when their packs were checked hold.
        loaded.facts().ifPresent(found -> facts = found.inOrder(bank.bank().questions()));
    }

    /**
     * The bank studied: the own cards first, so a card the aspirant just made is among today's new cards (new cards
     * come in bank order), then the bundled bank and imported packs.
     */
    private void assemble() {
        List<Question> all = new ArrayList<>(own);
        all.addAll(base.questions());
        List<PackSummary> packs = new ArrayList<>(base.packs());
        if (!own.isEmpty()) {
            packs.add(new PackSummary(BankLoader.OWN_CARDS_PACK, OwnCards.PACK, OwnCards.TITLE, own.size()));
        }
        this.ownIds = new HashSet<>();
        for (Question q : own) {
            ownIds.add(q.id());
        }
        this.clozeNoteIds = null;
        LoadedBank loaded = base.loaded();
        this.bank = new LoadedBank(new QuestionBank(all), packs, loaded.documents(), loaded.refused(), loaded.located());
    }

    /**
     * The bank as loaded without the own cards: its questions and packs (not indexed by id: only the studied bank
     * is looked up), and the rest as loaded (notes, refused packs, quotes' places).
     */
    private record Base(List<Question> questions, List<PackSummary> packs, LoadedBank loaded) {
        Base {
            questions = List.copyOf(questions);
        }
    }

    private DraftCheck.Documents checkedDocuments() {
        if (documents == null) {
            documents = new DraftCheck.Documents(bank.documents());
        }
        return documents;
    }

    private String idFor(CardDraft draft) {
        return draft.id() != null ? draft.id() : OwnCards.newId(idWords(draft), bank.bank().asMap().keySet());
    }

    /** The words a new card's id is made from: its question, or a cloze's text without its marks. */
    private static String idWords(CardDraft draft) {
        return draft.type() == QuestionType.CLOZE ? draft.text().replaceAll("\\{\\{c\\d+::|::[^}]*}}|}}", "")
                : draft.prompt();
    }

    /**
     * Whether an id is used by another question than the draft (and its cloze cards), which it may keep: a
     * question's id, or a cloze note's. A look-up, not a set of every id, as the editor asks at every keystroke.
     */
    private Predicate<String> takenBy(CardDraft draft) {
        Map<String, Question> byId = bank.bank().asMap();
        if (clozeNoteIds == null) {
            clozeNoteIds = new HashSet<>();
            for (Question q : bank.bank().questions()) {
                if (q instanceof Cloze c) {
                    clozeNoteIds.add(c.noteId());
                }
            }
        }
        Set<String> clozeNotes = clozeNoteIds;
        return id -> {
            Question q = byId.get(id);
            String entry = q != null ? OwnCards.entryId(q) : clozeNotes.contains(id) ? id : null;
            return entry != null && !entry.equals(draft.id());
        };
    }
}
