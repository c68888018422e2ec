-- Failed logins per (username, client address) and per client address, shared by every
-- instance. They slow guessing down; they never lock an account, so an attacker elsewhere
-- cannot keep its owner out. Replaces the per-username lock of V11.
drop table login_failure;

create table login_throttle (
    subject         varchar(200) primary key,
    failures        int          not null check (failures > 0),
    last_failure_at timestamptz  not null
);
create index login_throttle_last_failure_idx on login_throttle (last_failure_at);
