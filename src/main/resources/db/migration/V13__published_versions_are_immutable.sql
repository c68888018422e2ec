-- A published version and everything that belongs to it never changes: corrections are new
-- versions. The application refuses such edits too; this makes the database refuse them
-- whatever the code path (manual SQL, a future bug). Importers create a version as DRAFT,
-- fill it, then publish it (an UPDATE from DRAFT), which stays allowed.

create function parley_refuse_published_version_change() returns trigger
language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'version % of proposal % is published and cannot change', old.number, old.proposal_id
            using errcode = 'integrity_constraint_violation';
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger proposal_version_immutable_when_published
    before update or delete on proposal_version
    for each row execute function parley_refuse_published_version_change();

-- True when the version is published.
create function parley_version_is_published(version bigint) returns boolean
language sql stable as $$
    select exists (select 1 from proposal_version v where v.id = version and v.status = 'PUBLISHED')
$$;

create function parley_point_version(p bigint) returns bigint
language sql stable as $$
    select version_id from point where id = p
$$;

-- Rows of tables that belong to a version through a column: argument 0 names the column,
-- argument 1 says whether it holds a version id ('version') or a point id ('point').
create function parley_refuse_published_content_change() returns trigger
language plpgsql as $$
declare
    column_name text := tg_argv[0];
    holds text := tg_argv[1];
    ids bigint[] := '{}';
    id bigint;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        ids := ids || (to_jsonb(old) ->> column_name)::bigint;
    end if;
    if tg_op in ('UPDATE', 'INSERT') then
        ids := ids || (to_jsonb(new) ->> column_name)::bigint;
    end if;
    foreach id in array ids loop
        if holds = 'point' then
            id := parley_point_version(id);
        end if;
        if id is not null and parley_version_is_published(id) then
            raise exception '% of a published version cannot change (%)', tg_table_name, tg_op
                using errcode = 'integrity_constraint_violation';
        end if;
    end loop;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger point_immutable_when_published
    before insert or update or delete on point
    for each row execute function parley_refuse_published_content_change('version_id', 'version');
create trigger version_source_immutable_when_published
    before insert or update or delete on version_source
    for each row execute function parley_refuse_published_content_change('version_id', 'version');
create trigger point_link_immutable_when_published
    before insert or update or delete on point_link
    for each row execute function parley_refuse_published_content_change('from_point_id', 'point');
create trigger key_figure_immutable_when_published
    before insert or update or delete on key_figure
    for each row execute function parley_refuse_published_content_change('point_id', 'point');
create trigger point_topic_immutable_when_published
    before insert or update or delete on point_topic
    for each row execute function parley_refuse_published_content_change('point_id', 'point');
create trigger point_source_immutable_when_published
    before insert or update or delete on point_source
    for each row execute function parley_refuse_published_content_change('point_id', 'point');
