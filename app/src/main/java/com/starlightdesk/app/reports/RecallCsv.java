package com.starlightdesk.app.reports;

import com.starlightdesk.app.parts.CsvTable;
import com.starlightdesk.data.repo.ImmunizationRecall.Child;
import java.util.List;

/**
 * The recall list as a CSV file ({@link CsvTable}: UTF-8 with a byte order mark, formula-looking cells as text), as
 * shown on screen: the rows and order given, one line per child. Stateless.
 */
public final class RecallCsv {
    /** The columns, in the screen's order. */
    public static final List<String> HEADER = List.of("Name", "Age", "Date of birth", "Provider", "Vaccine groups due",
            "Most urgent", "Overdue", "Refused", "Next visit");

    private RecallCsv() {
    }

    /** The file's bytes for {@code children}, each line's cells from {@code words}. */
    public static byte[] of(List<Child> children, RecallWords words) {
        return new CsvTable(HEADER, children.stream().map(c -> List.of(c.displayName(), words.age(c), words.date(c.dateOfBirth()),
                words.provider(c), words.groups(c), words.date(c.mostUrgent()), c.isOverdue() ? "Yes" : "No", words.refused(c),
                words.nextVisit(c))).toList()).bytes();
    }
}
