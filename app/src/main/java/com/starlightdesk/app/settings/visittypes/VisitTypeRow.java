package com.starlightdesk.app.settings.visittypes;

import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.VisitType;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One kind of visit on the Visit types page: its default length in minutes and its colour, as typed.
 * Confined to the FX thread; needs no toolkit.
 */
public final class VisitTypeRow {
    private final AppointmentType type;
    private final StringProperty minutes = new SimpleStringProperty("");
    private final StringProperty colour = new SimpleStringProperty("");

    VisitTypeRow(AppointmentType type) {
        this.type = type;
    }

    void show(VisitType stored) {
        minutes.set(Integer.toString(stored.minutes()));
        colour.set(stored.colour());
    }

    public AppointmentType type() {
        return type;
    }

    /** The form's name of this row's length field: {@code checkup-minutes}. */
    public String minutesField() {
        return type.code() + "-minutes";
    }

    /** The form's name of this row's colour field: {@code checkup-colour}. */
    public String colourField() {
        return type.code() + "-colour";
    }

    public StringProperty minutesProperty() { return minutes; }
    public StringProperty colourProperty() { return colour; }
}
