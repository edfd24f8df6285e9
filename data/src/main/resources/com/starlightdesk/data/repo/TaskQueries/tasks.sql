-- The Tasks place's list: the practice's tasks under the filters the desk chose (each filter is off when its
-- any... flag is true), the signed-in user's own first, then by due day (none last), priority (high first), title.
-- The family filter takes the tasks about any child of the chosen patient's family.
SELECT t.*
FROM tasks t
WHERE t.practice_id = :practiceId AND t.deleted_at IS NULL
  AND (:anyAssignee OR t.assigned_to = :assignedTo)
  AND (:anyStatus OR t.status = :statusCode)
  AND (:anyPriority OR t.priority = :priorityCode)
  AND (:anyDue OR t.due_date <= :dueBy)
  AND (:anyOverdue OR (t.due_date < :today AND t.status <> 'done'))
  AND (:anyPatient OR t.patient_id = :patientId
       OR (:wholeFamily AND t.patient_id IN (
           SELECT sibling.id FROM patients sibling
           JOIN patients chosen ON chosen.practice_id = sibling.practice_id AND chosen.family_id = sibling.family_id
           WHERE chosen.practice_id = :practiceId AND chosen.id = :patientId AND sibling.deleted_at IS NULL)))
ORDER BY CASE WHEN t.assigned_to = :me THEN 0 ELSE 1 END,
         CASE WHEN t.due_date IS NULL THEN 1 ELSE 0 END, t.due_date,
         CASE t.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
         t.title, t.id
