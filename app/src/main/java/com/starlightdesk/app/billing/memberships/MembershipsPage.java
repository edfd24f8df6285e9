package com.starlightdesk.app.billing.memberships;

import javafx.fxml.FXML;

/** Billing, Memberships. */
public final class MembershipsPage {
    public MembershipsPage() {
    }

    @FXML
    private void initialize() {
    }
}
