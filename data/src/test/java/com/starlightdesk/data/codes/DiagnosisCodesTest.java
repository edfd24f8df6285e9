package com.starlightdesk.data.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.data.domain.ValidationException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled ICD-10-CM set: lookup, the field's errors and the picker's search, over the whole real set. */
final class DiagnosisCodesTest {
    private final DiagnosisCodes codes = DiagnosisCodes.icd10cm();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "J069   | J06.9   | Acute upper respiratory infection, unspecified",
        "Z00129 | Z00.129 | Encounter for routine child health examination without abnormal findings",
        "Z00121 | Z00.121 | Encounter for routine child health examination with abnormal findings",
        "H6690  | H66.90  | 'Otitis media, unspecified, unspecified ear'",
        "J45909 | J45.909 | 'Unspecified asthma, uncomplicated'",
        "L209   | L20.9   | 'Atopic dermatitis, unspecified'",
        "Z23    | Z23     | Encounter for immunization"})
    void findsTheSampleRowsWithOrWithoutTheDotInAnyCase(String code, String display, String description) {
        DiagnosisCode expected = new DiagnosisCode(code, description);
        assertEquals(expected, codes.lookup(code).orElseThrow());
        assertEquals(expected, codes.lookup(display).orElseThrow());
        assertEquals(expected, codes.lookup(" " + display.toLowerCase(Locale.ROOT) + " ").orElseThrow());
        assertEquals(expected, codes.require("icd10Code", display));
        assertEquals(display, expected.display());
        assertEquals(display + " " + description, expected.label());
        assertEquals(expected, codes.search(display, 10).get(0), "the exact code comes first");
    }

    @Test
    void holdsEveryBillableCodeOfTheRelease() {
        assertEquals(74_719, codes.size());
        assertTrue(codes.isLoaded());
        assertEquals("S52.501A", codes.lookup("s52501a").orElseThrow().display());
        assertEquals("M1A.0110", codes.lookup("M1A.0110").orElseThrow().display(), "a letter may be the third character");
    }

    @Test
    void refusesHeadersAndOtherTextAtTheField() {
        assertTrue(codes.lookup("J06").isEmpty(), "a category heading is not billable");
        assertTrue(codes.lookup("J06.").isEmpty());
        ValidationException header = assertThrows(ValidationException.class, () -> codes.require("icd10Code", "J06"));
        assertEquals("icd10Code", header.field());
        assertTrue(header.getMessage().startsWith("icd10Code: is a category heading, not a billable code"), header.getMessage());
        ValidationException missing = assertThrows(ValidationException.class, () -> codes.require("icd10Code", "J06.8"));
        assertEquals("icd10Code: is not a billable code of ICD-10-CM FY2026", missing.getMessage());
        ValidationException shape = assertThrows(ValidationException.class, () -> codes.require("icd10Code", "ear ache"));
        assertTrue(shape.getMessage().startsWith("icd10Code: is not an ICD-10-CM code"), shape.getMessage());
        assertEquals("icd10Code: is required", assertThrows(ValidationException.class,
                () -> codes.require("icd10Code", "  ")).getMessage());
        assertTrue(codes.lookup(null).isEmpty());
    }

    @Test
    void searchesByCodePrefixWithOrWithoutTheDot() {
        List<String> j06 = displays(codes.search("J06", 20));
        assertEquals(List.of("J06.0", "J06.9"), j06, "the billable codes under J06, in code order");
        assertEquals(j06, displays(codes.search("J06.", 20)));
        assertEquals(List.of("J06.9"), displays(codes.search("j069", 20)));
        assertEquals(List.of("J06.9"), displays(codes.search("j06.9", 20)));
        List<String> z00 = displays(codes.search("z00.1", 5));
        assertEquals(List.of("Z00.110", "Z00.111", "Z00.121", "Z00.129"), z00);
        List<String> h66 = displays(codes.search("H66", 100));
        assertEquals(h66.stream().sorted().toList(), h66);
        assertTrue(h66.stream().allMatch(c -> c.startsWith("H66.")), h66.toString());
    }

    @Test
    void searchesByEveryTypedWordStartingAWordOfTheDescriptionInAnyOrder() {
        List<DiagnosisCode> otitisMedia = codes.search("otitis media", 10);
        assertEquals(10, otitisMedia.size());
        for (DiagnosisCode c : otitisMedia) {
            String d = c.description().toLowerCase(Locale.ROOT);
            assertTrue(d.contains("otitis") && d.contains("media"), c.label());
        }
        assertTrue(displays(otitisMedia).contains("H66.90"), displays(otitisMedia).toString());
        assertEquals(displays(otitisMedia), displays(codes.search("MEDIA  Otitis", 10)), "any order, any case");
        assertEquals("J45.909", codes.search("asthma unc", 10).get(0).display(), "the shortest description first");
        assertEquals("J45.909", codes.search("unspecified asthma uncomplicated", 1).get(0).display());
        assertTrue(displays(codes.search("otitis", 8)).contains("H66.90"), "descriptions that begin with the word come first");
        assertEquals("L20.9", codes.search("atopic derm", 5).get(0).display());
        assertTrue(codes.search("otitis zebra", 10).isEmpty(), "every typed word must match");
        assertTrue(codes.search("titis", 10).isEmpty(), "a typed word starts a word; it does not match inside one");
        assertTrue(codes.search("crohn's", 5).stream().allMatch(c -> c.description().contains("Crohn's")),
                "an apostrophe is part of the word");
    }

    @Test
    void stopsAtTheLimitAndFindsNothingForBlankText() {
        assertEquals(3, codes.search("fracture", 3).size());
        assertEquals(25, codes.search("a", 25).size());
        assertEquals(List.of(), codes.search("", 10));
        assertEquals(List.of(), codes.search("   ", 10));
        assertEquals(List.of(), codes.search(null, 10));
        assertEquals(List.of(), codes.search(".", 10));
        assertEquals(List.of(), codes.search("otitis", 0));
    }

    @Test
    void answersManyThreadsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> asks = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> codes.search("J06.9", 1).get(0).display(), pool))
                    .toList();
            for (CompletableFuture<String> ask : asks) {
                assertEquals("J06.9", ask.get());
            }
        } finally {
            pool.shutdown();
        }
    }

    private static List<String> displays(List<DiagnosisCode> found) {
        return found.stream().map(DiagnosisCode::display).toList();
    }
}
