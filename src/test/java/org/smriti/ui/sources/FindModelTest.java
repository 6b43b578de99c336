package org.smriti.ui.sources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindModelTest {

    private final FindModel find = new FindModel();

    @Test
    void countsMatchesAndStepsThroughThemBothWays() {
        find.setText(ReaderText.of("Japan and India. JAPAN again.\n\n- japan thrice"));
        find.open();
        find.queryProperty().set("japan");
        assertThat(find.matchesProperty().get()).hasSize(3);
        assertThat(find.countProperty().get()).isEqualTo("1 of 3");
        find.next();
        find.next();
        assertThat(find.countProperty().get()).isEqualTo("3 of 3");
        find.next();
        assertThat(find.currentProperty().get()).isZero();
        find.previous();
        assertThat(find.countProperty().get()).isEqualTo("3 of 3");
    }

    @Test
    void saysWhenNothingMatches() {
        find.setText(ReaderText.of("Japan and India."));
        find.open();
        find.queryProperty().set("Korea");
        assertThat(find.countProperty().get()).isEqualTo("No matches");
        assertThat(find.currentProperty().get()).isEqualTo(-1);
    }

    @Test
    void closingClearsTheMatchesButKeepsTheQueryForNextTime() {
        find.setText(ReaderText.of("Japan and India."));
        find.open();
        find.queryProperty().set("India");
        find.close();
        assertThat(find.matchesProperty().get()).isEmpty();
        find.open();
        assertThat(find.queryProperty().get()).isEqualTo("India");
        assertThat(find.countProperty().get()).isEqualTo("1 of 1");
    }

    @Test
    void anotherNoteIsSearchedForTheSameQuery() {
        find.setText(ReaderText.of("Japan."));
        find.open();
        find.queryProperty().set("India");
        find.setText(ReaderText.of("India, India, India."));
        assertThat(find.countProperty().get()).isEqualTo("1 of 3");
    }
}
