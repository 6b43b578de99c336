package org.smriti.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smriti.core.suggest.CardSuggester;
import org.smriti.core.suggest.Suggestion;
import org.smriti.core.text.Words;
import org.smriti.data.notes.NoteProblemException;
import org.smriti.data.notes.NoteStore;

/**
 * {@code smriti suggest NOTE [--json]}: prints the cloze cards Smriti would suggest from a note, for a person to
 * read, or with {@code --json} one JSON object per line ({@code text}, {@code quote}, {@code answer},
 * {@code kind}, {@code hint}, {@code line}, {@code sentence}). The note is read as the notes store reads one
 * (UTF-8 text, not binary, at most 2 MB), whatever the file's name.
 */
final class SuggestCommand implements Command {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final String USAGE = "usage: smriti suggest NOTE [--json]";

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
        Path file;
        String note;
        try {
            file = InputChecks.existingFile(files.get(0));
            note = NoteStore.readText(file);
        } catch (InputChecks.BadInput e) {
            return e.report(name(), err);
        } catch (NoteProblemException e) {
            err.println(name() + ": " + e.getMessage());
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
        out.println(Words.plural(n, "suggestion") + " from " + file + ".");
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
