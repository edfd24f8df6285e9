package com.starlightdesk.app.billing.run;

import javafx.fxml.FXML;

/** Billing, Billing run. */
public final class BillingRunPage {
    public BillingRunPage() {
    }

    @FXML
    private void initialize() {
    }
}
