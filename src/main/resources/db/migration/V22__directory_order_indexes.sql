-- The directory's two orders without a text query, read from an index a page at a time at national scale
-- (220,000 organisations): by name, and newest registration first.
create index organization_active_name_ix on organization (lower(name), id) where active;
create index organization_active_registered_ix on organization (registration_date desc nulls last, lower(name), id)
    where active;
