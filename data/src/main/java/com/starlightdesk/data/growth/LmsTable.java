package com.starlightdesk.data.growth;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * One LMS table read from its resource: for each sex, the tabulated x (ascending) with L, M and S.
 * Between two tabulated x the parameters are interpolated linearly; outside the table there are none.
 * Immutable once read; thread-safe.
 */
final class LmsTable {
    private final Map<Sex, double[][]> rows;

    private LmsTable(Map<Sex, double[][]> rows) {
        this.rows = rows;
    }

    /** Reads {@code table}'s CSV: header row (repeated header rows are skipped), CRLF or LF. */
    static LmsTable read(GrowthTable table) {
        try (InputStream in = LmsTable.class.getResourceAsStream(table.file())) {
            if (in == null) {
                throw new IllegalStateException("growth table resource missing: " + table.file());
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8), table.file());
        } catch (IOException e) {
            throw new UncheckedIOException("growth table unreadable: " + table.file(), e);
        }
    }

    static LmsTable parse(Reader reader, String name) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).build();
        Map<Sex, List<double[]>> bySex = new EnumMap<>(Sex.class);
        for (CSVRecord record : format.parse(reader)) {
            String sexCode = record.get(0);
            if (sexCode.isEmpty() || sexCode.equalsIgnoreCase("Sex")) {
                continue;
            }
            Sex sex = Sex.ofTableCode(Integer.parseInt(sexCode));
            double[] row = {Double.parseDouble(record.get(1)), Double.parseDouble(record.get("L")),
                Double.parseDouble(record.get("M")), Double.parseDouble(record.get("S"))};
            List<double[]> list = bySex.computeIfAbsent(sex, s -> new ArrayList<>());
            if (!list.isEmpty() && row[0] <= list.get(list.size() - 1)[0]) {
                throw new IllegalStateException(name + ": x does not increase at line " + record.getRecordNumber());
            }
            new Lms(row[1], row[2], row[3]);
            list.add(row);
        }
        Map<Sex, double[][]> rows = new EnumMap<>(Sex.class);
        for (Sex sex : Sex.values()) {
            List<double[]> list = bySex.get(sex);
            if (list == null || list.size() < 2) {
                throw new IllegalStateException(name + ": no rows for " + sex);
            }
            double[][] columns = new double[4][list.size()];
            for (int i = 0; i < list.size(); i++) {
                for (int c = 0; c < 4; c++) {
                    columns[c][i] = list.get(i)[c];
                }
            }
            rows.put(sex, columns);
        }
        return new LmsTable(rows);
    }

    double firstX(Sex sex) {
        return rows.get(sex)[0][0];
    }

    double lastX(Sex sex) {
        double[] xs = rows.get(sex)[0];
        return xs[xs.length - 1];
    }

    /** The tabulated x values for {@code sex}, ascending (a copy). */
    double[] xs(Sex sex) {
        return rows.get(sex)[0].clone();
    }

    /** L, M and S at {@code x}: a row's own where tabulated, linear between rows, none outside the table. */
    Optional<Lms> at(Sex sex, double x) {
        double[][] c = rows.get(sex);
        double[] xs = c[0];
        int n = xs.length;
        if (!(x >= xs[0] && x <= xs[n - 1])) {
            return Optional.empty();
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (xs[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        if (x == xs[lo]) {
            return Optional.of(new Lms(c[1][lo], c[2][lo], c[3][lo]));
        }
        if (x == xs[hi]) {
            return Optional.of(new Lms(c[1][hi], c[2][hi], c[3][hi]));
        }
        double t = (x - xs[lo]) / (xs[hi] - xs[lo]);
        return Optional.of(Lms.between(new Lms(c[1][lo], c[2][lo], c[3][lo]), new Lms(c[1][hi], c[2][hi], c[3][hi]), t));
    }
}
