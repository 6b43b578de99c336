package org.smriti.data.journal;

import java.io.IOException;

/**
 * An event could not be saved (disk full, read-only folder, I/O error). Nothing of it is left in the journal,
 * so the caller can keep the answer on screen and retry. The message is meant for the user.
 */
public class SaveFailedException extends IOException {

    public SaveFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
