package org.smriti.data.bank;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.notes.NoteStore;

/**
 * Loads the question bank: the packs bundled on the classpath ({@code question-bank/*.json}, from
 * {@code target/classes} or from inside the jar), optionally the user's packs in {@code <dataDir>/packs/},
 * and the source documents ({@code seeds/*.txt}).
 *
 * <p>Packs are read in order (bundled by file name, then user packs by file name) and validated together:
 * an id already used by an earlier pack - even a refused one - is a duplicate. A pack with any problem is
 * refused whole; the others load.
 */
public final class BankLoader {

    static final String BANK_FOLDER = "question-bank";
    static final String SEEDS_FOLDER = "seeds";
    /** The data folder's own packs: {@code packs/}, holding the aspirant's own cards too. */
    public static final String USER_PACKS = "packs";
    static final String USER_PACKS_FOLDER = USER_PACKS;
    /** The aspirant's own cards: a pack like any other, but flagged rather than refused when a note changes. */
    static final String OWN_CARDS_FILE = "my-cards.json";
    /** How problems and {@link PackSummary#file()} name the own cards: {@code packs/my-cards.json}. */
    public static final String OWN_CARDS_PACK = USER_PACKS_FOLDER + "/" + OWN_CARDS_FILE;
    static final String PACK_SUFFIX = ".json";
    static final String SEED_SUFFIX = ".txt";

    private BankLoader() {
    }

    /** The bundled packs and documents, as the app and {@code validate} without a folder see them. */
    public static LoadedBank loadBundled() throws IOException {
        return loadBundled(BankLoader.class.getClassLoader());
    }

    /** The packs and documents bundled on the classpath of {@code loader}. */
    public static LoadedBank loadBundled(ClassLoader loader) throws IOException {
        return load(bundledPacks(loader), bundledDocuments(loader));
    }

    /**
     * What the app uses: the bundled packs, then the user's packs in {@code <dataDir>/packs/} (if that folder
     * exists), labelled {@code packs/<name>}, checked against the bundled notes and the aspirant's own
     * ({@code <dataDir>/notes/}).
     */
    public static LoadedBank loadApp(Path dataDir) throws IOException {
        return loadApp(dataDir, new ArrayList<>());
    }

    /**
     * As {@link #loadApp(Path)}, adding to {@code problems} why a note file could not be read. The bundled packs come
     * as the build validated them and the user's as the data folder's checked packs hold them, each only while made
     * from the very same files (see {@link CheckedBank} and {@link CheckedPacks}); otherwise they are validated here.
     * Notes the checked packs were made with are not decoded until their text is read.
     */
    public static LoadedBank loadApp(Path dataDir, List<String> problems) throws IOException {
        ClassLoader loader = BankLoader.class.getClassLoader();
        Optional<CheckedBank.Checked> bundled = CheckedBank.read(loader);
        if (bundled.isEmpty()) {
            return load(appPacks(loader, dataDir), appDocuments(loader, NoteStore.read(dataDir, problems)));
        }
        UserFiles files = UserFiles.read(dataDir, bundled.get(), problems);
        if (files.packs().isEmpty()) {
            return files.earlier();
        }
        Optional<LoadedBank> checked = files.checked().flatMap(s -> s.after(files.earlier()));
        return checked.isPresent() ? checked.get() : loadAfter(files.earlier(), files.packs());
    }

    /**
     * Makes the data folder's checked packs current, validating the user's packs in full if they changed since
     * (or their notes did, or the app): called as the folder is closed, so the next start can skip that work.
     */
    public static void refreshCheckedPacks(Path dataDir) throws IOException {
        Optional<CheckedBank.Checked> bundled = CheckedBank.read(BankLoader.class.getClassLoader());
        if (bundled.isEmpty()) {
            return; // a build without its checked bank (e.g. an IDE's) validates at every start anyway
        }
        UserFiles files = UserFiles.read(dataDir, bundled.get(), new ArrayList<>());
        boolean any = !files.packs().isEmpty() || !files.inputs().notes().isEmpty();
        if (any && files.checked().isEmpty()) {
            CheckedPacks.write(dataDir, files.inputs(), files.earlier(), loadAfter(files.earlier(), files.packs()));
        }
    }

    /**
     * The data folder's packs and notes as a start finds them, after the bundled bank.
     *
     * @param earlier the bundled bank with every note (those the checked packs know, not yet decoded)
     * @param inputs  what a validation of them starts from, to compare with the checked packs'
     * @param checked the checked packs, if made from exactly these inputs
     */
    private record UserFiles(LoadedBank earlier, List<PackFile> packs, CheckedPacks.Header inputs,
                             Optional<CheckedPacks.Stored> checked) {

        static UserFiles read(Path dataDir, CheckedBank.Checked bundled, List<String> problems) throws IOException {
            List<PackFile> packs = userPacks(dataDir);
            Optional<CheckedPacks.Stored> stored = CheckedPacks.stored(dataDir, bundled.build());
            NoteStore.Read notes = NoteStore.readWithChecksums(dataDir, problems,
                    (doc, crc) -> stored.isPresent() && stored.get().knows(doc, crc));
            CheckedPacks.Header inputs = CheckedPacks.header(bundled.build(), packs, notes.checksums());
            return new UserFiles(withNotes(bundled.bank(), notes.notes()), packs, inputs,
                    stored.filter(s -> s.madeFrom(inputs)));
        }
    }

    private static LoadedBank withNotes(LoadedBank bundled, List<SourceDocument> ownNotes) {
        List<SourceDocument> documents = new ArrayList<>(bundled.documents());
        documents.addAll(ownNotes);
        return new LoadedBank(bundled.bank(), bundled.packs(), documents, bundled.refused(), bundled.located());
    }

    private static List<SourceDocument> appDocuments(ClassLoader loader, List<SourceDocument> ownNotes)
            throws IOException {
        List<SourceDocument> documents = new ArrayList<>(bundledDocuments(loader));
        documents.addAll(ownNotes);
        return documents;
    }

    /** The folder of the user's own packs: {@code <dataDir>/packs}. */
    public static Path userPacksDir(Path dataDir) {
        return dataDir.resolve(USER_PACKS_FOLDER);
    }

    /** The aspirant's own cards: {@code <dataDir>/packs/my-cards.json}. */
    public static Path ownCardsFile(Path dataDir) {
        return userPacksDir(dataDir).resolve(OWN_CARDS_FILE);
    }

    private static PackRules rulesFor(PackFile pack) {
        return pack.name().equals(OWN_CARDS_PACK) ? PackRules.OWN_CARDS : PackRules.STRICT;
    }

    /**
     * What {@link #loadApp} would load if one more pack were added after the user's packs: the check an import
     * runs before saving anything. The candidate is read last, so an id it shares with any bundled or user pack
     * is its duplicate; its questions are the last {@code n} of the bank, where {@code n} is the question count
     * of its summary (the last of {@link LoadedBank#packs()} when it loaded).
     *
     * @param label   how problems name the candidate, e.g. the file the aspirant chose ({@code mine.csv})
     * @param content the candidate pack's JSON bytes
     */
    public static LoadedBank loadAppWith(Path dataDir, String label, byte[] content) throws IOException {
        ClassLoader loader = BankLoader.class.getClassLoader();
        List<PackFile> packs = new ArrayList<>(appPacks(loader, dataDir));
        packs.add(new PackFile(label, content));
        return load(packs, appDocuments(loader, NoteStore.read(dataDir, new ArrayList<>())));
    }

    /**
     * What {@link #loadApp} would load if the own cards file held {@code ownCards} (or is absent, if
     * {@code null}): the check the own-card store runs before writing. The own cards are read last, so an id they
     * share with any other pack is their problem; their questions are the last {@code n} of the bank, where
     * {@code n} is the question count of the last summary when {@link PackSummary#file()} is
     * {@link #OWN_CARDS_PACK}.
     */
    public static LoadedBank loadAppWithOwnCards(Path dataDir, byte[] ownCards) throws IOException {
        ClassLoader loader = BankLoader.class.getClassLoader();
        List<PackFile> packs = new ArrayList<>(appPacks(loader, dataDir));
        packs.removeIf(p -> p.name().equals(OWN_CARDS_PACK));
        if (ownCards != null) {
            packs.add(new PackFile(OWN_CARDS_PACK, ownCards));
        }
        return load(packs, appDocuments(loader, NoteStore.read(dataDir, new ArrayList<>())));
    }

    private static List<PackFile> appPacks(ClassLoader loader, Path dataDir) throws IOException {
        List<PackFile> packs = new ArrayList<>(bundledPacks(loader));
        packs.addAll(userPacks(dataDir));
        return packs;
    }

    private static List<PackFile> userPacks(Path dataDir) throws IOException {
        Path userPacks = userPacksDir(dataDir);
        return Files.isDirectory(userPacks) ? directoryPacks(userPacks, USER_PACKS_FOLDER + "/") : List.of();
    }

    /** The packs in {@code packsDir}, checked against the bundled source documents. */
    public static LoadedBank loadDirectory(Path packsDir) throws IOException {
        return load(directoryPacks(packsDir, ""), bundledDocuments(BankLoader.class.getClassLoader()));
    }

    /** The packs in {@code packsDir}, checked against the documents in {@code seedsDir}. */
    public static LoadedBank loadDirectory(Path packsDir, Path seedsDir) throws IOException {
        return load(directoryPacks(packsDir, ""), directoryDocuments(seedsDir));
    }

    static LoadedBank load(List<PackFile> packs, List<SourceDocument> documents) {
        return loadAfter(new LoadedBank(new QuestionBank(List.of()), List.of(), documents, List.of()), packs);
    }

    /**
     * {@code earlier} (without refused packs) and then {@code packs}, checked against its documents; an id of one
     * of its questions is a duplicate in {@code packs}.
     */
    static LoadedBank loadAfter(LoadedBank earlier, List<PackFile> packs) {
        if (packs.isEmpty()) {
            return earlier;
        }
        Map<String, SourceDocument> documents = new HashMap<>();
        for (SourceDocument d : earlier.documents()) {
            documents.put(d.file(), d);
        }
        Map<String, String> idsSoFar = new HashMap<>();
        Iterator<Question> earlierQuestions = earlier.bank().questions().iterator();
        for (PackSummary pack : earlier.packs()) {
            for (int i = 0; i < pack.questions(); i++) {
                idsSoFar.put(earlierQuestions.next().id(), pack.file());
            }
        }
        List<Question> questions = new ArrayList<>(earlier.bank().questions());
        List<PackSummary> loaded = new ArrayList<>(earlier.packs());
        List<RefusedPack> refused = new ArrayList<>(earlier.refused());
        for (PackFile pack : packs) {
            PackReader.Result result = PackReader.read(pack, rulesFor(pack), documents, idsSoFar);
            result.ids().forEach(id -> idsSoFar.putIfAbsent(id, pack.name()));
            if (result.problems().isEmpty()) {
                loaded.add(result.summary());
                questions.addAll(result.questions());
            } else {
                refused.add(new RefusedPack(pack.name(), result.problems()));
            }
        }
        return new LoadedBank(new QuestionBank(questions), loaded, earlier.documents(), refused, earlier.located());
    }

    private static List<PackFile> bundledPacks(ClassLoader loader) throws IOException {
        return FolderListing.list(loader, BANK_FOLDER, PACK_SUFFIX).stream()
                .map(e -> new PackFile(e.name(), e.content()))
                .toList();
    }

    private static List<SourceDocument> bundledDocuments(ClassLoader loader) throws IOException {
        return documents(FolderListing.list(loader, SEEDS_FOLDER, SEED_SUFFIX));
    }

    private static List<PackFile> directoryPacks(Path dir, String labelPrefix) throws IOException {
        return FolderListing.listDirectory(dir, PACK_SUFFIX).stream()
                .map(e -> new PackFile(labelPrefix + e.name(), e.content()))
                .toList();
    }

    private static List<SourceDocument> directoryDocuments(Path dir) throws IOException {
        return documents(FolderListing.listDirectory(dir, SEED_SUFFIX));
    }

    private static List<SourceDocument> documents(List<FolderListing.Entry> files) throws IOException {
        SourceCatalog catalog = SourceCatalog.load();
        List<SourceDocument> documents = new ArrayList<>();
        for (FolderListing.Entry f : files) {
            try {
                documents.add(catalog.document(f.name(), Utf8.decode(f.content())));
            } catch (CharacterCodingException e) {
                throw new IOException(f.name() + ": not UTF-8 text", e);
            }
        }
        return documents;
    }
}
