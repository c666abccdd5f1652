-- ShedLock: a scheduled job runs on one node at a time when several share this database.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
);
