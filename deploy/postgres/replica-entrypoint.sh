#!/bin/bash
# A hot standby of db-primary. On an empty volume: pg_basebackup -R copies the primary and writes
# standby.signal and primary_conninfo, so Postgres starts as a replica streaming the primary's WAL.
# On a volume that has a copy already: Postgres starts and resumes streaming where it stopped.
set -euo pipefail
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  # The primary may still be initialising: retry until it takes the copy.
  until PGPASSWORD="$REPLICATION_PASSWORD" pg_basebackup -h db-primary -U replicator -D "$PGDATA" -R -X stream -c fast; do
    echo 'replica: waiting for db-primary to accept the base backup...'
    rm -rf "${PGDATA:?}"/*
    sleep 2
  done
  chmod 0700 "$PGDATA"
fi
exec postgres
