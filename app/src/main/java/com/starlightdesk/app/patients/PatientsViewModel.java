package com.starlightdesk.app.patients;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Patients place: the practice's patients, or the chart of the one opened ({@link OpenChart}). With
 * no chart open it knows whether the practice has any patients yet; its "New patient" opens the New
 * patient card and then the new patient's chart. Confined to the FX thread; needs no toolkit.
 */
public final class PatientsViewModel {
    private final Session session;
    private final TaskExecutor executor;
    private final NewPatientViewModel newPatient;
    private final OpenChart chart;
    private final BooleanProperty noPatients = new SimpleBooleanProperty(false);
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanBinding chartOpen;

    public PatientsViewModel(Session session, TaskExecutor executor, NewPatientViewModel newPatient, OpenChart chart) {
        this.session = session;
        this.executor = executor;
        this.newPatient = newPatient;
        this.chart = chart;
        this.chartOpen = Bindings.isNotNull(chart.patientProperty());
    }

    /** Reads in the background whether the practice has any patients yet (when the place comes up). */
    public void countPatients() {
        executor.submit(() -> session.data().patients().count(), count -> noPatients.set(count == 0),
                e -> failure.set(SafeMessages.of(e)));
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
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
