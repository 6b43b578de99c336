/**
 * Timed mock tests in the UPSC Prelims format (GS Paper I: +2 / −2/3 / 0), as pure values.
 *
 * <p>Flow for the app:
 * <ol>
 *   <li>Set up: {@link org.smriti.core.mock.MockSpec#of} a {@link org.smriti.core.mock.MockPreset} or
 *       {@link org.smriti.core.mock.MockSpec#custom}, refined with {@code with…};
 *       {@link org.smriti.core.mock.MockSelector#select} gives the questions and the time; show
 *       {@link org.smriti.core.mock.MarkingScheme#describe()} before the start.</li>
 *   <li>Start: {@link org.smriti.core.mock.MockSession#start}; journal its {@code startedEvent()}.</li>
 *   <li>Take: on every timer tick and user action, {@code next = session.tick(now).action()}; journal
 *       {@code next.eventsSince(lastSaved, now)} (after every action at once; after plain ticks every few
 *       seconds is enough); show {@code next.warningsSince(session)}; when {@code next.submitted()} the
 *       test is over (the countdown submits it automatically at zero).</li>
 *   <li>Resume at start-up: {@link org.smriti.core.mock.ResumeOffer#find}; resuming continues with its
 *       session (the clock restarts at the first tick), discarding journals a
 *       {@link org.smriti.core.mock.MockDiscardedEvent}.</li>
 *   <li>Results: {@link org.smriti.core.mock.MockResult#of}; history:
 *       {@link org.smriti.core.mock.MockHistory#from}.</li>
 * </ol>
 */
package org.smriti.core.mock;
