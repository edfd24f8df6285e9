package com.starlightdesk.data.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The header of the practice's letters and printouts: its legal name (or its name while it has none), its
 * address lines, a line of phone and fax, its NPI and tax id, and its logo. Lines the practice has not
 * filled in are left out.
 */
public record Letterhead(String title, List<String> addressLines, String contactLine, String identifiersLine,
        Optional<PracticeLogo> logo) {

    public Letterhead {
        Fields.text("title", title, 200);
        addressLines = List.copyOf(addressLines);
        contactLine = contactLine == null ? "" : contactLine;
        identifiersLine = identifiersLine == null ? "" : identifiersLine;
        logo = logo == null ? Optional.empty() : logo;
    }

    /** The letterhead of {@code practice} as it stands. */
    public static Letterhead of(Practice practice) {
        List<String> lines = new ArrayList<>();
        Address a = practice.address();
        if (a != null) {
            addIfPresent(lines, a.line1());
            addIfPresent(lines, a.line2());
            String cityLine = join(", ", a.city(), join(" ", a.state(), a.postalCode()));
            addIfPresent(lines, cityLine);
        }
        String contact = join(" · ", practice.phone() == null ? null : "Phone " + practice.phone(),
                practice.fax() == null ? null : "Fax " + practice.fax());
        String identifiers = join(" · ", practice.npi() == null ? null : "NPI " + practice.npi(),
                practice.taxId() == null ? null : "Tax ID " + practice.taxId());
        return new Letterhead(practice.legalName() != null ? practice.legalName() : practice.name(), lines, contact,
                identifiers, practice.logoImage());
    }

    /** Every line of text under the title, in order: address, then contact, then identifiers. */
    public List<String> lines() {
        List<String> all = new ArrayList<>(addressLines);
        addIfPresent(all, contactLine);
        addIfPresent(all, identifiersLine);
        return all;
    }

    private static void addIfPresent(List<String> lines, String line) {
        if (line != null && !line.isBlank()) {
            lines.add(line);
        }
    }

    private static String join(String separator, String... parts) {
        StringBuilder sb = new StringBuilder();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                sb.append(sb.length() == 0 ? "" : separator).append(p);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
