-- Every dose that counts (not entered in error) of the practice's active patients, in one pass.
SELECT i.*
FROM immunizations i
JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
WHERE i.practice_id = :practiceId AND i.deleted_at IS NULL AND i.entered_in_error_at IS NULL
  AND p.deleted_at IS NULL AND p.status = 'active' AND p.is_active = TRUE
