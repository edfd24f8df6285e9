package com.starlightdesk.app.chart;

import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergySeverity;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientAge;
import com.starlightdesk.data.domain.PhoneNumber;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's header, always on screen while a chart is open: name, age in the clinic's form, sex and
 * birth date, guardian, plan, the allergy banner (the active allergies, "No known allergies" when that was
 * recorded, or "Allergies not recorded") and the alerts the chart's parts raise ({@link ChartAlerts}).
 * Follows {@link OpenChart}. Confined to the FX thread; needs no toolkit.
 */
public final class ChartHeaderViewModel {
    private static final DateTimeFormatter BORN = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    /** What the allergy banner says, and so how it looks. */
    public enum AllergyState { NOT_RECORDED, NONE_KNOWN, ALLERGIES, SEVERE }

    private final OpenChart chart;
    private final Clock clock;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty facts = new SimpleStringProperty("");
    private final StringProperty guardian = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final StringProperty allergies = new SimpleStringProperty("");
    private final ObjectProperty<AllergyState> allergyState = new SimpleObjectProperty<>(AllergyState.NOT_RECORDED);
    private final ObservableList<String> alerts = FXCollections.observableArrayList();

    public ChartHeaderViewModel(OpenChart chart, Clock clock) {
        this.chart = chart;
        this.clock = clock;
        chart.readProperty().addListener((obs, old, read) -> show(read));
        show(chart.readProperty().get());
    }

    private void show(OpenChart.Read read) {
        if (read == null) {
            name.set(chart.patientProperty().get() == null ? "" : "Opening the chart…");
            facts.set("");
            guardian.set("");
            phone.set("");
            plan.set("");
            allergies.set("");
            allergyState.set(AllergyState.NOT_RECORDED);
            alerts.clear();
            return;
        }
        Patient p = read.patient();
        LocalDate today = LocalDate.now(clock.withZone(chart.session().zone()));
        name.set(p.firstName() + " " + p.lastName());
        facts.set(PatientAge.of(p.dateOfBirth(), today) + " · " + sex(p.gender()) + " · born " + BORN.format(p.dateOfBirth()));
        guardian.set(p.parentGuardian() == null ? "No guardian recorded" : "Guardian: " + p.parentGuardian());
        phone.set(p.phone() == null ? "No phone recorded" : "Phone: " + PhoneNumber.display(p.phone()));
        plan.set(read.planName() == null ? "No membership" : "Plan: " + read.planName());
        List<Allergy> active = read.chart().allergies().stream().filter(a -> a.status() == ClinicalStatus.ACTIVE)
                .sorted(Comparator.comparing((Allergy a) -> a.severity().ordinal()).reversed().thenComparing(Allergy::substance))
                .toList();
        if (!active.isEmpty()) {
            allergies.set("Allergies: " + active.stream().map(ChartHeaderViewModel::allergy).collect(Collectors.joining(", ")));
            allergyState.set(active.stream().anyMatch(a -> a.severity() == AllergySeverity.SEVERE)
                    ? AllergyState.SEVERE : AllergyState.ALLERGIES);
        } else if (p.noKnownAllergiesAt() != null) {
            allergies.set("No known allergies");
            allergyState.set(AllergyState.NONE_KNOWN);
        } else {
            allergies.set("Allergies not recorded");
            allergyState.set(AllergyState.NOT_RECORDED);
        }
        alerts.setAll(ChartAlerts.of(read, today, chart.session().permissions()));
    }

    private static String allergy(Allergy a) {
        return a.substance() + " (" + a.severity().code() + (a.reaction() == null ? "" : ": " + a.reaction()) + ")";
    }

    static String sex(Gender gender) {
        if (gender == null) {
            return "Sex not recorded";
        }
        return switch (gender) {
            case FEMALE -> "Female";
            case MALE -> "Male";
            case OTHER -> "Other";
            case UNKNOWN -> "Sex unknown";
        };
    }

    public ReadOnlyStringProperty nameProperty() { return name; }
    /** Age, sex and birth date: "3 years 2 months · Female · born Oct 1, 2023". */
    public ReadOnlyStringProperty factsProperty() { return facts; }
    public ReadOnlyStringProperty guardianProperty() { return guardian; }
    /** The family's phone, a US number in the practice's form: "Phone: (630) 555-0177". */
    public ReadOnlyStringProperty phoneProperty() { return phone; }
    public ReadOnlyStringProperty planProperty() { return plan; }
    public ReadOnlyStringProperty allergiesProperty() { return allergies; }
    public ReadOnlyObjectProperty<AllergyState> allergyStateProperty() { return allergyState; }
    public ObservableList<String> alerts() { return alerts; }
}
