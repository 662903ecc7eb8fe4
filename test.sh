#!/usr/bin/env bash
# Runs every check that CI runs: formatting, go vet, a build without cgo,
# and all tests with the race detector.
#
# Installs the Debian packages the tests need when run as root: gcc (the
# race detector needs cgo) and ffmpeg (to encode test files in every
# format; without it those tests are skipped with a message).
# Tests against a real Ollama run when SLEEVE_TEST_OLLAMA is set, as
# .ci/run does with ../shared/ollama/test-ollama; otherwise they skip.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

missing=()
command -v gcc >/dev/null 2>&1 || missing+=(gcc)
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ]; then
  echo "test.sh: installing ${missing[*]}" >&2
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then echo "gofmt would change: $unformatted"; exit 1; fi
echo "== go vet"
go vet ./...
echo "== build and compile the tests without cgo"
CGO_ENABLED=0 go build ./...
CGO_ENABLED=0 go test -count=1 -run '^$' ./... >/dev/null
echo "== go test -race"
go test -race -count=1 -timeout 20m ./...
