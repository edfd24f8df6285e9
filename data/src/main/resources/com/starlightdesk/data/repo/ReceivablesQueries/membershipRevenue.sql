-- Membership revenue and members per plan for the months :firstMonth to :lastMonth (first days). A month's revenue
-- is the total of its membership invoices that are not void, less the credit notes (not void) correcting them; its
-- members are the memberships with such an invoice, that is with a day billed in the month. An invoice's plan is the
-- plan of its first charge line that names one (a membership invoice bills one plan).
SELECT x.billing_month, x.plan_id, COUNT(DISTINCT x.subscription_id) AS members, SUM(x.amount) AS revenue
FROM (
    SELECT i.billing_month, i.subscription_id, i.total_amount AS amount,
           (SELECT l.plan_id FROM invoice_line_items l WHERE l.practice_id = :practiceId AND l.invoice_id = i.id
                AND l.kind = 'charge' AND l.plan_id IS NOT NULL AND l.deleted_at IS NULL
            ORDER BY l.line_number FETCH FIRST 1 ROWS ONLY) AS plan_id
    FROM invoices i
    WHERE i.practice_id = :practiceId AND i.kind = 'membership' AND i.status <> 'void' AND i.deleted_at IS NULL
          AND i.billing_month >= :firstMonth AND i.billing_month <= :lastMonth
    UNION ALL
    SELECT i.billing_month, i.subscription_id, -c.total_amount,
           (SELECT l.plan_id FROM invoice_line_items l WHERE l.practice_id = :practiceId AND l.invoice_id = i.id
                AND l.kind = 'charge' AND l.plan_id IS NOT NULL AND l.deleted_at IS NULL
            ORDER BY l.line_number FETCH FIRST 1 ROWS ONLY)
    FROM invoices c
    JOIN invoices i ON i.id = c.corrects_invoice_id AND i.practice_id = :practiceId AND i.kind = 'membership'
         AND i.status <> 'void' AND i.deleted_at IS NULL AND i.billing_month >= :firstMonth AND i.billing_month <= :lastMonth
    WHERE c.practice_id = :practiceId AND c.kind = 'credit_note' AND c.status <> 'void' AND c.deleted_at IS NULL
) x
GROUP BY x.billing_month, x.plan_id
