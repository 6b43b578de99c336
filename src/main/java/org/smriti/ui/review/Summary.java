package org.smriti.ui.review;

import java.time.Duration;

/**
 * What a finished session amounted to.
 *
 * @param dueAgain when learning cards of today come back, e.g. "1 card due again at 10:42"; empty if none
 */
public record Summary(String label, int cards, int objectiveAnswered, int objectiveCorrect, int again,
        Duration time, int dueTomorrow, String dueAgain) {

    public String accuracyText() {
        return objectiveAnswered == 0 ? "—"
                : Math.round(100.0 * objectiveCorrect / objectiveAnswered) + "% (" + objectiveCorrect + " of "
                + objectiveAnswered + " objective questions)";
    }
}
