-- What a household's payments made before :end allocated to each of its invoices.
SELECT a.invoice_id, SUM(a.amount) AS amount
FROM payment_allocations a
JOIN payments m ON m.practice_id = a.practice_id AND m.id = a.payment_id
JOIN patients p ON p.practice_id = m.practice_id AND p.id = m.patient_id
WHERE a.practice_id = :practiceId AND a.deleted_at IS NULL AND m.deleted_at IS NULL AND m.paid_at < :end
  AND (p.family_id = :household OR (p.id = :household AND p.family_id IS NULL))
GROUP BY a.invoice_id
