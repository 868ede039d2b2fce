-- What the personal-data keys that wrote this database look like: the keyed hash of a fixed text (hash key) and that
-- text encrypted (data key). A node started with other keys finds they do not match and refuses to start, instead of
-- writing numbers nobody can read and missing every duplicate.
create table personal_data_key_check (
    id           integer      primary key,
    fingerprint  varchar(100) not null,
    sealed_probe varchar(200) not null,
    created_at   timestamp    not null default current_timestamp
);
