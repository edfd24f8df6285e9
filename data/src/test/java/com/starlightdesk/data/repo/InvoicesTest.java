package com.starlightdesk.data.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.AppointmentStatus;
import com.starlightdesk.data.domain.Appointment;
import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationSource;
import com.starlightdesk.data.domain.InjectionSite;
import com.starlightdesk.data.domain.Invoice;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.InvoiceLineItem;
import com.starlightdesk.data.domain.InvoiceStatus;
import com.starlightdesk.data.domain.LineKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.VaccineRoute;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.testing.BookedVisits;
import com.starlightdesk.data.testing.TestDatabases;
import com.starlightdesk.schema.Dialect;
import com.starlightdesk.schema.Migrations;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.function.Executable;
import javax.sql.DataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fee schedule and invoices through their life on a real store, H2 and PostgreSQL: entries refused at their
 * fields, a visit invoice from a completed visit with its doses' lines and the membership's cover, a draft edited
 * and sent, a sent invoice never edited, a void with its reason, a membership invoice reissued, credit notes kept
 * within what is left to credit.
 */
final class InvoicesTest {
    /** 10:00 in Chicago on Friday 20 November 2026: the practice's today. */
    private static final Instant NOW = Instant.parse("2026-11-20T16:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    /** 09:00 in Chicago, on the practice's today. */
    private static final Instant VISIT = Instant.parse("2026-11-20T15:00:00Z");

    @TempDir
    Path dir;

    private DataSource ds;
    private PracticeData data;
    private UUID nurseId;
    private Provider asha;
    private Patient ava;
    private FeeScheduleEntry sickVisit;
    private FeeScheduleEntry administration;
    private FeeScheduleEntry ipv;
    private FeeScheduleEntry hepB;

    private void practice(Dialect dialect) {
        ds = TestDatabases.create(dialect, dir, "starlight_invoices");
        Migrations.migrateLocalStore(ds);
        UUID practiceId = Ids.next();
        UUID deskId = Ids.next();
        nurseId = Ids.next();
        data = PracticeData.open(ds, practiceId, deskId, Clock.fixed(NOW, ZoneOffset.UTC));
        ava = BookedVisits.patient(); // born 2019-04-02
        data.writeAll(c -> {
            c.insert(Practice.of(practiceId, "Maple Pediatrics", "America/Chicago"));
            c.insert(new User(deskId, "desk@maple.test", "Front Desk", Role.ADMIN, null, true));
            c.insert(new User(nurseId, "rn@maple.test", "Robin Nurse", Role.STAFF, null, true));
            asha = c.insert(new Provider(Ids.next(), null, "Asha Prajapati, MD", "Pediatrics", null, null, true));
            c.insert(ava);
        });
        sickVisit = data.feeSchedule().save(entry("99213", "Sick visit, established", "120.00", true, null));
        administration = data.feeSchedule().save(entry("90460", "Vaccine administration, first component", "25.00", false, null));
        ipv = data.feeSchedule().save(entry("90713", "Polio vaccine (IPOL)", "40.00", true, "10"));
        hepB = data.feeSchedule().save(entry("90744", "Hepatitis B vaccine, child", "30.00", false, "08"));
    }

    private static FeeScheduleEntry entry(String cpt, String words, String price, boolean covered, String cvx) {
        return new FeeScheduleEntry(Ids.next(), cpt, words, new BigDecimal(price), covered, cvx, true);
    }

    private Appointment visit(AppointmentStatus status) {
        return data.write(c -> c.insert(BookedVisits.visit(ava.id(), asha.id(), VISIT, status)));
    }

    private Immunization dose(String cvx, UUID appointmentId) {
        Immunization d = new Immunization(Ids.next(), ava.id(), cvx, TODAY, ImmunizationSource.GIVEN_HERE, null, "L1", "PMC",
                TODAY.plusYears(1), InjectionSite.LEFT_THIGH, VaccineRoute.INTRAMUSCULAR, new BigDecimal("0.5"), null, null, nurseId,
                appointmentId, null, null, null);
        return data.write(c -> c.insert(d));
    }

    private void member() {
        MembershipPlan lyra = data.membershipPlans().save(MembershipPlan.inYears(Ids.next(), "Lyra", 2, 11, new BigDecimal("120.00")));
        data.memberships().enrol(ava.id(), lyra.id(), LocalDate.of(2026, 11, 1), null);
    }

    private static String field(Executable call) {
        return assertThrows(ValidationException.class, call).field();
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theFeeScheduleRefusesBadEntriesAtTheirFieldsAndASecondEntryForACode(Dialect dialect) throws Exception {
        practice(dialect);
        assertEquals("cptCode", field(() -> entry("9921", "Short", "1.00", false, null)));
        assertEquals("price", field(() -> entry("99214", "Sick visit, longer", "1.234", false, null)));
        assertEquals("price", field(() -> entry("99214", "Sick visit, longer", "-1.00", false, null)));
        assertEquals("description", field(() -> entry("99214", "  ", "1.00", false, null)));
        assertEquals("cvx", field(() -> entry("90700", "DTaP", "1.00", false, "1234")));
        assertEquals("cptCode", field(() -> data.feeSchedule().save(entry("99213", "Same code again", "99.00", false, null))));
        data.feeSchedule().save(new FeeScheduleEntry(sickVisit.id(), "99213", "Sick visit, established patient", money("125.50"), true,
                null, true));
        data.feeSchedule().deactivate(hepB.id());
        List<FeeScheduleEntry> all = data.feeSchedule().entries();
        assertEquals(List.of("90460", "90713", "99213", "90744"), all.stream().map(FeeScheduleEntry::cptCode).toList(),
                "active first, then by code");
        assertEquals(money("125.50"), all.get(2).price());
        assertEquals("cptCode", field(() -> data.feeSchedule().save(entry("90744", "Again", "1.00", false, null))),
                "a deactivated entry still holds its code");
        data.feeSchedule().reactivate(hepB.id());
        assertEquals(4, data.feeSchedule().activeEntries().size());
        assertEquals(2, data.outbox().forRow("fee_schedule", sickVisit.id().toString()).size(),
                "the entry's insert and its edit reach the outbox");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCompletedVisitsDraftSuggestsItsDosesLinesAndAMemberGetsCoveredServicesAtZero(Dialect dialect) throws Exception {
        practice(dialect);
        member();
        Appointment booked = visit(AppointmentStatus.CHECKED_IN);
        assertEquals("appointmentId", field(() -> data.invoices().startVisitInvoice(booked.id())));
        Appointment done = visit(AppointmentStatus.COMPLETED);
        Immunization polio = dose("10", done.id());
        Immunization hep = dose("08", null); // on the visit's day, with no visit named
        Immunization mmr = dose("03", done.id()); // MMR: no product line kept, its administration is still suggested
        Invoice draft = data.invoices().startVisitInvoice(done.id());
        assertEquals(InvoiceStatus.DRAFT, draft.status());
        assertEquals(InvoiceKind.VISIT, draft.kind());
        assertEquals(ava.id(), draft.patientId());
        List<InvoiceLineItem> lines = data.invoices().lines(draft.id());
        java.util.Map<UUID, String> doses = java.util.Map.of(polio.id(), "polio", hep.id(), "hepB", mmr.id(), "MMR");
        assertEquals(List.of("MMR 90460 charge 25.00", "hepB 90460 charge 25.00", "hepB 90744 charge 30.00", "polio 90460 charge 25.00",
                        "polio 90713 covered 0.00"),
                lines.stream().map(l -> doses.get(l.immunizationId()) + " " + l.cptCode() + " " + l.kind().code() + " " + l.amount())
                        .sorted().toList(), "each dose's product (covered for a member when the schedule says so) and administration");
        assertEquals(5, lines.size());
        assertEquals(money("105.00"), draft.totalAmount());
        InvoiceLineItem visitLine = data.invoices().addService(draft.id(), sickVisit.id(), 1);
        assertEquals(LineKind.COVERED, visitLine.kind(), "the member's sick visit is covered");
        assertEquals(money("0.00"), visitLine.amount());
        assertEquals("appointmentId", field(() -> data.invoices().startVisitInvoice(done.id())), "one live invoice a visit");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aDraftIsEditedWithinItsRulesAndOnceSentIsNeverEdited(Dialect dialect) throws Exception {
        practice(dialect);
        Appointment done = visit(AppointmentStatus.COMPLETED);
        Invoice draft = data.invoices().startVisitInvoice(done.id());
        assertEquals(List.of(), data.invoices().lines(draft.id()));
        assertEquals("lines", field(() -> data.invoices().send(draft.id())));
        InvoiceLineItem sick = data.invoices().addService(draft.id(), sickVisit.id(), 1);
        assertEquals(LineKind.CHARGE, sick.kind(), "no membership: the sick visit is charged");
        InvoiceLineItem shots = data.invoices().addService(draft.id(), administration.id(), 2);
        assertEquals(money("50.00"), shots.amount());
        assertEquals("quantity", field(() -> data.invoices().addService(draft.id(), ipv.id(), 0)));
        data.feeSchedule().deactivate(hepB.id());
        assertEquals("feeScheduleEntryId", field(() -> data.invoices().addService(draft.id(), hepB.id(), 1)));
        assertEquals("amount", field(() -> data.invoices().addDiscount(draft.id(), "Sibling courtesy", money("170.01"))));
        assertEquals("amount", field(() -> data.invoices().addDiscount(draft.id(), "Sibling courtesy", money("1.001"))));
        assertEquals("description", field(() -> data.invoices().addDiscount(draft.id(), " ", money("1.00"))));
        InvoiceLineItem courtesy = data.invoices().addDiscount(draft.id(), "Sibling courtesy", money("60.00"));
        assertEquals(money("110.00"), data.invoices().invoice(draft.id()).orElseThrow().totalAmount(), "170.00 charged less 60.00");
        assertEquals("quantity", field(() -> data.invoices().changeQuantity(shots.id(), 0)));
        data.invoices().changeQuantity(shots.id(), 1);
        assertEquals(money("85.00"), data.invoices().invoice(draft.id()).orElseThrow().totalAmount());
        assertEquals("lines", field(() -> data.invoices().removeLine(sick.id())), "60.00 off 25.00 would go below zero");
        data.invoices().removeLine(shots.id());
        assertEquals(money("60.00"), data.invoices().invoice(draft.id()).orElseThrow().totalAmount());
        assertEquals(List.of(sick.id(), courtesy.id()), data.invoices().lines(draft.id()).stream().map(InvoiceLineItem::id).toList());

        Invoice sent = data.invoices().send(draft.id());
        assertEquals(InvoiceStatus.SENT, sent.status());
        assertEquals(TODAY, sent.issuedOn());
        assertEquals(TODAY.plusDays(14), sent.dueDate());
        List<InvoiceLineItem> before = data.invoices().lines(draft.id());
        assertEquals("status", field(() -> data.invoices().addService(draft.id(), sickVisit.id(), 1)));
        assertEquals("status", field(() -> data.invoices().addDiscount(draft.id(), "Late courtesy", money("5.00"))));
        assertEquals("status", field(() -> data.invoices().changeQuantity(sick.id(), 2)));
        assertEquals("status", field(() -> data.invoices().removeLine(courtesy.id())));
        assertEquals("status", field(() -> data.invoices().send(draft.id())));
        assertEquals(before, data.invoices().lines(draft.id()));
        assertEquals(sent, data.invoices().invoice(draft.id()).orElseThrow());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aVoidKeepsItsRowsAndReasonAndAVoidedMembershipInvoiceIsReissuedUnderTheRunsKey(Dialect dialect) throws Exception {
        practice(dialect);
        member();
        YearMonth december = YearMonth.of(2026, 12);
        data.monthlyBilling().commit(data.monthlyBilling().preview(december), n -> { });
        Invoice run = data.billing().membershipInvoices(december.atDay(1)).get(0);
        List<InvoiceLineItem> runLines = data.invoices().lines(run.id());
        assertEquals("status", field(() -> data.invoices().reissue(run.id())), "only a void invoice is reissued");
        assertEquals("voidReason", field(() -> data.invoices().voidInvoice(run.id(), " ")));
        Invoice voided = data.invoices().voidInvoice(run.id(), "Fee override missed");
        assertEquals(InvoiceStatus.VOID, voided.status());
        assertEquals("Fee override missed", voided.voidReason());
        assertEquals(NOW, voided.voidedAt());
        assertEquals(runLines, data.invoices().lines(run.id()), "a void invoice keeps its lines");
        assertEquals("status", field(() -> data.invoices().voidInvoice(run.id(), "Again")));

        Invoice again = data.invoices().reissue(run.id());
        assertEquals(Invoice.membershipInvoiceId(data.practiceId(), run.subscriptionId(), december.atDay(1), 1), again.id());
        assertEquals(1, again.reissue());
        assertEquals(InvoiceStatus.DRAFT, again.status());
        assertEquals(run.totalAmount(), again.totalAmount());
        assertEquals(runLines.stream().map(l -> l.description() + " " + l.amount() + " " + l.planId()).toList(),
                data.invoices().lines(again.id()).stream().map(l -> l.description() + " " + l.amount() + " " + l.planId()).toList());
        assertEquals("status", field(() -> data.invoices().reissue(run.id())), "reissued once already");
        data.invoices().addDiscount(again.id(), "Founding family", money("20.00"));
        Invoice sent = data.invoices().send(again.id());
        assertEquals(run.totalAmount().subtract(money("20.00")), sent.totalAmount());
        data.invoices().voidInvoice(again.id(), "Family moved");
        assertEquals(2, data.invoices().reissue(again.id()).reissue());
        assertEquals(0, data.monthlyBilling().preview(december).invoices().size(), "the run makes nothing new for a month billed");

        Appointment done = visit(AppointmentStatus.COMPLETED);
        Invoice visitInvoice = data.invoices().startVisitInvoice(done.id());
        assertEquals("kind", field(() -> data.invoices().reissue(data.invoices().voidInvoice(visitInvoice.id(), "Wrong visit").id())));
        assertFalse(data.invoices().startVisitInvoice(done.id()).id().equals(visitInvoice.id()), "a voided visit's next invoice is another");
        assertEquals(1, data.outbox().forRow("invoices", voided.id().toString()).stream()
                .filter(e -> e.changes().contains("void_reason")).count(), "the void reaches the outbox");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aCreditNoteCorrectsASentInvoiceUpToWhatIsLeftToCredit(Dialect dialect) throws Exception {
        practice(dialect);
        Appointment done = visit(AppointmentStatus.COMPLETED);
        Invoice draft = data.invoices().startVisitInvoice(done.id());
        data.invoices().addService(draft.id(), sickVisit.id(), 1);
        assertEquals("correctsInvoiceId", field(() -> data.invoices().creditNote(draft.id(),
                List.of(new Invoices.Credit("Billed in error", money("10.00"))))), "a draft is edited, not credited");
        Invoice sent = data.invoices().send(draft.id());
        assertEquals("credits", field(() -> data.invoices().creditNote(sent.id(), List.of())));
        assertEquals("reason", field(() -> data.invoices().creditNote(sent.id(), List.of(new Invoices.Credit(" ", money("10.00"))))));
        assertEquals("amount", field(() -> data.invoices().creditNote(sent.id(), List.of(new Invoices.Credit("Courtesy", money("0"))))));
        Invoice note = data.invoices().creditNote(sent.id(), List.of(new Invoices.Credit("Visit shortened", money("50.00")),
                new Invoices.Credit("Courtesy", money("20.00"))));
        assertEquals(InvoiceKind.CREDIT_NOTE, note.kind());
        assertEquals(InvoiceStatus.SENT, note.status());
        assertEquals(sent.id(), note.correctsInvoiceId());
        assertEquals(money("70.00"), note.totalAmount());
        assertEquals(List.of("Visit shortened 50.00", "Courtesy 20.00"),
                data.invoices().lines(note.id()).stream().map(l -> l.description() + " " + l.amount()).toList());
        assertEquals("amount", field(() -> data.invoices().creditNote(sent.id(), List.of(new Invoices.Credit("More", money("50.01"))))),
                "120.00 less 70.00 leaves 50.00");
        assertEquals("correctsInvoiceId", field(() -> data.invoices().creditNote(note.id(),
                List.of(new Invoices.Credit("Credit of a credit", money("1.00"))))));
        data.invoices().voidInvoice(note.id(), "Made in error");
        Invoice whole = data.invoices().creditNote(sent.id(), List.of(new Invoices.Credit("Visit not billable", money("120.00"))));
        assertEquals(List.of(note.id(), whole.id()), data.invoices().creditNotes(sent.id()).stream().map(Invoice::id).toList());
        assertEquals(sent, data.invoices().invoice(sent.id()).orElseThrow(), "the corrected invoice itself is unchanged");
        assertNull(data.invoices().invoice(sent.id()).orElseThrow().voidReason());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void theInvoiceListShowsEachInvoicesStandingAndNarrowsByStatusKindPatientHouseholdDatesAndText(Dialect dialect) {
        practice(dialect);
        Patient ben = new Patient(Ids.next(), "Ben", "Okafor", LocalDate.of(2021, 2, 3), com.starlightdesk.data.domain.Gender.MALE, null,
                null, null, null, null, null, null, null, com.starlightdesk.data.domain.PatientStatus.ACTIVE, null, null, null, null, true,
                null, null, null);
        data.writeAll(c -> c.insert(ben));
        Invoice sick = data.invoices().startVisitInvoice(visit(AppointmentStatus.COMPLETED).id());
        data.invoices().addService(sick.id(), sickVisit.id(), 1);
        data.invoices().send(sick.id());
        Invoice note = data.invoices().creditNote(sick.id(), List.of(new Invoices.Credit("Courtesy", money("20.00"))));
        Invoice shots = data.invoices().startVisitInvoice(visit(AppointmentStatus.COMPLETED).id());
        data.invoices().addService(shots.id(), administration.id(), 1);
        data.invoices().send(shots.id());
        data.writeAll(c -> {
            var payment = c.insert(com.starlightdesk.data.domain.Payment.received(Ids.next(), ava.id(), money("25.00"),
                    com.starlightdesk.data.domain.PaymentMethod.CARD, NOW, "ch_1", data.actorId()));
            c.insert(new com.starlightdesk.data.domain.PaymentAllocation(Ids.next(), payment.id(), shots.id(), money("25.00")));
        });
        Appointment bensVisit = data.write(c -> c.insert(BookedVisits.visit(ben.id(), asha.id(), VISIT.plusSeconds(3600),
                AppointmentStatus.COMPLETED)));
        Invoice wrong = data.invoices().startVisitInvoice(bensVisit.id());
        data.invoices().voidInvoice(wrong.id(), "Wrong visit");
        Invoice draft = data.invoices().startVisitInvoice(bensVisit.id());

        InvoiceList list = data.invoiceList();
        List<InvoiceList.Row> all = list.rows(InvoiceList.Filter.all());
        assertEquals(5, all.size());
        assertEquals(java.util.Set.of(draft.id(), wrong.id()), java.util.Set.copyOf(ids(all.subList(0, 2))), "not issued yet, first");
        java.util.Map<UUID, InvoiceList.Row> byId = all.stream().collect(java.util.stream.Collectors.toMap(InvoiceList.Row::invoiceId, r -> r));
        assertEquals("Ava Lee SENT 120.00 100.00 " + TODAY.plusDays(14), row(byId.get(sick.id())), "120.00 less a 20.00 credit note");
        assertEquals("Ava Lee PAID 25.00 0.00 " + TODAY.plusDays(14), row(byId.get(shots.id())));
        assertEquals("Ava Lee SENT 20.00 0.00 " + TODAY, row(byId.get(note.id())));
        assertEquals("Ben Okafor VOID 0.00 0.00 null", row(byId.get(wrong.id())));
        assertEquals("Ben Okafor DRAFT 0.00 0.00 null", row(byId.get(draft.id())));
        assertEquals(draft.number(), byId.get(draft.id()).number());

        assertEquals(List.of(sick.id()), ids(list.rows(InvoiceList.Filter.all().withStatuses(java.util.Set.of(InvoiceStatus.SENT))
                .withKind(InvoiceKind.VISIT))));
        assertEquals(List.of(note.id()), ids(list.rows(InvoiceList.Filter.all().withKind(InvoiceKind.CREDIT_NOTE))));
        assertEquals(3, list.rows(InvoiceList.Filter.all().withPatient(ava.id())).size());
        assertEquals(java.util.Set.of(draft.id(), wrong.id()), java.util.Set.copyOf(ids(list.rows(InvoiceList.Filter.all().withHousehold(ben.id())))));
        assertEquals(3, list.rows(InvoiceList.Filter.all().withText(" ava ")).size());
        assertEquals(List.of(draft.id()), ids(list.rows(InvoiceList.Filter.all().withText(draft.number().substring(0, 6).toLowerCase()))));
        assertEquals(List.of(draft.id()), ids(list.rows(InvoiceList.Filter.all().issuedIn(YearMonth.of(2026, 10)))),
                "nothing issued in October; the draft is kept");
        assertEquals(4, list.rows(InvoiceList.Filter.all().issuedIn(YearMonth.of(2026, 11))).size());

        PracticeData inDecember = PracticeData.open(ds, data.practiceId(), data.actorId(), Clock.fixed(NOW.plusSeconds(86_400L * 30), ZoneOffset.UTC));
        assertEquals(List.of(sick.id()), ids(inDecember.invoiceList().rows(InvoiceList.Filter.all()
                .withStatuses(java.util.Set.of(InvoiceStatus.OVERDUE)))), "due 4 December, still open on 20 December");
    }

    private static String row(InvoiceList.Row r) {
        return r.patientName() + " " + r.status() + " " + r.total() + " " + r.open() + " " + r.dueDate();
    }

    private static List<UUID> ids(List<InvoiceList.Row> rows) {
        return rows.stream().map(InvoiceList.Row::invoiceId).toList();
    }
}
