-- Every refusal and schedule observation in force (not removed) of the practice's active patients, in one pass.
SELECT o.*
FROM immunization_observations o
JOIN patients p ON p.practice_id = o.practice_id AND p.id = o.patient_id
WHERE o.practice_id = :practiceId AND o.deleted_at IS NULL AND o.removed_at IS NULL
  AND p.deleted_at IS NULL AND p.status = 'active' AND p.is_active = TRUE
