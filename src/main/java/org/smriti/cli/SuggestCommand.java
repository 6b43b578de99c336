package org.smriti.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.smriti.core.suggest.CardSuggester;
import org.smriti.core.suggest.Suggestion;

/**
 * {@code smriti suggest NOTE [--json]}: prints the cloze cards Smriti would suggest from a note, for a person to
 * read, or with {@code --json} one JSON object per line ({@code text}, {@code quote}, {@code answer},
 * {@code kind}, {@code hint}, {@code line}, {@code sentence}).
 */
final class SuggestCommand implements Command {

    /** Notes are articles of a few pages; anything larger is almost surely the wrong file. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final String USAGE = "usage: smriti suggest NOTE [--json]";

    /** A note that cannot be used, with the message that says why. */
    private static final class UnreadableNote extends Exception {
        UnreadableNote(String message) {
            super(message);
        }
    }

    @Override
    public String name() {
        return "suggest";
    }

    @Override
    public String arguments() {
        return "NOTE [--json]";
    }

    @Override
    public String summary() {
        return "propose cloze cards from a note (years, figures, ranks, exercises, schemes, acronyms, bold phrases)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean json = false;
        for (String a : args) {
            if (a.equals("--json")) {
                json = true;
            } else if (a.startsWith("--")) {
                err.println("suggest: unknown option " + a + "; " + USAGE);
                return Cli.USAGE;
            } else {
                files.add(a);
            }
        }
        if (files.size() != 1) {
            err.println(USAGE);
            return Cli.USAGE;
        }
        Path file = Path.of(files.get(0));
        String note;
        try {
            note = read(file);
        } catch (UnreadableNote e) {
            err.println("suggest: " + e.getMessage());
            return Cli.USAGE;
        }
        List<Suggestion> suggestions = CardSuggester.suggest(note);
        Lines lines = new Lines(note);
        if (json) {
            suggestions.forEach(s -> out.println(GSON.toJson(json(s, lines))));
        } else {
            print(file, lines, suggestions, out);
        }
        return Cli.OK;
    }

    private static String read(Path file) throws UnreadableNote {
        if (Files.isDirectory(file)) {
            throw new UnreadableNote(file + " is a folder; give one note file, saved as UTF-8 text");
        }
        if (!Files.isRegularFile(file)) {
            throw new UnreadableNote(file + ": no such file");
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UnreadableNote(String.format(Locale.ROOT,
                        "%s is larger than 2 MB (%,d bytes); split it into smaller notes", file, size));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableNote(file + ": cannot read it (" + e.getMessage() + ")");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            throw new UnreadableNote(file + " is UTF-16 text; save it as UTF-8 and try again");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new UnreadableNote(file + " is not a text file (it holds binary data); give a note saved as "
                        + "UTF-8 text");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableNote(file + " is not UTF-8 text; save it as UTF-8 and try again");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // some editors put a byte order mark before UTF-8 text
        }
        if (text.isBlank()) {
            throw new UnreadableNote(file + " is empty; there is nothing to suggest cards from");
        }
        return text;
    }

    private static void print(Path file, Lines lines, List<Suggestion> suggestions, PrintStream out) {
        if (suggestions.isEmpty()) {
            out.println("No suggestions for " + file + ": it has no dates, figures, names or bold phrases in its "
                    + "sentences (headings and labels are left out).");
            return;
        }
        int n = 0;
        for (Suggestion s : suggestions) {
            n++;
            out.printf("%d. [%s] line %d%s%n", n, s.kind().id(), lines.of(s), s.alreadyCarded()
                    ? " (sentence already has a card)" : "");
            out.println("   " + s.text());
            out.println("   answer: " + s.answer());
        }
        out.printf("%d suggestion%s from %s.%n", n, n == 1 ? "" : "s", file);
    }

    private static JsonObject json(Suggestion s, Lines lines) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s.text());
        o.addProperty("quote", s.quote());
        o.addProperty("answer", s.answer());
        o.addProperty("kind", s.kind().id());
        o.addProperty("hint", s.hint());
        o.addProperty("line", lines.of(s));
        o.addProperty("sentence", s.sentence());
        return o;
    }

    /** Where the note's lines start, to name the line of a suggestion's sentence. */
    private static final class Lines {
        private final int[] starts;

        Lines(String note) {
            List<Integer> at = new ArrayList<>(List.of(0));
            for (int i = 0; i < note.length(); i++) {
                if (note.charAt(i) == '\n') {
                    at.add(i + 1);
                }
            }
            starts = at.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The 1-based line where the suggestion's sentence starts. */
        int of(Suggestion s) {
            int found = Arrays.binarySearch(starts, s.span().start());
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
