package com.starlightdesk.data.repo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.starlightdesk.data.domain.Address;
import com.starlightdesk.data.domain.Coded;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Converts between domain values and the values the data layer binds and records in the outbox:
 * coded enums as their code, addresses as canonical JSON, everything else as itself. Stateless.
 */
public final class StoredValues {
    static final ObjectMapper JSON = JsonMapper.builder().build();

    private StoredValues() {
    }

    static Object toStored(Object value) {
        if (value instanceof Coded coded) {
            return coded.code();
        }
        if (value instanceof Address address) {
            return addressJson(address);
        }
        return value;
    }

    static String addressJson(Address address) {
        try {
            return JSON.writeValueAsString(address);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Address address(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, Address.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored address is not valid JSON", e);
        }
    }

    /** A stored value as it is written into an outbox entry's JSON. */
    static Object toOutbox(Object stored) {
        if (stored == null || stored instanceof Boolean || stored instanceof Integer || stored instanceof Long) {
            return stored;
        }
        if (stored instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (stored instanceof Instant || stored instanceof LocalDate || stored instanceof UUID || stored instanceof String) {
            return stored.toString();
        }
        throw new IllegalArgumentException("Unsupported stored type " + stored.getClass().getSimpleName());
    }
}
