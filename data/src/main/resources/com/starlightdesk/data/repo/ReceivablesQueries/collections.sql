-- Money received less money refunded per month and payment method, for the twelve months whose starts in the
-- practice's time zone are :m0 to :m11 (instants; :m12 ends the last). The month is told by a CASE over those
-- instants, so H2 and PostgreSQL need no time zone functions.
SELECT x.month_index, x.payment_method,
       SUM(CASE WHEN x.kind = 'payment' THEN x.amount ELSE 0 END) AS received,
       SUM(CASE WHEN x.kind = 'refund' THEN x.amount ELSE 0 END) AS refunded
FROM (
    SELECT CASE WHEN m.paid_at < :m1 THEN 0 WHEN m.paid_at < :m2 THEN 1 WHEN m.paid_at < :m3 THEN 2 WHEN m.paid_at < :m4 THEN 3
                WHEN m.paid_at < :m5 THEN 4 WHEN m.paid_at < :m6 THEN 5 WHEN m.paid_at < :m7 THEN 6 WHEN m.paid_at < :m8 THEN 7
                WHEN m.paid_at < :m9 THEN 8 WHEN m.paid_at < :m10 THEN 9 WHEN m.paid_at < :m11 THEN 10 ELSE 11 END AS month_index,
           m.payment_method, m.kind, m.amount
    FROM payments m
    WHERE m.practice_id = :practiceId AND m.deleted_at IS NULL AND m.paid_at >= :m0 AND m.paid_at < :m12
) x
GROUP BY x.month_index, x.payment_method
