package org.smriti.data.interop.anki;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionType;

/**
 * What importing an Anki text file would do to the own cards, shown before anything is saved. With problems,
 * nothing may be imported (all or nothing) and there are no cards.
 *
 * @param source         the chosen file's name, e.g. {@code UPSC.txt}
 * @param notes          the notes read from the file
 * @param cards          the cards to save (new or changed), as the own cards will hold them
 * @param cardsByType    the cards the file gives (new, changed or unchanged), by type
 * @param newCards       cards not in the own cards yet
 * @param updatedCards   cards the import changes
 * @param unchangedCards cards already in the own cards as the file has them
 * @param inSmriti       notes skipped because they are Smriti's own questions (a Smriti export)
 * @param droppedImages  images dropped from the fields
 * @param droppedSounds  sounds and videos dropped from the fields
 * @param notices        what else to know, one line each: notes skipped and why, note types read as Basic, …
 * @param problems       what stops the import, one line each, naming the line of the file
 */
public record AnkiPreview(String source, int notes, List<Question> cards, Map<QuestionType, Integer> cardsByType,
                          int newCards, int updatedCards, int unchangedCards, int inSmriti, int droppedImages,
                          int droppedSounds, List<String> notices, List<String> problems) {

    public AnkiPreview {
        Objects.requireNonNull(source, "source");
        cards = List.copyOf(cards);
        Map<QuestionType, Integer> byType = new EnumMap<>(QuestionType.class);
        byType.putAll(cardsByType);
        byType.values().removeIf(n -> n == 0);
        cardsByType = Collections.unmodifiableMap(byType);
        notices = List.copyOf(notices);
        problems = List.copyOf(problems);
        if (!problems.isEmpty() && !cards.isEmpty()) {
            throw new IllegalArgumentException(source + ": a preview with problems has no cards to save");
        }
    }

    static AnkiPreview refused(String source, List<String> notices, List<String> problems) {
        return new AnkiPreview(source, 0, List.of(), Map.of(), 0, 0, 0, 0, 0, 0, notices, problems);
    }

    public boolean canImport() {
        return problems.isEmpty();
    }

    /**
     * One line: what the import would do ({@code UPSC.txt: 120 notes → 135 cards (110 flashcard, 25 cloze): 100
     * new, 20 updated, 15 unchanged.}), or how many problems stop it.
     */
    public String headline() {
        if (!canImport()) {
            return source + ": " + count(problems.size(), "problem") + ", so nothing can be imported. Fix "
                    + (problems.size() == 1 ? "it" : "them") + " in Anki (or in the file) and import it again.";
        }
        StringBuilder out = new StringBuilder(source).append(": ").append(count(notes, "note"));
        int cardCount = newCards + updatedCards + unchangedCards;
        if (cardCount > 0) {
            out.append(" → ").append(count(cardCount, "card")).append(" (")
                    .append(cardsByType.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().id())
                            .collect(Collectors.joining(", ")))
                    .append("): ").append(newCards).append(" new, ").append(updatedCards).append(" updated, ")
                    .append(unchangedCards).append(" unchanged");
        }
        return out.append('.').toString();
    }

    /** What else to know, a line each: notes already in Smriti, media dropped, then the notices. */
    public List<String> details() {
        List<String> lines = new ArrayList<>();
        if (inSmriti > 0) {
            lines.add(count(inSmriti, "note") + (inSmriti == 1 ? " is" : " are")
                    + " Smriti's own (from a Smriti export), already here: skipped.");
        }
        if (droppedImages + droppedSounds > 0) {
            lines.add("Dropped " + count(droppedImages, "image") + " and " + count(droppedSounds, "sound")
                    + ": Smriti does not import media.");
        }
        lines.addAll(notices);
        return lines;
    }

    /** {@link #headline()} and {@link #details()}, a line each. */
    public String summary() {
        List<String> lines = new ArrayList<>(List.of(headline()));
        lines.addAll(details());
        return String.join("\n", lines);
    }

    /** The prompts of the first {@code n} cards to save, so the aspirant sees it is the file they meant. */
    public List<String> firstPrompts(int n) {
        return cards.stream().limit(n).map(Question::prompt).toList();
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
