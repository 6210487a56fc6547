package main

import (
	"flag"
	"fmt"
	"os"

	"dossier/sqlite"
)

// defaultDB is the store used when neither --db nor DOSSIER_DB names one.
const defaultDB = "dossier.db"

// dbFlag adds the --db flag.
func dbFlag(fs *flag.FlagSet) *string {
	def := os.Getenv("DOSSIER_DB")
	if def == "" {
		def = defaultDB
	}
	return fs.String("db", def, "SQLite database `FILE` (default from $DOSSIER_DB, else dossier.db)")
}

// openStore opens the SQLite store at path, creating it.
func openStore(path string) (*sqlite.Store, error) {
	return sqlite.Open(path)
}

// openExistingStore opens the SQLite store at path for a command that
// only reads, refusing to create an empty one where the user mistyped.
func openExistingStore(path string) (*sqlite.Store, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("%s: no such database (create it with 'dossier ingest --db %s PATH...')", path, path)
	}
	return sqlite.Open(path)
}
