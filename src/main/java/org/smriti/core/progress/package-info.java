/**
 * What the journal replays into: each card's state, history, bookmark and suspension, as immutable values
 * ({@link org.smriti.core.progress.ProgressState}) built by applying events.
 */
package org.smriti.core.progress;
