package org.smriti.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smriti.core.fsrs.optimizer.OptimalRetention;
import org.smriti.core.fsrs.optimizer.OptimizationResult;

/** How a fit and a suggested retention are put into words for their dialogs. */
class MemoryReportsTest {

    @Test
    void theFiguresCompareTheWeightsInUseWithTheFittedOnesOnAllAndHeldOutReviews() {
        OptimizationReport report = new OptimizationReport(MemoryFixtures.better());

        assertThat(report.rows()).containsExactly(
                new OptimizationReport.Row("Log loss, all reviews", "0.3894", "0.3521"),
                new OptimizationReport.Row("RMSE (bins), all reviews", "7.12 %", "2.43 %"),
                new OptimizationReport.Row("Log loss, held out", "0.3950", "0.3602"),
                new OptimizationReport.Row("RMSE (bins), held out", "7.50 %", "3.10 %"));
        assertThat(report.summary()).startsWith("2,315 reviews of 150 cards gave 1,842 items to learn from.");
    }

    @Test
    void theFittedWeightsAreListedAllTwentyOneToFourDecimals() {
        String weights = new OptimizationReport(MemoryFixtures.better()).weights();

        assertThat(weights.split(", ")).hasSize(21);
        assertThat(weights).startsWith("0.1000, 0.4000, 0.9000, 3.0000, 7.0000,").endsWith(", 0.2500");
    }

    @Test
    void applyIsOffForWeightsThatDoNotPredictBetterAndTheNoteSaysWhy() {
        OptimizationReport report = new OptimizationReport(MemoryFixtures.notBetter());

        assertThat(report.canApply()).isFalse();
        assertThat(report.applyNote()).isEqualTo("Apply is off: the fitted weights do not lower the log loss on "
                + "your own reviews (0.3412 with the weights in use, 0.3436 fitted), so the weights in use stay, "
                + "as in Anki.");
    }

    @Test
    void tooFewReviewsFitNothingAndSaySo() {
        OptimizationReport report = new OptimizationReport(MemoryFixtures.tooFew());

        assertThat(report.enoughData()).isFalse();
        assertThat(report.canApply()).isFalse();
        assertThat(report.summary()).contains("That is too few to fit anything", "the default weights stay");
    }

    @Test
    void withoutAHeldOutSplitOnlyTheFiguresOnAllReviewsAreShown() {
        OptimizationResult r = MemoryFixtures.better();
        OptimizationReport report = new OptimizationReport(new OptimizationResult(r.fit(), r.current(), r.items(),
                r.reviews(), r.cards(), r.before(), r.after(), Optional.empty(), Optional.empty(), true));

        assertThat(report.heldOut()).isFalse();
        assertThat(report.rows()).extracting(OptimizationReport.Row::measure)
                .containsExactly("Log loss, all reviews", "RMSE (bins), all reviews");
    }

    @Test
    void theSuggestionComparesItsCostWithTheSetting() {
        RetentionSuggestion suggestion = new RetentionSuggestion(MemoryFixtures.curve(), 0.90);

        assertThat(suggestion.summary()).startsWith("A desired retention of 0.86 costs the least study: about 22 s "
                + "per card remembered. At your 0.90 it is about 24 s.");
        assertThat(suggestion.isCurrent()).isFalse();
    }

    @Test
    void aSuggestionThatIsTheSettingAlreadySaysSo() {
        RetentionSuggestion suggestion = new RetentionSuggestion(MemoryFixtures.curve(), 0.86);

        assertThat(suggestion.isCurrent()).isTrue();
        assertThat(suggestion.summary()).contains("That is your setting already.");
    }

    @Test
    void aSettingBeyondTheSimulatedRangeIsNamedAsSuch() {
        RetentionSuggestion suggestion = new RetentionSuggestion(MemoryFixtures.curve(), 0.97);

        assertThat(suggestion.summary()).contains("Your setting, 0.97, lies outside the range simulated (0.70–0.95).");
    }

    @ParameterizedTest(name = "{0} s per card remembered reads ''{1}''")
    @CsvSource({"22.4, 22 s", "99.4, 99 s", "100, 1.7 min", "312, 5.2 min"})
    void studyTimeReadsInSecondsThenMinutes(double seconds, String text) {
        assertThat(RetentionSuggestion.seconds(seconds)).isEqualTo(text);
    }

    @Test
    void theCurvePointsAreFoundByTheirHundredth() {
        RetentionSuggestion suggestion = new RetentionSuggestion(MemoryFixtures.curve(), 0.90);

        assertThat(suggestion.pointAt(0.8)).map(OptimalRetention.Point::retention).contains(0.80);
        assertThat(suggestion.pointAt(0.96)).isEmpty();
    }
}
