package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.session.SessionNavigation;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.ServerSettings;
import java.util.Optional;

/**
 * First run on a PC with no practice store: create a practice ({@link NewPracticeForm}), open the demo
 * practice ({@link DemoPracticeForm}), or join a practice that runs on the server ({@link JoinServerForm}:
 * connect, create the encrypted store with the first user's key slot, download, then sign in). The
 * forms check their fields; this model runs what they ask for through the task executor and reports
 * on {@link FirstRunProgress}. Confined to the FX thread; needs no toolkit.
 */
public final class FirstRunViewModel {
    private final PracticeStores stores;
    private final TaskExecutor executor;
    private final SessionNavigation navigation;
    private final ServerJoin serverJoin;

    private final NewPracticeForm newPractice = new NewPracticeForm();
    private final DemoPracticeForm demoPractice = new DemoPracticeForm();
    private final JoinServerForm joinServer = new JoinServerForm();
    private final FirstRunProgress progress = new FirstRunProgress();

    public FirstRunViewModel(PracticeStores stores, TaskExecutor executor, SessionNavigation navigation, ServerJoin serverJoin) {
        this.stores = stores;
        this.executor = executor;
        this.navigation = navigation;
        this.serverJoin = serverJoin;
    }

    /** Checks the new-practice form and, if it is right, creates the store and signs the admin in. */
    public void createPractice() {
        progress.clearFailure();
        if (!newPractice.check()) {
            return;
        }
        String name = newPractice.name();
        String zone = newPractice.zone();
        FirstUser admin = newPractice.admin();
        String adminName = admin.name();
        String email = admin.email();
        char[] secret = admin.secret();
        progress.start("Creating the encrypted practice store…");
        executor.submit(() -> stores.create(name, zone, adminName, email, secret), this::opened, this::failed);
    }

    /** Creates a store with the typed admin and loads Dr. Prajapati's demo practice into it. */
    public void openDemo() {
        progress.clearFailure();
        if (!demoPractice.check()) {
            return;
        }
        FirstUser user = demoPractice.user();
        String name = user.name();
        String email = user.email();
        char[] secret = user.secret();
        progress.start("Creating the encrypted practice store…");
        executor.submit(() -> stores.create(DemoPracticeForm.NAME, DemoPracticeForm.ZONE, name, email, secret), session -> {
            progress.step("Loading the demo practice: patients, visits, charts, billing…");
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
        progress.clearFailure();
        Optional<ServerSettings> settings = joinServer.check();
        if (settings.isEmpty()) {
            return;
        }
        FirstUser user = joinServer.user();
        String email = user.email();
        String name = user.name();
        char[] secret = user.secret();
        progress.startJoin();
        executor.submit(() -> serverJoin.join(settings.get(), email, name, secret, progress.joinListener(executor)), joined -> {
            progress.finished();
            user.forgetPasswords();
            navigation.switchUser();
        }, this::joinFailed);
    }

    private void joinFailed(Throwable e) {
        progress.finished();
        joinServer.user().forgetPasswords();
        if (e instanceof JoinException j) {
            progress.failed(joinServer.refusedAtField(j)
                    ? "Not joined: see the message above. Nothing was kept on this PC that sign-in would find."
                    : j.getMessage());
        } else {
            progress.failed(SafeMessages.of(e));
        }
    }

    private void opened(Session session) {
        progress.finished();
        newPractice.admin().forgetPasswords();
        demoPractice.user().forgetPasswords();
        navigation.signedIn(session);
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            newPractice.refused(v);
        }
        progress.failed(SafeMessages.of(e));
    }

    public NewPracticeForm newPractice() { return newPractice; }
    public DemoPracticeForm demoPractice() { return demoPractice; }
    public JoinServerForm joinServer() { return joinServer; }
    public FirstRunProgress progress() { return progress; }
}
