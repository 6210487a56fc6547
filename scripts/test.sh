#!/usr/bin/env bash
# Runs every test of dossier on a fresh machine: it installs what the tests
# need, then runs the formatter check, go vet, staticcheck and go test.
# Tests that read the shared data sets find them in ../shared beside the
# checkout and skip, saying so, where they are absent.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== staticcheck"
go run honnef.co/go/tools/cmd/staticcheck@v0.8.2 ./...

echo "== browser"
# The web UI's browser tests (package http) drive Debian's chromium. On a
# fresh machine (the CI runs as root) install it; with
# DOSSIER_REQUIRE_BROWSER=1 they fail, rather than skip, when it cannot
# start.
if [ ! -x /usr/bin/chromium ]; then
	if [ "$(id -u)" = 0 ]; then
		apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core
	else
		echo "chromium is missing and this is not root: install it with 'sudo apt-get install chromium'"; exit 1
	fi
fi
export DOSSIER_REQUIRE_BROWSER=1

echo "== go test"
go test -count=1 -timeout 30m ./... "$@"
