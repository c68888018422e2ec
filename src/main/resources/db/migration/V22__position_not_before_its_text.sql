-- Nobody states a position on a text before it was issued. The forms and the importer refuse
-- it with a message (Position.predatesIssue); this is the last line, for every other code path.
-- Rows stored before this rule stay as they are: only new and changed positions are checked.

create function parley_refuse_position_before_issue() returns trigger
language plpgsql as $$
declare
    issued date;
begin
    if new.target_point_id is not null then
        select v.issued_on into issued from point p join proposal_version v on v.id = p.version_id
        where p.id = new.target_point_id;
    elsif new.target_version_id is not null then
        select v.issued_on into issued from proposal_version v where v.id = new.target_version_id;
    end if;
    if issued is not null and new.stated_on < issued then
        raise exception 'a position stated on % cannot be about a text issued on %', new.stated_on, issued
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

create trigger position_not_before_its_text
    before insert or update of stated_on, target_point_id, target_version_id on position
    for each row execute function parley_refuse_position_before_issue();
