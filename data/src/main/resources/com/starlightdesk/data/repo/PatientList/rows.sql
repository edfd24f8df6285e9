-- The Patients list: one row per live patient, with the plan of their active (else paused) membership,
-- their own provider, and the last visit before now and the next one from now (cancelled visits and
-- no-shows are not visits the child came to). Visits and memberships are each grouped by patient in one
-- pass over the practice's rows (a correlated subquery or a window per patient costs ten times more on H2);
-- the plan's id goes through varchar because PostgreSQL has no min(uuid).
SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.status, p.is_active,
       pl.id, pl.name, CASE WHEN m.active_plan IS NULL THEN 'paused' ELSE 'active' END,
       p.primary_provider_id, pr.name,
       v.last_visit, v.next_visit
FROM patients p
LEFT JOIN providers pr ON pr.practice_id = p.practice_id AND pr.id = p.primary_provider_id
LEFT JOIN (
    SELECT patient_id,
           MAX(CASE WHEN start_time < :now THEN start_time END) AS last_visit,
           MIN(CASE WHEN start_time >= :now THEN start_time END) AS next_visit
    FROM appointments
    WHERE practice_id = :practiceId AND deleted_at IS NULL AND status NOT IN ('cancelled', 'no_show')
    GROUP BY patient_id
) v ON v.patient_id = p.id
LEFT JOIN (
    SELECT patient_id,
           MIN(CASE WHEN status = 'active' THEN CAST(plan_id AS VARCHAR(36)) END) AS active_plan,
           MIN(CASE WHEN status = 'paused' THEN CAST(plan_id AS VARCHAR(36)) END) AS paused_plan
    FROM patient_subscriptions
    WHERE practice_id = :practiceId AND deleted_at IS NULL AND status IN ('active', 'paused')
    GROUP BY patient_id
) m ON m.patient_id = p.id
LEFT JOIN subscription_plans pl ON pl.practice_id = p.practice_id AND pl.id = CAST(COALESCE(m.active_plan, m.paused_plan) AS UUID)
WHERE p.practice_id = :practiceId AND p.deleted_at IS NULL
ORDER BY p.last_name_key, p.first_name_key, p.id
