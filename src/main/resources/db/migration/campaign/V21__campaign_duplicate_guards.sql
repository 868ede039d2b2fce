-- No silent duplicates in a roundup: one meeting per organisation, day, kind and title; one outreach per organisation,
-- day, lecturer and audience reached; one task per meeting requirement. Rows recorded before this migration keep an
-- empty key and are not checked.
alter table meeting add column duplicate_key varchar(400);
create unique index ux_meeting_duplicate_key on meeting (duplicate_key);

alter table outreach add column duplicate_key varchar(700);
create unique index ux_outreach_duplicate_key on outreach (duplicate_key);

create unique index ux_campaign_task_requirement on campaign_task (requirement_id);
