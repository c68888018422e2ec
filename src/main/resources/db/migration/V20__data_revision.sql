-- A revision number of the published content, raised by every statement that changes it.
-- Pages derived from many rows (the comparison, the positions matrix) are cached under the
-- revision they were built from; every instance reads the revision from here on each
-- request, so a change shows everywhere as soon as it commits, with no messages between
-- instances. A single row updated in the writing transaction: readers see the new number
-- only once the change itself is visible, and writers are serialised on it (edits are rare).
create table data_revision (
    id       int    primary key check (id = 1),
    revision bigint not null
);
insert into data_revision (id, revision) values (1, 0);

create function bump_data_revision() returns trigger language plpgsql as $$
begin
    update data_revision set revision = revision + 1 where id = 1;
    return null;
end
$$;

-- Every table a reader's page is built from. A new such table needs the same trigger.
do $$
declare
    t text;
begin
    foreach t in array array['party', 'party_member', 'person', 'topic', 'source', 'event',
            'event_participant', 'event_source', 'proposal', 'proposal_party', 'proposal_version',
            'version_source', 'point', 'point_topic', 'point_source', 'point_link', 'measure',
            'key_figure', 'position', 'position_source']
    loop
        execute format('create trigger %I after insert or update or delete or truncate on %I '
                       'for each statement execute function bump_data_revision()', t || '_bumps_revision', t);
    end loop;
end
$$;
