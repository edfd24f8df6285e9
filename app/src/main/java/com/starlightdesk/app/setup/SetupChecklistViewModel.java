package com.starlightdesk.app.setup;

import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.preferences.PracticeSetup;
import com.starlightdesk.app.preferences.PracticeSetup.Checklist;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.settings.SettingsPlace;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Tables;
import com.starlightdesk.sync.api.PracticeSync;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The calendar's setup checklist for a new practice: add a provider, set the working hours, add
 * membership plans, add users, connect to a server. Each step opens its Settings page and is ticked from
 * the practice's data (and, for the working hours, from this PC's note that an admin saved them). It
 * shows only to admins of a practice that is being set up: one that this PC first met without providers
 * and visits (a demo practice, or one joined from a server that already works, never shows it). Hiding it
 * leaves a small "Setup: 2 of 5" link while steps are left; once every step is done it never shows
 * again on this PC. Where the checklist stands only moves forward (shown, hidden, closed) and is kept
 * in this PC's preferences per practice. Confined to the FX thread; reads in the background; needs no
 * toolkit.
 */
public final class SetupChecklistViewModel {
    private static final Logger LOG = Logger.getLogger(SetupChecklistViewModel.class.getName());
    private static final int STEPS = SetupStep.values().length;

    private final Session session;
    private final PracticeStores stores;
    private final TaskExecutor executor;
    private final SettingsPlace settingsPlace;
    private final UUID practiceId;

    private final Map<SetupStep, BooleanProperty> done = new EnumMap<>(SetupStep.class);
    private final BooleanProperty cardShown = new SimpleBooleanProperty(false);
    private final BooleanProperty linkShown = new SimpleBooleanProperty(false);
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty linkText = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private Checklist checklist;
    private boolean reopened;
    private long readTicket;

    public SetupChecklistViewModel(Session session, PracticeStores stores, TaskExecutor executor, SettingsPlace settingsPlace) {
        this.session = session;
        this.stores = stores;
        this.executor = executor;
        this.settingsPlace = settingsPlace;
        this.practiceId = session.practice().id();
        for (SetupStep step : SetupStep.values()) {
            done.put(step, new SimpleBooleanProperty(false));
        }
        title.set(titleOf(session.practice().name()));
        // A sync may bring providers, plans or users that other desks added.
        session.changes().addListener(this::refresh);
    }


    /**
     * Reads in the background which steps are done and whether the checklist shows, then shows it. Does
     * nothing for a user who is not an admin, or once the checklist is closed.
     */
    public void refresh() {
        if (!session.permissions().canManageSettings() || checklist == Checklist.CLOSED) {
            return;
        }
        long ticket = ++readTicket;
        executor.submit(this::read, reading -> {
            if (ticket == readTicket) {
                apply(reading);
            }
        }, failure -> LOG.log(Level.WARNING, "The setup checklist could not be read: {0}", failure.getClass().getName()));
    }

    private record Reading(Checklist checklist, Set<SetupStep> done, String practiceName) {
    }

    private static String titleOf(String practiceName) {
        return "Set up " + practiceName;
    }

    /** Runs in the background: the steps done, and where the checklist stands (decided and kept the first time). */
    private Reading read() {
        PracticeSetup kept = stores.preferences().setupOf(practiceId);
        if (kept.checklist() == Checklist.CLOSED) {
            return new Reading(Checklist.CLOSED, Set.of(), session.practice().name());
        }
        PracticeData data = session.data();
        Set<SetupStep> steps = EnumSet.noneOf(SetupStep.class);
        boolean providers = data.office().providers().stream().anyMatch(Provider::isActive);
        if (providers) {
            steps.add(SetupStep.PROVIDER);
        }
        if (kept.workingHoursSaved()) {
            steps.add(SetupStep.WORKING_HOURS);
        }
        if (!data.billing().plans().isEmpty()) {
            steps.add(SetupStep.MEMBERSHIP_PLANS);
        }
        if (data.office().users().stream().filter(User::isActive).count() > 1) {
            steps.add(SetupStep.USERS);
        }
        if (PracticeSync.isConnected(session.store().dataSource())) {
            steps.add(SetupStep.SERVER);
        }
        Checklist now = kept.checklist();
        if (now == null) {
            boolean working = providers && data.counts().getOrDefault(Tables.APPOINTMENTS.name(), 0L) > 0;
            now = working ? Checklist.CLOSED : Checklist.SHOWN;
        }
        if (steps.size() == STEPS) {
            now = Checklist.CLOSED;
        }
        if (now != kept.checklist()) {
            keep(now);
        }
        // The practice may have been renamed in Settings since sign-in.
        String name = data.office().practice().map(Practice::name).orElse(session.practice().name());
        return new Reading(now, steps, name);
    }

    /** Saves where the checklist stands, unless it stands further already (a hidden list is not shown again). */
    private void keep(Checklist now) {
        UnaryOperator<PracticeSetup> forward = setup -> setup.checklist() != null && setup.checklist().compareTo(now) >= 0
                ? setup : setup.withChecklist(now);
        stores.updatePreferences(preferences -> preferences.withSetup(practiceId, forward));
    }

    private void apply(Reading reading) {
        checklist = checklist == null || reading.checklist().compareTo(checklist) > 0 ? reading.checklist() : checklist;
        title.set(titleOf(reading.practiceName()));
        done.forEach((step, ticked) -> ticked.set(reading.done().contains(step)));
        int count = reading.done().size();
        progress.set(count + " of " + STEPS + " done");
        linkText.set("Setup: " + count + " of " + STEPS);
        show();
    }

    private void show() {
        cardShown.set(checklist == Checklist.SHOWN || checklist == Checklist.HIDDEN && reopened);
        linkShown.set(checklist == Checklist.HIDDEN && !reopened);
    }

    /** "Hide this list": the card goes, the "Setup: 2 of 5" link stays; on this PC the card does not show by itself again. */
    public void hide() {
        if (checklist != Checklist.SHOWN && checklist != Checklist.HIDDEN) {
            return;
        }
        checklist = Checklist.HIDDEN;
        reopened = false;
        show();
        executor.submit(() -> {
            keep(Checklist.HIDDEN);
            return Boolean.TRUE;
        }, kept -> { }, failure -> LOG.log(Level.WARNING, "Hiding the setup checklist could not be kept: {0}",
                failure.getClass().getName()));
    }

    /** The "Setup: 2 of 5" link: shows the card again (until it is hidden again). */
    public void reopen() {
        if (checklist == Checklist.HIDDEN) {
            reopened = true;
            show();
        }
    }

    /** Opens the Settings page where {@code step} is done. */
    public void open(SetupStep step) {
        settingsPlace.open(step.page());
    }

    /** "Set up Prajapati Pediatrics". */
    public ReadOnlyStringProperty titleProperty() { return title; }
    /** Whether {@code step} is done. */
    public ReadOnlyBooleanProperty doneProperty(SetupStep step) { return done.get(step); }
    /** The checklist shows over the calendar. */
    public ReadOnlyBooleanProperty cardShownProperty() { return cardShown; }
    /** The small link that reopens a hidden checklist shows. */
    public ReadOnlyBooleanProperty linkShownProperty() { return linkShown; }
    /** "2 of 5 done". */
    public ReadOnlyStringProperty progressProperty() { return progress; }
    /** "Setup: 2 of 5". */
    public ReadOnlyStringProperty linkTextProperty() { return linkText; }
}
