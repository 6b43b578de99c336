package org.smriti.core.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.QuestionType;
import org.smriti.core.question.SourceRef;

class CardSuggesterTest {

    private static List<String> clozes(String note) {
        return CardSuggester.suggest(note).stream().map(Suggestion::text).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a year, hinted | In 2014, India and Japan upgraded their relationship. "
                + "| In {{c1::2014::year}}, India and Japan upgraded their relationship.",
        "a date with its day | The treaty was signed with Japan on April 28, 1952, in San Francisco. "
                + "| The treaty was signed with Japan on {{c1::April 28, 1952::date}}, in San Francisco.",
        "a month and year | The Energy Dialogue was set up in December 2006 to promote cooperation. "
                + "| The Energy Dialogue was set up in {{c1::December 2006::month and year}} to promote cooperation.",
        "a financial year | Japan ranked as the largest investor in India in FY2020 by far. "
                + "| Japan ranked as the largest investor in India in {{c1::FY2020::financial year}} by far.",
        "a range of years | The 2023–24 Year of Tourism Exchange promoted travel between them. "
                + "| The {{c1::2023–24::years}} Year of Tourism Exchange promoted travel between them.",
        "currency and scale inside the blank | Bilateral trade between them totalled USD 21.96 billion last year. "
                + "| Bilateral trade between them totalled {{c1::USD 21.96 billion::amount}} last year.",
        "a currency sign inside the blank | Bilateral trade between them totalled $21.96 billion last year. "
                + "| Bilateral trade between them totalled {{c1::$21.96 billion::amount}} last year.",
        "a currency after the number | They decided to have 5 trillion yen in public and private investment. "
                + "| They decided to have {{c1::5 trillion yen::amount}} in public and private investment.",
        "rupees in crore | The scheme has an outlay of ₹1,000 crore for the hill states. "
                + "| The scheme has an outlay of {{c1::₹1,000 crore::amount}} for the hill states.",
        "a conversion is the same fact | Japan pledged 10 trillion yen (USD 68 billion) of investment to India. "
                + "| Japan pledged {{c1::10 trillion yen (USD 68 billion)::amount}} of investment to India.",
        "a percentage | Exports to Japan grew by 7.5% over the previous year. "
                + "| Exports to Japan grew by {{c1::7.5%::per cent}} over the previous year.",
        "a speed | The next-gen Shinkansen runs at 360 kmph on the new line. "
                + "| The next-gen Shinkansen runs at {{c1::360 kmph::speed}} on the new line.",
        "approximation stays outside | Japan holds cumulative FDI of ~$43 billion in Indian manufacturing. "
                + "| Japan holds cumulative FDI of ~{{c1::$43 billion::amount}} in Indian manufacturing.",
        "a count keeps its noun outside | The visit resulted in 13 key agreements between the two. "
                + "| The visit resulted in {{c1::13::number}} key agreements between the two.",
        "an ordinal | Japan is India's 12th largest trading partner by value. "
                + "| Japan is India's {{c1::12th}} largest trading partner by value.",
        "an ordinal in words before a superlative | Japan ranks as the fifth-largest investor in India. "
                + "| Japan ranks as the {{c1::fifth}}-largest investor in India.",
        "an ordinal over sup markup | They met at the 14<sup>th</sup> India-Japan Annual Summit in Delhi. "
                + "| They met at the {{c1::14th}} India-Japan Annual Summit in Delhi.",
        "a dialogue format | Japan is among the nations with which India conducts a 2+2 ministerial dialogue. "
                + "| Japan is among the nations with which India conducts a {{c1::2+2::format}} ministerial dialogue.",
        "a scheme named before its word | India improved logistics through the 'Gati Shakti' initiative last year. "
                + "| India improved logistics through the '{{c1::Gati Shakti}}' initiative last year.",
        "a scheme ending in its word | India's Act East Policy aligns with the vision of Japan. "
                + "| India's {{c1::Act East Policy}} aligns with the vision of Japan.",
        "an acronym's words, the acronym left as the clue | They also launched the Supply Chain Resilience Initiative "
                + "(SCRI) in a move to counter China. | They also launched the {{c1::Supply Chain Resilience Initiative}} "
                + "(SCRI) in a move to counter China.",
        "only the words the acronym spells | The India-Japan Comprehensive Economic Partnership Agreement (CEPA) "
                + "covers trade in goods. | The India-Japan {{c1::Comprehensive Economic Partnership Agreement}} (CEPA) "
                + "covers trade in goods.",
        "an acronym alone | ISRO-JAXA’s LUPEX mission showcases cooperation in space exploration. "
                + "| ISRO-JAXA’s {{c1::LUPEX}} mission showcases cooperation in space exploration.",
        "a bold phrase | India and Japan agreed to deepen cooperation in **green hydrogen** this year. "
                + "| India and Japan agreed to deepen cooperation in {{c1::green hydrogen}} this year.",
    })
    void blanksTheFactOfASentence(String rule, String note, String cloze) {
        assertThat(clozes(note)).as(rule).containsExactly(cloze);
    }

    @Test
    void everyExerciseOfAListIsItsOwnCard() {
        assertThat(CardSuggester.suggest("Both forces organise bilateral exercises namely, JIMEX (naval), SHINYUU Maitri "
                + "(Air Force), and Dharma Guardian (Army).")).extracting(Suggestion::answer, Suggestion::kind)
                .containsExactly(tuple("JIMEX", SuggestionKind.EXERCISE),
                        tuple("SHINYUU Maitri", SuggestionKind.EXERCISE),
                        tuple("Dharma Guardian", SuggestionKind.EXERCISE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "name before exercise | Both countries also participate in Malabar exercise with the USA. | Malabar",
        "name before naval exercise | Japan first took part in the MILAN naval exercise that year. | MILAN",
        "quoted name before exercise | The ‘Dharma Guardian’ exercise is a training operation of armies. | Dharma Guardian",
        "quoted name after exercise | They held the inaugural fighter exercise ‘Veer Guardian’ in Japan. | Veer Guardian",
        "a definition | MILAN is a multilateral naval exercise hosted by India. | MILAN",
        "a list in brackets | They expanded tri-service exercises (Dharma Guardian, Milan). | Dharma Guardian",
        "the last name of a list | Exercises such as Malabar and JIMEX improve interoperability. | JIMEX",
    })
    void recognisesExerciseNames(String rule, String sentence, String name) {
        assertThat(CardSuggester.suggest(sentence)).as(rule)
                .anyMatch(s -> s.kind() == SuggestionKind.EXERCISE && s.answer().equals(name));
    }

    @Test
    void aNameCalledAnExerciseOnceIsAnExerciseThroughoutTheNote() {
        List<Suggestion> suggestions = CardSuggester.suggest("Japan joined the Malabar exercise as a member.\n\n"
                + "Later Malabar grew to include the navies of four nations.");

        assertThat(suggestions).filteredOn(s -> s.kind() == SuggestionKind.EXERCISE).extracting(Suggestion::sentence)
                .containsExactly(0);
    }

    @Test
    void genericWordsAndAListsTrailingPhraseAreNoExercises() {
        assertThat(CardSuggester.suggest("Exercises include Malabar, Milan, and Coast Guard cooperation on the seas."))
                .extracting(Suggestion::answer).containsExactly("Malabar", "Milan");
        assertThat(CardSuggester.suggest("- Defence Exercises: India and Japan defence forces train together often."))
                .noneMatch(s -> s.kind() == SuggestionKind.EXERCISE);
    }

    @Test
    void anExerciseIsAskedWhereItStandsAloneRatherThanInAList() {
        List<Suggestion> suggestions = CardSuggester.suggest("Bilateral exercises include JIMEX, Malabar and "
                + "Veer Guardian.\n\nThe fighter exercise ‘Veer Guardian’ was first held by the two air forces.");

        assertThat(suggestions).filteredOn(s -> s.answer().equals("Veer Guardian"))
                .singleElement().extracting(Suggestion::sentence).isEqualTo(1);
    }

    @Test
    void eachYearOfASentenceIsAFactOfItsOwn() {
        assertThat(CardSuggester.suggest("Relations were elevated to ‘Global Partnership’ in 2000, ‘Strategic and "
                + "Global Partnership’ in 2006, and ‘Special Strategic and Global Partnership’ in 2014."))
                .extracting(Suggestion::answer).containsExactly("2000", "2006", "2014");
    }

    @Test
    void theSameBlankIsNotProposedTwiceForASentence() {
        assertThat(CardSuggester.suggest("Amendments to the Principles (2023) and the first Staff Talks (2023) "
                + "have enhanced interoperability.")).extracting(Suggestion::answer).containsExactly("2023");
    }

    @Test
    void aSentenceWithAFactGivesNoNameToo() {
        assertThat(CardSuggester.suggest("In 2014, India and Japan upgraded their relationship to ‘Special Strategic "
                + "and Global Partnership’.")).extracting(Suggestion::kind).containsExactly(SuggestionKind.YEAR);
    }

    @Test
    void aSentenceWithoutFactsGivesTheFirstNameOfTheBestKind() {
        assertThat(CardSuggester.suggest("India welcomed the **bullet train** under the Act East Policy of its "
                + "government.")).extracting(Suggestion::answer).containsExactly("Act East Policy");
    }

    @Test
    void aNameIsSuggestedOnceInANote() {
        assertThat(CardSuggester.suggest("India's Act East Policy aligns with the vision of Japan.\n\n"
                + "The Act East Policy also reaches the Pacific islands.")).hasSize(1);
    }

    @Test
    void aFigureRestatedLaterIsAskedOnceButAYearAgainIsAnotherFact() {
        List<Suggestion> suggestions = CardSuggester.suggest("Japan pledged USD 68 billion of investment in 2022.\n\n"
                + "The USD 68 billion pledge was repeated by the leaders in 2022 again.");

        assertThat(suggestions).extracting(Suggestion::answer).containsExactly("USD 68 billion", "2022", "2022");
    }

    @Test
    void anAmountAskedWithItsConversionIsNotAskedAgainAlone() {
        assertThat(CardSuggester.suggest("Japan pledged 10 trillion yen (USD 68 billion) of investment to India.\n\n"
                + "The USD 68 billion pledge reflects strong confidence in India."))
                .extracting(Suggestion::answer).containsExactly("10 trillion yen (USD 68 billion)");
    }

    @Test
    void aLabelIsNotBlankedButAYearInItIs() {
        assertThat(clozes("- India Japan Nuclear Deal 2016: This agreement lets India construct reactors."))
                .containsExactly("India Japan Nuclear Deal {{c1::2016::year}}: This agreement lets India construct "
                        + "reactors.");
        assertThat(clozes("- **Act East Forum:** India and Japan cooperate in the North East region.")).isEmpty();
    }

    @Test
    void aLabelTheSentenceDefinesIsBlanked() {
        assertThat(clozes("- Osaka Track: A plurilateral framework proposed by Japan for digital trade."))
                .containsExactly("{{c1::Osaka Track}}: A plurilateral framework proposed by Japan for digital trade.");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Both India and Japan are members of **the**, and they meet often.",
        "It was **major contributing factors** that mattered to them.",
        "Cooperation in **robotics, semiconductors, shipbuilding**, and nuclear energy grew.",
        "This sentence has **a whole sentence in bold**.",
    })
    void stopWordsListsVaguePhrasesAndWholeSentencesAreNoBlanks(String sentence) {
        assertThat(CardSuggester.suggest(sentence)).isEmpty();
    }

    @Test
    void aSentenceWithBracesOfItsOwnIsNotAsked() {
        assertThat(CardSuggester.suggest("The template {{name}} was adopted in 2014 by the team.")).isEmpty();
    }

    @Test
    void aTableRowAsksEachCellFromTheFirst() {
        List<Suggestion> suggestions = CardSuggester.suggest(
                "| Exercise | Service | Since |\n|---|---|---|\n| JIMEX | Navy | 2012 |\n");

        assertThat(suggestions).extracting(Suggestion::text, Suggestion::kind).containsExactly(
                tuple("Exercise: JIMEX; Service: {{c1::Navy::service}}; Since: 2012",
                        SuggestionKind.TABLE),
                tuple("Exercise: JIMEX; Service: Navy; Since: {{c1::2012::year}}",
                        SuggestionKind.YEAR));
        assertThat(suggestions.get(0).quote()).isEqualTo("| JIMEX | Navy | 2012 |");
    }

    @Test
    void aSentenceACardAlreadyQuotesIsMarked() {
        String note = "In 2014, India and Japan upgraded their ties. Japan is India's 12th largest partner.";

        List<Suggestion> suggestions = CardSuggester.suggest(note, List.of("India and Japan upgraded"));

        assertThat(suggestions).extracting(Suggestion::answer, Suggestion::alreadyCarded).containsExactly(
                tuple("2014", true),
                tuple("12th", false));
    }

    @Test
    void aQuoteNotInTheNoteMarksNothing() {
        assertThat(CardSuggester.suggest("In 2014, India and Japan upgraded their ties.", List.of("not here")))
                .noneMatch(Suggestion::alreadyCarded);
    }

    @Test
    void aSuggestionKnowsItsSentence() {
        String note = "# Ties\n\nJapan joined in 2015. India hosted it in 2016.";

        Suggestion second = CardSuggester.suggest(note).get(1);

        assertThat(second.sentence()).isEqualTo(1);
        assertThat(note.substring(second.span().start(), second.span().end())).isEqualTo("India hosted it in 2016.");
        assertThat(second.quote()).isEqualTo("India hosted it in 2016.");
    }

    @Test
    void anAcceptedSuggestionIsAClozeDraftCitingItsSentence() {
        Suggestion s = CardSuggester.suggest("In 2014, India and Japan upgraded their ties.").get(0);

        CardDraft draft = s.draft("notes/japan.md");

        assertThat(draft.type()).isEqualTo(QuestionType.CLOZE);
        assertThat(draft.text()).isEqualTo("In {{c1::2014::year}}, India and Japan upgraded their ties.");
        assertThat(draft.source()).isEqualTo(new SourceRef("notes/japan.md",
                "In 2014, India and Japan upgraded their ties."));
    }

    @Test
    void anEmptyNoteHasNoSuggestion() {
        assertThat(CardSuggester.suggest("")).isEmpty();
    }
}
