package com.starlightdesk.app.parts;

import com.starlightdesk.data.domain.Patient;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/**
 * The patient picker: a {@link TypeAhead type-ahead} whose matches (name, birth date and phone) drop down
 * under it, as wide as the field. Escape on an empty field hands over to what holds the picker (the booking
 * form closes, the top bar hands the focus back). When the typed text finds no one, the line saying so
 * offers "New patient?" ({@code #picker-new-patient}, or Enter) where the owner offers it. State and lookups
 * live in {@link PatientPickerViewModel}. Usable from FXML ({@code <PatientPicker suggestionsId="..."/>}).
 * Confined to the FX thread.
 */
public final class PatientPicker extends TypeAhead<Patient> {
    private static final String STYLESHEET = Objects.requireNonNull(
            PatientPicker.class.getResource("patient-picker.css")).toExternalForm();
    /** The height of one listed match; the list is as tall as its matches. */
    private static final double ROW = 32;

    private final Button newPatient = new Button("New patient?");

    public PatientPicker() {
        super(PatientPickerViewModel::describe, ROW, 0);
        getStyleClass().add("patient-picker");
        noMatchWords().setId("picker-no-match");
        newPatient.setId("picker-new-patient");
        newPatient.getStyleClass().addAll("flat", "accent");
        newPatient.setFocusTraversable(false); // the field keeps the focus, as with the matches; Enter does the same
        newPatient.setTooltip(new Tooltip("New patient from what was typed (Enter)"));
        newPatient.managedProperty().bind(newPatient.visibleProperty());
        noMatchLine().getChildren().add(newPatient);
        noMatchLine().getStyleClass().add("patient-picker-no-match");
        noMatchLine().getStylesheets().add(STYLESHEET);
    }

    /** Binds this field to {@code model} (once), with "New patient?" where the model offers it. */
    public void bind(PatientPickerViewModel model) {
        super.bind(model);
        newPatient.visibleProperty().bind(model.newPatientOfferedProperty());
        newPatient.setOnAction(e -> model.newPatient());
    }
}
