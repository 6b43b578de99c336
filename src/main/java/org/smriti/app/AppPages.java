package org.smriti.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.smriti.core.fsrs.optimizer.OptimalRetention;
import org.smriti.core.fsrs.optimizer.OptimizationResult;
import org.smriti.core.fsrs.optimizer.Progress;
import org.smriti.core.mock.MockHistory;
import org.smriti.core.mock.MockResult;
import org.smriti.core.question.CardDraft;
import org.smriti.core.question.SourceRef;
import org.smriti.core.source.SourceDocument;
import org.smriti.ui.browse.BrowseDetailModel;
import org.smriti.ui.browse.BrowsePage;
import org.smriti.ui.browse.BrowseViewModel;
import org.smriti.ui.common.CardActions;
import org.smriti.ui.editor.CardEditor;
import org.smriti.ui.editor.EditorMode;
import org.smriti.ui.home.HomePage;
import org.smriti.ui.home.HomeViewModel;
import org.smriti.ui.mock.MockPage;
import org.smriti.ui.mock.MockViewModel;
import org.smriti.ui.review.ReviewPage;
import org.smriti.ui.review.ReviewViewModel;
import org.smriti.ui.settings.MemoryPorts;
import org.smriti.ui.settings.MemoryViewModel;
import org.smriti.ui.settings.SettingsPage;
import org.smriti.ui.settings.SettingsViewModel;
import org.smriti.ui.settings.Workers;
import org.smriti.ui.shell.Area;
import org.smriti.ui.shell.Navigator;
import org.smriti.ui.shell.Page;
import org.smriti.ui.sources.SourcesPage;
import org.smriti.ui.sources.SourcesViewModel;
import org.smriti.ui.stats.StatsPage;
import org.smriti.ui.stats.StatsViewModel;

/**
 * The window's pages, each made on its first visit, and what connects them to the study services and to each
 * other (Home starts Review; Review opens a passage in Sources; Browse, Review and Sources open the card editor).
 */
final class AppPages {

    private final AppContext context;
    private final Navigator navigator;
    private final Supplier<Window> owner;
    private final Function<Window, List<Path>> chooseNoteFiles;
    private final Workers workers = Workers.javafx();
    private SourcesViewModel sourcesModel;
    private ReviewPage reviewPage;

    /**
     * @param owner           the main window, over which the card editor opens
     * @param chooseNoteFiles asks for note files to import (Sources' Import), over the window it is given
     */
    AppPages(AppContext context, Navigator navigator, Supplier<Window> owner,
            Function<Window, List<Path>> chooseNoteFiles) {
        this.context = context;
        this.navigator = navigator;
        this.owner = owner;
        this.chooseNoteFiles = chooseNoteFiles;
    }

    Map<Area, Supplier<? extends Page>> factories() {
        Map<Area, Supplier<? extends Page>> pages = new EnumMap<>(Area.class);
        pages.put(Area.HOME, () -> new HomePage(
                new HomeViewModel(context.study(), context.settingsProperty(), this::lastMockResult),
                this::startReview));
        pages.put(Area.REVIEW, this::reviewPage);
        pages.put(Area.MOCK, () -> new MockPage(new MockViewModel(context::questions,
                new AppMockPorts(context.mockLog(), context.study(), context.settingsProperty()::get),
                context.clock())));
        pages.put(Area.BROWSE, this::browsePage);
        pages.put(Area.SOURCES, () -> new SourcesPage(sourcesModel(), draft -> openEditor(draft, EditorMode.NEW),
                chooseNoteFiles));
        pages.put(Area.STATS, this::statsPage);
        pages.put(Area.SETTINGS, () -> new SettingsPage(
                new SettingsViewModel(context.settingsProperty(), context.dataDir(), context.dataActions()),
                new MemoryViewModel(context.settingsProperty(), memoryPorts(), workers)));
        return pages;
    }

    private CardActions cardActions() {
        return new AppCardActions(context.library(), q -> openEditor(CardDraft.of(q), EditorMode.EDIT),
                q -> openEditor(CardDraft.of(q), EditorMode.COPY));
    }

    /** The card editor over the main window; a saved card reaches every screen through the library's listeners. */
    private void openEditor(CardDraft draft, EditorMode mode) {
        CardEditor.open(owner.get(), new AppEditorPorts(context.library()), draft, mode, saved -> { });
    }

    /** The memory model behind Settings' optimiser and suggested retention. */
    private MemoryPorts memoryPorts() {
        return new MemoryPorts() {
            @Override
            public OptimizationResult optimize(Progress progress) throws IOException {
                return context.memoryModel().optimize(progress);
            }

            @Override
            public OptimalRetention.Result suggestRetention(Progress progress) {
                return context.memoryModel().suggestRetention(progress);
            }
        };
    }

    private BrowsePage browsePage() {
        CardActions cards = cardActions();
        BrowseViewModel table = new BrowseViewModel(context.study(), cards);
        return new BrowsePage(table, new BrowseDetailModel(context.study(), cards, table,
                file -> context.loadedBank().document(file).map(SourceDocument::title)));
    }

    private StatsPage statsPage() {
        StatsViewModel model = new StatsViewModel(context.study(), () -> context.mockLog().events(),
                context.settingsProperty()::get, context.memoryModel()::calibration, workers.background(),
                workers.ui());
        // Exam mode is a setting: the Stats toggle reads and writes it like the Settings screen does.
        model.examModeProperty().set(context.settingsProperty().get().examMode());
        model.examModeProperty().addListener((obs, old, now) -> context.settingsProperty().set(
                context.settingsProperty().get().toBuilder().examMode(now).build()));
        return new StatsPage(model);
    }

    ReviewPage reviewPage() {
        if (reviewPage == null) {
            reviewPage = new ReviewPage(new ReviewViewModel(context.study(), cardActions()), this::openSource,
                    this::documentTitle);
        }
        return reviewPage;
    }

    private void startReview() {
        navigator.show(Area.REVIEW);
        reviewPage().startDaily();
    }

    private SourcesViewModel sourcesModel() {
        if (sourcesModel == null) {
            sourcesModel = new SourcesViewModel(new AppNotesPorts(context.library()));
        }
        return sourcesModel;
    }

    private void openSource(SourceRef ref) {
        navigator.show(Area.SOURCES);
        sourcesModel().reveal(ref);
    }

    private String documentTitle(String file) {
        return context.loadedBank().document(file).map(SourceDocument::title).orElse(file);
    }

    private Optional<MockResult> lastMockResult() {
        MockHistory history = MockHistory.from(context.mockLog().events(), context.loadedBank().bank().asMap());
        return history.tests().isEmpty() ? Optional.empty()
                : Optional.of(history.tests().get(history.tests().size() - 1).result());
    }
}
