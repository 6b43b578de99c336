package org.smriti.ui.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.progress.BookmarkEvent;
import org.smriti.core.progress.ReviewEvent;
import org.smriti.core.question.Descriptive;
import org.smriti.core.question.Flashcard;
import org.smriti.core.question.Mcq;
import org.smriti.core.question.Pyq;
import org.smriti.core.question.Question;
import org.smriti.core.question.QuestionBank;
import org.smriti.core.question.QuestionMeta;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;
import org.smriti.core.question.Statements;
import org.smriti.core.question.Topic;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.MockEventCodecs;
import org.smriti.data.journal.ProgressStore;
import org.smriti.study.StudyService;
import org.smriti.testsupport.Questions;
import org.smriti.ui.common.CardActions;

class BrowseViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-24T03:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Kolkata"));

    private static final QuestionBank BANK = new QuestionBank(List.of(
            new Mcq(meta("mcq-1", "Which port did Japan help build at Mumbai?", Topic.INFRASTRUCTURE, null),
                    List.of("Ennore", "Alang", "Trans-Harbour Link", "Haldia"), 2),
            new Flashcard(meta("fc-1", "Year of the Special Strategic and Global Partnership?", Topic.DIPLOMACY,
                    new Pyq("UPSC CSE Prelims", "GS Paper I", 2019)), "2014"),
            new Descriptive(meta("desc-1", "Discuss the Act East policy and Japan.", Topic.DIPLOMACY, null),
                    List.of("Connectivity in the North-East", "Quad")),
            new Flashcard(meta("fc-2", "What is JIMEX?", Topic.DEFENCE, null), "A naval exercise")));

    @TempDir
    Path dataDir;

    private ProgressStore store;
    private StudyService study;
    private BrowseViewModel model;
    private BrowseDetailModel detail;

    private static QuestionMeta meta(String id, String prompt, Topic topic, Pyq pyq) {
        return new QuestionMeta(id, prompt, "Because the note says so.", List.of(topic), 2,
                new SourceRef("note.md", "quoted passage about " + id), pyq);
    }

    @BeforeEach
    void open() throws Exception {
        openStore();
    }

    @AfterEach
    void close() throws Exception {
        store.close();
    }

    private void openStore() throws Exception {
        store = ProgressStore.open(dataDir, CLOCK, MockEventCodecs.appCodec());
        study = new StudyService(BANK, Questions.factsOf(BANK), store, Settings::defaults, CLOCK);
        model = new BrowseViewModel(study, CardActions.none());
        detail = new BrowseDetailModel(study, CardActions.none(), model,
                file -> Optional.of("Title of " + file).filter(t -> file.equals("note.md")));
    }

    private void reopenStore() throws Exception {
        store.close();
        openStore();
    }

    private List<String> visibleIds() {
        return model.rows().stream().map(BrowseRow::id).toList();
    }

    private BrowseRow row(String id) {
        return model.row(id).orElseThrow();
    }

    /** Saves a review that leaves the question's card in {@code state} with {@code lapses}. */
    private void reviewed(String id, CardState state, int lapses) throws Exception {
        Card after = new Card(state, NOW.plusSeconds(86_400 * 3), 4.5, 6.2, 3, 0, lapses + 1, lapses,
                NOW.minusSeconds(3600));
        store.append(new ReviewEvent(id, Rating.GOOD, NOW.minusSeconds(3600), 12_000, Card.newCard(NOW), after));
        model.refresh();
    }

    @Test
    void listsEveryQuestionOfTheBankAsNew() {
        assertThat(visibleIds()).containsExactlyInAnyOrder("mcq-1", "fc-1", "desc-1", "fc-2");
        assertThat(row("mcq-1").state()).isEqualTo(BrowseState.NEW);
        assertThat(row("mcq-1").due()).isNull();
        assertThat(model.countProperty().get()).isEqualTo("4 questions");
    }

    @Test
    void rowCarriesTypeTopicAndPyq() {
        BrowseRow fc = row("fc-1");
        assertThat(fc.type()).isEqualTo(QuestionType.FLASHCARD);
        assertThat(fc.topic()).isEqualTo(Topic.DIPLOMACY);
        assertThat(fc.pyq()).isTrue();
        assertThat(row("fc-2").pyq()).isFalse();
    }

    @ParameterizedTest(name = "search ''{0}'' finds {1}")
    @CsvSource({
            "mumbai, mcq-1",          // stem
            "HARBOUR, mcq-1",         // an option, case-insensitive
            "2014, fc-1",             // a flashcard answer
            "quad, desc-1",           // a descriptive point
            "passage about fc-2, fc-2", // the source quote, every word must match
            "desc-1, desc-1"})        // the id
    void searchLooksInTheWholeQuestion(String typed, String expected) {
        model.searchProperty().set(typed);
        assertThat(visibleIds()).containsExactly(expected);
        assertThat(model.countProperty().get()).isEqualTo("1 of 4 questions");
    }

    @Test
    void searchWithNoMatchShowsNothing() {
        model.searchProperty().set("tokyo osaka");
        assertThat(visibleIds()).isEmpty();
    }

    @Test
    void topicFilterKeepsTheMainTopic() {
        model.topicProperty().set(Topic.DIPLOMACY);
        assertThat(visibleIds()).containsExactlyInAnyOrder("fc-1", "desc-1");
        model.topicProperty().set(null);
        assertThat(visibleIds()).hasSize(4);
    }

    @Test
    void typeFilterKeepsThatType() {
        model.typeProperty().set(QuestionType.FLASHCARD);
        assertThat(visibleIds()).containsExactlyInAnyOrder("fc-1", "fc-2");
    }

    @Test
    void pyqFilterKeepsPreviousYearQuestions() {
        model.pyqOnlyProperty().set(true);
        assertThat(visibleIds()).containsExactly("fc-1");
    }

    @Test
    void bookmarkedFilterKeepsBookmarkedQuestions() {
        detail.toggleBookmark("fc-2");
        model.bookmarkedOnlyProperty().set(true);
        assertThat(visibleIds()).containsExactly("fc-2");
    }

    @Test
    void filtersCombine() {
        model.topicProperty().set(Topic.DIPLOMACY);
        model.typeProperty().set(QuestionType.DESCRIPTIVE);
        assertThat(visibleIds()).containsExactly("desc-1");
        model.searchProperty().set("partnership");
        assertThat(visibleIds()).isEmpty();
    }

    @ParameterizedTest(name = "{0} with {1} lapses shows as {2}")
    @CsvSource({
            "LEARNING, 0, LEARNING",
            "REVIEW, 0, REVIEW",
            "RELEARNING, 1, RELEARNING",
            "REVIEW, 7, REVIEW",
            "REVIEW, 8, LEECH",
            "RELEARNING, 9, LEECH"})
    void stateLabelFollowsTheCardAndLeechesStandOut(CardState state, int lapses, BrowseState shown) throws Exception {
        reviewed("fc-2", state, lapses);
        assertThat(row("fc-2").state()).isEqualTo(shown);
        model.stateProperty().set(shown);
        assertThat(visibleIds()).containsExactly("fc-2");
    }

    @Test
    void stateLabelsAreLowerCaseWords() {
        assertThat(BrowseState.LEECH.label()).isEqualTo("leech");
        assertThat(BrowseState.ORPHANED.label()).isEqualTo("orphaned");
    }

    @Test
    void reviewedRowShowsTheMemoryState() throws Exception {
        reviewed("mcq-1", CardState.REVIEW, 0);
        BrowseRow r = row("mcq-1");
        assertThat(r.due()).isEqualTo(NOW.plusSeconds(86_400 * 3));
        assertThat(r.stability()).isEqualTo(4.5);
        assertThat(r.difficulty()).isEqualTo(6.2);
        assertThat(r.retrievability()).isBetween(90.0, 100.0);
    }

    @Test
    void progressForAQuestionNoLongerInTheBankShowsAsOrphaned() throws Exception {
        store.append(new BookmarkEvent("removed-7", true, NOW));
        model.refresh();
        BrowseRow r = row("removed-7");
        assertThat(r.state()).isEqualTo(BrowseState.ORPHANED);
        assertThat(r.orphaned()).isTrue();
        assertThat(r.type()).isNull();
        assertThat(r.bookmarked()).isTrue();
        model.stateProperty().set(BrowseState.ORPHANED);
        assertThat(visibleIds()).containsExactly("removed-7");
        detail.select("removed-7");
        assertThat(detail.detailProperty().get().question()).isEmpty();
    }

    @Test
    void detailShowsQuestionSourceTitleMemoryAndHistory() throws Exception {
        reviewed("mcq-1", CardState.REVIEW, 0);
        detail.select("mcq-1");
        BrowseDetail d = detail.detailProperty().get();
        assertThat(d.question()).map(Question::id).contains("mcq-1");
        assertThat(d.sourceTitle()).contains("Title of note.md");
        assertThat(d.memory()).extracting(BrowseDetail.Fact::label)
                .contains("State", "Due", "Stability", "Difficulty", "Recall chance now");
        assertThat(d.memory()).contains(new BrowseDetail.Fact("Due", "27 Nov 2026, 09:00 (in 3 days)"));
        assertThat(d.history()).containsExactly(
                new BrowseDetail.HistoryLine("24 Nov 2026, 08:00", "Good", "12 s", "new → review"));
    }

    @Test
    void selectingNothingClearsTheDetail() {
        detail.select("mcq-1");
        detail.select(null);
        assertThat(detail.detailProperty().get()).isNull();
    }

    @Test
    void bookmarkTogglesAndSurvivesReopening() throws Exception {
        assertThat(detail.toggleBookmark("mcq-1")).isTrue();
        assertThat(row("mcq-1").bookmarked()).isTrue();
        reopenStore();
        assertThat(row("mcq-1").bookmarked()).isTrue();
        detail.toggleBookmark("mcq-1");
        assertThat(row("mcq-1").bookmarked()).isFalse();
    }

    @Test
    void suspendTogglesAndSurvivesReopening() throws Exception {
        detail.toggleSuspended("fc-1");
        assertThat(row("fc-1").suspended()).isTrue();
        assertThat(row("fc-1").stateText()).isEqualTo("new · suspended");
        reopenStore();
        assertThat(row("fc-1").suspended()).isTrue();
        detail.toggleSuspended("fc-1");
        assertThat(row("fc-1").suspended()).isFalse();
    }

    @Test
    void resetMakesTheCardNewAndSurvivesReopening() throws Exception {
        reviewed("desc-1", CardState.REVIEW, 8);
        assertThat(detail.reset("desc-1")).isTrue();
        assertThat(row("desc-1").state()).isEqualTo(BrowseState.NEW);
        assertThat(detail.messageProperty().get()).contains("reset");
        reopenStore();
        assertThat(row("desc-1").state()).isEqualTo(BrowseState.NEW);
        assertThat(row("desc-1").due()).isNull();
    }

    @Test
    void actionOnTheSelectedRowUpdatesTheDetail() {
        detail.select("fc-2");
        detail.toggleBookmark("fc-2");
        assertThat(detail.detailProperty().get().row().bookmarked()).isTrue();
    }

    @Test
    void refreshPicksUpReviewsMadeElsewhere() throws Exception {
        detail.select("fc-2");
        store.append(new BookmarkEvent("fc-2", true, NOW));
        assertThat(row("fc-2").bookmarked()).isFalse();
        model.refresh();
        assertThat(row("fc-2").bookmarked()).isTrue();
        assertThat(detail.detailProperty().get().row().bookmarked()).isTrue();
    }

    @Test
    void longPromptsAreCutToASnippet() {
        String snippet = BrowseViewModel.snippet("word ".repeat(100));
        assertThat(snippet).hasSizeLessThanOrEqualTo(BrowseViewModel.SNIPPET_LENGTH).endsWith("…");
        assertThat(BrowseViewModel.snippet("Short\n  prompt")).isEqualTo("Short prompt");
    }

    @Test
    void statementsRowLeadsWithTheFirstStatementNotTheSharedLeadIn() {
        Statements s = new Statements(meta("st-1", "Consider the following statements:", Topic.HISTORY, null),
                List.of(new Statements.Statement("Japan is an island nation.", true),
                        new Statements.Statement("Tokyo hosted the 1964 Olympics.", true)),
                Statements.Style.values()[0]);
        assertThat(BrowseViewModel.scanText(s))
                .isEqualTo("1. Japan is an island nation.  ·  Consider the following statements:");
    }

    @Test
    void rowsKeepBankOrderThenOrphansUntilTheTableSorts() throws Exception {
        store.append(new BookmarkEvent("a-removed", true, NOW));
        model.refresh();
        assertThat(visibleIds()).containsExactly("mcq-1", "fc-1", "desc-1", "fc-2", "a-removed");
    }
}
