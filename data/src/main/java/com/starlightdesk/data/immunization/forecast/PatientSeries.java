package com.starlightdesk.data.immunization.forecast;

import com.starlightdesk.data.immunization.forecast.Statuses.EvaluationStatus;
import com.starlightdesk.data.immunization.forecast.Statuses.SeriesStatus;
import com.starlightdesk.data.immunization.forecast.Statuses.TargetDoseStatus;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesDose;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A relevant patient series: one antigen series instantiated for the patient, with its target doses, the
 * evaluation of each of the antigen's doses against it, and its patient series forecast.
 */
final class PatientSeries {
    final AntigenSeries series;
    final List<TargetDose> targetDoses = new ArrayList<>();
    /** Per antigen dose (same order as the antigen's doses): its evaluation in this series, or null. */
    final Evaluation[] evaluations;
    /** Per antigen dose: whether it was an inadvertent administration for its target dose. */
    final boolean[] inadvertent;
    /** Per antigen dose: whether it was evaluated against a target dose (not extraneous after the series ended). */
    final boolean[] againstTargetDose;
    SeriesForecast forecast;
    boolean resolving;

    PatientSeries(AntigenSeries series, int doseCount) {
        this.series = series;
        for (SeriesDose d : series.doses()) {
            targetDoses.add(new TargetDose(d));
        }
        this.evaluations = new Evaluation[doseCount];
        this.inadvertent = new boolean[doseCount];
        this.againstTargetDose = new boolean[doseCount];
    }

    /** SELECTB-21: the count of satisfied target doses. */
    int validDoses() {
        int n = 0;
        for (TargetDose t : targetDoses) {
            if (t.status == TargetDoseStatus.SATISFIED) {
                n++;
            }
        }
        return n;
    }

    int notSatisfiedTargetDoses() {
        int n = 0;
        for (TargetDose t : targetDoses) {
            if (t.status == TargetDoseStatus.NOT_SATISFIED) {
                n++;
            }
        }
        return n;
    }

    boolean allEvaluationsValid() {
        for (Evaluation e : evaluations) {
            if (e != null && e.status() != EvaluationStatus.VALID) {
                return false;
            }
        }
        return true;
    }

    boolean hasEvaluatedDoses() {
        for (boolean b : againstTargetDose) {
            if (b) {
                return true;
            }
        }
        return false;
    }

    SeriesStatus status() {
        return forecast.status();
    }

    /** A target dose: one series dose the patient must satisfy (or may skip). */
    static final class TargetDose {
        final SeriesDose seriesDose;
        TargetDoseStatus status = TargetDoseStatus.NOT_SATISFIED;
        /** The position of the antigen dose that satisfied it, or -1. */
        int satisfiedBy = -1;

        TargetDose(SeriesDose seriesDose) {
            this.seriesDose = seriesDose;
        }
    }

    /** An evaluation status with its reason (null when there is none), in the specification's words. */
    record Evaluation(EvaluationStatus status, String reason) {
    }

    /** A patient series forecast (chapter 7). Dates are null unless the status is Not Complete. */
    record SeriesForecast(SeriesStatus status, String reason, int forecastDose, SeriesDose targetDose,
            LocalDate earliest, LocalDate unadjustedRecommended, LocalDate recommended, LocalDate unadjustedPastDue,
            LocalDate pastDue, LocalDate latest, LocalDate finish, boolean completable, List<String> vaccines) {
    }
}
