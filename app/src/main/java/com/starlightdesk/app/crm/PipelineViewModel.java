package com.starlightdesk.app.crm;

import com.starlightdesk.app.concurrent.SafeMessages;
import com.starlightdesk.app.concurrent.TaskExecutor;
import com.starlightdesk.app.session.Session;
import com.starlightdesk.data.domain.InquirySource;
import com.starlightdesk.data.domain.LostReason;
import com.starlightdesk.data.domain.PipelineStage;
import com.starlightdesk.data.repo.Pipeline;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The pipeline board: a column per open stage and one for Lost, each with its families' cards, its count and its
 * conversion (the share of the families in it or past it that went on), filtered by source, youngest child's age and
 * days in stage. A card moves one column on, one back, or to Lost with a reason; every move is saved in the background
 * and the board read again. Confined to the FX thread; needs no toolkit.
 */
public final class PipelineViewModel {
    /** The board's columns, in order. */
    public static final List<PipelineStage> COLUMNS = List.of(PipelineStage.INQUIRY, PipelineStage.MEET_AND_GREET,
            PipelineStage.SCHEDULED_VISIT, PipelineStage.READY_TO_ENROLL, PipelineStage.LOST);

    private final Session session;
    private final TaskExecutor executor;
    private final Clock clock;
    private final Map<PipelineStage, ObservableList<FamilyCard>> columns = new EnumMap<>(PipelineStage.class);
    private final Map<PipelineStage, StringProperty> headings = new EnumMap<>(PipelineStage.class);
    private final ObjectProperty<InquirySource> source = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> youngestUnder = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> daysAtLeast = new SimpleObjectProperty<>();
    private final StringProperty failure = new SimpleStringProperty("");
    private List<FamilyCard> all = List.of();

    public PipelineViewModel(Session session, TaskExecutor executor, Clock clock) {
        this.session = session;
        this.executor = executor;
        this.clock = clock;
        for (PipelineStage stage : COLUMNS) {
            columns.put(stage, FXCollections.observableArrayList());
            headings.put(stage, new SimpleStringProperty(title(stage)));
        }
        source.addListener((obs, old, now) -> show());
        youngestUnder.addListener((obs, old, now) -> show());
        daysAtLeast.addListener((obs, old, now) -> show());
        session.changes().addListener(this::load);
    }

    /** Reads the board again in the background. */
    public void load() {
        LocalDate today = today();
        executor.submit(() -> session.data().pipeline().board().stream().map(f -> FamilyCard.of(f, today)).toList(), cards -> {
            all = cards;
            failure.set("");
            show();
        }, e -> failure.set(SafeMessages.of(e)));
    }

    /** Moves {@code card} one column on ({@code +1}) or back ({@code -1}) among the open stages; a lost card comes back to inquiry. */
    public void step(FamilyCard card, int direction) {
        if (card.stage() == PipelineStage.LOST) {
            moveTo(card, PipelineStage.INQUIRY, null);
            return;
        }
        int at = PipelineStage.OPEN.indexOf(card.stage()) + direction;
        if (at >= 0 && at < PipelineStage.OPEN.size()) {
            moveTo(card, PipelineStage.OPEN.get(at), null);
        }
    }

    /** Moves {@code card} to {@code stage} ({@code reason} for Lost), then reads the board again. */
    public void moveTo(FamilyCard card, PipelineStage stage, LostReason reason) {
        UUID id = card.id();
        executor.submit(() -> session.data().pipeline().move(id, stage, reason), moved -> load(), e -> failure.set(SafeMessages.of(e)));
    }

    private void show() {
        LocalDate today = today();
        Map<PipelineStage, List<FamilyCard>> shown = new EnumMap<>(PipelineStage.class);
        COLUMNS.forEach(s -> shown.put(s, new ArrayList<>()));
        for (FamilyCard card : all) {
            if ((source.get() == null || card.family().card().sourceChannel() == source.get())
                    && (youngestUnder.get() == null || card.youngestYears(today) < youngestUnder.get())
                    && (daysAtLeast.get() == null || card.daysInStage() >= daysAtLeast.get())) {
                shown.get(card.stage()).add(card);
            }
        }
        for (PipelineStage stage : COLUMNS) {
            columns.get(stage).setAll(shown.get(stage));
            int here = shown.get(stage).size();
            StringBuilder heading = new StringBuilder(title(stage)).append(" · ").append(here);
            if (stage.isOpen()) {
                int onward = 0;
                for (PipelineStage later : PipelineStage.OPEN.subList(PipelineStage.OPEN.indexOf(stage) + 1, PipelineStage.OPEN.size())) {
                    onward += shown.get(later).size();
                }
                if (here + onward > 0) {
                    heading.append(" · ").append(Math.round(100.0 * onward / (here + onward))).append("% went on");
                }
            }
            headings.get(stage).set(heading.toString());
        }
    }

    /** The column's title as the board shows it. */
    public static String title(PipelineStage stage) {
        return switch (stage) {
            case INQUIRY -> "Inquiry";
            case MEET_AND_GREET -> "Meet-and-greet";
            case SCHEDULED_VISIT -> "Scheduled visit";
            case READY_TO_ENROLL -> "Ready to enroll";
            case LOST -> "Lost";
            case ENROLLED -> "Enrolled";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(session.zone()));
    }

    public ObservableList<FamilyCard> column(PipelineStage stage) { return columns.get(stage); }
    public ReadOnlyStringProperty headingProperty(PipelineStage stage) { return headings.get(stage); }
    public ObjectProperty<InquirySource> sourceProperty() { return source; }
    public ObjectProperty<Integer> youngestUnderProperty() { return youngestUnder; }
    public ObjectProperty<Integer> daysAtLeastProperty() { return daysAtLeast; }
    public ReadOnlyStringProperty failureProperty() { return failure; }
}
