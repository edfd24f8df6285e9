package com.starlightdesk.app.shell;

import com.starlightdesk.app.parts.EmptyState;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * The places of the shell that are not built yet (CRM): each says what it will
 * hold and, where something useful exists already, offers it (CRM: a new prospect). Stateless; call it on the FX thread.
 */
final class NotBuiltYet {
    private NotBuiltYet() {
    }

    /** The place of {@code section} ({@code #place-crm}), its empty state {@code #crm-empty}. */
    static Node place(Section section, ShellViewModel shell) {
        String id = section.name().toLowerCase(Locale.ROOT);
        EmptyState empty = new EmptyState("", section.label() + " is not built yet", "");
        empty.setId(id + "-empty");
        switch (section) {
            case CRM -> {
                empty.setSign("☎");
                empty.setText("Families who are inquiring will be followed here, from the first call to enrollment."
                        + " A prospect can be added now: New patient, with the status Prospect.");
                empty.addAction("crm-new-patient", "New patient", shell::newPatient);
            }
            default -> throw new IllegalArgumentException(section + " is a built place");
        }
        StackPane place = new StackPane(empty);
        place.setId("place-" + id);
        return place;
    }
}
