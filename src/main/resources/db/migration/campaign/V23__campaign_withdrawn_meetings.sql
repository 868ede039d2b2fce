-- A meeting recorded by mistake is withdrawn, not deleted: who, when and why stay with the record, it leaves every list,
-- count and roundup, and an administrator can restore it.
alter table meeting add column withdrawn_at timestamp;
alter table meeting add column withdrawn_by varchar(100);
alter table meeting add column withdrawn_reason varchar(500);
