package com.starlightdesk.app.patients;

import com.starlightdesk.app.chart.OpenChart;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The Patients place: the practice's patients ({@link PatientListViewModel}), or the chart of the one
 * opened ({@link OpenChart}). With no chart open it knows whether the practice has any patients yet; its
 * "New patient" opens the New patient card and then the new patient's chart. Confined to the FX thread;
 * needs no toolkit.
 */
public final class PatientsViewModel {
    private final NewPatientViewModel newPatient;
    private final PatientListViewModel list;
    private final OpenChart chart;
    private final BooleanProperty noPatients = new SimpleBooleanProperty(false);
    private final BooleanBinding chartOpen;

    public PatientsViewModel(NewPatientViewModel newPatient, OpenChart chart, PatientListViewModel list) {
        this.newPatient = newPatient;
        this.chart = chart;
        this.list = list;
        this.chartOpen = Bindings.isNotNull(chart.patientProperty());
        list.all().addListener((Observable o) -> noPatients.set(list.loadedProperty().get() && list.all().isEmpty()));
        list.loadedProperty().addListener(o -> noPatients.set(list.loadedProperty().get() && list.all().isEmpty()));
    }

    /** Reads the practice's patients again in the background (the place came on screen). */
    public void countPatients() {
        list.load();
    }

    /** Opens the New patient card; once saved, the new patient's chart opens. */
    public void newPatient() {
        newPatient.open("", saved -> {
            noPatients.set(false);
            chart.open(saved.id());
        });
    }

    /** True while a patient's chart is open (the place shows it instead of the list). */
    public BooleanBinding chartOpenProperty() { return chartOpen; }
    /** True once read that the practice has no patients at all. */
    public ReadOnlyBooleanProperty noPatientsProperty() { return noPatients; }
    /** Why the patients could not be read ("" when they were). */
    public ReadOnlyStringProperty failureProperty() { return list.failureProperty(); }
}
