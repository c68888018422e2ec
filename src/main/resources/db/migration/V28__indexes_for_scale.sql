-- The overview's key-figure table walks the published versions newest first and stops at the
-- first few that set figures, so it reads the same few rows however many versions there are.
create index proposal_version_published_issued_idx on proposal_version (issued_on desc, id desc)
    where status = 'PUBLISHED';

-- The latest positions (the overview, feeds) likewise: newest first, stopping after a few.
create index position_stated_idx on position (stated_on desc, id desc);
