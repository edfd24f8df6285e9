-- The invoices of a household's patients (every kind and state; the read keeps what the money contract counts).
SELECT i.*
FROM invoices i
JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
WHERE i.practice_id = :practiceId AND i.deleted_at IS NULL
  AND (p.family_id = :household OR (p.id = :household AND p.family_id IS NULL))
ORDER BY i.issued_on, i.id
