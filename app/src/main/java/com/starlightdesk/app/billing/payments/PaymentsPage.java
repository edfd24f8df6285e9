package com.starlightdesk.app.billing.payments;

import com.starlightdesk.app.billing.BillingPage;
import com.starlightdesk.app.billing.BillingPlace;
import com.starlightdesk.app.parts.EmptyState;
import javafx.fxml.FXML;

/** Billing, Payments: until payments are built, an empty state that says what the page will hold. */
public final class PaymentsPage {
    private final BillingPlace place;

    @FXML private EmptyState empty;

    public PaymentsPage(BillingPlace place) {
        this.place = place;
    }

    @FXML
    private void initialize() {
        empty.addAction("payments-open-memberships", "Open Memberships", () -> place.pageProperty().set(BillingPage.MEMBERSHIPS));
    }
}
