package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.FeeScheduleEntry;
import com.starlightdesk.data.domain.ValidationException;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The practice's own fee schedule as an admin keeps it: a CPT code (one entry per code), the practice's own
 * description (none ship with the product), the price, whether members get the service at no charge, and for a
 * vaccine product the CVX it is for, so the doses of a visit suggest their lines. Entries are deactivated, never
 * deleted; an invoice keeps the description and price its lines were made with. A second entry for a code is
 * refused at {@code cptCode}; bad values are refused at their field by {@link FeeScheduleEntry}. Each write is one
 * transaction. Thread-safe; every call blocks on the store.
 */
public final class FeeSchedule {
    private final PracticeData data;

    FeeSchedule(PracticeData data) {
        this.data = data;
    }

    /** Every entry, the active ones first, each part by CPT code. */
    public List<FeeScheduleEntry> entries() {
        return data.read(InvoiceQueries.class, InvoiceQueries::feeSchedule);
    }

    /** The active entries, by CPT code: what a visit invoice's lines are chosen from. */
    public List<FeeScheduleEntry> activeEntries() {
        return entries().stream().filter(FeeScheduleEntry::isActive).toList();
    }

    /**
     * Adds {@code entry}, or saves it in place of its earlier self (same id). A code another entry has (active or
     * not) is refused at {@code cptCode}; nothing is written.
     */
    public FeeScheduleEntry save(FeeScheduleEntry entry) {
        return data.write(changes -> {
            InvoiceQueries q = changes.queries(InvoiceQueries.class);
            q.feeScheduleEntryFor(entry.cptCode()).filter(other -> !other.id().equals(entry.id())).ifPresent(other -> {
                throw new ValidationException("cptCode", "is in the fee schedule already" + (other.isActive() ? "" : " (deactivated: reactivate it)"));
            });
            return q.feeScheduleEntry(entry.id()).isPresent() ? changes.update(entry) : changes.insert(entry);
        });
    }

    /** Deactivates an entry: no longer offered for new lines; invoices that used it keep their lines. */
    public FeeScheduleEntry deactivate(UUID id) {
        return setActive(id, false);
    }

    /** Offers a deactivated entry again. */
    public FeeScheduleEntry reactivate(UUID id) {
        return setActive(id, true);
    }

    private FeeScheduleEntry setActive(UUID id, boolean active) {
        return data.write(changes -> {
            FeeScheduleEntry e = changes.queries(InvoiceQueries.class).feeScheduleEntry(id)
                    .orElseThrow(() -> new NoSuchElementException("No fee schedule entry " + id));
            return changes.update(new FeeScheduleEntry(e.id(), e.cptCode(), e.description(), e.price(), e.coveredByMembership(), e.cvx(), active));
        });
    }
}
