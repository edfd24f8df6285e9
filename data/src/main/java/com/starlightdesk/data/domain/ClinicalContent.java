package com.starlightdesk.data.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * The JSON body of a clinical record (a SOAP note's subjective/objective/assessment/plan, a vaccine's
 * lot and site, ...). Kept in one canonical form (keys sorted, no spaces) so the same content reads
 * back equal from H2 and from PostgreSQL {@code jsonb}. Stateless.
 */
public final class ClinicalContent {
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .nodeFactory(new com.fasterxml.jackson.databind.node.JsonNodeFactory(true))
            .build();
    private static final int MAX_CHARS = 200_000;

    private ClinicalContent() {
    }

    /** Validates {@code text} as a JSON object and returns its canonical form. */
    public static String canonical(String field, String text) {
        Fields.required(field, text);
        if (text.length() > MAX_CHARS) {
            throw new ValidationException(field, "is longer than " + MAX_CHARS + " characters");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ValidationException(field, "is not valid JSON");
        }
        if (node == null || !node.isObject()) {
            throw new ValidationException(field, "must be a JSON object");
        }
        return write(sorted((ObjectNode) node));
    }

    /** Builds canonical content from a map of fields. */
    public static String of(Map<String, ?> fields) {
        return canonical("content", write(JSON.valueToTree(fields)));
    }

    /** Reads one text field of canonical content, or null. */
    public static String field(String content, String name) {
        try {
            JsonNode value = JSON.readTree(content).get(name);
            return value == null || value.isNull() ? null : value.asText();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored content is not JSON", e);
        }
    }

    /** Reads one list field of canonical content as text values (empty when absent). */
    public static java.util.List<String> list(String content, String name) {
        try {
            JsonNode value = JSON.readTree(content).get(name);
            java.util.List<String> out = new java.util.ArrayList<>();
            if (value != null && value.isArray()) {
                value.forEach(v -> out.add(v.asText()));
            }
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored content is not JSON", e);
        }
    }

    private static ObjectNode sorted(ObjectNode node) {
        ObjectNode out = JSON.createObjectNode();
        java.util.List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        java.util.Collections.sort(names);
        for (String name : names) {
            JsonNode child = node.get(name);
            out.set(name, child.isObject() ? sorted((ObjectNode) child) : child);
        }
        return out;
    }

    private static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
