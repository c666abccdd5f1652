-- Why a measure's deadline or executors last changed: the roadmap file a re-import came
-- from, or the act an administrator named when amending the measure by hand.
alter table measure add column change_basis varchar(500);
alter table measure_aud add column change_basis varchar(500);
