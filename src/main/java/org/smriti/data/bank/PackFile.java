package org.smriti.data.bank;

import java.util.Objects;

/** A pack's display name and its raw bytes, before any parsing. */
record PackFile(String name, byte[] content) {
    PackFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }
}
