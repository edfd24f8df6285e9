package com.starlightdesk.app.chart.vitals;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.data.domain.LengthPosition;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildAge;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.ImplausibleValue;
import com.starlightdesk.data.growth.VitalsEntry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Vitals and growth section: the entry form ({@link VitalsForm}), the saving of a set of vitals off the FX
 * thread (a growth value beyond ±4 SD is asked about before it is saved: {@link #confirmationProperty()}, then
 * {@link #saveAnyway()} or {@link #goBack()}), and the open patient's measurements and growth charts
 * ({@link GrowthHistory}), computed in the background each time the chart is read. The units chosen stay for the
 * session; before any is chosen, those of the patient's last measurements, else lb, in and °F. Needs no toolkit.
 * Confined to the FX thread.
 */
public final class VitalsViewModel {
    private final OpenChart chart;
    private final TaskExecutor executor;
    private final GrowthReferences references;
    private final Clock clock;
    final VitalsForm form = new VitalsForm();
    private final FormNews news = new FormNews(VitalsForm.ALIASES);
    private final ReadOnlyObjectWrapper<GrowthHistory> history = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper(false);
    private final Set<String> askedFields = new LinkedHashSet<>();
    private boolean unitsChosen;
    private boolean settingUnits;
    private VitalSigns pending;
    private Patient patient;
    private long computing;

    public VitalsViewModel(OpenChart chart, TaskExecutor executor, GrowthReferences references, Clock clock) {
        this.chart = chart;
        this.executor = executor;
        this.references = references;
        this.clock = clock;
        form.clearValues(today());
        for (var unit : List.of(form.weightUnit, form.lengthUnit, form.temperatureUnit)) {
            unit.addListener(o -> unitsChosen |= !settingUnits);
        }
        chart.revisionProperty().addListener(o -> read());
        chart.patientProperty().addListener((o, old, now) -> {
            if (now == null || !now.equals(old)) {
                history.set(null);
                goBack();
                news.clear();
                news.errors().clear();
            }
        });
        read();
    }

    private ZoneId zone() {
        return chart.session().zone();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(zone()));
    }

    /** Takes the chart as read: its patient, and its vitals put on the references in the background. */
    private void read() {
        OpenChart.Read read = chart.readProperty().get();
        if (read == null) {
            ready.set(false);
            return;
        }
        boolean newPatient = patient == null || !patient.id().equals(read.patient().id());
        patient = read.patient();
        ready.set(true);
        if (newPatient) {
            form.clearValues(today());
            ChildAge age = ChildAge.on(patient.dateOfBirth(), today(), null);
            form.lengthPosition.set(age.chronologicalDays() < GrowthReferences.SWITCH_AGE_DAYS
                    ? LengthPosition.RECUMBENT : LengthPosition.STANDING);
        }
        long ticket = ++computing;
        Patient p = patient;
        List<VitalSigns> vitals = read.chart().vitals();
        LocalDate today = today();
        ZoneId zone = zone();
        executor.submit(() -> GrowthHistory.of(references, zone, today, p, vitals), computed -> {
            if (ticket == computing) {
                history.set(computed);
                if (!unitsChosen && computed.latest() != null) {
                    useUnitsOf(computed.latest());
                }
            }
        }, e -> news.failed(e));
    }

    private void useUnitsOf(VitalSigns latest) {
        settingUnits = true;
        try {
            if (latest.weightUnit() != null) {
                form.weightUnit.set(latest.weightUnit());
            }
            if (latest.lengthUnit() != null) {
                form.lengthUnit.set(latest.lengthUnit());
            }
            if (latest.temperatureUnit() != null) {
                form.temperatureUnit.set(latest.temperatureUnit());
            }
        } finally {
            settingUnits = false;
        }
    }

    /** Saves the form as a new set of vitals; a growth value far out of range is asked about first. */
    public void save() {
        if (patient == null || news.busyProperty().get()) {
            return;
        }
        goBack();
        news.clear();
        news.errors().clear();
        VitalSigns vitals = form.read(patient.id(), patient.dateOfBirth(), zone(), clock, news.errors());
        if (vitals != null) {
            submit(vitals, false);
        }
    }

    /** Saves the values asked about as they are. */
    public void saveAnyway() {
        if (pending != null && !news.busyProperty().get()) {
            VitalSigns vitals = pending;
            submit(vitals, true);
        }
    }

    /** Leaves the values asked about in the form to be corrected. */
    public void goBack() {
        pending = null;
        confirmation.set("");
        for (String field : askedFields) {
            news.errors().set(field, "");
        }
        askedFields.clear();
    }

    private void submit(VitalSigns vitals, boolean confirmed) {
        Child child = Child.of(patient);
        VitalsEntry entry = new VitalsEntry(chart.session().data(), new ChildGrowth(references, zone()));
        news.working();
        executor.submit(() -> entry.save(child, vitals, confirmed), implausible -> {
            if (implausible.isEmpty()) {
                pending = null;
                confirmation.set("");
                askedFields.clear();
                news.errors().clear();
                form.clearValues(today());
                news.done("Measurements saved.");
                chart.changed();
            } else {
                news.done("");
                ask(vitals, implausible);
            }
        }, news::failed);
    }

    private void ask(VitalSigns vitals, List<ImplausibleValue> implausible) {
        pending = vitals;
        List<String> parts = new ArrayList<>();
        for (ImplausibleValue v : implausible) {
            parts.add(v.indicator().label() + " z " + GrowthWording.z(v.z()));
            for (String field : v.fields()) {
                String formField = VitalsForm.ALIASES.getOrDefault(field, field);
                if (askedFields.add(formField)) {
                    news.errors().set(formField, "Far outside the usual range for this child: check it");
                }
            }
        }
        confirmation.set("Unusual for this child's age: " + String.join(", ", parts)
                + ". Check the values, or save them as they are.");
    }

    public ReadOnlyObjectProperty<GrowthHistory> historyProperty() { return history.getReadOnlyProperty(); }
    /** What needs confirming before saving ("" when nothing). */
    public ReadOnlyStringProperty confirmationProperty() { return confirmation.getReadOnlyProperty(); }
    /** Whether a patient's chart has been read (the form can save). */
    public ReadOnlyBooleanProperty readyProperty() { return ready.getReadOnlyProperty(); }
    public FormNews news() { return news; }
}
