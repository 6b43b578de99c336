package org.smriti.core.mock;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smriti.core.progress.ProgressEvent;

/** "Resume mock test (N answered, mm:ss left)": the unfinished test found in the journal at start-up. */
public record ResumeOffer(MockSession session) {

    public ResumeOffer {
        Objects.requireNonNull(session, "session");
        if (session.submitted()) {
            throw new IllegalArgumentException("mock test " + session.testId() + " is submitted, not resumable");
        }
    }

    public static Optional<ResumeOffer> find(List<? extends ProgressEvent> journal) {
        return MockSession.unfinished(journal).map(ResumeOffer::new);
    }

    public int answered() {
        return session.answeredCount();
    }

    public int total() {
        return session.size();
    }

    /** The time left as at the last save, {@code "mm:ss"}. */
    public String remainingText() {
        return TimeText.minutesSeconds(session.remaining());
    }

    public String text() {
        return "Resume mock test (" + answered() + " answered, " + remainingText() + " left)";
    }
}
