package com.starlightdesk.app.firstrun;

import com.starlightdesk.app.parts.FieldErrors;
import com.starlightdesk.app.parts.ServerForm;
import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.ServerSettings;
import java.util.Optional;

/**
 * The "Connect to a server" form: where the practice's database is and which AWS credentials reach it
 * (a {@link ServerForm}), and the user who joins from this PC. Confined to the FX thread; needs no toolkit.
 */
public final class JoinServerForm {
    private final FieldErrors errors = new FieldErrors();
    private final ServerForm server = new ServerForm(errors);
    private final FirstUser user = new FirstUser(errors, "joinName", "joinEmail", "joinPassword", "joinConfirm", "");

    /** Checks every field, writing a message at each one that is wrong; the server's settings when all are right. */
    Optional<ServerSettings> check() {
        errors.clear();
        Optional<ServerSettings> settings = server.check();
        user.check();
        return errors.isEmpty() ? settings : Optional.empty();
    }

    /**
     * Shows why the server refused the join at the field it concerns, when the form has that field (the
     * profile's only while a profile is chosen); false when it concerns none.
     */
    boolean refusedAtField(JoinException e) {
        if (server.refusedAtField(e)) {
            return true;
        }
        String field = e.field() == null ? null : user.fields().get(e.field());
        if (field == null) {
            return false;
        }
        errors.set(field, e.getMessage());
        return true;
    }

    public ServerForm server() { return server; }
    public FirstUser user() { return user; }
    public FieldErrors errors() { return errors; }
}
