package com.starlightdesk.data.immunization.forecast;

/** The Logic Specification's statuses (tables 3-1 to 3-3), in its words. */
public final class Statuses {
    private Statuses() {
    }

    /** Evaluation statuses (table 3-1). */
    public enum EvaluationStatus {
        VALID("Valid"), NOT_VALID("Not Valid"), EXTRANEOUS("Extraneous"), SUB_STANDARD("Sub-standard");

        private final String words;

        EvaluationStatus(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Target dose statuses (table 3-2). */
    public enum TargetDoseStatus {
        NOT_SATISFIED("Not Satisfied"), SATISFIED("Satisfied"), SKIPPED("Skipped");

        private final String words;

        TargetDoseStatus(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Patient series statuses (table 3-3), also used for vaccine groups. */
    public enum SeriesStatus {
        AGED_OUT("Aged Out"), COMPLETE("Complete"), CONTRAINDICATED("Contraindicated"), IMMUNE("Immune"),
        NOT_COMPLETE("Not Complete"), NOT_RECOMMENDED("Not Recommended");

        private final String words;

        SeriesStatus(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }
}
