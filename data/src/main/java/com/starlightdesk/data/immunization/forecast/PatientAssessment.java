package com.starlightdesk.data.immunization.forecast;

import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.DoseEvaluation;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.PatientSeries.Evaluation;
import com.starlightdesk.data.immunization.forecast.PatientSeries.SeriesForecast;
import com.starlightdesk.data.immunization.forecast.PatientSeries.TargetDose;
import com.starlightdesk.data.immunization.forecast.Statuses.EvaluationStatus;
import com.starlightdesk.data.immunization.forecast.Statuses.SeriesStatus;
import com.starlightdesk.data.immunization.forecast.Statuses.TargetDoseStatus;
import com.starlightdesk.data.immunization.forecast.SupportingData.AgeRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.Antigen;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionalSkip;
import com.starlightdesk.data.immunization.forecast.SupportingData.ContraindicatedVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.Contraindication;
import com.starlightdesk.data.immunization.forecast.SupportingData.CvxAssociation;
import com.starlightdesk.data.immunization.forecast.SupportingData.Indication;
import com.starlightdesk.data.immunization.forecast.SupportingData.IntervalRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.LiveVirusConflict;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesDose;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipCondition;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipSet;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineContraindication;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * The Logic Specification applied to one patient on one assessment date: organize the history into antigen
 * doses (4.2), select the relevant patient series (5.1), evaluate (6) and forecast (7) each, select the best
 * patient series (8) and combine the antigens into vaccine group forecasts (9).
 */
final class PatientAssessment {
    static final LocalDate FAR_PAST = LocalDate.of(1900, 1, 1);
    static final LocalDate FAR_FUTURE = LocalDate.of(2999, 12, 31);

    private final Forecaster forecaster;
    private final SupportingData data;
    private final Patient patient;
    private final LocalDate dob;
    private final LocalDate assessmentDate;
    private final List<AdministeredDose> history;
    /** 4.2: each antigen's doses, in date order. */
    private final Map<String, List<AntigenDose>> antigenDoses = new LinkedHashMap<>();
    private final Map<String, List<PatientSeries>> relevantSeries = new LinkedHashMap<>();

    /** An antigen administered record: one antigen of one vaccine dose administered. */
    record AntigenDose(int index, AdministeredDose dose, String antigen) {
        LocalDate date() {
            return dose.date();
        }

        String cvx() {
            return dose.cvx();
        }
    }

    PatientAssessment(Forecaster forecaster, Patient patient, List<AdministeredDose> history, LocalDate assessmentDate) {
        this.forecaster = forecaster;
        this.data = forecaster.data();
        this.patient = patient;
        this.dob = patient.birthDate();
        this.assessmentDate = assessmentDate;
        this.history = history;
    }

    ImmunizationForecast run() {
        organizeImmunizationHistory();
        Map<String, List<PatientSeries>> best = new LinkedHashMap<>();
        for (Antigen antigen : data.antigens().values()) {
            List<PatientSeries> relevant = new ArrayList<>();
            int doseCount = doses(antigen.name()).size();
            for (AntigenSeries s : antigen.series()) {
                if (isRelevant(s)) {
                    relevant.add(new PatientSeries(s, doseCount));
                }
            }
            relevantSeries.put(antigen.name(), relevant);
        }
        for (Antigen antigen : data.antigens().values()) {
            for (PatientSeries ps : relevantSeries.get(antigen.name())) {
                resolve(antigen, ps);
            }
            best.put(antigen.name(), bestPatientSeries(antigen));
        }
        return new ImmunizationForecast(vaccineGroupForecasts(best), doseEvaluations(best));
    }

    // ---- 4.2 Organize immunization history ----

    private void organizeImmunizationHistory() {
        for (int i = 0; i < history.size(); i++) {
            AdministeredDose d = history.get(i);
            List<CvxAssociation> associations = data.cvxToAntigens().get(d.cvx());
            if (associations == null) {
                throw new IllegalArgumentException("doses[" + i + "].cvx " + d.cvx() + " is not a CVX code of the supporting data");
            }
            for (CvxAssociation a : associations) {
                if (within(d.date(), ageDate(a.beginAge(), FAR_PAST), ageDate(a.endAge(), FAR_FUTURE))) {
                    antigenDoses.computeIfAbsent(a.antigen(), k -> new ArrayList<>()).add(new AntigenDose(i + 1, d, a.antigen()));
                }
            }
        }
        for (List<AntigenDose> list : antigenDoses.values()) {
            list.sort(Comparator.comparing(AntigenDose::date).thenComparingInt(AntigenDose::index));
        }
    }

    private List<AntigenDose> doses(String antigen) {
        return antigenDoses.getOrDefault(antigen, List.of());
    }

    // ---- 5.1 Select relevant patient series ----

    private boolean isRelevant(AntigenSeries s) {
        if (!s.requiredGenders().isEmpty() && !s.requiredGenders().contains(patient.gender().word())) {
            return false;
        }
        if (s.type() != SeriesType.RISK) {
            return true;
        }
        for (Indication i : s.indications()) {
            if (patient.observations().contains(i.observationCode())
                    && within(assessmentDate, ageDate(i.beginAge(), FAR_PAST), ageDate(i.endAge(), FAR_FUTURE))) {
                return true;
            }
        }
        return false;
    }

    /** Evaluates and forecasts a series once; a Completed Series skip condition may ask for another series first. */
    private void resolve(Antigen antigen, PatientSeries ps) {
        if (ps.forecast != null || ps.resolving) {
            return;
        }
        ps.resolving = true;
        evaluate(antigen, ps);
        ps.forecast = forecast(antigen, ps);
        ps.resolving = false;
    }

    // ---- 4.4 and 6: evaluate the history against the series ----

    private void evaluate(Antigen antigen, PatientSeries ps) {
        List<AntigenDose> doses = doses(antigen.name());
        int t = 0;
        for (int i = 0; i < doses.size(); i++) {
            AntigenDose d = doses.get(i);
            // 6.1 dose administered condition: a dose that cannot be evaluated leaves the target dose as it is
            Evaluation condition = t < ps.targetDoses.size() ? doseCondition(d) : null;
            if (condition != null) {
                ps.againstTargetDose[i] = true;
                ps.evaluations[i] = condition;
                continue;
            }
            // 6.2 conditional skip, before the dose is evaluated against the target dose
            while (t < ps.targetDoses.size()
                    && canSkip(antigen, ps, ps.targetDoses.get(t), SkipContext.EVALUATION, d.date(), d.date(), i)) {
                ps.targetDoses.get(t).status = TargetDoseStatus.SKIPPED;
                t++;
            }
            if (t >= ps.targetDoses.size()) {
                ps.evaluations[i] = new Evaluation(EvaluationStatus.EXTRANEOUS, null);
                continue;
            }
            TargetDose target = ps.targetDoses.get(t);
            ps.againstTargetDose[i] = true;
            Evaluation e = evaluateDose(ps, target.seriesDose, doses, i);
            ps.evaluations[i] = e;
            if (e.status() == EvaluationStatus.VALID) {
                target.status = TargetDoseStatus.SATISFIED;
                target.satisfiedBy = i;
                if (target.seriesDose.recurringDose()) {
                    ps.targetDoses.add(t + 1, new TargetDose(target.seriesDose));
                }
                t++;
            }
        }
    }

    /** 6.1 (table 6-3): Sub-standard when given after the lot expired or with a dose condition, else null. */
    private static Evaluation doseCondition(AntigenDose d) {
        if (d.dose().lotExpiration() != null && d.date().isAfter(d.dose().lotExpiration())) {
            return new Evaluation(EvaluationStatus.SUB_STANDARD, "Expired");
        }
        if (d.dose().doseCondition()) {
            return new Evaluation(EvaluationStatus.SUB_STANDARD, "Dose condition");
        }
        return null;
    }

    /** 6.3 to 6.10 for one antigen dose against one target dose. */
    private Evaluation evaluateDose(PatientSeries ps, SeriesDose sd, List<AntigenDose> doses, int i) {
        AntigenDose d = doses.get(i);
        LocalDate date = d.date();
        // 6.3 inadvertent vaccine
        if (sd.inadvertentCvx().contains(d.cvx())) {
            ps.inadvertent[i] = true;
            return new Evaluation(EvaluationStatus.NOT_VALID, "Inadvertent Administration");
        }
        // 6.4 age
        boolean tooYoung = false;
        boolean tooOld = false;
        boolean grace = false;
        AgeRule age = inEffect(sd.ages(), date);
        if (age != null) {
            LocalDate absMin = ageDate(age.absMinAge(), FAR_PAST);
            LocalDate min = ageDate(age.minAge(), FAR_PAST);
            LocalDate max = ageDate(age.maxAge(), FAR_FUTURE);
            if (date.isBefore(absMin)) {
                tooYoung = true;
            } else if (date.isBefore(min)) {
                grace = true;
            } else if (!date.isBefore(max)) {
                tooOld = true;
            }
        }
        // 6.5 preferable intervals, then 6.6 allowable intervals
        boolean preferableOk = true;
        for (IntervalRule rule : sd.intervals()) {
            if (!rule.inEffectOn(date)) {
                continue;
            }
            LocalDate ref = evaluationReference(ps, rule, doses, i);
            if (ref == null) {
                continue;
            }
            if (rule.absMinInt() != null && date.isBefore(rule.absMinInt().addTo(ref))) {
                preferableOk = false;
            } else if (rule.minInt() != null && date.isBefore(rule.minInt().addTo(ref))) {
                grace = true;
            }
        }
        boolean intervalOk = preferableOk;
        if (!preferableOk) {
            boolean any = false;
            boolean allowableOk = true;
            for (IntervalRule rule : sd.allowableIntervals()) {
                if (!rule.inEffectOn(date)) {
                    continue;
                }
                any = true;
                LocalDate ref = evaluationReference(ps, rule, doses, i);
                if (ref != null && rule.absMinInt() != null && date.isBefore(rule.absMinInt().addTo(ref))) {
                    allowableOk = false;
                }
            }
            intervalOk = any && allowableOk;
        }
        // 6.7 vaccine conflict
        boolean impacted = isImpacted(ps, doses, i);
        // 6.8 preferable vaccine (table 6-26), 6.9 allowable vaccine (table 6-29)
        boolean vaccineOk = false;
        boolean outOfAgeRange = false;
        boolean otherTradeName = false;
        boolean lowVolume = false;
        for (SeriesVaccine v : sd.preferableVaccines()) {
            if (!d.cvx().equals(v.cvx())) {
                continue;
            }
            if (!within(date, ageDate(v.beginAge(), FAR_PAST), ageDate(v.endAge(), FAR_FUTURE))) {
                outOfAgeRange = true;
            } else if (v.tradeName() != null && d.dose().tradeName() != null
                    && !v.tradeName().equalsIgnoreCase(d.dose().tradeName())) {
                otherTradeName = true;
            } else if (!vaccineOk || lowVolume) {
                vaccineOk = true;
                lowVolume = v.volume() != null && d.dose().volume() != null && d.dose().volume().compareTo(v.volume()) < 0;
            }
        }
        if (!vaccineOk) {
            lowVolume = false;
            for (SeriesVaccine v : sd.allowableVaccines()) {
                if (d.cvx().equals(v.cvx())) {
                    if (within(date, ageDate(v.beginAge(), FAR_PAST), ageDate(v.endAge(), FAR_FUTURE))) {
                        vaccineOk = true;
                    } else {
                        outOfAgeRange = true;
                    }
                }
            }
        }
        // 6.10 satisfy target dose
        if (tooOld) {
            return new Evaluation(EvaluationStatus.EXTRANEOUS, "Too old");
        }
        // Table 6-31's columns in order: the first rule the dose breaks gives the reason
        String reason = tooYoung ? "Too young"
                : !intervalOk ? "Too soon"
                : impacted ? "Live virus conflict"
                : !vaccineOk ? (outOfAgeRange ? "Administered out of the recommended age range for the vaccine"
                        : otherTradeName ? "Trade name is not the preferable vaccine's trade name"
                        : "Not a preferable or allowable vaccine")
                : null;
        if (reason != null) {
            return new Evaluation(EvaluationStatus.NOT_VALID, reason);
        }
        String volume = lowVolume ? "Volume administered is less than recommended volume" : null;
        return new Evaluation(EvaluationStatus.VALID, grace && lowVolume ? "Grace period; " + volume : grace ? "Grace period" : volume);
    }

    /** CALCDTINT-1, -2, -8 and -9 when evaluating antigen dose {@code i}; null when the interval has no reference. */
    private LocalDate evaluationReference(PatientSeries ps, IntervalRule rule, List<AntigenDose> doses, int i) {
        if (rule.fromPrevious()) {
            int j = previousCountedDose(ps, i);
            return j < 0 ? null : doses.get(j).date();
        }
        if (rule.fromTargetDose() != null) {
            return satisfyingDoseDate(ps, rule.fromTargetDose(), doses);
        }
        if (!rule.fromMostRecent().isEmpty()) {
            return mostRecentOf(ps, doses, rule.fromMostRecent(), doses.get(i).date(), false);
        }
        return observationDate(rule);
    }

    /** CALCDTINT-9: the date of the interval's observation; null when the patient has no date for it. */
    private LocalDate observationDate(IntervalRule rule) {
        return rule.fromRelevantObs() == null ? null : patient.observationDates().get(rule.fromRelevantObs());
    }

    /** The latest antigen dose before position {@code i} that is Valid or Not Valid and not inadvertent, or -1. */
    private static int previousCountedDose(PatientSeries ps, int i) {
        for (int j = i - 1; j >= 0; j--) {
            Evaluation e = ps.evaluations[j];
            if (e != null && (e.status() == EvaluationStatus.VALID || e.status() == EvaluationStatus.NOT_VALID)
                    && !ps.inadvertent[j]) {
                return j;
            }
        }
        return -1;
    }

    private static LocalDate satisfyingDoseDate(PatientSeries ps, int doseNumber, List<AntigenDose> doses) {
        for (TargetDose t : ps.targetDoses) {
            if (t.seriesDose.doseNumber() == doseNumber && t.status == TargetDoseStatus.SATISFIED) {
                return doses.get(t.satisfiedBy).date();
            }
        }
        return null;
    }

    /**
     * CALCDTINT-8: the date of the most recent vaccine dose administered of one of the CVX codes, before (or on) a
     * date, that is not an inadvertent administration in this series.
     */
    private LocalDate mostRecentOf(PatientSeries ps, List<AntigenDose> doses, Set<String> cvx, LocalDate limit, boolean inclusive) {
        LocalDate best = null;
        for (int h = 0; h < history.size(); h++) {
            AdministeredDose given = history.get(h);
            boolean inRange = inclusive ? !given.date().isAfter(limit) : given.date().isBefore(limit);
            if (inRange && cvx.contains(given.cvx()) && (best == null || given.date().isAfter(best))
                    && !inadvertentInSeries(ps, doses, h + 1)) {
                best = given.date();
            }
        }
        return best;
    }

    private static boolean inadvertentInSeries(PatientSeries ps, List<AntigenDose> doses, int index) {
        for (int j = 0; j < doses.size(); j++) {
            if (doses.get(j).index() == index) {
                return ps.inadvertent[j];
            }
        }
        return false;
    }

    /** 6.7 (CALCDTCONFLICT-1, -2, CONFLICT-3): is antigen dose {@code i} inside a live-virus conflict window? */
    private boolean isImpacted(PatientSeries ps, List<AntigenDose> doses, int i) {
        AntigenDose current = doses.get(i);
        List<LiveVirusConflict> conflicts = forecaster.conflictsImpacting(current.cvx());
        if (conflicts.isEmpty()) {
            return false;
        }
        for (int h = 0; h < history.size(); h++) {
            AdministeredDose previous = history.get(h);
            if (!previous.date().isBefore(current.date())) {
                continue;
            }
            for (LiveVirusConflict c : conflicts) {
                if (!c.previousCvx().equals(previous.cvx())) {
                    continue;
                }
                LocalDate begin = c.beginInterval().addTo(previous.date());
                Evaluation status = statusInSeries(ps, doses, h + 1);
                TimeSpan endSpan = status == null || status.status() == EvaluationStatus.VALID ? c.minEndInterval() : c.endInterval();
                LocalDate end = endSpan.addTo(previous.date());
                if (!current.date().isBefore(begin) && current.date().isBefore(end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The evaluation in this series of the administered dose with 1-based index, or null when it has none here. */
    private static Evaluation statusInSeries(PatientSeries ps, List<AntigenDose> doses, int index) {
        for (int j = 0; j < doses.size(); j++) {
            if (doses.get(j).index() == index) {
                return ps.evaluations[j];
            }
        }
        return null;
    }

    // ---- 6.2 / 7.1 / 7.6 conditional skip ----

    /**
     * Tables 6-6 to 6-11. {@code reference} is CONDSKIP-2's reference date; {@code anchor} selects the sets in
     * effect (RELEVANT-1/-2); {@code before} is the number of antigen doses that come before (all in forecasting).
     */
    private boolean canSkip(Antigen antigen, PatientSeries ps, TargetDose target, SkipContext context, LocalDate reference,
            LocalDate anchor, int before) {
        for (ConditionalSkip skip : target.seriesDose.conditionalSkips()) {
            if (!skip.context().appliesTo(context)) {
                continue;
            }
            int considered = 0;
            int met = 0;
            for (SkipSet set : skip.sets()) {
                if (!set.inEffectOn(anchor)) {
                    continue;
                }
                considered++;
                int conditionsMet = 0;
                for (SkipCondition c : set.conditions()) {
                    if (conditionMet(antigen, ps, c, reference, before)) {
                        conditionsMet++;
                    }
                }
                boolean setMet = set.conditionLogicAnd() ? conditionsMet == set.conditions().size() : conditionsMet > 0;
                if (setMet) {
                    met++;
                }
            }
            if (considered > 0 && (skip.setLogicAnd() ? met == considered : met > 0)) {
                return true;
            }
        }
        return false;
    }

    private boolean conditionMet(Antigen antigen, PatientSeries ps, SkipCondition c, LocalDate reference, int before) {
        List<AntigenDose> doses = doses(antigen.name());
        switch (c.type()) {
            case AGE:
                return within(reference, ageDate(c.beginAge(), FAR_PAST), ageDate(c.endAge(), FAR_FUTURE));
            case INTERVAL: {
                int j = previousCountedDose(ps, before);
                if (j < 0 || c.interval() == null) {
                    return false;
                }
                return !reference.isBefore(c.interval().addTo(doses.get(j).date()));
            }
            case COMPLETED_SERIES:
                for (PatientSeries other : relevantSeries.get(antigen.name())) {
                    if (other != ps && c.seriesGroups().contains(other.series.seriesGroup())) {
                        resolve(antigen, other);
                        if (other.forecast != null && other.forecast.status() == SeriesStatus.COMPLETE) {
                            return true;
                        }
                    }
                }
                return false;
            default: {
                // CONDSKIP-1: vaccine count by age, by date, or by date and age
                LocalDate beginAge = ageDate(c.beginAge(), FAR_PAST);
                LocalDate endAge = ageDate(c.endAge(), FAR_FUTURE);
                LocalDate start = c.startDate() == null ? FAR_PAST : c.startDate();
                LocalDate end = c.endDate() == null ? FAR_FUTURE : c.endDate();
                int count = 0;
                for (int j = 0; j < before; j++) {
                    AntigenDose d = doses.get(j);
                    if ((c.vaccineTypes().isEmpty() || c.vaccineTypes().contains(d.cvx()))
                            && within(d.date(), beginAge, endAge) && within(d.date(), start, end)
                            && (!c.validDosesOnly() || (ps.evaluations[j] != null
                                    && ps.evaluations[j].status() == EvaluationStatus.VALID))) {
                        count++;
                    }
                }
                if (c.doseCountLogic() == null) {
                    return false;
                }
                return switch (c.doseCountLogic()) {
                    case GREATER_THAN -> count > c.doseCount();
                    case EQUAL_TO -> count == c.doseCount();
                    case LESS_THAN -> count < c.doseCount();
                };
            }
        }
    }

    // ---- 7 Forecast dates and reasons ----

    private SeriesForecast forecast(Antigen antigen, PatientSeries ps) {
        List<AntigenDose> doses = doses(antigen.name());
        int all = doses.size();
        int t = 0;
        while (t < ps.targetDoses.size() && ps.targetDoses.get(t).status != TargetDoseStatus.NOT_SATISFIED) {
            t++;
        }
        boolean immune = hasEvidenceOfImmunity(antigen);
        boolean antigenContraindicated = antigenContraindicated(antigen);
        Set<String> contraindicatedCvx = contraindicatedVaccines(antigen);
        while (true) {
            // 7.1 conditional skip at the assessment date
            while (t < ps.targetDoses.size()
                    && canSkip(antigen, ps, ps.targetDoses.get(t), SkipContext.FORECAST, assessmentDate, assessmentDate, all)) {
                ps.targetDoses.get(t).status = TargetDoseStatus.SKIPPED;
                t++;
            }
            int forecastDose = forecastDoseNumber(ps, doses);
            // 7.4 determine forecast need (table 7-10)
            if (t >= ps.targetDoses.size()) {
                return ps.validDoses() > 0
                        ? noDates(SeriesStatus.COMPLETE, "Patient series is complete", forecastDose)
                        : noDates(SeriesStatus.NOT_RECOMMENDED, "Not recommended at this time due to past immunization history", forecastDose);
            }
            if (immune) {
                return noDates(SeriesStatus.IMMUNE, "Patient has evidence of immunity", forecastDose);
            }
            SeriesDose sd = ps.targetDoses.get(t).seriesDose;
            if (antigenContraindicated || allPreferableContraindicated(ps, contraindicatedCvx)) {
                return noDates(SeriesStatus.CONTRAINDICATED, "Patient has a contraindication", forecastDose);
            }
            if (sd.seasonEnd() != null && assessmentDate.isAfter(sd.seasonEnd())) {
                return noDates(SeriesStatus.NOT_RECOMMENDED, VaccineGroupForecast.PAST_SEASON_END, forecastDose);
            }
            AgeRule age = inEffect(sd.ages(), assessmentDate);
            LocalDate maxAgeDate = age == null ? null : ageDate(age.maxAge(), null);
            if (maxAgeDate != null && !assessmentDate.isBefore(maxAgeDate)) {
                return noDates(SeriesStatus.AGED_OUT, "Patient has exceeded the maximum age", forecastDose);
            }
            // 7.5 forecast dates
            LocalDate earliest = candidateEarliestDate(ps, sd, age, doses);
            if (maxAgeDate != null && !earliest.isBefore(maxAgeDate)) {
                return noDates(SeriesStatus.AGED_OUT, "Patient is unable to finish the series prior to the maximum age", forecastDose);
            }
            // 7.6 validate recommendation: a target dose skipped at the earliest date is forecast no more
            if (canSkip(antigen, ps, ps.targetDoses.get(t), SkipContext.FORECAST, earliest, assessmentDate, all)) {
                ps.targetDoses.get(t).status = TargetDoseStatus.SKIPPED;
                t++;
                continue;
            }
            return datedForecast(ps, sd, age, earliest, doses, contraindicatedCvx, forecastDose, t);
        }
    }

    private SeriesForecast noDates(SeriesStatus status, String reason, int forecastDose) {
        return new SeriesForecast(status, reason, forecastDose, null, null, null, null, null, null, null, null, false, List.of());
    }

    /** FORECASTDN-1. */
    private static int forecastDoseNumber(PatientSeries ps, List<AntigenDose> doses) {
        int n = 0;
        for (TargetDose t : ps.targetDoses) {
            if (t.status == TargetDoseStatus.SATISFIED && (t.seriesDose.seasonStart() == null
                    || !doses.get(t.satisfiedBy).date().isBefore(t.seriesDose.seasonStart()))) {
                n++;
            }
        }
        return n + 1;
    }

    /** FORECASTDTCAN-1. */
    private LocalDate candidateEarliestDate(PatientSeries ps, SeriesDose sd, AgeRule age, List<AntigenDose> doses) {
        LocalDate earliest = dob;
        if (age != null && age.minAge() != null) {
            earliest = later(earliest, age.minAge().addTo(dob));
        }
        for (IntervalRule rule : sd.intervals()) {
            if (rule.inEffectOn(assessmentDate) && rule.minInt() != null) {
                LocalDate ref = forecastReference(ps, rule, doses);
                if (ref != null) {
                    earliest = later(earliest, rule.minInt().addTo(ref));
                }
            }
        }
        // CALCDTCONFLICT-3: conflict end dates that impact a preferable vaccine of the next target dose
        for (SeriesVaccine v : sd.preferableVaccines()) {
            for (LiveVirusConflict c : forecaster.conflictsImpacting(v.cvx())) {
                for (AdministeredDose h : history) {
                    if (h.cvx().equals(c.previousCvx())) {
                        earliest = later(earliest, c.endInterval().addTo(h.date()));
                    }
                }
            }
        }
        if (sd.seasonStart() != null) {
            earliest = later(earliest, sd.seasonStart());
        }
        for (int j = 0; j < doses.size(); j++) {
            if (ps.againstTargetDose[j]) {
                earliest = later(earliest, doses.get(j).date());
            }
        }
        return earliest;
    }

    /** The reference date of an interval when forecasting. */
    private LocalDate forecastReference(PatientSeries ps, IntervalRule rule, List<AntigenDose> doses) {
        if (rule.fromPrevious()) {
            int j = previousCountedDose(ps, doses.size());
            return j < 0 ? null : doses.get(j).date();
        }
        if (rule.fromTargetDose() != null) {
            return satisfyingDoseDate(ps, rule.fromTargetDose(), doses);
        }
        if (!rule.fromMostRecent().isEmpty()) {
            return mostRecentOf(ps, doses, rule.fromMostRecent(), assessmentDate, true);
        }
        return observationDate(rule);
    }

    /** FORECASTDT-1 to -6 and FORECASTRECVAC-1. */
    private SeriesForecast datedForecast(PatientSeries ps, SeriesDose sd, AgeRule age, LocalDate earliest,
            List<AntigenDose> doses, Set<String> contraindicatedCvx, int forecastDose, int t) {
        LocalDate latestEarliestRecInt = null;
        LocalDate latestLatestRecInt = null;
        for (IntervalRule rule : sd.intervals()) {
            if (!rule.inEffectOn(assessmentDate)) {
                continue;
            }
            LocalDate ref = forecastReference(ps, rule, doses);
            if (ref == null) {
                continue;
            }
            if (rule.earliestRecInt() != null) {
                latestEarliestRecInt = later(latestEarliestRecInt, rule.earliestRecInt().addTo(ref));
            }
            if (rule.latestRecInt() != null) {
                latestLatestRecInt = later(latestLatestRecInt, rule.latestRecInt().addTo(ref));
            }
        }
        LocalDate earliestRecAge = age == null ? null : ageDate(age.earliestRecAge(), null);
        LocalDate latestRecAge = age == null ? null : ageDate(age.latestRecAge(), null);
        LocalDate maxAge = age == null ? null : ageDate(age.maxAge(), null);
        LocalDate unadjustedRecommended = earliestRecAge != null ? earliestRecAge
                : latestEarliestRecInt != null ? latestEarliestRecInt : earliest;
        LocalDate unadjustedPastDue = latestRecAge != null ? latestRecAge.minusDays(1)
                : latestLatestRecInt != null ? latestLatestRecInt.minusDays(1) : null;
        LocalDate latest = maxAge == null ? null : maxAge.minusDays(1);
        LocalDate recommended = later(earliest, unadjustedRecommended);
        LocalDate pastDue = unadjustedPastDue == null ? null : later(earliest, unadjustedPastDue);
        List<String> vaccines = new ArrayList<>();
        for (SeriesVaccine v : sd.preferableVaccines()) {
            if (v.cvx() == null || !v.forecastVaccineType() || contraindicatedCvx.contains(v.cvx()) || vaccines.contains(v.cvx())) {
                continue;
            }
            LocalDate begin = ageDate(v.beginAge(), FAR_PAST);
            LocalDate end = ageDate(v.endAge(), FAR_FUTURE);
            if (within(earliest, begin, end) || within(recommended, begin, end)) {
                vaccines.add(v.cvx());
            }
        }
        // SELECTB-12: the forecast finish date, from the earliest date through the remaining minimum intervals
        LocalDate finish = earliest;
        for (int k = t + 1; k < ps.targetDoses.size(); k++) {
            SeriesDose next = ps.targetDoses.get(k).seriesDose;
            TimeSpan step = null;
            for (IntervalRule rule : next.intervals()) {
                if (rule.fromPrevious() && rule.inEffectOn(assessmentDate) && rule.minInt() != null) {
                    step = rule.minInt();
                }
            }
            if (step != null) {
                finish = step.addTo(finish);
            }
            AgeRule nextAge = inEffect(next.ages(), assessmentDate);
            if (nextAge != null && nextAge.minAge() != null) {
                finish = later(finish, nextAge.minAge().addTo(dob));
            }
        }
        SeriesDose last = ps.targetDoses.get(ps.targetDoses.size() - 1).seriesDose;
        AgeRule lastAge = inEffect(last.ages(), assessmentDate);
        LocalDate lastMax = lastAge == null ? null : ageDate(lastAge.maxAge(), null);
        boolean completable = lastMax == null || finish.isBefore(lastMax);
        return new SeriesForecast(SeriesStatus.NOT_COMPLETE, null, forecastDose, sd, earliest, unadjustedRecommended,
                recommended, unadjustedPastDue, pastDue, latest, finish, completable, List.copyOf(vaccines));
    }

    // ---- 7.2 evidence of immunity, 7.3 contraindications ----

    private boolean hasEvidenceOfImmunity(Antigen antigen) {
        for (String code : antigen.immunity().guidelineCodes()) {
            if (patient.observations().contains(code)) {
                return true;
            }
        }
        LocalDate cutOff = antigen.immunity().immunityBirthDate();
        if (cutOff == null || !dob.isBefore(cutOff)) {
            return false;
        }
        for (String code : antigen.immunity().exclusionCodes()) {
            if (patient.observations().contains(code)) {
                return false;
            }
        }
        // Table 7-3: where the data names a country of birth, the patient must have been born there
        return antigen.immunity().birthCountry() == null || patient.bornIn(antigen.immunity().birthCountry());
    }

    private boolean antigenContraindicated(Antigen antigen) {
        for (Contraindication c : antigen.antigenContraindications()) {
            if (patient.observations().contains(c.observationCode())
                    && within(assessmentDate, ageDate(c.beginAge(), FAR_PAST), ageDate(c.endAge(), FAR_FUTURE))) {
                return true;
            }
        }
        return false;
    }

    private Set<String> contraindicatedVaccines(Antigen antigen) {
        Set<String> out = null;
        for (VaccineContraindication c : antigen.vaccineContraindications()) {
            if (!patient.observations().contains(c.observationCode())) {
                continue;
            }
            for (ContraindicatedVaccine v : c.vaccines()) {
                if (within(assessmentDate, ageDate(v.beginAge(), FAR_PAST), ageDate(v.endAge(), FAR_FUTURE))) {
                    if (out == null) {
                        out = new HashSet<>();
                    }
                    out.add(v.cvx());
                }
            }
        }
        return out == null ? Set.of() : out;
    }

    /** Table 7-7: whether every preferable vaccine of the series (all its doses) has a contraindication that applies. */
    private static boolean allPreferableContraindicated(PatientSeries ps, Set<String> contraindicated) {
        if (contraindicated.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (SeriesDose sd : ps.series.doses()) {
            for (SeriesVaccine v : sd.preferableVaccines()) {
                if (!contraindicated.contains(v.cvx())) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    // ---- 8 Select best patient series ----

    private List<PatientSeries> bestPatientSeries(Antigen antigen) {
        Map<String, List<PatientSeries>> groups = new LinkedHashMap<>();
        for (PatientSeries ps : relevantSeries.get(antigen.name())) {
            groups.computeIfAbsent(ps.series.seriesGroup(), k -> new ArrayList<>()).add(ps);
        }
        Map<String, PatientSeries> prioritized = new LinkedHashMap<>();
        for (Map.Entry<String, List<PatientSeries>> g : groups.entrySet()) {
            PatientSeries p = prioritizedPatientSeries(g.getValue());
            if (p != null) {
                prioritized.put(g.getKey(), p);
            }
        }
        // 8.8 table 8-14
        List<PatientSeries> best = new ArrayList<>();
        for (Map.Entry<String, PatientSeries> e : prioritized.entrySet()) {
            PatientSeries p = e.getValue();
            if (p.status() == SeriesStatus.COMPLETE) {
                best.add(p);
                continue;
            }
            // an equivalent series group is one the prioritized series itself names (a group that gives the protection
            // it gives): the standard pneumococcal series names the risk group, the risk series name no group
            boolean completeEquivalent = false;
            boolean riskEquivalent = false;
            for (String other : p.series.equivalentSeriesGroups()) {
                PatientSeries q = other.equals(e.getKey()) ? null : prioritized.get(other);
                if (q != null) {
                    completeEquivalent |= q.status() == SeriesStatus.COMPLETE;
                    riskEquivalent |= q.series.type() == SeriesType.RISK;
                }
            }
            if (completeEquivalent || p.series.type() == SeriesType.EVALUATION_ONLY) {
                continue;
            }
            if (p.series.type() == SeriesType.RISK || !riskEquivalent) {
                best.add(p);
            }
        }
        return best;
    }

    /** 8.1 to 8.7 for one series group. */
    private PatientSeries prioritizedPatientSeries(List<PatientSeries> group) {
        PatientSeries defaultSeries = null;
        boolean anyValid = false;
        boolean allContraindicated = true;
        char highestPriority = 'Z';
        for (PatientSeries ps : group) {
            if (ps.series.defaultSeries() && defaultSeries == null) {
                defaultSeries = ps;
            }
            anyValid |= ps.validDoses() > 0;
            allContraindicated &= ps.status() == SeriesStatus.CONTRAINDICATED;
            highestPriority = (char) Math.min(highestPriority, priority(ps));
        }
        // 8.1 SELECTB-24 and SELECTSCORE-2
        List<PatientSeries> scorable = new ArrayList<>();
        for (PatientSeries ps : group) {
            boolean candidate = ps.status() != SeriesStatus.CONTRAINDICATED || allContraindicated;
            if (!candidate && ps.series.type() != SeriesType.EVALUATION_ONLY) {
                continue;
            }
            switch (ps.series.type()) {
                case RISK -> {
                    if (priority(ps) <= highestPriority) {
                        scorable.add(ps);
                    }
                }
                case STANDARD -> {
                    if (ps.validDoses() > 0) {
                        LocalDate firstValid = firstValidDate(ps);
                        LocalDate maxStart = ageDate(ps.series.maxAgeToStart(), null);
                        if (maxStart == null || firstValid.isBefore(maxStart)) {
                            scorable.add(ps);
                        }
                    } else if (!anyValid && defaultSeries == null) {
                        scorable.add(ps);
                    }
                }
                case EVALUATION_ONLY -> {
                    if (ps.status() == SeriesStatus.COMPLETE) {
                        scorable.add(ps);
                    }
                }
                default -> throw new IllegalStateException();
            }
        }
        // 8.2 table 8-3
        if (scorable.isEmpty()) {
            return defaultSeries;
        }
        if (scorable.size() == 1) {
            return scorable.get(0);
        }
        List<PatientSeries> complete = filter(scorable, ps -> ps.status() == SeriesStatus.COMPLETE);
        List<PatientSeries> inProcess = filter(scorable,
                ps -> ps.status() == SeriesStatus.NOT_COMPLETE && ps.validDoses() > 0);
        if (complete.size() == 1) {
            return complete.get(0);
        }
        if (complete.isEmpty() && inProcess.size() == 1) {
            return inProcess.get(0);
        }
        if (complete.isEmpty() && inProcess.isEmpty() && defaultSeries != null) {
            return defaultSeries;
        }
        // 8.3 to 8.6
        Map<PatientSeries, Integer> scores = new LinkedHashMap<>();
        if (complete.size() >= 2) {
            score(scores, complete, ps -> ps.validDoses(), 1, 0, -1);
        } else if (inProcess.size() >= 2) {
            scoreFlag(scores, inProcess, ps -> ps.series.productPath() && ps.allEvaluationsValid(), 2, -2);
            scoreFlag(scores, inProcess, ps -> ps.forecast.completable(), 3, -3);
            score(scores, inProcess, ps -> ps.validDoses(), 2, 0, -2);
            score(scores, inProcess, ps -> -ps.notSatisfiedTargetDoses(), 2, 0, -2);
            List<PatientSeries> completable = filter(inProcess, ps -> ps.forecast.completable());
            score(scores, inProcess, ps -> completable.contains(ps) ? -epochDay(ps.forecast.finish()) : Integer.MIN_VALUE,
                    1, 0, -1);
        } else {
            List<PatientSeries> none = filter(scorable, ps -> ps.validDoses() == 0);
            if (none.isEmpty()) {
                none = scorable;
            }
            score(scores, none, ps -> ps.forecast.earliest() == null ? Integer.MIN_VALUE : -epochDay(ps.forecast.earliest()),
                    1, 0, -1);
            scoreFlag(scores, none, ps -> ps.forecast.completable(), 1, -1);
            scoreFlag(scores, none, ps -> ps.series.productPath(), -1, 1);
        }
        // 8.7 SELECTBEST-1 and -2
        PatientSeries chosen = null;
        for (Map.Entry<PatientSeries, Integer> e : scores.entrySet()) {
            if (chosen == null || e.getValue() > scores.get(chosen)
                    || (e.getValue().equals(scores.get(chosen))
                            && e.getKey().series.seriesPreference() < chosen.series.seriesPreference())) {
                chosen = e.getKey();
            }
        }
        return chosen;
    }

    private static int epochDay(LocalDate d) {
        return (int) d.toEpochDay();
    }

    private static char priority(PatientSeries ps) {
        String p = ps.series.seriesPriority();
        return p == null || p.isEmpty() ? 'Z' : Character.toUpperCase(p.charAt(0));
    }

    private LocalDate firstValidDate(PatientSeries ps) {
        List<AntigenDose> doses = doses(ps.series.antigen());
        for (int j = 0; j < doses.size(); j++) {
            if (ps.evaluations[j] != null && ps.evaluations[j].status() == EvaluationStatus.VALID) {
                return doses.get(j).date();
            }
        }
        return FAR_FUTURE;
    }

    /** Points for "has the most": the series with the highest value gain; a tie gains {@code tie}. */
    private static void score(Map<PatientSeries, Integer> scores, List<PatientSeries> list, ToIntFunction<PatientSeries> value,
            int alone, int tie, int otherwise) {
        int best = Integer.MIN_VALUE;
        for (PatientSeries ps : list) {
            best = Math.max(best, value.applyAsInt(ps));
        }
        int holders = 0;
        for (PatientSeries ps : list) {
            if (value.applyAsInt(ps) == best && best != Integer.MIN_VALUE) {
                holders++;
            }
        }
        for (PatientSeries ps : list) {
            boolean holds = best != Integer.MIN_VALUE && value.applyAsInt(ps) == best;
            scores.merge(ps, holds ? (holders == 1 ? alone : tie) : otherwise, Integer::sum);
        }
    }

    private static void scoreFlag(Map<PatientSeries, Integer> scores, List<PatientSeries> list, Predicate<PatientSeries> flag,
            int yes, int no) {
        for (PatientSeries ps : list) {
            scores.merge(ps, flag.test(ps) ? yes : no, Integer::sum);
        }
    }

    private static <T> List<T> filter(List<T> list, Predicate<T> keep) {
        List<T> out = new ArrayList<>();
        for (T t : list) {
            if (keep.test(t)) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- 9 Identify and evaluate vaccine group ----

    private List<VaccineGroupForecast> vaccineGroupForecasts(Map<String, List<PatientSeries>> best) {
        List<VaccineGroupForecast> out = new ArrayList<>();
        for (VaccineGroup group : data.vaccineGroups().values()) {
            List<PatientSeries> contained = new ArrayList<>();
            List<PatientSeries> withDoses = new ArrayList<>();
            for (String antigen : group.antigens()) {
                for (PatientSeries ps : best.getOrDefault(antigen, List.of())) {
                    if (startsInChildhood(ps)) {
                        contained.add(ps);
                    } else if (ps.hasEvaluatedDoses()) {
                        withDoses.add(ps);
                    }
                }
            }
            if (contained.isEmpty()) {
                contained = withDoses;
            }
            List<PatientSeries> standard = new ArrayList<>();
            List<PatientSeries> risk = new ArrayList<>();
            for (PatientSeries ps : contained) {
                (ps.series.type() == SeriesType.RISK ? risk : standard).add(ps);
            }
            if (!standard.isEmpty()) {
                out.add(groupForecast(group, "Standard", standard));
            }
            if (!risk.isEmpty()) {
                out.add(groupForecast(group, "Risk", risk));
            }
        }
        return out;
    }

    /**
     * Whether a best series may start before the patient's 19th birthday (the end of the childhood and adolescent
     * schedule). A vaccine group forecast contains the best series that may (or, when none may, those the patient
     * has doses in), so that a child's answer carries no adult-only series (zoster, or pneumococcal vaccine at 50).
     */
    private boolean startsInChildhood(PatientSeries ps) {
        LocalDate nineteen = TimeSpan.plusYearsAndMonths(dob, 19, 0);
        AgeRule first = inEffect(ps.series.doses().get(0).ages(), assessmentDate);
        return first == null || first.minAge() == null || first.minAge().addTo(dob).isBefore(nineteen);
    }

    private VaccineGroupForecast groupForecast(VaccineGroup group, String seriesType, List<PatientSeries> series) {
        boolean single = group.antigens().size() == 1;
        SeriesStatus status = groupStatus(series, single);
        List<String> reasons = new ArrayList<>();
        for (PatientSeries ps : series) {
            if (ps.forecast.reason() != null && !reasons.contains(ps.forecast.reason())) {
                reasons.add(ps.forecast.reason());
            }
        }
        if (status != SeriesStatus.NOT_COMPLETE) {
            return new VaccineGroupForecast(group.name(), seriesType, status, List.copyOf(reasons), null, null, null, null,
                    null, List.of());
        }
        List<SeriesForecast> open = new ArrayList<>();
        for (PatientSeries ps : series) {
            if (ps.status() == SeriesStatus.NOT_COMPLETE) {
                open.add(ps.forecast);
            }
        }
        LocalDate earliest;
        LocalDate minEarliest = null;
        LocalDate maxEarliest = null;
        for (SeriesForecast f : open) {
            minEarliest = minEarliest == null || f.earliest().isBefore(minEarliest) ? f.earliest() : minEarliest;
            maxEarliest = later(maxEarliest, f.earliest());
        }
        if (single) {
            earliest = minEarliest; // SINGLEANTVG-2
        } else if (open.stream().anyMatch(PatientAssessment::isPriorityForecast)) {
            LocalDate lastGiven = null; // MULTIANTVG-1
            for (String antigen : group.antigens()) {
                for (AntigenDose d : doses(antigen)) {
                    lastGiven = later(lastGiven, d.date());
                }
            }
            earliest = later(minEarliest, lastGiven);
        } else {
            earliest = maxEarliest;
        }
        LocalDate recommended = null;
        LocalDate pastDue = null;
        LocalDate latest = null;
        LocalDate unadjustedRecommended = null;
        LocalDate unadjustedPastDue = null;
        int minDose = Integer.MAX_VALUE;
        int maxDose = 0;
        Set<String> vaccines = new LinkedHashSet<>();
        for (SeriesForecast f : open) {
            recommended = recommended == null || f.recommended().isBefore(recommended) ? f.recommended() : recommended;
            if (f.pastDue() != null) {
                pastDue = pastDue == null || f.pastDue().isBefore(pastDue) ? f.pastDue() : pastDue;
            }
            if (f.latest() != null) {
                latest = latest == null || f.latest().isBefore(latest) ? f.latest() : latest;
            }
            unadjustedRecommended = earlier(unadjustedRecommended, f.unadjustedRecommended()); // FORECASTVG-5
            unadjustedPastDue = earlier(unadjustedPastDue, f.unadjustedPastDue()); // FORECASTVG-6
            vaccines.addAll(f.vaccines());
        }
        Set<String> antigens = new LinkedHashSet<>(); // FORECASTVG-8
        for (PatientSeries ps : series) {
            if (ps.status() == SeriesStatus.NOT_COMPLETE) {
                antigens.add(ps.series.antigen());
            }
        }
        for (PatientSeries ps : series) { // FORECASTDN-2: every patient series forecast the group contains
            minDose = Math.min(minDose, ps.forecast.forecastDose());
            maxDose = Math.max(maxDose, ps.forecast.forecastDose());
        }
        recommended = later(recommended, earliest); // FORECASTVG-2
        pastDue = pastDue == null ? null : later(pastDue, earliest); // FORECASTVG-3
        int dose = group.administerFullVaccineGroup() ? minDose : maxDose; // FORECASTDN-2
        return new VaccineGroupForecast(group.name(), seriesType, status, List.copyOf(reasons), dose, earliest, recommended,
                pastDue, latest, List.copyOf(vaccines), unadjustedRecommended, unadjustedPastDue, List.copyOf(antigens));
    }

    /** SINGLEANTVG-1 and table 9-4. */
    private static SeriesStatus groupStatus(List<PatientSeries> series, boolean single) {
        Set<SeriesStatus> statuses = new HashSet<>();
        for (PatientSeries ps : series) {
            statuses.add(ps.status());
        }
        if (single && statuses.contains(SeriesStatus.NOT_COMPLETE)) {
            return SeriesStatus.NOT_COMPLETE;
        }
        if (single && statuses.size() == 1) {
            return statuses.iterator().next();
        }
        for (SeriesStatus s : List.of(SeriesStatus.CONTRAINDICATED, SeriesStatus.AGED_OUT, SeriesStatus.NOT_RECOMMENDED,
                SeriesStatus.NOT_COMPLETE)) {
            if (statuses.contains(s)) {
                return s;
            }
        }
        return statuses.equals(Set.of(SeriesStatus.IMMUNE)) ? SeriesStatus.IMMUNE : SeriesStatus.COMPLETE;
    }

    /** FORECASTPRIORITY-1. */
    private static boolean isPriorityForecast(SeriesForecast f) {
        if (f.targetDose() == null || f.targetDose().intervals().isEmpty()) {
            return false;
        }
        for (IntervalRule rule : f.targetDose().intervals()) {
            if (!rule.priority()) {
                return false;
            }
        }
        return true;
    }

    // ---- the evaluations reported per administered dose and antigen ----

    private List<DoseEvaluation> doseEvaluations(Map<String, List<PatientSeries>> best) {
        List<DoseEvaluation> out = new ArrayList<>();
        Map<String, PatientSeries> reported = new HashMap<>();
        for (String antigen : antigenDoses.keySet()) {
            PatientSeries chosen = null;
            for (PatientSeries ps : best.getOrDefault(antigen, List.of())) {
                if (chosen == null || (chosen.series.type() != SeriesType.STANDARD && ps.series.type() == SeriesType.STANDARD)) {
                    chosen = ps;
                }
            }
            if (chosen == null) {
                List<PatientSeries> relevant = relevantSeries.getOrDefault(antigen, List.of());
                chosen = relevant.isEmpty() ? null : relevant.get(0);
            }
            reported.put(antigen, chosen);
        }
        for (int i = 0; i < history.size(); i++) {
            AdministeredDose d = history.get(i);
            for (CvxAssociation a : data.cvxToAntigens().get(d.cvx())) {
                List<AntigenDose> doses = doses(a.antigen());
                for (int j = 0; j < doses.size(); j++) {
                    if (doses.get(j).index() == i + 1) {
                        PatientSeries ps = reported.get(a.antigen());
                        Evaluation e = ps == null ? null : ps.evaluations[j];
                        out.add(new DoseEvaluation(i + 1, d.cvx(), d.date(), a.antigen(), forecaster.vaccineGroupOf(a.antigen()),
                                e == null ? null : e.status().words(), e == null ? null : e.reason()));
                    }
                }
            }
        }
        return out;
    }

    // ---- dates ----

    private LocalDate ageDate(TimeSpan age, LocalDate ifNone) {
        return age == null ? ifNone : age.addTo(dob);
    }

    /** begin ≤ date < end. */
    private static boolean within(LocalDate date, LocalDate begin, LocalDate end) {
        return !date.isBefore(begin) && date.isBefore(end);
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.isBefore(a) ? b : a;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return b.isAfter(a) ? b : a;
    }

    private static <T extends SupportingData.Dated> T inEffect(List<T> rules, LocalDate anchor) {
        for (T r : rules) {
            if (r.inEffectOn(anchor)) {
                return r;
            }
        }
        return null;
    }
}
