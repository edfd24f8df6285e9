package com.starlightdesk.app.print;

import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Patient;
import java.util.ArrayList;
import java.util.List;

/**
 * Who an invoice or a statement goes to: the household's parent or guardian (the first of its children, eldest
 * first, who has one named) and the first postal address on the children's records, as an envelope reads it.
 *
 * @param name    the guardian, or "Parent or guardian of …" when no child names one
 * @param address the address lines ("12 Elm Street", "Apt 4", "Naperville, IL 60540"), none when no child has one
 */
public record BillTo(String name, List<String> address) {
    public BillTo {
        address = List.copyOf(address);
    }

    /** To whom the bills of {@code members} (eldest first, at least one) go. */
    public static BillTo of(List<Patient> members) {
        String guardian = members.stream().map(Patient::parentGuardian).filter(g -> g != null && !g.isBlank()).findFirst()
                .orElse("Parent or guardian of " + members.get(0).firstName() + " " + members.get(0).lastName());
        Address address = members.stream().map(Patient::address).filter(a -> a != null && a.line1() != null).findFirst().orElse(null);
        return new BillTo(guardian, lines(address));
    }

    private static List<String> lines(Address a) {
        List<String> lines = new ArrayList<>();
        if (a == null) {
            return lines;
        }
        add(lines, a.line1());
        add(lines, a.line2());
        String stateZip = join(" ", a.state(), a.postalCode());
        add(lines, join(", ", a.city(), stateZip));
        return lines;
    }

    private static void add(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line.strip());
        }
    }

    private static String join(String separator, String first, String second) {
        boolean a = first != null && !first.isBlank();
        boolean b = second != null && !second.isBlank();
        return a && b ? first.strip() + separator + second.strip() : a ? first.strip() : b ? second.strip() : null;
    }
}
