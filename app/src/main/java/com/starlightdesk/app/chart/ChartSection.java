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
import com.starlightdesk.data.domain.ChartPart;
import java.util.function.Predicate;

/**
 * The parts of a patient's chart, in the order the chart lists them, with who may open each (staff see
 * demographics, the household, allergies and visits; providers and admins see all of it), the part of the
 * chart it is (an opening of the section is audited as that part) and the view that draws it.
 * A section's view is built once per session by {@link ChartView} through the session's screen loader;
 * it shows the section of {@link OpenChart#patientProperty()}'s patient, reads again when
 * {@link OpenChart#revisionProperty()} moves, and calls {@link OpenChart#changed()} after it wrote.
 */
public enum ChartSection {
    SUMMARY("Summary", ChartPart.CHART, p -> true, SummaryView.class),
    TIMELINE("Timeline", ChartPart.TIMELINE, p -> true, TimelineView.class),
    DEMOGRAPHICS("Demographics", ChartPart.DEMOGRAPHICS, p -> true, DemographicsView.class),
    HOUSEHOLD("Household", ChartPart.HOUSEHOLD, p -> true, HouseholdView.class),
    ALLERGIES("Allergies", ChartPart.ALLERGIES, p -> true, AllergiesView.class),
    MEDICATIONS("Medications", ChartPart.MEDICATIONS, Permissions::canChart, MedicationsView.class),
    PROBLEMS("Problems", ChartPart.PROBLEMS, Permissions::canChart, ProblemsView.class),
    NOTES("Notes", ChartPart.NOTES, Permissions::canChart, NotesView.class),
    VITALS("Vitals & growth", ChartPart.VITALS, Permissions::canChart, VitalsView.class),
    IMMUNIZATIONS("Immunizations", ChartPart.IMMUNIZATIONS, Permissions::canChart, ImmunizationsView.class);

    private final String label;
    private final ChartPart part;
    private final Predicate<Permissions> visible;
    private final Class<?> view;

    ChartSection(String label, ChartPart part, Predicate<Permissions> visible, Class<?> view) {
        this.label = label;
        this.part = part;
        this.visible = visible;
        this.view = view;
    }

    public String label() {
        return label;
    }

    /** The part of the chart the section is (what an opening of it is audited as; the summary is the chart's opening). */
    public ChartPart part() {
        return part;
    }

    /** The section that is {@code part} of the chart, if a section is (printed documents are not). */
    public static java.util.Optional<ChartSection> of(ChartPart part) {
        return java.util.Arrays.stream(values()).filter(s -> s.part == part).findFirst();
    }

    public boolean visibleTo(Permissions permissions) {
        return visible.test(permissions);
    }

    /** The section's view class (its FXML lies beside it). */
    public Class<?> view() {
        return view;
    }
}
