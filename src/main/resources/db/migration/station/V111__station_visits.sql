-- Check-ins: a worker who scans a station's QR code and taps 签到 adds one visit to that station's day (Beijing time).
create table station_visit (
    station_id  bigint   not null references station (id),
    visited_on  date     not null,
    visits      integer  not null,
    primary key (station_id, visited_on)
);
