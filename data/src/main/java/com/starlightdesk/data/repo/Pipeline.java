package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.ActivityKind;
import com.starlightdesk.data.domain.FamilyActivity;
import com.starlightdesk.data.domain.Gender;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.LostReason;
import com.starlightdesk.data.domain.NewInquiry;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PatientStatus;
import com.starlightdesk.data.domain.PipelineCard;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.domain.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The enrolment pipeline: prospect families as cards that move from inquiry to enrolment (or to lost, with the
 * reason), and each family's activity log. A card's id is its family's id; its children are prospect patients of
 * that family and follow the card's open stage. Every move writes the card, its children and a stage entry in the
 * log in one transaction; log entries are only ever inserted, so two desks' entries never conflict, while two desks
 * moving the same card meet at the card's stage (the conflict inbox keeps the other move). Any active user works the
 * pipeline. Thread-safe; every call blocks on the store.
 */
public final class Pipeline {
    private final PracticeData data;

    Pipeline(PracticeData data) {
        this.data = data;
    }

    /** A family on the board: its card and its children (oldest first). */
    public record Family(PipelineCard card, List<Patient> children) {
        public Family {
            children = List.copyOf(children);
        }

        /** The parent or guardian the family gave (the first child's). */
        public String guardian() {
            return children.isEmpty() ? "" : children.get(0).parentGuardian();
        }

        /** The family's phone (the first child's), or null. */
        public String phone() {
            return children.isEmpty() ? null : children.get(0).phone();
        }
    }

    /**
     * Existing patients and prospects that may be this family: the same phone or e-mail, or a child with the same
     * name and birth date. The new inquiry form shows them before saving.
     */
    public List<Patient> likelyDuplicates(NewInquiry inquiry) {
        return data.read(PipelineQueries.class, q -> {
            Map<UUID, Patient> found = new LinkedHashMap<>();
            String digits = inquiry.phone() == null ? "" : inquiry.phone().replaceAll("[^0-9]", "");
            String email = inquiry.email() == null ? "" : inquiry.email().toLowerCase(Locale.ROOT);
            q.sameContact(digits, email).forEach(p -> found.putIfAbsent(p.id(), p));
            for (NewInquiry.Child child : inquiry.children()) {
                q.sameChild(child.firstName().toLowerCase(Locale.ROOT), child.lastName().toLowerCase(Locale.ROOT), child.dateOfBirth())
                        .forEach(p -> found.putIfAbsent(p.id(), p));
            }
            return List.copyOf(found.values());
        });
    }

    /**
     * Opens a family's card in the inquiry column: the card with its source, each child as a prospect patient of the
     * family with the guardian's phone and e-mail, and the notes as the log's first entry.
     */
    public Family open(NewInquiry inquiry) {
        LocalDate today = today();
        PipelineCard card = new PipelineCard(Ids.next(), PipelineStage.INQUIRY, today, null, inquiry.source(), inquiry.referralContactId(),
                null, null);
        return data.write(changes -> {
            changes.insert(card);
            List<Patient> children = new ArrayList<>();
            for (NewInquiry.Child child : inquiry.children()) {
                children.add(changes.insert(new Patient(Ids.next(), child.firstName(), child.lastName(), child.dateOfBirth(), Gender.UNKNOWN,
                        inquiry.guardian(), inquiry.email(), inquiry.phone(), null, null, null, null, card.id(), PatientStatus.PROSPECT,
                        PipelineStage.INQUIRY, null, null, null, true, null, null, null)));
            }
            if (inquiry.notes() != null) {
                changes.insert(new FamilyActivity(Ids.next(), card.id(), ActivityKind.NOTE, changes.now(), data.actorId(), inquiry.notes(),
                        null, null));
            }
            return new Family(card, children);
        });
    }

    /**
     * Moves a family's card to {@code to} today ({@code reason} says why for the Lost column and only there); the
     * children follow an open stage, and the move is logged. A card already in {@code to} is left as it is. An
     * enrolled family leaves the board through enrolment only.
     */
    public PipelineCard move(UUID cardId, PipelineStage to, LostReason reason) {
        if (to == PipelineStage.ENROLLED) {
            throw new ValidationException("stage", "a family is enrolled from its card's Enrol, not by a move");
        }
        if (to == PipelineStage.LOST && reason == null) {
            throw new ValidationException("lostReason", "is required: why did the family not join?");
        }
        LocalDate today = today();
        return data.write(changes -> {
            PipelineCard card = changes.current(PipelineCard.class, cardId);
            if (card.stage() == PipelineStage.ENROLLED) {
                throw new ValidationException("stage", "the family is enrolled; undo the enrolment to move its card");
            }
            if (card.stage() == to && (to != PipelineStage.LOST || card.lostReason() == reason)) {
                return card;
            }
            PipelineCard moved = changes.update(card.movedTo(to, reason, card.stage() == to ? card.stageEnteredOn() : today));
            if (to.isOpen()) {
                for (Patient child : changes.queries(PatientQueries.class).family(cardId)) {
                    if (child.status() == PatientStatus.PROSPECT) {
                        changes.update(child.inPipeline(to));
                    }
                }
            }
            changes.insert(new FamilyActivity(Ids.next(), cardId, ActivityKind.STAGE, changes.now(), data.actorId(),
                    reason == null ? null : "Lost: " + reason.code(), card.stage(), to));
            return moved;
        });
    }

    /** Sets what the front desk does next for the family and when (null step: nothing planned). */
    public PipelineCard planNextStep(UUID cardId, String step, LocalDate on) {
        return data.write(changes -> changes.update(changes.current(PipelineCard.class, cardId).withNextStep(step, step == null ? null : on)));
    }

    /** Logs a call, e-mail, message or note with the family, made now by the acting user. */
    public FamilyActivity log(UUID cardId, ActivityKind kind, String summary) {
        if (kind == ActivityKind.STAGE) {
            throw new ValidationException("kind", "a stage change is logged by moving the card");
        }
        return data.write(changes -> {
            changes.current(PipelineCard.class, cardId);
            return changes.insert(new FamilyActivity(Ids.next(), cardId, kind, changes.now(), data.actorId(), summary, null, null));
        });
    }

    /** The families on the board (every card not enrolled), longest in their stage first. */
    public List<Family> board() {
        return data.read(PipelineQueries.class, q -> {
            Map<UUID, List<Patient>> children = new LinkedHashMap<>();
            for (Patient child : q.boardChildren()) {
                children.computeIfAbsent(child.familyId(), k -> new ArrayList<>()).add(child);
            }
            return q.boardCards().stream().map(card -> new Family(card, children.getOrDefault(card.id(), List.of()))).toList();
        });
    }

    /** One family: its card and children. */
    public Family family(UUID cardId) {
        return data.read(PipelineQueries.class, q -> new Family(
                q.card(cardId).orElseThrow(() -> new NoSuchElementException("No family card " + cardId)),
                data.patients().family(cardId)));
    }

    /** A family's activity log, newest first. */
    public List<FamilyActivity> activity(UUID cardId) {
        return data.read(PipelineQueries.class, q -> q.activity(cardId));
    }

    private LocalDate today() {
        return LocalDate.now(data.clock().withZone(data.office().practice().orElseThrow().zone()));
    }
}
