package org.smriti.data.json;

/** A JSON value is missing or has the wrong type or range; the message names the field. */
public class JsonFormatException extends RuntimeException {

    public JsonFormatException(String message) {
        super(message);
    }

    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
