/**
 * The Mock test screen (issue 7) on top of {@link org.smriti.core.mock}.
 *
 * <p>Wiring, in the composition root:
 * <pre>{@code
 * MockViewModel model = new MockViewModel(bank, ports, clock);   // the bank now, in bank order, any types
 * Page page = new MockPage(model);                                // root id "page-mock"
 * }</pre>
 * {@link org.smriti.ui.mock.MockPorts} is the only way out: {@code mockEvents()} gives the journal's mock
 * events oldest first (other events may be included, they are ignored); {@code append} must be durable
 * before it returns and throw {@link java.io.UncheckedIOException} with a readable message when it is not (the
 * screen shows it and writes the pending steps again at the next action); {@code feedReviews} is called once
 * per submitted test and decides itself, from the settings, whether answers become reviews.
 *
 * <p>One screen, one model: {@link org.smriti.ui.mock.MockViewModel} shows one of its three screens at a time
 * and moves between them; {@link org.smriti.ui.mock.SetupModel}, {@link org.smriti.ui.mock.TakingModel} and
 * {@link org.smriti.ui.mock.ResultsModel} hold the state of {@code SetupView}, {@code TakingView} and
 * {@code ResultsView}, and {@link org.smriti.ui.mock.HistoryModel} the past tests under the setup. The views
 * only bind to them and forward the aspirant's actions.
 *
 * <p>Saving: every action on a running test is appended at once; the countdown alone every
 * {@link org.smriti.ui.mock.TakingModel#CHECKPOINT}. Starting a new test journals a discard of an unfinished
 * one first, so at most one test is ever resumable.
 */
package org.smriti.ui.mock;
