package com.starlightdesk.app.shell;

import com.starlightdesk.app.parts.EmptyState;
import com.starlightdesk.app.settings.SettingsPage;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The places of the shell that are not built yet (Billing, CRM, Tasks): each says what it will
 * hold and, where something useful exists already, offers it (Billing: the membership plans in Settings;
 * CRM: a new prospect). Stateless; call it on the FX thread.
 */
final class NotBuiltYet {
    private NotBuiltYet() {
    }

    /** The place of {@code section} ({@code #place-billing}), its empty state {@code #billing-empty}. */
    static Node place(Section section, ShellViewModel shell) {
        String id = section.name().toLowerCase(Locale.ROOT);
        EmptyState empty = new EmptyState("", section.label() + " is not built yet", "");
        empty.setId(id + "-empty");
        switch (section) {
            case BILLING -> {
                empty.setSign("$");
                empty.setText("The practice's invoices, payments and memberships will be kept here."
                        + " Membership plans are set in Settings › Membership plans.");
                if (shell.sections().contains(Section.SETTINGS)) {
                    empty.addAction("billing-membership-plans", "Open Membership plans",
                            () -> shell.openSettings(SettingsPage.MEMBERSHIP_PLANS));
                }
            }
            case CRM -> {
                empty.setSign("☎");
                empty.setText("Families who are inquiring will be followed here, from the first call to enrollment."
                        + " A prospect can be added now: New patient, with the status Prospect.");
                empty.addAction("crm-new-patient", "New patient", shell::newPatient);
            }
            case TASKS -> {
                empty.setSign("☑");
                empty.setText("The practice's to-dos will be listed here: call-backs, forms to send and refills to renew,"
                        + " each with who does it and by when.");
            }
            default -> throw new IllegalArgumentException(section + " is a built place");
        }
        StackPane place = new StackPane(empty);
        place.setId("place-" + id);
        return place;
    }
}
