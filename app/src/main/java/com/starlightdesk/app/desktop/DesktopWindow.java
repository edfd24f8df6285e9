package com.starlightdesk.app.desktop;

import atlantafx.base.theme.PrimerLight;
import com.starlightdesk.app.calendar.CalendarViewModel;
import com.starlightdesk.app.firstrun.FirstRunView;
import com.starlightdesk.app.parts.Banner;
import com.starlightdesk.app.parts.SaveDialog;
import com.starlightdesk.app.parts.SaveLocation;
import com.starlightdesk.app.password.OwnPasswordView;
import com.starlightdesk.app.password.OwnPasswordViewModel;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.session.SessionNavigation;
import com.starlightdesk.app.session.SignInWarmUp;
import com.starlightdesk.app.shell.ShellView;
import com.starlightdesk.app.signin.SignInView;
import com.starlightdesk.app.syncstatus.SessionSyncStatus;
import com.starlightdesk.data.codes.DiagnosisCodes;
import com.starlightdesk.data.growth.GrowthReferences;
import java.io.IOException;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The main window: shows first run, sign-in or the shell, and owns the open {@link Session}. Confined
 * to the FX thread.
 */
public final class DesktopWindow implements SessionNavigation {
    /** Width and height the screens are laid out for (clinic PCs). */
    public static final double WIDTH = 1366;
    public static final double HEIGHT = 768;

    private static final Logger LOG = Logger.getLogger(DesktopWindow.class.getName());

    private final AppServices services;
    private final ControllerFactory appScope;
    private final SessionEnd sessionEnd;
    private final StackPane host = new StackPane();
    private Session session;
    private SessionSyncStatus sessionSync;

    public DesktopWindow(AppServices services) {
        this(services, new SaveDialog());
    }

    /** A window whose screens ask {@code saveLocation} where to save files (tests answer it themselves). */
    public DesktopWindow(AppServices services, SaveLocation saveLocation) {
        this.services = services;
        this.appScope = ControllerFactory.of(services.stores(), services.executor(), services.clock(), new GrowthReferences(),
                DiagnosisCodes.icd10cm(), this, saveLocation);
        this.sessionEnd = new SessionEnd(services.executor());
    }

    /** Puts the window on {@code stage} and shows first run or sign-in. */
    public void show(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        Scene scene = new Scene(host, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(DesktopWindow.class.getResource("app.css")).toExternalForm());
        stage.setScene(scene);
        stage.setTitle("Starlight Desk");
        stage.setMinWidth(1024);
        stage.setMinHeight(640);
        stage.setOnHidden(e -> closeSession());
        openFirstScreen();
        stage.show();
    }

    private void openFirstScreen() {
        boolean anyStore;
        try {
            anyStore = !services.dataDirectory().practices().isEmpty();
        } catch (IOException e) {
            anyStore = false;
        }
        if (anyStore) {
            switchUser();
            // Once the sign-in screen is drawn, use the typing time to warm up the sign-in code.
            Platform.runLater(() -> services.executor().submit(() -> {
                SignInWarmUp.run(services.clock(), services.stores()::signInStarted);
                return null;
            }, done -> { }, failed -> LOG.log(Level.WARNING, "Sign-in warm-up failed: {0}", failed.getClass().getName())));
        } else {
            firstRun();
        }
    }

    @Override
    public void signedIn(Session opened) {
        closeSession();
        this.session = opened;
        this.sessionSync = new SessionSyncStatus(opened, services.clock());
        ControllerFactory sessionScope = appScope.child(opened, sessionSync);
        sessionScope.add(new ScreenLoader(sessionScope));
        if (opened.store().mustChangePassword()) {
            // An admin reset this user's password on this desk: they choose their own before the shell opens.
            ControllerFactory step = sessionScope.child();
            step.get(OwnPasswordViewModel.class).require(() -> openShell(sessionScope), this::switchUser);
            setScreen(Screens.load(OwnPasswordView.class, step));
            return;
        }
        openShell(sessionScope);
    }

    private void openShell(ControllerFactory sessionScope) {
        // The shell opens on the calendar: its first read runs in the background while the shell is built.
        sessionScope.get(CalendarViewModel.class).start();
        setScreen(Screens.load(ShellView.class, sessionScope));
    }

    @Override
    public void switchUser() {
        closeSession();
        setScreen(Screens.load(SignInView.class, appScope.child()));
    }

    @Override
    public void firstRun() {
        closeSession();
        setScreen(Screens.load(FirstRunView.class, appScope.child()));
    }

    /** The open session, if any (for the tests that drive the window). */
    public Session session() {
        return session;
    }

    private void setScreen(Parent screen) {
        host.getChildren().setAll(screen);
    }

    private void closeSession() {
        if (session != null) {
            Session closing = session;
            SessionSyncStatus closingSync = sessionSync;
            session = null;
            sessionSync = null;
            sessionEnd.end(closingSync::stop, closing, this::showSessionEndFailure);
        }
    }

    /** Tells the person at the desk, over whatever screen is up, that the last session did not end cleanly. */
    private void showSessionEndFailure(String message) {
        Banner.notify(host, "session-end-failure", Banner.Kind.WARNING, message);
    }
}
