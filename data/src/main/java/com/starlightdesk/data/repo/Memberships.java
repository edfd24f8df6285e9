package com.starlightdesk.data.repo;

import com.starlightdesk.data.billing.BillablePatient;
import com.starlightdesk.data.billing.MonthlyBillingRun;
import com.starlightdesk.data.domain.Fields;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.MembershipChange;
import com.starlightdesk.data.domain.MembershipChangeKind;
import com.starlightdesk.data.domain.MembershipPlan;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.Subscription;
import com.starlightdesk.data.domain.SubscriptionStatus;
import com.starlightdesk.data.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Patients' memberships as the front desk keeps them. Enrolment proposes the plan the child's age calls for on
 * the start day; another plan needs a reason (and the membership then keeps that plan instead of following the
 * age bands). A membership is paused from a day, resumed from a day, cancelled with its last day billed; the
 * patient's own monthly fee (the fee override) replaces the plan's. Every change is one transaction that also
 * records the change in the membership's history. Bad input is refused at its field and nothing is written.
 * Thread-safe; every call blocks on the store.
 */
public final class Memberships {
    private final PracticeData data;

    Memberships(PracticeData data) {
        this.data = data;
    }

    /** The active plan whose band covers the child's age on {@code day}, if any: what enrolment proposes. */
    public Optional<MembershipPlan> proposedPlan(UUID patientId, LocalDate day) {
        Patient patient = patient(patientId);
        return Optional.ofNullable(MonthlyBillingRun.planOf(new Subscription(Ids.next(), patientId, Ids.next(), day, null,
                SubscriptionStatus.ACTIVE, null), billable(patient), data.billing().plans(), Map.of(), day));
    }

    /**
     * Enrols a patient in {@code planId} from {@code startedAt}. A plan other than the one proposed needs
     * {@code reason} (refused at {@code planReason} without one); a patient with a membership not cancelled is
     * refused at {@code startedAt}.
     */
    public Subscription enrol(UUID patientId, UUID planId, LocalDate startedAt, String reason) {
        Fields.required("startedAt", startedAt);
        MembershipPlan plan = data.billing().plan(planId).filter(MembershipPlan::isActive)
                .orElseThrow(() -> new ValidationException("planId", "is not an active plan"));
        Optional<MembershipPlan> proposed = proposedPlan(patientId, startedAt);
        boolean agesPlan = proposed.isPresent() && proposed.get().id().equals(plan.id());
        String why = Fields.optionalText("planReason", reason, 500);
        if (!agesPlan && why == null) {
            throw new ValidationException("planReason", proposed.map(p -> "says why not " + p.name() + ", the plan for the child's age")
                    .orElse("says why: no plan covers the child's age"));
        }
        Subscription membership = new Subscription(Ids.next(), patientId, plan.id(), startedAt, null, SubscriptionStatus.ACTIVE,
                agesPlan ? null : why);
        return data.write(changes -> {
            for (Subscription other : changes.queries(BillingQueries.class).subscriptions(patientId)) {
                if (other.status() != SubscriptionStatus.CANCELLED) {
                    throw new ValidationException("startedAt", "the patient is a member already; cancel that membership first");
                }
                if (other.endedAt() != null && !other.endedAt().isBefore(startedAt)) {
                    throw new ValidationException("startedAt", "is on or before the last day of the patient's earlier membership");
                }
            }
            changes.insert(membership);
            changes.insert(new MembershipChange(Ids.next(), membership.id(), patientId, MembershipChangeKind.ENROLLED, startedAt,
                    plan.id(), null, membership.planReason(), data.actorId()));
            return membership;
        });
    }

    /** Pauses an active membership from {@code from} (the first day not billed). */
    public Subscription pause(UUID membershipId, LocalDate from, String reason) {
        return change(membershipId, SubscriptionStatus.ACTIVE, from, "pausedFrom", MembershipChangeKind.PAUSED, reason,
                m -> new Subscription(m.id(), m.patientId(), m.planId(), m.startedAt(), null, SubscriptionStatus.PAUSED, m.planReason()));
    }

    /** Resumes a paused membership from {@code on} (the first day billed again). */
    public Subscription resume(UUID membershipId, LocalDate on) {
        return change(membershipId, SubscriptionStatus.PAUSED, on, "resumedOn", MembershipChangeKind.RESUMED, null,
                m -> new Subscription(m.id(), m.patientId(), m.planId(), m.startedAt(), null, SubscriptionStatus.ACTIVE, m.planReason()));
    }

    /** Cancels a membership: {@code lastDay} is the last day billed; the reason is required. */
    public Subscription cancel(UUID membershipId, LocalDate lastDay, String reason) {
        if (Fields.optionalText("reason", reason, 500) == null) {
            throw new ValidationException("reason", "says why the membership ends");
        }
        return change(membershipId, null, lastDay, "endedAt", MembershipChangeKind.CANCELLED, reason,
                m -> new Subscription(m.id(), m.patientId(), m.planId(), m.startedAt(), lastDay, SubscriptionStatus.CANCELLED, m.planReason()));
    }

    /**
     * Sets the patient's own monthly fee (null: the plan's fee again) from {@code from}, recorded in the history of
     * the patient's live membership. The billing run bills it for months not billed yet.
     */
    public Patient setFeeOverride(UUID patientId, BigDecimal fee, LocalDate from, String reason) {
        BigDecimal monthly = Fields.optionalMoney("feeOverride", fee);
        Fields.required("from", from);
        return data.write(changes -> {
            Patient current = changes.current(Patient.class, patientId);
            Patient saved = changes.update(current.withFeeOverride(monthly));
            Subscription live = changes.queries(BillingQueries.class).subscriptions(patientId).stream()
                    .filter(m -> m.status() != SubscriptionStatus.CANCELLED).findFirst()
                    .orElseThrow(() -> new ValidationException("feeOverride", "the patient has no membership"));
            changes.insert(new MembershipChange(Ids.next(), live.id(), patientId, MembershipChangeKind.FEE_CHANGED, from, null, monthly,
                    Fields.optionalText("reason", reason, 500), data.actorId()));
            return saved;
        });
    }

    /** A patient's memberships, newest first. */
    public List<Subscription> memberships(UUID patientId) {
        return data.billing().subscriptions(patientId);
    }

    /** A patient's membership history, oldest first. */
    public List<MembershipChange> history(UUID patientId) {
        return data.billing().membershipHistory(patientId);
    }

    /** A child whose birthday moves them into another plan's band, and the month the new plan is billed from. */
    public record AgeBandChange(UUID patientId, UUID membershipId, LocalDate birthday, MembershipPlan from, MembershipPlan to,
                                LocalDate billedFrom) {
    }

    /**
     * The age-band changes coming from {@code today} to {@code days} days later: children in memberships that follow
     * the age bands whose birthday in that time moves them into another plan's band (billed from the first full
     * month on or after it), soonest first.
     */
    public List<AgeBandChange> ageBandChanges(LocalDate today, int days) {
        List<MembershipPlan> plans = data.billing().plans();
        List<Subscription> live = data.billing().liveSubscriptions().stream().filter(Subscription::followsAgeBands).toList();
        Map<UUID, BillablePatient> patients = data.billing().billablePatients(today, today.plusDays(days)).stream()
                .collect(Collectors.toMap(BillablePatient::id, p -> p));
        List<AgeBandChange> changes = new ArrayList<>();
        for (Subscription m : live) {
            BillablePatient child = patients.get(m.patientId());
            if (child == null || !child.isActive()) {
                continue;
            }
            MembershipPlan now = MonthlyBillingRun.planOf(m, child, plans, Map.of(), today);
            for (MembershipPlan next : plans) {
                if (!next.isActive() || next.equals(now)) {
                    continue;
                }
                LocalDate birthday = child.dateOfBirth().plusMonths(next.lowestMonth());
                if (birthday.isAfter(today) && !birthday.isAfter(today.plusDays(days))
                        && next.equals(MonthlyBillingRun.planOf(m, child, plans, Map.of(), birthday))) {
                    LocalDate billedFrom = birthday.getDayOfMonth() == 1 ? birthday : birthday.withDayOfMonth(1).plusMonths(1);
                    changes.add(new AgeBandChange(child.id(), m.id(), birthday, now, next, billedFrom));
                }
            }
        }
        changes.sort(Comparator.comparing(AgeBandChange::birthday).thenComparing(AgeBandChange::patientId));
        return changes;
    }

    private Subscription change(UUID membershipId, SubscriptionStatus must, LocalDate day, String field, MembershipChangeKind kind,
                                String reason, java.util.function.UnaryOperator<Subscription> next) {
        Fields.required(field, day);
        String why = Fields.optionalText("reason", reason, 500);
        return data.write(changes -> {
            Subscription m = changes.current(Subscription.class, membershipId);
            if (must != null && m.status() != must) {
                throw new ValidationException(field, "the membership is " + m.status().code() + ", not " + must.code());
            }
            if (m.status() == SubscriptionStatus.CANCELLED) {
                throw new ValidationException(field, "the membership is cancelled");
            }
            if (day.isBefore(m.startedAt())) {
                throw new ValidationException(field, "is before the membership started");
            }
            if (kind == MembershipChangeKind.RESUMED) {
                LocalDate paused = changes.queries(BillingQueries.class).membershipHistory(m.patientId()).stream()
                        .filter(c -> c.subscriptionId().equals(m.id()) && c.kind() == MembershipChangeKind.PAUSED)
                        .map(MembershipChange::effectiveOn).max(Comparator.naturalOrder()).orElse(m.startedAt());
                if (!day.isAfter(paused)) {
                    throw new ValidationException(field, "is not after the day the membership was paused");
                }
            }
            Subscription saved = changes.update(next.apply(m));
            changes.insert(new MembershipChange(Ids.next(), m.id(), m.patientId(), kind, day, null, null, why, data.actorId()));
            return saved;
        });
    }

    private Patient patient(UUID patientId) {
        return data.patients().findById(patientId).orElseThrow(() -> new NoSuchElementException("No patient " + patientId));
    }

    private static BillablePatient billable(Patient p) {
        return new BillablePatient(p.id(), p.dateOfBirth(), p.familyId(), p.feeOverride(), p.isActive());
    }
}
