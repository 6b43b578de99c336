package org.smriti.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.smriti.data.FileTimestamps;
import org.smriti.data.backup.Backups;
import org.smriti.data.interop.AnkiExport;
import org.smriti.data.interop.ImportPreview;
import org.smriti.data.interop.PackImport;
import org.smriti.data.interop.anki.AnkiImport;
import org.smriti.data.interop.anki.AnkiPreview;
import org.smriti.ui.settings.ImportPlan;
import org.smriti.ui.settings.SettingsViewModel;

/** Connects the Settings screen's data buttons (folder, backup, restore, Anki export, import) to the data folder. */
final class AppDataActions implements SettingsViewModel.DataActions {

    private static final int PROMPTS_SHOWN = 5;

    private final AppContext context;

    AppDataActions(AppContext context) {
        this.context = context;
    }

    @Override
    public void openFolder(Path folder) {
        context.folderOpener().accept(folder);
    }

    @Override
    public String backupNow() {
        try {
            Path dir = Files.createDirectories(context.dataDir().resolve(Backups.DIR));
            Path zip = FileTimestamps.unique(dir, "manual-", context.clock(), ".zip");
            int events = context.backups().backup(zip);
            return "Backed up " + events + " events and your settings to " + zip;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup: " + e.getMessage(), e);
        }
    }

    @Override
    public String restore(Path zip) {
        // Restoring replaces the journal under the open store, so the store is closed first and the app ends
        // afterwards: the next start reads the restored data from scratch.
        try {
            context.store().close();
            Backups.RestoreReport report = context.backups().restore(zip);
            context.exitRequest().run();
            return "Restored " + report.events() + " events from " + zip.getFileName()
                    + report.previousData().map(p -> "; your previous data is kept in " + p).orElse("")
                    + ". Smriti closes now: start it again to continue.";
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    @Override
    public String exportAnki(Path file) {
        try {
            AnkiExport.Exported done = AnkiExport.export(file, context.dataDir());
            return "Wrote " + done.notes() + " notes for the Anki deck " + AnkiExport.DECK
                    + " to " + file + ". In Anki choose File → Import and pick this file.";
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** An Anki text export (.txt) becomes own cards; a pack (.json, .csv) is added to packs/. */
    @Override
    public SettingsViewModel.PreparedImport prepareImport(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".tsv") ? prepareAnki(file) : preparePack(file);
    }

    private SettingsViewModel.PreparedImport prepareAnki(Path file) {
        AnkiPreview preview;
        try {
            preview = AnkiImport.preview(file, context.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        ImportPlan plan = new ImportPlan(preview.source(), preview.canImport(), preview.headline(), preview.details(),
                preview.firstPrompts(PROMPTS_SHOWN), preview.problems());
        return prepared(plan, () -> {
            AnkiImport.Imported imported = AnkiImport.save(preview, context.dataDir());
            return imported.summary();
        });
    }

    private SettingsViewModel.PreparedImport preparePack(Path file) {
        ImportPreview preview;
        try {
            preview = PackImport.preview(file, context.dataDir());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
        ImportPlan plan = new ImportPlan(preview.source(), preview.canImport(),
                preview.canImport()
                        ? preview.summary() + " will be saved as " + preview.target() + " and studied at once."
                        : preview.problems().size() + " problems: nothing will be imported."
                        + " Fix the file and choose it again.",
                List.of(), preview.firstPrompts(PROMPTS_SHOWN), preview.problems());
        return prepared(plan, () -> {
            Path saved = PackImport.save(preview, context.dataDir());
            return "Imported " + preview.summary() + " from " + preview.source() + " into " + saved
                    + ". They are in today's review now.";
        });
    }

    private interface Save {
        String run() throws IOException;
    }

    /** An import that, once confirmed, saves and then reloads the bank so the cards are studied at once. */
    private SettingsViewModel.PreparedImport prepared(ImportPlan plan, Save save) {
        return new SettingsViewModel.PreparedImport() {
            @Override
            public ImportPlan plan() {
                return plan;
            }

            @Override
            public String save() {
                try {
                    String done = save.run();
                    context.library().reload();
                    return done;
                } catch (IOException e) {
                    throw new UncheckedIOException("Could not import " + plan.source() + ": " + e.getMessage(), e);
                }
            }
        };
    }
}
