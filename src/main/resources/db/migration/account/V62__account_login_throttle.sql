-- Failed logins counted per subject: "u:<name>@<address>" (one account name from one client address) and
-- "a:<address>" (one client address across names). A row's window slides with each failure; next_allowed_at is
-- when the subject may try again. Rows of quiet subjects are deleted as new failures arrive.
create table login_throttle (
    subject          varchar(200) primary key,
    failures         integer      not null,
    window_until     timestamp    not null,
    next_allowed_at  timestamp
);
create index ix_login_throttle_window on login_throttle (window_until);
create index ix_audit_log_actor_action on audit_log (account_id, action, occurred_at);
