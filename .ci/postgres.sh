#!/usr/bin/env bash
# Starts a throw-away PostgreSQL on 127.0.0.1 for the server tests and prints the environment:
#   eval "$(bash .ci/postgres.sh)"      # then DATABASE_URL is set; "$PG_STOP" stops the cluster
# Installs Debian's postgresql when no initdb/pg_ctl is found. Only `export` lines go to stdout.
set -euo pipefail
log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local d
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(readlink -f "$(command -v pg_ctl)")"
    return 0
  fi
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  return 1
}

if ! BINDIR="$(find_bindir)"; then
  log "initdb/pg_ctl introuvables : installation de postgresql (Debian)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2 && apt-get install -y postgresql >&2
  BINDIR="$(find_bindir)" || { log "postgresql installé mais initdb introuvable"; exit 1; }
fi
log "binaires : $BINDIR"

# PostgreSQL refuses to run as root: use the postgres account when we are root.
RUN=()
if [ "$(id -u)" = "0" ]; then
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/sh postgres
  RUN=(runuser -u postgres --)
fi

PGDIR="$(mktemp -d "${TMPDIR:-/tmp}/synergies-pg.XXXXXX")"
[ "$(id -u)" = "0" ] && chown postgres "$PGDIR"
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

"${RUN[@]}" "$BINDIR/initdb" -D "$PGDIR/data" -U postgres --auth=trust -E UTF8 --no-instructions >&2
"${RUN[@]}" "$BINDIR/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $PGDIR -c fsync=off" start >&2
"${RUN[@]}" "$BINDIR/createdb" -h 127.0.0.1 -p "$PORT" -U postgres synergies >&2
log "PostgreSQL prêt sur 127.0.0.1:$PORT (données : $PGDIR/data)"

STOP="${RUN[*]} $BINDIR/pg_ctl -D $PGDIR/data -m fast stop"
echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/synergies"
echo "export PG_DATA_DIR=$PGDIR/data"
printf 'export PG_STOP=%q\n' "$STOP"
