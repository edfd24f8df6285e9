package com.starlightdesk.app.settings.feeschedule;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.FormNews;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Function;
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
 * The Fee schedule page of Settings: the practice's own services with their prices (active ones first), and the
 * form that adds one or edits the chosen one: CPT code, the practice's own description, price in dollars, whether
 * members get it at no charge, and for a vaccine product the CVX code of the vaccine, so a visit's doses suggest their
 * lines. Each bad value is named at its field and nothing is saved; a code the schedule has already is refused at
 * the code. An entry is deactivated (no longer offered for new invoice lines), never deleted. Admins only. Confined
 * to the FX thread; needs no toolkit.
 */
public final class FeeScheduleViewModel {
    private static final Map<String, String> FIELDS = Map.of();

    private final Session session;
    private final TaskExecutor executor;

    private final ObservableList<FeeScheduleEntry> entries = FXCollections.observableArrayList();
    private final BooleanProperty loaded = new SimpleBooleanProperty(false);
    private final ObjectProperty<FeeScheduleEntry> chosen = new SimpleObjectProperty<>();
    private final BooleanProperty formOpen = new SimpleBooleanProperty(false);
    private final StringProperty cptCode = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final StringProperty price = new SimpleStringProperty("");
    private final BooleanProperty covered = new SimpleBooleanProperty(false);
    private final StringProperty cvx = new SimpleStringProperty("");
    private final FormNews news = new FormNews(FIELDS);
    private final FieldErrors errors = news.errors();
    private final BooleanBinding empty = Bindings.createBooleanBinding(() -> loaded.get() && entries.isEmpty(), loaded, entries);
    private final StringBinding formTitle = Bindings.createStringBinding(
            () -> chosen.get() == null ? "Add a service" : "Edit " + chosen.get().cptCode(), chosen);
    private final StringBinding activationAction = Bindings.createStringBinding(
            () -> chosen.get() != null && !chosen.get().isActive() ? "Reactivate" : "Deactivate", chosen);

    public FeeScheduleViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
    }

    /** Reads the fee schedule, keeping the chosen entry chosen. */
    public void load() {
        executor.submit(() -> session.data().feeSchedule().entries(), this::show, news::failed);
    }

    private void show(List<FeeScheduleEntry> read) {
        UUID keep = chosen.get() == null ? null : chosen.get().id();
        entries.setAll(read);
        loaded.set(true);
        read.stream().filter(e -> e.id().equals(keep)).findFirst().ifPresent(chosen::set);
    }

    /** An empty form for a new service. */
    public void add() {
        chosen.set(null);
        fill("", "", "", false, "");
        formOpen.set(true);
    }

    /** The form filled with {@code entry}, to edit it. */
    public void edit(FeeScheduleEntry entry) {
        if (entry == null) {
            return;
        }
        chosen.set(entry);
        fill(entry.cptCode(), entry.description(), Dollars.format(entry.price()), entry.coveredByMembership(),
                entry.cvx() == null ? "" : entry.cvx());
        formOpen.set(true);
    }

    private void fill(String code, String words, String amount, boolean members, String vaccine) {
        cptCode.set(code);
        description.set(words);
        price.set(amount);
        covered.set(members);
        cvx.set(vaccine);
        errors.clear();
        news.clear();
    }

    /** Checks the form and saves the entry (new or edited); bad values are named at their fields and nothing is saved. */
    public void save() {
        errors.clear();
        news.clear();
        if (!canManage()) {
            news.refused("Only an admin can change the fee schedule");
            return;
        }
        BigDecimal amount = null;
        try {
            amount = Fields.money("price", Dollars.parse("price", price.get()));
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
        }
        FeeScheduleEntry editing = chosen.get();
        FeeScheduleEntry entry = null;
        UUID id = editing == null ? Ids.next() : editing.id();
        boolean active = editing == null || editing.isActive();
        // Each field is checked on its own, so every bad value is named at once.
        check(() -> new FeeScheduleEntry(id, cptCode.get(), "x", BigDecimal.ZERO, false, null, true));
        check(() -> new FeeScheduleEntry(id, "99999", description.get(), BigDecimal.ZERO, false, null, true));
        check(() -> new FeeScheduleEntry(id, "99999", "x", BigDecimal.ZERO, false, cvx.get(), true));
        if (!errors.isEmpty()) {
            return;
        }
        try {
            entry = new FeeScheduleEntry(id, cptCode.get(), description.get(), amount, covered.get(), cvx.get(), active);
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return;
        }
        FeeScheduleEntry toSave = entry;
        write(() -> session.data().feeSchedule().save(toSave), saved -> "Saved " + saved.cptCode() + ": " + describe(saved) + ".");
    }

    private void check(Callable<FeeScheduleEntry> build) {
        try {
            build.call();
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deactivates the chosen entry (no longer offered for new lines; invoices keep theirs), or reactivates it. */
    public void changeActivation() {
        errors.clear();
        news.clear();
        FeeScheduleEntry entry = chosen.get();
        if (!canManage()) {
            news.refused("Only an admin can change the fee schedule");
            return;
        }
        if (entry == null) {
            news.refused("Choose a service in the list first");
            return;
        }
        UUID id = entry.id();
        write(() -> entry.isActive() ? session.data().feeSchedule().deactivate(id) : session.data().feeSchedule().reactivate(id),
                saved -> saved.cptCode() + (saved.isActive() ? " is offered again." : " is deactivated: new invoices no longer offer it."));
    }

    /** Stores in the background, then says what was done and tells the other screens. */
    private void write(Callable<FeeScheduleEntry> work, Function<FeeScheduleEntry, String> said) {
        news.working();
        executor.submit(work, saved -> {
            chosen.set(saved);
            news.done(said.apply(saved));
            session.changes().changed();
            load();
        }, news::failed);
    }

    /** "Sick visit, established, $120.00, covered by membership, CVX 10". */
    public static String describe(FeeScheduleEntry e) {
        return e.description() + ", " + Dollars.format(e.price()) + (e.coveredByMembership() ? ", covered by membership" : "")
                + (e.cvx() == null ? "" : ", CVX " + e.cvx());
    }

    private boolean canManage() {
        return session.permissions().canManageSettings();
    }

    public ObservableList<FeeScheduleEntry> entries() { return entries; }
    /** Whether the schedule has no entry yet (once read): the page shows its empty state. */
    public BooleanBinding emptyProperty() { return empty; }
    public ReadOnlyObjectProperty<FeeScheduleEntry> chosenProperty() { return chosen; }
    public ReadOnlyBooleanProperty formOpenProperty() { return formOpen; }
    public StringBinding formTitle() { return formTitle; }
    /** "Deactivate", or "Reactivate" while the chosen entry is deactivated. */
    public StringBinding activationAction() { return activationAction; }
    public StringProperty cptCodeProperty() { return cptCode; }
    public StringProperty descriptionProperty() { return description; }
    public StringProperty priceProperty() { return price; }
    public BooleanProperty coveredProperty() { return covered; }
    public StringProperty cvxProperty() { return cvx; }
    public FieldErrors errors() { return errors; }
    public ReadOnlyStringProperty doneProperty() { return news.doneProperty(); }
    public ReadOnlyStringProperty failureProperty() { return news.failureProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return news.busyProperty(); }
}
