package com.starlightdesk.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.starlightdesk.data.immunization.forecast.AdministeredDose;
import com.starlightdesk.data.immunization.forecast.Cvx;
import com.starlightdesk.data.immunization.forecast.Forecaster;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.DoseEvaluation;
import com.starlightdesk.data.immunization.forecast.ImmunizationForecast.VaccineGroupForecast;
import com.starlightdesk.data.immunization.forecast.Patient;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code starlight forecast}: the immunization forecaster over JSON lines. Reads one case per line on standard
 * input and writes one answer per line on standard output, in order, in one JVM; a case that cannot be read
 * gets {@code {"id": ..., "error": "..."}} naming the field, and the next line is read as usual.
 */
@Command(name = "forecast", description = "Evaluate immunization histories and forecast the next doses (CDC CDSi logic,"
        + " supporting data 4.64): reads JSON lines on standard input, one case per line, and writes one JSON line per"
        + " case on standard output. README, Immunization forecast, shows the format.")
final class ForecastCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory FACTORY = JSON.getFactory();

    /** Made on first use: picocli makes every command when the command line starts, whichever one runs. */
    private Forecaster forecaster;

    @Override
    public Integer call() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            out.write(answer(line));
            out.write('\n');
        }
        out.flush();
        return 0;
    }

    /** The answer line for one case line. */
    String answer(String line) {
        if (forecaster == null) {
            forecaster = Forecaster.shipped();
        }
        JsonNode id = null;
        try {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return error(null, "the line is not a JSON object");
            }
            if (node == null || !node.isObject()) {
                return error(null, "the line is not a JSON object");
            }
            id = node.get("id");
            if (id == null || id.isNull()) {
                return error(null, "id is missing");
            }
            LocalDate birthDate = date(node, "birthDate", "birthDate");
            LocalDate assessmentDate = date(node, "assessmentDate", "assessmentDate");
            JsonNode genderNode = node.get("gender");
            Patient.Gender gender;
            try {
                gender = genderNode == null || genderNode.isNull() ? Patient.Gender.UNKNOWN : Patient.Gender.of(genderNode.asText());
            } catch (IllegalArgumentException e) {
                throw new CaseException(e.getMessage());
            }
            Set<String> observations = new LinkedHashSet<>();
            Map<String, LocalDate> observationDates = new HashMap<>();
            JsonNode obs = node.get("observations");
            if (obs != null && !obs.isNull()) {
                if (!obs.isArray()) {
                    throw new CaseException("observations must be a list of observation codes");
                }
                for (int i = 0; i < obs.size(); i++) {
                    JsonNode o = obs.get(i);
                    String field = "observations[" + i + "]";
                    String code;
                    LocalDate date = null;
                    if (o.isObject()) {
                        JsonNode codeNode = o.get("code");
                        if (codeNode == null || codeNode.isNull() || codeNode.asText().isBlank()) {
                            throw new CaseException(field + ".code is missing");
                        }
                        code = codeNode.asText().trim();
                        JsonNode dateNode = o.get("date");
                        if (dateNode != null && !dateNode.isNull()) {
                            date = date(o, "date", field + ".date");
                        }
                    } else if (o.isTextual() || o.isNumber()) {
                        code = o.asText().trim();
                    } else {
                        throw new CaseException(field + " must be an observation code or an object with code and date");
                    }
                    if (!forecaster.knowsObservation(code)) {
                        throw new CaseException(field + " '" + code + "' is not an observation code of the supporting data");
                    }
                    if (date != null && date.isBefore(birthDate)) {
                        throw new CaseException(field + ".date is before the birthDate");
                    }
                    if (date != null && date.isAfter(assessmentDate)) {
                        throw new CaseException(field + ".date is after the assessmentDate");
                    }
                    observations.add(code);
                    if (date != null) {
                        observationDates.merge(code, date, (a, b) -> b.isAfter(a) ? b : a);
                    }
                }
            }
            JsonNode country = node.get("birthCountry");
            if (country != null && !country.isNull() && !country.isTextual()) {
                throw new CaseException("birthCountry must be text, e.g. \"U.S.\"");
            }
            String birthCountry = country == null || country.isNull() ? null : country.asText();
            List<AdministeredDose> doses = new ArrayList<>();
            List<String> given = new ArrayList<>();
            JsonNode list = node.get("doses");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw new CaseException("doses must be a list");
                }
                for (int i = 0; i < list.size(); i++) {
                    JsonNode d = list.get(i);
                    String field = "doses[" + i + "]";
                    if (!d.isObject()) {
                        throw new CaseException(field + " must be an object with cvx and date");
                    }
                    JsonNode cvxNode = d.get("cvx");
                    if (cvxNode == null || cvxNode.isNull() || cvxNode.asText().isBlank()) {
                        throw new CaseException(field + ".cvx is missing");
                    }
                    String cvx;
                    try {
                        cvx = Cvx.normalize(cvxNode.asText());
                    } catch (IllegalArgumentException e) {
                        throw new CaseException(field + ".cvx " + e.getMessage());
                    }
                    JsonNode mvx = d.get("mvx");
                    JsonNode tradeName = d.get("tradeName");
                    if (tradeName != null && !tradeName.isNull() && !tradeName.isTextual()) {
                        throw new CaseException(field + ".tradeName must be text");
                    }
                    JsonNode volume = d.get("volume");
                    if (volume != null && !volume.isNull() && (!volume.isNumber() || new BigDecimal(volume.asText()).signum() <= 0)) {
                        throw new CaseException(field + ".volume must be a number of mL more than 0");
                    }
                    doses.add(new AdministeredDose(cvx, mvx == null || mvx.isNull() ? null : mvx.asText(),
                            date(d, "date", field + ".date"), null, false,
                            tradeName == null || tradeName.isNull() ? null : tradeName.asText(),
                            volume == null || volume.isNull() ? null : new BigDecimal(volume.asText())));
                    given.add(cvxNode.asText().trim());
                }
            }
            ImmunizationForecast result;
            try {
                result = forecaster.forecast(new Patient(birthDate, gender, observations, observationDates, birthCountry), doses, assessmentDate);
            } catch (IllegalArgumentException e) {
                throw new CaseException(e.getMessage());
            }
            return write(id, result, given);
        } catch (CaseException e) {
            return error(id, e.getMessage());
        } catch (RuntimeException e) {
            return error(id, "the forecaster failed on this case (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static LocalDate date(JsonNode node, String name, String field) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new CaseException(field + " is missing");
        }
        try {
            return LocalDate.parse(v.asText().trim());
        } catch (DateTimeParseException e) {
            throw new CaseException(field + " '" + v.asText() + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static String write(JsonNode id, ImmunizationForecast result, List<String> given) {
        StringWriter text = new StringWriter(2048);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartObject();
            g.writeFieldName("id");
            JSON.writeTree(g, id);
            g.writeArrayFieldStart("vaccineGroups");
            for (VaccineGroupForecast v : result.vaccineGroups()) {
                g.writeStartObject();
                g.writeStringField("name", v.name());
                g.writeStringField("status", v.status().words());
                if (v.forecastDose() == null) {
                    g.writeNullField("forecastDose");
                } else {
                    g.writeNumberField("forecastDose", v.forecastDose());
                }
                dateField(g, "earliest", v.earliest());
                dateField(g, "recommended", v.recommended());
                dateField(g, "pastDue", v.pastDue());
                dateField(g, "latest", v.latest());
                dateField(g, "unadjustedRecommended", v.unadjustedRecommended());
                dateField(g, "unadjustedPastDue", v.unadjustedPastDue());
                g.writeArrayFieldStart("vaccines");
                for (String cvx : v.vaccines()) {
                    g.writeString(cvx);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("antigens");
                for (String antigen : v.antigens()) {
                    g.writeString(antigen);
                }
                g.writeEndArray();
                g.writeStringField("seriesType", v.seriesType());
                g.writeArrayFieldStart("reasons");
                for (String r : v.reasons()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("doses");
            for (DoseEvaluation d : result.doses()) {
                g.writeStartObject();
                g.writeNumberField("index", d.index());
                g.writeStringField("cvx", given.get(d.index() - 1));
                g.writeStringField("date", d.date().toString());
                g.writeStringField("antigen", d.antigen());
                g.writeStringField("vaccineGroup", d.vaccineGroup());
                g.writeStringField("evaluation", d.evaluation());
                g.writeStringField("reason", d.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void dateField(JsonGenerator g, String name, LocalDate date) throws IOException {
        if (date == null) {
            g.writeNullField(name);
        } else {
            g.writeStringField(name, date.toString());
        }
    }

    private static String error(JsonNode id, String message) {
        StringWriter text = new StringWriter(128);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.writeStartObject();
            g.writeFieldName("id");
            if (id == null) {
                g.writeNull();
            } else {
                JSON.writeTree(g, id);
            }
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A case that cannot be read, with what is wrong and in which field. */
    private static final class CaseException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CaseException(String message) {
            super(message, null, false, false);
        }
    }
}
