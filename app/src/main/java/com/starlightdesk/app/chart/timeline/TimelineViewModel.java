package com.starlightdesk.app.chart.timeline;

import com.starlightdesk.app.chart.ChartSection;
import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.chart.immunizations.ImmunizationsViewModel;
import com.starlightdesk.app.chart.vitals.GrowthWording;
import com.starlightdesk.app.parts.ChoiceLabels;
import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.VaccineCode;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.Chart;
import com.starlightdesk.data.domain.ClinicalContent;
import com.starlightdesk.data.domain.Diagnosis;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Medication;
import com.starlightdesk.data.domain.VitalSigns;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's timeline: visits, notes, lab results, prescriptions, vaccinations, vitals, problems,
 * medication and allergy changes in one list, newest first, with a filter per kind. Those who do not chart
 * (staff) see the visits and allergies only. Drawn from the chart as {@link OpenChart} last read it.
 * Confined to the FX thread; needs no toolkit.
 */
public final class TimelineViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    /** The timeline's filters: each shows some kinds of event and belongs to a section of the chart. */
    public enum Filter {
        VISITS("Visits", ChartSection.SUMMARY, EnumSet.of(Chart.EventKind.VISIT)),
        NOTES("Notes", ChartSection.NOTES, EnumSet.of(Chart.EventKind.NOTE, Chart.EventKind.LAB_RESULT,
                Chart.EventKind.PRESCRIPTION)),
        VACCINATIONS("Vaccinations", ChartSection.IMMUNIZATIONS, EnumSet.of(Chart.EventKind.VACCINATION, Chart.EventKind.IMMUNIZATION)),
        VITALS("Vitals", ChartSection.VITALS, EnumSet.of(Chart.EventKind.VITALS)),
        PROBLEMS("Problems", ChartSection.PROBLEMS, EnumSet.of(Chart.EventKind.PROBLEM_ADDED, Chart.EventKind.PROBLEM_RESOLVED)),
        MEDICATIONS("Medications", ChartSection.MEDICATIONS, EnumSet.of(Chart.EventKind.MEDICATION_STARTED,
                Chart.EventKind.MEDICATION_STOPPED)),
        ALLERGIES("Allergies", ChartSection.ALLERGIES, EnumSet.of(Chart.EventKind.ALLERGY_NOTED, Chart.EventKind.ALLERGY_INACTIVATED));

        private final String label;
        private final ChartSection section;
        private final Set<Chart.EventKind> kinds;

        Filter(String label, ChartSection section, Set<Chart.EventKind> kinds) {
            this.label = label;
            this.section = section;
            this.kinds = kinds;
        }

        public String label() {
            return label;
        }

        static Filter of(Chart.EventKind kind) {
            for (Filter f : values()) {
                if (f.kinds.contains(kind)) {
                    return f;
                }
            }
            throw new IllegalArgumentException(kind.name());
        }
    }

    /** One line of the timeline. */
    public record Row(String when, String what, String detail, Filter filter) {
    }

    private final OpenChart chart;
    private final List<Filter> filters;
    private final Map<Filter, BooleanProperty> shown = new HashMap<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private List<Row> all = List.of();

    public TimelineViewModel(OpenChart chart) {
        this.chart = chart;
        boolean clinical = chart.session().permissions().canChart();
        this.filters = clinical ? List.of(Filter.values()) : List.of(Filter.VISITS, Filter.ALLERGIES);
        for (Filter f : filters) {
            BooleanProperty on = new SimpleBooleanProperty(true);
            on.addListener((obs, was, now) -> filter());
            shown.put(f, on);
        }
        chart.readProperty().addListener((obs, old, read) -> show(read));
        show(chart.readProperty().get());
    }

    /** The filters this user has, in order. */
    public List<Filter> filters() {
        return filters;
    }

    /** Whether events of {@code filter} are listed (all are at first). */
    public BooleanProperty shownProperty(Filter filter) {
        return shown.get(filter);
    }

    /** Opens the section of the chart {@code row} belongs to. */
    public void open(Row row) {
        chart.show(row.filter().section);
    }

    private void show(OpenChart.Read read) {
        if (read == null) {
            all = List.of();
            rows.clear();
            return;
        }
        Chart c = read.chart();
        ZoneId zone = chart.session().zone();
        Map<UUID, Appointment> visits = byId(c.appointments(), Appointment::id);
        Map<UUID, MedicalRecord> records = byId(c.records(), MedicalRecord::id);
        Map<UUID, Diagnosis> problems = byId(c.diagnoses(), Diagnosis::id);
        Map<UUID, Medication> medications = byId(c.medications(), Medication::id);
        Map<UUID, Allergy> allergies = byId(c.allergies(), Allergy::id);
        Map<UUID, VitalSigns> vitals = byId(c.vitals(), VitalSigns::id);
        Map<UUID, Immunization> doses = byId(c.immunizations(), Immunization::id);
        Map<UUID, String> providers = read.providerNames();
        List<Row> built = new ArrayList<>();
        for (Chart.Event e : c.timeline(zone)) {
            Filter filter = Filter.of(e.kind());
            if (!filters.contains(filter)) {
                continue;
            }
            String when = WHEN.format(e.at().atZone(zone));
            UUID id = e.rowId();
            built.add(switch (e.kind()) {
                case VISIT -> {
                    Appointment a = visits.get(id);
                    yield new Row(when + " " + TIME.format(a.startTime().atZone(zone)), "Visit",
                            join(ChoiceLabels.ofCode(a.appointmentType().code()), providers.get(a.providerId()),
                                    ChoiceLabels.ofCode(a.status().code()), a.chiefComplaint()), filter);
                }
                case NOTE -> new Row(when, "Visit note", signed(records.get(id), providers), filter);
                case LAB_RESULT -> new Row(when, "Lab result", join(field(records.get(id), "test"), signed(records.get(id), providers)), filter);
                case PRESCRIPTION -> new Row(when, "Prescription", join(field(records.get(id), "drug"),
                        signed(records.get(id), providers)), filter);
                case VACCINATION -> new Row(when, "Vaccination", join(field(records.get(id), "vaccine"),
                        signed(records.get(id), providers)), filter);
                case VITALS -> new Row(when, "Vitals", vitals(vitals.get(id)), filter);
                case PROBLEM_ADDED -> new Row(when, "Problem", problem(problems.get(id)), filter);
                case PROBLEM_RESOLVED -> new Row(when, "Problem resolved", problem(problems.get(id)), filter);
                case MEDICATION_STARTED -> new Row(when, "Medication started", medication(medications.get(id)), filter);
                case MEDICATION_STOPPED -> {
                    Medication m = medications.get(id);
                    yield new Row(when, "Medication stopped", join(medication(m), m.inactivationReason() == null ? null
                            : ChoiceLabels.ofCode(m.inactivationReason().code()), m.inactivationNote()), filter);
                }
                case IMMUNIZATION -> {
                    Immunization d = doses.get(id);
                    yield new Row(when, "Immunization", join(ImmunizationCodes.bundled().vaccine(d.cvx()).map(VaccineCode::label).orElse(d.cvx()),
                            ImmunizationsViewModel.sourceLabel(d), ImmunizationsViewModel.statusLabel(d)), filter);
                }
                case ALLERGY_NOTED -> new Row(when, "Allergy", allergy(allergies.get(id)), filter);
                case ALLERGY_INACTIVATED -> {
                    Allergy a = allergies.get(id);
                    yield new Row(when, "Allergy inactivated", join(allergy(a), a.inactivationReason() == null ? null
                            : ChoiceLabels.ofCode(a.inactivationReason().code())), filter);
                }
            });
        }
        all = built;
        filter();
    }

    private void filter() {
        rows.setAll(all.stream().filter(r -> shown.get(r.filter()).get()).toList());
    }

    private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
        return rows.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(" · ", kept);
    }

    private static String field(MedicalRecord r, String name) {
        return ClinicalContent.field(r.content(), name);
    }

    private static String signed(MedicalRecord r, Map<UUID, String> providers) {
        String by = providers.get(r.providerId());
        return r.isSigned() ? join("Signed", by) : join("Draft", by);
    }

    /** A set of vitals as it was entered (lb and oz, inches, °F, or metric): "Weight 22 lb 14.4 oz · Length 31.5 in · …". */
    private static String vitals(VitalSigns v) {
        List<String> parts = new ArrayList<>();
        if (v.weightKg() != null) {
            parts.add("Weight " + GrowthWording.weight(v));
        }
        if (v.heightCm() != null) {
            parts.add(GrowthWording.lengthName(v) + " " + GrowthWording.length(v.heightCm(), v.lengthUnit()));
        }
        if (v.headCircumferenceCm() != null) {
            parts.add("Head " + GrowthWording.length(v.headCircumferenceCm(), v.lengthUnit()));
        }
        if (v.temperatureC() != null) {
            parts.add(GrowthWording.temperature(v));
        }
        return String.join(" · ", parts);
    }

    private static String problem(Diagnosis d) {
        return d.icd10Code() + " " + d.description();
    }

    private static String medication(Medication m) {
        return join(m.name(), m.dosage(), m.frequency());
    }

    private static String allergy(Allergy a) {
        return join(a.substance(), a.severity().code(), a.reaction());
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
