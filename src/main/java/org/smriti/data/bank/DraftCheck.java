package org.smriti.data.bank;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.CheckedDraft;
import org.smriti.core.question.DraftProblem;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;

/**
 * Checks a card being edited with the pack validator itself, so an own card obeys exactly the bank's rules (four
 * distinct options, the answer among them, a quote found in its note…): the draft is written as a pack entry and
 * read back by {@link PackReader} under the editor's rules.
 */
public final class DraftCheck {

    /** The notes by file, for quote search (each normalized once, when first searched); kept while they stay. */
    public static final class Documents {
        private final Map<String, SourceDocument> byFile = new HashMap<>();

        public Documents(List<SourceDocument> documents) {
            documents.forEach(d -> byFile.put(d.file(), d));
        }

        Map<String, SourceDocument> byFile() {
            return byFile;
        }
    }

    private DraftCheck() {
    }

    /**
     * @param id       the id the card is (or will be) saved under
     * @param taken    whether an id is used by another question, which the card and its cloze cards must not reuse
     */
    public static CheckedDraft check(CardDraft draft, String id, Documents documents, Predicate<String> taken) {
        String pack = "{\"format\": 1, \"pack\": \"draft\", \"title\": \"Draft\", \"questions\": [" + entry(draft, id)
                + "]}";
        // The validator only looks ids up, so a view will do: copying every id in the bank at every keystroke
        // would not.
        Map<String, String> others = new AbstractMap<>() {
            @Override
            public boolean containsKey(Object key) {
                return key instanceof String s && taken.test(s);
            }

            @Override
            public String get(Object key) {
                return containsKey(key) ? "another card" : null;
            }

            @Override
            public Set<Entry<String, String>> entrySet() {
                throw new UnsupportedOperationException("the ids of other cards are only looked up");
            }
        };
        PackReader.Result read = PackReader.read(new PackFile("draft", pack.getBytes(StandardCharsets.UTF_8)),
                PackRules.EDITOR, documents.byFile(), others);
        return new CheckedDraft(read.problems().stream().map(p -> new DraftProblem(p.field(), p.message())).toList(),
                read.questions());
    }

    /** The draft as a pack entry, empty fields kept empty so the validator names them. */
    static String entry(CardDraft d, String id) {
        StringWriter out = new StringWriter();
        try (JsonWriter json = new JsonWriter(out)) {
            json.beginObject();
            json.name("id").value(id);
            json.name("type").value(d.type().id());
            if (d.type() == QuestionType.CLOZE) {
                json.name("text").value(d.text());
            } else {
                json.name("prompt").value(d.prompt());
            }
            body(json, d);
            if (!d.explanation().isBlank()) {
                json.name("explanation").value(d.explanation());
            }
            json.name("topics").beginArray();
            for (Topic t : d.topics()) {
                json.value(t.id());
            }
            json.endArray();
            json.name("difficulty").value(d.difficulty());
            if (!d.tags().isEmpty()) {
                json.name("tags").beginArray();
                for (String tag : d.tags()) {
                    json.value(tag);
                }
                json.endArray();
            }
            if (d.source() != null) {
                json.name("source").beginObject().name("doc").value(d.source().doc())
                        .name("quote").value(d.source().quote()).endObject();
            }
            json.endObject();
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    private static void body(JsonWriter json, CardDraft d) throws IOException {
        switch (d.type()) {
            case MCQ -> {
                json.name("options").beginArray();
                for (String o : d.options()) {
                    json.value(o);
                }
                json.endArray();
                if (d.answerIndex() >= 0) {
                    json.name("answer").value(d.answerIndex());
                }
            }
            case STATEMENTS -> {
                json.name("statements").beginArray();
                for (Statements.Statement s : d.statements()) {
                    json.beginObject().name("text").value(s.text()).name("correct").value(s.correct()).endObject();
                }
                json.endArray();
                json.name("style").value(d.style().id());
            }
            case ASSERTION -> {
                json.name("statement1").value(d.statement1());
                json.name("statement2").value(d.statement2());
                if (d.assertionKey() != null) {
                    json.name("answer").value(d.assertionKey().id());
                }
            }
            case PAIRS -> {
                json.name("header").beginArray().value(d.leftHeader()).value(d.rightHeader()).endArray();
                json.name("pairs").beginArray();
                for (CardDraft.Pair p : d.pairs()) {
                    json.beginObject().name("left").value(p.left()).name("right").value(p.right())
                            .name("correct").value(p.correct());
                    if (!p.correct()) {
                        json.name("actual").value(p.actual() == null ? "" : p.actual());
                    }
                    json.endObject();
                }
                json.endArray();
            }
            case CHRONOLOGY -> {
                json.name("events").beginArray();
                for (CardDraft.Event e : d.events()) {
                    json.beginObject().name("text").value(e.text()).name("year");
                    String year = e.year() == null ? "" : e.year().strip();
                    if (year.matches("-?\\d{1,9}")) {
                        json.value(Integer.parseInt(year));
                    } else {
                        json.value(year); // refused by the validator as "must be a whole number"
                    }
                    json.endObject();
                }
                json.endArray();
            }
            case FLASHCARD -> json.name("answer").value(d.answer());
            case CLOZE -> { }
            case DESCRIPTIVE -> json.name("points").beginArray().endArray();
            default -> throw new IllegalStateException("no draft for " + d.type());
        }
    }
}
