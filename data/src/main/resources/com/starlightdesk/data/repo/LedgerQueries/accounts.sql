-- Accounts by the money contract (see AccountStanding), grouped by <account> (household_id or patient_id): the open
-- amounts and applied amounts of their invoices (standing.sql, narrowed by <filter>) beside the money received from
-- them (payments less refunds, narrowed by <paymentFilter>). Credit on account = received - applied.
SELECT m.<account> AS account_id,
       SUM(m.open_amount) AS open_total,
       SUM(m.received) - SUM(m.applied) AS credit
FROM (
    SELECT s.household_id, s.patient_id, s.open_amount, s.applied, CAST(0 AS numeric(14, 2)) AS received
    FROM (<standing>) s
    UNION ALL
    SELECT COALESCE(p.family_id, p.id), y.patient_id, CAST(0 AS numeric(14, 2)), CAST(0 AS numeric(14, 2)),
           CASE WHEN y.kind = 'refund' THEN -y.amount ELSE y.amount END
    FROM payments y
    JOIN patients p ON p.practice_id = y.practice_id AND p.id = y.patient_id
    WHERE y.practice_id = :practiceId AND y.deleted_at IS NULL <paymentFilter>
) m
GROUP BY m.<account>
ORDER BY m.<account>
