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

echo "== go test"
go test -count=1 -timeout 30m ./... "$@"
