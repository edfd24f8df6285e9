package com.starlightdesk.data.repo;

import com.starlightdesk.data.domain.Provider;
import com.starlightdesk.data.domain.ProviderColor;
import com.starlightdesk.data.domain.Role;
import com.starlightdesk.data.domain.User;
import com.starlightdesk.data.domain.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The practice's providers as an admin keeps them, on the Providers page and with
 * {@code starlight provider}: add, edit, deactivate, under the rules both share. A new or changed
 * colour must be one text reads on ({@link ProviderColor#readable}); no two providers share an
 * e-mail, whatever its case; a linked user is an active user of the practice whose role is provider,
 * linked to no other provider. Each failure is a {@link ValidationException} naming the provider's
 * field ({@code color}, {@code email}, {@code userId}). Writes go through {@link PracticeData#write},
 * so they sync like every table; nothing is ever deleted. Thread-safe; every call blocks on the store.
 */
public final class ProviderRoster {
    private final PracticeData data;

    public ProviderRoster(PracticeData data) {
        this.data = data;
    }

    /** A provider with its linked user's e-mail (null when none) and its visits still to come. */
    public record Entry(Provider provider, String userEmail, long futureVisits) {
        /** "Asha Prajapati, MD still has 4 future visits", or "… has no future visits". */
        public String futureVisitsWords() {
            return provider.name() + (futureVisits == 0 ? " has no future visits"
                    : " still has " + futureVisits + (futureVisits == 1 ? " future visit" : " future visits"));
        }
    }

    /** Every provider, active or not, by name. */
    public List<Entry> entries() {
        Map<UUID, Long> future = data.appointments().futureVisitCounts(data.clock().instant());
        Map<UUID, User> users = data.office().users().stream().collect(Collectors.toMap(User::id, Function.identity()));
        return data.office().providers().stream().map(p -> entry(p, users, future)).toList();
    }

    /** One provider; fails when there is none with {@code id}. */
    public Entry entry(UUID id) {
        Provider provider = find(id);
        Map<UUID, User> users = provider.userId() == null ? Map.of()
                : data.office().user(provider.userId()).map(u -> Map.of(u.id(), u)).orElse(Map.of());
        return entry(provider, users, data.appointments().futureVisitCounts(data.clock().instant()));
    }

    private static Entry entry(Provider p, Map<UUID, User> users, Map<UUID, Long> future) {
        User user = p.userId() == null ? null : users.get(p.userId());
        return new Entry(p, user == null ? null : user.email(), future.getOrDefault(p.id(), 0L));
    }

    /** The provider whose e-mail is {@code email} (any case), if one has it. */
    public Optional<Provider> byEmail(String email) {
        return data.office().providersByEmail(email.strip()).stream().findFirst();
    }

    /** Adds {@code provider} after checking the rules. */
    public Provider add(Provider provider) {
        check(provider, Optional.empty());
        return data.write(changes -> changes.insert(provider));
    }

    /** Saves {@code provider} over the stored one with its id, after checking the rules. */
    public Provider edit(Provider provider) {
        check(provider, Optional.of(find(provider.id())));
        return data.write(changes -> changes.update(provider));
    }

    /**
     * Takes a provider off the booking form and the calendar's filters ({@code active} false), or puts
     * them back. Their visits stay as they are.
     */
    public Provider setActive(UUID id, boolean active) {
        Provider p = find(id);
        Provider changed = new Provider(p.id(), p.userId(), p.name(), p.specialty(), p.email(), p.color(), active);
        return data.write(changes -> changes.update(changed));
    }

    private Provider find(UUID id) {
        return data.office().provider(id).orElseThrow(() -> new NoSuchElementException("No provider with id " + id));
    }

    private void check(Provider candidate, Optional<Provider> stored) {
        if (candidate.color() != null && !stored.map(Provider::color).filter(candidate.color()::equalsIgnoreCase).isPresent()) {
            ProviderColor.readable("color", candidate.color());
        }
        if (candidate.email() != null) {
            for (Provider other : data.office().providersByEmail(candidate.email())) {
                if (!other.id().equals(candidate.id())) {
                    throw new ValidationException("email", other.name() + " already has this e-mail; each provider needs their own");
                }
            }
        }
        if (candidate.userId() != null && !stored.map(Provider::userId).filter(candidate.userId()::equals).isPresent()) {
            checkLinkable(candidate);
        }
    }

    private void checkLinkable(Provider candidate) {
        User user = data.office().user(candidate.userId()).filter(User::isActive)
                .orElseThrow(() -> new ValidationException("userId", "is not a user of this practice who can sign in"));
        if (user.role() != Role.PROVIDER) {
            throw new ValidationException("userId", user.displayName() + "'s role is " + user.role().code()
                    + "; only a user whose role is provider can be linked to a provider");
        }
        for (Provider other : data.office().providersOfUser(user.id())) {
            if (!other.id().equals(candidate.id())) {
                throw new ValidationException("userId", user.displayName() + " is already linked to " + other.name());
            }
        }
    }
}
