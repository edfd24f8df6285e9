package com.starlightdesk.data.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A first call or message from a family: the parent or guardian, how to reach them (a phone or an e-mail at
 * least), the children with their birth dates, how they heard of the practice and what was said. Bad input is
 * refused at its field ({@code children[1].dateOfBirth} for the second child's).
 */
public record NewInquiry(String guardian, String phone, String email, List<Child> children, InquirySource source,
                         UUID referralContactId, String notes) {

    /** A child of the family: first and last name and birth date (not in the future). */
    public record Child(String firstName, String lastName, LocalDate dateOfBirth) {
        public Child {
            firstName = Fields.text("firstName", firstName, 100);
            lastName = Fields.text("lastName", lastName, 100);
            Fields.notFuture("dateOfBirth", dateOfBirth);
        }
    }

    public NewInquiry {
        guardian = Fields.text("guardian", guardian, 200);
        phone = PhoneNumber.of("phone", phone);
        email = Fields.optionalEmail("email", email);
        if (phone == null && email == null) {
            throw new ValidationException("phone", "or an e-mail is required to reach the family");
        }
        if (children == null || children.isEmpty()) {
            throw new ValidationException("children", "are required: at least one child");
        }
        children = List.copyOf(new ArrayList<>(children));
        Fields.required("source", source);
        if (referralContactId != null && source != InquirySource.REFERRAL) {
            throw new ValidationException("source", "is a referral when a referring contact is named");
        }
        notes = Fields.optionalText("notes", notes, 4000);
    }
}
