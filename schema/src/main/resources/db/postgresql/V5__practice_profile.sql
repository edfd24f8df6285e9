-- The practice's profile, as its letterhead and claims name it: legal name, postal address (a JSON object
-- like a patient's address), phone and fax as typed, tax id (EIN, stored as 12-3456789), NPI (10 digits),
-- and a small logo (a PNG or JPEG of at most 40 KB, as base64 text: a practices row stays inside the Data API's
-- 64 KB row limit). Existing practices have none of these
-- until an admin fills them in.
-- visit_types holds each kind of visit's default length and colour as the domain's VisitTypes writes them
-- (e.g. 'checkup 30 #4A7FB5, followup 20 #4E9A8E'); existing practices get the defaults a new one gets.
ALTER TABLE practices ADD COLUMN legal_name varchar(200);
ALTER TABLE practices ADD COLUMN address jsonb;
ALTER TABLE practices ADD COLUMN phone varchar(32);
ALTER TABLE practices ADD COLUMN fax varchar(32);
ALTER TABLE practices ADD COLUMN tax_id varchar(10) CHECK (tax_id ~ '^[0-9]{2}-[0-9]{7}$');
ALTER TABLE practices ADD COLUMN npi varchar(10) CHECK (npi ~ '^[0-9]{10}$');
ALTER TABLE practices ADD COLUMN logo varchar(54616);
ALTER TABLE practices ADD COLUMN visit_types varchar(300) NOT NULL
    DEFAULT 'checkup 30 #4A7FB5, followup 20 #4E9A8E, sick_visit 20 #C47A5E, vaccination 15 #8A78B8, wellness 45 #6E9A57'
    CHECK (length(trim(visit_types)) > 0);
