package com.starlightdesk.data.store;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.repo.PracticeData;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The child process of {@link CrashConsistencyTest}: writes transactions to a store in a loop until it
 * is killed. Each transaction inserts a patient and an appointment and updates the previous patient;
 * after each commit it prints {@code committed <patient id>}. The data key comes on standard input.
 */
public final class CrashingWriter {

    private CrashingWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        UUID practiceId = UUID.fromString(args[1]);
        UUID userId = UUID.fromString(args[2]);
        UUID providerId = UUID.fromString(args[3]);
        String hexKey = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII)).readLine();
        LocalStore store = LocalStore.openWithKey(dir, HexFormat.of().parseHex(hexKey), practiceId, userId, Clock.systemUTC(), false);
        PracticeData data = store.data();
        Patient previous = null;
        Instant start = Instant.parse("2026-01-05T15:00:00Z");
        for (long i = 0; ; i++) {
            Patient p = new Patient(Ids.next(), "Child" + i, "Crash", LocalDate.of(2020, 1, 1), Gender.UNKNOWN, null, null, null, null,
                    null, null, null, null, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
            Instant at = start.plus(i, ChronoUnit.MINUTES);
            Appointment a = new Appointment(Ids.next(), p.id(), providerId, at, at.plus(30, ChronoUnit.MINUTES),
                    AppointmentStatus.SCHEDULED, AppointmentType.CHECKUP, null, null);
            Patient last = previous;
            data.writeAll(c -> {
                c.insert(p);
                c.insert(a);
                if (last != null) {
                    c.update(new Patient(last.id(), last.firstName(), last.lastName(), last.dateOfBirth(), last.gender(), null, null,
                            null, null, null, null, null, null, PatientStatus.ACTIVE, null, null, null, "seen again", true, last.primaryProviderId(), last.gestationalAgeDays(), last.noKnownAllergiesAt()));
                }
            });
            System.out.println("committed " + p.id());
            System.out.flush();
            previous = p;
        }
    }
}
