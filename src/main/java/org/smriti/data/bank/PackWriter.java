package org.smriti.data.bank;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;

/**
 * Writes questions as a pack (format 1, the bank's own format, see question-bank/README.md), so that what the
 * card editor and the Anki import save is read back by {@link PackReader} exactly as it was. The cards of a cloze
 * note are written once, as the note.
 */
public final class PackWriter {

    private PackWriter() {
    }

    public static String write(String pack, String title, List<? extends Question> questions) {
        StringWriter out = new StringWriter();
        try {
            write(out, pack, title, questions);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** The pack written to {@code out} as it is made, not built in memory first (own cards can be many). */
    public static void write(Writer out, String pack, String title, List<? extends Question> questions)
            throws IOException {
        write(out, pack, title, questions, PackWriter::entry);
    }

    /**
     * As {@link #write(Writer, String, String, List)}, each question as {@code entries} gives its {@link #entry}:
     * a caller that writes the same cards again and again keeps them, and only a changed card is made anew.
     * One question a line, so that the file reads well in any editor too.
     */
    public static void write(Writer out, String pack, String title, List<? extends Question> questions,
            Function<Question, String> entries) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("format").value(PackReader.FORMAT);
        json.name("pack").value(pack);
        json.name("title").value(title);
        json.name("questions").beginArray();
        Set<String> clozeNotesWritten = new HashSet<>();
        for (Question q : questions) {
            if (!(q instanceof Cloze c) || clozeNotesWritten.add(c.noteId())) {
                json.jsonValue(entries.apply(q));
            }
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write('\n');
        out.flush();
    }

    /**
     * One question as one line of compact JSON, the form it has in a pack's {@code questions}; a cloze card
     * gives its whole note.
     */
    public static String entry(Question q) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            entry(json, q);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void entry(JsonWriter json, Question q) throws IOException {
        QuestionMeta m = q.meta();
        json.beginObject();
        json.name("id").value(q instanceof Cloze c ? c.noteId() : m.id());
        json.name("type").value(q.type().id());
        if (q instanceof Cloze c) {
            json.name("text").value(c.text());
        } else {
            json.name("prompt").value(m.prompt());
        }
        body(json, q);
        if (!m.explanation().isEmpty()) {
            json.name("explanation").value(m.explanation());
        }
        json.name("topics").beginArray();
        for (Topic t : m.topics()) {
            json.value(t.id());
        }
        json.endArray();
        json.name("difficulty").value(m.difficulty());
        if (!m.tags().isEmpty()) {
            strings(json, "tags", m.tags());
        }
        if (m.source() != null) {
            json.name("source").beginObject()
                    .name("doc").value(m.source().doc())
                    .name("quote").value(m.source().quote())
                    .endObject();
        }
        if (m.pyq() != null) {
            json.name("pyq").beginObject()
                    .name("exam").value(m.pyq().exam())
                    .name("paper").value(m.pyq().paper())
                    .name("year").value(m.pyq().year())
                    .endObject();
        }
        json.endObject();
    }

    private static void body(JsonWriter json, Question q) throws IOException {
        if (q instanceof Mcq mcq) {
            strings(json, "options", mcq.options());
            json.name("answer").value(mcq.correctOption());
        } else if (q instanceof Statements s) {
            json.name("statements").beginArray();
            for (Statements.Statement st : s.statements()) {
                json.beginObject().name("text").value(st.text()).name("correct").value(st.correct()).endObject();
            }
            json.endArray();
            json.name("style").value(s.style().id());
            numberLists(json, s.chosenOptions());
        } else if (q instanceof Pairs p) {
            strings(json, "header", List.of(p.leftHeader(), p.rightHeader()));
            json.name("pairs").beginArray();
            for (Pairs.Pair pair : p.pairs()) {
                json.beginObject().name("left").value(pair.left()).name("right").value(pair.right())
                        .name("correct").value(pair.correct());
                if (!pair.correct()) {
                    json.name("actual").value(pair.actual());
                }
                json.endObject();
            }
            json.endArray();
        } else if (q instanceof Assertion a) {
            json.name("statement1").value(a.statement1());
            json.name("statement2").value(a.statement2());
            json.name("answer").value(a.key().id());
        } else if (q instanceof Chronology c) {
            json.name("events").beginArray();
            for (Chronology.Event e : c.events()) {
                json.beginObject().name("text").value(e.text()).name("year").value(e.year()).endObject();
            }
            json.endArray();
            numberLists(json, c.chosenOptions());
        } else if (q instanceof Flashcard f) {
            json.name("answer").value(f.answer());
        } else if (q instanceof Descriptive d) {
            strings(json, "points", d.points());
        }
    }

    /** The options an author chose, as lists of numbers; nothing when they are derived. */
    private static void numberLists(JsonWriter json, List<List<Integer>> options) throws IOException {
        if (options.isEmpty()) {
            return;
        }
        json.name("options").beginArray();
        for (List<Integer> option : options) {
            json.beginArray();
            for (int number : option) {
                json.value(number);
            }
            json.endArray();
        }
        json.endArray();
    }

    private static void strings(JsonWriter json, String name, List<String> values) throws IOException {
        json.name(name).beginArray();
        for (String v : values) {
            json.value(v);
        }
        json.endArray();
    }
}
