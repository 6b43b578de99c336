package org.smriti.data.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smriti.data.bank.TestPacks.load;
import static org.smriti.data.bank.TestPacks.pack;

import org.junit.jupiter.api.Test;
import org.smriti.core.question.Cloze;
import org.smriti.core.question.Question;

/**
 * The aspirant's own cards are checked like any pack, but a note that changed is no reason to refuse them (the
 * card is flagged when shown: see {@code LibraryTest}).
 */
class OwnCardsPackTest {

    private static final String OWN = "packs/my-cards.json";

    private static String ownPack(String entries) {
        return "{\"format\": 1, \"pack\": \"my-cards\", \"title\": \"My cards\", \"questions\": [" + entries + "]}";
    }

    private static String card(String id, String source) {
        return "{\"id\": \"" + id + "\", \"type\": \"flashcard\", \"prompt\": \"Q?\", \"answer\": \"A.\","
                + " \"topics\": [\"general\"], \"difficulty\": 2" + (source == null ? "" : ", \"source\": " + source) + "}";
    }

    @Test
    void aClozeNoteGivesOneCardPerNumber() {
        LoadedBank loaded = load(pack(OWN, ownPack("""
                {"id": "my-jimex", "type": "cloze", "text": "The {{c1::JIMEX}} exercise is {{c2::naval}}.",
                 "topics": ["defence"], "difficulty": 1,
                 "source": {"doc": "doc.txt", "quote": "The JIMEX exercise is naval."}}""")));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.bank().questions()).extracting(Question::id).containsExactly("my-jimex-c1", "my-jimex-c2");
        Cloze second = (Cloze) loaded.bank().byId("my-jimex-c2").orElseThrow();
        assertThat(second.prompt()).isEqualTo("The JIMEX exercise is […].");
        assertThat(second.answer()).isEqualTo("naval");
    }

    @Test
    void aClozeCardIdTakenByAnotherEntryIsADuplicate() {
        LoadedBank loaded = load(pack(OWN, ownPack(card("my-x-c1", null) + ","
                + "{\"id\": \"my-x\", \"type\": \"cloze\", \"text\": \"{{c1::a}} b\", \"topics\": [\"general\"], \"difficulty\": 2}")));

        assertThat(loaded.problems()).extracting(PackProblem::toString)
                .containsExactly("packs/my-cards.json: my-x: text: duplicate id my-x-c1 (also questions[0] of this pack)");
    }

    @Test
    void aMalformedClozeNamesTheTextField() {
        LoadedBank loaded = load(pack(OWN, ownPack(
                "{\"id\": \"my-x\", \"type\": \"cloze\", \"text\": \"no blank\", \"topics\": [\"general\"], \"difficulty\": 2}")));

        assertThat(loaded.problems()).extracting(PackProblem::toString).containsExactly(
                "packs/my-cards.json: my-x: text: has no cloze deletion: mark the answer as {{c1::answer}}");
    }

    @Test
    void anOwnCardMayHaveNoSourceAndNoExplanation() {
        LoadedBank loaded = load(pack(OWN, ownPack(card("my-a", null))));

        assertThat(loaded.problems()).isEmpty();
        Question q = loaded.bank().byId("my-a").orElseThrow();
        assertThat(q.source()).isEmpty();
        assertThat(q.explanation()).isEmpty();
    }

    @Test
    void aQuoteNoLongerInItsNoteDoesNotRefuseThePack() {
        LoadedBank loaded = load(pack(OWN, ownPack(card("my-a", "{\"doc\": \"doc.txt\", \"quote\": \"was edited away\"}"))));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.bank().byId("my-a")).isPresent();
    }

    @Test
    void aDeletedNoteDoesNotRefuseThePack() {
        LoadedBank loaded = load(pack(OWN, ownPack(card("my-a", "{\"doc\": \"notes/gone.md\", \"quote\": \"naval\"}"))));

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.bank().byId("my-a")).isPresent();
    }

    @Test
    void anyOtherPackStillRefusesAMissingSource() {
        LoadedBank loaded = load(pack("packs/mine.json", ownPack(card("my-a", null))));

        assertThat(loaded.problems()).extracting(PackProblem::toString).contains(
                "packs/mine.json: my-a: explanation: missing", "packs/mine.json: my-a: source: missing");
    }

    @Test
    void tagsAreKeptAndMustBeSingleWords() {
        String tagged = card("my-a", null).replace("\"difficulty\": 2", "\"difficulty\": 2, \"tags\": [\"polity\", \"anki::deck\"]");
        String spaced = card("my-b", null).replace("\"difficulty\": 2", "\"difficulty\": 2, \"tags\": [\"two words\"]");

        assertThat(load(pack(OWN, ownPack(tagged))).bank().byId("my-a").orElseThrow().tags())
                .containsExactly("polity", "anki::deck");
        assertThat(load(pack(OWN, ownPack(spaced))).problems()).extracting(PackProblem::toString).containsExactly(
                "packs/my-cards.json: my-b: tags[0]: a tag is one word without spaces, found \"two words\"");
    }
}
