package com.starlightdesk.app.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.sync.api.JoinException;
import com.starlightdesk.sync.api.ServerSettings;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The "Connect to a server" form on its own: the server's settings and the joining user. */
final class JoinServerFormTest {

    private static JoinServerForm filled() {
        JoinServerForm form = new JoinServerForm();
        form.server().regionProperty().set("us-east-1");
        form.server().resourceArnProperty().set("arn:aws:rds:us-east-1:000000000000:cluster:starlight-local");
        form.server().secretArnProperty().set("arn:aws:secretsmanager:us-east-1:000000000000:secret:starlight/p-1");
        form.server().databaseProperty().set("starlight");
        form.server().endpointProperty().set("http://127.0.0.1:8089");
        form.server().credentialSourceProperty().set(ServerSettings.Credentials.Source.LOCAL_GATEWAY);
        form.user().nameProperty().set("Front Desk");
        form.user().emailProperty().set("front@maple.example");
        form.user().passwordProperty().set("a-long-passphrase");
        form.user().confirmProperty().set("a-long-passphrase");
        return form;
    }

    @Test
    void aRightFormGivesTheServersSettings() {
        ServerSettings settings = filled().check().orElseThrow();
        assertEquals("us-east-1", settings.region());
        assertEquals("starlight", settings.database());
        assertEquals(URI.create("http://127.0.0.1:8089"), settings.endpoint());
    }

    @Test
    void wrongSettingsAndAWrongUserAreShownFieldByField() {
        JoinServerForm form = filled();
        form.server().resourceArnProperty().set("arn:aws:rds:us-west-1:123456789012:cluster:starlight");
        form.server().credentialSourceProperty().set(ServerSettings.Credentials.Source.PROFILE);
        form.user().emailProperty().set("not an email");
        assertTrue(form.check().isEmpty());
        assertTrue(form.errors().of("resourceArn").get().contains("another region"));
        assertFalse(form.errors().of("profile").get().isEmpty(), "a profile needs its name");
        assertFalse(form.errors().of("joinEmail").get().isEmpty());
        assertEquals("", form.errors().of("secretArn").get());
        assertEquals("", form.errors().of("joinPassword").get());
    }

    @Test
    void theServersRefusalLandsAtTheFieldItConcerns() {
        JoinServerForm form = filled();
        assertTrue(form.refusedAtField(new JoinException(JoinException.Problem.UNREACHABLE, "endpoint", "The server could not be reached")));
        assertEquals("The server could not be reached", form.errors().of("endpoint").get());
        assertTrue(form.refusedAtField(new JoinException(JoinException.Problem.USER_NOT_ALLOWED, "email", "Not a user of this practice")));
        assertEquals("Not a user of this practice", form.errors().of("joinEmail").get());
        assertFalse(form.refusedAtField(new JoinException(JoinException.Problem.SECRET_REFUSED, "credentials", "Refused")), "no profile field while none is chosen");
        form.server().credentialSourceProperty().set(ServerSettings.Credentials.Source.PROFILE);
        assertTrue(form.refusedAtField(new JoinException(JoinException.Problem.SECRET_REFUSED, "credentials", "Refused")));
        assertEquals("Refused", form.errors().of("profile").get());
        assertFalse(form.refusedAtField(new JoinException(JoinException.Problem.FAILED, null, "The server is busy")));
    }
}
