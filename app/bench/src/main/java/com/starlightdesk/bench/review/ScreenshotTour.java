package com.starlightdesk.bench.review;

import com.starlightdesk.app.desktop.AppServices;
import com.starlightdesk.app.desktop.DesktopWindow;
import com.starlightdesk.app.parts.PatientPicker;
import com.starlightdesk.app.reports.ReportPage;
import com.starlightdesk.app.testing.DemoStore;
import com.starlightdesk.data.store.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.robot.Robot;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the real app on a data folder holding the demo practice, walks sign-in, the calendar's week
 * (and a visit's tooltip, hovered with the real mouse), month and day, a patient summary, the
 * Conflicts screen, the own-password form, each page of Settings and the lock screen; then makes a new
 * practice and shows its setup checklist (and hidden), its Settings pages, and the checklist again once a
 * provider and the working hours are saved; saves a PNG of each. Run under
 * Xvfb by {@code app/scripts/screenshots.sh}. Arguments: data folder, output folder.
 */
public final class ScreenshotTour {
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** The first admin of the practice the tour makes (a made-up address). */
    private static final String NEW_PRACTICE_EMAIL = "priya.shah@maple-grove.test";

    private ScreenshotTour() {
    }

    /** First run: the choices, then the demo practice made through its form; then switch user. */
    private static void openDemoFromFirstRun(Scene scene, Path out) throws Exception {
        WindowDriver.waitUntil("first run", () -> WindowDriver.showing(scene, ".first-run"), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("00-first-run.png"));
        WindowDriver.onFx(() -> {
            ((javafx.scene.control.TabPane) scene.lookup(".tab-pane")).getSelectionModel().select(1);
            return null;
        });
        WindowDriver.type(scene, "#demoEmail", DemoStore.EMAIL);
        WindowDriver.type(scene, "#demoPassword", DemoStore.PASSWORD);
        WindowDriver.type(scene, "#demoConfirm", DemoStore.PASSWORD);
        WindowDriver.press(scene, "#demoButton");
        Thread.sleep(150);
        WindowDriver.savePng(scene, out.resolve("00-first-run-demo-loading.png"));
        WindowDriver.waitUntil("the demo practice's calendar", () -> scene.lookup(".visit") != null, Duration.ofMinutes(3)); // making the demo takes minutes on a busy machine
        WindowDriver.press(scene, "#switch-user-button");
    }

    /**
     * Moves the real mouse onto the first visit whose name is shortened with an ellipsis, waits for the
     * visits' tooltip and saves what the screen shows there (the tooltip is a window of its own, which a
     * scene snapshot would not hold). Prints the tooltip's text length, not the text (a patient's name).
     */
    private static void hoverShortenedVisit(Scene scene, Path file) throws Exception {
        Bounds target = WindowDriver.onFx(() -> scene.getRoot().lookupAll(".visit").stream()
                .filter(Node::isVisible)
                .filter(n -> n.lookupAll(".visit-patient").stream().anyMatch(t -> ((Text) t).getText().endsWith("…")))
                .min(Comparator.comparingDouble((Node n) -> n.localToScreen(n.getBoundsInLocal()).getMinX()))
                .map(n -> n.localToScreen(n.getBoundsInLocal()))
                .orElse(null));
        if (target == null) {
            System.out.println("No shortened visit name in this week: no tooltip screenshot");
            return;
        }
        WindowDriver.onFx(() -> {
            Robot robot = new Robot();
            robot.mouseMove(target.getCenterX() - 20, target.getCenterY());
            robot.mouseMove(target.getCenterX(), target.getCenterY());
            return null;
        });
        WindowDriver.waitUntil("the visit's tooltip", () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Tooltip t && t.isShowing() && !t.getText().isEmpty()), WAIT);
        Thread.sleep(300);
        captureScreen(scene, file);
        WindowDriver.onFx(() -> {
            new Robot().mouseMove(scene.getWindow().getX() + 5, scene.getWindow().getY() + scene.getHeight() - 5);
            return null;
        });
    }

    /**
     * Saves what the screen shows over the window: popups (the search's matches, a tooltip) are windows of
     * their own, which a scene snapshot would not hold.
     */
    static void captureScreen(Scene scene, Path file) throws java.io.IOException {
        savePng(WindowDriver.onFx(() -> {
            Window window = scene.getWindow();
            return new Robot().getScreenCapture(null, window.getX(), window.getY(), scene.getWidth(), scene.getHeight());
        }), file);
    }

    private static void savePng(WritableImage image, Path file) throws java.io.IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        java.awt.image.BufferedImage png = new java.awt.image.BufferedImage(width, height, java.awt.image.BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, width, height, pixels, 0, width);
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        javax.imageio.ImageIO.write(png, "png", file.toFile());
    }

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "target/screenshot-data");
        Path out = Path.of(args.length > 1 ? args[1] : "target/screenshots");
        AppServices services = AppServices.start(new DataDirectory(dataDir), Clock.systemUTC());
        boolean firstRun = services.stores().list().isEmpty();

        WindowDriver.startToolkit();
        DesktopWindow window = WindowDriver.onFx(() -> new DesktopWindow(services));
        Scene scene = WindowDriver.onFx(() -> {
            Stage stage = new Stage();
            window.show(stage);
            return stage.getScene();
        });
        if (firstRun) {
            openDemoFromFirstRun(scene, out);
        }
        WindowDriver.waitUntil("sign-in", () -> WindowDriver.showing(scene, "#sign-in-email"), WAIT);
        WindowDriver.type(scene, "#sign-in-email", DemoStore.EMAIL);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("01-sign-in.png"));

        WindowDriver.type(scene, "#sign-in-password", DemoStore.PASSWORD);
        WindowDriver.press(scene, "#sign-in-button");
        WindowDriver.waitUntil("the week's visits", () -> scene.lookup(".visit") != null, WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("02-calendar-week.png"));
        hoverShortenedVisit(scene, out.resolve("02b-visit-tooltip.png"));

        WindowDriver.press(scene, "#mode-month");
        WindowDriver.waitUntil("the month's visits", () -> scene.lookup(".month-visit") != null, WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("03-calendar-month.png"));

        WindowDriver.press(scene, "#mode-day");
        WindowDriver.waitUntil("the day view", () -> scene.lookup(".week-grid") != null, WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("04-calendar-day.png"));

        WindowDriver.press(scene, "#mode-week");
        // The search's matches drop down in a popup window of their own: captured from the screen, as the tooltip is.
        WindowDriver.onFx(() -> {
            scene.lookup("#patient-search").requestFocus();
            return null;
        });
        WindowDriver.type(scene, "#patient-search", "patel");
        WindowDriver.waitUntil("search suggestions", () -> ((PatientPicker) scene.lookup("#patient-search")).isShowingSuggestions(), WAIT);
        Thread.sleep(300);
        captureScreen(scene, out.resolve("05-patient-search.png"));

        WindowDriver.onFx(() -> {
            scene.lookup("#patient-search").fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.ENTER, false, false, false, false));
            return null;
        });
        WindowDriver.waitUntil("patient summary", () -> WindowDriver.showing(scene, "#patient-name")
                && !((javafx.scene.control.Label) scene.lookup("#patient-name")).getText().isEmpty(), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("06-patient-summary.png"));

        // A search that finds no one says so and offers New patient?.
        WindowDriver.onFx(() -> {
            scene.lookup("#patient-search").requestFocus();
            return null;
        });
        WindowDriver.type(scene, "#patient-search", "Uma K");
        WindowDriver.waitUntil("no match", () -> ((PatientPicker) scene.lookup("#patient-search")).isShowingSuggestions(), WAIT);
        Thread.sleep(300);
        captureScreen(scene, out.resolve("06b-patient-search-no-match.png"));
        WindowDriver.type(scene, "#patient-search", "");

        // The Conflicts screen, from the sync indicator's menu (the demo practice is local only: its empty state).
        WindowDriver.onFx(() -> {
            var menu = ((javafx.scene.control.Label) scene.lookup("#sync-status")).getContextMenu();
            menu.getItems().stream().filter(item -> "sync-conflicts".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        WindowDriver.waitUntil("the conflicts screen", () -> WindowDriver.showing(scene, "#conflicts")
                && WindowDriver.showing(scene, "#conflicts-empty"), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("07-conflicts.png"));
        WindowDriver.press(scene, "#conflicts-close");

        // Change my password, from the user menu: the same kind of dialog.
        WindowDriver.onFx(() -> {
            var menu = (javafx.scene.control.MenuButton) scene.lookup("#user-menu");
            menu.getItems().stream().filter(item -> "change-password-item".equals(item.getId())).findFirst().orElseThrow().fire();
            return null;
        });
        WindowDriver.waitUntil("the own-password form", () -> WindowDriver.showing(scene, "#own-password-current"), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("07b-own-password.png"));
        WindowDriver.press(scene, "#own-password-close");

        // Reports: the hub, the immunization recall list, the children due in 30 days with no vaccination visit booked,
        // A/R aging and the membership revenue's charts.
        WindowDriver.press(scene, "#nav-reports");
        WindowDriver.waitUntil("the reports hub", () -> WindowDriver.showing(scene, "#reports-list"), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("08a0-reports-hub.png"));
        openReport(scene, "immunization-recall");
        WindowDriver.waitUntil("the recall list", () -> WindowDriver.showing(scene, "#recall-table")
                && !((javafx.scene.control.TableView<?>) scene.lookup("#recall-table")).getItems().isEmpty()
                && !WindowDriver.showing(scene, "#recall-progress-line"), WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("08a-reports-recall.png"));
        WindowDriver.press(scene, "#report-back");
        openReport(scene, "due-without-vaccination-visit");
        WindowDriver.waitUntil("the report of those due with no vaccination visit", () -> WindowDriver.showing(scene, "#recall-table")
                && !WindowDriver.showing(scene, "#recall-progress-line"), WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("08b-reports-due-no-vaccination-visit.png"));
        WindowDriver.press(scene, "#report-back");
        for (String report : List.of("ar-aging", "membership-revenue")) {
            openReport(scene, report);
            WindowDriver.waitUntil("the report " + report, () -> WindowDriver.showing(scene, "#report-table")
                    && !WindowDriver.showing(scene, "#report-progress-line"), WAIT);
            Thread.sleep(500);
            WindowDriver.savePng(scene, out.resolve("08b-reports-" + report + ".png"));
            WindowDriver.press(scene, "#report-back");
        }

        // Billing: memberships, the enrol form, the run's preview, the age-band changes.
        BillingTour.walk(scene, window, out);

        // Settings: each of its pages, as the demo practice fills them.
        WindowDriver.press(scene, "#nav-settings");
        settingsPages(scene, out, "09-settings-");

        WindowDriver.press(scene, "#lock-button");
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("08-locked.png"));
        WindowDriver.type(scene, "#unlock-password", DemoStore.PASSWORD);
        WindowDriver.press(scene, "#unlock-button");
        WindowDriver.waitUntil("unlocked", () -> !WindowDriver.showing(scene, "#lock-overlay"), WAIT);
        ChartTour.walk(scene, window, out);

        newPractice(scene, out);
        System.out.println("Screenshots saved in " + out.toAbsolutePath());
        System.exit(0);
    }

    /** Opens each page of Settings in turn and saves it as {@code prefix} and the page's id. */
    /** Chooses the report {@code id} in the Reports hub's list and opens it as Enter does. */
    private static void openReport(Scene scene, String id) {
        WindowDriver.onFx(() -> {
            @SuppressWarnings("unchecked")
            var list = (ListView<ReportPage>) scene.lookup("#reports-list");
            list.getItems().stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(list.getSelectionModel()::select);
            list.requestFocus();
            list.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
            return null;
        });
    }

    private static void settingsPages(Scene scene, Path out, String prefix) throws Exception {
        java.util.List<String> pages = WindowDriver.onFx(() -> scene.getRoot().lookupAll(".page-button").stream()
                .map(Node::getId).toList());
        for (String page : pages) {
            WindowDriver.press(scene, "#" + page);
            String shown = "#page-" + page.substring("settings-".length());
            WindowDriver.waitUntil(shown, () -> WindowDriver.showing(scene, shown), WAIT);
            Thread.sleep(300);
            WindowDriver.savePng(scene, out.resolve(prefix + page.substring("settings-".length()) + ".png"));
        }
    }

    /**
     * A practice of its own, made on the first-run screen from the sign-in screen's link: its calendar
     * with the setup checklist, the checklist hidden to its link, and Settings as a new practice finds it.
     */
    private static void newPractice(Scene scene, Path out) throws Exception {
        WindowDriver.press(scene, "#switch-user-button");
        WindowDriver.waitUntil("sign-in", () -> WindowDriver.showing(scene, "#sign-in-email"), WAIT);
        WindowDriver.onFx(() -> {
            scene.getRoot().lookupAll(".hyperlink").stream().map(javafx.scene.control.Hyperlink.class::cast)
                    .filter(link -> link.getText().startsWith("Set up another practice")).findFirst().orElseThrow().fire();
            return null;
        });
        WindowDriver.waitUntil("first run", () -> WindowDriver.showing(scene, "#practiceName"), WAIT);
        WindowDriver.type(scene, "#practiceName", "Maple Grove Pediatrics");
        WindowDriver.type(scene, "#adminName", "Priya Shah");
        WindowDriver.type(scene, "#adminEmail", NEW_PRACTICE_EMAIL);
        WindowDriver.type(scene, "#password", DemoStore.PASSWORD);
        WindowDriver.type(scene, "#confirmPassword", DemoStore.PASSWORD);
        WindowDriver.press(scene, "#createButton");
        WindowDriver.waitUntil("the setup checklist", () -> WindowDriver.showing(scene, "#setup-checklist")
                && ((javafx.scene.control.Label) scene.lookup("#setup-progress")).getText().startsWith("0 of"), WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("10-new-practice-checklist.png"));

        WindowDriver.press(scene, "#setup-hide");
        WindowDriver.waitUntil("the setup link", () -> WindowDriver.showing(scene, "#setup-link"), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("10b-new-practice-checklist-hidden.png"));
        WindowDriver.press(scene, "#setup-link");
        WindowDriver.waitUntil("the setup checklist", () -> WindowDriver.showing(scene, "#setup-checklist"), WAIT);

        WindowDriver.press(scene, "#setup-step-provider");
        WindowDriver.waitUntil("the providers", () -> WindowDriver.showing(scene, "#page-providers"), WAIT);
        settingsPages(scene, out, "11-new-practice-settings-");

        // The first provider and the working hours: back on the calendar, the checklist ticks both.
        WindowDriver.press(scene, "#settings-providers");
        WindowDriver.type(scene, "#provider-name", "Priya Shah, MD");
        WindowDriver.type(scene, "#provider-specialty", "Pediatrics");
        WindowDriver.press(scene, "#provider-save");
        WindowDriver.waitUntil("the provider saved", () -> scene.lookup("#provider-done").isVisible(), WAIT);
        WindowDriver.press(scene, "#settings-working-hours");
        WindowDriver.press(scene, "#save-hours");
        WindowDriver.waitUntil("the hours saved", () -> ((javafx.scene.control.Label) scene.lookup("#hours-message")).getText()
                .startsWith("Saved"), WAIT);
        WindowDriver.press(scene, "#nav-calendar");
        WindowDriver.waitUntil("two steps done", () -> WindowDriver.showing(scene, "#setup-progress")
                && ((javafx.scene.control.Label) scene.lookup("#setup-progress")).getText().startsWith("2 of"), WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("12-new-practice-checklist-two-done.png"));
        // The checklist hidden: the calendar of a practice with a provider and no visit yet.
        WindowDriver.press(scene, "#setup-hide");
        WindowDriver.waitUntil("the setup link", () -> WindowDriver.showing(scene, "#setup-link"), WAIT);
        Thread.sleep(500);
        WindowDriver.savePng(scene, out.resolve("12b-new-practice-no-visits.png"));

        WindowDriver.press(scene, "#nav-patients");
        WindowDriver.waitUntil("no patients yet", () -> WindowDriver.showing(scene, "#patients-empty"), WAIT);
        Thread.sleep(300);
        WindowDriver.savePng(scene, out.resolve("13-new-practice-no-patients.png"));
    }
}
