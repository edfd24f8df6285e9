package com.starlightdesk.app.chart.notes;

import com.starlightdesk.data.domain.Diagnosis;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** A problem of the patient's list, and whether the note's assessment links it. Confined to the screen's thread. */
public final class ProblemLink {
    private final Diagnosis problem;
    private final BooleanProperty linked = new SimpleBooleanProperty(false);

    ProblemLink(Diagnosis problem, boolean linked) {
        this.problem = problem;
        this.linked.set(linked);
    }

    public Diagnosis problem() {
        return problem;
    }

    /** "J06.9 Acute upper respiratory infection (resolved)". */
    public String label() {
        return problem.icd10Code() + " " + problem.description()
                + (problem.status() == com.starlightdesk.data.domain.DiagnosisStatus.ACTIVE ? "" : " (" + problem.status().code() + ")");
    }

    public BooleanProperty linkedProperty() {
        return linked;
    }
}
