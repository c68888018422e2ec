-- Multiplies the sample data in place: every proposal (versions, points, topics, sources,
-- figures, links) and every position is copied :times - 1 times; copy k renames proposal
-- slugs to "{slug}-copy-{k}" and keeps links, based-on versions and position targets inside
-- the copy. The result has the same shape as bench/generate-dataset.py writes.
-- Usage: psql -v times=100 -f bench/multiply.sql   (on a database holding the sample only)
\set ON_ERROR_STOP on
begin;

create temp table copies as select generate_series(1, :times - 1) as k;
create temp table originals as select id from proposal where slug not like '%-copy-%';

insert into proposal (slug, name, summary)
select p.slug || '-copy-' || c.k, p.name || ' (copy ' || c.k || ')', p.summary
from proposal p join originals o on o.id = p.id cross join copies c;

create temp table proposal_map as
select p.id as old_id, c.k, np.id as new_id
from proposal p join originals o on o.id = p.id cross join copies c
join proposal np on np.slug = p.slug || '-copy-' || c.k;

insert into proposal_party (proposal_id, party_id)
select m.new_id, pp.party_id from proposal_party pp join proposal_map m on m.old_id = pp.proposal_id;

insert into proposal_version (proposal_id, number, title, issued_on, date_precision, provenance, completeness,
                              status, published_at, note)
-- copies start as drafts: a published version's content can no longer be added to (V13)
select m.new_id, v.number, v.title, v.issued_on, v.date_precision, v.provenance, v.completeness, 'DRAFT',
       null, v.note
from proposal_version v join proposal_map m on m.old_id = v.proposal_id;

create temp table version_map as
select v.id as old_id, m.k, nv.id as new_id
from proposal_version v join proposal_map m on m.old_id = v.proposal_id
join proposal_version nv on nv.proposal_id = m.new_id and nv.number = v.number;

update proposal_version nv set based_on_id = b.new_id
from version_map m join proposal_version v on v.id = m.old_id
join version_map b on b.old_id = v.based_on_id and b.k = m.k
where nv.id = m.new_id;

insert into version_source (version_id, source_id)
select m.new_id, vs.source_id from version_source vs join version_map m on m.old_id = vs.version_id;

insert into point (version_id, label, ordinal, title, text, low_confidence, note)
select m.new_id, p.label, p.ordinal, p.title, p.text, p.low_confidence, p.note
from point p join version_map m on m.old_id = p.version_id;

create temp table point_map as
select p.id as old_id, m.k, np.id as new_id
from point p join version_map m on m.old_id = p.version_id
join point np on np.version_id = m.new_id and np.label = p.label;
create index on point_map (old_id, k);

insert into point_topic (point_id, topic_id)
select m.new_id, t.topic_id from point_topic t join point_map m on m.old_id = t.point_id;
insert into point_source (point_id, source_id)
select m.new_id, s.source_id from point_source s join point_map m on m.old_id = s.point_id;
insert into key_figure (point_id, measure_id, value, qualifier)
select m.new_id, f.measure_id, f.value, f.qualifier from key_figure f join point_map m on m.old_id = f.point_id;
insert into point_link (from_point_id, to_point_id, kind)
select f.new_id, t.new_id, l.kind
from point_link l join point_map f on f.old_id = l.from_point_id
join point_map t on t.old_id = l.to_point_id and t.k = f.k;

-- filled: now publish the copies as their originals are
update proposal_version nv set status = v.status, published_at = v.published_at
from version_map m join proposal_version v on v.id = m.old_id
where nv.id = m.new_id;

insert into position (party_id, person_id, stance, stated_on, target_point_id, target_version_id, target_topic_id,
                      topic_id, paraphrase, quote, source_id, event_id, low_confidence, note)
select p.party_id, p.person_id, p.stance, p.stated_on, pm.new_id, vm.new_id, p.target_topic_id, p.topic_id,
       p.paraphrase, p.quote, p.source_id, p.event_id, p.low_confidence, p.note
from position p cross join copies c
left join point_map pm on pm.old_id = p.target_point_id and pm.k = c.k
left join version_map vm on vm.old_id = p.target_version_id and vm.k = c.k;

commit;
analyze;
select (select count(*) from proposal) as proposals, (select count(*) from point) as points,
       (select count(*) from point_link) as links, (select count(*) from position) as positions;
