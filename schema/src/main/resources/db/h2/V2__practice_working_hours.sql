-- The practice's working hours, in its time zone's local time: one span per open weekday, as the domain's
-- WorkingHours writes them (e.g. 'mon 08:00-18:00, tue 08:00-18:00'); days not named are closed. Existing
-- practices open Monday to Friday, 8:00 to 18:00, the hours the calendar showed before.
ALTER TABLE practices ADD COLUMN working_hours varchar(200) NOT NULL
    DEFAULT 'mon 08:00-18:00, tue 08:00-18:00, wed 08:00-18:00, thu 08:00-18:00, fri 08:00-18:00'
    CHECK (length(trim(working_hours)) > 0);
