-- The top bar's count: tasks assigned to :userId, not done, due before the practice's :today.
SELECT count(*) FROM tasks
WHERE practice_id = :practiceId AND deleted_at IS NULL AND assigned_to = :userId
  AND status <> 'done' AND due_date < :today
