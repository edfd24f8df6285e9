-- The seed's "overdue invoices for active patients this month": sent charge invoices that fell due this month
-- (:monthStart up to the day before :today) and are still open, of active patients (not prospects, not inactivated).
-- Each invoice's net, allocated and open as in aging.sql, summed by invoice from the same three branches.
SELECT s.invoice_id, s.patient_id, s.first_name, s.last_name, s.household_id, s.kind, s.issued_on, s.due_date, s.total_amount,
       s.net, s.net - s.allocated AS open_amount
FROM (
    SELECT t.invoice_id, t.patient_id, t.first_name, t.last_name, t.household_id, t.kind, t.issued_on, t.due_date, t.total_amount,
           SUM(t.charged) - SUM(t.credited) AS net, SUM(t.allocated) AS allocated
    FROM (
        SELECT i.id AS invoice_id, p.id AS patient_id, p.first_name, p.last_name, COALESCE(p.family_id, p.id) AS household_id,
               i.kind, i.issued_on, i.due_date, i.total_amount, i.total_amount AS charged, 0 AS credited, 0 AS allocated
        FROM invoices i
        JOIN patients p ON p.id = i.patient_id AND p.practice_id = :practiceId AND p.is_active = TRUE AND p.status = 'active'
        WHERE i.practice_id = :practiceId AND i.status = 'sent' AND i.kind IN ('membership', 'visit') AND i.deleted_at IS NULL
              AND i.due_date >= :monthStart AND i.due_date < :today
        UNION ALL
        SELECT i.id, p.id, p.first_name, p.last_name, COALESCE(p.family_id, p.id), i.kind, i.issued_on, i.due_date, i.total_amount,
               0, c.total_amount, 0
        FROM invoices c
        JOIN invoices i ON i.id = c.corrects_invoice_id AND i.practice_id = :practiceId AND i.status = 'sent'
             AND i.kind IN ('membership', 'visit') AND i.deleted_at IS NULL AND i.due_date >= :monthStart AND i.due_date < :today
        JOIN patients p ON p.id = i.patient_id AND p.practice_id = :practiceId AND p.is_active = TRUE AND p.status = 'active'
        WHERE c.practice_id = :practiceId AND c.kind = 'credit_note' AND c.status <> 'void' AND c.deleted_at IS NULL
        UNION ALL
        SELECT i.id, p.id, p.first_name, p.last_name, COALESCE(p.family_id, p.id), i.kind, i.issued_on, i.due_date, i.total_amount,
               0, 0, a.amount
        FROM payment_allocations a
        JOIN invoices i ON i.id = a.invoice_id AND i.practice_id = :practiceId AND i.status = 'sent'
             AND i.kind IN ('membership', 'visit') AND i.deleted_at IS NULL AND i.due_date >= :monthStart AND i.due_date < :today
        JOIN patients p ON p.id = i.patient_id AND p.practice_id = :practiceId AND p.is_active = TRUE AND p.status = 'active'
        WHERE a.practice_id = :practiceId AND a.deleted_at IS NULL
    ) t
    GROUP BY t.invoice_id, t.patient_id, t.first_name, t.last_name, t.household_id, t.kind, t.issued_on, t.due_date, t.total_amount
) s
WHERE s.net > s.allocated
ORDER BY s.due_date, s.last_name, s.first_name, s.invoice_id
