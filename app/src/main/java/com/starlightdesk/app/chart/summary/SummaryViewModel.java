package com.starlightdesk.app.chart.summary;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.chart.vitals.GrowthWording;
import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ClinicalStatus;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.DiagnosisStatus;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthAssessment;
import com.starlightdesk.data.growth.GrowthEntry;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's front page: the last and next visit and how to reach the family for everyone; for those
 * who chart, the active problems, the active medications and the last vitals with their percentiles
 * (WHO under 24 months, CDC after). Drawn from the chart as {@link OpenChart} last read it; the growth
 * references are read in the background. Confined to the FX thread; needs no toolkit.
 */
public final class SummaryViewModel {
    private static final DateTimeFormatter VISIT = DateTimeFormatter.ofPattern("EEE MMM d, uuuu 'at' h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    /** What the front page shows, worked out off the FX thread. */
    record Page(String lastVisit, String nextVisit, String contact, List<String> problems, List<String> medications,
            String vitalsTaken, List<String> vitals) {
    }

    private final OpenChart chart;
    private final TaskExecutor executor;
    private final Clock clock;
    private final GrowthReferences references;
    private final StringProperty lastVisit = new SimpleStringProperty("");
    private final StringProperty nextVisit = new SimpleStringProperty("");
    private final StringProperty contact = new SimpleStringProperty("");
    private final StringProperty vitalsTaken = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> medications = FXCollections.observableArrayList();
    private final ObservableList<String> vitals = FXCollections.observableArrayList();
    private long shown;

    public SummaryViewModel(OpenChart chart, TaskExecutor executor, Clock clock, GrowthReferences references) {
        this.chart = chart;
        this.executor = executor;
        this.clock = clock;
        this.references = references;
        chart.readProperty().addListener((obs, old, read) -> show(read));
        show(chart.readProperty().get());
    }

    /** Whether this user sees the clinical blocks (problems, medications, vitals). */
    public boolean clinical() {
        return chart.session().permissions().canChart();
    }

    /** Opens another section of the chart (the blocks' "All problems", "Vitals & growth", ...). */
    public void open(ChartSection section) {
        chart.show(section);
    }

    private void show(OpenChart.Read read) {
        long ticket = ++shown;
        if (read == null) {
            apply(new Page("", "", "", List.of(), List.of(), "", List.of()));
            return;
        }
        ZoneId zone = chart.session().zone();
        boolean clinical = clinical();
        Instant now = clock.instant();
        executor.submit(() -> page(read, zone, now, clinical), page -> {
            if (ticket == shown) {
                apply(page);
            }
        }, e -> failure.set("The summary could not be drawn: " + SafeMessages.of(e)));
    }

    private void apply(Page page) {
        failure.set("");
        lastVisit.set(page.lastVisit());
        nextVisit.set(page.nextVisit());
        contact.set(page.contact());
        problems.setAll(page.problems());
        medications.setAll(page.medications());
        vitalsTaken.set(page.vitalsTaken());
        vitals.setAll(page.vitals());
    }

    private Page page(OpenChart.Read read, ZoneId zone, Instant now, boolean clinical) {
        Chart c = read.chart();
        Map<UUID, String> providers = read.providerNames();
        List<Appointment> kept = c.appointments().stream()
                .filter(a -> a.status() != AppointmentStatus.CANCELLED && a.status() != AppointmentStatus.NO_SHOW)
                .sorted(Comparator.comparing(Appointment::startTime)).toList();
        String last = kept.stream().filter(a -> a.startTime().isBefore(now)).reduce((a, b) -> b)
                .map(a -> visit(a, zone, providers)).orElse("No visits yet");
        String next = kept.stream().filter(a -> !a.startTime().isBefore(now)).findFirst()
                .map(a -> visit(a, zone, providers)).orElse("No upcoming visit");
        Patient p = c.patient();
        List<String> reach = new ArrayList<>();
        if (p.parentGuardian() != null) {
            reach.add(p.parentGuardian());
        }
        reach.add(p.phone() == null ? "no phone" : PhoneNumber.display(p.phone()));
        if (p.email() != null) {
            reach.add(p.email());
        }
        if (!clinical) {
            return new Page(last, next, String.join(" · ", reach), List.of(), List.of(), "", List.of());
        }
        List<String> problemLines = c.diagnoses().stream()
                .filter(d -> d.status() != DiagnosisStatus.RESOLVED)
                .sorted(Comparator.comparing((Diagnosis d) -> d.status() == DiagnosisStatus.CHRONIC ? 0 : 1)
                        .thenComparing(Diagnosis::diagnosedAt, Comparator.reverseOrder()))
                .map(d -> d.icd10Code() + " " + d.description() + (d.status() == DiagnosisStatus.CHRONIC ? " · chronic" : "")
                        + " · since " + DAY.format(d.diagnosedAt()))
                .toList();
        List<String> medicationLines = c.medications().stream()
                .filter(m -> m.status() == ClinicalStatus.ACTIVE)
                .sorted(Comparator.comparing(Medication::name, String.CASE_INSENSITIVE_ORDER))
                .map(SummaryViewModel::medication).toList();
        Optional<VitalSigns> latest = c.vitals().stream().max(Comparator.comparing(VitalSigns::measuredAt));
        String taken = latest.map(v -> "Taken " + DAY.format(v.measuredAt().atZone(zone))).orElse("No vitals recorded");
        List<String> vitalLines = latest.map(v -> vitals(v, p, zone)).orElse(List.of());
        return new Page(last, next, String.join(" · ", reach), problemLines, medicationLines, taken, vitalLines);
    }

    private static String visit(Appointment a, ZoneId zone, Map<UUID, String> providers) {
        String line = VISIT.format(a.startTime().atZone(zone)) + " · " + ChoiceLabels.ofCode(a.appointmentType().code())
                + " · " + providers.getOrDefault(a.providerId(), "Provider");
        return a.chiefComplaint() == null ? line : line + " · " + a.chiefComplaint();
    }

    private static String medication(Medication m) {
        List<String> parts = new ArrayList<>(List.of(m.name()));
        for (String s : new String[] {m.dosage(), m.route(), m.frequency()}) {
            if (s != null) {
                parts.add(s);
            }
        }
        return String.join(" · ", parts);
    }

    private List<String> vitals(VitalSigns v, Patient p, ZoneId zone) {
        GrowthEntry entry = new ChildGrowth(references, zone).assess(Child.of(p), v);
        List<String> lines = new ArrayList<>();
        if (v.weightKg() != null) {
            lines.add("Weight " + GrowthWording.weight(v) + percentile(entry, GrowthIndicator.WEIGHT_FOR_AGE));
        }
        if (v.heightCm() != null) {
            lines.add(GrowthWording.lengthName(v) + " " + GrowthWording.length(v.heightCm(), v.lengthUnit())
                    + percentile(entry, GrowthIndicator.LENGTH_FOR_AGE));
        }
        if (v.headCircumferenceCm() != null) {
            lines.add("Head " + GrowthWording.length(v.headCircumferenceCm(), v.lengthUnit())
                    + percentile(entry, GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE));
        }
        if (entry.bmi() != null) {
            lines.add("BMI " + entry.bmi().toPlainString() + percentile(entry, GrowthIndicator.BMI_FOR_AGE));
        }
        if (v.temperatureC() != null) {
            lines.add("Temperature " + GrowthWording.temperature(v));
        }
        List<String> rates = new ArrayList<>();
        if (v.heartRate() != null) {
            rates.add("HR " + v.heartRate());
        }
        if (v.respiratoryRate() != null) {
            rates.add("RR " + v.respiratoryRate());
        }
        if (v.systolicBp() != null && v.diastolicBp() != null) {
            rates.add("BP " + v.systolicBp() + "/" + v.diastolicBp());
        }
        if (v.oxygenSaturation() != null) {
            rates.add("SpO₂ " + v.oxygenSaturation() + "%");
        }
        if (!rates.isEmpty()) {
            lines.add(String.join(" · ", rates));
        }
        if (entry.age().corrected()) {
            lines.add("Percentiles at corrected age");
        }
        return lines;
    }

    private static String percentile(GrowthEntry entry, GrowthIndicator indicator) {
        return entry.assessment(indicator).map(SummaryViewModel::percentile).orElse("");
    }

    /** " · 23rd percentile · z −0.74", as the Vitals section words it. */
    static String percentile(GrowthAssessment a) {
        return " · " + GrowthWording.percentile(a.percentile()) + " percentile · z " + GrowthWording.z(a.z());
    }

    public ReadOnlyStringProperty lastVisitProperty() { return lastVisit; }
    public ReadOnlyStringProperty nextVisitProperty() { return nextVisit; }
    /** Guardian, phone and e-mail, as the front desk calls the family. */
    public ReadOnlyStringProperty contactProperty() { return contact; }
    public ReadOnlyStringProperty vitalsTakenProperty() { return vitalsTaken; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ObservableList<String> problems() { return problems; }
    public ObservableList<String> medications() { return medications; }
    public ObservableList<String> vitals() { return vitals; }
}
