package org.smriti.data.interop.anki;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.smriti.core.question.Topic;

/**
 * What an Anki deck becomes: a tag, and a topic when it names one. Anki separates sub-decks with {@code ::}
 * ({@code UPSC::Polity}).
 */
final class AnkiDecks {

    static final String TAG_PREFIX = "anki::";
    private static final Pattern WHITESPACE = Pattern.compile("\\p{IsWhite_Space}+");
    private static final String SEPARATOR = "::";
    private static final Map<String, Topic> TOPICS = topicsByName();

    private AnkiDecks() {
    }

    /**
     * {@code anki::} and the deck's parts in lower case, white space as {@code -} (a tag is one word):
     * {@code UPSC::Polity Basics} → {@code anki::upsc::polity-basics}. None for the default (unnamed) deck.
     */
    static Optional<String> tag(String deck) {
        String parts = Arrays.stream(deck.split(SEPARATOR))
                .map(p -> WHITESPACE.matcher(p.strip().toLowerCase(Locale.ROOT)).replaceAll("-"))
                .filter(p -> !p.isEmpty())
                .collect(Collectors.joining(SEPARATOR));
        return parts.isEmpty() ? Optional.empty() : Optional.of(TAG_PREFIX + parts);
    }

    /**
     * The topic whose id or name is the deck's last part, ignoring case and spacing ({@code Notes::Defence},
     * {@code UPSC::Trade & investment}); otherwise {@link Topic#GENERAL}.
     */
    static Topic topic(String deck) {
        String[] parts = deck.split(SEPARATOR);
        return parts.length == 0 ? Topic.GENERAL : TOPICS.getOrDefault(normal(parts[parts.length - 1]), Topic.GENERAL);
    }

    private static Map<String, Topic> topicsByName() {
        Map<String, Topic> byName = new HashMap<>();
        for (Topic t : Topic.values()) {
            byName.put(normal(t.id()), t);
            byName.put(normal(t.label()), t);
        }
        return Map.copyOf(byName);
    }

    private static String normal(String s) {
        return WHITESPACE.matcher(s.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
    }
}
