package com.starlightdesk.app.chart;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.data.domain.Allergy;
import com.starlightdesk.data.domain.AllergyInactivation;
import com.starlightdesk.data.repo.AllergyList;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * For the shared active-list part's tests: a child's allergies as the plainest such section, by substance,
 * with one form that renames an active allergy or marks it entered in error with a note.
 */
class Substances extends ActiveListViewModel<Allergy, Substances.Mode, AllergyList> {
    enum Mode { CLOSED, RENAME, ENTERED_IN_ERROR }

    final StringProperty substance = new SimpleStringProperty("");
    final StringProperty note = new SimpleStringProperty("");

    Substances(OpenChart chart, TaskExecutor executor, Clock clock) {
        super(chart, executor, clock, Mode.CLOSED, () -> new AllergyList(chart.session().data()));
        show(chart.readProperty().get());
    }

    @Override
    protected void show(OpenChart.Read read) {
        if (read == null) {
            unlist();
            return;
        }
        List<Allergy> all = read.chart().allergies();
        list(all, Allergy::status, Comparator.comparing(Allergy::substance), Comparator.comparing(Allergy::inactivatedAt).reversed());
        closeIfChangedElsewhere(all, (a, open) -> a.id().equals(open.id()) && a.status() == open.status());
    }

    void startRename(Allergy allergy) {
        substance.set(allergy.substance());
        open(Mode.RENAME, allergy, "Rename " + allergy.substance());
    }

    void startEnteredInError(Allergy allergy) {
        note.set("");
        open(Mode.ENTERED_IN_ERROR, allergy, "Mark " + allergy.substance() + " entered in error");
    }

    void save() {
        Allergy open = editingProperty().get();
        if (modeProperty().get() == Mode.RENAME) {
            String name = substance.get();
            write(list -> list.edit(new Allergy(open.id(), open.patientId(), name, open.reaction(), open.severity(), open.status(),
                    open.notedOn(), null, null, null)), saved -> "Renamed " + saved.substance() + ".");
        } else if (modeProperty().get() == Mode.ENTERED_IN_ERROR) {
            String words = note.get();
            write(list -> list.inactivate(open.id(), AllergyInactivation.ENTERED_IN_ERROR, words),
                    saved -> saved.substance() + " is marked entered in error.");
        }
    }

    /** Marks {@code allergy} entered in error at once, without the form. */
    void enteredInErrorNow(Allergy allergy, String words) {
        write(list -> list.inactivate(allergy.id(), AllergyInactivation.ENTERED_IN_ERROR, words), saved -> "Done.");
    }

    LocalDate day() {
        return today();
    }

    @Override
    protected String formField(String domainField) {
        return domainField.equals("substance") ? "substance" : null;
    }

    @Override
    protected String whatFailed(String domainField) {
        return "The allergy";
    }
}
