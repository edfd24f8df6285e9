-- A/R aging per household, by the ledger's definitions (LedgerQueries/standing.sql and accounts.sql): a charge invoice
-- (membership or visit) not voided, not draft, counts; its net = greatest(total - non-void credit notes, 0), applied =
-- least(allocated, net), open = net - applied; other invoices have none (money allocated to them is credit again).
-- Credit on account = payments - refunds - applied, over the household's rows. The same figures as the ledger, in a
-- shape that needs no index on credit notes: each charge invoice's rows come from three branches keyed by it (the
-- invoice, a credit note correcting it, an allocation to it), summed by invoice, with no join to a derived table.
-- An open amount goes to a bucket by days past due, read from dates worked out by the caller (today and 30, 60, 90
-- days before, in the practice's time zone), so no date arithmetic differs between H2 and PostgreSQL.
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
           CAST(0 AS numeric(14, 2)) AS received
    FROM (
        SELECT t.invoice_id, t.household_id, t.due_date, GREATEST(SUM(t.charged) - SUM(t.credited), 0) AS net,
               SUM(t.allocated) AS allocated
        FROM (
            SELECT i.id AS invoice_id, COALESCE(p.family_id, p.id) AS household_id, i.due_date,
                   i.total_amount AS charged, CAST(0 AS numeric(14, 2)) AS credited, CAST(0 AS numeric(14, 2)) AS allocated
            FROM invoices i
            JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
            WHERE i.practice_id = :practiceId AND i.kind <> 'credit_note' AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void')
                  AND i.deleted_at IS NULL
            UNION ALL
            SELECT i.id, COALESCE(p.family_id, p.id), i.due_date, 0, c.total_amount, 0
            FROM invoices c
            JOIN invoices i ON i.id = c.corrects_invoice_id AND i.practice_id = c.practice_id AND i.kind <> 'credit_note'
                 AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void') AND i.deleted_at IS NULL
            JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
            WHERE c.practice_id = :practiceId AND c.kind = 'credit_note' AND c.voided_at IS NULL AND c.status <> 'void'
                  AND c.deleted_at IS NULL
            UNION ALL
            SELECT i.id, COALESCE(p.family_id, p.id), i.due_date, 0, 0, a.amount
            FROM payment_allocations a
            JOIN invoices i ON i.id = a.invoice_id AND i.practice_id = a.practice_id AND i.kind <> 'credit_note'
                 AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void') AND i.deleted_at IS NULL
            JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
            WHERE a.practice_id = :practiceId AND a.deleted_at IS NULL
        ) t
        GROUP BY t.invoice_id, t.household_id, t.due_date
    ) s
    UNION ALL
    SELECT COALESCE(p.family_id, p.id), 0, 0, 0, 0, 0, 0, 0, CASE WHEN y.kind = 'refund' THEN -y.amount ELSE y.amount END
    FROM payments y
    JOIN patients p ON p.practice_id = y.practice_id AND p.id = y.patient_id
    WHERE y.practice_id = :practiceId AND y.deleted_at IS NULL
) x
GROUP BY x.household_id
HAVING SUM(x.open_invoice) > 0 OR SUM(x.received) <> SUM(x.applied)
ORDER BY x.household_id
