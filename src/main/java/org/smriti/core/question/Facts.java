package org.smriti.core.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import org.smriti.core.source.Span;

/**
 * Groups questions into facts, so siblings (questions on the same fact) can be kept apart in a day's review and
 * the bank can be checked to ask every fact both as a flashcard and objectively. Two questions are on one fact
 * when their ids share a stem ({@code rel-nehru-elephant-card} / {@code rel-nehru-elephant-mcq}) or when their
 * source quotes overlap in the same document.
 */
public final class Facts {

    /** The last word of an id that names its form rather than its fact; {@code c1}, {@code c2}… name cloze cards. */
    static final Set<String> FORM_WORDS =
            Set.of("card", "mcq", "statements", "pairs", "assertion", "chronology", "desc", "reverse");

    /** Every question's id, in bank order. */
    private final List<String> ids;
    /** The fact of each question that shares one with another; a question alone on its fact is not in it. */
    private final Map<String, String> factOf;

    private Facts(List<String> ids, Map<String, String> factOf) {
        this.ids = ids;
        this.factOf = factOf;
    }

    /**
     * @param locate where a quote sits in a document (doc file, quote) → raw span, if found
     */
    public static Facts of(List<? extends Question> questions, BiFunction<String, String, Optional<Span>> locate) {
        // Only questions that meet another enter the union-find: most questions are alone on their fact, and a start
        // groups every question of the bank.
        Map<String, String> parent = new HashMap<>();
        Map<String, String> firstWithStem = new HashMap<>();
        Map<String, List<Located>> byDoc = new HashMap<>();
        for (Question q : questions) {
            String first = firstWithStem.putIfAbsent(stem(q.id()), q.id());
            if (first != null) {
                union(parent, first, q.id());
            }
            q.source().flatMap(s -> locate.apply(s.doc(), s.quote())).ifPresent(span ->
                    byDoc.computeIfAbsent(q.source().get().doc(), d -> new ArrayList<>()).add(new Located(q.id(), span)));
        }
        for (List<Located> located : byDoc.values()) {
            located.sort(Comparator.comparingInt((Located l) -> l.span().start()));
            String head = null;
            int end = -1;
            for (Located l : located) {
                if (head != null && l.span().start() < end) {
                    union(parent, head, l.id());
                    end = Math.max(end, l.span().end());
                } else {
                    head = l.id();
                    end = l.span().end();
                }
            }
        }
        // A fact is named by its least id, so the same questions in any order give the same facts.
        Map<String, String> least = new HashMap<>();
        for (String id : parent.keySet()) {
            least.merge(find(parent, id), id, (a, b) -> a.compareTo(b) <= 0 ? a : b);
        }
        Map<String, String> factOf = new HashMap<>();
        for (String id : parent.keySet()) {
            factOf.put(id, least.get(find(parent, id)));
        }
        return new Facts(idsOf(questions), factOf);
    }

    /**
     * The facts {@link #of} found earlier for these questions (in bank order), kept as {@link #shared} gave them:
     * question {@code sharing[i]} is on fact {@code facts[i]}.
     */
    public static Facts known(List<? extends Question> questions, List<String> sharing, List<String> facts) {
        if (sharing.size() != facts.size()) {
            throw new IllegalArgumentException(sharing.size() + " questions sharing facts but " + facts.size() + " facts");
        }
        Map<String, String> factOf = new HashMap<>();
        for (int i = 0; i < sharing.size(); i++) {
            factOf.put(sharing.get(i), facts.get(i));
        }
        return new Facts(idsOf(questions), factOf);
    }

    /** The same facts, of the same questions in another bank order. */
    public Facts inOrder(List<? extends Question> questions) {
        return new Facts(idsOf(questions), factOf);
    }

    private static List<String> idsOf(List<? extends Question> questions) {
        String[] ids = new String[questions.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = questions.get(i).id();
        }
        return List.of(ids);
    }

    /** The fact of each question that shares one with another, by question id (each fact named by its least id). */
    public Map<String, String> shared() {
        return Collections.unmodifiableMap(factOf);
    }

    /** The fact a question belongs to (an id of one of its questions); a question's own id if unknown. */
    public String factOf(String questionId) {
        return factOf.getOrDefault(questionId, questionId);
    }

    /** The questions of each fact, in bank order. */
    public Map<String, List<String>> groups() {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        ids.forEach(id -> groups.computeIfAbsent(factOf(id), f -> new ArrayList<>()).add(id));
        return groups;
    }

    /**
     * The part of an id that names its fact: the id without a last word naming its form ({@code -card},
     * {@code -reverse}, {@code -c1}, …). New ids are made so that this is the whole id, or the new question would
     * be taken for a sibling of another.
     */
    public static String stem(String id) {
        int dash = id.lastIndexOf('-');
        if (dash <= 0) {
            return id;
        }
        String last = id.substring(dash + 1);
        return FORM_WORDS.contains(last) || isClozeCard(last) ? id.substring(0, dash) : id;
    }

    /** {@code c} and digits, as in {@code c12}: checked by hand, as it is for every question at start-up. */
    private static boolean isClozeCard(String word) {
        if (word.length() < 2 || word.charAt(0) != 'c') {
            return false;
        }
        for (int i = 1; i < word.length(); i++) {
            if (word.charAt(i) < '0' || word.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private record Located(String id, Span span) {
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        for (String up = parent.getOrDefault(root, root); !up.equals(root); up = parent.getOrDefault(root, root)) {
            root = up;
        }
        String cursor = id;
        while (!cursor.equals(root)) {
            String next = parent.get(cursor);
            parent.put(cursor, root);
            cursor = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
            parent.putIfAbsent(ra, ra);
        }
    }
}
