-- The problem list's order (newest first) read from an index a page at a time at national scale (50,000 problems).
create index problem_registered_ix on problem (registered_at desc, id desc);
