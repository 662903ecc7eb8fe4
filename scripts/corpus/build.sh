#!/bin/sh
# Build Sleeve's development corpus (issue 10): real compositions from Debian packages rendered to
# mp3/ogg/flac/m4a, plus sox drum and click patterns, with truth and provenance per file.
#   sh scripts/corpus/build.sh [build.py options]      e.g. --only sox,abc  --jobs 1
# Output and cache: $SLEEVE_CORPUS (default /work/corpus), never inside the repository.
# Installs its Debian packages when missing (root, Debian 12). Not part of CI: it takes tens of
# minutes (lmms renders at about 2x realtime). Rerunning it renders only what is missing.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
export SLEEVE_CORPUS="${SLEEVE_CORPUS:-/work/corpus}"
PKGS="lmms lmms-common hydrogen hydrogen-data musescore3 musescore3-common abcmidi fluidsynth
timgm6mb-soundfont csound-soundfont opl3-soundfont sox ffmpeg"
missing=""
for p in $PKGS; do dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"; done
if [ -n "$missing" ]; then
  echo "installing:$missing" >&2
  apt-get update -qq
  # shellcheck disable=SC2086
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
fi
mkdir -p "$SLEEVE_CORPUS"
exec python3 "$HERE/build.py" --corpus "$SLEEVE_CORPUS" "$@"
