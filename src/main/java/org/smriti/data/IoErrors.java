package org.smriti.data;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file operation failed, in words a user understands. Java's messages name whatever file the operation
 * touched (often a temporary one) and sometimes nothing else; callers say which of the user's files it was.
 */
public final class IoErrors {

    private IoErrors() {
    }

    /** E.g. {@code permission denied}, {@code the disk is full}, {@code no such file or folder}. */
    public static String reason(IOException e) {
        String raw = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        String lower = raw == null ? "" : raw.toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || lower.contains("permission denied")
                || lower.contains("access is denied")) {
            return "permission denied";
        }
        if (lower.contains("no space left") || lower.contains("not enough space") || lower.contains("disk quota")) {
            return "the disk is full";
        }
        if (lower.contains("read-only file system")) {
            return "the disk is read-only";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
            return "part of the path is a file, not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it already exists";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        return raw == null || raw.isBlank() ? e.getClass().getSimpleName() : raw;
    }
}
