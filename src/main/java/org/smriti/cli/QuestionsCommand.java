package org.smriti.cli;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.DisplayedQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.Topic;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.RefusedPack;

/**
 * {@code smriti questions [--json] [ID…]}: every question the data folder studies (bundled and own), as Review
 * shows it ({@link DisplayedQuestion}), as plain text or one JSON object per line. A cloze note's id names all its
 * cards.
 */
final class QuestionsCommand {

    private static final String USAGE = "usage: smriti questions [--json] [--data-dir DIR] [ID…]";

    int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        boolean json = false;
        List<String> ids = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.startsWith("-")) {
                err.println("questions: unknown option " + arg + "; " + USAGE);
                return Cli.USAGE;
            } else {
                ids.add(arg);
            }
        }
        if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
            err.println("questions: " + dataDir + " is a file, not a data folder");
            return Cli.USAGE;
        }
        if (!Files.exists(dataDir)) {
            err.println("questions: " + dataDir + " does not exist, so it is not a data folder");
            return Cli.USAGE;
        }
        LoadedBank loaded;
        try {
            loaded = BankLoader.loadApp(dataDir);
        } catch (IOException e) {
            err.println("questions: cannot read the packs: " + e.getMessage());
            return Cli.FAILED;
        }
        for (RefusedPack refused : loaded.refused()) {
            err.println("questions: left out " + refused.file() + ", which has problems (see smriti validate)");
        }
        List<Question> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : ids) {
            List<Question> found = byId(loaded.bank(), id);
            if (found.isEmpty()) {
                unknown.add(id);
            }
            chosen.addAll(found);
        }
        if (!unknown.isEmpty()) {
            err.println("questions: no question with id " + String.join(", ", unknown));
            return Cli.FAILED;
        }
        Map<String, String> packs = loaded.packNames();
        for (Question q : ids.isEmpty() ? loaded.bank().questions() : new LinkedHashSet<>(chosen)) {
            out.println(json ? json(q, packs.get(q.id())) : text(q, packs.get(q.id())));
        }
        return Cli.OK;
    }

    /** The question with this id, or every card of the cloze note with this id. */
    private static List<Question> byId(QuestionBank bank, String id) {
        return bank.byId(id).map(List::of).orElseGet(() -> bank.questions().stream()
                .filter(q -> q instanceof Cloze c && c.noteId().equals(id)).toList());
    }

    static String json(Question q, String pack) {
        DisplayedQuestion d = DisplayedQuestion.of(q);
        StringWriter line = new StringWriter();
        try (JsonWriter w = new JsonWriter(line)) {
            w.setSerializeNulls(true);
            w.beginObject();
            w.name("id").value(q.id());
            w.name("type").value(q.type().id());
            w.name("prompt").value(d.prompt());
            strings(w.name("options"), d.options());
            if (d.answer().isPresent()) {
                w.name("answer").value(d.answer().getAsInt());
            } else {
                w.name("answer").nullValue();
            }
            w.name("answerText").value(d.answerText().orElse(null));
            w.name("explanation").value(q.explanation());
            strings(w.name("topics"), q.topics().stream().map(Topic::id).toList());
            strings(w.name("tags"), q.tags());
            if (q.source().isPresent()) {
                w.name("source").beginObject()
                        .name("doc").value(q.source().get().doc())
                        .name("quote").value(q.source().get().quote())
                        .endObject();
            } else {
                w.name("source").nullValue();
            }
            w.name("pack").value(pack);
            w.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return line.toString();
    }

    private static void strings(JsonWriter w, List<String> values) throws IOException {
        w.beginArray();
        for (String v : values) {
            w.value(v);
        }
        w.endArray();
    }

    /** A readable block: a heading line, the question, the options, then answer, explanation and source. */
    static String text(Question q, String pack) {
        DisplayedQuestion d = DisplayedQuestion.of(q);
        List<String> lines = new ArrayList<>();
        lines.add("── " + q.id() + " · " + q.type().id() + " · " + pack + " ──");
        q.pyq().ifPresent(p -> lines.add(p.exam() + " " + p.year() + " · " + p.paper()));
        lines.add(d.prompt());
        for (int i = 0; i < d.options().size(); i++) {
            lines.add(DisplayedQuestion.optionLetter(i) + " " + d.options().get(i));
        }
        d.answer().ifPresent(a -> lines.add("Answer: " + DisplayedQuestion.optionLetter(a) + " " + d.options().get(a)));
        d.answerText().ifPresent(a -> lines.add("Answer: " + a));
        if (!q.explanation().isEmpty()) {
            lines.add("Explanation: " + q.explanation());
        }
        q.source().ifPresent(s -> lines.add("Source: " + s.doc() + ": \"" + s.quote() + "\""));
        lines.add("Topics: " + String.join(", ", q.topics().stream().map(Topic::id).toList()));
        if (!q.tags().isEmpty()) {
            lines.add("Tags: " + String.join(" ", q.tags()));
        }
        return String.join("\n", lines) + "\n";
    }
}
