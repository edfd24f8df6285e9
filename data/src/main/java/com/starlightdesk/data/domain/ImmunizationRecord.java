package com.starlightdesk.data.domain;

import java.util.List;

/**
 * A patient's immunization record as the chart shows it: every dose, newest first (those entered in error
 * included, marked), and the refusals and observations, newest first (removed ones included, marked). Immutable.
 */
public record ImmunizationRecord(List<Immunization> doses, List<ImmunizationObservation> observations) {

    public ImmunizationRecord {
        doses = List.copyOf(doses);
        observations = List.copyOf(observations);
    }

    /** The doses that count: not entered in error, newest first. */
    public List<Immunization> validDoses() {
        return doses.stream().filter(d -> !d.isEnteredInError()).toList();
    }

    /** The observations in force: not removed, newest first. */
    public List<ImmunizationObservation> currentObservations() {
        return observations.stream().filter(o -> !o.isRemoved()).toList();
    }
}
