package com.starlightdesk.data.immunization.forecast;

import com.starlightdesk.data.immunization.forecast.Statuses.SeriesStatus;
import java.time.LocalDate;
import java.util.List;

/** The forecaster's answer for one patient: a forecast per relevant vaccine group and an evaluation per antigen dose. */
public record ImmunizationForecast(List<VaccineGroupForecast> vaccineGroups, List<DoseEvaluation> doses) {

    /**
     * A vaccine group forecast (chapter 9). Dates, vaccines and antigens are present only when the status is Not
     * Complete. {@code seriesType} is Standard or Risk: risk and standard best series are not blended.
     * {@code recommended} and {@code pastDue} are the adjusted dates (never before the earliest date);
     * {@code unadjustedRecommended} and {@code unadjustedPastDue} are the schedule's own (FORECASTVG-5, -6), and
     * {@code antigens} are the recommended antigens, those of the group still needing a dose (FORECASTVG-8).
     */
    public record VaccineGroupForecast(String name, String seriesType, SeriesStatus status, List<String> reasons,
            Integer forecastDose, LocalDate earliest, LocalDate recommended, LocalDate pastDue, LocalDate latest,
            List<String> vaccines, LocalDate unadjustedRecommended, LocalDate unadjustedPastDue, List<String> antigens) {

        /** The specification's reason when the assessment day is after the last season the supporting data covers. */
        public static final String PAST_SEASON_END = "Past seasonal recommendation end date";

        /**
         * Whether the group is not recommended only because the supporting data's seasonal recommendation has ended
         * (influenza after the season the data was published for): the data cannot say what this season calls for.
         */
        public boolean isPastLastSeasonInData() {
            return status == SeriesStatus.NOT_RECOMMENDED && reasons.contains(PAST_SEASON_END);
        }

        /** A group forecast without unadjusted dates or recommended antigens. */
        public VaccineGroupForecast(String name, String seriesType, SeriesStatus status, List<String> reasons,
                Integer forecastDose, LocalDate earliest, LocalDate recommended, LocalDate pastDue, LocalDate latest,
                List<String> vaccines) {
            this(name, seriesType, status, reasons, forecastDose, earliest, recommended, pastDue, latest, vaccines, null, null,
                    List.of());
        }
    }

    /**
     * The evaluation of one administered dose for one antigen, in the antigen's best patient series.
     * {@code index} is the dose's 1-based place in the history as given. Evaluation and reason are null when no
     * series of the antigen is relevant for the patient.
     */
    public record DoseEvaluation(int index, String cvx, LocalDate date, String antigen, String vaccineGroup,
            String evaluation, String reason) {
    }

    /** The group forecast by name (first of its series types), or null. */
    public VaccineGroupForecast group(String name) {
        for (VaccineGroupForecast g : vaccineGroups) {
            if (g.name().equals(name)) {
                return g;
            }
        }
        return null;
    }
}
