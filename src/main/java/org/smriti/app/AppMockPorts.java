package org.smriti.app;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.smriti.core.fsrs.Card;
import org.smriti.core.fsrs.CardState;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.mock.MockResult;
import org.smriti.core.mock.SrsFeedback;
import org.smriti.core.mock.WeakSpots;
import org.smriti.core.progress.ProgressEvent;
import org.smriti.core.settings.Settings;
import org.smriti.data.journal.SaveFailedException;
import org.smriti.study.StudyService;
import org.smriti.ui.mock.MockPorts;

/** Connects the mock-test screen to the journal (through {@link MockLog}) and to spaced repetition. */
final class AppMockPorts implements MockPorts {

    private final MockLog log;
    private final StudyService study;
    private final Supplier<Settings> settings;

    AppMockPorts(MockLog log, StudyService study, Supplier<Settings> settings) {
        this.log = log;
        this.study = study;
        this.settings = settings;
    }

    @Override
    public List<ProgressEvent> mockEvents() {
        return log.events();
    }

    @Override
    public void append(List<? extends ProgressEvent> events) {
        log.append(events);
    }

    @Override
    public Set<String> weakSpotIds() {
        Instant now = study.now();
        return WeakSpots.ids(MockHistory.from(log.events(), study.bank().asMap()), study.state(),
                card -> study.scheduler().retrievability(card, now));
    }

    /** Wrong answers become Again reviews; right answers on cards already due become Good (setting permitting). */
    @Override
    public void feedReviews(MockResult result) {
        if (!settings.get().mockFeedsReviews()) {
            return;
        }
        Instant now = study.now();
        for (SrsFeedback f : result.srsFeedback(id -> isDue(id, now))) {
            try {
                study.answer(f.questionId(), f.rating(), 0);
            } catch (SaveFailedException e) {
                throw new UncheckedIOException("The mock answers could not be added to your reviews: "
                        + e.getMessage(), e);
            }
        }
    }

    private boolean isDue(String id, Instant now) {
        Card card = study.card(id);
        return card.state() != CardState.NEW && !card.due().isAfter(now);
    }
}
