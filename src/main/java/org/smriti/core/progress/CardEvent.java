package org.smriti.core.progress;

/** A progress event about one question's card. */
public interface CardEvent extends ProgressEvent {

    /** The question the event is about. */
    String questionId();
}
