package org.smriti.core.fsrs.optimizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Training items regrouped into {@link Track}s, one per card: a card's items are prefixes of its longest item,
 * so the model runs over the card once and scores each item at its target's position. Items of an unknown card,
 * or whose card's items are not prefixes of one another, get a track each. Remembers where every item went, so
 * predictions can be read back per item.
 */
final class Tracks {

    final List<Track> tracks;
    private final int[] trackOf;
    private final int[] positionOf;

    private Tracks(List<Track> tracks, int[] trackOf, int[] positionOf) {
        this.tracks = tracks;
        this.trackOf = trackOf;
        this.positionOf = positionOf;
    }

    /** @param weights the loss weight of each item */
    static Tracks of(List<TrainingItem> items, double[] weights) {
        Map<Integer, List<Integer>> byCard = new LinkedHashMap<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            int card = items.get(i).card();
            if (card == TrainingItem.UNKNOWN_CARD) {
                groups.add(List.of(i));
            } else {
                byCard.computeIfAbsent(card, k -> {
                    List<Integer> group = new ArrayList<>();
                    groups.add(group);
                    return group;
                }).add(i);
            }
        }
        List<Track> tracks = new ArrayList<>();
        int[] trackOf = new int[items.size()];
        int[] positionOf = new int[items.size()];
        for (List<Integer> group : groups) {
            List<List<Integer>> parts = sharesPrefixes(items, group) ? List.of(group) : singletons(group);
            for (List<Integer> part : parts) {
                tracks.add(track(items, weights, part, tracks.size(), trackOf, positionOf));
            }
        }
        return new Tracks(List.copyOf(tracks), trackOf, positionOf);
    }

    /** The track item {@code item} is scored in. */
    int trackOf(int item) {
        return trackOf[item];
    }

    /** The position of item {@code item}'s target in its track. */
    int positionOf(int item) {
        return positionOf[item];
    }

    /**
     * Whether a card's items can share one track: of different lengths, each target the longest item's review at
     * that position. (A cheap check of {@link TrainingItem#card()}'s contract that they are prefixes of one
     * another; comparing whole histories would cost as much as a pass of the model.)
     */
    private static boolean sharesPrefixes(List<TrainingItem> items, List<Integer> group) {
        TrainingItem longest = items.get(group.get(0));
        for (int i : group) {
            if (items.get(i).reviews().size() > longest.reviews().size()) {
                longest = items.get(i);
            }
        }
        boolean[] seen = new boolean[longest.reviews().size()];
        for (int i : group) {
            List<TrainingReview> reviews = items.get(i).reviews();
            int position = reviews.size() - 1;
            if (seen[position] || !reviews.get(position).equals(longest.reviews().get(position))
                    || !reviews.get(0).equals(longest.reviews().get(0))) {
                return false;
            }
            seen[position] = true;
        }
        return true;
    }

    private static List<List<Integer>> singletons(List<Integer> group) {
        List<List<Integer>> out = new ArrayList<>();
        group.forEach(i -> out.add(List.of(i)));
        return out;
    }

    private static Track track(List<TrainingItem> items, double[] weights, List<Integer> part, int index,
                               int[] trackOf, int[] positionOf) {
        List<TrainingReview> reviews = part.stream().map(items::get)
                .max(Comparator.comparingInt(item -> item.reviews().size())).orElseThrow().reviews();
        int n = reviews.size();
        int[] ratings = new int[n];
        double[] deltaT = new double[n];
        double[] labels = new double[n];
        double[] w = new double[n];
        for (int p = 0; p < n; p++) {
            ratings[p] = reviews.get(p).rating();
            deltaT[p] = reviews.get(p).deltaT();
            labels[p] = reviews.get(p).recalled() ? 1 : 0;
        }
        for (int i : part) {
            int position = items.get(i).reviews().size() - 1;
            w[position] = weights[i];
            trackOf[i] = index;
            positionOf[i] = position;
        }
        return new Track(ratings, deltaT, labels, w);
    }
}
