package com.starlightdesk.app.billing.payments;

import com.starlightdesk.data.domain.Ids;
import com.starlightdesk.data.domain.Payment;
import com.starlightdesk.data.domain.PaymentAllocation;
import com.starlightdesk.data.domain.PaymentKind;
import com.starlightdesk.data.domain.PaymentMethod;
import com.starlightdesk.data.repo.PracticeData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The Payments page's writes, run in the background. Stateless; every call blocks on the store. */
final class PaymentWrites {
    private PaymentWrites() {
    }

    /** Records the payment {@code entry} from {@code patientId} with its allocations, in one transaction. */
    static Payment record(PracticeData data, UUID patientId, PaymentForm.Entry entry, Instant at, UUID recordedBy) {
        return data.write(changes -> {
            Payment payment = changes.insert(Payment.received(Ids.next(), patientId, entry.amount(), entry.method(), at, entry.reference(),
                    recordedBy));
            for (Map.Entry<UUID, BigDecimal> a : entry.allocations().entrySet()) {
                changes.insert(new PaymentAllocation(Ids.next(), payment.id(), a.getKey(), a.getValue()));
            }
            return payment;
        });
    }

    /** Records a refund of credit on account to {@code patientId}'s family. */
    static Payment refund(PracticeData data, UUID patientId, BigDecimal amount, PaymentMethod method, String reason, Instant at,
                          UUID recordedBy) {
        return data.write(changes -> changes.insert(new Payment(Ids.next(), patientId, amount, method, at, null, PaymentKind.REFUND, null,
                reason, recordedBy)));
    }
}
