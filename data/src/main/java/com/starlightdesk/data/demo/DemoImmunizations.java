package com.starlightdesk.data.demo;

import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.DoseErrorReason;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.ObservationKind;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.data.repo.Changes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The demo's immunization records: the routine childhood schedule dose by dose, given here with lot, manufacturer,
 * expiry, site, route, volume and VIS (on time for some children, stopped after six months for one who is now
 * behind), or recorded from a prior clinic, a hospital nursery or the state registry; a duplicate marked entered in
 * error; a family's refusal of the flu vaccine; documented varicella immunity; and this season's flu shots at the
 * demo's vaccination and well visits. Deterministic for a given day.
 */
final class DemoImmunizations {
    /** Where a dose of the routine schedule goes and in what. */
    private record Vaccine(String cvx, String mvx, VaccineRoute route, String doseMl) {
    }

    /** One dose of the routine schedule: the vaccine and the age it is due at, in months. */
    private record Due(int months, Vaccine vaccine) {
    }

    private static final Vaccine HEP_B = new Vaccine("08", "SKB", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine DTAP = new Vaccine("20", "PMC", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine IPV = new Vaccine("10", "PMC", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine HIB = new Vaccine("48", "PMC", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine PCV = new Vaccine("215", "MSD", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine ROTAVIRUS = new Vaccine("116", "MSD", VaccineRoute.ORAL, "2.0");
    private static final Vaccine MMR = new Vaccine("03", "MSD", VaccineRoute.SUBCUTANEOUS, "0.5");
    static final String VARICELLA_CVX = "21";
    private static final Vaccine VARICELLA = new Vaccine("21", "MSD", VaccineRoute.SUBCUTANEOUS, "0.5");
    private static final Vaccine HEP_A = new Vaccine("83", "SKB", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine TDAP = new Vaccine("115", "SKB", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine MEN_ACWY = new Vaccine("203", "PMC", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine HPV = new Vaccine("165", "MSD", VaccineRoute.INTRAMUSCULAR, "0.5");
    private static final Vaccine FLU = new Vaccine("140", "SKB", VaccineRoute.INTRAMUSCULAR, "0.5");

    /** The routine childhood schedule, birth to 16 years. */
    private static final List<Due> SCHEDULE = List.of(
            new Due(0, HEP_B),
            new Due(2, DTAP), new Due(2, IPV), new Due(2, HIB), new Due(2, PCV), new Due(2, ROTAVIRUS), new Due(2, HEP_B),
            new Due(4, DTAP), new Due(4, IPV), new Due(4, HIB), new Due(4, PCV), new Due(4, ROTAVIRUS),
            new Due(6, DTAP), new Due(6, HIB), new Due(6, PCV), new Due(6, ROTAVIRUS), new Due(6, HEP_B),
            new Due(12, MMR), new Due(12, VARICELLA), new Due(12, HEP_A), new Due(12, PCV),
            new Due(15, DTAP), new Due(15, HIB), new Due(15, IPV),
            new Due(18, HEP_A),
            new Due(48, DTAP), new Due(48, IPV), new Due(48, MMR), new Due(48, VARICELLA),
            new Due(132, TDAP), new Due(132, MEN_ACWY), new Due(132, HPV),
            new Due(138, HPV),
            new Due(192, MEN_ACWY));

    static final String REGISTRY = "Illinois state registry (I-CARE)";
    /** Vaccine Information Statements: the edition handed to families from each date on. */
    private static final List<LocalDate> VIS_EDITIONS = List.of(LocalDate.of(2021, 8, 6), LocalDate.of(2023, 5, 12));

    private final Changes changes;
    private final ZoneId zone;
    private final LocalDate today;
    private final Random random = new Random(20261204L);
    private final Set<UUID> hadFluThisSeason = new HashSet<>();

    DemoImmunizations(Changes changes, ZoneId zone, LocalDate today) {
        this.changes = changes;
        this.zone = zone;
        this.today = today;
    }

    /** Every dose due from {@code fromMonths} of age to {@code untilMonths} (and by today), given here on time by {@code givenBy}. */
    int givenHere(Patient child, UUID givenBy, int fromMonths, int untilMonths) {
        int n = 0;
        for (Due due : SCHEDULE) {
            LocalDate day = child.dateOfBirth().plusMonths(due.months());
            if (due.months() >= fromMonths && due.months() < untilMonths && !day.isAfter(today)) {
                changes.insert(given(child, due.vaccine(), day, givenBy, null));
                n++;
            }
        }
        return n;
    }

    /** Every dose due from {@code fromMonths} of age to {@code untilMonths}, recorded from {@code source}, but of the vaccines {@code except}. */
    int recorded(Patient child, String source, int fromMonths, int untilMonths, Set<String> except) {
        int n = 0;
        for (Due due : SCHEDULE) {
            LocalDate day = child.dateOfBirth().plusMonths(due.months()).plusDays(random.nextInt(10));
            if (due.months() >= fromMonths && due.months() < untilMonths && !day.isAfter(today) && !except.contains(due.vaccine().cvx())) {
                changes.insert(historical(child, due.vaccine().cvx(), day, source));
                n++;
            }
        }
        return n;
    }

    /** A second copy of a dose already recorded, marked entered in error as a duplicate. */
    void duplicateEnteredInError(Patient child, String cvx, int months) {
        LocalDate day = child.dateOfBirth().plusMonths(months);
        Immunization copy = historical(child, cvx, day, REGISTRY);
        changes.insert(copy.enteredInError(day.plusDays(30).atTime(10, 5).atZone(zone).toInstant(), DoseErrorReason.DUPLICATE,
                "The registry's copy of the dose given here"));
    }

    /** The family declined this season's flu vaccine {@code daysAgo} days ago. */
    void refusedFlu(Patient child, int daysAgo) {
        hadFluThisSeason.add(child.id());
        changes.insert(new ImmunizationObservation(Ids.next(), child.id(), ObservationKind.REFUSAL, null, "Influenza", today.minusDays(daysAgo),
                "Parents decline the flu vaccine this season; information sheet given", null, null, null));
    }

    /** Chickenpox diagnosed here: evidence of varicella immunity (CDSi observation 024). */
    void hadChickenpox(Patient child, LocalDate on) {
        changes.insert(new ImmunizationObservation(Ids.next(), child.id(), ObservationKind.IMMUNITY, "024", "Varicella", on,
                "Chickenpox seen and diagnosed here", null, null, null));
    }

    /** This season's flu shot at a completed vaccination or well visit, once per child, from six months of age. */
    boolean fluShotAt(Patient child, Appointment visit, UUID givenBy) {
        LocalDate day = LocalDate.ofInstant(visit.startTime(), zone);
        if (child.dateOfBirth().plusMonths(6).isAfter(day) || !hadFluThisSeason.add(child.id())) {
            return false;
        }
        changes.insert(given(child, FLU, day, givenBy, visit.id()));
        return true;
    }

    private Immunization given(Patient child, Vaccine vaccine, LocalDate day, UUID givenBy, UUID visitId) {
        boolean injected = vaccine.route().isInjected();
        boolean toddler = Period.between(child.dateOfBirth(), day).getYears() >= 3;
        boolean left = random.nextBoolean();
        InjectionSite site = !injected ? null : vaccine.route() == VaccineRoute.SUBCUTANEOUS
                ? (left ? InjectionSite.LEFT_ARM : InjectionSite.RIGHT_ARM)
                : toddler ? (left ? InjectionSite.LEFT_DELTOID : InjectionSite.RIGHT_DELTOID)
                : (left ? InjectionSite.LEFT_THIGH : InjectionSite.RIGHT_THIGH);
        String lot = lot(vaccine, day);
        LocalDate edition = VIS_EDITIONS.stream().filter(e -> !e.isAfter(day)).reduce((a, b) -> b).orElse(null);
        return new Immunization(Ids.next(), child.id(), vaccine.cvx(), day, ImmunizationSource.GIVEN_HERE, null, lot, vaccine.mvx(),
                day.withDayOfMonth(1).plusMonths(14), site, vaccine.route(), new BigDecimal(vaccine.doseMl()), edition,
                edition == null ? null : day, givenBy, visitId, null, null, null);
    }

    /** The lot a clinic would have had in its fridge: one per vaccine and quarter. */
    private static String lot(Vaccine vaccine, LocalDate day) {
        int quarter = day.getYear() * 4 + (day.getMonthValue() - 1) / 3;
        return vaccine.mvx().charAt(0) + Integer.toString(Math.abs((vaccine.cvx() + quarter).hashCode()) % 90000 + 10000, 10) + "A";
    }

    private static Immunization historical(Patient child, String cvx, LocalDate day, String source) {
        return new Immunization(Ids.next(), child.id(), cvx, day, ImmunizationSource.HISTORICAL, source, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }
}
