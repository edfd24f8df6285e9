package com.starlightdesk.app.billing;

import java.util.Locale;

/**
 * The pages of Billing, in the order of its page list. Each page is a child of the Billing place's page area whose
 * id is {@code billing-page-} and the page's {@link #id()} (its own FXML, included by {@code BillingView.fxml});
 * its button in the list is {@code billing-} and the same id.
 */
public enum BillingPage {
    INVOICES("Invoices"),
    PAYMENTS("Payments"),
    RUN("Billing run"),
    MEMBERSHIPS("Memberships"),
    AGE_BAND_CHANGES("Age-band changes");

    private final String label;

    BillingPage(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** {@code age-band-changes} for AGE_BAND_CHANGES. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
