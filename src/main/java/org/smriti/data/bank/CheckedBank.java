package org.smriti.data.bank;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.source.SourceDocument;

/**
 * The bundled packs as the build proved them valid: their questions, summaries and source documents in
 * {@value #RESOURCE} (written at build time by {@link #main} after a full validation), so that a start does not
 * parse and check 400 kB of JSON again. It is used only while it matches what it was made from: the same bytes
 * of every bundled pack, note and the notes' catalogue (sizes and CRC-32s), and question records of the same
 * shape; otherwise the bundled packs are validated in full as before. The aspirant's own packs always are.
 */
public final class CheckedBank {

    static final String RESOURCE = "bundled-bank.bin";
    private static final int FORMAT = 1;
    private static final Logger LOG = Logger.getLogger(CheckedBank.class.getName());

    /** A file the checked form was made from. */
    record Input(String path, int size, String crc) {
    }

    /** The files it was made from, checked before anything else is read. */
    record Header(List<Input> inputs) {
    }

    /** What the checked form holds besides its header. */
    record Body(List<PackSummary> packs, List<Question> questions, List<SourceDocument> documents) {
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
        Files.write(file, write(inputs(loader), bank));
    }

    static byte[] write(List<Input> inputs, LoadedBank bank) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
            RecordCodec codec = new RecordCodec();
            out.writeInt(FORMAT);
            out.writeUTF(RecordCodec.shape(Body.class));
            codec.write(out, Header.class, new Header(inputs));
            codec.write(out, Body.class, new Body(bank.packs(), bank.bank().questions(), bank.documents()));
        }
        return bytes.toByteArray();
    }

    /** The bundled bank as the build checked it, if the checked form is there and still matches. */
    static Optional<LoadedBank> read(ClassLoader loader) throws IOException {
        String path = CheckedBank.class.getPackageName().replace('.', '/') + "/" + RESOURCE;
        try (InputStream resource = loader.getResourceAsStream(path)) {
            if (resource == null) {
                return Optional.empty(); // e.g. compiled by an IDE rather than Maven
            }
            return read(new DataInputStream(new BufferedInputStream(resource)), inputs(loader));
        }
    }

    static Optional<LoadedBank> read(DataInputStream in, List<Input> current) throws IOException {
        RecordCodec codec = new RecordCodec();
        if (in.readInt() != FORMAT || !in.readUTF().equals(RecordCodec.shape(Body.class))
                || !current.equals(((Header) codec.read(in, Header.class)).inputs())) {
            return Optional.empty();
        }
        try {
            Body body = (Body) codec.read(in, Body.class);
            return Optional.of(new LoadedBank(new QuestionBank(body.questions()), body.packs(), body.documents(),
                    List.of()));
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

    private static Input input(String path, byte[] content) {
        CRC32 crc = new CRC32();
        crc.update(content);
        return new Input(path, content.length, Long.toHexString(crc.getValue()));
    }
}
