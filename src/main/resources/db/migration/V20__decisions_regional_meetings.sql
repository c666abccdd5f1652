-- A decision keeps whether its meeting was run by the region (7.4, also a field meeting in a municipality): the region,
-- not the municipality's officers, sees to such decisions, so they are no task of the officers.
alter table meeting_decision add column regional boolean not null default false;
alter table meeting_decision_aud add column regional boolean;
update meeting_decision d
   set regional = true
  from meeting m
 where m.id = d.meeting_id and m.type = 'LEADERS_REGIONAL';
update meeting_decision_aud a
   set regional = d.regional
  from meeting_decision d
 where d.id = a.id;
