-- An employer row belongs to the union that recorded it: one credit code may stand under unions of several cities,
-- and one union's edit must never change another's (the unique code made every city share one row).
alter table employer drop constraint uk_employer_credit_code;
create index ix_employer_credit_code on employer (credit_code);
