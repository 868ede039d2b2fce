-- Spring Modulith's event publication registry: every event with a module listener is stored in the publishing
-- transaction and marked completed when its listener has finished, so a listener that failed or whose node died is
-- run again (see EventResubmission). Same shape as Modulith's own v2 schema, in types both databases accept.
create table event_publication (
    id                     uuid          not null primary key,
    listener_id            varchar(512)  not null,
    event_type             varchar(512)  not null,
    serialized_event       varchar       not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index event_publication_by_completion_date on event_publication (completion_date);
create index event_publication_by_listener on event_publication (listener_id, publication_date);
