package com.starlightdesk.data.domain;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A practice: its name, the time zone its calendar and dates are kept in, its working hours (the stored
 * text of {@link WorkingHours}, in that zone's local time), its profile as letters and claims name it
 * (legal name, US postal address, phone, fax, tax id, NPI, logo as base64), its kinds of visit (the
 * stored text of {@link VisitTypes}) and its rule for a family's membership fees (the stored text of
 * {@link HouseholdRule}). Every profile field is optional.
 */
public record Practice(
        UUID id,
        String name,
        String timeZone,
        String workingHours,
        String legalName,
        Address address,
        String phone,
        String fax,
        String taxId,
        String npi,
        String logo,
        String visitTypes,
        String householdRule) {

    private static final Pattern STATE = Pattern.compile("[A-Z]{2}");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(-\\d{4})?");

    public Practice {
        Fields.id("id", id);
        name = Fields.text("name", name, 200);
        timeZone = Fields.zone("timeZone", timeZone).getId();
        workingHours = WorkingHours.parse("workingHours", workingHours).text();
        legalName = Fields.optionalText("legalName", legalName, 200);
        address = usAddress(address);
        phone = Fields.optionalPhone("phone", phone);
        fax = Fields.optionalPhone("fax", fax);
        taxId = TaxId.optional("taxId", taxId);
        npi = Npi.optional("npi", npi);
        PracticeLogo stored = PracticeLogo.parse("logo", logo);
        logo = stored == null ? null : stored.base64();
        visitTypes = VisitTypes.parse("visitTypes", visitTypes).text();
        householdRule = HouseholdRule.parse("householdRule", householdRule).text();
    }

    /** A new practice open Monday to Friday, 8:00 to 18:00, with the default kinds of visit and no profile yet. */
    public static Practice of(UUID id, String name, String timeZone) {
        return new Practice(id, name, timeZone, WorkingHours.WEEKDAYS.text(), null, null, null, null, null, null, null,
                VisitTypes.DEFAULTS.text(), HouseholdRule.NONE.text());
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public WorkingHours hours() {
        return WorkingHours.parse("workingHours", workingHours);
    }

    /** Each kind of visit's default length and colour. */
    public VisitTypes visitTypeDefaults() {
        return VisitTypes.parse("visitTypes", visitTypes);
    }

    /** The logo, when the practice has one. */
    public Optional<PracticeLogo> logoImage() {
        return Optional.ofNullable(PracticeLogo.parse("logo", logo));
    }

    /** The header the practice's letters and printouts carry. */
    public Letterhead letterhead() {
        return Letterhead.of(this);
    }

    /** This practice with other working hours. */
    public Practice withHours(WorkingHours hours) {
        return new Practice(id, name, timeZone, hours.text(), legalName, address, phone, fax, taxId, npi, logo, visitTypes, householdRule);
    }

    /** This practice with other kinds of visit. */
    public Practice withVisitTypes(VisitTypes types) {
        return new Practice(id, name, timeZone, workingHours, legalName, address, phone, fax, taxId, npi, logo, types.text(), householdRule);
    }

    /**
     * This practice with the name, time zone and profile of {@code form} (legal name, address, phone, fax, tax id,
     * NPI, logo), keeping its own working hours (their clock times, in whatever zone) and visit types.
     */
    public Practice withProfileOf(Practice form) {
        return new Practice(id, form.name, form.timeZone, workingHours, form.legalName, form.address, form.phone, form.fax,
                form.taxId, form.npi, form.logo, visitTypes, householdRule);
    }

    /** The practice's rule for a family's membership fees. */
    public HouseholdRule household() {
        return HouseholdRule.parse("householdRule", householdRule);
    }

    /** This practice with another household rule. */
    public Practice withHouseholdRule(HouseholdRule rule) {
        return new Practice(id, name, timeZone, workingHours, legalName, address, phone, fax, taxId, npi, logo, visitTypes, rule.text());
    }

    /** A practice address is a US postal address: a state is its two-letter code, a ZIP 12345 or 12345-6789. */
    private static Address usAddress(Address address) {
        if (address == null || (address.line1() == null && address.line2() == null && address.city() == null
                && address.state() == null && address.postalCode() == null)) {
            return null;
        }
        String state = address.state() == null ? null : address.state().toUpperCase(java.util.Locale.ROOT);
        if (state != null && !STATE.matcher(state).matches()) {
            throw new ValidationException("address.state", "is the state's two-letter code, e.g. IL");
        }
        if (address.postalCode() != null && !ZIP.matcher(address.postalCode()).matches()) {
            throw new ValidationException("address.postalCode", "a ZIP code is 12345 or 12345-6789");
        }
        return new Address(address.line1(), address.line2(), address.city(), state, address.postalCode());
    }
}
