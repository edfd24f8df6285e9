package com.starlightdesk.app.billing.agebands;

import javafx.fxml.FXML;

/** Billing, Age-band changes. */
public final class AgeBandChangesPage {
    public AgeBandChangesPage() {
    }

    @FXML
    private void initialize() {
    }
}
