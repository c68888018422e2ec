-- The list of open drafts (/drafts) finds each draft's last change among its points'
-- revisions; without this, every draft would scan the whole point history.
create index point_aud_version_rev on point_aud (version_id, rev);
