-- Joining is recorded once, on the member row: when (joined_on), by whom and from where (a roster
-- import's row, say). membership_event keeps what happened after joining; the union a member joined
-- is the one they were in before their first entry there (or their union, if there is none).
alter table member add column registered_by varchar(64) default 'system' not null;
alter table member add column registration_note varchar(200);
update member set
    registered_by = coalesce((select e.recorded_by from membership_event e
        where e.member_id = member.id and e.kind = 'JOINED' order by e.id fetch first 1 rows only), registered_by),
    registration_note = (select e.note from membership_event e
        where e.member_id = member.id and e.kind = 'JOINED' order by e.id fetch first 1 rows only);
delete from membership_event where kind = 'JOINED';
alter table member alter column registered_by drop default;
