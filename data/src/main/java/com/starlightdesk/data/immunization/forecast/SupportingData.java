package com.starlightdesk.data.immunization.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The CDC's CDSi supporting data, read once and kept in memory: the schedule (live-virus conflicts, vaccine
 * groups, the CVX-to-antigen map, observations) and one {@link Antigen} per antigen file. Element names follow
 * the XML; CVX codes are kept as {@link Cvx#normalize normalized} text.
 */
public record SupportingData(Map<String, Antigen> antigens, Map<String, VaccineGroup> vaccineGroups,
        Map<String, List<CvxAssociation>> cvxToAntigens, Map<String, String> cvxDescriptions,
        List<LiveVirusConflict> liveVirusConflicts, Map<String, String> observations) {

    /** The antigens an administered CVX code contains, with optional association ages. */
    public record CvxAssociation(String antigen, TimeSpan beginAge, TimeSpan endAge) {
    }

    /** A pair of live vaccines: a current dose given inside the window after a previous one is impacted. */
    public record LiveVirusConflict(String previousCvx, String currentCvx, TimeSpan beginInterval,
            TimeSpan minEndInterval, TimeSpan endInterval) {
    }

    /** A vaccine group, its antigens and whether the whole group is given together (MMR). */
    public record VaccineGroup(String name, boolean administerFullVaccineGroup, List<String> antigens) {
    }

    /** One antigen file. */
    public record Antigen(String name, Immunity immunity, List<Contraindication> antigenContraindications,
            List<VaccineContraindication> vaccineContraindications, List<AntigenSeries> series) {
    }

    /** Evidence of immunity: clinical-history codes, and a birth-date cut-off with its exclusions. */
    public record Immunity(Set<String> guidelineCodes, LocalDate immunityBirthDate, String birthCountry,
            Set<String> exclusionCodes) {
    }

    /** A contraindication to the whole antigen (the XML's vaccineGroup contraindication). */
    public record Contraindication(String observationCode, String text, TimeSpan beginAge, TimeSpan endAge) {
    }

    /** A contraindication to specific vaccines. */
    public record VaccineContraindication(String observationCode, String text, List<ContraindicatedVaccine> vaccines) {
    }

    /** One contraindicated vaccine type, with optional ages. */
    public record ContraindicatedVaccine(String cvx, TimeSpan beginAge, TimeSpan endAge) {
    }

    /** The series type of an antigen series. */
    public enum SeriesType {
        STANDARD("Standard"), RISK("Risk"), EVALUATION_ONLY("Evaluation Only");

        private final String words;

        SeriesType(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        static SeriesType of(String text) {
            for (SeriesType t : values()) {
                if (t.words.equalsIgnoreCase(text.trim())) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown series type '" + text + "'");
        }
    }

    /** One way to complete an antigen ("path to immunity"). */
    public record AntigenSeries(String name, String antigen, String vaccineGroup, SeriesType type,
            Set<String> equivalentSeriesGroups, Set<String> requiredGenders, boolean defaultSeries, boolean productPath,
            String seriesGroup, String seriesPriority, int seriesPreference, TimeSpan minAgeToStart,
            TimeSpan maxAgeToStart, List<Indication> indications, List<SeriesDose> doses) {
    }

    /** An observation that makes a risk series relevant, between optional ages. */
    public record Indication(String observationCode, TimeSpan beginAge, TimeSpan endAge) {
    }

    /** One target dose of a series. */
    public record SeriesDose(int doseNumber, List<AgeRule> ages, List<IntervalRule> intervals,
            List<IntervalRule> allowableIntervals, List<SeriesVaccine> preferableVaccines,
            List<SeriesVaccine> allowableVaccines, Set<String> inadvertentCvx, List<ConditionalSkip> conditionalSkips,
            boolean recurringDose, LocalDate seasonStart, LocalDate seasonEnd) {
    }

    /** The age rule of a series dose, in effect between optional effective and cessation dates. */
    public record AgeRule(TimeSpan absMinAge, TimeSpan minAge, TimeSpan earliestRecAge, TimeSpan latestRecAge,
            TimeSpan maxAge, LocalDate effectiveDate, LocalDate cessationDate) implements Dated {
    }

    /**
     * A preferable or allowable interval, measured from the previous dose, a target dose, the most recent dose of
     * some CVX codes, or an observation.
     */
    public record IntervalRule(boolean fromPrevious, Integer fromTargetDose, Set<String> fromMostRecent,
            String fromRelevantObs, TimeSpan absMinInt, TimeSpan minInt, TimeSpan earliestRecInt,
            TimeSpan latestRecInt, boolean priority, LocalDate effectiveDate, LocalDate cessationDate)
            implements Dated {
    }

    /**
     * A preferable or allowable vaccine of a series dose. Trade name and volume (mL) are given for some preferable
     * vaccines only; null when the data leaves them empty.
     */
    public record SeriesVaccine(String cvx, String vaccineType, TimeSpan beginAge, TimeSpan endAge, String tradeName,
            boolean forecastVaccineType, BigDecimal volume) {

        /** A vaccine without a volume. */
        public SeriesVaccine(String cvx, String vaccineType, TimeSpan beginAge, TimeSpan endAge, String tradeName,
                boolean forecastVaccineType) {
            this(cvx, vaccineType, beginAge, endAge, tradeName, forecastVaccineType, null);
        }
    }

    /** Where a conditional skip applies. */
    public enum SkipContext {
        EVALUATION, FORECAST, BOTH;

        static SkipContext of(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "evaluation" -> EVALUATION;
                case "forecast" -> FORECAST;
                case "both" -> BOTH;
                default -> throw new IllegalArgumentException("unknown conditional skip context '" + text + "'");
            };
        }

        boolean appliesTo(SkipContext wanted) {
            return this == BOTH || this == wanted;
        }
    }

    /** A conditional skip: sets of conditions combined by the set logic. */
    public record ConditionalSkip(SkipContext context, boolean setLogicAnd, List<SkipSet> sets) {
    }

    /** A set of conditions combined by the condition logic. */
    public record SkipSet(String description, boolean conditionLogicAnd, LocalDate effectiveDate,
            LocalDate cessationDate, List<SkipCondition> conditions) implements Dated {
    }

    /** The condition types of a conditional skip. */
    public enum ConditionType {
        AGE, INTERVAL, COMPLETED_SERIES, VACCINE_COUNT_BY_AGE, VACCINE_COUNT_BY_DATE, VACCINE_COUNT_BY_DATE_AND_AGE;

        static ConditionType of(String text) {
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "age" -> AGE;
                case "interval" -> INTERVAL;
                case "completed series" -> COMPLETED_SERIES;
                case "vaccine count by age" -> VACCINE_COUNT_BY_AGE;
                case "vaccine count by date" -> VACCINE_COUNT_BY_DATE;
                case "vaccine count by date and age" -> VACCINE_COUNT_BY_DATE_AND_AGE;
                default -> throw new IllegalArgumentException("unknown conditional skip condition type '" + text + "'");
            };
        }
    }

    /** The dose count logic of a vaccine-count condition. */
    public enum CountLogic {
        GREATER_THAN, EQUAL_TO, LESS_THAN;

        static CountLogic of(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "greater than" -> GREATER_THAN;
                case "equal to", "equal" -> EQUAL_TO;
                case "less than" -> LESS_THAN;
                default -> throw new IllegalArgumentException("unknown dose count logic '" + text + "'");
            };
        }
    }

    /** One condition of a conditional skip set. */
    public record SkipCondition(ConditionType type, LocalDate startDate, LocalDate endDate, TimeSpan beginAge,
            TimeSpan endAge, TimeSpan interval, int doseCount, boolean validDosesOnly, CountLogic doseCountLogic,
            Set<String> vaccineTypes, Set<String> seriesGroups) {
    }

    /** Supporting data in effect between an effective and a cessation date (RELEVANT-1 and -2). */
    public interface Dated {
        LocalDate effectiveDate();

        LocalDate cessationDate();

        /** Whether this instance is relevant on the anchor date: on or after the effective, on or before the cessation date. */
        default boolean inEffectOn(LocalDate anchor) {
            return (effectiveDate() == null || !anchor.isBefore(effectiveDate()))
                    && (cessationDate() == null || !anchor.isAfter(cessationDate()));
        }
    }
}
