package com.starlightdesk.app.reports;

import com.starlightdesk.app.session.Permissions;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A report as the Reports hub lists and opens it: its id (the hub's line is {@code report-} and the id), title, one
 * line saying what it shows, the heading it is listed under, who may open it, and its page (its chart or table, its
 * CSV export), asked for each time the report is opened: the same node may be handed back, and it reads its figures
 * again when it comes on screen. A screen adds its reports to the hub with one of these each in {@link ReportCatalog}.
 * Immutable.
 */
public record ReportPage(String id, String title, String description, ReportGroup group, Predicate<Permissions> openTo,
        Supplier<Node> page) {
    public ReportPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(openTo, "openTo");
        Objects.requireNonNull(page, "page");
    }
}
