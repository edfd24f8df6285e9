-- Every dose that counts (not entered in error) of the practice's active patients, in one pass. The columns are
-- named (DoseMapper reads them by position); a dose entered in error is never read, so its three columns are not.
SELECT i.id, i.patient_id, i.cvx, i.given_on, i.source, i.source_name, i.lot_number, i.mvx, i.expires_on, i.site,
       i.route, i.dose_ml, i.vis_edition, i.vis_given_on, i.administered_by, i.appointment_id
FROM immunizations i
JOIN patients p ON p.practice_id = i.practice_id AND p.id = i.patient_id
WHERE i.practice_id = :practiceId AND i.deleted_at IS NULL AND i.entered_in_error_at IS NULL
  AND p.deleted_at IS NULL AND p.status = 'active' AND p.is_active = TRUE
