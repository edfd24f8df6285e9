package com.starlightdesk.app.concurrent;

import com.starlightdesk.data.domain.SignedRecordException;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.UnlockException;

/**
 * Turns a failure into words safe to show at the front desk: the data layer's validation and unlock
 * messages are written to hold no PHI; anything else is named by kind only. Stateless.
 */
public final class SafeMessages {
    private SafeMessages() {
    }

    public static String of(Throwable failure) {
        if (failure instanceof ValidationException || failure instanceof UnlockException || failure instanceof SecurityException
                || failure instanceof DeskBusyException || failure instanceof SignedRecordException) {
            return failure.getMessage();
        }
        if (failure instanceof java.io.IOException) {
            return "The practice files could not be read or written (" + failure.getClass().getSimpleName() + ").";
        }
        return "Something went wrong (" + failure.getClass().getSimpleName() + "). The action did not complete.";
    }
}
