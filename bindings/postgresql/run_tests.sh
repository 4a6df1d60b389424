#!/usr/bin/env bash
# Runs the extension's pg_regress suite (or, with --bench, bench/assess_bench.sql) in a throw-away
# PostgreSQL cluster (docs/postgres.md "Tests"):
#  - the extension is installed with PGXS `make install DESTDIR=...` into a private copy of the
#    server's layout under a fresh /tmp directory (the server binaries copied, everything else of
#    the system share/lib dirs symlinked), so the system PostgreSQL directories are never written;
#  - PostgreSQL refuses to run as root: as root the cluster runs as `nobody` (or $RG_PG_USER);
#  - the server listens only on a Unix socket in that directory; it is stopped and the directory
#    removed on every exit, including failures.
# Usage: run_tests.sh --pg-config PATH --pgxs-build DIR --rg-include DIR --rg-lib LIBFILE [--bench]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
pg_config=/usr/lib/postgresql/15/bin/pg_config
pgxs_build=
rg_include="$here/../../include"
rg_lib=
mode=regress
while [ $# -gt 0 ]; do
  case "$1" in
    --pg-config) pg_config=$2; shift 2 ;;
    --pgxs-build) pgxs_build=$2; shift 2 ;;
    --rg-include) rg_include=$2; shift 2 ;;
    --rg-lib) rg_lib=$2; shift 2 ;;
    --bench) mode=bench; shift ;;
    *) echo "run_tests.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
[ -n "$pgxs_build" ] && [ -f "$pgxs_build/ruralguard.so" ] || { echo "run_tests.sh: --pgxs-build DIR with ruralguard.so required" >&2; exit 2; }
[ -n "$rg_lib" ] && [ -e "$rg_lib" ] || { echo "run_tests.sh: --rg-lib libruralguard.so.N required" >&2; exit 2; }

bindir=$("$pg_config" --bindir)
sharedir=$("$pg_config" --sharedir)
pkglibdir=$("$pg_config" --pkglibdir)
pgxs=$("$pg_config" --pgxs)
pg_regress=$(dirname "$pgxs")/../test/regress/pg_regress

run_as=()
if [ "$(id -u)" -eq 0 ]; then
  user=${RG_PG_USER:-nobody}
  id "$user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$user"
  run_as=(runuser -u "$user" --)
fi

# RG_PG_TMPDIR: where the throw-away installation and cluster go (default /tmp; it must allow
# executables, and stay short: the Unix socket path is limited to 107 bytes).
work=$(mktemp -d "${RG_PG_TMPDIR:-/tmp}/ruralguard-pg.XXXXXX")
chmod 755 "$work"
root=$work/root
data=$work/data
sock=$work/sock
port=5432
started=0
cleanup() {
  local rc=$?
  if [ "$started" = 1 ]; then
    "${run_as[@]}" "$root$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  if [ $rc -ne 0 ] && [ -f "$work/server.log" ]; then
    echo "---- server log (last 40 lines)"; tail -40 "$work/server.log"
  fi
  rm -rf "$work"
  exit $rc
}
trap cleanup EXIT INT TERM

# 1. Private install layout: PostgreSQL finds its share and lib dirs relative to the postgres
#    binary, so a copied binary uses $root's dirs.
make -s -C "$pgxs_build" -f "$here/Makefile" VPATH="$here" PG_CONFIG="$pg_config" \
  RG_INCLUDE="$rg_include" RG_LIBDIR="$(dirname "$rg_lib")" install DESTDIR="$root" >/dev/null
mkdir -p "$root$bindir"
cp "$bindir/postgres" "$bindir/initdb" "$bindir/pg_ctl" "$root$bindir/"
for e in "$sharedir"/*; do [ -e "$root$sharedir/$(basename "$e")" ] || ln -s "$e" "$root$sharedir/"; done
for e in "$sharedir"/extension/*; do [ -e "$root$sharedir/extension/$(basename "$e")" ] || ln -s "$e" "$root$sharedir/extension/"; done
for e in "$pkglibdir"/*; do [ -e "$root$pkglibdir/$(basename "$e")" ] || ln -s "$e" "$root$pkglibdir/"; done
# The module's rpath has $ORIGIN first: the library beside it is the one it loads.
cp -L "$rg_lib" "$root$pkglibdir/$(basename "$rg_lib")"
chmod -R a+rX "$root"

# 2. Cluster, owned by the unprivileged user.
mkdir -p "$data" "$sock"
[ ${#run_as[@]} -gt 0 ] && chown "$user" "$data" "$sock" "$work"
"${run_as[@]}" "$root$bindir/initdb" -D "$data" -U postgres --auth=trust --no-locale -E UTF8 -N >/dev/null
"${run_as[@]}" "$root$bindir/pg_ctl" -D "$data" -l "$work/server.log" -w -t 60 \
  -o "-k $sock -p $port -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_worker_processes=8 -c max_parallel_workers=8 -c shared_buffers=128MB -c work_mem=64MB" \
  start >/dev/null
started=1

if [ "$mode" = bench ]; then
  "$bindir/psql" -X -h "$sock" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
    -f "$here/bench/assess_bench.sql"
  exit 0
fi

# 3. pg_regress against it (the client side runs as the caller).
out=$pgxs_build/regress
rm -rf "$out" && mkdir -p "$out"
status=0
"$pg_regress" --host="$sock" --port="$port" --user=postgres \
  --bindir="$bindir" --inputdir="$here" --outputdir="$out" --dbname=ruralguard_regression \
  ruralguard_basic ruralguard_errors ruralguard_parallel || status=$?
if [ $status -ne 0 ] && [ -f "$out/regression.diffs" ]; then
  echo "---- regression.diffs"; head -200 "$out/regression.diffs"
fi
exit $status
