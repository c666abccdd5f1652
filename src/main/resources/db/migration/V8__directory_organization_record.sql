-- The full record of a non-profit organisation: identity, status flags, activity areas, public
-- contacts and social-network pages, private contacts; full-text search in Russian with typo tolerance.

create extension if not exists pg_trgm;

alter table organization
    add column legal_form              varchar(100),
    add column kpp                     varchar(9),
    add column registration_date       date,
    add column address                 varchar(500),
    add column social_oriented         boolean not null default false,
    add column social_oriented_since   date,
    add column iopu                    boolean not null default false,
    add column iopu_since              date,
    add column resource_center         boolean not null default false,
    add column support_participant     boolean not null default false,
    add column website                 varchar(300),
    add column public_email            varchar(200),
    add column public_phone            varchar(50),
    add column head_name               varchar(200),
    add column head_position           varchar(200),
    add column description             text,
    add column contact_person          varchar(200),
    add column contact_email           varchar(200),
    add column contact_phone           varchar(50),
    add column search_vector           tsvector generated always as (
        setweight(to_tsvector('russian', coalesce(name, '')), 'A') ||
        setweight(to_tsvector('russian', coalesce(short_name, '')), 'A') ||
        setweight(to_tsvector('russian', coalesce(description, '')), 'B')) stored;

create index organization_search_ix on organization using gin (search_vector);
create index organization_name_trgm_ix on organization using gin (lower(name) gin_trgm_ops);
create index organization_short_name_trgm_ix on organization using gin (lower(coalesce(short_name, '')) gin_trgm_ops);
create index organization_flags_ix on organization (social_oriented, iopu, resource_center) where active;
create unique index organization_ogrn_ux on organization (ogrn) where ogrn is not null;

create table organization_activity (
    organization_id bigint not null references organization (id),
    area            varchar(40) not null,
    primary key (organization_id, area)
);
create index organization_activity_area_ix on organization_activity (area);

create table organization_social_page (
    organization_id bigint not null references organization (id),
    position        integer not null,
    network         varchar(20) not null,
    url             varchar(300) not null,
    primary key (organization_id, position)
);

alter table organization_aud
    add column legal_form            varchar(100),
    add column kpp                   varchar(9),
    add column registration_date     date,
    add column address               varchar(500),
    add column social_oriented       boolean,
    add column social_oriented_since date,
    add column iopu                  boolean,
    add column iopu_since            date,
    add column resource_center       boolean,
    add column support_participant   boolean,
    add column website               varchar(300),
    add column public_email          varchar(200),
    add column public_phone          varchar(50),
    add column head_name             varchar(200),
    add column head_position         varchar(200),
    add column description           text,
    add column contact_person        varchar(200),
    add column contact_email         varchar(200),
    add column contact_phone         varchar(50);

create table organization_activity_aud (
    rev             bigint not null references revinfo (id),
    revtype         smallint,
    organization_id bigint not null,
    area            varchar(40) not null,
    primary key (rev, organization_id, area)
);

create table organization_social_page_aud (
    rev             bigint not null references revinfo (id),
    revtype         smallint not null,
    organization_id bigint not null,
    position        integer not null,
    network         varchar(20),
    url             varchar(300),
    primary key (position, revtype, organization_id, rev)
);
