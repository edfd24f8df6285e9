package com.starlightdesk.data.transfer;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.Table;
import com.starlightdesk.data.repo.Tables;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Exports any table of a practice to CSV or JSON and imports such files back. Import upserts by id,
 * so an exported file re-imports to the same state; each row is written in its own transaction
 * (with its outbox entry), so a bad row is reported by line and the good rows are kept, and no row is
 * ever half-written. Exports and imports are audited. Thread-safe.
 */
public final class TableTransfer {
    private final PracticeData data;

    public TableTransfer(PracticeData data) {
        this.data = data;
    }

    /** Writes every live row of {@code table} to {@code out}; returns the row count. */
    public <R extends Record> long export(Table<R> table, TransferFormat format, Writer out) throws IOException {
        long rows;
        if (format == TransferFormat.CSV) {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(columnNames(table)).build());
            rows = data.forEachRow(table, row -> {
                try {
                    csv.printRecord(RowCodec.toText(table, row).values());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } else {
            JsonGenerator json = RowCodec.JSON.getFactory().createGenerator(out).useDefaultPrettyPrinter();
            json.writeStartArray();
            rows = data.forEachRow(table, row -> {
                try {
                    json.writeStartObject();
                    for (Map.Entry<String, String> field : RowCodec.toText(table, row).entrySet()) {
                        json.writeFieldName(field.getKey());
                        writeJsonValue(json, table.column(field.getKey()), field.getValue());
                    }
                    json.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            json.writeEndArray();
            json.flush();
        }
        data.writeAll(c -> c.auditBulk(AuditAction.EXPORT, table.name()));
        return rows;
    }

    /** Reads rows of {@code table} from {@code in} and upserts each good one; reports the rest. */
    public <R extends Record> ImportReport importRows(Table<R> table, TransferFormat format, Reader in) throws IOException {
        if (table == Tables.PRACTICES || table == Tables.AUDIT_LOG) {
            throw new IllegalArgumentException(table.name() + " cannot be imported");
        }
        Counter counter = new Counter();
        if (format == TransferFormat.CSV) {
            CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).build().parse(in);
            Set<String> unknown = new TreeSet<>(parser.getHeaderNames());
            unknown.removeAll(List.of(columnNames(table)));
            if (!unknown.isEmpty()) {
                return new ImportReport(0, 0, List.of(new ImportReport.RowError(1, null,
                        "unknown column(s) " + unknown + "; " + table.name() + " has " + List.of(columnNames(table)))));
            }
            for (CSVRecord record : parser) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String column : parser.getHeaderNames()) {
                    fields.put(column, record.isSet(column) ? record.get(column) : null);
                }
                importOne(table, fields, record.getRecordNumber() + 1, counter);
            }
        } else {
            JsonParser json = RowCodec.JSON.getFactory().createParser(in);
            if (json.nextToken() != JsonToken.START_ARRAY) {
                return new ImportReport(0, 0, List.of(new ImportReport.RowError(1, null, "a JSON import is an array of objects")));
            }
            long number = 0;
            while (json.nextToken() == JsonToken.START_OBJECT) {
                number++;
                JsonNode node = RowCodec.JSON.readTree(json);
                Map<String, String> fields = new LinkedHashMap<>();
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    JsonNode v = e.getValue();
                    fields.put(e.getKey(), v.isNull() ? null : v.isContainerNode() ? v.toString() : v.asText());
                }
                Set<String> unknown = new TreeSet<>(fields.keySet());
                unknown.removeAll(List.of(columnNames(table)));
                if (!unknown.isEmpty()) {
                    counter.errors.add(new ImportReport.RowError(number, null, "unknown field(s) " + unknown));
                    continue;
                }
                importOne(table, fields, number, counter);
            }
        }
        if (counter.inserted + counter.updated > 0) {
            data.writeAll(c -> c.auditBulk(AuditAction.IMPORT, table.name()));
        }
        return new ImportReport(counter.inserted, counter.updated, counter.errors);
    }

    private <R extends Record> void importOne(Table<R> table, Map<String, String> fields, long line, Counter counter) {
        if (fields.get("id") == null || fields.get("id").isBlank()) {
            fields.put("id", Ids.next().toString());
        }
        try {
            R row = RowCodec.fromText(table, fields);
            boolean inserted = data.write(c -> c.upsert(row));
            if (inserted) {
                counter.inserted++;
            } else {
                counter.updated++;
            }
        } catch (ValidationException e) {
            counter.errors.add(new ImportReport.RowError(line, e.field(), e.getMessage().substring(e.field().length() + 2)));
        } catch (IllegalStateException e) {
            counter.errors.add(new ImportReport.RowError(line, null, "that row was deleted in this practice"));
        } catch (RuntimeException e) {
            counter.errors.add(new ImportReport.RowError(line, null, "refused by the database (" + sqlState(e)
                    + "): a referenced row is missing or a rule of the table is broken"));
        }
    }

    private static String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "SQL state " + sql.getSQLState();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static void writeJsonValue(JsonGenerator json, Table.Column column, String text) throws IOException {
        Class<?> type = column.storedType();
        if (text == null) {
            json.writeNull();
        } else if (type == Boolean.class) {
            json.writeBoolean(Boolean.parseBoolean(text));
        } else if (type == Integer.class) {
            json.writeNumber(Integer.parseInt(text));
        } else if (column.json()) {
            json.writeTree(RowCodec.JSON.readTree(text));
        } else {
            json.writeString(text);
        }
    }

    private static String[] columnNames(Table<?> table) {
        return table.columns().stream().map(Table.Column::name).toArray(String[]::new);
    }

    private static final class Counter {
        int inserted;
        int updated;
        final List<ImportReport.RowError> errors = new ArrayList<>();
    }
}
