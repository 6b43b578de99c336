package org.smriti.data.bank;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.CRC32C;
import org.smriti.core.question.Facts;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.Span;
import org.smriti.data.AtomicFiles;
import org.smriti.data.SmallFiles;

/**
 * The user's packs, the own cards among them, as a full validation by this build found them, and where their quotes
 * sit in the notes: {@value #FILE} in the data folder, a cache like the journal's snapshot (deleting it costs one
 * slower start). A start takes the packs' questions, summaries and problems from it only when it was made from the
 * very same inputs: every user pack (size and checksum) and every own note (checksum) as they were then, and the
 * same build of the app ({@link CheckedBank.Checked#build()}, a checksum of its classes), on top of the bundled bank
 * that build checked. Validation is a function of those inputs, so what the cache holds is what validating them again
 * would give; anything else, and the packs are validated in full as ever. Written, when it is not current, from a
 * full validation of the files as they are then: a few seconds after the notes or cards change, and as the data
 * folder is closed.
 */
final class CheckedPacks {

    static final String FILE = "checked-packs.bin";
    private static final int FORMAT = 4;
    private static final Logger LOG = Logger.getLogger(CheckedPacks.class.getName());

    /** A note a pack may quote, with the CRC-32C of its file. */
    record NoteSum(String doc, String crc) {
    }

    /** What a validation started from. */
    record Header(String build, List<CheckedBank.Input> packs, List<NoteSum> notes) {
    }

    /**
     * What it found: the user packs loaded and refused, their questions in load order and their quotes' places; and
     * the facts of the whole bank, bundled questions included ({@link Facts#shared}: question {@code sharing[i]} is on
     * fact {@code facts[i]}).
     */
    record Body(List<PackSummary> packs, List<Question> questions, List<RefusedPack> refused, Located located,
                List<String> sharing, List<String> facts) {
    }

    private CheckedPacks() {
    }

    /** The inputs of a validation of {@code packs} (in load order) by {@code build}, with these notes. */
    static Header header(String build, List<PackFile> packs, Map<String, Long> notes) {
        List<CheckedBank.Input> packInputs = new ArrayList<>();
        packs.forEach(p -> packInputs.add(CheckedBank.input(p.name(), p.content())));
        List<NoteSum> sums = new ArrayList<>();
        notes.forEach((doc, crc) -> sums.add(new NoteSum(doc, Long.toHexString(crc))));
        sums.sort(Comparator.comparing(NoteSum::doc));
        return new Header(build, packInputs, sums);
    }

    /** The cache as found in a data folder: what it was made from, and what it holds, not yet decoded. */
    static final class Stored {
        private final Path file;
        private final Header header;
        private final byte[] body;
        private final Map<String, String> notes = new HashMap<>();

        private Stored(Path file, Header header, byte[] body) {
            this.file = file;
            this.header = header;
            this.body = body;
            header.notes().forEach(n -> notes.put(n.doc(), n.crc()));
        }

        /** Whether the note {@code doc} had this checksum when the cache was made (so it was a readable note). */
        boolean knows(String doc, long crc) {
            return Long.toHexString(crc).equals(notes.get(doc));
        }

        boolean madeFrom(Header inputs) {
            // Compared by hand: a record's equals is made on its first call, which costs a start more than this.
            List<NoteSum> then = header.notes();
            List<NoteSum> now = inputs.notes();
            if (!header.build().equals(inputs.build()) || !header.packs().equals(inputs.packs())
                    || then.size() != now.size()) {
                return false;
            }
            for (int i = 0; i < then.size(); i++) {
                if (!then.get(i).doc().equals(now.get(i).doc()) || !then.get(i).crc().equals(now.get(i).crc())) {
                    return false;
                }
            }
            return true;
        }

        /**
         * {@code earlier} (the bundled bank with every note) and then the user packs as the cache holds them, if it
         * can be read.
         */
        Optional<LoadedBank> after(LoadedBank earlier) {
            try {
                Body stored = (Body) new RecordCodec().read(new RecordCodec.Input(body), Body.class);
                List<Question> questions = new ArrayList<>(earlier.bank().questions());
                questions.addAll(stored.questions());
                List<PackSummary> packs = new ArrayList<>(earlier.packs());
                packs.addAll(stored.packs());
                List<RefusedPack> refused = new ArrayList<>(earlier.refused());
                refused.addAll(stored.refused());
                return Optional.of(new LoadedBank(new QuestionBank(questions), packs, earlier.documents(), refused,
                        stored.located().asLazyMap(earlier.located(), stored.questions()),
                        Optional.of(Facts.known(questions, stored.sharing(), stored.facts()))));
            } catch (IOException | RuntimeException e) {
                // Made by this build from these very files: only a damaged disk gets here, and the JSON still works.
                LOG.log(Level.INFO, file + " is unreadable, so the packs are validated in full", e);
                return Optional.empty();
            }
        }
    }

    /**
     * The data folder's cache, if it is there, of this format, made by {@code build} and intact (its body's CRC-32C
     * matches). The build's checksum covers the classes of the records it holds, so their shape needs no check.
     */
    static Optional<Stored> stored(Path dataDir, String build) {
        Path file = dataDir.resolve(FILE);
        try {
            byte[] all = SmallFiles.read(file);
            RecordCodec.Input in = new RecordCodec.Input(all);
            if (in.readInt() != FORMAT || !in.readUTF().equals(build)) {
                return Optional.empty();
            }
            Header header = (Header) new RecordCodec().read(in, Header.class);
            int length = in.readInt();
            int crc = in.readInt();
            int start = in.position();
            if (length != all.length - start || (int) crc(all, start, length) != crc) {
                LOG.info(file + " is damaged, so the packs are validated in full");
                return Optional.empty();
            }
            byte[] body = new byte[length];
            System.arraycopy(all, start, body, 0, length);
            return Optional.of(new Stored(file, header, body));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.INFO, file + " is unreadable, so the packs are validated in full", e);
            return Optional.empty();
        }
    }

    /**
     * Writes what validating the user packs after {@code earlier} found: {@code all} is {@code earlier} and then
     * those packs, as {@link BankLoader#loadAfter} loads them.
     */
    static void write(Path dataDir, Header inputs, LoadedBank earlier, LoadedBank all) throws IOException {
        List<Question> questions = all.bank().questions();
        List<Question> user = questions.subList(earlier.bank().questions().size(), questions.size());
        Located located = Located.find(user, all.documents());
        Map<SourceRef, Span> places = located.asMap(all.located(), user);
        Map<String, String> shared = Facts.of(questions,
                (doc, quote) -> Optional.ofNullable(places.get(new SourceRef(doc, quote)))).shared();
        List<String> sharing = List.copyOf(shared.keySet());
        Body body = new Body(all.packs().subList(earlier.packs().size(), all.packs().size()), user,
                all.refused().subList(earlier.refused().size(), all.refused().size()), located,
                sharing, sharing.stream().map(shared::get).toList());
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(head)) {
            out.writeInt(FORMAT);
            out.writeUTF(inputs.build());
            new RecordCodec().write(out, Header.class, inputs);
        }
        ByteArrayOutputStream content = new ByteArrayOutputStream(); // read by a codec of its own, as written
        try (DataOutputStream out = new DataOutputStream(content)) {
            new RecordCodec().write(out, Body.class, body);
        }
        byte[] bodyBytes = content.toByteArray();
        AtomicFiles.write(dataDir.resolve(FILE), out -> {
            DataOutputStream data = new DataOutputStream(out);
            data.write(head.toByteArray());
            data.writeInt(bodyBytes.length);
            data.writeInt((int) crc(bodyBytes, 0, bodyBytes.length));
            data.write(bodyBytes);
            data.flush();
        });
    }

    private static long crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return crc.getValue();
    }
}
