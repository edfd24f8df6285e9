package com.starlightdesk.app.settings.providers;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.ProviderRoster;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * The Providers page of Settings: every provider of the practice with their calendar colour, active or
 * deactivated, and a form to add one or edit the one chosen (name with credentials, specialty, e-mail,
 * colour from the palette or typed, and the provider user who signs in as them). The rules are the
 * data layer's ({@link ProviderRoster}); a broken one is shown at its field. The form says how many
 * visits the provider still has to come, which stay on the calendar when they are deactivated.
 * Saving tells the session's screens, so the calendar and booking form follow at once.
 * Confined to the FX thread; needs no toolkit.
 */
public final class ProvidersViewModel {
    /** The provider's fields as the form names them. */
    private static final Map<String, String> FIELDS = Map.of("userId", "user");

    private final Session session;
    private final TaskExecutor executor;

    private final ObservableList<ProviderRoster.Entry> providers = FXCollections.observableArrayList();
    private final ObservableList<LinkedUser> linkableUsers = FXCollections.observableArrayList(LinkedUser.NONE);
    private final ObjectProperty<ProviderRoster.Entry> editing = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty specialty = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty color = new SimpleStringProperty(ProviderColor.PALETTE.get(0).color().hex());
    private final ObjectProperty<LinkedUser> user = new SimpleObjectProperty<>(LinkedUser.NONE);
    private final StringProperty formTitle = new SimpleStringProperty("New provider");
    private final StringProperty futureVisits = new SimpleStringProperty("");
    private final StringProperty done = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final FieldErrors errors = new FieldErrors();

    public ProvidersViewModel(Session session, TaskExecutor executor) {
        this.session = session;
        this.executor = executor;
        session.changes().addListener(this::load);
    }

    /** A choice of the form's "signs in as" list: a provider user, or none. */
    public record LinkedUser(User user) {
        public static final LinkedUser NONE = new LinkedUser(null);

        @Override
        public String toString() {
            return user == null ? "No linked user" : user.displayName() + " (" + user.email() + ")";
        }
    }

    public boolean canManage() {
        return session.permissions().canManageSettings();
    }

    /**
     * Reads the providers, their future visits and the users who may be linked: active provider users,
     * and any user a provider is linked to already (so that saving a provider keeps the link it has).
     */
    public void load() {
        executor.submit(() -> {
            List<ProviderRoster.Entry> entries = session.data().providers().entries();
            Set<UUID> linked = entries.stream().map(e -> e.provider().userId()).filter(Objects::nonNull).collect(Collectors.toSet());
            return new Read(entries, session.data().office().users().stream()
                    .filter(u -> (u.isActive() && u.role() == Role.PROVIDER) || linked.contains(u.id())).toList());
        }, this::show, this::failed);
    }

    private record Read(List<ProviderRoster.Entry> providers, List<User> providerUsers) {
    }

    private void show(Read read) {
        String offered = freeColor();
        providers.setAll(read.providers());
        if (editing.get() == null && color.get().equals(offered)) {
            // A new provider's form offered a colour before the roster was read: offer one nobody has.
            color.set(freeColor());
        }
        List<LinkedUser> users = new ArrayList<>();
        users.add(LinkedUser.NONE);
        read.providerUsers().forEach(u -> users.add(new LinkedUser(u)));
        LinkedUser chosen = user.get();
        linkableUsers.setAll(users);
        user.set(users.stream().filter(u -> u.equals(chosen)).findFirst().orElse(LinkedUser.NONE));
        ProviderRoster.Entry open = editing.get();
        if (open != null) {
            read.providers().stream().filter(e -> e.provider().id().equals(open.provider().id())).findFirst()
                    .ifPresent(fresh -> {
                        editing.set(fresh);
                        futureVisits.set(describeFutureVisits(fresh));
                    });
        }
    }

    /** Empties the form for a new provider. */
    public void startNew() {
        clearNews();
        editing.set(null);
        formTitle.set("New provider");
        name.set("");
        specialty.set("");
        email.set("");
        color.set(freeColor());
        user.set(LinkedUser.NONE);
        futureVisits.set("");
    }

    /** The first palette colour no provider of the practice has. */
    private String freeColor() {
        return ProviderColor.firstFree(providers.stream().map(ProviderRoster.Entry::provider).toList()).hex();
    }

    /** Fills the form with {@code entry} to edit it. */
    public void edit(ProviderRoster.Entry entry) {
        if (entry == null) {
            return;
        }
        clearNews();
        Provider p = entry.provider();
        editing.set(entry);
        formTitle.set("Edit " + p.name());
        name.set(p.name());
        specialty.set(p.specialty() == null ? "" : p.specialty());
        email.set(p.email() == null ? "" : p.email());
        color.set(p.color() == null ? "" : p.color());
        user.set(linkableUsers.stream().filter(u -> u.user() != null && u.user().id().equals(p.userId())).findFirst()
                .orElse(LinkedUser.NONE));
        futureVisits.set(describeFutureVisits(entry));
    }

    /** Chooses a palette colour (the typed field follows). */
    public void choose(ProviderColor chosen) {
        color.set(chosen.hex());
    }

    /** Adds the provider of the form, or saves the one being edited. */
    public void save() {
        clearNews();
        if (!canManage()) {
            failure.set("Only an admin can change the practice's providers");
            return;
        }
        ProviderRoster.Entry open = editing.get();
        Provider candidate;
        try {
            // Whether text reads on it is the roster's rule: checked when the colour is new or changed.
            ProviderColor chosen = color.get().isBlank() ? null : ProviderColor.parse("color", color.get());
            UUID id = open == null ? Ids.next() : open.provider().id();
            boolean active = open == null || open.provider().isActive();
            User linked = user.get() == null ? null : user.get().user();
            candidate = new Provider(id, linked == null ? null : linked.id(), name.get(), specialty.get(), email.get(),
                    chosen == null ? null : chosen.hex(), active);
        } catch (ValidationException e) {
            errors.set(e, FIELDS);
            return;
        }
        busy.set(true);
        executor.submit(() -> {
            ProviderRoster roster = session.data().providers();
            Provider saved = open == null ? roster.add(candidate) : roster.edit(candidate);
            return roster.entry(saved.id());
        }, saved -> {
            busy.set(false);
            edit(saved);
            done.set(open == null ? saved.provider().name() + " is added: the calendar and the booking form offer them now."
                    : "Saved " + saved.provider().name() + ".");
            session.changes().changed();
        }, this::failed);
    }

    /**
     * Deactivates the provider being edited (off the booking form and the calendar's filters; their
     * visits stay on the calendar, marked), or puts a deactivated one back.
     */
    public void toggleActive() {
        clearNews();
        ProviderRoster.Entry open = editing.get();
        if (open == null) {
            return;
        }
        if (!canManage()) {
            failure.set("Only an admin can change the practice's providers");
            return;
        }
        boolean active = !open.provider().isActive();
        busy.set(true);
        executor.submit(() -> {
            ProviderRoster roster = session.data().providers();
            roster.setActive(open.provider().id(), active);
            return roster.entry(open.provider().id());
        }, saved -> {
            busy.set(false);
            edit(saved);
            String name = saved.provider().name();
            done.set(active ? name + " is active again: the booking form and the calendar's filters offer them."
                    : name + " is deactivated: no new visits can be booked with them." + (saved.futureVisits() == 0 ? ""
                            : " " + saved.futureVisitsWords() + "; they stay on the calendar, marked inactive."));
            session.changes().changed();
        }, this::failed);
    }

    /** "Dr X still has 4 future visits; …", or that there are none. */
    private static String describeFutureVisits(ProviderRoster.Entry entry) {
        if (entry.futureVisits() == 0) {
            return entry.futureVisitsWords() + ".";
        }
        return entry.futureVisitsWords() + (entry.provider().isActive()
                ? "; if deactivated, they stay on the calendar, marked inactive."
                : "; they stay on the calendar, marked inactive.");
    }

    private void clearNews() {
        errors.clear();
        done.set("");
        failure.set("");
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof ValidationException v) {
            errors.set(v, FIELDS);
        } else {
            failure.set(SafeMessages.of(e));
        }
    }

    public ObservableList<ProviderRoster.Entry> providers() { return providers; }
    public ObservableList<LinkedUser> linkableUsers() { return linkableUsers; }
    /** The provider being edited, or null while the form adds a new one. */
    public ReadOnlyObjectProperty<ProviderRoster.Entry> editingProperty() { return editing; }
    public StringProperty nameProperty() { return name; }
    public StringProperty specialtyProperty() { return specialty; }
    public StringProperty emailProperty() { return email; }
    /** The colour as {@code #RRGGBB}, chosen from the palette or typed. */
    public StringProperty colorProperty() { return color; }
    public ObjectProperty<LinkedUser> userProperty() { return user; }
    public ReadOnlyStringProperty formTitleProperty() { return formTitle; }
    /** How many visits the provider being edited still has to come. */
    public ReadOnlyStringProperty futureVisitsProperty() { return futureVisits; }
    public ReadOnlyStringProperty doneProperty() { return done; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    /** Messages at the fields: name, specialty, email, color, user. */
    public FieldErrors errors() { return errors; }
}
