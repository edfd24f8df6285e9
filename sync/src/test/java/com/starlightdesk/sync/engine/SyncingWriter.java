package com.starlightdesk.sync.engine;

import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.ContactType;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.sync.testing.SyncedStore;
import com.starlightdesk.sync.remote.RemoteException;
import com.starlightdesk.sync.remote.RemoteSettings;
import com.starlightdesk.sync.remote.RemoteStore;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Child process of {@link SyncKillTest}: writes contacts to a local store and syncs in a loop until it is
 * killed. Prints "inserted ID" after the insert committed locally and "updated ID" after its update did.
 * Arguments: store file, practice id, actor id, endpoint, resource ARN, secret ARN, database.
 */
public final class SyncingWriter {
    private SyncingWriter() {
    }

    public static void main(String[] args) {
        DataSource ds = SyncedStore.h2(Path.of(args[0]));
        UUID practice = UUID.fromString(args[1]);
        PracticeData data = PracticeData.open(ds, practice, UUID.fromString(args[2]), Clock.systemUTC());
        RemoteStore remote = RemoteSettings.dataApi("us-east-1", args[4], args[5], args[6]).withEndpoint(URI.create(args[3]))
                .withCredentials(RemoteSettings.Credentials.fixed("AKIDLOCALGATEWAY", "local-gateway-secret")).open();
        SyncEngine engine = new SyncEngine(remote, ds, practice, Clock.systemUTC());
        System.out.println("started");
        System.out.flush();
        for (int i = 0; ; i++) {
            Contact contact = new Contact(Ids.next(), ContactType.VENDOR, "Kill " + i, "Supply Co", null, "555-0100", null);
            data.write(c -> c.insert(contact));
            System.out.println("inserted " + contact.id());
            System.out.flush();
            data.write(c -> c.update(new Contact(contact.id(), contact.type(), contact.name(), contact.organization(), null,
                    "555-0199", null)));
            System.out.println("updated " + contact.id());
            System.out.flush();
            if (i % 3 == 1) {
                try {
                    engine.syncOnce();
                } catch (RemoteException e) {
                    // the next loop retries
                }
            }
        }
    }
}
