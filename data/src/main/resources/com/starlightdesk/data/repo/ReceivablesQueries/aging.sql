-- A/R aging per household. Per invoice (t, then s), the money contract: a sent charge invoice's net is its total less
-- its non-void credit notes, applied = least(allocated, net), open = net - applied; void and draft invoices have none
-- of these (money allocated to them is credit again). Each invoice's rows come from one of three branches keyed by the
-- charge invoice (the invoice, a credit note correcting it, a payment allocation to it), summed by invoice: a set-based
-- read with no join to a derived table. The open amounts go to a bucket by days past due, read from dates worked out
-- by the caller (today and 30, 60, 90 days before, in the practice's time zone), so no date arithmetic differs between
-- H2 and PostgreSQL. Credit on account = payments - refunds - applied, over the household's rows.
SELECT x.household_id,
       SUM(x.open_invoice) AS open_invoices,
       SUM(x.current_open) AS current_open,
       SUM(x.open_1_30) AS open_1_30,
       SUM(x.open_31_60) AS open_31_60,
       SUM(x.open_61_90) AS open_61_90,
       SUM(x.open_over_90) AS open_over_90,
       SUM(x.received) - SUM(x.applied) AS credit
FROM (
    SELECT s.household_id,
           CASE WHEN s.net > s.allocated THEN 1 ELSE 0 END AS open_invoice,
           CASE WHEN s.net > s.allocated AND (s.due_date IS NULL OR s.due_date >= :today) THEN s.net - s.allocated ELSE 0 END AS current_open,
           CASE WHEN s.net > s.allocated AND s.due_date < :today AND s.due_date >= :day30 THEN s.net - s.allocated ELSE 0 END AS open_1_30,
           CASE WHEN s.net > s.allocated AND s.due_date < :day30 AND s.due_date >= :day60 THEN s.net - s.allocated ELSE 0 END AS open_31_60,
           CASE WHEN s.net > s.allocated AND s.due_date < :day60 AND s.due_date >= :day90 THEN s.net - s.allocated ELSE 0 END AS open_61_90,
           CASE WHEN s.net > s.allocated AND s.due_date < :day90 THEN s.net - s.allocated ELSE 0 END AS open_over_90,
           LEAST(s.allocated, s.net) AS applied,
           0 AS received
    FROM (
        SELECT t.invoice_id, t.household_id, t.due_date, SUM(t.charged) - SUM(t.credited) AS net, SUM(t.allocated) AS allocated
        FROM (
            SELECT i.id AS invoice_id, COALESCE(p.family_id, p.id) AS household_id, i.due_date,
                   i.total_amount AS charged, 0 AS credited, 0 AS allocated
            FROM invoices i
            JOIN patients p ON p.id = i.patient_id AND p.practice_id = :practiceId
            WHERE i.practice_id = :practiceId AND i.status = 'sent' AND i.kind IN ('membership', 'visit') AND i.deleted_at IS NULL
            UNION ALL
            SELECT i.id, COALESCE(p.family_id, p.id), i.due_date, 0, c.total_amount, 0
            FROM invoices c
            JOIN invoices i ON i.id = c.corrects_invoice_id AND i.practice_id = :practiceId AND i.status = 'sent'
                 AND i.kind IN ('membership', 'visit') AND i.deleted_at IS NULL
            JOIN patients p ON p.id = i.patient_id AND p.practice_id = :practiceId
            WHERE c.practice_id = :practiceId AND c.kind = 'credit_note' AND c.status <> 'void' AND c.deleted_at IS NULL
            UNION ALL
            SELECT i.id, COALESCE(p.family_id, p.id), i.due_date, 0, 0, a.amount
            FROM payment_allocations a
            JOIN invoices i ON i.id = a.invoice_id AND i.practice_id = :practiceId AND i.status = 'sent'
                 AND i.kind IN ('membership', 'visit') AND i.deleted_at IS NULL
            JOIN patients p ON p.id = i.patient_id AND p.practice_id = :practiceId
            WHERE a.practice_id = :practiceId AND a.deleted_at IS NULL
        ) t
        GROUP BY t.invoice_id, t.household_id, t.due_date
    ) s
    UNION ALL
    SELECT COALESCE(p.family_id, p.id), 0, 0, 0, 0, 0, 0, 0, CASE WHEN m.kind = 'refund' THEN -m.amount ELSE m.amount END
    FROM payments m
    JOIN patients p ON p.id = m.patient_id AND p.practice_id = :practiceId
    WHERE m.practice_id = :practiceId AND m.deleted_at IS NULL
) x
GROUP BY x.household_id
HAVING SUM(x.open_invoice) > 0 OR SUM(x.received) <> SUM(x.applied)
ORDER BY x.household_id
