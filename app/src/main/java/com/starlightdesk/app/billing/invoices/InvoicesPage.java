package com.starlightdesk.app.billing.invoices;

import com.starlightdesk.app.billing.BillingPage;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.parts.EmptyState;
import javafx.fxml.FXML;

/**
 * Billing, Invoices: until the invoice list is built, an empty state that says what the page will hold and leads to
 * the billing run, which makes the month's membership invoices.
 */
public final class InvoicesPage {
    private final BillingPlace place;

    @FXML private EmptyState empty;

    public InvoicesPage(BillingPlace place) {
        this.place = place;
    }

    @FXML
    private void initialize() {
        empty.addAction("invoices-open-run", "Open Billing run", () -> place.pageProperty().set(BillingPage.RUN));
    }
}
