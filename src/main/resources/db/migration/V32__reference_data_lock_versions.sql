-- Editors now correct topics and measures in the application, as they do parties and people:
-- a stale correction must be refused (optimistic locking), so they get the lock_version the
-- other edited tables have had since V1. Envers does not audit it (no *_aud column needed).
alter table topic add column lock_version bigint not null default 0;
alter table measure add column lock_version bigint not null default 0;
