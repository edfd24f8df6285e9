package com.starlightdesk.app.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A field's message in a real window: under the input, on the input, gone when the field is fine. */
@ExtendWith(ApplicationExtension.class)
final class FieldErrorTest {
    private final FieldErrors errors = new FieldErrors();
    private final StringProperty email = new SimpleStringProperty("");
    private TextField emailInput;
    private Label emailLine;
    private ComboBox<String> zone;
    private Label zoneLine;
    private Label patientLine;

    @Start
    void start(Stage stage) {
        emailInput = new TextField();
        emailLine = new Label();
        zone = new ComboBox<>();
        zoneLine = new Label();
        patientLine = new Label();
        emailInput.setId("email");
        FieldError.bind(emailInput, email, emailLine, errors.of("email"));
        FieldError.show(zone, zoneLine, errors.of("zone"));
        FieldError.show(patientLine, errors.of("patient"));
        stage.setScene(new Scene(new VBox(emailInput, emailLine, zone, zoneLine, patientLine), 400, 300));
        stage.show();
    }

    @Test
    void aFineFieldShowsNoLineAndNoMark() {
        for (Label line : new Label[] {emailLine, zoneLine, patientLine}) {
            assertFalse(line.isVisible());
            assertFalse(line.isManaged(), "an empty line takes no room");
            assertTrue(line.getStyleClass().contains("field-error"));
        }
        assertFalse(emailInput.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertFalse(zone.getPseudoClassStates().contains(Styles.STATE_DANGER));
    }

    @Test
    void theMessageShowsUnderItsFieldAndMarksItUntilItIsCleared(FxRobot robot) {
        robot.interact(() -> {
            errors.set("email", "Enter an email address");
            errors.set("zone", "Choose a time zone");
        });
        assertEquals("Enter an email address", emailLine.getText());
        assertTrue(emailLine.isVisible() && emailLine.isManaged());
        assertTrue(emailInput.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertEquals("Choose a time zone", zoneLine.getText());
        assertTrue(zone.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertFalse(patientLine.isVisible(), "other fields stay as they were");

        robot.interact(errors::clear);
        assertFalse(emailLine.isVisible() || emailLine.isManaged());
        assertFalse(emailInput.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertFalse(zone.getPseudoClassStates().contains(Styles.STATE_DANGER));
    }

    @Test
    void aLineWithoutAnInputShowsItsMessage(FxRobot robot) {
        robot.interact(() -> errors.set("patient", "Choose a patient"));
        assertEquals("Choose a patient", patientLine.getText());
        assertTrue(patientLine.isVisible());
    }

    @Test
    void whatIsTypedReachesTheViewModelAndBack(FxRobot robot) {
        robot.clickOn("#email").write("desk@example.test");
        assertEquals("desk@example.test", email.get());
        robot.interact(() -> email.set(""));
        assertEquals("", emailInput.getText());
    }
}
