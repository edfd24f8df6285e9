package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.AppointmentType;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.Immunization;
import com.starlightdesk.data.domain.ImmunizationObservation;
import com.starlightdesk.data.domain.ImmunizationRecord;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.immunization.ImmunizationStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.GroupStatus;
import com.starlightdesk.data.immunization.ImmunizationStatus.Standing;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The practice's immunization recall list: every active child (enrolled, not made inactive) whose
 * {@link ImmunizationStatus} has a vaccine group overdue, due, or recommended within the next N days, with their
 * own provider, each such group and its dates, the most urgent date, the refusals on the chart and the next visit
 * booked. Also the report of the children due within 30 days with no vaccination visit booked.
 *
 * <p>A group the family refused never puts a child on the list (the refusal is the family's answer; calling them
 * about it again is the provider's decision at the next visit, not the front desk's), and it is not counted in the
 * most urgent date; a child listed for other groups shows each refusal as "refused", with its date.
 *
 * <p>The store is read in four set-based queries inside one transaction (children, doses, observations, visits
 * booked ahead), whatever the practice's size; then each child's status is worked out by the forecaster, in
 * parallel on the machine's cores, telling {@link Progress} how many children are done and stopping with a
 * {@link CancellationException} once it asks to. One audit entry records that the user read the practice's
 * immunization records (no patient named). Any active user may read it: recall is the front desk's work.
 * Thread-safe; each call blocks on the store and the forecaster.
 */
public final class ImmunizationRecall {
    /** The longest look ahead, in days. */
    public static final int MOST_DAYS = 365;
    /** The seed's report looks this far ahead. */
    public static final int NO_VISIT_DAYS = 30;

    /**
     * What the list is of: groups due within {@code days} (0 to {@value #MOST_DAYS}; 0 is due now or overdue), of one
     * vaccine group (null: any), of children aged {@code fromMonths} to {@code toMonths} completed months (each null:
     * no bound), of one own provider (null: any).
     */
    public record Criteria(int days, String vaccineGroup, Integer fromMonths, Integer toMonths, UUID providerId) {
        public Criteria {
            if (days < 0 || days > MOST_DAYS) {
                throw new ValidationException("days", "must be from 0 to " + MOST_DAYS);
            }
            if (vaccineGroup != null && vaccineGroup.isBlank()) {
                vaccineGroup = null;
            }
            if (fromMonths != null && fromMonths < 0) {
                throw new ValidationException("fromMonths", "must not be negative");
            }
            if (toMonths != null && toMonths < 0) {
                throw new ValidationException("toMonths", "must not be negative");
            }
            if (fromMonths != null && toMonths != null && toMonths < fromMonths) {
                throw new ValidationException("toMonths", "must not be below the age it starts from");
            }
        }

        /** Every active child, any group, due within {@code days}. */
        public static Criteria within(int days) {
            return new Criteria(days, null, null, null, null);
        }
    }

    /**
     * One vaccine group of a listed child: its standing today, its dates (earliest, recommended, past due; null when
     * the schedule gives none), and the day the family refused it (null: not refused).
     */
    public record GroupDue(String name, Standing standing, LocalDate earliest, LocalDate recommended, LocalDate pastDue,
            LocalDate refusedOn) {
        public boolean isRefused() {
            return refusedOn != null;
        }

        public boolean isOverdue() {
            return standing == Standing.OVERDUE;
        }

        /** The day the group is (or was) due: its recommended date, else its earliest. */
        public LocalDate dueOn() {
            return recommended != null ? recommended : earliest;
        }
    }

    /**
     * One child on the list: who, their own provider (null: none), the groups that put them there (most urgent
     * first), the groups refused, the most urgent date (the earliest due date of those groups), and the next visit
     * booked and next vaccination visit booked (null: none).
     */
    public record Child(UUID patientId, String firstName, String lastName, LocalDate dateOfBirth, UUID providerId,
            String providerName, List<GroupDue> due, List<GroupDue> refused, LocalDate mostUrgent, Instant nextVisit,
            AppointmentType nextVisitType, Instant nextVaccinationVisit) {
        public Child {
            due = List.copyOf(due);
            refused = List.copyOf(refused);
        }

        /** "Last, First" as the front desk reads it. */
        public String displayName() {
            return lastName + ", " + firstName;
        }

        /** Whether any group that lists the child is overdue (past its past-due date). */
        public boolean isOverdue() {
            return due.stream().anyMatch(GroupDue::isOverdue);
        }
    }

    /** The list as worked out on {@code today}: how many children were assessed, and those listed, most urgent first. */
    public record RecallList(LocalDate today, Criteria criteria, int assessed, List<Child> children) {
        public RecallList {
            children = List.copyOf(children);
        }
    }

    /** Told how the work goes; asked whether to stop. Called from several threads. */
    public interface Progress {
        /** {@code done} children of {@code total} assessed so far. */
        void assessed(int done, int total);

        /** True once the list is no longer wanted: the work stops with a {@link CancellationException}. */
        default boolean cancelled() {
            return false;
        }
    }

    private final PracticeData data;
    private final Jdbi jdbi;
    private final Supplier<Forecaster> forecaster;

    ImmunizationRecall(PracticeData data, Jdbi jdbi, Supplier<Forecaster> forecaster) {
        this.data = data;
        this.jdbi = jdbi;
        this.forecaster = forecaster;
    }

    /** The recall list for {@code criteria}, today in the practice's time zone. */
    public RecallList list(Criteria criteria, Progress progress) {
        Objects.requireNonNull(criteria, "criteria");
        ZoneId zone = data.office().practice().orElseThrow().zone();
        Instant now = data.clock().instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate horizon = today.plusDays(criteria.days());
        Store read = read(criteria, today, now);
        data.writeAll(c -> c.auditBulk(AuditAction.READ, Tables.IMMUNIZATIONS.name()));
        Forecaster schedule = forecaster.get();
        int total = read.children.size();
        AtomicInteger done = new AtomicInteger();
        progress.assessed(0, total);
        int step = Math.max(1, total / 100);
        List<Child> listed = read.children.parallelStream().map(child -> {
            if (progress.cancelled()) {
                throw new CancellationException("The recall list was stopped");
            }
            Child line = assess(schedule, child, read, criteria, today, horizon);
            int n = done.incrementAndGet();
            if (n % step == 0 || n == total) {
                progress.assessed(n, total);
            }
            return line;
        }).filter(Objects::nonNull).sorted(MOST_URGENT_FIRST).toList();
        if (progress.cancelled()) {
            throw new CancellationException("The recall list was stopped");
        }
        return new RecallList(today, criteria, total, listed);
    }

    /**
     * The seed's report: the children with a group overdue or due within {@value #NO_VISIT_DAYS} days (not refused)
     * who have no vaccination visit booked from now on.
     */
    public RecallList dueWithoutVaccinationVisit(Progress progress) {
        RecallList all = list(Criteria.within(NO_VISIT_DAYS), progress);
        return new RecallList(all.today(), all.criteria(), all.assessed(),
                all.children().stream().filter(c -> c.nextVaccinationVisit() == null).toList());
    }

    /** Most urgent date first, then by name. */
    private static final Comparator<Child> MOST_URGENT_FIRST = Comparator.comparing(Child::mostUrgent)
            .thenComparing(Child::lastName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Child::firstName, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Child::patientId);

    private static Child assess(Forecaster schedule, RecallQueries.Child child, Store read, Criteria criteria, LocalDate today,
            LocalDate horizon) {
        ImmunizationRecord record = new ImmunizationRecord(read.doses.getOrDefault(child.id(), List.of()),
                read.observations.getOrDefault(child.id(), List.of()));
        ImmunizationStatus status = ImmunizationStatus.assess(schedule, child.dateOfBirth(), child.gender(), record, today);
        List<GroupDue> due = new ArrayList<>();
        List<GroupDue> refused = new ArrayList<>();
        for (GroupStatus g : status.groups()) {
            if (criteria.vaccineGroup() != null && !criteria.vaccineGroup().equals(g.name())) {
                continue;
            }
            boolean calls = g.standing() == Standing.OVERDUE || g.standing() == Standing.DUE
                    || ((g.standing() == Standing.CAN_BE_GIVEN || g.standing() == Standing.NOT_YET)
                        && g.forecast().recommended() != null && !g.forecast().recommended().isAfter(horizon));
            if (!calls && !g.isRefused()) {
                continue;
            }
            GroupDue line = new GroupDue(g.name(), g.standing(), g.forecast().earliest(), g.forecast().recommended(),
                    g.forecast().pastDue(), g.isRefused() ? g.refusal().observedOn() : null);
            if (g.isRefused()) {
                refused.add(line);
            } else if (due.stream().noneMatch(d -> d.name().equals(line.name()))) {
                due.add(line);
            }
        }
        if (due.isEmpty()) {
            return null;
        }
        due.sort(Comparator.comparing(GroupDue::dueOn, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(GroupDue::name));
        LocalDate mostUrgent = due.stream().map(GroupDue::dueOn).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(today);
        List<RecallQueries.BookedVisit> visits = read.visits.getOrDefault(child.id(), List.of());
        RecallQueries.BookedVisit next = visits.isEmpty() ? null : visits.get(0);
        Instant vaccination = visits.stream().filter(v -> v.type() == AppointmentType.VACCINATION).map(RecallQueries.BookedVisit::start)
                .findFirst().orElse(null);
        return new Child(child.id(), child.firstName(), child.lastName(), child.dateOfBirth(), child.providerId(), child.providerName(),
                due, refused, mostUrgent, next == null ? null : next.start(), next == null ? null : next.type(), vaccination);
    }

    /** What the store holds for the list, read in one transaction and grouped by patient. */
    private record Store(List<RecallQueries.Child> children, Map<UUID, List<Immunization>> doses,
            Map<UUID, List<ImmunizationObservation>> observations, Map<UUID, List<RecallQueries.BookedVisit>> visits) {
    }

    private Store read(Criteria criteria, LocalDate today, Instant now) {
        // Completed months: at least fromMonths old is born on or before today - fromMonths; at most toMonths old is born
        // after today - (toMonths + 1) months.
        LocalDate bornOnOrBefore = criteria.fromMonths() == null ? today : today.minusMonths(criteria.fromMonths());
        LocalDate bornAfter = criteria.toMonths() == null ? LocalDate.of(1900, 1, 1) : today.minusMonths(criteria.toMonths() + 1L);
        return jdbi.inTransaction(handle -> {
            RecallQueries queries = handle.attach(RecallQueries.class);
            List<RecallQueries.Child> children = criteria.providerId() == null ? queries.children(bornAfter, bornOnOrBefore)
                    : queries.childrenOfProvider(bornAfter, bornOnOrBefore, criteria.providerId());
            Map<UUID, List<Immunization>> doses = new HashMap<>();
            for (Immunization d : queries.doses()) {
                doses.computeIfAbsent(d.patientId(), k -> new ArrayList<>()).add(d);
            }
            Map<UUID, List<ImmunizationObservation>> observations = new HashMap<>();
            for (ImmunizationObservation o : queries.observations()) {
                observations.computeIfAbsent(o.patientId(), k -> new ArrayList<>()).add(o);
            }
            Map<UUID, List<RecallQueries.BookedVisit>> visits = new HashMap<>();
            for (RecallQueries.BookedVisit v : queries.bookedVisits(now)) {
                visits.computeIfAbsent(v.patientId(), k -> new ArrayList<>()).add(v);
            }
            return new Store(children, doses, observations, visits);
        });
    }
}
