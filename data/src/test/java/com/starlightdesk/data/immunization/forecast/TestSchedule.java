package com.starlightdesk.data.immunization.forecast;

import com.starlightdesk.data.immunization.forecast.SupportingData.AgeRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.Antigen;
import com.starlightdesk.data.immunization.forecast.SupportingData.AntigenSeries;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionType;
import com.starlightdesk.data.immunization.forecast.SupportingData.ConditionalSkip;
import com.starlightdesk.data.immunization.forecast.SupportingData.CountLogic;
import com.starlightdesk.data.immunization.forecast.SupportingData.CvxAssociation;
import com.starlightdesk.data.immunization.forecast.SupportingData.Immunity;
import com.starlightdesk.data.immunization.forecast.SupportingData.IntervalRule;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesDose;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesType;
import com.starlightdesk.data.immunization.forecast.SupportingData.SeriesVaccine;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipCondition;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipContext;
import com.starlightdesk.data.immunization.forecast.SupportingData.SkipSet;
import com.starlightdesk.data.immunization.forecast.SupportingData.VaccineGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Small schedules built for a test (the logic reads any supporting data): antigens named by the test, each
 * given by its own CVX code, gathered into vaccine groups.
 */
final class TestSchedule {
    static final Patient CHILD = new Patient(LocalDate.of(2024, 1, 1), Patient.Gender.UNKNOWN, Set.of());
    static final AgeRule ANY_AGE = new AgeRule(null, span("0 days"), null, null, null, null, null);

    private final Map<String, Antigen> antigens = new LinkedHashMap<>();
    private final Map<String, VaccineGroup> groups = new LinkedHashMap<>();
    private final Map<String, List<CvxAssociation>> cvx = new LinkedHashMap<>();
    private final Map<String, String> descriptions = new LinkedHashMap<>();

    static TimeSpan span(String text) {
        return TimeSpan.parse(text);
    }

    static AgeRule age(String min, String earliestRec, String latestRec, String max) {
        return new AgeRule(min == null ? null : span(min + " - 4 days"), span(min), span(earliestRec), span(latestRec),
                span(max), null, null);
    }

    static IntervalRule fromPrevious(String min) {
        return new IntervalRule(true, null, Set.of(), null, span(min + " - 4 days"), span(min), null, null, false, null, null);
    }

    static IntervalRule fromPrevious(String min, String earliestRec, String latestRec, boolean priority) {
        return new IntervalRule(true, null, Set.of(), null, span(min + " - 4 days"), span(min), span(earliestRec),
                span(latestRec), priority, null, null);
    }

    /** A series dose whose preferable vaccines are {@code cvxCodes} (comma-separated), each a forecast vaccine type. */
    static SeriesDose dose(int number, String cvxCodes, AgeRule age, List<IntervalRule> intervals, List<ConditionalSkip> skips) {
        List<SeriesVaccine> vaccines = new ArrayList<>();
        for (String code : cvxCodes.split(",")) {
            vaccines.add(new SeriesVaccine(code, "Test vaccine " + code, null, null, null, true));
        }
        return new SeriesDose(number, List.of(age), intervals, List.of(), List.copyOf(vaccines), List.of(), Set.of(), skips,
                false, null, null);
    }

    static ConditionalSkip skip(SkipContext context, boolean setLogicAnd, SkipSet... sets) {
        return new ConditionalSkip(context, setLogicAnd, List.of(sets));
    }

    static SkipSet set(boolean conditionLogicAnd, SkipCondition... conditions) {
        return new SkipSet("test set", conditionLogicAnd, null, null, List.of(conditions));
    }

    static SkipCondition ageCondition(String begin, String end) {
        return new SkipCondition(ConditionType.AGE, null, null, span(begin), span(end), null, 0, false, null, Set.of(), Set.of());
    }

    static SkipCondition intervalCondition(String interval) {
        return new SkipCondition(ConditionType.INTERVAL, null, null, null, null, span(interval), 0, false, null, Set.of(), Set.of());
    }

    static SkipCondition completedSeries(String... seriesGroups) {
        return new SkipCondition(ConditionType.COMPLETED_SERIES, null, null, null, null, null, 0, false, null, Set.of(),
                Set.of(seriesGroups));
    }

    static SkipCondition count(ConditionType type, String startDate, String endDate, String beginAge, String endAge, int doseCount,
            boolean validOnly, CountLogic logic, String... vaccineTypes) {
        return new SkipCondition(type, startDate == null ? null : LocalDate.parse(startDate),
                endDate == null ? null : LocalDate.parse(endDate), span(beginAge), span(endAge), null, doseCount, validOnly, logic,
                Set.of(vaccineTypes), Set.of());
    }

    /** Adds an antigen given by {@code cvxCode} alone, with its series, to a vaccine group (made on first use). */
    TestSchedule antigen(String name, String cvxCode, String group, boolean administerFullGroup, AntigenSeries... series) {
        return antigen(new Antigen(name, new Immunity(Set.of(), null, null, Set.of()), List.of(), List.of(), List.of(series)),
                cvxCode, group, administerFullGroup);
    }

    /** Adds an antigen (with its immunity and contraindications) given by {@code cvxCode} alone to a vaccine group. */
    TestSchedule antigen(Antigen antigen, String cvxCode, String group, boolean administerFullGroup) {
        String name = antigen.name();
        antigens.put(name, antigen);
        VaccineGroup g = groups.get(group);
        List<String> members = new ArrayList<>(g == null ? List.of() : g.antigens());
        members.add(name);
        groups.put(group, new VaccineGroup(group, administerFullGroup, List.copyOf(members)));
        cvx.put(cvxCode, List.of(new CvxAssociation(name, null, null)));
        descriptions.put(cvxCode, name);
        return this;
    }

    /** A CVX code that carries several antigens (a combination vaccine). */
    TestSchedule combination(String code, String... antigenNames) {
        List<CvxAssociation> list = new ArrayList<>();
        for (String a : antigenNames) {
            list.add(new CvxAssociation(a, null, null));
        }
        cvx.put(code, List.copyOf(list));
        descriptions.put(code, String.join("-", antigenNames));
        return this;
    }

    /** Another CVX code that carries {@code antigen} (not a vaccine of its series doses). */
    TestSchedule cvx(String code, String antigen) {
        cvx.put(code, List.of(new CvxAssociation(antigen, null, null)));
        descriptions.put(code, antigen);
        return this;
    }

    /** A series of {@code antigen} in series group {@code seriesGroup}. */
    static AntigenSeries series(String antigen, String group, SeriesType type, String seriesGroup, int preference,
            boolean defaultSeries, SeriesDose... doses) {
        return new AntigenSeries(antigen + " series " + seriesGroup + "." + preference, antigen, group, type, Set.of(), Set.of(),
                defaultSeries, false, seriesGroup, "A", preference, null, null, List.of(), List.of(doses));
    }

    /** {@code s} as a risk series, relevant for patients with observation {@code code}. */
    static AntigenSeries risk(AntigenSeries s, String code) {
        return new AntigenSeries(s.name() + " (risk)", s.antigen(), s.vaccineGroup(), SeriesType.RISK, s.equivalentSeriesGroups(),
                s.requiredGenders(), s.defaultSeries(), s.productPath(), s.seriesGroup(), s.seriesPriority(), s.seriesPreference(),
                s.minAgeToStart(), s.maxAgeToStart(), List.of(new SupportingData.Indication(code, null, null)), s.doses());
    }

    /** {@code s} naming {@code groups} as its equivalent series groups. */
    static AntigenSeries equivalentTo(AntigenSeries s, String... groups) {
        return new AntigenSeries(s.name(), s.antigen(), s.vaccineGroup(), s.type(), Set.of(groups), s.requiredGenders(),
                s.defaultSeries(), s.productPath(), s.seriesGroup(), s.seriesPriority(), s.seriesPreference(), s.minAgeToStart(),
                s.maxAgeToStart(), s.indications(), s.doses());
    }

    Forecaster forecaster() {
        return new Forecaster(new SupportingData(new LinkedHashMap<>(antigens), new LinkedHashMap<>(groups),
                new LinkedHashMap<>(cvx), new LinkedHashMap<>(descriptions), List.of(), Map.of()));
    }

    /** The forecast for {@link #CHILD} (born 1 January 2024) with doses given as "cvx@date". */
    ImmunizationForecast run(String assessed, String... doses) {
        return run(CHILD, assessed, doses);
    }

    /** The forecast for {@code patient} with doses given as "cvx@date". */
    ImmunizationForecast run(Patient patient, String assessed, String... doses) {
        List<AdministeredDose> list = new ArrayList<>();
        for (String d : doses) {
            String[] parts = d.split("@");
            list.add(new AdministeredDose(parts[0], LocalDate.parse(parts[1])));
        }
        return forecaster().forecast(patient, list, LocalDate.parse(assessed));
    }
}
