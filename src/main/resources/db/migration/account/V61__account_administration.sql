-- The audit log records where the actor worked and, for changes to an account, whose account it was and where
-- that account lies, so an administrator sees the entries of their subtree even after people move.
alter table audit_log add column organization_id bigint;
alter table audit_log add column subject_account_id bigint;
alter table audit_log add column subject_organization_id bigint;
update audit_log set organization_id = (select a.organization_id from user_account a where a.id = audit_log.account_id);

create index ix_audit_log_username on audit_log (username, id);
create index ix_audit_log_subject_account on audit_log (subject_account_id, id);
create index ix_user_account_organization on user_account (organization_id, username);
