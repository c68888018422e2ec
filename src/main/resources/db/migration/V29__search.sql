-- Full-text search over published points, positions, events and sources.
-- unaccent ships with PostgreSQL's contrib (the embedded binaries have it); on an external
-- server, creating it may need a superuser once.
create extension if not exists unaccent;

-- The simple parser and dictionary (no stemming, so Latin and Cyrillic behave alike and a
-- word is found as typed), with accents dropped first: "Zelenskyy" finds "Zelenskyy" and
-- "Rīga" finds "Riga". Only words with non-ASCII letters can carry accents.
create text search configuration parley_search (copy = simple);
alter text search configuration parley_search
    alter mapping for word, hword, hword_part with unaccent, simple;

-- Generated, so every writer (forms, importer, manual SQL) keeps them right; not mapped by
-- Hibernate and not audited. Titles weigh more than texts in the ranking.
alter table point add column search tsvector generated always as (
    setweight(to_tsvector('parley_search'::regconfig, coalesce(label, '') || ' ' || title), 'A')
    || to_tsvector('parley_search'::regconfig, text)) stored;
create index point_search_idx on point using gin (search);

alter table position add column search tsvector generated always as (
    setweight(to_tsvector('parley_search'::regconfig, coalesce(quote, '')), 'A')
    || to_tsvector('parley_search'::regconfig, paraphrase)) stored;
create index position_search_idx on position using gin (search);

alter table event add column search tsvector generated always as (
    setweight(to_tsvector('parley_search'::regconfig, title), 'A')
    || to_tsvector('parley_search'::regconfig, coalesce(place, '') || ' ' || coalesce(outcome, ''))) stored;
create index event_search_idx on event using gin (search);

alter table source add column search tsvector generated always as (
    setweight(to_tsvector('parley_search'::regconfig, title), 'A')
    || to_tsvector('parley_search'::regconfig, publisher || ' ' || coalesce(note, ''))) stored;
create index source_search_idx on source using gin (search);
