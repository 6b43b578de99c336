package org.smriti.data;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one place that decides where the aspirant's data lives.
 *
 * <p>Order of precedence: {@code --data-dir DIR}, then the {@code SMRITI_DATA_DIR} environment variable, then
 * the platform's convention: {@code $XDG_DATA_HOME/smriti} (else {@code ~/.local/share/smriti}) on Linux and
 * other Unixes, {@code %APPDATA%\Smriti} on Windows, {@code ~/Library/Application Support/Smriti} on macOS.
 */
public final class DataLocation {

    public static final String ENV_VARIABLE = "SMRITI_DATA_DIR";

    private DataLocation() {
    }

    /** Resolves the data directory for this process. */
    public static Path resolve(Optional<Path> commandLineOverride) {
        return resolve(commandLineOverride, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** Resolves the data directory from explicit inputs, so every platform's rule can be tested anywhere. */
    public static Path resolve(Optional<Path> commandLineOverride, Map<String, String> env, String osName,
            Path userHome) {
        if (commandLineOverride.isPresent()) {
            return commandLineOverride.get().toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath().normalize();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData)
                    : userHome.resolve("AppData").resolve("Roaming");
            return base.resolve("Smriti");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Smriti");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("smriti");
        }
        return userHome.resolve(".local").resolve("share").resolve("smriti");
    }
}
