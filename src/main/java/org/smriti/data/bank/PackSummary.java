package org.smriti.data.bank;

import java.util.Objects;

/**
 * A pack that loaded: where it came from and what it is called.
 *
 * @param file      the pack's name, e.g. {@code defence.json} (user packs: {@code packs/mine.json})
 * @param pack      its short name ({@code "pack"} field)
 * @param title     its title ({@code "title"} field), for display
 * @param questions how many questions it contributed
 */
public record PackSummary(String file, String pack, String title, int questions) {
    public PackSummary {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(title, "title");
    }
}
