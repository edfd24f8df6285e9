-- Where each invoice stands by the money contract (see InvoiceStanding): its household (family_id, or the patient
-- alone), the totals of the non-void credit notes correcting it, every allocation to it, and from those its net,
-- applied and open amounts. Only a charge invoice that is sent (not draft, not void) has a net; an older stored
-- 'paid' or 'overdue' counts as sent. <filter> narrows the invoices (an invoice, a household, a patient).
SELECT n.id, n.patient_id, n.household_id, n.kind, n.status, n.voided_at, n.issued_on, n.due_date, n.total_amount,
       n.credited, n.net, n.allocated,
       LEAST(n.allocated, n.net) AS applied,
       n.net - LEAST(n.allocated, n.net) AS open_amount
FROM (
    SELECT r.*,
           CASE WHEN r.charged = 1 THEN GREATEST(r.total_amount - r.credited, 0) ELSE 0 END AS net
    FROM (
        SELECT i.id, i.patient_id, COALESCE(p.family_id, p.id) AS household_id, i.kind, i.status, i.voided_at,
               i.issued_on, i.due_date, i.total_amount,
               CASE WHEN i.kind <> 'credit_note' AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void')
                    THEN 1 ELSE 0 END AS charged,
               (SELECT COALESCE(SUM(c.total_amount), 0) FROM invoices c
                WHERE c.practice_id = i.practice_id AND c.corrects_invoice_id = i.id AND c.kind = 'credit_note'
                  AND c.voided_at IS NULL AND c.status <> 'void' AND c.deleted_at IS NULL) AS credited,
               (SELECT COALESCE(SUM(a.amount), 0) FROM payment_allocations a
                WHERE a.practice_id = i.practice_id AND a.invoice_id = i.id AND a.deleted_at IS NULL) AS allocated
        FROM invoices i
        JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
        WHERE i.practice_id = :practiceId AND i.deleted_at IS NULL <filter>
    ) r
) n
