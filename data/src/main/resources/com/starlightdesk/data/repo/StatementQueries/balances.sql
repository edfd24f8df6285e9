-- Every household's balance at the end of a day (:end, the instant the next day starts in the practice's zone),
-- by the money contract: its sent, unvoided charge invoices issued by :to, less their sent, unvoided credit
-- notes issued by :to, less its payments, plus its refunds, paid before :end. A household is the family, or the
-- patient when in none. Only households whose balance is above zero.
SELECT household, SUM(amount) AS balance FROM (
    SELECT COALESCE(p.family_id, p.id) AS household, i.total_amount AS amount
    FROM invoices i
    JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
    WHERE i.practice_id = :practiceId AND i.deleted_at IS NULL AND i.kind IN ('membership', 'visit')
      AND i.status NOT IN ('draft', 'void') AND i.voided_at IS NULL AND i.issued_on <= :to
    UNION ALL
    SELECT COALESCE(p.family_id, p.id), -n.total_amount
    FROM invoices n
    JOIN invoices i ON i.practice_id = n.practice_id AND i.id = n.corrects_invoice_id
    JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
    WHERE n.practice_id = :practiceId AND n.deleted_at IS NULL AND n.kind = 'credit_note'
      AND n.status NOT IN ('draft', 'void') AND n.voided_at IS NULL AND n.issued_on <= :to
      AND i.deleted_at IS NULL AND i.status NOT IN ('draft', 'void') AND i.voided_at IS NULL
    UNION ALL
    SELECT COALESCE(p.family_id, p.id), CASE WHEN m.kind = 'refund' THEN m.amount ELSE -m.amount END
    FROM payments m
    JOIN patients p ON p.practice_id = m.practice_id AND p.id = m.patient_id
    WHERE m.practice_id = :practiceId AND m.deleted_at IS NULL AND m.paid_at < :end
) entries
GROUP BY household
HAVING SUM(amount) > 0
ORDER BY household
