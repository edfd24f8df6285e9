-- Every patient's household (the family, or the patient alone) and name, to word the aging report's households.
SELECT id, COALESCE(family_id, id) AS household_id, first_name, last_name, date_of_birth
FROM patients
WHERE practice_id = :practiceId AND deleted_at IS NULL
