-- Decisions become a module of their own: each keeps the facts of its meeting it needs (the municipality and the
-- day), so that counting overdue decisions per municipality reads no other module's table.
alter table meeting_decision add column municipality_id bigint references municipality (id), add column meeting_day date;
alter table meeting_decision_aud add column municipality_id bigint, add column meeting_day date;
update meeting_decision d
   set municipality_id = m.municipality_id, meeting_day = (m.starts_at at time zone 'Europe/Moscow')::date
  from meeting m
 where m.id = d.meeting_id;
update meeting_decision_aud a
   set municipality_id = d.municipality_id, meeting_day = d.meeting_day
  from meeting_decision d
 where d.id = a.id;
alter table meeting_decision alter column meeting_day set not null;
create index meeting_decision_municipality_open_ix on meeting_decision (municipality_id, due_date) where status = 'OPEN';
