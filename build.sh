#!/usr/bin/env bash
# ruralguard build driver. Usage: ./build.sh {demo|test|bench|asan|tsan|fuzz [seconds]|simulate [seconds]|abi-update|deps}
#   demo        build (release) and run the demo on the embedded SQLite store
#   test        build (release) and run every test suite (C++, C, Python, ABI, PostgreSQL) through ctest, then
#               the sanitizer build's CI part and the ThreadSanitizer suite (docs/hardening.md)
#   bench       build the Google Benchmark programs and run them
#   asan        build with clang-14, ASan + UBSan (+ libFuzzer targets) and run EVERY suite under it
#   tsan        build the library + tests/threads with ThreadSanitizer and run them
#   fuzz [s]    fuzz each libFuzzer target for s seconds (default 600), one after another, one
#               process, then merge the new inputs (minimised) into tests/fuzz/corpus
#   simulate [s] run the deterministic county simulator (tests/sim) for s seconds (default 300)
#   abi-update  regenerate abi/libruralguard.abi after a deliberate ABI change
#   deps        only install the missing Debian packages
set -euo pipefail
cd "$(dirname "$0")"

# Debian 12 packages the build needs (see the README's dependency table).
PACKAGES=(cmake make g++ pkg-config python3 binutils
          libboost-dev libboost-date-time-dev libsqlite3-dev libsqlitecpp-dev
          libgtest-dev libbenchmark-dev libssl-dev nlohmann-json3-dev libcsv-dev abigail-tools
          clang-14 libclang-rt-14-dev postgresql-15 postgresql-server-dev-15
          openjdk-17-jdk-headless libjna-java junit4 libhamcrest-java
          python3-venv python3-wheel python3-setuptools python3-pip python3-pandas mypy)

install_missing() {
  local missing=()
  for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "build.sh: installing missing Debian packages: ${missing[*]}"
  local apt=(apt-get)
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      apt=(sudo apt-get)
    else
      echo "build.sh: these Debian packages are missing and I am not root and cannot sudo:" >&2
      echo "  sudo apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${apt[@]}" update -qq || true
  "${apt[@]}" install -y --no-install-recommends "${missing[@]}"
}

configure_build() {
  local preset=$1
  cmake --preset "$preset" >/dev/null
  cmake --build --preset "$preset"
}

cmd=${1:-}
case "$cmd" in
  deps)
    install_missing ;;
  demo)
    install_missing
    configure_build release
    ./build/release/src/cli/ruralguard demo ;;
  test)
    install_missing
    configure_build release
    ctest --preset release
    # The whole suite again under ASan + UBSan, with a 15 s fuzz run per target (label fuzz):
    # about 8.5 minutes on 2 cores (docs/hardening.md).
    configure_build asan
    ctest --preset asan
    # The ThreadSanitizer run builds only the library and tests/threads (about 5 minutes cold on
    # 2 cores, seconds when warm); RG_SKIP_TSAN=1 leaves it out.
    if [ "${RG_SKIP_TSAN:-0}" != 1 ]; then
      configure_build tsan
      ctest --preset tsan
    fi ;;
  bench)
    install_missing
    configure_build bench
    for b in build/bench/benchmarks/*_bench; do
      echo "== $b"
      "$b" --benchmark_min_time=0.2
    done ;;
  asan)
    install_missing
    configure_build asan
    ctest --preset asan ;;
  tsan)
    install_missing
    configure_build tsan
    ctest --preset tsan ;;
  fuzz)
    seconds=${2:-600}
    install_missing
    configure_build asan
    fuzz_dir=build/asan/tests/fuzz
    for t in money_parse date_parse region_code policy_json csv_import batch_abi; do
      work=build/asan/fuzz-long/$t
      rm -rf "$work" && mkdir -p "$work/new" "$work/merged"
      echo "== $t: fuzzing ${seconds}s"
      "$fuzz_dir/${t}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$work/" "$work/new" "tests/fuzz/corpus/$t" 2>"$work/log" || {
          tail -40 "$work/log"; echo "build.sh: $t failed; input and log in $work/" >&2; exit 1; }
      grep -E "^#[0-9]+ +DONE|stat::(number_of_executed_units|average_exec_per_sec)" "$work/log"
      "$fuzz_dir/${t}_fuzz" -merge=1 "$work/merged" "tests/fuzz/corpus/$t" "$work/new" 2>>"$work/log"
      rm -f "tests/fuzz/corpus/$t"/* && cp "$work/merged"/* "tests/fuzz/corpus/$t/"
      echo "   corpus: $(ls "tests/fuzz/corpus/$t" | wc -l) files, $(du -sh --apparent-size "tests/fuzz/corpus/$t" | cut -f1)"
    done
    echo "corpora merged: review 'git status tests/fuzz/corpus' and commit them" ;;
  simulate)
    # Seeds 1, 2, ... of 300 steps each until the time is up (ctest runs seeds 1-10 of 200 steps);
    # a failing seed prints the broken invariant, a minimised step list and its replay command.
    seconds=${2:-300}
    install_missing
    cmake --preset release >/dev/null
    cmake --build build/release --target rg_simulate -j2
    ./build/release/tests/sim/rg_simulate --seconds "$seconds" --steps 300 ;;
  abi-update)
    install_missing
    configure_build release
    abidw --headers-dir include/ruralguard --drop-private-types --exported-interfaces-only \
      --no-corpus-path --no-comp-dir-path --no-show-locs --type-id-style hash \
      --out-file abi/libruralguard.abi build/release/src/libruralguard.so
    echo "abi/libruralguard.abi updated: review 'git diff abi/' and commit it" ;;
  *)
    sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'
    exit 2 ;;
esac
