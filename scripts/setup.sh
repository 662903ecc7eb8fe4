# Shared by run.sh and test.sh (sourced, not run): checks Go before
# anything else, and installs Debian packages quietly, with apt's output
# kept in a log.

# need_go stops with a clear message unless the Go in PATH is at least
# the version in go.mod's `go` line.
need_go() {
  local want have
  want=$(sed -n 's/^go \([0-9][0-9.]*\).*/\1/p' go.mod | head -n 1)
  if ! command -v go >/dev/null 2>&1; then
    echo "$1: Sleeve needs Go $want or newer, and there is no 'go' in PATH." >&2
    go_hint "$1" "$want"
    exit 1
  fi
  have=$(go env GOVERSION 2>/dev/null | sed 's/^go//')
  have=${have:-0}
  if [ "$(printf '%s\n%s\n' "$want" "$have" | sort -V | head -n 1)" != "$want" ]; then
    echo "$1: Sleeve needs Go $want or newer; $(command -v go) is Go $have." >&2
    go_hint "$1" "$want"
    exit 1
  fi
}

go_hint() {
  echo "$1: Debian's golang-go package is older. Get Go $2 from https://go.dev/dl/ :" >&2
  echo "$1:   curl -fsSLO https://go.dev/dl/go$2.linux-amd64.tar.gz" >&2
  echo "$1:   rm -rf /usr/local/go && tar -C /usr/local -xzf go$2.linux-amd64.tar.gz" >&2
  echo "$1:   export PATH=/usr/local/go/bin:\$PATH" >&2
}

# install_packages NAME LOG PACKAGE... installs the Debian packages that
# are missing, as root or through sudo, with apt's output in LOG. Without
# either it says what to install and goes on.
install_packages() {
  local name=$1 log=$2 missing=() sudo=""
  shift 2
  for p in "$@"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo=sudo
    else
      echo "$name: please install ${missing[*]} (apt-get install ${missing[*]}); going on without" >&2
      return 0
    fi
  fi
  mkdir -p "$(dirname "$log")"
  echo "$name: installing ${missing[*]} with apt-get (a minute or two; apt's output goes to $log)" >&2
  if ! { $sudo apt-get update && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y "${missing[@]}"; } >"$log" 2>&1; then
    echo "$name: apt-get failed; the end of $log says why:" >&2
    tail -n 5 "$log" >&2
    return 1
  fi
}
