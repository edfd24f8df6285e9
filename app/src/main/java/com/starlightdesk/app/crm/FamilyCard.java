package com.starlightdesk.app.crm;

import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.domain.PhoneNumber;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.repo.Pipeline;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A family as its card on the board reads: the parent, the children with their ages, the phone, the source, the days
 * in the stage and the next step with its date. Immutable.
 */
public record FamilyCard(Pipeline.Family family, long daysInStage, String children, String nextStep) {

    /** The card of {@code family} as it reads on {@code today}. */
    public static FamilyCard of(Pipeline.Family family, LocalDate today) {
        String kids = family.children().stream().map(c -> c.firstName() + " " + age(c, today)).collect(Collectors.joining(", "));
        String next = family.card().nextStep() == null ? ""
                : family.card().nextStep() + (family.card().nextStepOn() == null ? "" : " · " + family.card().nextStepOn());
        return new FamilyCard(family, ChronoUnit.DAYS.between(family.card().stageEnteredOn(), today), kids, next);
    }

    public UUID id() {
        return family.card().id();
    }

    public PipelineStage stage() {
        return family.card().stage();
    }

    public String guardian() {
        return family.guardian() == null ? "" : family.guardian();
    }

    public String phone() {
        return PhoneNumber.display(family.phone());
    }

    public String source() {
        return family.card().sourceChannel().code();
    }

    /** The youngest child's age in whole years (0 for a baby), for the age filter. */
    public int youngestYears(LocalDate today) {
        return family.children().stream().mapToInt(c -> Period.between(c.dateOfBirth(), today).getYears()).min().orElse(0);
    }

    /** What a screen reader says of the card, and what its text shows. */
    public String text() {
        return guardian() + "\n" + children + "\n" + phone() + " · " + source() + " · " + daysInStage + (daysInStage == 1 ? " day" : " days")
                + (family.card().lostReason() == null ? "" : " · lost: " + family.card().lostReason().code())
                + (nextStep.isEmpty() ? "" : "\nNext: " + nextStep);
    }

    private static String age(Patient child, LocalDate today) {
        Period age = Period.between(child.dateOfBirth(), today);
        return age.getYears() >= 2 ? "(" + age.getYears() + " y)" : "(" + (age.getYears() * 12 + age.getMonths()) + " mo)";
    }
}
