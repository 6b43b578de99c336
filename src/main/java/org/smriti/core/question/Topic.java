package org.smriti.core.question;

import java.util.Locale;
import java.util.Optional;

/** The small fixed vocabulary of topics a question can belong to. */
public enum Topic {
    HISTORY("History & milestones"),
    DIPLOMACY("Diplomacy & dialogues"),
    DEFENCE("Defence & security"),
    ECONOMY("Trade & investment"),
    INFRASTRUCTURE("Infrastructure & connectivity"),
    ENERGY("Energy & climate"),
    TECHNOLOGY("Technology & space"),
    MULTILATERAL("Multilateral groupings"),
    PEOPLE("People, culture & skills"),
    CHALLENGES("Challenges & way forward"),
    /** For the aspirant's own cards on anything beyond the bank's subject; the bundled bank never uses it. */
    GENERAL("General");

    private final String label;
    /** Made once: pack files name a topic for every question read. */
    private final String id = name().toLowerCase(Locale.ROOT);

    Topic(String label) {
        this.label = label;
    }

    /** The human-readable name shown in the UI. */
    public String label() {
        return label;
    }

    /** The identifier used in pack files, e.g. {@code "defence"}. */
    public String id() {
        return id;
    }

    public static Optional<Topic> fromId(String id) {
        return FileIds.find(values(), Topic::id, id);
    }
}
