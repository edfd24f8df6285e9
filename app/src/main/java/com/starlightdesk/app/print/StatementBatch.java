package com.starlightdesk.app.print;

import com.starlightdesk.data.billing.HouseholdStatement;
import com.starlightdesk.data.domain.Practice;
import com.starlightdesk.data.domain.ValidationException;
import com.starlightdesk.data.repo.PracticeData;
import com.starlightdesk.data.repo.StatementQueries.HouseholdBalance;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * A month's statements: one PDF per household whose balance at the month's end is above zero, written into a folder
 * the user chose as {@code statement-2026-12-3F9A1C2B.pdf} (the month and the account number: no one's name in a file
 * name). Each file is written whole or not at all ({@link DocumentFile}); a folder that does not exist or cannot be
 * written is refused at {@code folder} before anything is read. Stateless; blocks on the store and the disk.
 */
public final class StatementBatch {
    private StatementBatch() {
    }

    /** What a batch wrote: the files, and what their households owed in all. */
    public record Written(YearMonth month, List<Path> files, BigDecimal owed) {
        public Written {
            files = List.copyOf(files);
        }
    }

    /**
     * Writes the statements of {@code month} for every household with a balance into {@code folder}, telling
     * {@code progress} how many are done after each. Refused at {@code folder} when it is no folder this desk can write in.
     */
    public static Written write(PracticeData data, YearMonth month, Path folder, IntConsumer progress) throws IOException {
        Path out = checkedFolder(folder);
        Practice practice = data.office().practice().orElseThrow();
        LocalDate today = LocalDate.now(data.clock().withZone(practice.zone()));
        List<HouseholdBalance> owing = data.statements().withBalance(month.atEndOfMonth());
        List<Path> files = new ArrayList<>();
        BigDecimal owed = BigDecimal.ZERO.setScale(2);
        for (HouseholdBalance h : owing) {
            HouseholdStatement statement = data.statements().of(h.household(), month.atDay(1), month.atEndOfMonth());
            StatementSheet sheet = StatementSheet.of(practice.letterhead(), statement, today);
            Path file = out.resolve(StatementSheet.fileName(month, h.household()));
            StatementDocument.write(file, sheet);
            files.add(file);
            owed = owed.add(statement.closingBalance());
            progress.accept(files.size());
        }
        return new Written(month, files, owed);
    }

    /** {@code folder} as an absolute path, or a refusal at {@code folder} saying what is wrong with it. */
    public static Path checkedFolder(Path folder) {
        if (folder == null) {
            throw new ValidationException("folder", "is required");
        }
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.exists(dir)) {
            throw new ValidationException("folder", "does not exist: " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new ValidationException("folder", "is a file, not a folder: " + dir);
        }
        if (!Files.isWritable(dir)) {
            throw new ValidationException("folder", "cannot be written to from this account: " + dir);
        }
        return dir;
    }
}
