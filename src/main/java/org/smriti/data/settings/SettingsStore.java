package org.smriti.data.settings;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.smriti.core.settings.Settings;
import org.smriti.data.AtomicFiles;
import org.smriti.data.FileTimestamps;

/** Reads and writes {@code settings.json} in the data folder. */
public final class SettingsStore {

    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final Clock clock;

    /**
     * @param settings what was loaded (defaults for anything missing or bad)
     * @param warnings user-readable lines, one per value replaced by its default or per unreadable file
     */
    public record Loaded(Settings settings, List<String> warnings) {
        public Loaded {
            warnings = List.copyOf(warnings);
        }
    }

    public SettingsStore(Path dataDir, Clock clock) {
        this.file = dataDir.resolve(FILE_NAME);
        this.clock = clock;
    }

    public Path file() {
        return file;
    }

    /**
     * Loads leniently. A missing file gives the defaults silently. A file that is not a JSON object is renamed to
     * {@code settings.json.bad-<timestamp>} (kept, never deleted) and the defaults are used with one warning.
     */
    public Loaded load() throws IOException {
        return read(true);
    }

    /**
     * Reads like {@link #load} but never changes a file: a bad file stays where it is (the defaults are used with a
     * warning). For reading a data folder another Smriti may have open.
     */
    public Loaded peek() throws IOException {
        return read(false);
    }

    private Loaded read(boolean setAsideBad) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(Settings.defaults(), List.of());
        } catch (CharacterCodingException e) {
            return unreadable("it is not UTF-8 text", setAsideBad);
        }
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            return unreadable("it is not valid JSON: " + e.getMessage(), setAsideBad);
        }
        if (!root.isJsonObject()) {
            return unreadable("it does not hold a JSON object", setAsideBad);
        }
        List<String> warnings = new ArrayList<>();
        Settings s = SettingsJson.fromJson(root.getAsJsonObject(), file.toString(), warnings);
        return new Loaded(s, warnings);
    }

    private Loaded unreadable(String why, boolean setAside) throws IOException {
        if (!setAside) {
            return new Loaded(Settings.defaults(), List.of("Your settings file " + file + " could not be read ("
                    + why + "). Default settings are used."));
        }
        Path bad = FileTimestamps.unique(file.getParent(), FILE_NAME + ".bad-", clock, "");
        Files.move(file, bad);
        AtomicFiles.fsyncDirectory(file.getParent());
        return new Loaded(Settings.defaults(), List.of("Your settings file " + file + " could not be read (" + why
                + "). Default settings are used; the old file is kept as " + bad.getFileName() + "."));
    }

    /** Saves atomically: a crash leaves either the old or the new file. */
    public void save(Settings settings) throws IOException {
        Files.createDirectories(file.getParent());
        String json = new GsonBuilder().setPrettyPrinting().create().toJson(SettingsJson.toJson(settings)) + "\n";
        AtomicFiles.write(file, json.getBytes(StandardCharsets.UTF_8));
    }
}
