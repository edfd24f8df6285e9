package com.starlightdesk.app.reports;

import com.starlightdesk.app.session.Session;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Reports hub: the reports the signed-in user may open ({@link ReportCatalog}), and the one open in place (none:
 * the list shows). Confined to the FX thread; needs no toolkit.
 */
public final class ReportsViewModel {
    private final ObservableList<ReportPage> pages;
    private final ObjectProperty<ReportPage> open = new SimpleObjectProperty<>();

    public ReportsViewModel(ReportCatalog catalog, Session session) {
        pages = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList(catalog.pages(session.permissions())));
    }

    /** Opens {@code page} in place of the list. */
    public void open(ReportPage page) {
        if (page != null) {
            open.set(page);
        }
    }

    /** Back to the list. */
    public void back() {
        open.set(null);
    }

    public ObservableList<ReportPage> pages() { return pages; }
    /** The report open in place; null while the list shows. */
    public ReadOnlyObjectProperty<ReportPage> openProperty() { return open; }
}
