/**
 * Suggested cards: cloze cards (Anki syntax, one blank {@code {{c1::answer}}} or {@code {{c1::answer::hint}}})
 * proposed from a note's sentences, as pure values. Deterministic and offline; the rules are described for users
 * in {@code docs/suggest.md}.
 *
 * <p>For the app: {@link org.smriti.core.suggest.CardSuggester#suggest(String, java.util.Collection)} with the
 * note's raw text and the quotes of the cards already made from it gives the
 * {@link org.smriti.core.suggest.Suggestion}s in the note's order; show them one at a time. Accepting one is
 * {@link org.smriti.core.suggest.Suggestion#draft(String)}: a cloze card draft of its {@code text()} citing its
 * {@code quote()} (found in the note by {@link org.smriti.core.source.SourceDocument#locate}; {@code span()} is
 * where to highlight it), to complete (topics) and save as any own card. Run it off the FX thread: the first
 * call in a session also pays the JIT warm-up.
 *
 * <p>How blanks are chosen, per sentence:
 * <ol>
 *   <li>Candidates are found: dates and years, figures with their units, ordinals ({@code NumberFinder}); names of
 *       military exercises ({@code ExerciseFinder}); schemes, acronyms and bold or quoted phrases
 *       ({@code NameFinder}). Invalid ones are dropped: stop words only, most of the sentence, Anki's markers, a
 *       name inside a lead-in label ("Economic Ties:") unless the sentence defines it.</li>
 *   <li>Overlaps go to the kind declared first in {@link org.smriti.core.suggest.SuggestionKind} (date, year,
 *       figure, ordinal, exercise, table cell, scheme, acronym, emphasis), then to the longer blank.</li>
 *   <li>Every <em>fact</em> (date, year, figure, ordinal, exercise, table cell) is a suggestion: a sentence of
 *       parallel facts ("elevated to Global Partnership in 2000, Strategic … in 2006, and Special … in 2014";
 *       "exercises namely, JIMEX (naval), SHINYUU Maitri (Air Force), and Dharma Guardian (Army)") asks each,
 *       since each is learned on its own. A year and the name it dates are different questions (when / what):
 *       both are asked only if both are facts ("Malabar … in 2015").</li>
 *   <li>A sentence without facts gives one <em>name</em>, the first of the best weak kind (scheme, then acronym,
 *       then emphasis): names in an ordinary sentence are what it is about, and several would make cards that
 *       give each other away.</li>
 *   <li>Across the note, one card per fact: a sentence repeated is read once; the same blank twice in one
 *       sentence is asked once (the other would show the answer); an exercise is asked from the sentence naming
 *       the fewest exercises; a figure, rank or name already asked is not asked again. A year is asked again,
 *       because in another sentence it dates another event.</li>
 * </ol>
 */
package org.smriti.core.suggest;
