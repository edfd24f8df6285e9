package com.starlightdesk.app.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.starlightdesk.app.chart.OpenChart;
import com.starlightdesk.app.concurrent.CurrentThreadTaskExecutor;
import com.starlightdesk.app.session.PracticeStores;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.testing.TestStores;
import com.starlightdesk.data.domain.AuditAction;
import com.starlightdesk.data.domain.ChartPart;
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import com.starlightdesk.data.repo.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Print menu's work: what a chart offers, the file written only where chosen, and what the desk is told. */
final class PrintViewModelTest {
    @TempDir
    static Path dir;
    @TempDir
    Path chosen;
    private static Session session;

    @BeforeAll
    static void demo() throws IOException {
        PracticeStores stores = TestStores.in(dir.resolve("store"), Clock.systemUTC());
        session = TestStores.demo(stores);
    }

    @AfterAll
    static void close() {
        session.close();
    }

    private static PrintViewModel opened(OpenChart chart) {
        Patient child = session.data().patients().byStatus("active", 500, 0).stream()
                .filter(p -> session.data().rereadChart(p.id()).records().stream().anyMatch(MedicalRecord::isSigned))
                .findFirst().orElseThrow();
        PrintViewModel printing = new PrintViewModel(chart, session, new CurrentThreadTaskExecutor(), Clock.systemUTC(), new SystemViewer());
        chart.open(child.id());
        return printing;
    }

    @Test
    void theLastVisitsSummaryIsWrittenToTheChosenFileOnlyAndTheDeskIsToldWhere() throws IOException {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        PrintViewModel printing = opened(chart);
        assertTrue(printing.canPrint(), "an admin prints");
        assertFalse(printing.visits().isEmpty());
        VisitSummary.SignedVisit last = printing.visits().get(0);
        String name = printing.fileName(last);
        Patient child = chart.readProperty().get().patient();
        assertFalse(name.contains(child.lastName()) || name.contains(child.firstName()), "no name of the child in the file's name");

        Path file = chosen.resolve(name);
        printing.printVisitSummary(last, file);

        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(Files.readAllBytes(file), 4));
        try (Stream<Path> files = Files.list(chosen)) {
            assertEquals(List.of(file), files.toList(), "nothing else left in the folder");
        }
        assertTrue(printing.newsProperty().get().startsWith("Visit summary saved to " + file.toAbsolutePath()),
                printing.newsProperty().get());
        assertFalse(printing.busyProperty().get());
    }

    @Test
    void aGrowthChartReplacesAFileOfTheSameName() throws IOException {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        PrintViewModel printing = opened(chart);
        GrowthChart.Choice first = printing.growthCharts().get(0);
        Path file = chosen.resolve(printing.fileName(first));
        Files.writeString(file, "an older printout");

        printing.printGrowthChart(first, file);

        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(Files.readAllBytes(file), 4));
        assertTrue(PrintSamples.text(Files.readAllBytes(file)).contains(chart.readProperty().get().patient().lastName()));
        try (Stream<Path> files = Files.list(chosen)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenIsToldWithoutTheChildsDetails() {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        PrintViewModel printing = opened(chart);
        Path nowhere = chosen.resolve("missing folder").resolve("Visit summary.pdf");

        printing.printVisitSummary(printing.visits().get(0), nowhere);

        String news = printing.newsProperty().get();
        assertTrue(news.startsWith("Visit summary could not be written"), news);
        assertFalse(news.contains(chart.readProperty().get().patient().lastName()));
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void theImmunizationRecordGoesOnlyToTheChosenFileUnderANameWithoutTheChildsAndIsRecordedAsAReadOfTheImmunizations()
            throws IOException {
        OpenChart chart = new OpenChart(session, new CurrentThreadTaskExecutor());
        PrintViewModel printing = opened(chart);
        Patient child = chart.readProperty().get().patient();
        String name = printing.immunizationRecordFileName();
        assertTrue(name.matches("Immunization record \\d{4}-\\d{2}-\\d{2}\\.pdf"), name);
        assertFalse(name.contains(child.firstName()) || name.contains(child.lastName()) || name.contains(child.dateOfBirth().toString()),
                "nothing of the child in the file's name");
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> tempBefore = files(temp);
        int readsBefore = immunizationReads(child);

        Path file = chosen.resolve(name);
        printing.printImmunizationRecord(file);

        byte[] pdf = Files.readAllBytes(file);
        assertArrayEquals("%PDF".getBytes(), Arrays.copyOf(pdf, 4));
        String text = PrintSamples.text(pdf);
        assertTrue(text.contains("Immunization record") && text.contains(child.firstName() + " " + child.lastName()), "the child's record");
        try (Stream<Path> files = Files.list(chosen)) {
            assertEquals(List.of(file), files.toList(), "nothing else left in the folder");
        }
        for (Path added : files(temp)) {
            if (!tempBefore.contains(added) && Files.isRegularFile(added) && Files.isReadable(added) && Files.size(added) < 50_000_000) {
                String bytes = new String(Files.readAllBytes(added), StandardCharsets.ISO_8859_1);
                assertFalse(bytes.contains(child.lastName()), "no copy of the record in the temporary folder: " + added.getFileName());
            }
        }
        assertEquals(readsBefore + 1, immunizationReads(child), "the printing is in the audit log as a read of the immunizations");
        assertTrue(printing.newsProperty().get().startsWith("Immunization record saved to " + file.toAbsolutePath()),
                printing.newsProperty().get());
    }

    private static Set<Path> files(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new HashSet<>(files.toList());
        }
    }

    private static int immunizationReads(Patient child) {
        AtomicInteger reads = new AtomicInteger();
        session.data().forEachRow(Tables.AUDIT_LOG, e -> {
            if (e.action() == AuditAction.READ && child.id().equals(e.patientId()) && e.chartSection() == ChartPart.IMMUNIZATIONS) {
                reads.incrementAndGet();
            }
        });
        return reads.get();
    }
}
