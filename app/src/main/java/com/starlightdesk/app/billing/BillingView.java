package com.starlightdesk.app.billing;

import com.starlightdesk.app.session.Session;
import com.starlightdesk.app.settings.SettingsPage;
import com.starlightdesk.app.settings.SettingsPlace;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The Billing place (staff and admins): a list of its pages on the left ({@link BillingPage}, each reached with Tab,
 * the arrow keys moving between them), the open page on the right, and for admins the links to the settings billing
 * depends on. Each page is its own FXML with its own controller, included in the page area under the id
 * {@code billing-page-<id>}; this view only shows the chosen one and tells the session's {@link BillingPlace} when a
 * page comes on screen.
 */
public final class BillingView {
    private final BillingPlace place;
    private final SettingsPlace settings;
    private final Session session;
    private final Map<BillingPage, Node> pages = new EnumMap<>(BillingPage.class);
    private final List<ToggleButton> buttons = new ArrayList<>();

    @FXML private BorderPane root;
    @FXML private VBox pageList;
    @FXML private VBox settingsLinks;
    @FXML private StackPane pageArea;

    public BillingView(BillingPlace place, SettingsPlace settings, Session session) {
        this.place = place;
        this.settings = settings;
        this.session = session;
    }

    @FXML
    private void initialize() {
        for (BillingPage page : BillingPage.values()) {
            pageArea.getChildren().stream().filter(n -> ("billing-page-" + page.id()).equals(n.getId())).findFirst()
                    .ifPresent(node -> pages.put(page, node));
        }
        ToggleGroup group = new ToggleGroup();
        for (BillingPage page : pages.keySet()) {
            ToggleButton button = new ToggleButton(page.label());
            button.setId("billing-" + page.id());
            button.getStyleClass().addAll("page-button", "flat");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setOnAction(e -> {
                button.setSelected(true); // a second click on the open page keeps it marked as open
                place.pageProperty().set(page);
            });
            button.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.UP) {
                    int at = buttons.indexOf(button) + (e.getCode() == KeyCode.DOWN ? 1 : -1);
                    if (at >= 0 && at < buttons.size()) {
                        buttons.get(at).requestFocus();
                        buttons.get(at).fire();
                    }
                    e.consume();
                }
            });
            buttons.add(button);
            pageList.getChildren().add(button);
        }
        settingsLinks();
        place.pageProperty().addListener((obs, old, now) -> show(now));
        show(place.pageProperty().get());
        // Billing shown again (from another place): the open page reads its data again.
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null && old == null) {
                place.shown(open());
            }
        });
    }

    /** Admins: links to Settings' pages billing depends on (the membership plans and the fee schedule). */
    private void settingsLinks() {
        boolean admin = session.permissions().canManageSettings();
        settingsLinks.setVisible(admin);
        settingsLinks.setManaged(admin);
        if (!admin) {
            return;
        }
        for (SettingsPage page : SettingsPage.values()) {
            if (page == SettingsPage.MEMBERSHIP_PLANS || page == SettingsPage.FEE_SCHEDULE) {
                Hyperlink link = new Hyperlink(page.label());
                link.setId("billing-settings-" + page.id());
                link.setOnAction(e -> settings.open(page));
                settingsLinks.getChildren().add(link);
            }
        }
    }

    private BillingPage open() {
        BillingPage wanted = place.pageProperty().get();
        return pages.containsKey(wanted) ? wanted : pages.keySet().iterator().next();
    }

    private void show(BillingPage wanted) {
        BillingPage page = pages.containsKey(wanted) ? wanted : pages.keySet().iterator().next();
        pages.forEach((p, node) -> {
            node.setVisible(p == page);
            node.setManaged(p == page);
        });
        buttons.forEach(b -> b.setSelected(b.getId().equals("billing-" + page.id())));
        if (root.getScene() != null) {
            place.shown(page);
        }
    }
}
