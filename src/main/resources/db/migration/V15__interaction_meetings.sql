-- Measures 1.3, 1.5, 7.3, 7.4: meeting plans per municipality and year, meetings with their agenda,
-- invitations, registrations, attendance, minutes, decisions and documents. Nothing is deleted: rows are
-- withdrawn (withdrawn_at) or cancelled with a reason. Ids come from sequences so that loads batch.

create sequence meeting_seq start with 1 increment by 50;
create sequence meeting_agenda_item_seq start with 1 increment by 50;
create sequence meeting_invitation_seq start with 1 increment by 50;
create sequence meeting_registration_seq start with 1 increment by 50;
create sequence meeting_attendance_seq start with 1 increment by 50;
create sequence meeting_decision_seq start with 1 increment by 50;
create sequence meeting_document_seq start with 1 increment by 50;
create sequence meeting_plan_seq start with 1 increment by 50;

create table meeting_plan (
    id              bigint primary key,
    municipality_id bigint not null references municipality (id),
    year            integer not null,
    status          varchar(20) not null,
    agreed_on       date,
    agreed_with     varchar(500),
    file_name       varchar(255),
    file_type       varchar(100),
    file_size       bigint,
    file_key        varchar(200),
    agreed_by       varchar(200),
    agreed_at       timestamp(6) with time zone,
    version         bigint not null default 0,
    constraint meeting_plan_year_uq unique (municipality_id, year),
    constraint meeting_plan_status_ck check (status in ('DRAFT', 'AGREED')),
    constraint meeting_plan_agreed_ck check (status = 'DRAFT' or (agreed_on is not null and agreed_with is not null))
);
create index meeting_plan_year_ix on meeting_plan (year, status);

create table meeting (
    id                  bigint primary key,
    municipality_id     bigint references municipality (id),
    type                varchar(30) not null,
    title               varchar(300) not null,
    starts_at           timestamp(6) with time zone not null,
    ends_at             timestamp(6) with time zone not null,
    place               varchar(500),
    online_link         varchar(500),
    status              varchar(20) not null,
    series_id           bigint,
    other_participants  integer not null default 0,
    held_at             timestamp(6) with time zone,
    minutes             text,
    minutes_file_name   varchar(255),
    minutes_file_type   varchar(100),
    minutes_file_size   bigint,
    minutes_file_key    varchar(200),
    minutes_by          varchar(200),
    minutes_at          timestamp(6) with time zone,
    closed_at           timestamp(6) with time zone,
    closed_by           varchar(200),
    cancel_reason       varchar(500),
    cancelled_at        timestamp(6) with time zone,
    cancelled_by        varchar(200),
    created_by          varchar(200) not null,
    created_at          timestamp(6) with time zone not null,
    version             bigint not null default 0,
    constraint meeting_type_ck check (type in ('WORKING', 'LEADERS_LOCAL', 'LEADERS_REGIONAL')),
    constraint meeting_status_ck check (status in ('PLANNED', 'HELD', 'CLOSED', 'CANCELLED')),
    constraint meeting_municipality_ck check (municipality_id is not null or type = 'LEADERS_REGIONAL'),
    constraint meeting_period_ck check (ends_at > starts_at),
    constraint meeting_where_ck check (place is not null or online_link is not null),
    constraint meeting_link_ck check (online_link is null or online_link ~* '^https?://'),
    constraint meeting_closed_minutes_ck check (status <> 'CLOSED' or length(minutes) >= 20),
    constraint meeting_cancel_reason_ck check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index meeting_municipality_starts_ix on meeting (municipality_id, starts_at);
create index meeting_starts_ix on meeting (starts_at);
create index meeting_status_ix on meeting (status, starts_at);
create index meeting_type_ix on meeting (type, starts_at);
create index meeting_series_ix on meeting (series_id) where series_id is not null;

create table meeting_agenda_item (
    id           bigint primary key,
    meeting_id   bigint not null references meeting (id),
    position     integer not null,
    title        varchar(500) not null,
    speaker      varchar(300),
    withdrawn_at timestamp(6) with time zone
);
create index meeting_agenda_item_meeting_ix on meeting_agenda_item (meeting_id, position);

create table meeting_invitation (
    id              bigint primary key,
    meeting_id      bigint not null references meeting (id),
    organization_id bigint not null references organization (id),
    invited_at      timestamp(6) with time zone not null,
    invited_by      varchar(200) not null,
    withdrawn_at    timestamp(6) with time zone
);
create index meeting_invitation_meeting_ix on meeting_invitation (meeting_id);
create index meeting_invitation_organization_ix on meeting_invitation (organization_id);
create unique index meeting_invitation_current_uq on meeting_invitation (meeting_id, organization_id) where withdrawn_at is null;

create table meeting_registration (
    id                    bigint primary key,
    meeting_id            bigint not null references meeting (id),
    organization_id       bigint not null references organization (id),
    registered_by_user_id bigint,
    registered_by_name    varchar(200),
    participants          integer not null,
    participant_names     text,
    registered_at         timestamp(6) with time zone not null,
    withdrawn_at          timestamp(6) with time zone,
    constraint meeting_registration_participants_ck check (participants between 1 and 10)
);
create index meeting_registration_meeting_ix on meeting_registration (meeting_id);
create index meeting_registration_organization_ix on meeting_registration (organization_id);
create unique index meeting_registration_current_uq on meeting_registration (meeting_id, organization_id) where withdrawn_at is null;

create table meeting_attendance (
    id              bigint primary key,
    meeting_id      bigint not null references meeting (id),
    organization_id bigint not null references organization (id),
    attended        boolean not null,
    participants    integer not null,
    constraint meeting_attendance_uq unique (meeting_id, organization_id),
    constraint meeting_attendance_participants_ck check (participants >= 0)
);

create table meeting_decision (
    id            bigint primary key,
    meeting_id    bigint not null references meeting (id),
    text          text not null,
    owner         varchar(300) not null,
    due_date      date not null,
    status        varchar(20) not null,
    done_at       date,
    note          varchar(1000),
    problem_id    bigint,
    plan_item_id  bigint,
    created_by    varchar(200) not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint not null default 0,
    constraint meeting_decision_status_ck check (status in ('OPEN', 'DONE', 'CANCELLED')),
    constraint meeting_decision_done_ck check (status <> 'DONE' or done_at is not null)
);
create index meeting_decision_meeting_ix on meeting_decision (meeting_id);
create index meeting_decision_open_due_ix on meeting_decision (due_date) where status = 'OPEN';
create index meeting_decision_problem_ix on meeting_decision (problem_id) where problem_id is not null;
create index meeting_decision_plan_item_ix on meeting_decision (plan_item_id) where plan_item_id is not null;

create table meeting_document (
    id           bigint primary key,
    meeting_id   bigint not null references meeting (id),
    title        varchar(300) not null,
    file_name    varchar(255) not null,
    content_type varchar(100) not null,
    size         bigint not null,
    file_key     varchar(200) not null,
    internal     boolean not null,
    uploaded_by  varchar(200) not null,
    uploaded_at  timestamp(6) with time zone not null,
    withdrawn_at timestamp(6) with time zone
);
create index meeting_document_meeting_ix on meeting_document (meeting_id);

create table meeting_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    municipality_id bigint, type varchar(30), title varchar(300), starts_at timestamp(6) with time zone,
    ends_at timestamp(6) with time zone, place varchar(500), online_link varchar(500), status varchar(20), series_id bigint,
    other_participants integer, held_at timestamp(6) with time zone, minutes text, minutes_file_name varchar(255),
    minutes_file_type varchar(100), minutes_file_size bigint, minutes_file_key varchar(200), minutes_by varchar(200),
    minutes_at timestamp(6) with time zone, closed_at timestamp(6) with time zone, closed_by varchar(200),
    cancel_reason varchar(500), cancelled_at timestamp(6) with time zone, cancelled_by varchar(200), created_by varchar(200),
    created_at timestamp(6) with time zone,
    primary key (id, rev)
);

create table meeting_decision_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    meeting_id bigint, text text, owner varchar(300), due_date date, status varchar(20), done_at date, note varchar(1000),
    problem_id bigint, plan_item_id bigint, created_by varchar(200), created_at timestamp(6) with time zone,
    primary key (id, rev)
);

create table meeting_plan_aud (
    id bigint not null, rev bigint not null references revinfo (id), revtype smallint,
    municipality_id bigint, year integer, status varchar(20), agreed_on date, agreed_with varchar(500), file_name varchar(255),
    file_type varchar(100), file_size bigint, file_key varchar(200), agreed_by varchar(200), agreed_at timestamp(6) with time zone,
    primary key (id, rev)
);
