-- Billing's reads by index. The credit notes correcting an invoice (the ledger's credited amount of an invoice, a
-- statement's and the aging's credit notes), read by the invoice they correct instead of by scanning the
-- practice's invoices.
CREATE INDEX idx_invoices_corrects ON invoices (practice_id, corrects_invoice_id);
