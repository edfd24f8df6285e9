package com.starlightdesk.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./starlight forecast}: JSON lines in, one answer line per case out, in order; unreadable cases answered with an error. */
class ForecastCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ForecastCommand COMMAND = new ForecastCommand();

    private static JsonNode answer(String line) throws Exception {
        return JSON.readTree(COMMAND.answer(line));
    }

    private static String error(String line) throws Exception {
        JsonNode a = answer(line);
        assertTrue(a.has("error"), a.toString());
        return a.get("error").asText();
    }

    @Test
    void answersACaseWithVaccineGroupsAndDoseEvaluations() throws Exception {
        JsonNode a = answer("{\"id\": \"case-1\", \"birthDate\": \"2025-09-06\", \"gender\": \"F\", \"assessmentDate\": \"2025-11-10\","
                + " \"doses\": [{\"cvx\": \"107\", \"mvx\": \"SKB\", \"date\": \"2025-10-18\"}]}");
        assertEquals("case-1", a.get("id").asText());
        JsonNode dtap = null;
        for (JsonNode g : a.get("vaccineGroups")) {
            if (g.get("name").asText().equals("DTaP/Tdap/Td")) {
                dtap = g;
            }
        }
        assertEquals("Not Complete", dtap.get("status").asText());
        assertEquals(2, dtap.get("forecastDose").asInt());
        assertEquals("2025-11-15", dtap.get("earliest").asText());
        assertEquals("2026-01-06", dtap.get("recommended").asText());
        assertEquals("2026-03-05", dtap.get("pastDue").asText());
        assertTrue(dtap.get("latest").isNull());
        assertTrue(dtap.get("vaccines").isArray());
        assertEquals("2026-01-06", dtap.get("unadjustedRecommended").asText());
        assertEquals("2026-03-05", dtap.get("unadjustedPastDue").asText());
        assertEquals(3, dtap.get("antigens").size(), "diphtheria, tetanus and pertussis all need dose 2");
        assertEquals(3, a.get("doses").size(), "one entry per dose and antigen");
        JsonNode first = a.get("doses").get(0);
        assertEquals(1, first.get("index").asInt());
        assertEquals("107", first.get("cvx").asText());
        assertEquals("Diphtheria", first.get("antigen").asText());
        assertEquals("DTaP/Tdap/Td", first.get("vaccineGroup").asText());
        assertEquals("Valid", first.get("evaluation").asText());
        assertTrue(first.get("reason").isNull());
    }

    @Test
    void keepsTheCvxAsGivenAndTheIdAsItCame() throws Exception {
        JsonNode a = answer("{\"id\": 7, \"birthDate\": \"2024-01-01\", \"assessmentDate\": \"2025-02-01\","
                + " \"doses\": [{\"cvx\": \"003\", \"date\": \"2025-01-05\"}], \"observations\": []}");
        assertEquals(7, a.get("id").asInt());
        assertEquals("003", a.get("doses").get(0).get("cvx").asText());
        assertEquals("Measles", a.get("doses").get(0).get("antigen").asText());
    }

    @Test
    void namesTheFieldOfACaseThatCannotBeRead() throws Exception {
        assertEquals("the line is not a JSON object", error("not json"));
        assertEquals("id is missing", error("{\"birthDate\": \"2024-01-01\"}"));
        assertEquals("birthDate is missing", error("{\"id\": 1, \"assessmentDate\": \"2024-01-01\"}"));
        assertEquals("birthDate '2024-02-30' is not a date (YYYY-MM-DD)",
                error("{\"id\": 1, \"birthDate\": \"2024-02-30\", \"assessmentDate\": \"2024-03-01\"}"));
        assertEquals("assessmentDate is missing", error("{\"id\": 1, \"birthDate\": \"2024-01-01\"}"));
        assertEquals("gender must be F, M or U, not 'X'",
                error("{\"id\": 1, \"birthDate\": \"2024-01-01\", \"assessmentDate\": \"2024-03-01\", \"gender\": \"X\"}"));
        assertEquals("observations[1] '999' is not an observation code of the supporting data",
                error("{\"id\": 1, \"birthDate\": \"2024-01-01\", \"assessmentDate\": \"2024-03-01\", \"observations\": [\"080\", \"999\"]}"));
        String base = "{\"id\": 1, \"birthDate\": \"2024-01-01\", \"assessmentDate\": \"2024-03-01\", \"doses\": ";
        assertEquals("doses[0].cvx is missing", error(base + "[{\"date\": \"2024-02-15\"}]}"));
        assertEquals("doses[0].cvx CVX code 'DTaP' is not a number", error(base + "[{\"cvx\": \"DTaP\", \"date\": \"2024-02-15\"}]}"));
        assertEquals("doses[1].date is missing", error(base + "[{\"cvx\": \"20\", \"date\": \"2024-02-15\"}, {\"cvx\": \"20\"}]}"));
        assertEquals("doses[0].cvx 9999 is not a CVX code of the supporting data",
                error(base + "[{\"cvx\": \"9999\", \"date\": \"2024-02-15\"}]}"));
        assertEquals("doses[0].date is after the assessmentDate", error(base + "[{\"cvx\": \"20\", \"date\": \"2024-04-15\"}]}"));
        assertEquals(1, answer(base + "[{\"cvx\": \"9999\", \"date\": \"2024-02-15\"}]}").get("id").asInt());
    }

    private static JsonNode group(JsonNode answer, String name, String seriesType) {
        for (JsonNode g : answer.get("vaccineGroups")) {
            if (g.get("name").asText().equals(name) && g.get("seriesType").asText().equals(seriesType)) {
                return g;
            }
        }
        throw new AssertionError("no " + seriesType + " " + name + " in " + answer);
    }

    @Test
    void observationsMayCarryTheirDatesAndPlainCodesStillRead() throws Exception {
        // pregnant (007, a plain code) with onset of pregnancy (170) on 3 March 2025: Tdap 27 weeks after it
        String pregnant = "{\"id\": 1, \"birthDate\": \"2009-01-10\", \"gender\": \"F\", \"assessmentDate\": \"2025-04-01\","
                + " \"observations\": [\"007\", {\"code\": \"170\", \"date\": \"2025-03-03\"}]}";
        JsonNode tdap = group(answer(pregnant), "DTaP/Tdap/Td", "Risk");
        assertEquals("2025-09-08", tdap.get("earliest").asText());
        assertEquals("2025-11-09", tdap.get("pastDue").asText());
        // an object without a date is an active observation with no date
        JsonNode undated = group(answer(pregnant.replace(", \"date\": \"2025-03-03\"", "")), "DTaP/Tdap/Td", "Risk");
        assertTrue(undated.get("pastDue").isNull());
        String base = "{\"id\": 1, \"birthDate\": \"2009-01-10\", \"assessmentDate\": \"2025-04-01\", \"observations\": ";
        assertEquals("observations[0].code is missing", error(base + "[{\"date\": \"2025-03-03\"}]}"));
        assertEquals("observations[0].date '3/3/2025' is not a date (YYYY-MM-DD)",
                error(base + "[{\"code\": \"170\", \"date\": \"3/3/2025\"}]}"));
        assertEquals("observations[1].date is after the assessmentDate",
                error(base + "[\"007\", {\"code\": \"170\", \"date\": \"2025-05-03\"}]}"));
        assertEquals("observations[0].date is before the birthDate", error(base + "[{\"code\": \"170\", \"date\": \"2008-05-03\"}]}"));
        assertEquals("observations[0] '999' is not an observation code of the supporting data",
                error(base + "[{\"code\": \"999\", \"date\": \"2025-03-03\"}]}"));
        assertEquals("observations[0] must be an observation code or an object with code and date", error(base + "[[\"170\"]]}"));
    }

    @Test
    void aBirthCountryMeetsTheVaricellaBirthDateImmunity() throws Exception {
        String born1975 = "{\"id\": 1, \"birthDate\": \"1975-06-01\", \"assessmentDate\": \"2025-01-15\"";
        assertEquals("Immune", group(answer(born1975 + ", \"birthCountry\": \"U.S.\"}"), "Varicella", "Standard").get("status").asText());
        assertEquals("Not Complete", group(answer(born1975 + "}"), "Varicella", "Standard").get("status").asText());
        assertEquals("birthCountry must be text, e.g. \"U.S.\"", error(born1975 + ", \"birthCountry\": 840}"));
    }

    @Test
    void aDoseMayCarryItsTradeNameAndVolume() throws Exception {
        String base = "{\"id\": 1, \"birthDate\": \"2024-01-01\", \"assessmentDate\": \"2024-03-05\", \"doses\": ";
        JsonNode half = answer(base + "[{\"cvx\": \"20\", \"date\": \"2024-03-01\", \"volume\": 0.25}]}");
        assertEquals("Volume administered is less than recommended volume", half.get("doses").get(0).get("reason").asText());
        String teen = "{\"id\": 2, \"birthDate\": \"2011-01-01\", \"assessmentDate\": \"2023-09-01\", \"doses\": ["
                + "{\"cvx\": \"43\", \"date\": \"2023-02-01\", \"tradeName\": \"ENGERIX-B ADULT\"},"
                + " {\"cvx\": \"43\", \"date\": \"2023-08-01\", \"tradeName\": \"ENGERIX-B ADULT\"}]}";
        assertEquals("Not Complete", group(answer(teen), "HepB", "Standard").get("status").asText());
        assertEquals("Complete", group(answer(teen.replace("ENGERIX-B", "RECOMBIVAX")), "HepB", "Standard").get("status").asText());
        assertEquals("doses[0].volume must be a number of mL more than 0",
                error(base + "[{\"cvx\": \"20\", \"date\": \"2024-03-01\", \"volume\": \"half\"}]}"));
        assertEquals("doses[0].volume must be a number of mL more than 0",
                error(base + "[{\"cvx\": \"20\", \"date\": \"2024-03-01\", \"volume\": 0}]}"));
        assertEquals("doses[0].tradeName must be text", error(base + "[{\"cvx\": \"20\", \"date\": \"2024-03-01\", \"tradeName\": 5}]}"));
    }

    @Test
    void runsManyCasesInOrderInOneProcess(@TempDir Path data) throws Exception {
        String good = "{\"id\": \"a\", \"birthDate\": \"2024-01-01\", \"assessmentDate\": \"2024-03-01\", \"doses\": []}\n";
        String stdin = good + "{\"id\": \"b\", \"birthDate\": \"yesterday\"}\n\n" + good.replace("\"a\"", "\"c\"");
        Starlight.Run run = new Starlight(data).run(Map.of(), stdin, "forecast");
        assertEquals(0, run.exit(), run.err());
        String[] lines = run.out().split("\n");
        assertEquals(3, lines.length, run.out());
        assertEquals("a", JSON.readTree(lines[0]).get("id").asText());
        assertEquals("birthDate 'yesterday' is not a date (YYYY-MM-DD)", JSON.readTree(lines[1]).get("error").asText());
        assertEquals("c", JSON.readTree(lines[2]).get("id").asText());
        assertFalse(JSON.readTree(lines[2]).has("error"));
        assertEquals(lines[0].replace("\"a\"", "\"c\""), lines[2]);
    }
}
