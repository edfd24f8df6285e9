package com.starlightdesk.data.immunization;

import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.immunization.forecast.AdministeredDose;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.DoseEvaluation;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.Patient;
import com.starlightdesk.data.immunization.forecast.Statuses.EvaluationStatus;
import com.starlightdesk.data.immunization.forecast.Statuses.SeriesStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A child's immunization status on a day, as the chart, the printed record and the recall list show it: the
 * forecaster's answer over the doses and observations the chart holds. Doses entered in error count for nothing;
 * removed observations are not in force; a refusal (which CDSi does not know) marks its vaccine group but does not
 * change its forecast. Immutable; made off the JavaFX thread (the forecaster is fast but the first use reads the
 * schedule data).
 */
public final class ImmunizationStatus {

    /** Where a vaccine group stands on the assessment day, for colouring and sorting. */
    public enum Standing {
        /** The next dose's past-due date has come. */
        OVERDUE("Overdue"),
        /** The next dose is at or past its recommended date. */
        DUE("Due"),
        /** The next dose may be given (its earliest date has come) but is not yet recommended. */
        CAN_BE_GIVEN("Can be given"),
        /** The next dose may not be given yet. */
        NOT_YET("Not yet"),
        /**
         * The schedule data's last season has ended (influenza): what this season calls for is not in the data the
         * practice has, so no dose is forecast; the provider follows the season's published recommendation.
         */
        NOT_FORECAST("Not forecast"),
        /** The series is complete, or the child is immune. */
        COMPLETE("Complete"),
        /** Nothing more is recommended: aged out, contraindicated or not recommended (the reason says which). */
        NO_MORE_DOSES("No more doses");

        private final String words;

        Standing(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** One vaccine group's forecast with its standing, and the refusal recorded for it if any. */
    public record GroupStatus(VaccineGroupForecast forecast, Standing standing, ImmunizationObservation refusal) {
        public String name() {
            return forecast.name();
        }

        public boolean isRefused() {
            return refusal != null;
        }
    }

    /**
     * One dose as its vaccine group counts it: valid when every antigen of the group the dose carries is valid;
     * otherwise the evaluation of the first antigen that is not, with every reason given (antigen-named when the
     * group has several antigens and they differ).
     */
    public record GroupDose(Immunization dose, String evaluation, List<String> reasons) {
        public boolean isValid() {
            return EvaluationStatus.VALID.words().equals(evaluation);
        }
    }

    /** The forecaster's view of a dose not yet saved: per antigen, its evaluation and reason. */
    public record DoseCheck(List<DoseEvaluation> evaluations) {
        /** Whether every antigen counts the dose as valid. */
        public boolean isValid() {
            return evaluations.stream().allMatch(e -> e.evaluation() == null || EvaluationStatus.VALID.words().equals(e.evaluation()));
        }

        /** The reasons the dose would not count, one per antigen and reason, in the specification's words. */
        public List<String> problems() {
            List<String> problems = new ArrayList<>();
            for (DoseEvaluation e : evaluations) {
                if (e.evaluation() != null && !EvaluationStatus.VALID.words().equals(e.evaluation())) {
                    String line = e.antigen() + ": " + e.evaluation() + (e.reason() == null ? "" : " (" + e.reason() + ")");
                    if (!problems.contains(line)) {
                        problems.add(line);
                    }
                }
            }
            return problems;
        }
    }

    private final LocalDate assessedOn;
    private final ImmunizationForecast forecast;
    private final List<GroupStatus> groups;
    private final Map<UUID, List<DoseEvaluation>> evaluationsByDose;
    private final List<Immunization> counted;

    private ImmunizationStatus(LocalDate assessedOn, ImmunizationForecast forecast, List<GroupStatus> groups,
            Map<UUID, List<DoseEvaluation>> evaluationsByDose, List<Immunization> counted) {
        this.assessedOn = assessedOn;
        this.forecast = forecast;
        this.groups = List.copyOf(groups);
        this.evaluationsByDose = evaluationsByDose;
        this.counted = List.copyOf(counted);
    }

    /**
     * The status of a child born {@code birthDate} with {@code record} on {@code today} (the practice's date).
     * Doses dated after {@code today} cannot exist (the store refuses them); a birth date after today is refused.
     */
    public static ImmunizationStatus assess(Forecaster forecaster, LocalDate birthDate, Gender gender,
            ImmunizationRecord record, LocalDate today) {
        List<Immunization> counted = oldestFirst(record.validDoses());
        ImmunizationForecast forecast = forecaster.forecast(patient(birthDate, gender, record), administered(counted), today);
        Map<UUID, List<DoseEvaluation>> byDose = new HashMap<>();
        for (DoseEvaluation e : forecast.doses()) {
            byDose.computeIfAbsent(counted.get(e.index() - 1).id(), k -> new ArrayList<>()).add(e);
        }
        Map<String, ImmunizationObservation> refusals = new HashMap<>();
        for (ImmunizationObservation o : record.currentObservations()) {
            if (o.kind() == ObservationKind.REFUSAL) {
                refusals.putIfAbsent(o.vaccineGroup(), o);
            }
        }
        List<GroupStatus> groups = new ArrayList<>();
        for (VaccineGroupForecast g : forecast.vaccineGroups()) {
            groups.add(new GroupStatus(g, standing(g, today), refusals.get(g.name())));
        }
        return new ImmunizationStatus(today, forecast, groups, byDose, counted);
    }

    /**
     * What the forecaster would make of a dose of {@code cvx} given on {@code givenOn} (not after {@code today})
     * added to {@code record}, for the warning shown before saving: too young, too soon, a live-virus conflict.
     * A correction passes the dose being corrected as {@code replacing} so it is not counted twice.
     */
    public static DoseCheck check(Forecaster forecaster, LocalDate birthDate, Gender gender, ImmunizationRecord record,
            String cvx, LocalDate givenOn, UUID replacing, LocalDate today) {
        List<Immunization> counted = new ArrayList<>(oldestFirst(record.validDoses()));
        counted.removeIf(d -> d.id().equals(replacing));
        List<AdministeredDose> doses = administered(counted);
        doses.add(new AdministeredDose(cvx, givenOn));
        int index = doses.size();
        LocalDate on = givenOn.isAfter(today) ? givenOn : today;
        ImmunizationForecast forecast = forecaster.forecast(patient(birthDate, gender, record), doses, on);
        return new DoseCheck(forecast.doses().stream().filter(e -> e.index() == index).toList());
    }

    private static Patient patient(LocalDate birthDate, Gender gender, ImmunizationRecord record) {
        Set<String> codes = new HashSet<>();
        Map<String, LocalDate> dates = new HashMap<>();
        for (ImmunizationObservation o : record.currentObservations()) {
            if (o.observationCode() != null) {
                codes.add(o.observationCode());
                if (o.observedOn() != null) {
                    dates.merge(o.observationCode(), o.observedOn(), (a, b) -> a.isAfter(b) ? a : b);
                }
            }
        }
        Patient.Gender forecastGender = switch (gender == null ? Gender.UNKNOWN : gender) {
            case FEMALE -> Patient.Gender.FEMALE;
            case MALE -> Patient.Gender.MALE;
            case OTHER, UNKNOWN -> Patient.Gender.UNKNOWN;
        };
        // The chart does not record a country of birth: no immunity by birth country is assumed.
        return new Patient(birthDate, forecastGender, codes, dates, null);
    }

    private static List<Immunization> oldestFirst(List<Immunization> doses) {
        return doses.stream().sorted(Comparator.comparing(Immunization::givenOn).thenComparing(Immunization::id)).toList();
    }

    private static List<AdministeredDose> administered(List<Immunization> doses) {
        List<AdministeredDose> administered = new ArrayList<>();
        for (Immunization d : doses) {
            administered.add(new AdministeredDose(d.cvx(), d.mvx(), d.givenOn(), d.expiresOn(), false));
        }
        return administered;
    }

    static Standing standing(VaccineGroupForecast g, LocalDate today) {
        if (g.status() == SeriesStatus.COMPLETE || g.status() == SeriesStatus.IMMUNE) {
            return Standing.COMPLETE;
        }
        if (g.isPastLastSeasonInData()) {
            return Standing.NOT_FORECAST;
        }
        if (g.status() != SeriesStatus.NOT_COMPLETE || g.earliest() == null) {
            return Standing.NO_MORE_DOSES;
        }
        if (g.pastDue() != null && !today.isBefore(g.pastDue())) {
            return Standing.OVERDUE;
        }
        if (g.recommended() != null && !today.isBefore(g.recommended())) {
            return Standing.DUE;
        }
        return today.isBefore(g.earliest()) ? Standing.NOT_YET : Standing.CAN_BE_GIVEN;
    }

    /** The day this status is for. */
    public LocalDate assessedOn() {
        return assessedOn;
    }

    /** The forecaster's whole answer. */
    public ImmunizationForecast forecast() {
        return forecast;
    }

    /** Every relevant vaccine group, in the schedule data's order. */
    public List<GroupStatus> groups() {
        return groups;
    }

    /** The groups whose next dose is overdue or due now. */
    public List<GroupStatus> dueOrOverdue() {
        return groups.stream().filter(g -> g.standing() == Standing.OVERDUE || g.standing() == Standing.DUE).toList();
    }

    /** The forecaster's evaluations of one stored dose, one per antigen (empty for a dose entered in error). */
    public List<DoseEvaluation> evaluations(UUID doseId) {
        return evaluationsByDose.getOrDefault(doseId, List.of());
    }

    /** The doses of {@code group} oldest first, each as the group counts it: the record card's row for the group. */
    public List<GroupDose> dosesOf(String group) {
        List<GroupDose> doses = new ArrayList<>();
        for (Immunization d : counted) {
            Map<String, DoseEvaluation> byAntigen = new LinkedHashMap<>();
            for (DoseEvaluation e : evaluations(d.id())) {
                if (group.equals(e.vaccineGroup())) {
                    byAntigen.putIfAbsent(e.antigen(), e);
                }
            }
            if (byAntigen.isEmpty()) {
                continue;
            }
            String evaluation = EvaluationStatus.VALID.words();
            List<String> reasons = new ArrayList<>();
            boolean several = byAntigen.size() > 1;
            for (DoseEvaluation e : byAntigen.values()) {
                String status = e.evaluation() == null ? "Not evaluated" : e.evaluation();
                if (!EvaluationStatus.VALID.words().equals(status)) {
                    if (EvaluationStatus.VALID.words().equals(evaluation)) {
                        evaluation = status;
                    }
                    String reason = e.reason() == null ? status : e.reason();
                    String line = several ? e.antigen() + ": " + reason : reason;
                    if (!reasons.contains(line)) {
                        reasons.add(line);
                    }
                }
            }
            doses.add(new GroupDose(d, evaluation, reasons));
        }
        return doses;
    }

    /** The group's status by name (its first series type), if the group is relevant for the child. */
    public Optional<GroupStatus> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }
}
