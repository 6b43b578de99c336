/**
 * FSRS-6 as ts-fsrs 5.4.2 computes it: cards, ratings, the scheduler and its preview, study days and fuzz.
 * Pure: every instant is passed in.
 */
package org.smriti.core.fsrs;
