package org.smriti.ui.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smriti.app.AppContext;
import org.smriti.app.MainWindow;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.fsrs.Rating;
import org.smriti.core.mock.MockSelection;
import org.smriti.core.mock.MockSession;
import org.smriti.core.mock.MockSpec;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.question.ObjectiveQuestion;
import org.smriti.core.question.Question;
import org.smriti.core.settings.Settings;
import org.smriti.core.settings.Theme;
import org.smriti.data.journal.SaveFailedException;
import org.smriti.study.StudyService;
import org.smriti.testsupport.FxHarness;
import org.smriti.testsupport.MutableClock;
import org.smriti.testsupport.PageStage;
import org.smriti.testsupport.Screenshots;
import org.smriti.ui.shell.Area;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

class StatsPageTest {

    private static final int STUDY_DAYS = 45;
    private static final LocalDate EXAM = LocalDate.of(2027, 5, 23);

    @TempDir
    Path dataDir;

    private final FxRobot robot = new FxRobot();
    private final List<AppContext> contexts = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        FxHarness.close();
        contexts.forEach(AppContext::close);
    }

    @Test
    void withoutDataEveryChartShowsItsEmptyState() throws Exception {
        MainWindow window = FxHarness.open(dataDir, FxHarness.fixedClock());

        showStats(window);

        for (String id : List.of("heatmap", "forecast", "retention", "mock-trend", "time")) {
            Label empty = robot.lookup("#stats-" + id + "-empty").queryAs(Label.class);
            assertThat(empty.isVisible()).as(id).isTrue();
        }
        assertThat(robot.lookup("#stats-heatmap-empty").queryAs(Label.class).getText())
                .isEqualTo(HeatmapSection.NO_REVIEWS);
        assertThat(robot.lookup("#stats-streaks").queryAs(Label.class).getText()).startsWith("Current streak: 0 days");
        assertThat(robot.lookup("#stats-exam-hint").tryQuery()).isPresent();
        assertThat(robot.lookup("#stats-exam").tryQuery()).isEmpty();
        // The bank is loaded, so mastery lists its topics even before any review.
        assertThat(robot.lookup("#stats-mastery-chart").queryAs(TableView.class).getItems()).isNotEmpty();
        if (Screenshots.enabled()) {
            screenshots(window, "stats-empty");
        }
    }

    @Test
    void afterWeeksOfStudyEveryChartShowsData() throws Exception {
        MutableClock clock = new MutableClock(FxHarness.MORNING.minus(Duration.ofDays(STUDY_DAYS)), FxHarness.INDIA);
        MainWindow window = FxHarness.open(dataDir, clock);
        study(window.context(), clock);
        WaitForAsyncUtils.asyncFx(() -> window.context().settingsProperty()
                .set(window.context().settingsProperty().get().toBuilder().examDate(EXAM).build())).get();

        showStats(window);

        for (String id : List.of("heatmap", "forecast", "retention", "mock-trend", "time", "mastery")) {
            assertThat(robot.lookup("#stats-" + id + "-chart").tryQuery()).as(id).isPresent();
            assertThat(robot.lookup("#stats-" + id + "-empty").tryQuery()).as(id).isEmpty();
        }
        assertThat(robot.lookup("#stats-forecast-chart").queryAs(StackedBarChart.class).getData()).hasSize(2);
        LineChart<?, ?> trend = robot.lookup("#stats-mock-trend-chart").queryAs(LineChart.class);
        assertThat(trend.getData().get(0).getData()).hasSize(3);
        assertThat(robot.lookup("#stats-days-left").queryAs(Label.class).getText()).isEqualTo("180 days left");
        assertThat(robot.lookup("#stats-predicted-score").queryAs(Label.class).getText())
                .startsWith("Predicted full mock: ").contains("/ 200 marks");
        assertThat(robot.lookup("#stats-streaks").queryAs(Label.class).getText())
                .doesNotStartWith("Current streak: 0 days");
        if (Screenshots.enabled()) {
            screenshots(window, "stats-data");
        }
    }

    @Test
    void theExamModeToggleIsKeptInTheViewModel() throws Exception {
        MainWindow window = FxHarness.open(dataDir, FxHarness.fixedClock());
        WaitForAsyncUtils.asyncFx(() -> window.context().settingsProperty()
                .set(window.context().settingsProperty().get().toBuilder().examDate(EXAM).build())).get();
        showStats(window);

        robot.clickOn("#stats-exam-mode");

        StatsPage page = (StatsPage) window.shell().page(Area.STATS);
        assertThat(page.model().examModeProperty().get()).isTrue();
    }

    @Test
    void aMockWhoseQuestionsLeftTheBankIsExplainedNotGuessed() throws Exception {
        MainWindow window = FxHarness.open(dataDir, FxHarness.fixedClock());
        Duration time = Duration.ofMinutes(2);
        MockSession start = MockSession.start("gone-test", MockSpec.custom(1, time, 1),
                new MockSelection(List.of("removed-question"), time), FxHarness.MORNING);
        List<ProgressEvent> events = new ArrayList<>(List.of(start.startedEvent()));
        events.addAll(start.submit().eventsSince(start, FxHarness.MORNING));
        window.context().mockLog().append(events);

        showStats(window);

        assertThat(robot.lookup("#stats-mock-trend-empty").queryAs(Label.class).getText())
                .startsWith("Mock results cannot be shown: ").contains("gone-test", "removed-question");
    }

    @Test
    void theCalibrationOfTheWeightsInUseIsChartedWithTheRecallPredictedAndAchieved() throws Exception {
        MutableClock clock = new MutableClock(FxHarness.MORNING.minus(Duration.ofDays(STUDY_DAYS)), FxHarness.INDIA);
        AppContext context = open(clock);
        study(context, clock);
        StatsViewModel model = calibrated(context, Runnable::run);

        Scene scene = PageStage.show(() -> new StatsPage(model), Theme.LIGHT, 100);

        Calibration calibration = model.calibrationProperty().get();
        LineChart<?, ?> chart = robot.lookup("#stats-calibration-plot").queryAs(LineChart.class);
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(1).getData()).hasSize(calibration.bins().size()).hasSizeGreaterThan(2);
        assertThat(robot.lookup("#stats-calibration-overall").queryAs(Label.class).getText())
                .startsWith("Across " + calibration.reviews() + " reviews the weights predicted ");
        if (Screenshots.enabled()) {
            for (Theme theme : Theme.values()) {
                for (int font : new int[] {100, Settings.MAX_FONT_SCALE}) {
                    PageStage.restyle(scene, theme, font);
                    PageStage.scrollTo(robot.lookup("#stats-calibration").query());
                    Screenshots.save(scene, "stats-calibration-" + theme.name().toLowerCase() + "-" + font);
                }
            }
        }
    }

    @Test
    void withoutReviewsOnALaterDayTheCalibrationSaysItNeedsMore() throws Exception {
        StatsViewModel model = calibrated(open(FxHarness.fixedClock()), Runnable::run);

        PageStage.show(() -> new StatsPage(model), Theme.LIGHT, 100);

        assertThat(robot.lookup("#stats-calibration-empty").queryAs(Label.class).getText())
                .isEqualTo("Too few reviews to check yet: the chart needs 20 reviews of cards seen on an earlier day, "
                        + "and there are 0 so far.");
        assertThat(robot.lookup("#stats-calibration-chart").tryQuery()).isEmpty();
    }

    @Test
    void whileTheCalibrationIsComputedTheRestOfThePageIsShown() throws Exception {
        StatsViewModel model = calibrated(open(FxHarness.fixedClock()), task -> { });

        PageStage.show(() -> new StatsPage(model), Theme.LIGHT, 100);

        assertThat(robot.lookup("#stats-calibration-empty").queryAs(Label.class).getText())
                .isEqualTo(CalibrationSection.COMPUTING);
        assertThat(robot.lookup("#stats-heatmap").tryQuery()).isPresent();
    }

    /** The data folder without a window: these tests show the page on its own, with the calibration wired. */
    private AppContext open(Clock clock) throws Exception {
        AppContext context = new AppContext(dataDir, clock);
        contexts.add(context);
        return context;
    }

    private static StatsViewModel calibrated(AppContext context, Executor background) {
        return new StatsViewModel(context.study(), () -> context.mockLog().events(),
                context.settingsProperty()::get, context.memoryModel()::calibration, background, Runnable::run);
    }

    private static void showStats(MainWindow window) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.shell().show(Area.STATS)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Simulates weeks of study a day at a time: every due card answered (Again now and then), a few new cards a
     * day, a day off every week, and a short mock test every two weeks.
     */
    private static void study(AppContext context, MutableClock clock) throws SaveFailedException {
        StudyService study = context.study();
        List<Question> cards = context.questions().subList(0, 60);
        for (int day = 0; day < STUDY_DAYS; day++) {
            clock.set(FxHarness.MORNING.minus(Duration.ofDays(STUDY_DAYS - day)));
            if (day % 7 == 5) {
                continue;
            }
            int fresh = 0;
            for (Question q : cards) {
                Card card = study.card(q.id());
                boolean isNew = card.state() == CardState.NEW;
                if (isNew ? fresh++ >= 5 : card.due().isAfter(clock.instant())) {
                    continue;
                }
                Rating rating = Math.floorMod(q.id().hashCode() + day, 6) == 0 ? Rating.AGAIN : Rating.GOOD;
                study.answer(q.id(), rating, 6_000 + 1_000L * Math.floorMod(q.id().hashCode(), 20));
            }
            if (day % 14 == 3) {
                context.mockLog().append(mockTest(context, "m" + day, clock.instant(), day));
            }
        }
        clock.set(FxHarness.MORNING);
    }

    /** A 10-question test: one blank, a few wrong (fewer as the seed goes 3, 17, 31), the rest right. */
    private static List<ProgressEvent> mockTest(AppContext context, String id, Instant at, int seed) {
        List<ObjectiveQuestion> questions = new ArrayList<>();
        for (Question q : context.questions()) {
            if (q instanceof ObjectiveQuestion && questions.size() < 10) {
                questions.add((ObjectiveQuestion) q);
            }
        }
        Duration time = Duration.ofMinutes(12);
        MockSession start = MockSession.start(id, MockSpec.custom(questions.size(), time, seed),
                new MockSelection(questions.stream().map(Question::id).toList(), time), at);
        MockSession s = start;
        for (int i = 0; i < questions.size(); i++) {
            s = s.elapse(Duration.ofSeconds(45));
            int right = questions.get(i).correctOption();
            if (i != 9) {
                s = s.select(i < seed % 5 ? (right + 1) % 4 : right);
            }
            s = s.saveAndNext();
        }
        s = s.submit();
        List<ProgressEvent> events = new ArrayList<>();
        events.add(start.startedEvent());
        events.addAll(s.eventsSince(start, at.plus(Duration.ofMinutes(8))));
        return events;
    }

    private static void screenshots(MainWindow window, String name) throws Exception {
        for (Theme theme : Theme.values()) {
            WaitForAsyncUtils.asyncFx(() -> window.context().settingsProperty()
                    .set(window.context().settingsProperty().get().withTheme(theme))).get();
            ScrollPane scroll = (ScrollPane) window.shell().page(Area.STATS).view();
            for (double v : new double[] {0, 0.5, 1}) {
                WaitForAsyncUtils.asyncFx(() -> scroll.setVvalue(v)).get();
                Screenshots.save(window.scene(), name + "-" + theme.name().toLowerCase() + "-" + (int) (v * 100));
            }
        }
        WaitForAsyncUtils.asyncFx(() -> window.context().settingsProperty()
                .set(window.context().settingsProperty().get().withFontScalePercent(Settings.MAX_FONT_SCALE))).get();
        Screenshots.save(window.scene(), name + "-largest-font");
    }
}
