package com.starlightdesk.app.billing;

import com.starlightdesk.data.domain.InvoiceStatus;
import java.util.Locale;
import javafx.scene.control.Label;

/**
 * An invoice's status as a chip: its word (Paid, Overdue, Sent, Draft, Void) on the status's colour
 * ({@code status-chip status-paid}, styled by the Invoices stylesheet), so the word carries the status for anyone
 * who cannot tell the colours apart. Call it on the FX thread.
 */
public final class StatusChip {
    private StatusChip() {
    }

    public static Label of(InvoiceStatus status) {
        Label chip = new Label(InvoiceWords.status(status));
        chip.getStyleClass().addAll("status-chip", "status-" + status.code().toLowerCase(Locale.ROOT));
        chip.setMinWidth(Label.USE_PREF_SIZE);
        return chip;
    }
}
