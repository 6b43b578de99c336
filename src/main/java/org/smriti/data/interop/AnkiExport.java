package org.smriti.data.interop;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.AtomicFiles;

/**
 * Writes questions as an Anki text file that Anki 2.1.55+ imports without any manual mapping: the file headers
 * of Anki's manual ("Importing → Text Files → File Headers") choose the separator, HTML, the Basic note type,
 * and which columns hold the deck, the tags and the GUID. One row per question: Front, Back, Deck, Tags, GUID.
 *
 * <p>Fields are HTML (line breaks as {@code <br>}, {@code & < >} escaped); quoting of tabs and quotes follows
 * Anki's CSV rules (a field in double quotes, a quote inside doubled), done by Commons CSV.
 */
public final class AnkiExport {

    public static final String DECK = "Smriti::India-Japan";
    /** Prefix of the GUID column, so a question id can never collide with a GUID Anki made itself. */
    public static final String GUID_PREFIX = "smriti:";
    public static final List<String> COLUMNS = List.of("Front", "Back", "Deck", "Tags", "GUID");
    public static final List<String> HEADER = List.of(
            "#separator:tab",
            "#html:true",
            "#notetype:Basic",
            "#deck column:3",
            "#tags column:4",
            "#guid column:5",
            "#columns:" + String.join("\t", COLUMNS));

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter('\t')
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();
    private static final String PARAGRAPH = "<br><br>";

    private AnkiExport() {
    }

    /** The whole file: the header lines, then one row per question, each line ending with a newline. */
    public static String text(List<Question> questions, List<SourceDocument> documents) {
        Map<String, SourceDocument> byFile = documents.stream()
                .collect(Collectors.toMap(SourceDocument::file, Function.identity()));
        StringWriter out = new StringWriter();
        HEADER.forEach(line -> out.append(line).append('\n'));
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Question q : questions) {
                printer.printRecord(front(q), back(q, q.source().map(ref -> byFile.get(ref.doc())).orElse(null)), DECK, tags(q),
                        GUID_PREFIX + q.id());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** Writes {@link #text} to {@code file} (UTF-8, as Anki requires) so that a crash never leaves half a file. */
    public static void write(Path file, List<Question> questions, List<SourceDocument> documents)
            throws IOException {
        AtomicFiles.write(file, text(questions, documents).getBytes(StandardCharsets.UTF_8));
    }

    /** The question as UPSC prints it: lead-in, numbered items, closing question, options (a)-(d). */
    static String front(Question q) {
        List<String> blocks = new ArrayList<>();
        q.pyq().ifPresent(p -> blocks.add(html(p.exam() + " " + p.year() + " · " + p.paper())));
        blocks.add(html(q.prompt()));
        if (q instanceof Statements) {
            Statements s = (Statements) q;
            blocks.add(numbered(s.statements().stream().map(Statements.Statement::text).toList()));
            blocks.add(html(s.closingQuestion()));
        } else if (q instanceof Pairs) {
            Pairs p = (Pairs) q;
            List<String> rows = new ArrayList<>();
            rows.add(html(p.leftHeader() + " — " + p.rightHeader()));
            for (int i = 0; i < p.pairs().size(); i++) {
                Pairs.Pair pair = p.pairs().get(i);
                rows.add(html((i + 1) + ". " + pair.left() + " — " + pair.right()));
            }
            blocks.add(String.join("<br>", rows));
            blocks.add(html(Pairs.CLOSING_QUESTION));
        } else if (q instanceof Assertion) {
            Assertion a = (Assertion) q;
            blocks.add(html("Statement-I: " + a.statement1()));
            blocks.add(html("Statement-II: " + a.statement2()));
            blocks.add(html(Assertion.CLOSING_QUESTION));
        } else if (q instanceof Chronology) {
            Chronology c = (Chronology) q;
            blocks.add(numbered(c.events().stream().map(Chronology.Event::text).toList()));
            blocks.add(html(Chronology.CLOSING_QUESTION));
        }
        if (q instanceof ObjectiveQuestion) {
            List<String> options = ((ObjectiveQuestion) q).options();
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                lines.add(html(letter(i) + " " + options.get(i)));
            }
            blocks.add(String.join("<br>", lines));
        }
        return String.join(PARAGRAPH, blocks);
    }

    /** The answer, the explanation and the source passage with its document's title. */
    static String back(Question q, SourceDocument document) {
        List<String> blocks = new ArrayList<>();
        if (q instanceof ObjectiveQuestion) {
            ObjectiveQuestion o = (ObjectiveQuestion) q;
            blocks.add(html("Answer: " + letter(o.correctOption()) + " " + o.options().get(o.correctOption())));
        } else if (q instanceof Flashcard) {
            blocks.add(html(((Flashcard) q).answer()));
        } else if (q instanceof Descriptive) {
            blocks.add(((Descriptive) q).points().stream().map(p -> html("• " + p))
                    .collect(Collectors.joining("<br>")));
        }
        blocks.add(html(q.explanation()));
        q.source().ifPresent(ref -> {
            String title = document == null ? ref.doc() : document.title();
            blocks.add(html("Source: " + title + " — “" + ref.quote() + "”"));
        });
        return String.join(PARAGRAPH, blocks);
    }

    /** Topic ids, the type, and {@code pyq} for previous-year questions, e.g. {@code defence mcq pyq}. */
    static String tags(Question q) {
        List<String> tags = new ArrayList<>();
        q.topics().stream().map(Topic::id).forEach(tags::add);
        tags.add(q.type().id());
        if (q.pyq().isPresent()) {
            tags.add("pyq");
        }
        // Anki separates tags with spaces, so a space inside one would split it.
        return tags.stream().map(t -> t.strip().replaceAll("\\s+", "_")).collect(Collectors.joining(" "));
    }

    /** Plain text as HTML: markup characters escaped, line breaks as {@code <br>}. */
    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replaceAll("\r\n|\r|\n", "<br>");
    }

    private static String numbered(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            out.add(html((i + 1) + ". " + lines.get(i)));
        }
        return String.join("<br>", out);
    }

    private static String letter(int index) {
        return "(" + (char) ('a' + index) + ")";
    }
}
