-- Reference data loaded by V3 gets a first audit revision ("создано системой"), so that its first
-- edit shows the old values next to the new ones. Rows that already have history are left alone.

insert into revinfo (id, timestamp, username)
values (nextval('revinfo_seq'), (extract(epoch from clock_timestamp()) * 1000)::bigint, 'система');

insert into municipality_aud (id, rev, revtype, name, kind, oktmo, active, position)
select m.id, currval('revinfo_seq'), 0, m.name, m.kind, m.oktmo, m.active, m.position
from municipality m
where not exists (select 1 from municipality_aud a where a.id = m.id);

insert into body_aud (id, rev, revtype, name, short_name, kind, normalized_name, municipality_id, active)
select b.id, currval('revinfo_seq'), 0, b.name, b.short_name, b.kind, b.normalized_name, b.municipality_id, b.active
from body b
where not exists (select 1 from body_aud a where a.id = b.id);

insert into body_alias_aud (rev, revtype, body_id, normalized_name)
select currval('revinfo_seq'), 0, ba.body_id, ba.normalized_name
from body_alias ba
where exists (select 1 from body_aud a where a.id = ba.body_id and a.rev = currval('revinfo_seq'));

insert into organization_aud (id, rev, revtype, name, short_name, inn, ogrn, municipality_id, active)
select o.id, currval('revinfo_seq'), 0, o.name, o.short_name, o.inn, o.ogrn, o.municipality_id, o.active
from organization o
where not exists (select 1 from organization_aud a where a.id = o.id);
