package org.smriti.data.interop;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.smriti.core.question.Assertion;
import org.smriti.core.question.Chronology;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Pairs;
import org.smriti.core.question.Question;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;
import org.smriti.core.source.SourceDocument;
import org.smriti.data.AtomicFiles;
import org.smriti.data.bank.BankLoader;
import org.smriti.data.bank.LoadedBank;
import org.smriti.data.bank.PackSummary;
import org.smriti.data.bank.PackWriter;
import org.smriti.data.bank.RefusedPack;
import org.smriti.data.cards.OwnCards;

/**
 * Writes questions as an Anki text file that Anki 2.1.55+ imports without any manual mapping, in the layout of
 * Anki's own "Notes in Plain Text" export (rslib/src/import_export/text/csv/export.rs: GUID, note type and deck
 * first, then the fields, then the tags) with the file headers of Anki's manual ("Importing → Text Files → File
 * Headers"). One row per note: a cloze note is one row of Anki's {@code Cloze} note type (Text, Back Extra), every
 * other question one row of {@code Basic} (Front, Back).
 *
 * <p>The last column, {@code Smriti}, holds an own card's entry in the bank's JSON format, so that importing the
 * file into Smriti gives the card back exactly; Anki drops it (a note's fields beyond its note type's are
 * ignored), and the bundled questions leave it empty since Smriti has them anyway.
 *
 * <p>Fields are HTML (line breaks as {@code <br>}, {@code & < >} escaped); quoting of tabs and quotes follows
 * Anki's CSV rules (a field in double quotes, a quote inside doubled), done by Commons CSV.
 */
public final class AnkiExport {

    public static final String DECK = "Smriti::India-Japan";
    /** Prefix of the GUID column, so a question id can never collide with a GUID Anki made itself. */
    public static final String GUID_PREFIX = "smriti:";
    /** The column holding an own card's JSON entry. */
    public static final String SMRITI_COLUMN = "Smriti";
    public static final String BASIC = "Basic";
    public static final String CLOZE = "Cloze";
    public static final List<String> COLUMNS =
            List.of("GUID", "Note type", "Deck", "Front or Text", "Back or Back Extra", "Tags", SMRITI_COLUMN);
    public static final List<String> HEADER = List.of(
            "#separator:tab",
            "#html:true",
            "#guid column:1",
            "#notetype column:2",
            "#deck column:3",
            "#tags column:6",
            "#columns:" + String.join("\t", COLUMNS));

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setDelimiter('\t')
            .setRecordSeparator("\n")
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();
    private static final String PARAGRAPH = "<br><br>";

    /** What {@link #export} wrote: the number of notes, and the packs left out because they have problems. */
    public record Exported(int notes, List<String> leftOut) {
        public Exported {
            leftOut = List.copyOf(leftOut);
        }
    }

    private AnkiExport() {
    }

    /**
     * Writes every question the app would load from {@code dataDir} - the bundled bank, the user's valid packs
     * and own cards, own cards with their {@code Smriti} column - to {@code file}.
     */
    public static Exported export(Path file, Path dataDir) throws IOException {
        LoadedBank bank = BankLoader.loadApp(dataDir);
        List<Question> questions = bank.bank().questions();
        Set<String> own = new HashSet<>();
        int at = 0;
        for (PackSummary pack : bank.packs()) {
            if (pack.file().equals(BankLoader.OWN_CARDS_PACK)) {
                questions.subList(at, at + pack.questions()).forEach(q -> own.add(q.id()));
            }
            at += pack.questions();
        }
        String text = text(questions, own, bank.documents());
        AtomicFiles.write(file, text.getBytes(StandardCharsets.UTF_8));
        return new Exported(notes(questions).size(), bank.refused().stream().map(RefusedPack::file).toList());
    }

    /** Writes {@code questions}, none of them with its {@code Smriti} column. */
    public static void write(Path file, List<Question> questions, List<SourceDocument> documents)
            throws IOException {
        AtomicFiles.write(file, text(questions, Set.of(), documents).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The whole file: the header lines, then one row per note, each line ending with a newline.
     *
     * @param own the ids of the questions that are own cards, which get their {@code Smriti} column
     */
    public static String text(List<Question> questions, Set<String> own, List<SourceDocument> documents) {
        Map<String, SourceDocument> byFile = documents.stream()
                .collect(Collectors.toMap(SourceDocument::file, Function.identity()));
        StringWriter out = new StringWriter();
        HEADER.forEach(line -> out.append(line).append('\n'));
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Question q : notes(questions)) {
                SourceDocument document = q.source().map(ref -> byFile.get(ref.doc())).orElse(null);
                boolean cloze = q instanceof Cloze;
                printer.printRecord(GUID_PREFIX + OwnCards.entryId(q), cloze ? CLOZE : BASIC, DECK,
                        cloze ? html(((Cloze) q).text()) : front(q), cloze ? backExtra(q, document) : back(q, document),
                        tags(q), own.contains(q.id()) ? PackWriter.entry(q) : "");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }

    /** One question per note: the first card of each cloze note stands for it. */
    private static List<Question> notes(List<Question> questions) {
        Set<String> seen = new HashSet<>();
        return questions.stream().filter(q -> seen.add(OwnCards.entryId(q))).toList();
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
        blocks.add(answer(q));
        blocks.addAll(notes(q, document));
        return String.join(PARAGRAPH, blocks);
    }

    /** A cloze note's Back Extra: what a Basic back has after the answer. */
    static String backExtra(Question q, SourceDocument document) {
        return String.join(PARAGRAPH, notes(q, document));
    }

    private static String answer(Question q) {
        if (q instanceof ObjectiveQuestion o) {
            return html("Answer: " + letter(o.correctOption()) + " " + o.options().get(o.correctOption()));
        } else if (q instanceof Flashcard f) {
            return html(f.answer());
        } else if (q instanceof Descriptive d) {
            return d.points().stream().map(p -> html("• " + p)).collect(Collectors.joining("<br>"));
        }
        throw new IllegalArgumentException(q.id() + ": a " + q.type().id() + " has no single answer");
    }

    /** The explanation (if any) and the source passage (if any). */
    private static List<String> notes(Question q, SourceDocument document) {
        List<String> blocks = new ArrayList<>();
        if (!q.explanation().isEmpty()) {
            blocks.add(html(q.explanation()));
        }
        q.source().ifPresent(ref -> {
            String title = document == null ? ref.doc() : document.title();
            blocks.add(html("Source: " + title + " — “" + ref.quote() + "”"));
        });
        return blocks;
    }

    /**
     * Topic ids, the type, {@code pyq} for previous-year questions, then the question's own tags, e.g.
     * {@code defence mcq pyq}.
     */
    static String tags(Question q) {
        List<String> tags = new ArrayList<>();
        q.topics().stream().map(Topic::id).forEach(tags::add);
        tags.add(q.type().id());
        if (q.pyq().isPresent()) {
            tags.add("pyq");
        }
        tags.addAll(q.tags());
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
