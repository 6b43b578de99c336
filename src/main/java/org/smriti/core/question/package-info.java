/**
 * The question types (sealed {@link org.smriti.core.question.Question}: MCQ, statements, pairs,
 * Statement-I/II, chronology, flashcard, cloze, descriptive), their displayed text, derived options, facts
 * (siblings), and the draft an editor holds before the pack validator turns it into questions.
 */
package org.smriti.core.question;
