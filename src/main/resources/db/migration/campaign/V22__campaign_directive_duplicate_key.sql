-- One directive per issuing union, title and day: the same form posted twice issues it once.
alter table directive add column duplicate_key varchar(300);
create unique index ux_directive_duplicate_key on directive (duplicate_key);
