package org.smriti.ui.editor;


import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ScrollPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Theme;
import org.smriti.testsupport.Screenshots;
import org.smriti.testsupport.ScreenshotsOnly;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@code mvn -B -q test -Pscreenshots -Dtest=CardEditorScreenshotTest} writes {@code target/screenshots/editor-*.png}:
 * a cloze made from a passage with its preview, an MCQ with a problem, and the other types, light and dark, and
 * at 175 %.
 */
@ExtendWith(ScreenshotsOnly.class)
class CardEditorScreenshotTest {

    private final FakeEditorPorts ports = new FakeEditorPorts();
    private final List<EditorPorts.Saved> saved = new ArrayList<>();

    @Test
    void aClozeFromAPassageWithItsPreview() throws Exception {
        CardEditor editor = open(CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE));
        fx(() -> {
            String text = editor.model().cloze().text().get();
            editor.model().blankSelection(text.indexOf("JIMEX"), text.indexOf("JIMEX") + 5, false);
            text = editor.model().cloze().text().get();
            editor.model().blankSelection(text.indexOf("SHINYUU Maitri"), text.indexOf("SHINYUU Maitri") + 14, false);
            editor.model().common().explanation().set("JIMEX is the naval exercise; SHINYUU Maitri the air forces'.");
            editor.model().common().mainTopic().set(Topic.DEFENCE);
            editor.model().common().tags().set("ir defence-exercises");
        });
        shootBoth(editor, "editor-cloze");
        shoot(editor, Theme.LIGHT, 175, "editor-cloze-175");
        fx(() -> ((ScrollPane) editor.scene().lookup("#editor-fields-scroll")).setVvalue(1));
        shoot(editor, Theme.LIGHT, 100, "editor-cloze-bottom");
    }

    @Test
    void anMcqWithAProblem() throws Exception {
        CardEditor editor = open(CardDraft.blank(QuestionType.CLOZE, Drafts.FROM_PASSAGE));
        fx(() -> {
            Drafts.fill(editor.model(), QuestionType.MCQ);
            editor.model().mcq().option(2).set("Navy");
        });
        shootBoth(editor, "editor-mcq-problem");
        shoot(editor, Theme.DARK, 175, "editor-mcq-problem-175-dark");
        fx(() -> editor.model().mcq().option(2).set("Air Force"));
        shoot(editor, Theme.LIGHT, 100, "editor-mcq");
    }

    @Test
    void theOtherTypes() throws Exception {
        CardEditor editor = open(CardDraft.blank(QuestionType.STATEMENTS, null));
        for (QuestionType type : List.of(QuestionType.STATEMENTS, QuestionType.ASSERTION, QuestionType.PAIRS,
                QuestionType.CHRONOLOGY, QuestionType.FLASHCARD)) {
            fx(() -> Drafts.fill(editor.model(), type));
            shoot(editor, Theme.LIGHT, 100, "editor-" + type.id());
        }
        fx(() -> {
            editor.model().type().set(QuestionType.CHRONOLOGY);
            editor.model().common().prompt().set("Arrange the following in chronological order:");
            Drafts.event(editor.model(), 1, "Global Partnership", "two thousand");
        });
        shoot(editor, Theme.DARK, 100, "editor-chronology-problem-dark");
        fx(() -> editor.model().type().set(QuestionType.PAIRS));
        shoot(editor, Theme.LIGHT, 175, "editor-pairs-175");
    }

    private CardEditor open(CardDraft draft) throws Exception {
        return EditorStage.open(ports, draft, EditorMode.NEW, saved);
    }

    private void shootBoth(CardEditor editor, String name) throws Exception {
        shoot(editor, Theme.LIGHT, 100, name + "-light");
        shoot(editor, Theme.DARK, 100, name + "-dark");
    }

    private void shoot(CardEditor editor, Theme theme, int scale, String name) throws Exception {
        EditorStage.restyle(editor, theme, scale);
        Screenshots.save(editor.scene(), name);
        EditorStage.restyle(editor, Theme.LIGHT, 100);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get();
        WaitForAsyncUtils.waitForFxEvents();
    }
}
