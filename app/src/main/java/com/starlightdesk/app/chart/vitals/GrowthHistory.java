package com.starlightdesk.app.chart.vitals;

import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.VitalSigns;
import com.starlightdesk.data.growth.Child;
import com.starlightdesk.data.growth.ChildAge;
import com.starlightdesk.data.growth.ChildGrowth;
import com.starlightdesk.data.growth.GrowthAssessment;
import com.starlightdesk.data.growth.GrowthEntry;
import com.starlightdesk.data.growth.GrowthIndicator;
import com.starlightdesk.data.growth.GrowthReferences;
import com.starlightdesk.data.growth.GrowthStandard;
import com.starlightdesk.data.growth.GrowthTable;
import com.starlightdesk.data.growth.Sex;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A child's vitals as the Vitals section shows them: one row per set, newest first, each growth value as entered
 * with its percentile and z-score; and one growth chart per indicator, from the reference the child's age today
 * calls for (WHO under 24 months, CDC after), with the child's points on it. Computed off the FX thread from the
 * chart as read. Immutable.
 */
record GrowthHistory(List<Row> rows, List<Tab> tabs, String correctedAge, String chartNote, VitalSigns latest) {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.US);

    GrowthHistory {
        rows = List.copyOf(rows);
        tabs = List.copyOf(tabs);
    }

    /** One set of vitals in the list. */
    record Row(String date, String age, String weight, String length, String head, String bmi, String temperature, String other) {
    }

    /**
     * One growth chart's tab: its title, its chart (null when no reference covers the child's age) and why not, and
     * for a child past 24 months measured before then, the WHO chart of birth to 24 months with those points
     * (null otherwise), which the tab offers beside the current one.
     */
    record Tab(GrowthIndicator indicator, String title, GrowthChartModel chart, String empty, GrowthChartModel earlier) {
    }

    static GrowthHistory of(GrowthReferences references, ZoneId zone, LocalDate today, Patient patient, List<VitalSigns> vitals) {
        ChildGrowth growth = new ChildGrowth(references, zone);
        Child child = Child.of(patient);
        List<VitalSigns> newestFirst = new ArrayList<>(vitals);
        newestFirst.sort(Comparator.comparing(VitalSigns::measuredAt).reversed());
        List<GrowthEntry> entries = growth.history(child, newestFirst);
        List<Row> rows = new ArrayList<>();
        for (GrowthEntry e : entries) {
            rows.add(row(e, patient, zone));
        }
        ChildAge now = ChildAge.on(patient.dateOfBirth(), today, patient.gestationalAgeDays());
        String corrected = now.corrected()
                ? "Born at " + GrowthWording.gestation(patient.gestationalAgeDays()) + ": percentiles and charts use the corrected age ("
                        + GrowthWording.age(patient.dateOfBirth().plusDays(now.chronologicalDays() - now.chartDays()), today)
                        + " today) until 24 months"
                : "";
        List<Tab> tabs = new ArrayList<>();
        String note = "";
        if (child.sex().isEmpty()) {
            note = "Percentiles and growth charts need the patient's sex (female or male), set in Demographics.";
        }
        for (GrowthIndicator indicator : GrowthIndicator.values()) {
            tabs.add(tab(references, indicator, child.sex(), Math.max(0, now.chartDays()), entries));
        }
        return new GrowthHistory(rows, tabs, corrected, note, newestFirst.isEmpty() ? null : newestFirst.get(0));
    }

    private static Tab tab(GrowthReferences references, GrowthIndicator indicator, Optional<Sex> sex, double ageDays,
            List<GrowthEntry> entries) {
        Optional<GrowthTable> table = references.tableFor(indicator, ageDays);
        String title = indicator.label() + table.map(t -> t.standard() == GrowthStandard.WHO_2006 ? " · WHO" : " · CDC").orElse("");
        if (sex.isEmpty()) {
            return new Tab(indicator, title, null, "No chart: the patient's sex is not recorded as female or male.", null);
        }
        if (table.isEmpty()) {
            return new Tab(indicator, title, null, indicator == GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE
                    ? "Head circumference is charted to 36 months." : "No reference covers this age.",
                    earlier(references, indicator, sex.get(), entries));
        }
        List<GrowthChartModel.Plotted> plotted = plottedOn(table.get(), indicator, entries);
        return new Tab(indicator, title, GrowthChartModel.forChild(references, table.get(), sex.get(), plotted, ageDays), "",
                table.get().standard() == GrowthStandard.WHO_2006 ? null : earlier(references, indicator, sex.get(), entries));
    }

    /** The WHO chart (birth to 24 months) of {@code indicator} with the child's points on it; null when there are none. */
    private static GrowthChartModel earlier(GrowthReferences references, GrowthIndicator indicator, Sex sex, List<GrowthEntry> entries) {
        GrowthTable who = references.tableFor(indicator, 0).orElse(null);
        if (who == null) {
            return null;
        }
        List<GrowthChartModel.Plotted> plotted = plottedOn(who, indicator, entries);
        return plotted.isEmpty() ? null : GrowthChartModel.of(references, who, sex, plotted);
    }

    /** The entries assessed on {@code table}, oldest first (by length for a chart by length). */
    private static List<GrowthChartModel.Plotted> plottedOn(GrowthTable table, GrowthIndicator indicator, List<GrowthEntry> entries) {
        List<GrowthChartModel.Plotted> plotted = new ArrayList<>();
        for (int i = entries.size() - 1; i >= 0; i--) {
            GrowthEntry e = entries.get(i);
            Optional<GrowthAssessment> a = e.assessment(indicator);
            if (a.isPresent() && a.get().reference().table() == table) {
                plotted.add(new GrowthChartModel.Plotted(a.get().x(), a.get().measurement(), pointText(e, indicator, a.get())));
            }
        }
        if (indicator.byLength()) {
            plotted.sort(Comparator.comparingDouble(GrowthChartModel.Plotted::referenceX));
        }
        return plotted;
    }

    private static String pointText(GrowthEntry e, GrowthIndicator indicator, GrowthAssessment a) {
        VitalSigns v = e.vitals();
        String value = switch (indicator) {
            case WEIGHT_FOR_AGE, WEIGHT_FOR_LENGTH -> GrowthWording.weight(v)
                    + (indicator.byLength() ? " at " + GrowthWording.length(v.heightCm(), v.lengthUnit()) : "");
            case LENGTH_FOR_AGE -> GrowthWording.length(v.heightCm(), v.lengthUnit());
            case HEAD_CIRCUMFERENCE_FOR_AGE -> GrowthWording.length(v.headCircumferenceCm(), v.lengthUnit());
            case BMI_FOR_AGE -> "BMI " + e.bmi().toPlainString();
        };
        return value + " · " + ageText(e) + " · " + GrowthWording.percentile(a.percentile()) + " percentile · z " + GrowthWording.z(a.z());
    }

    private static String ageText(GrowthEntry e) {
        long chronological = e.age().chronologicalDays();
        String text = months(chronological);
        return e.age().corrected() ? text + " (corrected " + months(e.age().chartDays()) + ")" : text;
    }

    private static String months(long days) {
        if (days < 0) {
            return "before the due date";
        }
        return String.format(Locale.US, days >= 2 * 365.25 ? "%.1f years" : "%.1f months",
                days >= 2 * 365.25 ? days / 365.25 : days / 30.4375);
    }

    private static Row row(GrowthEntry e, Patient patient, ZoneId zone) {
        VitalSigns v = e.vitals();
        LocalDate on = LocalDate.ofInstant(v.measuredAt(), zone);
        String weight = v.weightKg() == null ? "" : GrowthWording.weight(v) + with(e, GrowthIndicator.WEIGHT_FOR_AGE);
        String length = v.heightCm() == null ? "" : GrowthWording.length(v.heightCm(), v.lengthUnit())
                + (v.lengthPosition() == null ? "" : v.lengthPosition().code().equals("standing") ? " standing" : " lying")
                + with(e, GrowthIndicator.LENGTH_FOR_AGE);
        String head = v.headCircumferenceCm() == null ? ""
                : GrowthWording.length(v.headCircumferenceCm(), v.lengthUnit()) + with(e, GrowthIndicator.HEAD_CIRCUMFERENCE_FOR_AGE);
        String bmi = e.bmi() == null ? "" : e.bmi().toPlainString() + with(e, GrowthIndicator.BMI_FOR_AGE);
        String temperature = v.temperatureC() == null ? "" : GrowthWording.temperature(v);
        List<String> other = new ArrayList<>();
        if (v.heartRate() != null) {
            other.add("HR " + v.heartRate());
        }
        if (v.respiratoryRate() != null) {
            other.add("RR " + v.respiratoryRate());
        }
        if (v.systolicBp() != null && v.diastolicBp() != null) {
            other.add("BP " + v.systolicBp() + "/" + v.diastolicBp());
        }
        if (v.oxygenSaturation() != null) {
            other.add("SpO₂ " + v.oxygenSaturation() + "%");
        }
        return new Row(DAY.format(on), GrowthWording.age(patient.dateOfBirth(), on, e.age()), weight, length, head, bmi,
                temperature, String.join(" · ", other));
    }

    private static String with(GrowthEntry e, GrowthIndicator indicator) {
        return e.assessment(indicator).map(a -> " · " + GrowthWording.percentileAndZ(a)).orElse("");
    }
}
