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
import com.starlightdesk.data.domain.MedicalRecord;
import com.starlightdesk.data.domain.Patient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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
}
