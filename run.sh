#!/usr/bin/env bash
# Sets up what Sleeve needs on Debian, builds it and starts the explorer.
#
#   ./run.sh              your library as it is, or a synthesised demo library if it is empty
#   ./run.sh ~/Music      scan (and analyse) that folder and write its notes first, then explore it
#
# Checks Go first (go.mod's version), then installs the Debian packages it
# lacks when run as root or with sudo: ffmpeg, which decodes AAC/ALAC and
# speeds up MP3 analysis, and gcc, pkg-config and libasound2-dev, which the
# sound output needs. apt's output goes to bin/setup.log. It links
# ~/.local/bin/sleeve to the binary, so `sleeve` works as the README says.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
. scripts/setup.sh

need_go run.sh
mkdir -p bin
install_packages run.sh bin/setup.log ffmpeg gcc pkg-config libasound2-dev || true

if [ ! -x bin/sleeve ]; then
  echo "run.sh: building bin/sleeve; the first build compiles every dependency and takes about 2 to 5 minutes, later ones a few seconds" >&2
fi
go build -o bin/sleeve .

# The name people are told to type.
sleeve=bin/sleeve
link_dir="$HOME/.local/bin"
if mkdir -p "$link_dir" 2>/dev/null && ln -sfn "$PWD/bin/sleeve" "$link_dir/sleeve" 2>/dev/null; then
  case ":$PATH:" in
    *":$link_dir:"*) sleeve=sleeve ;;
    *) echo "run.sh: linked $link_dir/sleeve; add $link_dir to your PATH to type 'sleeve' (until then: $PWD/bin/sleeve)" >&2 ;;
  esac
fi

if [ $# -gt 0 ]; then
  bin/sleeve scan "$@" || [ $? = 130 ]
  bin/sleeve notes --quiet || true
  exec bin/sleeve
fi

tracks=$( (bin/sleeve stats --json 2>/dev/null || true) | sed -n 's/^ *"tracks": *\([0-9]*\).*/\1/p' | head -n 1)
if [ "${tracks:-0}" != 0 ]; then
  exec bin/sleeve
fi
# The demo gets a database of its own, so it never mixes with your music.
demo_db="${XDG_DATA_HOME:-$HOME/.local/share}/sleeve/demo.db"
demo_tracks=$( (bin/sleeve stats --json --db "$demo_db" 2>/dev/null || true) | sed -n 's/^ *"tracks": *\([0-9]*\).*/\1/p' | head -n 1)
if [ "${demo_tracks:-0}" = 0 ]; then
  echo "run.sh: your library is empty, so here is a demo library synthesised by Sleeve (about a minute)." >&2
  bin/sleeve demo --db "$demo_db"
else
  echo "run.sh: opening the demo library; '$sleeve scan ~/Music' or './run.sh ~/Music' reads your own music." >&2
fi
bin/sleeve notes --db "$demo_db" --quiet || true
exec bin/sleeve --db "$demo_db"
