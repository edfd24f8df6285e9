-- Membership revenue and members per plan for the months :firstMonth to :lastMonth (first days). An invoice counts
-- as the ledger counts a charge (not voided, not draft); its revenue is its net, greatest(total - non-void credit
-- notes correcting it, 0). A month's members are the memberships with such an invoice: a day billed in the month.
-- An invoice's plan is the plan of its first charge line that names one (a membership invoice bills one plan).
SELECT n.billing_month, n.plan_id, COUNT(DISTINCT n.subscription_id) AS members, SUM(n.net) AS revenue
FROM (
    SELECT t.invoice_id, t.billing_month, t.subscription_id, t.plan_id, GREATEST(SUM(t.charged) - SUM(t.credited), 0) AS net
    FROM (
        SELECT i.id AS invoice_id, i.billing_month, i.subscription_id, i.total_amount AS charged, CAST(0 AS numeric(14, 2)) AS credited,
               (SELECT l.plan_id FROM invoice_line_items l WHERE l.practice_id = i.practice_id AND l.invoice_id = i.id
                    AND l.kind = 'charge' AND l.plan_id IS NOT NULL AND l.deleted_at IS NULL
                ORDER BY l.line_number FETCH FIRST 1 ROWS ONLY) AS plan_id
        FROM invoices i
        WHERE i.practice_id = :practiceId AND i.kind = 'membership' AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void')
              AND i.deleted_at IS NULL AND i.billing_month >= :firstMonth AND i.billing_month <= :lastMonth
        UNION ALL
        SELECT i.id, i.billing_month, i.subscription_id, 0, c.total_amount,
               (SELECT l.plan_id FROM invoice_line_items l WHERE l.practice_id = i.practice_id AND l.invoice_id = i.id
                    AND l.kind = 'charge' AND l.plan_id IS NOT NULL AND l.deleted_at IS NULL
                ORDER BY l.line_number FETCH FIRST 1 ROWS ONLY)
        FROM invoices c
        JOIN invoices i ON i.id = c.corrects_invoice_id AND i.practice_id = c.practice_id AND i.kind = 'membership'
             AND i.voided_at IS NULL AND i.status NOT IN ('draft', 'void') AND i.deleted_at IS NULL
             AND i.billing_month >= :firstMonth AND i.billing_month <= :lastMonth
        WHERE c.practice_id = :practiceId AND c.kind = 'credit_note' AND c.voided_at IS NULL AND c.status <> 'void'
              AND c.deleted_at IS NULL
    ) t
    GROUP BY t.invoice_id, t.billing_month, t.subscription_id, t.plan_id
) n
GROUP BY n.billing_month, n.plan_id
