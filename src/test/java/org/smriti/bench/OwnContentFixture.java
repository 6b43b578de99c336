package org.smriti.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Topic;
import org.smriti.data.bank.PackWriter;

/**
 * A data folder as a year of Smriti might leave it: {@code notes} notes of about 10 KB each (sentences of the
 * bundled seeds, numbered so that each note is different) and {@code cards} own cards quoting them, half cloze
 * notes with two deletions, half flashcards. Also the data folder of {@code bench/startup.sh --own-cards}:
 *
 * <pre>java -cp … org.smriti.bench.OwnContentFixture DIR NOTES CARDS</pre>
 */
public final class OwnContentFixture {

    private OwnContentFixture() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int notes = Integer.parseInt(args[1]);
        int cards = Integer.parseInt(args[2]);
        write(dir, notes, cards);
        System.out.println(notes + " notes and " + cards + " own cards written to " + dir);
    }

    static void write(Path dataDir, int notes, int cards) throws IOException {
        List<String> sentences = seedSentences();
        Path notesDir = Files.createDirectories(dataDir.resolve("notes"));
        List<String[]> quotable = new ArrayList<>();
        int s = 0;
        for (int n = 0; n < notes; n++) {
            StringBuilder text = new StringBuilder("# Note " + n + "\n\n");
            while (text.length() < 10_000) {
                String sentence = "In note " + n + ", " + sentences.get(s++ % sentences.size());
                text.append(sentence).append("\n\n");
                quotable.add(new String[] {"notes/note-" + n + ".md", sentence});
            }
            Files.writeString(notesDir.resolve("note-" + n + ".md"), text, StandardCharsets.UTF_8);
        }
        List<Question> own = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            String[] q = quotable.get((c * 7) % quotable.size());
            SourceRef source = new SourceRef(q[0], q[1]);
            if (c % 2 == 0) {
                String id = "my-cloze-" + c;
                String text = "{{c1::Card " + c + "}} quotes " + q[0] + " and {{c2::" + c + "}}.";
                QuestionMeta meta = new QuestionMeta(id, text, "", List.of(Topic.GENERAL), 2, source, null);
                own.addAll(Cloze.cards(meta, text));
            } else {
                own.add(new Flashcard(new QuestionMeta("my-card-" + c, "Question " + c + "?", "", List.of(Topic.GENERAL),
                        2, source, null), "Answer " + c));
            }
        }
        Files.createDirectories(dataDir.resolve("packs"));
        Files.writeString(dataDir.resolve("packs/my-cards.json"), PackWriter.write("my-cards", "My cards", own),
                StandardCharsets.UTF_8);
    }

    /** The seeds' lines long enough to be sentences, markup and all. */
    private static List<String> seedSentences() throws IOException {
        List<String> out = new ArrayList<>();
        try (var files = Files.list(Path.of("seeds"))) {
            for (Path f : files.sorted().toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String t = line.strip();
                    if (t.length() > 60 && !t.startsWith("#") && !t.startsWith("|")) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }
}
