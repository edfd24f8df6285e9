package com.starlightdesk.data.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.testing.TestPictures;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The practice profile's rules: NPI check digit, tax id, visit types, logo limits and the letterhead. */
class PracticeProfileTest {

    @Test
    void realNpisPassTheirCheckDigitAndOthersAreNamedByNumber() {
        for (String npi : List.of("1234567893", "1003000126", "1679576722", "1245319599")) {
            assertEquals(npi, Npi.optional("npi", npi), npi);
        }
        assertEquals("1234567893", Npi.optional("npi", " 123-456-7893 "));
        assertNull(Npi.optional("npi", "  "));
        ValidationException bad = assertThrows(ValidationException.class, () -> Npi.optional("npi", "1234567890"));
        assertEquals("npi", bad.field());
        assertEquals("npi: NPI 1234567890 fails its check digit", bad.getMessage());
        assertRefused(() -> Npi.optional("npi", "1003000127"), "npi", "NPI 1003000127 fails its check digit");
        assertRefused(() -> Npi.optional("npi", "123456789"), "npi", "an NPI is 10 digits");
        assertRefused(() -> Npi.optional("npi", "12345678AB"), "npi", "an NPI is 10 digits");
    }

    @Test
    void theCheckDigitIsLuhnOverThePrefix80840() {
        assertEquals(3, Npi.checkDigit("123456789"), "CMS's worked example");
        assertEquals(6, Npi.checkDigit("100300012"));
    }

    @Test
    void aTaxIdIsNineDigitsShownWithItsDash() {
        assertEquals("12-3456789", TaxId.optional("taxId", "123456789"));
        assertEquals("12-3456789", TaxId.optional("taxId", "12-3456789"));
        assertNull(TaxId.optional("taxId", ""));
        assertRefused(() -> TaxId.optional("taxId", "12-345678"), "taxId", "9 digits, written 12-3456789");
        assertRefused(() -> TaxId.optional("taxId", "1234567890"), "taxId", "9 digits");
        assertRefused(() -> TaxId.optional("taxId", "123-456789"), "taxId", "9 digits");
        assertRefused(() -> TaxId.optional("taxId", "00-1234567"), "taxId", "no EIN begins with 00");
    }

    @Test
    void visitTypesReadAndWriteTheirStoredText() {
        VisitTypes defaults = VisitTypes.DEFAULTS;
        assertEquals(30, defaults.of(AppointmentType.CHECKUP).minutes());
        assertEquals(20, defaults.of(AppointmentType.FOLLOWUP).minutes());
        assertEquals(20, defaults.of(AppointmentType.SICK_VISIT).minutes());
        assertEquals(15, defaults.of(AppointmentType.VACCINATION).minutes());
        assertEquals(45, defaults.of(AppointmentType.WELLNESS).minutes());
        assertEquals(5, defaults.all().stream().map(VisitType::colour).distinct().count(), "five distinct colours");
        assertEquals(defaults, VisitTypes.parse("visitTypes", defaults.text()));
        assertEquals("checkup 30 #4A7FB5, followup 20 #4E9A8E, sick_visit 20 #C47A5E, vaccination 15 #8A78B8, wellness 45 #6E9A57",
                defaults.text(), "the text the migration gives existing practices");

        VisitTypes read = VisitTypes.parse("visitTypes", "wellness 60 #aabbcc,  checkup 25 #112233");
        assertEquals(60, read.of(AppointmentType.WELLNESS).minutes());
        assertEquals("#AABBCC", read.of(AppointmentType.WELLNESS).colour());
        assertEquals(15, read.of(AppointmentType.VACCINATION).minutes(), "a type left out keeps its default");
        assertTrue(read.text().startsWith("checkup 25 #112233, followup 20"), read.text());
        VisitTypes changed = read.with(new VisitType(AppointmentType.VACCINATION, 10, "#445566"));
        assertEquals("#445566", VisitTypes.parse("visitTypes", changed.text()).of(AppointmentType.VACCINATION).colour());
    }

    @Test
    void badVisitTypesNameThePartAndTheRule() {
        assertRefused(() -> VisitTypes.parse("visitTypes", ""), "visitTypes", "must name the kinds of visit");
        assertRefused(() -> VisitTypes.parse("visitTypes", "checkup thirty #112233"), "visitTypes", "not 'checkup thirty #112233'");
        assertRefused(() -> VisitTypes.parse("visitTypes", "house_call 30 #112233"), "visitTypes", "must be one of");
        assertRefused(() -> VisitTypes.parse("visitTypes", "checkup 30 #112233, checkup 20 #112233"), "visitTypes", "names checkup twice");
        assertRefused(() -> VisitTypes.parse("visitTypes", "checkup 32 #112233"), "visitTypes.checkup", "steps of 5 minutes");
        assertRefused(() -> VisitTypes.parse("visitTypes", "checkup 0 #112233"), "visitTypes.checkup", "5 to 240 minutes");
        assertRefused(() -> VisitTypes.parse("visitTypes", "wellness 245 #112233"), "visitTypes.wellness", "5 to 240 minutes");
        assertRefused(() -> VisitTypes.parse("visitTypes", "checkup 30 blue"), "visitTypes.checkup", "#RRGGBB");
        assertRefused(() -> new VisitType(AppointmentType.FOLLOWUP, 17, "#112233"), "followup.minutes", "steps of 5");
        assertRefused(() -> new VisitType(AppointmentType.FOLLOWUP, 20, "#12345"), "followup.colour", "#RRGGBB");
        assertEquals(240, new VisitType(AppointmentType.WELLNESS, 240, "#112233").minutes());
        assertEquals(5, new VisitType(AppointmentType.VACCINATION, 5, "#112233").minutes());
    }

    @Test
    void aLogoIsASmallRealPngOrJpeg() {
        byte[] png = TestPictures.picture("png", 40, 20);
        PracticeLogo logo = PracticeLogo.of("logo", png);
        assertEquals(PracticeLogo.Format.PNG, logo.format());
        assertEquals(40, logo.width());
        assertEquals(20, logo.height());
        assertArrayEquals(png, PracticeLogo.parse("logo", logo.base64()).bytes());
        assertEquals(PracticeLogo.Format.JPEG, PracticeLogo.of("logo", TestPictures.picture("jpg", 30, 30)).format());

        byte[] large = TestPictures.noise(400, 400);
        assertTrue(large.length > PracticeLogo.MAX_BYTES, "noise does not compress: " + large.length);
        assertRefused(() -> PracticeLogo.of("logo", large), "logo", "a logo may be at most 40 KB");
        assertRefused(() -> PracticeLogo.of("logo", "GIF89a......".getBytes()), "logo", "must be a PNG or JPEG picture");
        assertRefused(() -> PracticeLogo.of("logo", new byte[0]), "logo", "is an empty file");
        byte[] truncated = Arrays.copyOf(png, 20); // a PNG signature and half a header
        assertRefused(() -> PracticeLogo.of("logo", truncated), "logo", "is a damaged PNG picture");
        byte[] headerOnly = Arrays.copyOf(png, 40); // header intact, picture data cut off
        assertRefused(() -> PracticeLogo.of("logo", headerOnly), "logo", "is a damaged PNG picture");
        assertRefused(() -> PracticeLogo.parse("logo", "not base64!"), "logo", "is not a stored picture");
    }

    @Test
    void aPracticeKeepsItsProfileCanonicalAndNamesABadField() {
        UUID id = UUID.randomUUID();
        Practice practice = profile(id, "1234567893", "123456789", new Address("12 Elm St", null, "Springfield", "il", "62701"));
        assertEquals("12-3456789", practice.taxId());
        assertEquals("IL", practice.address().state());
        assertEquals(VisitTypes.DEFAULTS, practice.visitTypeDefaults());
        assertEquals(Practice.of(id, "Maple Pediatrics", "America/Chicago").visitTypes(), VisitTypes.DEFAULTS.text());
        assertNull(Practice.of(id, "Maple Pediatrics", "America/Chicago").address());
        assertNull(profile(id, null, null, new Address(" ", null, null, null, null)).address(), "an empty address is none");

        assertEquals("npi", assertThrows(ValidationException.class, () -> profile(id, "1234567890", null, null)).field());
        assertEquals("taxId", assertThrows(ValidationException.class, () -> profile(id, null, "12345", null)).field());
        assertRefused(() -> profile(id, null, null, new Address("1 Main", null, "Springfield", "Illinois", "62701")),
                "address.state", "two-letter code");
        assertRefused(() -> profile(id, null, null, new Address("1 Main", null, "Springfield", "IL", "6270")),
                "address.postalCode", "12345 or 12345-6789");
        assertRefused(() -> new Practice(id, "Maple", "America/Chicago", WorkingHours.WEEKDAYS.text(), null, null, "call us", null,
                null, null, null, VisitTypes.DEFAULTS.text(), "none"), "phone", "is not a phone number");
        assertRefused(() -> new Practice(id, "Maple", "America/Chicago", WorkingHours.WEEKDAYS.text(), null, null, null, "x",
                null, null, null, VisitTypes.DEFAULTS.text(), "none"), "fax", "is not a phone number");
    }

    @Test
    void theLetterheadTakesTheLegalNameAddressContactsAndIdentifiers() {
        UUID id = UUID.randomUUID();
        Practice bare = Practice.of(id, "Maple Pediatrics", "America/Chicago");
        Letterhead plain = bare.letterhead();
        assertEquals("Maple Pediatrics", plain.title());
        assertEquals(List.of(), plain.lines());
        assertTrue(plain.logo().isEmpty());

        String logo = PracticeLogo.of("logo", TestPictures.picture("png", 10, 10)).base64();
        Practice full = new Practice(id, "Maple Pediatrics", "America/Chicago", WorkingHours.WEEKDAYS.text(),
                "Maple Pediatrics, P.C.", new Address("12 Elm St", "Suite 4", "Springfield", "IL", "62701-1234"),
                "(217) 555-0100", "(217) 555-0101", "12-3456789", "1234567893", logo, VisitTypes.DEFAULTS.text(), "none");
        Letterhead header = full.letterhead();
        assertEquals("Maple Pediatrics, P.C.", header.title());
        assertEquals(List.of("12 Elm St", "Suite 4", "Springfield, IL 62701-1234", "Phone (217) 555-0100 · Fax (217) 555-0101",
                "NPI 1234567893 · Tax ID 12-3456789"), header.lines());
        assertEquals(10, header.logo().orElseThrow().width());
    }

    private static Practice profile(UUID id, String npi, String taxId, Address address) {
        return new Practice(id, "Maple Pediatrics", "America/Chicago", WorkingHours.WEEKDAYS.text(), "Maple Pediatrics, P.C.",
                address, "(217) 555-0100", null, taxId, npi, null, VisitTypes.DEFAULTS.text(), "none");
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable bad, String field, String rule) {
        ValidationException e = assertThrows(ValidationException.class, bad);
        assertEquals(field, e.field(), e.getMessage());
        assertTrue(e.getMessage().contains(rule), e.getMessage());
    }
}
