-- Failed logins per username, shared by every instance: after repeated failures the
-- account refuses logins for a while, whichever instance the attacker reaches.
create table login_failure (
    username        varchar(100) primary key,
    failures        int          not null check (failures > 0),
    last_failure_at timestamptz  not null
);

-- One row per submitted creation form (its hidden token): a double-submitted form finds
-- the row of the first submission and is answered with the same result, creating nothing.
create table form_submission (
    token        uuid          primary key,
    username     varchar(60)   not null,
    result_path  varchar(500),
    submitted_at timestamptz   not null default now()
);
