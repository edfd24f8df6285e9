package com.starlightdesk.app.session;

/** How screens hand the window on: after first run or sign-in, on switch of user. Called on the FX thread. */
public interface SessionNavigation {

    /** A user is signed in: open the shell. */
    void signedIn(Session session);

    /** Close the session (if any) and show the sign-in screen. */
    void switchUser();

    /** Show the first-run choices (create, demo, connect). */
    void firstRun();
}
