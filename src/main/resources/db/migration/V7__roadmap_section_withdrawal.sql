-- A section no longer in a re-imported table is withdrawn, not deleted; it comes back if the table brings it back.
alter table roadmap_section add column withdrawn boolean not null default false;
alter table roadmap_section_aud add column withdrawn boolean;
