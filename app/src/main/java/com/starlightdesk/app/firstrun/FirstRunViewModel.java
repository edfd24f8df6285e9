package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.session.SessionNavigation;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.store.PasswordPolicy;
import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.PracticeJoin;
import com.starlightdesk.sync.api.ServerSettings;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * First run on a PC with no practice store: create a practice, open the demo practice, or join a
 * practice that runs on the server (connect, create the encrypted store with the first user's key slot,
 * download with progress, then sign in). Confined to the FX thread; needs no toolkit.
 */
public final class FirstRunViewModel {
    /** Time zones offered first: the US practice zones. Any valid zone id may be typed. */
    public static final List<String> COMMON_ZONES = List.of("America/New_York", "America/Chicago", "America/Denver",
            "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu");
    /** The demo practice's name and zone. */
    public static final String DEMO_NAME = "Starlight Pediatrics (demo)";
    public static final String DEMO_ZONE = "America/Chicago";

    private static final Map<String, String> CREATE_FIELDS = Map.of("name", "practiceName", "timeZone", "timeZone",
            "displayName", "adminName", "email", "adminEmail", "password", "password");
    private static final Map<String, String> JOIN_FIELDS = Map.of("displayName", "joinName", "email", "joinEmail",
            "password", "joinPassword", "credentials", "profile");
    private static final Map<String, String> DEMO_FIELDS = Map.of("displayName", "demoName", "email", "demoEmail",
            "password", "demoPassword");

    private final PracticeStores stores;
    private final TaskExecutor executor;
    private final SessionNavigation navigation;
    private final ServerJoin serverJoin;

    private final StringProperty practiceName = new SimpleStringProperty("");
    private final StringProperty timeZone = new SimpleStringProperty(defaultZone());
    private final StringProperty adminName = new SimpleStringProperty("");
    private final StringProperty adminEmail = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty confirmPassword = new SimpleStringProperty("");
    private final FieldErrors createErrors = new FieldErrors();

    private final StringProperty demoName = new SimpleStringProperty("Demo Admin");
    private final StringProperty demoEmail = new SimpleStringProperty("");
    private final StringProperty demoPassword = new SimpleStringProperty("");
    private final StringProperty demoConfirm = new SimpleStringProperty("");
    private final FieldErrors demoErrors = new FieldErrors();

    private final StringProperty region = new SimpleStringProperty("");
    private final StringProperty resourceArn = new SimpleStringProperty("");
    private final StringProperty secretArn = new SimpleStringProperty("");
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty endpoint = new SimpleStringProperty("");
    private final FieldErrors connectErrors = new FieldErrors();
    private final ObjectProperty<ServerSettings.Credentials.Source> credentialSource =
            new SimpleObjectProperty<>(ServerSettings.Credentials.Source.DEFAULT_CHAIN);
    private final StringProperty profile = new SimpleStringProperty("");
    private final StringProperty joinName = new SimpleStringProperty("");
    private final StringProperty joinEmail = new SimpleStringProperty("");
    private final StringProperty joinPassword = new SimpleStringProperty("");
    private final StringProperty joinConfirm = new SimpleStringProperty("");
    private final BooleanProperty joining = new SimpleBooleanProperty(false);
    private final DoubleProperty joinProgress = new SimpleDoubleProperty(0);

    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty progress = new SimpleStringProperty("");
    private final StringProperty failure = new SimpleStringProperty("");

    public FirstRunViewModel(PracticeStores stores, TaskExecutor executor, SessionNavigation navigation, ServerJoin serverJoin) {
        this.stores = stores;
        this.executor = executor;
        this.navigation = navigation;
        this.serverJoin = serverJoin;
    }

    /** How the credential choices read on the form. */
    public static String credentialLabel(ServerSettings.Credentials.Source source) {
        return switch (source) {
            case DEFAULT_CHAIN -> "This PC's AWS credentials (default)";
            case PROFILE -> "A named AWS profile";
            case LOCAL_GATEWAY -> "Local development gateway (no AWS account)";
        };
    }

    private static String defaultZone() {
        String system = ZoneId.systemDefault().getId();
        return COMMON_ZONES.contains(system) ? system : "America/Chicago";
    }

    /** Checks the new-practice form and, if it is right, creates the store and signs the admin in. */
    public void createPractice() {
        createErrors.clear();
        failure.set("");
        String name = practiceName.get().strip();
        String zone = timeZone.get() == null ? "" : timeZone.get().strip();
        String email = adminEmail.get().strip();
        String admin = adminName.get().strip();
        try {
            Practice.of(UUID.randomUUID(), name.isEmpty() ? "?" : name, "UTC");
        } catch (ValidationException e) {
            createErrors.set(e, CREATE_FIELDS);
        }
        if (name.isEmpty()) {
            createErrors.set("practiceName", "Enter the practice's name");
        }
        try {
            ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            createErrors.set("timeZone", "Choose a time zone such as America/Chicago");
        }
        checkUser(admin, email, createErrors, CREATE_FIELDS);
        checkPasswords(password.get(), confirmPassword.get(), createErrors, "password", "confirmPassword");
        if (!createErrors.isEmpty()) {
            return;
        }
        char[] secret = password.get().toCharArray();
        start("Creating the encrypted practice store…");
        executor.submit(() -> stores.create(name, zone, admin, email, secret), this::opened, this::failed);
    }

    /** Creates a store with the typed admin and loads Dr. Prajapati's demo practice into it. */
    public void openDemo() {
        demoErrors.clear();
        failure.set("");
        String email = demoEmail.get().strip();
        String name = demoName.get().strip();
        checkUser(name, email, demoErrors, DEMO_FIELDS);
        checkPasswords(demoPassword.get(), demoConfirm.get(), demoErrors, "demoPassword", "demoConfirm");
        if (!demoErrors.isEmpty()) {
            return;
        }
        char[] secret = demoPassword.get().toCharArray();
        start("Creating the encrypted practice store…");
        executor.submit(() -> stores.create(DEMO_NAME, DEMO_ZONE, name, email, secret), session -> {
            progress.set("Loading the demo practice: patients, visits, charts, billing…");
            executor.submit(() -> stores.loadDemo(session), summary -> opened(session), e -> {
                session.close();
                failed(e);
            });
        }, this::failed);
    }

    /**
     * Checks the server settings and the first user's details and, if they are right, joins the practice:
     * connect, create the store, download with progress, then the sign-in screen. Failures are shown at
     * the field they concern; a failed join leaves no store behind (an interrupted download resumes).
     */
    public void connect() {
        connectErrors.clear();
        failure.set("");
        ServerConnection connection = new ServerConnection(region.get().strip(), resourceArn.get().strip(),
                secretArn.get().strip(), database.get().strip(), endpoint.get().strip());
        connection.validate(connectErrors);
        ServerSettings.Credentials credentials = null;
        try {
            credentials = new ServerSettings.Credentials(credentialSource.get(), profile.get());
        } catch (IllegalArgumentException e) {
            connectErrors.set("profile", e.getMessage());
        }
        String email = joinEmail.get().strip();
        String name = joinName.get().strip();
        checkUser(name, email, connectErrors, JOIN_FIELDS);
        checkPasswords(joinPassword.get(), joinConfirm.get(), connectErrors, "joinPassword", "joinConfirm");
        if (!connectErrors.isEmpty()) {
            return;
        }
        ServerSettings settings = connection.settings(credentials);
        char[] secret = joinPassword.get().toCharArray();
        start("Connecting to the server…");
        joining.set(true);
        joinProgress.set(-1);
        executor.submit(() -> serverJoin.join(settings, email, name, secret, new JoinProgress()), joined -> {
            busy.set(false);
            joining.set(false);
            progress.set("");
            joinPassword.set("");
            joinConfirm.set("");
            navigation.switchUser();
        }, this::joinFailed);
    }

    /** Progress of a join, from the joining thread to this model's thread (at most once per 0.1 %). */
    private final class JoinProgress implements PracticeJoin.Progress {
        private long shown = -1;

        @Override
        public void stage(PracticeJoin.Stage stage) {
            String text = switch (stage) {
                case CONNECTING -> "Connecting to the server…";
                case CREATING_STORE -> "Creating the encrypted practice store…";
                case DOWNLOADING -> "Downloading the practice…";
                case FINISHING -> "Finishing…";
            };
            executor.deliver(() -> progress.set(text));
        }

        @Override
        public void rows(long done, long total) {
            long permille = total <= 0 ? 1000 : Math.min(1000, done * 1000 / total);
            if (permille == shown) {
                return;
            }
            shown = permille;
            executor.deliver(() -> {
                joinProgress.set(permille / 1000.0);
                progress.set(String.format(java.util.Locale.US, "Downloading the practice: %,d of %,d rows", done, total));
            });
        }
    }

    private void joinFailed(Throwable e) {
        busy.set(false);
        joining.set(false);
        progress.set("");
        joinPassword.set("");
        joinConfirm.set("");
        if (e instanceof JoinException j) {
            String field = j.field() == null ? null : JOIN_FIELDS.getOrDefault(j.field(), j.field());
            if (field != null && !(field.equals("profile") && credentialSource.get() != ServerSettings.Credentials.Source.PROFILE)) {
                connectErrors.set(field, j.getMessage());
                failure.set("Not joined: see the message above. Nothing was kept on this PC that sign-in would find.");
            } else {
                failure.set(j.getMessage());
            }
        } else {
            failure.set(SafeMessages.of(e));
        }
    }

    private static void checkUser(String name, String email, FieldErrors errors, Map<String, String> aliases) {
        try {
            new User(Ids.next(), email, name, Role.ADMIN, null, true);
        } catch (ValidationException e) {
            errors.set(e, aliases);
        }
        if (name.isEmpty()) {
            errors.set(aliases.get("displayName"), "Enter a name");
        }
    }

    private static void checkPasswords(String first, String second, FieldErrors errors, String field, String confirmField) {
        try {
            PasswordPolicy.check(first.toCharArray());
        } catch (ValidationException e) {
            errors.set(field, "Password " + e.getMessage().substring(e.getMessage().indexOf(':') + 2));
        }
        if (!first.equals(second)) {
            errors.set(confirmField, "The two passwords differ");
        }
    }

    private void start(String message) {
        busy.set(true);
        progress.set(message);
    }

    private void opened(Session session) {
        busy.set(false);
        progress.set("");
        password.set("");
        confirmPassword.set("");
        demoPassword.set("");
        demoConfirm.set("");
        navigation.signedIn(session);
    }

    private void failed(Throwable e) {
        busy.set(false);
        progress.set("");
        if (e instanceof ValidationException v) {
            createErrors.set(v, CREATE_FIELDS);
        }
        failure.set(SafeMessages.of(e));
    }

    public StringProperty practiceNameProperty() { return practiceName; }
    public StringProperty timeZoneProperty() { return timeZone; }
    public StringProperty adminNameProperty() { return adminName; }
    public StringProperty adminEmailProperty() { return adminEmail; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty confirmPasswordProperty() { return confirmPassword; }
    public FieldErrors createErrors() { return createErrors; }
    public StringProperty demoNameProperty() { return demoName; }
    public StringProperty demoEmailProperty() { return demoEmail; }
    public StringProperty demoPasswordProperty() { return demoPassword; }
    public StringProperty demoConfirmProperty() { return demoConfirm; }
    public FieldErrors demoErrors() { return demoErrors; }
    public StringProperty regionProperty() { return region; }
    public StringProperty resourceArnProperty() { return resourceArn; }
    public StringProperty secretArnProperty() { return secretArn; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty endpointProperty() { return endpoint; }
    public FieldErrors connectErrors() { return connectErrors; }
    public ObjectProperty<ServerSettings.Credentials.Source> credentialSourceProperty() { return credentialSource; }
    public StringProperty profileProperty() { return profile; }
    public StringProperty joinNameProperty() { return joinName; }
    public StringProperty joinEmailProperty() { return joinEmail; }
    public StringProperty joinPasswordProperty() { return joinPassword; }
    public StringProperty joinConfirmProperty() { return joinConfirm; }
    public ReadOnlyBooleanProperty joiningProperty() { return joining; }
    public ReadOnlyDoubleProperty joinProgressProperty() { return joinProgress; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyStringProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
