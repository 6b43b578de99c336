package org.smriti.data.bank;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.smriti.core.source.SourceDocument;

/**
 * A small valid pack with one question of each type (the statements and the chronology with options the author
 * chose), and the one document it quotes.
 */
final class TestPacks {

    static final SourceDocument DOC = new SourceDocument("doc.txt", "Test document",
            "The **JIMEX** exercise is naval. Ties were elevated in 2000, 2006 and 2014.\n"
                    + "Japan\u2019s exports to India were three times India\u2019s exports to Japan.");

    static final String BASE = """
            {
              "format": 1,
              "pack": "base",
              "title": "Base pack",
              "questions": [
                {"id": "t-mcq", "type": "mcq", "prompt": "Which service runs JIMEX?",
                 "options": ["Army", "Navy", "Air Force", "Coast Guard"], "answer": 1,
                 "explanation": "Naval.", "topics": ["defence"], "difficulty": 1,
                 "source": {"doc": "doc.txt", "quote": "JIMEX exercise is naval"}},
                {"id": "t-statements", "difficulty": 2, "type": "statements",
                 "prompt": "Consider the following statements:",
                 "statements": [{"text": "S one", "correct": true}, {"text": "S two", "correct": false},
                                {"text": "S three", "correct": false}],
                 "style": "which", "options": [[1], [2], [1, 3], [2, 3]], "explanation": "Only the first holds.", "topics": ["history", "diplomacy"],
                 "source": {"doc": "doc.txt", "quote": "elevated in 2000"}},
                {"id": "t-pairs", "difficulty": 3, "type": "pairs", "prompt": "Consider the following pairs:",
                 "header": ["Exercise", "Service"],
                 "pairs": [{"left": "JIMEX", "right": "Navy", "correct": true},
                           {"left": "Dharma Guardian", "right": "Air Force", "correct": false, "actual": "Army"},
                           {"left": "Veer Guardian", "right": "Air Force", "correct": true}],
                 "explanation": "Dharma Guardian is the Army's.", "topics": ["defence"],
                 "source": {"doc": "doc.txt", "quote": "The JIMEX exercise"}},
                {"id": "t-assertion", "type": "assertion", "prompt": "Consider the following statements:",
                 "statement1": "India runs a trade deficit with Japan.", "statement2": "Japan exports three times more.",
                 "answer": "both-true-explains", "explanation": "II explains I.", "topics": ["economy"],
                 "difficulty": 2, "source": {"doc": "doc.txt", "quote": "Japan's exports to India"}},
                {"id": "t-chronology", "type": "chronology", "prompt": "Arrange chronologically:",
                 "events": [{"text": "Special", "year": 2014}, {"text": "Global", "year": 2000}, {"text": "Strategic", "year": 2006}],
                 "options": [[2, 3, 1], [2, 1, 3], [3, 2, 1], [1, 3, 2]],
                 "explanation": "2000, 2006, 2014.", "topics": ["history"], "difficulty": 1,
                 "source": {"doc": "doc.txt", "quote": "2000, 2006 and 2014"}},
                {"id": "t-card", "type": "flashcard", "prompt": "Who runs JIMEX?", "answer": "The navies.",
                 "explanation": "Maritime exercise.", "topics": ["defence"], "difficulty": 1,
                 "source": {"doc": "doc.txt", "quote": "naval"}},
                {"id": "t-descriptive", "type": "descriptive", "prompt": "Discuss the ties.",
                 "points": ["Point one", "Point two"], "explanation": "Model answer.", "topics": ["multilateral"],
                 "difficulty": 3, "source": {"doc": "doc.txt", "quote": "Ties were elevated"},
                 "pyq": {"exam": "UPSC CSE Mains", "paper": "GS Paper II", "year": 2020}},
                {"id": "t-cloze", "type": "cloze", "text": "The {{c1::JIMEX}} exercise is {{c1::naval::service}}.",
                 "explanation": "Japan-India Maritime Exercise.", "topics": ["defence"], "difficulty": 1,
                 "source": {"doc": "doc.txt", "quote": "The JIMEX exercise is naval."}}
              ]
            }
            """;

    private TestPacks() {
    }

    static PackFile pack(String name, String json) {
        return new PackFile(name, json.getBytes(StandardCharsets.UTF_8));
    }

    static LoadedBank load(PackFile... packs) {
        return BankLoader.load(List.of(packs), List.of(DOC));
    }

    /** A one-question pack (a flashcard) with the given id. */
    static String cardPack(String id) {
        return """
                {"format": 1, "pack": "p", "title": "P", "questions": [
                  {"id": "%s", "type": "flashcard", "prompt": "Q?", "answer": "A.", "explanation": "E.",
                   "topics": ["defence"], "difficulty": 1, "source": {"doc": "doc.txt", "quote": "naval"}}]}
                """.formatted(id);
    }
}
