#!/bin/sh
# Run Sleeve and its peers (essentia.js, aubio) on the development corpus and print the table
# (Acc1, Acc2, MIREX, xRT) of ../shared/peers/compare.py, scored on the files every system has.
#   sh scripts/corpus/compare.sh                 peers for new files only (cached per file), then Sleeve
#   sh scripts/corpus/compare.sh --sleeve-only   Sleeve only, scored next to the cached peer results
# Environment:
#   SLEEVE_CORPUS  the corpus built by build.sh (default /work/corpus)
#   SYSTEMS        peers to run (default "essentia aubio"; see ../shared/peers/README.md)
#   ESSENTIA_ARGS  default "--bpm=rhythm2013,percival --profiles=krumhansl,edma,temperley,bgate --no-loudness"
#   PEER_JOBS      peer processes run at once, each on a share of the new files (default 2)
#   PEERS_DIR      the peers' scripts (default: ../shared/peers beside the checkout, else /work/shared/peers)
#   EXTRA          more result TSVs to score alongside, e.g. "base=/work/corpus/results/sleeve-4ec1a73.tsv"
#   COMPARE_ARGS   more compare.py options, e.g. "--detail" or "--by-quality"
#   RESULTS        where this run's results go (default $SLEEVE_CORPUS/results; peer cache stays there)
#   SLEEVE_TSV     a prebuilt sleeve-tsv binary to use instead of building this checkout's (e.g. a
#                  baseline), with SLEEVE_COMMIT naming the commit it was built from
#   SUBSET         an extended regular expression: only corpus files whose path matches, e.g. "/(sox|abc)/"
# Outputs in $SLEEVE_CORPUS/results: sleeve.tsv (and a copy sleeve-<commit>.tsv), sleeve.log (with the
# confidence calibration), <peer>.tsv, per-file.tsv, report.txt. Not part of CI (tens of minutes the
# first time; a rerun takes about a minute of Sleeve).
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
CORPUS=${SLEEVE_CORPUS:-/work/corpus}
SYSTEMS=${SYSTEMS:-"essentia aubio"}
PEER_JOBS=${PEER_JOBS:-2}
export ESSENTIA_ARGS="${ESSENTIA_ARGS:---bpm=rhythm2013,percival --profiles=krumhansl,edma,temperley,bgate --no-loudness}"
if [ -z "${PEERS_DIR:-}" ]; then
  if [ -f "$REPO/../shared/peers/compare.py" ]; then PEERS_DIR="$REPO/../shared/peers"; else PEERS_DIR=/work/shared/peers; fi
fi
SLEEVE_ONLY=0
for a in "$@"; do
  case $a in
    --sleeve-only) SLEEVE_ONLY=1 ;;
    *) echo "usage: compare.sh [--sleeve-only]" >&2; exit 2 ;;
  esac
done
TRUTH=$CORPUS/truth.tsv
OUT=${RESULTS:-$CORPUS/results}
CACHE=$CORPUS/results/peers
[ -s "$CORPUS/files.list" ] || { echo "no corpus at $CORPUS: run scripts/corpus/build.sh first" >&2; exit 1; }
mkdir -p "$OUT" "$CACHE"
LIST=$OUT/files.list
grep -E "${SUBSET:-.}" "$CORPUS/files.list" > "$LIST" || { echo "no corpus file matches SUBSET=$SUBSET" >&2; exit 1; }

if [ "$SLEEVE_ONLY" = 0 ]; then
  if ! command -v aubio >/dev/null 2>&1 || [ ! -d "${ESSENTIA_DIR:-/tmp/peers/essentia}/node_modules" ]; then
    sh "$PEERS_DIR/setup.sh" >&2
  fi
  for s in $SYSTEMS; do
    n=$(python3 "$HERE/peer_cache.py" missing "$CACHE/$s.tsv" "$LIST" "$CACHE/$s.todo")
    if [ "$n" -gt 0 ]; then
      echo "$s: analysing $n new files in $PEER_JOBS shards" >&2
      i=1
      while [ "$i" -le "$PEER_JOBS" ]; do
        rm -rf "$CACHE/new.$i"
        awk -v n="$PEER_JOBS" -v i="$i" '(NR - 1) % n == i - 1' "$CACHE/$s.todo" > "$CACHE/$s.todo.$i"
        if [ -s "$CACHE/$s.todo.$i" ]; then
          SYSTEMS=$s nice -n 10 sh "$PEERS_DIR/run-peers.sh" "$CACHE/$s.todo.$i" "$CACHE/new.$i" &
        fi
        i=$((i + 1))
      done
      wait
      for f in "$CACHE"/new.*/"$s.tsv"; do
        [ -f "$f" ] && python3 "$HERE/peer_cache.py" merge "$CACHE/$s.tsv" "$f"
      done
    fi
  done
fi

# Sleeve, through the analyser's own Measure (the code path of `sleeve analyze`).
commit=$(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown)
dirty=$(git -C "$REPO" status --porcelain -- library 2>/dev/null | head -1)
[ -z "$dirty" ] || commit="$commit-dirty"
TOOL=$OUT/sleeve-tsv
if [ -n "${SLEEVE_TSV:-}" ]; then
  TOOL=$SLEEVE_TSV
  commit=${SLEEVE_COMMIT:-$(basename "$TOOL")}
else
  (cd "$REPO" && go build -o "$TOOL" ./scripts/corpus/sleeve-tsv)
fi
echo "sleeve ($commit): analysing $(wc -l < "$LIST") files" >&2
nice -n 10 "$TOOL" -q -files-from "$LIST" -truth "$TRUTH" -root "$CORPUS/audio" \
  > "$OUT/sleeve.tsv" 2> "$OUT/sleeve.log" || { cat "$OUT/sleeve.log" >&2; exit 1; }
[ -n "${SUBSET:-}" ] || cp "$OUT/sleeve.tsv" "$OUT/sleeve-$commit.tsv"

set -- "sleeve=$OUT/sleeve.tsv"
for s in $SYSTEMS; do
  if [ -s "$CACHE/$s.tsv" ]; then
    python3 "$HERE/peer_cache.py" select "$CACHE/$s.tsv" "$LIST" "$OUT/$s.tsv"
    set -- "$@" "$s=$OUT/$s.tsv"
  fi
done
# shellcheck disable=SC2086
set -- "$@" ${EXTRA:-}
{
  echo "corpus: $(cat "$CORPUS/STATUS" 2>/dev/null)"
  echo "sleeve commit: $commit; $(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
  # shellcheck disable=SC2086
  python3 "$PEERS_DIR/compare.py" "$TRUTH" "$@" --root "$CORPUS/audio" --common \
    --per-file "$OUT/per-file.tsv" ${COMPARE_ARGS:-}
  echo
  echo "by source (same files):"
  python3 "$HERE/per_source.py" "$OUT/per-file.tsv"
  echo
  echo "exact truth only:"
  # shellcheck disable=SC2086
  python3 "$PEERS_DIR/compare.py" "$TRUTH" "$@" --root "$CORPUS/audio" --common --quality exact ${COMPARE_ARGS:-}
  echo
  grep '^confidence calibration' "$OUT/sleeve.log" || true
} | tee "$OUT/report.txt"
