package com.starlightdesk.app.settings.notetemplates;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.NoteKind;
import com.starlightdesk.data.domain.NoteTemplate;
import com.starlightdesk.data.domain.SoapNote;
import com.starlightdesk.data.domain.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Note templates page of Settings: the practice's templates (inactive ones too) and the form that adds one
 * or edits the chosen one: name, kind, for a well-child template the ages it suits (months, from and up to), and
 * the text each part of a note starts with. Bad values are named at their fields and nothing is saved; templates
 * sync to every desk. A practice without templates (one made on a server) can take the defaults. Admins only.
 * Confined to the FX thread; needs no toolkit.
 */
public final class NoteTemplatesViewModel {
    private static final Map<String, String> FIELDS = Map.of("minAgeMonths", "fromMonths", "maxAgeMonths", "toMonths");

    private final Session session;
    private final TaskExecutor executor;
    private final ObservableList<NoteTemplate> templates = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<NoteTemplate> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<NoteKind> kind = new SimpleObjectProperty<>(NoteKind.WELL_CHILD);
    private final StringProperty fromMonths = new SimpleStringProperty("");
    private final StringProperty toMonths = new SimpleStringProperty("");
    private final StringProperty subjective = new SimpleStringProperty("");
    private final StringProperty objective = new SimpleStringProperty("");
    private final StringProperty assessment = new SimpleStringProperty("");
    private final StringProperty plan = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final FormNews news = new FormNews(FIELDS);
    private final FieldErrors errors = news.errors();
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> loaded.get() && templates.isEmpty(), loaded, templates);
    private final StringBinding formTitle = Bindings.createStringBinding(
            () -> chosen.get() == null ? "Add a template" : "Edit " + chosen.get().name(), chosen);

    public NoteTemplatesViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    /** Reads the practice's templates, keeping the chosen one chosen. */
    public void load() {
        executor.submit(() -> session.data().visitNotes().templates(), this::show, news::failed);
    }

    private void show(List<NoteTemplate> read) {
        UUID keep = chosen.get() == null ? null : chosen.get().id();
        templates.setAll(read);
        loaded.set(true);
        read.stream().filter(t -> t.id().equals(keep)).findFirst().ifPresent(chosen::set);
    }

    /** An empty form for a new template. */
    public void add() {
        chosen.set(null);
        fill("", NoteKind.OTHER, null, null, SoapNote.EMPTY, true);
    }

    /** The form filled with {@code template}, to edit it. */
    public void edit(NoteTemplate template) {
        if (template == null) {
            return;
        }
        chosen.set(template);
        fill(template.name(), template.kind(), template.minAgeMonths(), template.maxAgeMonths(), template.note(), template.isActive());
    }

    private void fill(String n, NoteKind k, Integer from, Integer to, SoapNote text, boolean isActive) {
        name.set(n);
        kind.set(k);
        fromMonths.set(from == null ? "" : from.toString());
        toMonths.set(to == null ? "" : to.toString());
        subjective.set(text.subjective());
        objective.set(text.objective());
        assessment.set(text.assessment());
        plan.set(text.plan());
        active.set(isActive);
        errors.clear();
        news.clear();
        formOpen.set(true);
    }

    /** Checks the form and saves the template; bad values are named at their fields and nothing is saved. */
    public void save() {
        errors.clear();
        news.clear();
        if (!session.permissions().canManageSettings()) {
            news.refused("Only an admin can change the practice's note templates");
            return;
        }
        if (name.get() == null || name.get().isBlank()) {
            errors.set("name", "Name the template, e.g. Well child – 6 months");
        }
        Integer from = months("fromMonths", fromMonths.get());
        Integer to = months("toMonths", toMonths.get());
        if (kind.get() == NoteKind.WELL_CHILD && from == null && to == null && errors.of("fromMonths").get().isEmpty()) {
            errors.set("fromMonths", "A well-child template names the ages it suits");
        }
        if (from != null && to != null && to <= from) {
            errors.set("toMonths", "Must be above the first age (" + from + " months)");
        }
        if (!errors.isEmpty()) {
            return;
        }
        NoteTemplate editing = chosen.get();
        NoteTemplate template;
        try {
            SoapNote text = new SoapNote(subjective.get(), objective.get(), assessment.get(), plan.get(), List.of());
            template = new NoteTemplate(editing == null ? Ids.next() : editing.id(), name.get(), kind.get(), from, to,
                    text.content(), active.get());
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return;
        }
        news.working();
        executor.submit(() -> session.data().visitNotes().saveTemplate(template), saved -> {
            chosen.set(saved);
            news.done("Saved " + saved.name() + (saved.isActive() ? "." : " (not offered for new notes)."));
            session.changes().changed();
            load();
        }, news::failed);
    }

    /** Gives the practice the default templates (only when it has none). */
    public void addDefaults() {
        news.clear();
        if (!session.permissions().canManageSettings()) {
            news.refused("Only an admin can change the practice's note templates");
            return;
        }
        news.working();
        executor.submit(() -> session.data().visitNotes().addDefaultTemplatesIfNone(), added -> {
            news.done(added == 0 ? "The practice has templates already." : "Added " + added + " templates.");
            load();
        }, news::failed);
    }

    /** Months typed as a whole number from 0 to 300, blank for none; null with the field's error set when bad. */
    private Integer months(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > NoteTemplate.MAX_AGE_MONTHS) {
            errors.set(field, "Must be a whole number of months from 0 to " + NoteTemplate.MAX_AGE_MONTHS);
            return null;
        }
        return Integer.parseInt(text);
    }

    /** "0–1 months, well child", "sick visit", "inactive". */
    public static String describe(NoteTemplate t) {
        String ages = t.minAgeMonths() == null && t.maxAgeMonths() == null ? ""
                : (t.minAgeMonths() == null ? 0 : t.minAgeMonths()) + "–" + (t.maxAgeMonths() == null ? "" : t.maxAgeMonths()) + " months, ";
        String what = switch (t.kind()) {
            case WELL_CHILD -> "well child";
            case SICK_VISIT -> "sick visit";
            case OTHER -> "other";
        };
        return ages + what + (t.isActive() ? "" : ", inactive");
    }

    public ObservableList<NoteTemplate> templates() { return templates; }
    public BooleanBinding emptyProperty() { return empty; }
    public ReadOnlyObjectProperty<NoteTemplate> chosenProperty() { return chosen; }
    public ReadOnlyBooleanProperty formOpenProperty() { return formOpen; }
    public StringBinding formTitle() { return formTitle; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<NoteKind> kindProperty() { return kind; }
    public StringProperty fromMonthsProperty() { return fromMonths; }
    public StringProperty toMonthsProperty() { return toMonths; }
    public StringProperty subjectiveProperty() { return subjective; }
    public StringProperty objectiveProperty() { return objective; }
    public StringProperty assessmentProperty() { return assessment; }
    public StringProperty planProperty() { return plan; }
    public BooleanProperty activeProperty() { return active; }
    public FieldErrors errors() { return errors; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
}
