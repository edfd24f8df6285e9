-- The patients of a household, eldest first: the family's, or the patient alone when in none.
SELECT *
FROM patients
WHERE practice_id = :practiceId AND deleted_at IS NULL
  AND (family_id = :household OR (id = :household AND family_id IS NULL))
ORDER BY date_of_birth, id
