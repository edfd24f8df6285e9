-- A household's payments and refunds made before :end.
SELECT m.*
FROM payments m
JOIN patients p ON p.practice_id = m.practice_id AND p.id = m.patient_id
WHERE m.practice_id = :practiceId AND m.deleted_at IS NULL AND m.paid_at < :end
  AND (p.family_id = :household OR (p.id = :household AND p.family_id IS NULL))
ORDER BY m.paid_at, m.id
