package com.starlightdesk.app.calendar;

import com.starlightdesk.app.parts.EmptyState;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Shows the calendar's {@link CalendarEmptyViewModel} in an {@link EmptyState} over the grid, with the
 * actions that apply ({@code #calendar-add-provider}, {@code #calendar-new-visit},
 * {@code #calendar-later-visits}); it gives way while the setup checklist shows. Stateless; call it on the FX thread.
 */
final class CalendarEmptyView {
    private CalendarEmptyView() {
    }

    static void bind(EmptyState place, CalendarEmptyViewModel model, ObservableBooleanValue checklistShown) {
        place.getStyleClass().addAll("card", "calendar-empty");
        place.titleProperty().bind(model.titleProperty());
        place.textProperty().bind(model.textProperty());
        place.visibleProperty().bind(model.kindProperty().isNotEqualTo(CalendarEmptyViewModel.Kind.NONE).and(
                Bindings.not(checklistShown)));
        place.managedProperty().bind(place.visibleProperty());
        Observable[] inputs = {model.kindProperty(), model.canAddProviderProperty(), model.canBookProperty(),
                model.laterVisitProperty(), model.laterLabelProperty()};
        for (Observable input : inputs) {
            input.addListener(o -> actions(place, model));
        }
        actions(place, model);
    }

    private static void actions(EmptyState place, CalendarEmptyViewModel model) {
        place.clearActions();
        switch (model.kindProperty().get()) {
            case NO_PROVIDERS -> {
                place.setSign("☷");
                if (model.canAddProviderProperty().get()) {
                    place.addAction("calendar-add-provider", "Add a provider", model::addProvider);
                }
            }
            case NO_VISITS -> {
                place.setSign("☐");
                if (model.canBookProperty().get()) {
                    place.addAction("calendar-new-visit", "New visit", model::newVisit);
                }
                if (model.laterVisitProperty().get() != null) {
                    place.addAction("calendar-later-visits", model.laterLabelProperty().get(), model::showLaterVisits);
                }
            }
            case NONE -> place.setSign("");
        }
    }
}
