-- The points of its base that a version strikes out. A version known only in part says
-- nothing by leaving a base point out (that point is "not known" in it), so a removal it
-- makes has to be recorded; a complete version removes whatever it does not carry over.
create table version_removed_point (
    version_id bigint not null references proposal_version (id) on delete cascade,
    point_id   bigint not null references point (id) on delete cascade,
    primary key (version_id, point_id)
);
create index version_removed_point_point on version_removed_point (point_id);

create table version_removed_point_aud (
    version_id bigint not null, point_id bigint not null, rev bigint not null references revision (id),
    revtype smallint,
    primary key (rev, version_id, point_id)
);

create trigger version_removed_point_immutable_when_published
    before insert or update or delete on version_removed_point
    for each row execute function parley_refuse_published_content_change('version_id', 'version');

create trigger version_removed_point_bumps_revision
    after insert or update or delete or truncate on version_removed_point
    for each statement execute function bump_data_revision();
