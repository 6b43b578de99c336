package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smriti.core.question.Question;
import org.smriti.core.source.SourceDocument;

/**
 * The notes as last read from the port, bundled and own apart, with what is worked out per note only when it is
 * opened: its text as the reader lays it out and the passages cards quote (200 notes cost nothing until read).
 */
final class NoteLibrary {

    private final NotesPorts ports;
    private final ObservableList<SourceDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<SourceDocument> bundled = FXCollections.observableArrayList();
    private final ObservableList<SourceDocument> own = FXCollections.observableArrayList();
    // Read-only views made once: a view made per call, listened to and then dropped, stops reporting changes.
    private final ObservableList<SourceDocument> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<SourceDocument> bundledView = FXCollections.unmodifiableObservableList(bundled);
    private final ObservableList<SourceDocument> ownView = FXCollections.unmodifiableObservableList(own);
    private final Set<String> ownIds = new HashSet<>();
    private Map<String, List<Question>> questionsByDoc = Map.of();
    private final Map<String, List<Passage>> passages = new HashMap<>();
    private final Map<String, ReaderText> texts = new HashMap<>();

    NoteLibrary(NotesPorts ports) {
        this.ports = ports;
        load();
    }

    /** Reads the notes and the cards again; a note's laid-out text is kept while its text is unchanged. */
    void load() {
        List<SourceDocument> all = ports.documents();
        ownIds.clear();
        List<SourceDocument> mine = new ArrayList<>();
        List<SourceDocument> theirs = new ArrayList<>();
        for (SourceDocument d : all) {
            if (ports.isOwn(d.file())) {
                ownIds.add(d.file());
                mine.add(d);
            } else {
                theirs.add(d);
            }
        }
        List<SourceDocument> ordered = new ArrayList<>(theirs);
        ordered.addAll(mine);
        documents.setAll(ordered);
        bundled.setAll(theirs);
        own.setAll(mine);
        questionsByDoc = ports.questions().stream().filter(q -> q.source().isPresent())
                .collect(Collectors.groupingBy(q -> q.source().get().doc()));
        passages.clear();
        Set<String> files = all.stream().map(SourceDocument::file).collect(Collectors.toSet());
        texts.keySet().retainAll(files);
    }

    /** Every note, bundled first. */
    ObservableList<SourceDocument> documents() {
        return documentsView;
    }

    ObservableList<SourceDocument> bundled() {
        return bundledView;
    }

    ObservableList<SourceDocument> own() {
        return ownView;
    }

    boolean isOwn(SourceDocument doc) {
        return doc != null && ownIds.contains(doc.file());
    }

    Optional<SourceDocument> byFile(String file) {
        return documents.stream().filter(d -> d.file().equals(file)).findFirst();
    }

    /** The quoted passages of a note, in reading order. */
    List<Passage> passages(SourceDocument doc) {
        return passages.computeIfAbsent(doc.file(),
                file -> Passage.of(doc, questionsByDoc.getOrDefault(file, List.of())));
    }

    /** How many cards quote the note. */
    int cardCount(SourceDocument doc) {
        return questionsByDoc.getOrDefault(doc.file(), List.of()).size();
    }

    /** The note's text as the reader lays it out, made once per text. */
    ReaderText text(SourceDocument doc) {
        ReaderText cached = texts.get(doc.file());
        if (cached == null || !cached.raw().equals(doc.text())) {
            cached = ReaderText.of(doc.text());
            texts.put(doc.file(), cached);
        }
        return cached;
    }
}
