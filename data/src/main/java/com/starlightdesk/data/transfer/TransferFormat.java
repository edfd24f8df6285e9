package com.starlightdesk.data.transfer;

import java.util.Locale;

/** File formats for table export and import. */
public enum TransferFormat {
    CSV, JSON;

    /** Parses {@code csv} or {@code json} (any case); fails listing the choices. */
    public static TransferFormat of(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("format must be csv or json");
        }
    }

    /** The format a file name implies ({@code .json} → JSON, otherwise CSV). */
    public static TransferFormat ofFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
    }
}
