package com.starlightdesk.app.patients;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What a search that found no one was given, read as a new patient's fields. */
final class TypedPatientTest {

    @Test
    void theLastWordIsTheLastNameAndTheWordsBeforeItTheFirstName() {
        assertEquals(new TypedPatient("Uma", "K", "", null), TypedPatient.of("Uma K"));
        assertEquals(new TypedPatient("Uma Rose", "Kim", "", null), TypedPatient.of("  Uma   Rose Kim "));
        assertEquals(new TypedPatient("", "Kim", "", null), TypedPatient.of("Kim"), "one word is the last name");
    }

    @Test
    void aCommaPutsTheLastNameFirstAsTheListsShowIt() {
        assertEquals(new TypedPatient("Uma", "Kim", "", null), TypedPatient.of("Kim, Uma"));
        assertEquals(new TypedPatient("Uma Rose", "Kim", "", null), TypedPatient.of("Kim,Uma Rose"));
    }

    @Test
    void digitsAreThePhoneAndADateTheBirthDate() {
        assertEquals(new TypedPatient("", "", "(630) 555-0199", null), TypedPatient.of("(630) 555-0199"));
        assertEquals(new TypedPatient("", "", "", LocalDate.of(2019, 4, 2)), TypedPatient.of("4/2/2019"));
        assertEquals(new TypedPatient("Uma", "Kim", "630-555-0199", LocalDate.of(2019, 4, 2)),
                TypedPatient.of("Uma Kim 2019-04-02 630-555-0199"));
    }

    @Test
    void aDateThatIsNoDayIsLeftOut() {
        assertEquals(new TypedPatient("", "Uma", "", null), TypedPatient.of("Uma 2/30/2019"));
    }

    @Test
    void nothingTypedFillsNothing() {
        assertEquals(TypedPatient.NOTHING, TypedPatient.of(null));
        assertEquals(TypedPatient.NOTHING, TypedPatient.of("   "));
    }
}
