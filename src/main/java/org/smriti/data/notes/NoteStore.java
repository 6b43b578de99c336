package org.smriti.data.notes;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.zip.CRC32C;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.AtomicFiles;
import org.smriti.data.FileTimestamps;
import org.smriti.data.SmallFiles;

/**
 * The aspirant's own notes: plain Markdown files in the data folder's {@code notes/}, one per note, readable in
 * any editor. A note's title is its first line when that is a {@code # heading}, otherwise its file name. Notes
 * are cited by cards as {@code notes/<file>.md}; a deleted note moves to {@code trash/notes/}, never lost.
 */
public final class NoteStore {

    /** The folder of notes, and the prefix of their document ids. */
    public static final String FOLDER = "notes";
    /** What the notes' {@link SourceDocument#credit()} says. */
    private static final String CREDIT = "My notes";
    static final String TRASH = "trash/notes";
    /** Larger files are refused: a note is read whole into the reader and searched at every edit. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private final Path dataDir;
    private final Clock clock;

    public NoteStore(Path dataDir, Clock clock) {
        this.dataDir = dataDir;
        this.clock = clock;
    }

    public Path folder() {
        return dataDir.resolve(FOLDER);
    }

    /** Whether {@code docId} names one of the aspirant's notes (as opposed to a bundled one). */
    public static boolean isNote(String docId) {
        return docId.startsWith(FOLDER + "/");
    }

    /**
     * Every note, by file name. A file that cannot be read as a note (changed outside Smriti into something that is
     * not UTF-8 text) is left out and reported in {@code problems}, never deleted.
     */
    public List<SourceDocument> list(List<String> problems) throws IOException {
        return read(dataDir, problems);
    }

    /** The notes of a data folder, as {@link #list} reads them. */
    public static List<SourceDocument> read(Path dataDir, List<String> problems) throws IOException {
        return readWithChecksums(dataDir, problems, (doc, crc) -> false).notes();
    }

    /**
     * The notes of a data folder and a checksum of each file (CRC-32C of its bytes), by note id: what the checked
     * form of the packs keys each quote's place on.
     */
    public record Read(List<SourceDocument> notes, Map<String, Long> checksums) {
        public Read {
            notes = List.copyOf(notes);
            checksums = Map.copyOf(checksums);
        }
    }

    /**
     * As {@link #read}, with each note's checksum. A note whose file {@code checkedBefore} knows (by note id and
     * checksum) was read as a note before and is not checked again; its text is decoded when first read, so a start
     * does not decode megabytes of notes nothing on the first screen shows.
     */
    public static Read readWithChecksums(Path dataDir, List<String> problems, BiPredicate<String, Long> checkedBefore)
            throws IOException {
        Path dir = dataDir.resolve(FOLDER);
        List<SourceDocument> notes = new ArrayList<>();
        Map<String, Long> checksums = new HashMap<>();
        if (!Files.isDirectory(dir)) {
            return new Read(notes, checksums);
        }
        CRC32C crc = new CRC32C();
        for (String name : SmallFiles.names(dir, NoteStore::isNoteName)) {
            try {
                byte[] bytes = SmallFiles.read(dir.resolve(name));
                crc.reset();
                crc.update(bytes);
                String doc = FOLDER + "/" + name;
                notes.add(checkedBefore.test(doc, crc.getValue())
                        ? SourceDocument.deferred(doc, titleOf(name, firstLine(bytes)), () -> text(bytes), CREDIT)
                        : document(name, check(name, bytes)));
                checksums.put(doc, crc.getValue());
            } catch (NoteProblemException e) {
                problems.add(e.getMessage());
            }
        }
        return new Read(notes, checksums);
    }

    /** A new note from a title and pasted text. */
    public SourceDocument create(String title, String text) throws NoteProblemException {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new NoteProblemException("Give the note a title.");
        }
        if (text == null || text.isBlank()) {
            throw new NoteProblemException("The note \"" + cleanTitle + "\" is empty: paste or type its text.");
        }
        String content = withTitle(cleanTitle, text);
        checkSize(cleanTitle, content.getBytes(StandardCharsets.UTF_8).length);
        return write(freeName(slug(cleanTitle)), content);
    }

    /**
     * Copies a Markdown or text file into the notes. Refused, with the reason, if it is not UTF-8 text, binary,
     * empty or over {@link #MAX_BYTES}; nothing already saved is touched.
     */
    public SourceDocument importFile(Path file) throws NoteProblemException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".md") && !lower.endsWith(".txt") && !lower.endsWith(".markdown")) {
            throw new NoteProblemException(name + " is not a note: import Markdown (.md) or text (.txt) files.");
        }
        String text = readText(file);
        String stem = name.substring(0, name.lastIndexOf('.'));
        return write(freeName(slug(stem)), text);
    }

    /**
     * The text of a file read as a note, whatever its name: refused, with the reason and the file's name, if it is
     * a folder, missing, over {@link #MAX_BYTES}, binary, not UTF-8 text or empty. A UTF-8 byte order mark is
     * dropped.
     */
    public static String readText(Path file) throws NoteProblemException {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new NoteProblemException(name + " is a folder, not a note file.");
            }
            if (Files.size(file) > MAX_BYTES) {
                checkSize(name, Files.size(file));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoteProblemException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new NoteProblemException(name + " was not found.", e);
        } catch (IOException e) {
            throw new NoteProblemException(name + " could not be read: " + e.getMessage(), e);
        }
        return check(name, bytes);
    }

    /** Replaces a note's title and text; its file (and so every card's link to it) stays the same. */
    public SourceDocument update(String docId, String title, String text) throws NoteProblemException {
        Path file = fileOf(docId);
        if (!Files.exists(file)) {
            throw new NoteProblemException(docId + " is no longer in " + folder() + ": it may have been deleted.");
        }
        String cleanTitle = title == null ? "" : title.strip();
        String content = cleanTitle.isEmpty() ? text : withTitle(cleanTitle, text);
        if (content == null || content.isBlank()) {
            throw new NoteProblemException("A note cannot be empty: delete it instead.");
        }
        checkSize(docId, content.getBytes(StandardCharsets.UTF_8).length);
        return write(file.getFileName().toString(), content);
    }

    /** Moves a note to {@code trash/notes/}; cards citing it keep their quotes and show "source removed". */
    public Path delete(String docId) throws NoteProblemException {
        Path file = fileOf(docId);
        try {
            Path trash = Files.createDirectories(dataDir.resolve(TRASH));
            String name = file.getFileName().toString();
            Path target = trash.resolve(name);
            if (Files.exists(target)) {
                String stem = name.substring(0, name.lastIndexOf('.'));
                target = FileTimestamps.unique(trash, stem + "-", clock, ".md");
            }
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            AtomicFiles.fsyncDirectory(folder());
            AtomicFiles.fsyncDirectory(trash);
            return target;
        } catch (NoSuchFileException e) {
            throw new NoteProblemException(docId + " is no longer there: it was already deleted.", e);
        } catch (IOException e) {
            throw new NoteProblemException("Could not move " + docId + " to the trash: " + e.getMessage(), e);
        }
    }

    /** The title a note's text gives it: its first line if that is a {@code # heading}. */
    public static String titleOf(String fileName, String text) {
        int from = 0;
        while (from < text.length() && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        int end = from;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        String first = text.substring(from, end).strip(); // the first line that is not blank, without copying the rest
        if (first.startsWith("# ")) {
            return first.substring(2).strip();
        }
        String stem = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String spaced = stem.replace('-', ' ').replace('_', ' ').strip();
        return spaced.isEmpty() ? fileName : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private static boolean isNoteName(String name) {
        return name.endsWith(".md") && !name.startsWith(".");
    }

    /**
     * The stored text of a note: the title as its {@code # heading}, then the text below it as written, headings of
     * its own included. Only a first line repeating the title (text pasted with its heading) is not written twice.
     */
    private static String withTitle(String title, String text) {
        return "# " + title + "\n\n" + withoutHeading(text, title).strip() + "\n";
    }

    private static String withoutHeading(String text, String title) {
        String stripped = text.stripLeading();
        int end = stripped.indexOf('\n');
        String first = end < 0 ? stripped : stripped.substring(0, end);
        boolean repeatsTitle = first.startsWith("# ") && first.substring(2).strip().equals(title);
        return !repeatsTitle ? text : end < 0 ? "" : stripped.substring(end + 1);
    }

    private SourceDocument write(String fileName, String content) throws NoteProblemException {
        try {
            Files.createDirectories(folder());
            AtomicFiles.write(folder().resolve(fileName), content.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NoteProblemException("Could not save the note " + fileName + " in " + folder() + ": "
                    + e.getMessage(), e);
        }
        return document(fileName, content);
    }

    private static SourceDocument document(String fileName, String text) {
        return new SourceDocument(FOLDER + "/" + fileName, titleOf(fileName, text), text, CREDIT);
    }

    private Path fileOf(String docId) throws NoteProblemException {
        if (!isNote(docId) || docId.indexOf('/', FOLDER.length() + 1) >= 0 || docId.contains("..")) {
            throw new NoteProblemException(docId + " is not one of your notes.");
        }
        return folder().resolve(docId.substring(FOLDER.length() + 1));
    }

    /** The text of a note file, or why it cannot be one. */
    private static String check(String name, byte[] bytes) throws NoteProblemException {
        checkSize(name, bytes.length);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new NoteProblemException(name + " is UTF-16 text: save it as UTF-8 (in Notepad: Save as → Encoding:"
                    + " UTF-8) and try again.");
        }
        // Decoded leniently first, which is one fast pass: a file is rarely not UTF-8, and only then is it decoded
        // strictly to tell a replacement character written in the file from bytes that are not UTF-8 at all.
        String text = text(bytes);
        if (text.indexOf('\0') >= 0) {
            throw new NoteProblemException(name + " is not a text file (it holds binary data): import .md or"
                    + " .txt notes, and save a PDF or Word document as plain text first.");
        }
        if (text.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            } catch (CharacterCodingException e) {
                throw new NoteProblemException(name + " is not UTF-8 text: save it as UTF-8 (in Notepad: Save as →"
                        + " Encoding: UTF-8) and try again.", e);
            }
        }
        if (text.isBlank()) {
            throw new NoteProblemException(name + " is empty: there is nothing to make cards from.");
        }
        return text;
    }

    /** A note file's text: its bytes as UTF-8, without a byte order mark. */
    private static String text(byte[] bytes) {
        return hasByteOrderMark(bytes) ? new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)
                : new String(bytes, StandardCharsets.UTF_8);
    }

    /** The first line of a note's text that is not blank: all {@link #titleOf} reads. */
    private static String firstLine(byte[] bytes) {
        int from = hasByteOrderMark(bytes) ? 3 : 0;
        while (from < bytes.length) {
            int end = from;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
                end++;
            }
            String line = new String(bytes, from, end - from, StandardCharsets.UTF_8);
            if (!line.isBlank()) {
                return line;
            }
            from = end + 1;
        }
        return "";
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    private static void checkSize(String name, long bytes) throws NoteProblemException {
        if (bytes > MAX_BYTES) {
            throw new NoteProblemException(name + " is " + String.format(Locale.ROOT, "%.1f", bytes / 1048576.0)
                    + " MB, over the 2 MB a note may hold: split it into smaller notes.");
        }
    }

    /** Lower-case words joined by "-", from any title (accents dropped, other scripts kept out). */
    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "note" : slug;
    }

    private String freeName(String slug) {
        String name = slug + ".md";
        for (int n = 2; Files.exists(folder().resolve(name)); n++) {
            name = slug + "-" + n + ".md";
        }
        return name;
    }
}
