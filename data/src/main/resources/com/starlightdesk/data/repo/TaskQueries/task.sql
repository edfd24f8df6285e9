-- One task of the practice.
SELECT * FROM tasks WHERE practice_id = :practiceId AND deleted_at IS NULL AND id = :id
