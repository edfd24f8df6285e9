-- The visits booked from :now on (not cancelled, not a no-show), by patient and time: the recall list keeps each
-- child's next visit and next vaccination visit.
SELECT patient_id, start_time, appointment_type
FROM appointments
WHERE practice_id = :practiceId AND deleted_at IS NULL AND start_time >= :now AND status NOT IN ('cancelled', 'no_show')
ORDER BY patient_id, start_time
