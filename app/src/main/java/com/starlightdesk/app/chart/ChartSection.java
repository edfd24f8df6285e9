package com.starlightdesk.app.chart;

import com.starlightdesk.app.chart.allergies.AllergiesView;
import com.starlightdesk.app.chart.demographics.DemographicsView;
import com.starlightdesk.app.chart.household.HouseholdView;
import com.starlightdesk.app.chart.immunizations.ImmunizationsView;
import com.starlightdesk.app.chart.medications.MedicationsView;
import com.starlightdesk.app.chart.notes.NotesView;
import com.starlightdesk.app.chart.problems.ProblemsView;
import com.starlightdesk.app.chart.summary.SummaryView;
import com.starlightdesk.app.chart.timeline.TimelineView;
import com.starlightdesk.app.chart.vitals.VitalsView;
import com.starlightdesk.app.session.Permissions;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import java.util.function.Predicate;

/**
 * The parts of a patient's chart, in the order the chart lists them, with who may open each (staff see
 * demographics, the household, allergies and visits; providers and admins see all of it), the table
 * whose rows it shows (an opening of the section is audited against it) and the view that draws it.
 * A section's view is built once per session by {@link ChartView} through the session's screen loader;
 * it shows the section of {@link OpenChart#patientProperty()}'s patient, reads again when
 * {@link OpenChart#revisionProperty()} moves, and calls {@link OpenChart#changed()} after it wrote.
 */
public enum ChartSection {
    SUMMARY("Summary", Tables.PATIENTS, p -> true, SummaryView.class),
    TIMELINE("Timeline", Tables.APPOINTMENTS, p -> true, TimelineView.class),
    DEMOGRAPHICS("Demographics", Tables.PATIENTS, p -> true, DemographicsView.class),
    HOUSEHOLD("Household", Tables.PATIENTS, p -> true, HouseholdView.class),
    ALLERGIES("Allergies", Tables.ALLERGIES, p -> true, AllergiesView.class),
    MEDICATIONS("Medications", Tables.MEDICATIONS, Permissions::canChart, MedicationsView.class),
    PROBLEMS("Problems", Tables.DIAGNOSES, Permissions::canChart, ProblemsView.class),
    NOTES("Notes", Tables.MEDICAL_RECORDS, Permissions::canChart, NotesView.class),
    VITALS("Vitals & growth", Tables.VITALS, Permissions::canChart, VitalsView.class),
    IMMUNIZATIONS("Immunizations", Tables.IMMUNIZATIONS, Permissions::canChart, ImmunizationsView.class);

    private final String label;
    private final Table<?> table;
    private final Predicate<Permissions> visible;
    private final Class<?> view;

    ChartSection(String label, Table<?> table, Predicate<Permissions> visible, Class<?> view) {
        this.label = label;
        this.table = table;
        this.visible = visible;
        this.view = view;
    }

    public String label() {
        return label;
    }

    /** The table whose rows the section shows (what an opening of it is audited as). */
    public Table<?> table() {
        return table;
    }

    public boolean visibleTo(Permissions permissions) {
        return visible.test(permissions);
    }

    /** The section's view class (its FXML lies beside it). */
    public Class<?> view() {
        return view;
    }
}
