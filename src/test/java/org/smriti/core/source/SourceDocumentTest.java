package org.smriti.core.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SourceDocumentTest {

    @Test
    void aDeferredTextIsMadeOnceWhenFirstReadAndTheDocumentIsLikeAnyOther() {
        AtomicInteger made = new AtomicInteger();
        SourceDocument deferred = SourceDocument.deferred("notes/a.md", "A", () -> {
            made.incrementAndGet();
            return "# A\n\nJIMEX is naval.";
        }, "My notes");

        assertThat(deferred.title()).isEqualTo("A");
        assertThat(made).hasValue(0);
        assertThat(deferred.locate("JIMEX is naval")).contains(new Span(5, 19));
        assertThat(deferred.text()).isEqualTo("# A\n\nJIMEX is naval.");
        assertThat(made).hasValue(1);
        SourceDocument plain = new SourceDocument("notes/a.md", "A", "# A\n\nJIMEX is naval.", "My notes");
        assertThat(deferred).isEqualTo(plain).hasSameHashCodeAs(plain);
        assertThat(deferred).isNotEqualTo(new SourceDocument("notes/a.md", "A", "# A\n\nOther.", "My notes"));
    }
}
