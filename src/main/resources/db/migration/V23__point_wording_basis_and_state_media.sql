-- What a point's text is: the document's own words, a translation of them, or Parley's
-- paraphrase. Remarks about the wording already have their own column (point.note).
-- Every text stored so far was written in Parley's own words, hence the default.
alter table point add column text_basis varchar(20) not null default 'PARAPHRASE'
    check (text_basis in ('VERBATIM', 'TRANSLATION', 'PARAPHRASE'));
alter table point_aud add column text_basis varchar(20);

-- Outlets a state controls (RT, TASS, a foreign ministry's journal) are graded apart from
-- independent media.
alter table source drop constraint source_reliability_check;
alter table source alter column reliability type varchar(30);
alter table source add constraint source_reliability_check
    check (reliability in ('OFFICIAL', 'REPUTABLE_MEDIA', 'STATE_CONTROLLED_MEDIA', 'AGGREGATOR', 'UNVERIFIED'));
alter table source_aud alter column reliability type varchar(30);
