package com.starlightdesk.app.print;

import com.starlightdesk.data.codes.ImmunizationCodes;
import com.starlightdesk.data.codes.ObservationCode;
import com.starlightdesk.data.codes.VaccineCode;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.immunization.ImmunizationStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.GroupDose;
import com.starlightdesk.data.immunization.ImmunizationStatus.GroupStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.DoseEvaluation;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.Statuses.SeriesStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A child's immunization record as printed for a school or a daycare, as of a day: the practice's letterhead, the
 * child, each vaccine group with its doses oldest first (the day, the vaccine, the lot and manufacturer of a dose
 * given here or where a dose was recorded from, and whether the dose counts, with the schedule's reasons when it
 * does not) and where the group stands (complete, or the next dose's date), the groups with no dose yet, documented
 * immunity and contraindications, and the family's refusals. Doses entered in error are left out; the schedule's
 * logic is {@link ImmunizationStatus}'s. Immutable.
 *
 * @param dueNow     the groups due or overdue on {@code asOf}, by their printed names
 * @param groups     the groups with doses, in the schedule's order; a dose no group evaluates goes under "Other vaccines"
 * @param notGiven   the groups the child's age calls for that have no dose yet
 * @param observations immunity and contraindications in force, as printed lines, newest first
 * @param refusals   the family's refusals in force, as printed sentences, newest first
 * @param provider   the child's primary provider's name, or null when none is on the chart
 */
public record ImmunizationHistory(
        Letterhead letterhead,
        String childName,
        LocalDate birthDate,
        String sex,
        LocalDate asOf,
        List<String> dueNow,
        List<Group> groups,
        List<Group> notGiven,
        List<String> observations,
        List<String> refusals,
        String provider) {

    /** The heading of the doses the schedule does not evaluate (a vaccine the schedule data does not know). */
    static final String OTHER_VACCINES = "Other vaccines";

    /** One vaccine group: its printed name, where it stands on the day, in words, and its doses. */
    public record Group(String name, Standing standing, String status, List<Dose> doses) {
        public Group {
            doses = List.copyOf(doses);
        }
    }

    /**
     * One dose as its group counts it.
     *
     * @param vaccine CDC's short name of the vaccine's CVX code ("DTaP", "Hep B, adolescent or pediatric")
     * @param details "Given here · Lot P12345A · PMC" for a dose given here, "From …" (the source) for one from elsewhere
     * @param counts  "Valid", or the schedule's evaluation ("Not Valid", "Extraneous", …) when the dose does not count
     * @param reasons why a dose does not count, in the schedule's words (empty when it counts)
     */
    public record Dose(LocalDate givenOn, String vaccine, String details, boolean valid, String counts, List<String> reasons) {
        public Dose {
            reasons = List.copyOf(reasons);
        }
    }

    public ImmunizationHistory {
        dueNow = List.copyOf(dueNow);
        groups = List.copyOf(groups);
        notGiven = List.copyOf(notGiven);
        observations = List.copyOf(observations);
        refusals = List.copyOf(refusals);
    }

    /**
     * The record of {@code patient} from the doses and observations of {@code record}, assessed by {@code forecaster}
     * on {@code asOf} (the practice's date). Runs the forecaster: off the FX thread.
     */
    public static ImmunizationHistory of(Letterhead letterhead, Patient patient, ImmunizationRecord record, Forecaster forecaster,
            Map<UUID, String> providerNames, LocalDate asOf) {
        ImmunizationStatus status = ImmunizationStatus.assess(forecaster, patient.dateOfBirth(), patient.gender(), record, asOf);
        ImmunizationCodes codes = ImmunizationCodes.bundled();

        Set<String> names = new LinkedHashSet<>();
        status.groups().forEach(g -> names.add(g.name()));
        List<Immunization> counted = record.validDoses().stream()
                .sorted(Comparator.comparing(Immunization::givenOn).thenComparing(Immunization::id)).toList();
        List<Dose> unevaluated = new ArrayList<>();
        for (Immunization dose : counted) {
            List<DoseEvaluation> evaluations = status.evaluations(dose.id());
            evaluations.forEach(e -> names.add(e.vaccineGroup()));
            if (evaluations.isEmpty()) {
                unevaluated.add(new Dose(dose.givenOn(), vaccine(codes, dose.cvx()), details(dose), true, "Not evaluated", List.of()));
            }
        }

        List<Group> groups = new ArrayList<>();
        List<Group> notGiven = new ArrayList<>();
        List<String> dueNow = new ArrayList<>();
        for (String name : names) {
            GroupStatus group = status.group(name).orElse(null);
            Standing standing = group == null ? Standing.NO_MORE_DOSES : group.standing();
            String words = group == null ? "No more doses recommended" : status(group);
            List<Dose> doses = new ArrayList<>();
            for (GroupDose d : status.dosesOf(name)) {
                doses.add(new Dose(d.dose().givenOn(), vaccine(codes, d.dose().cvx()), details(d.dose()), d.isValid(),
                        d.isValid() ? "Valid" : d.evaluation(), d.isValid() ? List.of() : reasons(d.evaluation(), d.reasons())));
            }
            Group printed = new Group(Wording.vaccineGroup(name), standing, words, doses);
            if (doses.isEmpty()) {
                notGiven.add(printed);
            } else {
                groups.add(printed);
            }
            if (standing == Standing.DUE || standing == Standing.OVERDUE) {
                dueNow.add(printed.name());
            }
        }
        if (!unevaluated.isEmpty()) {
            groups.add(new Group(OTHER_VACCINES, Standing.NO_MORE_DOSES, "", unevaluated));
        }

        List<String> observations = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        for (ImmunizationObservation o : record.currentObservations()) {
            String group = o.vaccineGroup() == null ? null : Wording.vaccineGroup(o.vaccineGroup());
            String on = Wording.DAY.format(o.observedOn());
            String title = o.observationCode() == null ? "" : codes.observation(o.observationCode()).map(ObservationCode::title)
                    .orElse("Observation " + o.observationCode());
            switch (o.kind()) {
                case REFUSAL -> refusals.add("The family declined the " + group + " vaccine (recorded " + on + ").");
                case IMMUNITY -> observations.add("Immunity" + (group == null ? "" : " to " + group) + ": " + title + " (" + on + ")");
                case CONTRAINDICATION -> observations.add("Contraindication" + (group == null ? "" : ", " + group) + ": " + title
                        + " (" + on + ")");
                // indications (risk conditions) and other observations stay in the chart: they are not the school's
                case INDICATION, OTHER -> { }
            }
        }

        String provider = patient.primaryProviderId() == null ? null : providerNames.get(patient.primaryProviderId());
        return new ImmunizationHistory(letterhead, patient.firstName() + " " + patient.lastName(), patient.dateOfBirth(),
                Wording.sex(patient.gender()), asOf, dueNow, groups, notGiven, observations, refusals, provider);
    }

    /** Where a group stands, for a reader outside the clinic: "Complete", "Dose 4 due on Jan 6, 2027", "Dose 2 overdue (due Mar 5, 2026)". */
    static String status(GroupStatus group) {
        VaccineGroupForecast f = group.forecast();
        String dose = f.forecastDose() == null ? "Next dose" : "Dose " + f.forecastDose();
        String words = switch (group.standing()) {
            case COMPLETE -> f.status() == SeriesStatus.IMMUNE ? "Immune: no doses needed" : "Complete";
            case OVERDUE -> dose + " overdue (due " + Wording.DAY.format(f.recommended() != null ? f.recommended() : f.pastDue()) + ")";
            case DUE -> dose + " due now (since " + Wording.DAY.format(f.recommended()) + ")";
            case CAN_BE_GIVEN -> dose + " due on " + Wording.DAY.format(f.recommended() != null ? f.recommended() : f.earliest())
                    + " (may be given now)";
            case NOT_YET -> dose + " due on " + Wording.DAY.format(f.recommended() != null ? f.recommended() : f.earliest());
            case NOT_FORECAST -> "This season's dose: ask the practice";
            case NO_MORE_DOSES -> switch (f.status()) {
                case AGED_OUT -> "No more doses: past the age for this vaccine";
                case CONTRAINDICATED -> "Not to be given: contraindicated";
                case NOT_RECOMMENDED -> "Not recommended";
                default -> "No more doses recommended";
            };
        };
        if (group.isRefused()) {
            words += " · declined by the family";
        }
        return words;
    }

    /**
     * A dose's reasons without the antigens' names when every antigen gives the same one ("Too young" once, not
     * "Diphtheria: Too young; Tetanus: Too young; …"), and none when that one only repeats the evaluation.
     */
    static List<String> reasons(String evaluation, List<String> reasons) {
        List<String> bare = reasons.stream().map(r -> r.contains(": ") ? r.substring(r.indexOf(": ") + 2) : r).distinct().toList();
        if (bare.size() != 1) {
            return reasons;
        }
        return bare.get(0).equals(evaluation) ? List.of() : bare;
    }

    private static String vaccine(ImmunizationCodes codes, String cvx) {
        return codes.vaccine(cvx).map(VaccineCode::shortDescription)
                .map(name -> Character.toUpperCase(name.charAt(0)) + name.substring(1)).orElse("CVX " + cvx);
    }

    private static String details(Immunization dose) {
        if (dose.source() == ImmunizationSource.HISTORICAL) {
            return "From " + dose.sourceName();
        }
        List<String> parts = new ArrayList<>();
        parts.add("Given here");
        if (dose.lotNumber() != null) {
            parts.add("Lot " + dose.lotNumber());
        }
        if (dose.mvx() != null) {
            parts.add(dose.mvx());
        }
        return String.join(" · ", parts);
    }
}
