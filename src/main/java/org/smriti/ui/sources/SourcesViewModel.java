package org.smriti.ui.sources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smriti.core.question.Question;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.core.source.Span;

/** State of the Sources screen: the notes, the passages questions quote from them, the one selected. */
public final class SourcesViewModel {

    /** A stretch of a note quoted by one or more questions (overlapping quotes are merged). */
    public record Passage(String doc, int start, int end, List<Question> questions) {
        public Passage {
            questions = List.copyOf(questions);
        }

        boolean contains(int rawOffset) {
            return rawOffset >= start && rawOffset < end;
        }
    }

    private final ObservableList<SourceDocument> documents;
    private final Map<String, List<Passage>> passages = new LinkedHashMap<>();
    private final ObjectProperty<SourceDocument> selectedDocument = new SimpleObjectProperty<>(this, "selectedDocument");
    private final ReadOnlyObjectWrapper<Passage> selectedPassage = new ReadOnlyObjectWrapper<>(this, "selectedPassage");

    public SourcesViewModel(List<SourceDocument> documents, List<Question> questions) {
        this.documents = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(documents));
        for (SourceDocument d : documents) {
            passages.put(d.file(), merge(d, questions));
        }
        if (!documents.isEmpty()) {
            selectedDocument.set(documents.get(0));
        }
        selectedDocument.addListener((obs, old, now) -> {
            Passage p = selectedPassage.get();
            if (p != null && (now == null || !p.doc().equals(now.file()))) {
                selectedPassage.set(null);
            }
        });
    }

    public ObservableList<SourceDocument> documents() {
        return documents;
    }

    public ObjectProperty<SourceDocument> selectedDocumentProperty() {
        return selectedDocument;
    }

    public ReadOnlyObjectProperty<Passage> selectedPassageProperty() {
        return selectedPassage.getReadOnlyProperty();
    }

    /** The quoted passages of a note, in reading order. */
    public List<Passage> passages(SourceDocument doc) {
        return passages.getOrDefault(doc.file(), List.of());
    }

    public void selectPassage(Passage passage) {
        if (passage != null) {
            documents.stream().filter(d -> d.file().equals(passage.doc())).findFirst().ifPresent(selectedDocument::set);
        }
        selectedPassage.set(passage);
    }

    /** Opens the note a question cites with its passage selected ("Open in source"). */
    public boolean reveal(SourceRef ref) {
        Optional<SourceDocument> doc = documents.stream().filter(d -> d.file().equals(ref.doc())).findFirst();
        if (doc.isEmpty()) {
            return false;
        }
        Optional<Span> span = doc.get().locate(ref.quote());
        if (span.isEmpty()) {
            return false;
        }
        selectedDocument.set(doc.get());
        Passage hit = passages(doc.get()).stream()
                .filter(p -> p.contains(span.get().start()))
                .findFirst()
                .orElse(new Passage(doc.get().file(), span.get().start(), span.get().end(), List.of()));
        selectedPassage.set(hit);
        return true;
    }

    private static List<Passage> merge(SourceDocument doc, List<Question> questions) {
        record Located(Span span, Question question) {
        }
        List<Located> located = new ArrayList<>();
        for (Question q : questions) {
            q.source().filter(ref -> ref.doc().equals(doc.file()))
                    .flatMap(ref -> doc.locate(ref.quote()))
                    .ifPresent(s -> located.add(new Located(s, q)));
        }
        located.sort(Comparator.comparingInt((Located l) -> l.span().start()).thenComparingInt(l -> l.span().end()));
        List<Passage> merged = new ArrayList<>();
        int start = -1;
        int end = -1;
        List<Question> group = new ArrayList<>();
        for (Located l : located) {
            if (l.span().start() < end) {
                end = Math.max(end, l.span().end());
            } else {
                if (!group.isEmpty()) {
                    merged.add(new Passage(doc.file(), start, end, group));
                }
                group = new ArrayList<>();
                start = l.span().start();
                end = l.span().end();
            }
            group.add(l.question());
        }
        if (!group.isEmpty()) {
            merged.add(new Passage(doc.file(), start, end, group));
        }
        return List.copyOf(merged);
    }
}
