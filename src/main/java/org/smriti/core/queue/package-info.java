/**
 * What to study next, in the order of Anki's {@code CardQueues::iter}: {@link org.smriti.core.queue.StudyQueue}
 * (learning due now, reviews with new cards mixed in, learn-ahead last), daily limits, and sibling burial.
 */
package org.smriti.core.queue;
