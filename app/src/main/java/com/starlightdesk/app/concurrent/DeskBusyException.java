package com.starlightdesk.app.concurrent;

/**
 * The background queue is full, so an action was refused instead of running on the screen's thread.
 * Its message holds no PHI and is meant to be shown as it is. Immutable.
 */
public final class DeskBusyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DeskBusyException() {
        super("The desk is busy with earlier work. Try again in a moment.", null, false, false);
    }
}
