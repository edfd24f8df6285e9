package com.starlightdesk.app.chart.immunizations;

import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.VaccineCode;
import com.starlightdesk.data.immunization.ImmunizationStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.GroupDose;
import com.starlightdesk.data.immunization.ImmunizationStatus.GroupStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.Statuses.SeriesStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Immunizations section's card: the forecast per vaccine group (overdue first, then due, can be given, not yet,
 * complete and no more doses; the next dose and its earliest, recommended, past-due and latest dates, the vaccines
 * recommended for it, a refusal on its group) and the record card (a row per vaccine group, its doses oldest first,
 * each valid or not with the specification's reasons), both from the {@link ImmunizationStatusSource}'s status and
 * never worked out again here. Also the section header's count ("2 overdue · 1 due"). Confined to the FX thread;
 * needs no toolkit.
 */
public final class ImmunizationCardViewModel {
    /** How many recommended vaccines a forecast row names before "+3 more". */
    static final int VACCINES_NAMED = 3;

    /** One dose on the record card, as its vaccine group counts it. */
    public record CardDose(UUID doseId, String group, int number, String givenOn, String vaccine, String vaccineLabel,
            boolean valid, String evaluation, List<String> reasons) {
        /** ✓ for a valid dose, ✗ for one that does not count. */
        public String mark() {
            return valid ? "✓" : "✗";
        }

        /** The cell's second line: the vaccine, and for a dose that does not count the specification's evaluation first. */
        public String line() {
            return valid ? mark() + " " + vaccine : mark() + " " + evaluation + " · " + vaccine;
        }

        /** The dose in full, for the tooltip, the detail line and screen readers. */
        public String detail() {
            String head = group + " dose " + number + ", " + givenOn + ", " + vaccineLabel + ": " + (valid ? "Valid" : evaluation);
            return reasons.isEmpty() ? head + "." : head + ". " + String.join("; ", reasons) + ".";
        }
    }

    /** A vaccine group's row of the record card. */
    public record CardRow(String group, List<CardDose> doses) {
    }

    /**
     * A vaccine group's forecast. {@code series} is empty unless the group has both a standard and a risk series;
     * {@code refusal} is "Refused Nov 14, 2026" (and the note) or empty; {@code note} carries the specification's
     * status and reasons when no more doses are due (Aged Out, Immune, Contraindicated).
     */
    public record ForecastRow(String group, String series, Standing standing, String nextDose, String earliest,
            String recommended, String pastDue, String latest, String vaccines, String allVaccines, String refusal,
            String note) {
        /** The group's name with its series type when it has two. */
        public String groupLabel() {
            return series.isEmpty() ? group : group + " (" + series.toLowerCase(Locale.ROOT) + ")";
        }

        /** The row in words for screen readers. */
        public String spoken() {
            StringBuilder text = new StringBuilder(groupLabel()).append(": ").append(standing.words());
            if (!nextDose.isEmpty()) {
                text.append(", ").append(nextDose);
            }
            if (!earliest.isEmpty()) {
                text.append(", earliest ").append(earliest);
            }
            if (!recommended.isEmpty()) {
                text.append(", recommended ").append(recommended);
            }
            if (!pastDue.isEmpty()) {
                text.append(", past due ").append(pastDue);
            }
            if (!latest.isEmpty()) {
                text.append(", latest ").append(latest);
            }
            if (!refusal.isEmpty()) {
                text.append(". ").append(refusal);
            }
            if (!note.isEmpty()) {
                text.append(". ").append(note);
            }
            return text.toString();
        }
    }

    private final ImmunizationStatusSource source;
    private final ImmunizationCodes codes = ImmunizationCodes.bundled();
    private final ObservableList<ForecastRow> forecast = FXCollections.observableArrayList();
    private final ObservableList<CardRow> card = FXCollections.observableArrayList();
    private final StringProperty headline = new SimpleStringProperty("");
    private final StringProperty assessedOn = new SimpleStringProperty("");
    private final StringProperty state = new SimpleStringProperty("");
    private final BooleanProperty anyLatest = new SimpleBooleanProperty(false);
    private final BooleanProperty anyOverdue = new SimpleBooleanProperty(false);
    private int doseColumns;

    public ImmunizationCardViewModel(ImmunizationStatusSource source) {
        this.source = source;
        source.statusProperty().addListener((obs, old, now) -> show(now));
        source.failureProperty().addListener((obs, old, now) -> show(source.statusProperty().get()));
        show(source.statusProperty().get());
    }

    private void show(ImmunizationStatus status) {
        if (status == null) {
            forecast.clear();
            card.clear();
            headline.set("");
            assessedOn.set("");
            anyLatest.set(false);
            anyOverdue.set(false);
            doseColumns = 0;
            state.set(source.failureProperty().get().isEmpty() ? "Working out the forecast…" : source.failureProperty().get());
            return;
        }
        state.set(source.failureProperty().get());
        List<ForecastRow> rows = forecastRows(status);
        anyLatest.set(rows.stream().anyMatch(r -> !r.latest().isEmpty()));
        List<CardRow> cardRows = cardRows(status);
        doseColumns = cardRows.stream().mapToInt(r -> r.doses().size()).max().orElse(0);
        forecast.setAll(rows);
        card.setAll(cardRows);
        headline.set(headline(status));
        anyOverdue.set(rows.stream().anyMatch(r -> r.standing() == Standing.OVERDUE));
        assessedOn.set("As of " + shown(status.assessedOn()));
    }

    private List<ForecastRow> forecastRows(ImmunizationStatus status) {
        Map<String, Integer> seriesCount = new HashMap<>();
        for (GroupStatus g : status.groups()) {
            seriesCount.merge(g.name(), 1, Integer::sum);
        }
        List<ForecastRow> rows = new ArrayList<>();
        for (GroupStatus g : status.groups()) {
            VaccineGroupForecast f = g.forecast();
            boolean due = g.standing() != Standing.COMPLETE && g.standing() != Standing.NO_MORE_DOSES
                    && g.standing() != Standing.NOT_FORECAST;
            List<String> names = vaccineNames(f.vaccines());
            String vaccines = names.size() <= VACCINES_NAMED ? String.join(", ", names)
                    : String.join(", ", names.subList(0, VACCINES_NAMED)) + " +" + (names.size() - VACCINES_NAMED) + " more";
            List<String> full = f.vaccines().stream().map(this::vaccineLabel).toList();
            rows.add(new ForecastRow(g.name(), seriesCount.get(g.name()) > 1 && f.seriesType() != null ? f.seriesType() : "",
                    g.standing(), due && f.forecastDose() != null ? "Dose " + f.forecastDose() : "",
                    due ? shown(f.earliest()) : "", due ? shown(f.recommended()) : "", due ? shown(f.pastDue()) : "",
                    due ? shown(f.latest()) : "", due ? vaccines : "", due ? String.join(", ", full) : "", refusal(g), note(g)));
        }
        rows.sort(Comparator.comparing(ForecastRow::standing));
        return rows;
    }

    private static String refusal(GroupStatus g) {
        if (!g.isRefused()) {
            return "";
        }
        String refused = "Refused " + shown(g.refusal().observedOn());
        return g.refusal().note() == null ? refused : refused + ": " + g.refusal().note();
    }

    private static String note(GroupStatus g) {
        VaccineGroupForecast f = g.forecast();
        if (g.standing() == Standing.NOT_FORECAST) {
            return "The practice's CDC schedule data ends with an earlier season: this season's dose is not forecast."
                    + " Follow this season's CDC recommendation.";
        }
        if (f.status() == SeriesStatus.COMPLETE || f.status() == SeriesStatus.NOT_COMPLETE && g.standing() != Standing.NO_MORE_DOSES) {
            return "";
        }
        Set<String> words = new LinkedHashSet<>();
        if (!f.status().words().equalsIgnoreCase(g.standing().words())) {
            words.add(f.status().words());
        }
        words.addAll(f.reasons());
        return String.join("; ", words);
    }

    private List<CardRow> cardRows(ImmunizationStatus status) {
        Set<String> groups = new LinkedHashSet<>();
        status.groups().forEach(g -> groups.add(g.name()));
        List<CardRow> rows = new ArrayList<>();
        for (String group : groups) {
            List<CardDose> doses = new ArrayList<>();
            int number = 0;
            for (GroupDose d : status.dosesOf(group)) {
                number++;
                String cvx = d.dose().cvx();
                doses.add(new CardDose(d.dose().id(), group, number, shown(d.dose().givenOn()),
                        shortName(cvx), vaccineLabel(cvx),
                        d.isValid(), d.evaluation(), d.reasons()));
            }
            rows.add(new CardRow(group, List.copyOf(doses)));
        }
        return rows;
    }

    /** "2 overdue · 1 due", "Nothing due" when no group's next dose is due yet. */
    private static String headline(ImmunizationStatus status) {
        Map<Standing, Integer> counts = new EnumMap<>(Standing.class);
        for (GroupStatus g : status.groups()) {
            counts.merge(g.standing(), 1, Integer::sum);
        }
        List<String> parts = new ArrayList<>();
        if (counts.containsKey(Standing.OVERDUE)) {
            parts.add(counts.get(Standing.OVERDUE) + " overdue");
        }
        if (counts.containsKey(Standing.DUE)) {
            parts.add(counts.get(Standing.DUE) + " due");
        }
        return parts.isEmpty() ? "Nothing due" : String.join(" · ", parts);
    }

    private List<String> vaccineNames(List<String> cvxCodes) {
        List<String> names = new ArrayList<>();
        for (String cvx : cvxCodes) {
            String name = shortName(cvx);
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /** CDC's short description up to its first comma ("Hep B" of "Hep B, adolescent or pediatric"), or "CVX 999". */
    private String shortName(String cvx) {
        return codes.vaccine(cvx).map(v -> v.shortDescription().split(", ", 2)[0]).orElse("CVX " + cvx);
    }

    private String vaccineLabel(String cvx) {
        return codes.vaccine(cvx).map(VaccineCode::label).orElse("CVX " + cvx);
    }

    private static String shown(LocalDate day) {
        return day == null ? "" : ImmunizationsViewModel.SHOWN.format(day);
    }

    /** The forecast, one row per vaccine group (and series type), overdue first, then in the schedule's order. */
    public ObservableList<ForecastRow> forecast() { return forecast; }
    /** The record card, one row per vaccine group in the schedule's order. */
    public ObservableList<CardRow> card() { return card; }
    /** The most doses any group's row holds: how many dose columns the card has. */
    public int doseColumns() { return doseColumns; }
    /** "2 overdue · 1 due" or "Nothing due"; empty while the forecast is worked out. */
    public ReadOnlyStringProperty headlineProperty() { return headline; }
    /** "As of Dec 4, 2026": the day the forecast is for. */
    public ReadOnlyStringProperty assessedOnProperty() { return assessedOn; }
    /** "Working out the forecast…", why it could not be, or empty. */
    public ReadOnlyStringProperty stateProperty() { return state; }
    /** Whether any group's next dose has a latest date (the column shows only then). */
    public ReadOnlyBooleanProperty anyLatestProperty() { return anyLatest; }
    /** Whether any group's next dose is overdue (the header's count is then marked). */
    public ReadOnlyBooleanProperty anyOverdueProperty() { return anyOverdue; }
}
