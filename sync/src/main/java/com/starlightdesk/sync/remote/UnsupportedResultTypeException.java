package com.starlightdesk.sync.remote;

/** A result column of a type the Data API cannot return (money, geometric types, multi-dimensional arrays). */
public final class UnsupportedResultTypeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnsupportedResultTypeException(String message) {
        super(message);
    }
}
