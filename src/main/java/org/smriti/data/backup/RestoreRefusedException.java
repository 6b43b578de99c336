package org.smriti.data.backup;

import java.io.IOException;

/** A backup zip was not restored because it is unsafe or unusable; nothing in the data folder was changed. */
public class RestoreRefusedException extends IOException {

    public RestoreRefusedException(String message) {
        super(message);
    }
}
