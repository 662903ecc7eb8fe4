#!/usr/bin/env bash
# Runs every check that CI runs: formatting, go vet, a build without cgo,
# and all tests with the race detector.
#
# Checks Go first (go.mod's version), then installs the Debian packages
# the tests need when run as root (or with sudo): gcc (the race detector
# needs cgo), pkg-config and libasound2-dev (the sound output, which go
# vet and the race build compile), ffmpeg (to encode test files in every
# format), tmux (the explorer's end-to-end test), and fluidsynth with the
# timgm6mb-soundfont (the instrument test renders MIDI through them). apt's output goes to
# bin/setup.log. Tests against a real Ollama run when SLEEVE_TEST_OLLAMA
# is set, as .ci/run does with ../shared/ollama/test-ollama; otherwise
# they skip.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
. scripts/setup.sh

need_go test.sh
mkdir -p bin
install_packages test.sh bin/setup.log gcc pkg-config libasound2-dev ffmpeg tmux fluidsynth timgm6mb-soundfont

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted"; exit 1; fi
echo "== go vet (the first run compiles every dependency: a few minutes)"
go vet ./...
echo "== build and compile the tests without cgo"
CGO_ENABLED=0 go build ./...
CGO_ENABLED=0 go test -count=1 -run '^$' ./... >/dev/null
echo "== go test -race"
go test -race -count=1 -timeout 30m ./...
