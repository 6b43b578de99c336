package org.smriti.data.notes;

import java.io.IOException;

/** A note could not be read or written; the message names the file and says what to do, in the aspirant's words. */
public final class NoteProblemException extends IOException {

    public NoteProblemException(String message) {
        super(message);
    }

    public NoteProblemException(String message, Throwable cause) {
        super(message, cause);
    }
}
