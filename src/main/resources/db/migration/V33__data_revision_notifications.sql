-- Every new revision is announced to the instances listening (RevisionWatch), at commit, so
-- that they keep the revision in memory instead of reading it on every request. A trigger on
-- the revision row itself, so that every way of raising it announces it.
create function announce_data_revision() returns trigger language plpgsql as $$
begin
    perform pg_notify('parley_data_revision', new.revision::text);
    return null;
end
$$;

create trigger data_revision_announced after update on data_revision
    for each row execute function announce_data_revision();
