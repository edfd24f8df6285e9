package com.starlightdesk.app.settings.plans;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.AgeUnit;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.MembershipPlans;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 * The Membership plans page of Settings: the practice's plans (the deactivated ones too), and the form
 * that adds one or edits the chosen one: name, age band in whole years (lowest to highest age) and
 * monthly fee in dollars. Each bad value is named at its field and nothing is saved; a band that
 * overlaps another active plan's is refused at its lowest age, naming that plan; ages no active plan covers
 * are warned of. Plans sync to every desk of
 * the practice. Admins only. Confined to the FX thread; needs no toolkit.
 */
public final class MembershipPlansViewModel {
    private static final Map<String, String> FIELDS = Map.of("monthlyFee", "fee");

    private final Session session;
    private final TaskExecutor executor;

    private final ObservableList<MembershipPlan> plans = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<MembershipPlan> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty ageMin = new SimpleStringProperty("");
    private final StringProperty ageMax = new SimpleStringProperty("");
    private final StringProperty fee = new SimpleStringProperty("");
    private final FormNews news = new FormNews(FIELDS);
    private final FieldErrors errors = news.errors();
    private final StringProperty warning = new SimpleStringProperty("");
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> loaded.get() && plans.isEmpty(), loaded, plans);
    private final StringBinding formTitle = Bindings.createStringBinding(
            () -> chosen.get() == null ? "Add a plan" : "Edit " + chosen.get().name(), chosen);
    private final StringBinding activationAction = Bindings.createStringBinding(
            () -> chosen.get() != null && !chosen.get().isActive() ? "Reactivate" : "Deactivate", chosen);

    public MembershipPlansViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    /** Reads the practice's plans, keeping the chosen one chosen. */
    public void load() {
        executor.submit(() -> session.data().billing().plans(), this::show, news::failed);
    }

    private void show(List<MembershipPlan> read) {
        UUID keep = chosen.get() == null ? null : chosen.get().id();
        plans.setAll(read);
        warning.set(gaps(read));
        loaded.set(true);
        read.stream().filter(p -> p.id().equals(keep)).findFirst().ifPresent(chosen::set);
    }

    /** An empty form for a new plan. */
    public void add() {
        chosen.set(null);
        fill("", "", "", "");
        formOpen.set(true);
    }

    /** The form filled with {@code plan}, to edit it. */
    public void edit(MembershipPlan plan) {
        if (plan == null) {
            return;
        }
        chosen.set(plan);
        fill(plan.name(), years(plan.ageMin()), years(plan.ageMax()), Dollars.format(plan.monthlyFee()));
        formOpen.set(true);
    }

    private void fill(String planName, String min, String max, String monthly) {
        name.set(planName);
        ageMin.set(min);
        ageMax.set(max);
        fee.set(monthly);
        startOver();
    }

    /** Forgets the form's errors and news: a new attempt starts. */
    private void startOver() {
        errors.clear();
        news.clear();
    }

    /** Checks the form and saves the plan (new or edited); bad values are named at their fields and nothing is saved. */
    public void save() {
        startOver();
        if (!canManage()) {
            news.refused("Only an admin can change membership plans");
            return;
        }
        if (name.get().isBlank()) {
            errors.set("name", "Name the plan, e.g. Infant");
        }
        Integer min = age("ageMin", ageMin.get());
        Integer max = age("ageMax", ageMax.get());
        if (min != null && max != null && min > max) {
            errors.set("ageMax", "Must be at least the lowest age (" + min + ")");
        }
        BigDecimal monthly = null;
        try {
            monthly = Fields.money("fee", Dollars.parse("fee", fee.get()));
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
        }
        if (!errors.isEmpty()) {
            return;
        }
        MembershipPlan editing = chosen.get();
        MembershipPlan plan;
        try {
            plan = new MembershipPlan(editing == null ? Ids.next() : editing.id(), name.get().strip(), min, max,
                    editing == null ? AgeUnit.YEARS : editing.ageUnit(), monthly, editing == null || editing.isActive());
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return;
        }
        write(plan, saved -> "Saved " + saved.name() + ": " + describe(saved) + ".");
    }

    /** Deactivates the chosen plan (no new memberships; existing ones keep it), or reactivates a deactivated one. */
    public void changeActivation() {
        startOver();
        MembershipPlan plan = chosen.get();
        if (!canManage()) {
            news.refused("Only an admin can change membership plans");
            return;
        }
        if (plan == null) {
            news.refused("Choose a plan in the list first");
            return;
        }
        MembershipPlan changed = plan.with(plan.monthlyFee(), !plan.isActive());
        write(changed, saved -> saved.name()
                + (saved.isActive() ? " is active again." : " is deactivated: new members cannot join it."));
    }

    /**
     * Stores {@code plan} (new, or in place of its earlier self) in the background, where a band overlapping another
     * active plan's is refused at its field; then says what was done, warns of ages no active plan covers, and tells
     * the other screens.
     */
    private void write(MembershipPlan plan, Function<MembershipPlan, String> said) {
        news.working();
        executor.submit(() -> session.data().membershipPlans().save(plan), saved -> {
            chosen.set(saved);
            news.done(said.apply(saved));
            session.changes().changed();
            load();
        }, news::failed);
    }

    /** A whole number of years from 0 to 150, or null with the field's error set. */
    private Integer age(String field, String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            errors.set(field, "Type an age in whole years");
            return null;
        }
        if (!text.matches("\\d{1,3}") || Integer.parseInt(text) > 150) {
            errors.set(field, "Must be a whole number of years from 0 to 150");
            return null;
        }
        return Integer.parseInt(text);
    }

    /** "0–1 years, $99.00/month". */
    public static String describe(MembershipPlan plan) {
        return band(plan) + ", " + Dollars.format(plan.monthlyFee()) + "/month";
    }

    /** "0–1 years", "0–11 months", "6 years and older", "up to 5 years" or "any age". */
    static String band(MembershipPlan plan) {
        return MembershipPlans.band(plan);
    }

    /** "No active plan covers children of 24–71 months." for the ages the active plans leave out, else "". */
    private static String gaps(List<MembershipPlan> read) {
        if (read.stream().noneMatch(MembershipPlan::isActive)) {
            return "";
        }
        String ages = MembershipPlans.gaps(read).stream().map(g -> g[0] + "–" + g[1] + " months").collect(Collectors.joining(", "));
        return ages.isEmpty() ? "" : "No active plan covers children of " + ages + ".";
    }

    private static String years(Integer age) {
        return age == null ? "" : age.toString();
    }

    private boolean canManage() {
        return session.permissions().canManageSettings();
    }

    public ObservableList<MembershipPlan> plans() { return plans; }
    /** Whether the practice has no plan yet (once read): the page shows its empty state. */
    public BooleanBinding emptyProperty() { return empty; }
    public ReadOnlyObjectProperty<MembershipPlan> chosenProperty() { return chosen; }
    public ReadOnlyBooleanProperty formOpenProperty() { return formOpen; }
    public StringBinding formTitle() { return formTitle; }
    /** "Deactivate", or "Reactivate" while the chosen plan is deactivated. */
    public StringBinding activationAction() { return activationAction; }
    public StringProperty nameProperty() { return name; }
    public StringProperty ageMinProperty() { return ageMin; }
    public StringProperty ageMaxProperty() { return ageMax; }
    public StringProperty feeProperty() { return fee; }
    public FieldErrors errors() { return errors; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty warningProperty() { return warning; }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
}
