package com.starlightdesk.app.print;

import com.starlightdesk.app.parts.Dollars;
import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.billing.HouseholdStatement.Entry;
import com.starlightdesk.data.domain.InvoiceKind;
import com.starlightdesk.data.domain.Letterhead;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.repo.PracticeData;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A household's statement as the family receives it: the practice's letterhead, who it goes to, the account's
 * period and balances ({@link HouseholdStatement}), the day it was made, the day the amount due is due by
 * ({@value #DAYS_TO_PAY} days later, as the practice's invoices) and how to pay. Immutable.
 */
public record StatementSheet(Letterhead letterhead, HouseholdStatement statement, BillTo billTo, Map<UUID, String> childNames,
                             LocalDate printedOn, LocalDate dueBy, String howToPay) {
    /** Days from the statement to the day its amount due is due. */
    public static final int DAYS_TO_PAY = 14;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.US);

    public StatementSheet {
        childNames = Map.copyOf(childNames);
    }

    /** The sheet of {@code statement} made on {@code printedOn} under {@code letterhead}. */
    public static StatementSheet of(Letterhead letterhead, HouseholdStatement statement, LocalDate printedOn) {
        Map<UUID, String> names = new HashMap<>();
        for (Patient p : statement.members()) {
            names.put(p.id(), p.firstName() + " " + p.lastName());
        }
        return new StatementSheet(letterhead, statement, BillTo.of(statement.members()), names, printedOn,
                printedOn.plusDays(DAYS_TO_PAY), howToPay(letterhead, HouseholdStatement.shortId(statement.household())));
    }

    /**
     * Reads {@code household}'s statement from {@code from} to {@code to} (whole days) and makes its sheet as of the
     * practice's today. Blocks on the store.
     */
    public static StatementSheet read(PracticeData data, UUID household, LocalDate from, LocalDate to) {
        Practice practice = data.office().practice().orElseThrow();
        HouseholdStatement statement = data.statements().of(household, from, to);
        return of(practice.letterhead(), statement, LocalDate.now(data.clock().withZone(practice.zone())));
    }

    /**
     * How to pay, from the practice's profile: by phone when it has a number, at the front desk, or by a check mailed
     * to its address when it has one, quoting the account number.
     */
    static String howToPay(Letterhead letterhead, String account) {
        String phone = VisitSummaryDocument.phone(letterhead.contactLine());
        List<String> ways = new ArrayList<>();
        if (!phone.isEmpty()) {
            ways.add("call us at " + phone + " (card or bank transfer)");
        }
        ways.add("pay at the front desk at your next visit");
        if (!letterhead.addressLines().isEmpty()) {
            ways.add("mail a check payable to " + letterhead.title() + " to the address above, with account number " + account + " on it");
        }
        String last = ways.remove(ways.size() - 1);
        return "To pay, " + (ways.isEmpty() ? last : String.join(", ", ways) + ", or " + last) + ".";
    }

    /** The account number printed on the statement: the household's short key, which names no one. */
    public String accountNumber() {
        return HouseholdStatement.shortId(statement.household());
    }

    /** The file a statement of {@code month} is saved under: "statement-2026-12-3F9A1C2B.pdf", naming no one. */
    public static String fileName(YearMonth month, UUID household) {
        return "statement-" + month + "-" + HouseholdStatement.shortId(household) + ".pdf";
    }

    /** What an entry was, as the family reads it: "Invoice 3F9A1C2B · Ava Rowe · membership, December 2026". */
    public String describe(Entry e) {
        String who = childNames.getOrDefault(e.patientId(), "");
        return switch (e.kind()) {
            case CHARGE -> "Invoice " + e.number() + (who.isEmpty() ? "" : " · " + who) + " · " + (e.invoiceKind() == InvoiceKind.MEMBERSHIP
                    ? "membership" + (e.billingMonth() == null ? "" : ", " + MONTH.format(e.billingMonth()))
                    : "visit");
            case CREDIT_NOTE -> "Credit note " + e.number() + " · correcting invoice " + e.corrects();
            case PAYMENT -> "Payment, thank you" + method(e.method()) + (e.reference() == null ? "" : " · ref. " + e.reference());
            case REFUND -> "Refund" + method(e.method()) + (e.reference() == null ? "" : " · " + e.reference());
        };
    }

    /** The period: "November 1 – 30, 2026", or "Oct 15, 2026 – Jan 14, 2027". */
    public String period() {
        LocalDate from = statement.from();
        LocalDate to = statement.to();
        if (from.getYear() == to.getYear() && from.getMonth() == to.getMonth()) {
            return from.format(DateTimeFormatter.ofPattern("MMMM d", Locale.US)) + " – " + to.getDayOfMonth() + ", " + to.getYear();
        }
        return Wording.DAY.format(from) + " – " + Wording.DAY.format(to);
    }

    /** "Ava Rowe, Noah Rowe". */
    public String children() {
        return String.join(", ", statement.members().stream().map(p -> childNames.get(p.id())).toList());
    }

    /** The amount due as text, "$122.33". */
    public String amountDue() {
        return Dollars.format(statement.amountDue());
    }

    private static String method(PaymentMethod method) {
        if (method == null) {
            return "";
        }
        return " · " + switch (method) {
            case CARD -> "card";
            case CASH -> "cash";
            case CHECK -> "check";
            case ACH -> "bank transfer";
            case HSA -> "HSA card";
            case OTHER -> "other";
        };
    }
}
