package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.billing.BillingRunPreview;
import com.starlightdesk.data.billing.SkipReason;
import com.starlightdesk.data.domain.AgeUnit;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.HouseholdRule;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.MembershipChangeKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import com.starlightdesk.data.testing.TestDatabases;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Plans, memberships and the monthly billing run on a real store, H2 and PostgreSQL: enrolment proposes the age's
 * plan, pauses and cancellations prorate, the household rule applies, a second run of the month makes nothing, and
 * every invoice goes to the outbox with its lines.
 */
final class MonthlyBillingTest {
    private static final Instant NOW = Instant.parse("2026-11-20T16:00:00Z");
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @TempDir
    Path dir;

    private PracticeData data;
    private MembershipPlan orion;
    private MembershipPlan lyra;
    private MembershipPlan sirius;

    private void practice(Dialect dialect) {
        DataSource ds = TestDatabases.create(dialect, dir, "starlight_monthly_billing");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID deskId = Ids.next();
        data = PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC));
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago").withHouseholdRule(HouseholdRule.cap(new BigDecimal("200.00"))));
            c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.STAFF, null, true));
        });
        orion = data.membershipPlans().save(new MembershipPlan(Ids.next(), "Orion", 0, 23, AgeUnit.MONTHS, new BigDecimal("150.00"), true));
        lyra = data.membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Lyra", 2, 5, new BigDecimal("120.00")));
        sirius = data.membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Sirius", 6, 11, new BigDecimal("100.00")));
    }

    private Patient child(String first, LocalDate born, UUID family) {
        Patient p = new Patient(Ids.next(), first, "Rowe", born, Gender.FEMALE, "Sam Rowe", null, "(312) 555-0101", null, null, null, null,
                family, PatientStatus.ACTIVE, null, null, null, null, true, null, null, null);
        return data.write(c -> c.insert(p));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void plansRefuseOverlappingBandsAndListTheGapsAndFeeChangesStartThisMonthOrLater(Dialect dialect) {
        practice(dialect);
        ValidationException overlap = assertThrows(ValidationException.class,
                () -> data.membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Vega", 5, 7, new BigDecimal("90.00"))));
        assertEquals("ageMin", overlap.field());
        assertTrue(overlap.getMessage().contains("Lyra (2–5 years)"), overlap.getMessage());
        assertEquals(List.of(), MembershipPlans.gaps(data.membershipPlans().plans()), "0–23 months, 2–5 and 6–11 years leave no gap");
        data.membershipPlans().save(lyra.with(lyra.monthlyFee(), false));
        assertEquals(24, MembershipPlans.gaps(data.membershipPlans().plans()).get(0)[0], "Lyra deactivated: months 24 to 71 uncovered");
        assertEquals("effectiveFrom", assertThrows(ValidationException.class,
                () -> data.membershipPlans().changeFee(sirius.id(), LocalDate.of(2026, 10, 1), new BigDecimal("110.00"))).field());
        assertEquals("effectiveFrom", assertThrows(ValidationException.class,
                () -> data.membershipPlans().changeFee(sirius.id(), LocalDate.of(2027, 1, 15), new BigDecimal("110.00"))).field());
        data.membershipPlans().changeFee(sirius.id(), LocalDate.of(2027, 1, 1), new BigDecimal("110.00"));
        assertEquals(new BigDecimal("100.00"), data.membershipPlans().feeFor(sirius, DECEMBER));
        assertEquals(new BigDecimal("110.00"), data.membershipPlans().feeFor(sirius, YearMonth.of(2027, 1)));
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void enrolmentProposesTheAgesPlanAnotherNeedsAReasonAndTheHistoryKeepsEachChange(Dialect dialect) {
        practice(dialect);
        Patient ava = child("Ava", LocalDate.of(2023, 4, 2), null);
        assertEquals(lyra.id(), data.memberships().proposedPlan(ava.id(), LocalDate.of(2026, 12, 1)).orElseThrow().id());
        assertEquals("planReason", assertThrows(ValidationException.class,
                () -> data.memberships().enrol(ava.id(), sirius.id(), LocalDate.of(2026, 12, 1), " ")).field());
        Subscription m = data.memberships().enrol(ava.id(), lyra.id(), LocalDate.of(2026, 12, 1), null);
        assertTrue(m.followsAgeBands());
        assertEquals("startedAt", assertThrows(ValidationException.class,
                () -> data.memberships().enrol(ava.id(), lyra.id(), LocalDate.of(2027, 1, 1), null)).field());
        data.memberships().pause(m.id(), LocalDate.of(2026, 12, 10), "Family travelling");
        assertEquals("resumedOn", assertThrows(ValidationException.class,
                () -> data.memberships().resume(m.id(), LocalDate.of(2026, 12, 10))).field());
        data.memberships().resume(m.id(), LocalDate.of(2026, 12, 20));
        assertEquals("reason", assertThrows(ValidationException.class,
                () -> data.memberships().cancel(m.id(), LocalDate.of(2027, 3, 31), null)).field());
        data.memberships().cancel(m.id(), LocalDate.of(2027, 3, 31), "Moving to Denver");
        assertEquals(List.of(MembershipChangeKind.ENROLLED, MembershipChangeKind.PAUSED, MembershipChangeKind.RESUMED,
                MembershipChangeKind.CANCELLED), data.memberships().history(ava.id()).stream().map(c -> c.kind()).toList());

        Patient ben = child("Ben", LocalDate.of(2021, 1, 10), null);
        Subscription chosen = data.memberships().enrol(ben.id(), sirius.id(), LocalDate.of(2026, 12, 1), "Family prefers the school plan");
        assertEquals("Family prefers the school plan", chosen.planReason());
        Patient cleo = child("Cleo", LocalDate.of(2025, 1, 5), null); // two on January 5
        data.memberships().enrol(cleo.id(), orion.id(), LocalDate.of(2026, 6, 1), null);
        List<Memberships.AgeBandChange> coming = data.memberships().ageBandChanges(LocalDate.of(2026, 11, 20), 60);
        assertEquals(1, coming.size(), "Ben keeps his chosen plan; Ava's membership is ending but follows the bands: " + coming);
        assertEquals(cleo.id(), coming.get(0).patientId());
        assertEquals(lyra.id(), coming.get(0).to().id());
        assertEquals(LocalDate.of(2027, 2, 1), coming.get(0).billedFrom());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theMonthlyRunBillsProratesAppliesTheHouseholdCapAndASecondRunMakesNothing(Dialect dialect) {
        practice(dialect);
        UUID family = Ids.next();
        Patient ava = child("Ava", LocalDate.of(2023, 4, 2), family);
        Patient noah = child("Noah", LocalDate.of(2025, 6, 1), family);
        Patient zoe = child("Zoe", LocalDate.of(2018, 2, 2), null);
        Subscription avas = data.memberships().enrol(ava.id(), lyra.id(), LocalDate.of(2026, 1, 1), null);
        data.memberships().enrol(noah.id(), orion.id(), LocalDate.of(2026, 7, 1), null);
        Subscription zoes = data.memberships().enrol(zoe.id(), sirius.id(), LocalDate.of(2026, 12, 10), null);
        data.memberships().pause(avas.id(), LocalDate.of(2026, 12, 22), "Travel");
        long outboxBefore = data.outbox().pending();

        BillingRunPreview preview = data.monthlyBilling().preview(DECEMBER);
        assertEquals(3, preview.invoices().size());
        assertEquals(new BigDecimal("81.29"), byPatient(preview, ava).invoice().totalAmount(), "120.00 × 21 / 31 (paused from the 22nd)");
        assertEquals(new BigDecimal("70.97"), byPatient(preview, zoe).invoice().totalAmount(), "100.00 × 22 / 31");
        BillingRunPreview.PlannedInvoice noahs = byPatient(preview, noah);
        assertEquals(new BigDecimal("150.00"), noahs.lines().get(0).amount());
        assertEquals(new BigDecimal("118.71"), noahs.invoice().totalAmount(), "the cap of 200.00 takes 31.29 off the youngest");
        assertEquals(new BigDecimal("270.97"), preview.total());

        List<Integer> progress = new ArrayList<>();
        MonthlyBilling.Summary made = data.monthlyBilling().commit(preview, progress::add);
        assertEquals(3, made.made());
        assertEquals(List.of(3), progress);
        assertEquals(new BigDecimal("270.97"), made.billed());
        List<InvoiceLineItem> lines = data.billing().lineItems(noahs.invoice().id());
        assertEquals(noahs.lines(), lines, "lines stored as previewed, in order");
        assertEquals(noahs.invoice(), data.billing().invoice(noahs.invoice().id()).orElseThrow());
        assertTrue(data.outbox().pending() - outboxBefore >= 3 + 4, "every invoice and line is in the outbox");

        BillingRunPreview again = data.monthlyBilling().preview(DECEMBER);
        assertEquals(List.of(), again.invoices());
        assertTrue(again.skipped().stream().allMatch(s -> s.reason() == SkipReason.ALREADY_BILLED), again.skipped().toString());
        assertEquals(0, data.monthlyBilling().commit(again, n -> { }).made());
        assertEquals(3, data.monthlyBilling().commit(preview, n -> { }).alreadyThere(), "committing the old preview again makes nothing");
        assertEquals(3, data.billing().membershipInvoices(DECEMBER.atDay(1)).size());
    }

    private static BillingRunPreview.PlannedInvoice byPatient(BillingRunPreview preview, Patient p) {
        return preview.invoices().stream().filter(i -> i.invoice().patientId().equals(p.id())).findFirst().orElseThrow();
    }
}
