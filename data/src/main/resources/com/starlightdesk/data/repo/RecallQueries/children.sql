-- The recall list's children: every active patient of the practice (enrolled, not a prospect, not made
-- inactive) born in (:bornAfter, :bornOnOrBefore], with their own provider's name.
SELECT p.id, p.first_name, p.last_name, p.date_of_birth, p.gender, p.primary_provider_id, pr.name
FROM patients p
LEFT JOIN providers pr ON pr.practice_id = p.practice_id AND pr.id = p.primary_provider_id
WHERE p.practice_id = :practiceId AND p.deleted_at IS NULL AND p.status = 'active' AND p.is_active = TRUE
  AND p.date_of_birth > :bornAfter AND p.date_of_birth <= :bornOnOrBefore
ORDER BY p.id
