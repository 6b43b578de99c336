package org.smriti.ui.editor;

import java.util.List;
import org.smriti.core.question.Assertion.AssertionKey;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;

/** Drafts for the editor's tests, and the fields an aspirant would type for each type. */
final class Drafts {

    static final SourceRef FROM_PASSAGE = new SourceRef(FakeEditorPorts.NOTE.file(), FakeEditorPorts.PASSAGE);

    private Drafts() {
    }

    /** A valid MCQ of the aspirant's, as saved. */
    static CardDraft ownMcq(String id) {
        return new CardDraft.Builder(QuestionType.MCQ).id(id).prompt("Which service runs JIMEX?")
                .options(List.of("Army", "Navy", "Air Force", "Coast Guard"), 1).topics(List.of(Topic.DEFENCE))
                .explanation("JIMEX is the maritime exercise.").source(FROM_PASSAGE).build();
    }

    /** Types a complete card of {@code type} into the model's fields, as the aspirant would. */
    static void fill(CardEditorViewModel model, QuestionType type) {
        model.type().set(type);
        if (type != QuestionType.CLOZE) {
            model.common().prompt().set(switch (type) {
                case STATEMENTS, ASSERTION -> "Consider the following statements:";
                case PAIRS -> "Consider the following pairs:";
                case CHRONOLOGY -> "Arrange the following in chronological order:";
                default -> "Which service of India and Japan conducts exercise JIMEX?";
            });
        }
        switch (type) {
            case CLOZE -> model.cloze().text().set("India and Japan hold {{c1::JIMEX}}, a {{c2::naval}} exercise.");
            case FLASHCARD -> model.flashcard().answer().set("The navies.");
            case MCQ -> {
                List<String> options = List.of("Army", "Navy", "Air Force", "Coast Guard");
                for (int i = 0; i < 4; i++) {
                    model.mcq().option(i).set(options.get(i));
                }
                model.mcq().keyed().set(1);
            }
            case STATEMENTS -> {
                model.statements().rows().rows().get(0).text.set("JIMEX is a naval exercise.");
                model.statements().rows().rows().get(1).text.set("Dharma Guardian is an air exercise.");
                model.statements().rows().rows().get(1).correct.set(false);
                model.statements().style().set(Statements.Style.WHICH);
            }
            case ASSERTION -> {
                model.assertion().statement1().set("JIMEX is held at sea.");
                model.assertion().statement2().set("JIMEX is the navies' exercise.");
                model.assertion().key().set(AssertionKey.BOTH_TRUE_EXPLAINS);
            }
            case PAIRS -> {
                model.pairs().leftHeader().set("Exercise");
                model.pairs().rightHeader().set("Service");
                pair(model, 0, "JIMEX", "Navy", null);
                pair(model, 1, "Dharma Guardian", "Air Force", "Army");
                pair(model, 2, "SHINYUU Maitri", "Air Force", null);
            }
            case CHRONOLOGY -> {
                event(model, 0, "Special Strategic and Global Partnership", "2014");
                event(model, 1, "Global Partnership", "2000");
                event(model, 2, "Strategic and Global Partnership", "2006");
            }
            default -> throw new IllegalArgumentException("no card of type " + type);
        }
    }

    static void event(CardEditorViewModel model, int i, String text, String year) {
        model.events().rows().rows().get(i).text.set(text);
        model.events().rows().rows().get(i).year.set(year);
    }

    private static void pair(CardEditorViewModel model, int i, String left, String right, String actual) {
        PairFields.Row row = model.pairs().rows().rows().get(i);
        row.left.set(left);
        row.right.set(right);
        row.correct.set(actual == null);
        row.actual.set(actual == null ? "" : actual);
    }
}
