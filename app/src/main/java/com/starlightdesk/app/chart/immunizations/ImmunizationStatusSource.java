package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.immunization.ImmunizationStatus;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The open chart's immunization status on the practice's today: each vaccine group due, overdue, not yet or
 * complete and each dose as its group counts it ({@link ImmunizationStatus}). Worked out in the background when the
 * chart is opened and each time it is read again (a dose saved, corrected or entered in error, an observation
 * recorded or removed, a sync); empty while the first assessment of a chart runs. One per session, shared by the
 * Immunizations section and the front page. Confined to the FX thread; needs no toolkit.
 */
public final class ImmunizationStatusSource {
    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ObjectProperty<ImmunizationStatus> status = new SimpleObjectProperty<>();
    private final StringProperty failure = new SimpleStringProperty("");
    private long assessing;

    public ImmunizationStatusSource(OpenChart chart, TaskExecutor executor, Clock clock) {
        this.chart = chart;
        this.executor = executor;
        this.clock = clock;
        chart.patientProperty().addListener((obs, old, now) -> {
            assessing++;
            status.set(null);
            failure.set("");
        });
        chart.revisionProperty().addListener((obs, old, now) -> assess());
        assess();
    }

    private void assess() {
        UUID patientId = chart.patientProperty().get();
        OpenChart.Read read = chart.readProperty().get();
        if (patientId == null || read == null || !patientId.equals(read.patient().id())) {
            return;
        }
        Patient child = read.patient();
        LocalDate today = LocalDate.now(clock.withZone(chart.session().zone()));
        long ticket = ++assessing;
        executor.submit(() -> ImmunizationStatus.assess(Forecaster.shipped(), child.dateOfBirth(), child.gender(),
                chart.session().data().immunizations().of(patientId), today), assessed -> {
                    if (ticket == assessing) {
                        failure.set("");
                        status.set(assessed);
                    }
                }, e -> {
                    if (ticket == assessing) {
                        failure.set("The vaccine forecast could not be worked out: " + SafeMessages.of(e));
                    }
                });
    }

    /** The status of the open chart's child as last worked out, or null while the chart's first one runs. */
    public ReadOnlyObjectProperty<ImmunizationStatus> statusProperty() { return status; }
    /** Why the status could not be worked out, or empty. */
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
