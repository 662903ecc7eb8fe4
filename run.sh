#!/usr/bin/env bash
# Sets up what Sleeve needs on Debian, builds it and starts the explorer.
#
#   ./run.sh              your library as it is, or a synthesised demo library if it is empty
#   ./run.sh ~/Music      scan (and analyse) that folder first, then explore it
#
# Installs the Debian packages it lacks when run as root (or with sudo):
# ffmpeg, which decodes AAC/ALAC and speeds up MP3 analysis, and gcc,
# pkg-config and libasound2-dev, which the sound output needs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

missing=()
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
dpkg -s libasound2-dev >/dev/null 2>&1 || missing+=(libasound2-dev)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else sudo="none"; fi
  if [ "$sudo" = none ]; then
    echo "run.sh: please install ${missing[*]} (apt-get install ${missing[*]}); going on without" >&2
  else
    echo "run.sh: installing ${missing[*]}" >&2
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
  fi
fi

command -v go >/dev/null 2>&1 || { echo "run.sh: Go is not installed (https://go.dev/doc/install)" >&2; exit 1; }
mkdir -p bin
go build -o bin/sleeve .

if [ $# -gt 0 ]; then
  bin/sleeve scan "$@" || [ $? = 130 ]
  echo "run.sh: 'bin/sleeve notes' writes the sleeve notes (with Ollama if it runs, from templates if not)." >&2
  exec bin/sleeve
fi
# stats fails when there is no library yet: that counts as empty.
tracks=$( (bin/sleeve stats --json 2>/dev/null || true) | sed -n 's/^ *"tracks": *\([0-9]*\).*/\1/p' | head -n 1)
if [ "${tracks:-0}" = 0 ]; then
  # The demo gets a database of its own, so it never mixes with your music.
  demo_db="${XDG_DATA_HOME:-$HOME/.local/share}/sleeve/demo.db"
  echo "run.sh: your library is empty, so here is a demo library synthesised by Sleeve." >&2
  echo "run.sh: './run.sh ~/Music' scans your own music instead." >&2
  bin/sleeve demo --db "$demo_db"
  bin/sleeve notes --db "$demo_db" --quiet || true
  exec bin/sleeve --db "$demo_db"
fi
exec bin/sleeve
