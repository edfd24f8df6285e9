package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Contact;
import com.starlightdesk.data.domain.User;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

/**
 * The practice's directory of people outside it: referring doctors, insurers, vendors, others. Any active user may
 * add, edit and delete them; a deleted contact is a tombstone that syncs, never removed from the table. The
 * contact's own record checks its e-mail and phone. Search matches the name or organization (any case) or, when
 * the search holds three digits or more, the phone's digits whatever the punctuation: a directory is a few hundred
 * contacts at most, so it is searched in memory after one read. Thread-safe; every call blocks on the store.
 */
public final class ContactDirectory {
    private final PracticeData data;

    ContactDirectory(PracticeData data) {
        this.data = data;
    }

    /** Every contact, by name. */
    public List<Contact> all() {
        return data.office().contacts();
    }

    /** Contacts whose name or organization holds {@code text}, or whose phone holds its digits; all when blank. */
    public List<Contact> search(String text) {
        String words = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (words.isEmpty()) {
            return all();
        }
        String digits = words.replaceAll("[^0-9]", "");
        return all().stream().filter(c -> holds(c.name(), words) || holds(c.organization(), words)
                || digits.length() >= 3 && c.phone() != null && c.phone().replaceAll("[^0-9]", "").contains(digits)).toList();
    }

    private static boolean holds(String field, String words) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(words);
    }

    public Contact add(Contact contact) {
        checkActive();
        return data.write(changes -> changes.insert(contact));
    }

    /** Saves {@code contact} over the stored one with its id; fails when it was deleted. */
    public Contact edit(Contact contact) {
        checkActive();
        find(contact.id());
        return data.write(changes -> changes.update(contact));
    }

    /** Takes the contact out of the directory (a tombstone that syncs). */
    public void delete(UUID id) {
        checkActive();
        find(id);
        data.writeAll(changes -> changes.softDelete(Contact.class, id));
    }

    /** The live contact with {@code id}; fails when there is none. */
    public Contact find(UUID id) {
        return all().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No contact with id " + id));
    }

    private void checkActive() {
        if (data.office().user(data.actorId()).filter(User::isActive).isEmpty()) {
            throw new SecurityException("Only an active user of the practice can change its contacts");
        }
    }
}
