package com.starlightdesk.bench.desktop;

import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A busy invented practice for the benchmark: five providers, 400 patients and a year of weekday
 * bookings (six months either side of today, 8:00–17:00, about 14 visits per provider per day),
 * written through the data layer (so the outbox fills as in real use).
 */
public final class BusyPractice {
    public static final String EMAIL = "bench.admin@starlight-peds.test";
    public static final String PASSWORD = "starlight-bench-2026";
    /** Five providers, in the first five colours of the practice palette. */
    private static final int PROVIDERS = 5;
    private static final String[] FIRST = {"Ava", "Liam", "Maya", "Noah", "Zoe", "Eli", "Ivy", "Leo", "Mia", "Owen"};
    private static final String[] LAST = {"Alvarez", "Bennett", "Chen", "Dubois", "Eriksen", "Fischer", "Gupta", "Hughes",
        "Ito", "Jensen", "Kowalski", "Larsen", "Mendes", "Novak", "Okafor", "Price", "Quinn", "Russo", "Sato", "Turner"};

    private BusyPractice() {
    }

    /** Creates the practice in {@code stores}' folder; returns how many visits were booked. */
    static int create(PracticeStores stores) throws IOException {
        Random random = new Random(7);
        try (Session session = stores.create("Busy Pediatrics (benchmark)", "America/Chicago", "Bench Admin", EMAIL,
                PASSWORD.toCharArray())) {
            ZoneId zone = session.zone();
            List<Provider> providers = new ArrayList<>();
            for (int i = 0; i < PROVIDERS; i++) {
                providers.add(new Provider(Ids.next(), null, "Provider " + (char) ('A' + i) + ", MD", "Pediatrics", null,
                        ProviderColor.PALETTE.get(i).color().hex(), true));
            }
            List<Patient> patients = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                patients.add(new Patient(Ids.next(), FIRST[i % FIRST.length], LAST[(i / FIRST.length) % LAST.length],
                        LocalDate.of(2010 + i % 15, 1 + i % 12, 1 + i % 28), Gender.UNKNOWN, "Guardian " + i, null,
                        String.format("(630) 555-%04d", i), null, null, null, null, null, PatientStatus.ACTIVE, null, null, null,
                        null, true, null, null, null));
            }
            session.data().writeAll(c -> {
                c.insertAll(providers);
                c.insertAll(patients);
            });
            LocalDate today = LocalDate.now(zone);
            List<Appointment> batch = new ArrayList<>();
            int booked = 0;
            AppointmentType[] types = AppointmentType.values();
            for (LocalDate day = today.minusMonths(6); day.isBefore(today.plusMonths(6)); day = day.plusDays(1)) {
                if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    continue;
                }
                for (Provider provider : providers) {
                    for (LocalTime slot = LocalTime.of(8, 0); slot.isBefore(LocalTime.of(17, 0)); slot = slot.plusMinutes(30)) {
                        if (random.nextInt(10) < 2) {
                            continue;
                        }
                        ZonedDateTime start = ZonedDateTime.of(day, slot, zone);
                        AppointmentStatus status = day.isBefore(today) ? AppointmentStatus.COMPLETED : AppointmentStatus.SCHEDULED;
                        batch.add(new Appointment(Ids.next(), patients.get(random.nextInt(patients.size())).id(), provider.id(),
                                start.toInstant(), start.plusMinutes(30).toInstant(), status, types[random.nextInt(types.length)],
                                "Visit", null));
                    }
                }
                if (batch.size() >= 2000) {
                    List<Appointment> rows = List.copyOf(batch);
                    session.data().writeAll(c -> c.insertAll(rows));
                    booked += rows.size();
                    batch.clear();
                }
            }
            List<Appointment> rows = List.copyOf(batch);
            session.data().writeAll(c -> c.insertAll(rows));
            return booked + rows.size();
        }
    }
}
