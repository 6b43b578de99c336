package org.smriti.testsupport;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For a test class that only takes screenshots: its tests run under {@code -Pscreenshots} and are skipped in a
 * plain {@code mvn test}; the stages they showed are closed after each.
 */
public final class ScreenshotsOnly implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        assumeTrue(Screenshots.enabled(), "screenshots are taken with -Pscreenshots");
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        FxHarness.close();
    }
}
