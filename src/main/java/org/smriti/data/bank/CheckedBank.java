package org.smriti.data.bank;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.source.SourceDocument;

/**
 * The bundled packs as the build proved them valid: their questions, summaries, source documents and where each
 * quote sits in its note, in {@value #RESOURCE} (written at build time by {@link #main} after a full validation), so
 * that a start does not parse and check 400 kB of JSON again. It is used only while it matches what it was made
 * from: the same bytes of every bundled pack, note and the notes' catalogue (sizes and CRC-32s), and question
 * records of the same shape; otherwise the bundled packs are validated in full as before. It also names the build
 * ({@link Checked#build()}: a checksum of the app's classes), which keys the data folder's {@link CheckedPacks}.
 */
public final class CheckedBank {

    static final String RESOURCE = "bundled-bank.bin";
    private static final int FORMAT = 5;
    private static final Logger LOG = Logger.getLogger(CheckedBank.class.getName());

    /** A file the checked form was made from. */
    record Input(String path, int size, String crc) {
    }

    /** The build that made it and the files it was made from, checked before anything else is read. */
    record Header(String build, List<Input> inputs) {
    }

    /** What the checked form holds besides its header. */
    record Body(List<PackSummary> packs, List<Question> questions, List<Document> documents, Located located) {
    }

    /** A bundled note as the checked form holds it. */
    record Document(String file, String title, String text, String credit) {
        static Document of(SourceDocument d) {
            return new Document(d.file(), d.title(), d.text(), d.credit());
        }

        SourceDocument toSource() {
            return new SourceDocument(file, title, text, credit);
        }
    }

    /** The bundled bank as the build checked it, and the build. */
    record Checked(LoadedBank bank, String build) {
    }

    private CheckedBank() {
    }

    /**
     * Writes the checked form of the bundled bank into {@code classesDir} (the build's output folder), or removes
     * a stale one if the bundled bank has problems (the app then validates in full and shows them).
     */
    public static void main(String[] args) throws IOException {
        Path classesDir = Path.of(args[0]);
        Path file = classesDir.resolve(CheckedBank.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
        Files.createDirectories(file.getParent());
        ClassLoader loader = CheckedBank.class.getClassLoader();
        LoadedBank bank = BankLoader.loadBundled(loader);
        if (!bank.allValid()) {
            Files.deleteIfExists(file);
            System.err.println("CheckedBank: the bundled bank has " + bank.problems().size()
                    + " problems, so no checked form was written; the first: " + bank.problems().get(0));
            return;
        }
        Files.write(file, write(build(classesDir), inputs(loader), bank));
    }

    /**
     * A checksum of every class of the app: a new build may check packs differently, so what one build checked is
     * not taken on trust by another.
     */
    static String build(Path classesDir) throws IOException {
        List<Path> classes;
        try (Stream<Path> files = Files.walk(classesDir.resolve("org/smriti"))) {
            classes = files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        CRC32 crc = new CRC32();
        for (Path c : classes) {
            crc.update(classesDir.relativize(c).toString().getBytes(StandardCharsets.UTF_8));
            crc.update(Files.readAllBytes(c));
        }
        return classes.size() + "-" + Long.toHexString(crc.getValue());
    }

    static byte[] write(String build, List<Input> inputs, LoadedBank bank) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            RecordCodec codec = new RecordCodec();
            out.writeInt(FORMAT);
            out.writeUTF(RecordCodec.shape(Body.class));
            codec.write(out, Header.class, new Header(build, inputs));
            codec.write(out, Body.class, new Body(bank.packs(), bank.bank().questions(),
                    bank.documents().stream().map(Document::of).toList(),
                    Located.find(bank.bank().questions(), bank.documents())));
        }
        return bytes.toByteArray();
    }

    /** The bundled bank as the build checked it, if the checked form is there and still matches. */
    static Optional<Checked> read(ClassLoader loader) throws IOException {
        String path = CheckedBank.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
        try (InputStream resource = loader.getResourceAsStream(path)) {
            if (resource == null) {
                return Optional.empty(); // e.g. compiled by an IDE rather than Maven
            }
            return read(new RecordCodec.Input(resource.readAllBytes()), inputs(loader));
        }
    }

    static Optional<Checked> read(RecordCodec.Input in, List<Input> current) throws IOException {
        RecordCodec codec = new RecordCodec();
        if (in.readInt() != FORMAT || !in.readUTF().equals(RecordCodec.shape(Body.class))) {
            return Optional.empty();
        }
        Header header = (Header) codec.read(in, Header.class);
        if (!current.equals(header.inputs())) {
            return Optional.empty();
        }
        try {
            Body body = (Body) codec.read(in, Body.class);
            List<SourceDocument> documents = new ArrayList<>();
            body.documents().forEach(d -> documents.add(d.toSource()));
            return Optional.of(new Checked(new LoadedBank(new QuestionBank(body.questions()), body.packs(), documents,
                    List.of(), body.located().asMap(Map.of(), body.questions())), header.build()));
        } catch (IOException | RuntimeException e) {
            // Made from these very files by this very code: only a damaged jar gets here. The JSON still works.
            LOG.log(Level.WARNING, "The checked form of the bundled bank is unreadable; validating the packs", e);
            return Optional.empty();
        }
    }

    /** Every bundled pack, note and the notes' catalogue, with their sizes and checksums. */
    static List<Input> inputs(ClassLoader loader) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (FolderListing.Entry e : FolderListing.list(loader, BankLoader.BANK_FOLDER, BankLoader.PACK_SUFFIX)) {
            inputs.add(input(BankLoader.BANK_FOLDER + "/" + e.name(), e.content()));
        }
        for (FolderListing.Entry e : FolderListing.list(loader, BankLoader.SEEDS_FOLDER, BankLoader.SEED_SUFFIX)) {
            inputs.add(input(BankLoader.SEEDS_FOLDER + "/" + e.name(), e.content()));
        }
        try (InputStream catalog = SourceCatalog.class.getResourceAsStream(SourceCatalog.RESOURCE)) {
            inputs.add(input(SourceCatalog.RESOURCE, catalog == null ? new byte[0] : catalog.readAllBytes()));
        }
        return inputs;
    }

    static Input input(String path, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return new Input(path, content.length, Long.toHexString(crc.getValue()));
    }
}
