-- The seed's "overdue invoices for active patients this month": charge invoices that fell due this month (:monthStart
-- up to the day before :today) and are still open, of active patients (not prospects, not inactivated). Net, applied
-- and open by the ledger's definitions, from the same three branches as aging.sql.
SELECT s.invoice_id, s.patient_id, s.first_name, s.last_name, s.household_id, s.kind, s.issued_on, s.due_date, s.total_amount,
       s.net, s.net - s.allocated AS open_amount
FROM (
    SELECT t.invoice_id, t.patient_id, t.first_name, t.last_name, t.household_id, t.kind, t.issued_on, t.due_date, t.total_amount,
           GREATEST(SUM(t.charged) - SUM(t.credited), 0) AS net, SUM(t.allocated) AS allocated
    FROM (
        SELECT i.id AS invoice_id, p.id AS patient_id, p.first_name, p.last_name, COALESCE(p.family_id, p.id) AS household_id,
               i.kind, i.issued_on, i.due_date, i.total_amount, i.total_amount AS charged, CAST(0 AS numeric(14, 2)) AS credited,
               CAST(0 AS numeric(14, 2)) AS allocated
        FROM invoices i
        JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id AND p.is_active = TRUE AND p.status = 'active'
        WHERE i.practice_id = :practiceId AND i.kind <> 'credit_note' AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void')
              AND i.deleted_at IS NULL AND i.due_date >= :monthStart AND i.due_date < :today
        UNION ALL
        SELECT i.id, p.id, p.first_name, p.last_name, COALESCE(p.family_id, p.id), i.kind, i.issued_on, i.due_date, i.total_amount,
               0, c.total_amount, 0
        FROM invoices c
        JOIN invoices i ON i.id = c.corrects_invoice_id AND i.practice_id = c.practice_id AND i.kind <> 'credit_note'
             AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void') AND i.deleted_at IS NULL
             AND i.due_date >= :monthStart AND i.due_date < :today
        JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id AND p.is_active = TRUE AND p.status = 'active'
        WHERE c.practice_id = :practiceId AND c.kind = 'credit_note' AND c.voided_at IS NULL AND c.status <> 'void'
              AND c.deleted_at IS NULL
        UNION ALL
        SELECT i.id, p.id, p.first_name, p.last_name, COALESCE(p.family_id, p.id), i.kind, i.issued_on, i.due_date, i.total_amount,
               0, 0, a.amount
        FROM payment_allocations a
        JOIN invoices i ON i.id = a.invoice_id AND i.practice_id = a.practice_id AND i.kind <> 'credit_note'
             AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void') AND i.deleted_at IS NULL
             AND i.due_date >= :monthStart AND i.due_date < :today
        JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id AND p.is_active = TRUE AND p.status = 'active'
        WHERE a.practice_id = :practiceId AND a.deleted_at IS NULL
    ) t
    GROUP BY t.invoice_id, t.patient_id, t.first_name, t.last_name, t.household_id, t.kind, t.issued_on, t.due_date, t.total_amount
) s
WHERE s.net > s.allocated
ORDER BY s.due_date, s.last_name, s.first_name, s.invoice_id
