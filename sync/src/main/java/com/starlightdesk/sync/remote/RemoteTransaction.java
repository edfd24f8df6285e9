package com.starlightdesk.sync.remote;

import java.util.Objects;

/** An open remote transaction, named by the store's opaque id. Immutable. */
public record RemoteTransaction(String id) {

    public RemoteTransaction {
        Objects.requireNonNull(id, "transaction id");
        if (id.isEmpty() || id.length() > 192) {
            throw new IllegalArgumentException("transaction id must have 1 to 192 characters");
        }
    }
}
