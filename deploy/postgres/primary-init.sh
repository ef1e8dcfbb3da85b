#!/bin/bash
# Runs once, when the primary's volume is first initialised (/docker-entrypoint-initdb.d): a role the
# replica streams WAL as, and a pg_hba.conf line letting it connect for replication from the compose
# network (the image's own line, "host all all all", does not cover replication connections).
# wal_level=replica and max_wal_senders=10 are Postgres 17's defaults: nothing to set for them.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v password="$REPLICATION_PASSWORD" <<'SQL'
CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD :'password';
SQL
echo 'host replication replicator all scram-sha-256' >>"$PGDATA/pg_hba.conf"
