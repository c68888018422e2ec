#!/bin/bash
# Runs once, when the primary's data directory is first created (docker-entrypoint-initdb.d):
# a login that may stream the write-ahead log, pg_hba.conf letting it in with its password,
# and the replication settings, which take effect when the real server starts after this.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
	-v password="$REPLICATION_PASSWORD" <<'SQL'
create role replicator with replication login password :'password';
alter system set wal_level = 'replica';
alter system set wal_keep_size = '256MB';
-- a commit returns once the standby has applied it, so a page read from the replica right
-- after a save shows the save; the price: writes wait while the replica is down
alter system set synchronous_standby_names = '*';
alter system set synchronous_commit = 'remote_apply';
SQL
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
