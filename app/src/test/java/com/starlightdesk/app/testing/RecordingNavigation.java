package com.starlightdesk.app.testing;

import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.session.SessionNavigation;
import java.util.ArrayList;
import java.util.List;

/** Records where screens sent the window (the window itself is tested with TestFX). */
public final class RecordingNavigation implements SessionNavigation {
    public final List<String> moves = new ArrayList<>();
    public Session session;

    @Override
    public void signedIn(Session opened) {
        moves.add("signed in");
        session = opened;
    }

    @Override
    public void switchUser() {
        moves.add("switch user");
    }

    @Override
    public void firstRun() {
        moves.add("first run");
    }
}
