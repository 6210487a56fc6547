package main

import (
	"flag"
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

// openStore opens the SQLite store at path.
func openStore(path string) (*sqlite.Store, error) {
	return sqlite.Open(path)
}
