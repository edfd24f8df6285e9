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
