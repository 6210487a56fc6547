// Package sqlite implements dossier.Store on one SQLite file, through the
// pure-Go driver modernc.org/sqlite, so that the dossier binary needs no C
// toolchain and no database server.
//
// The file is opened in WAL mode with synchronous=NORMAL: readers do not
// block the writer, a committed batch survives a crash of the program, and
// a power loss can at worst roll back the last commits, never corrupt the
// file. Each AddArticles batch is one transaction, so a batch is stored
// wholly or not at all. Full-text search uses an FTS5 index over title and
// text, written in the same transaction as the articles it indexes.
//
// The schema is created and upgraded in code (see migrations); PRAGMA
// user_version holds the version a file is at, and PRAGMA application_id
// marks the file as a dossier database.
package sqlite

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"dossier"
)

// ErrNotDatabase is returned by Open, wrapped, for a file that exists but
// is not a dossier database: not SQLite at all, or another program's
// SQLite database.
var ErrNotDatabase = errors.New("file is not a database")

// ErrSchemaTooNew is returned by Open, wrapped, for a database written by a
// newer dossier whose schema this code does not know.
var ErrSchemaTooNew = errors.New("schema version is newer than this program knows")

// Memory is the path that opens a private in-memory database, for tests.
const Memory = ":memory:"

// busyTimeout is how long a connection waits for another's lock before it
// reports SQLITE_BUSY: long enough to ride out a concurrent batch commit.
const busyTimeout = 10 * time.Second

// maxFileConns bounds the pool for a file database. WAL allows one writer
// and any number of readers; writers queue on the busy timeout, so a few
// connections let searches run while a batch is written.
const maxFileConns = 4

// timeLayout stores times as UTC RFC 3339 with a fixed nine-digit fraction,
// so that the text sorts and compares (published >= ?) in time order; the
// variable-width RFC3339Nano would put "…:00.5Z" before "…:00Z".
const timeLayout = "2006-01-02T15:04:05.000000000Z07:00"

// sqliteMagic opens every SQLite 3 database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// Store is a dossier.Store on one SQLite database. It is safe for
// concurrent use.
type Store struct {
	db   *sql.DB
	path string
}

var _ dossier.Store = (*Store)(nil)

// Open opens the dossier database at path, creating it when it does not
// exist and bringing its schema up to date. path may be Memory for a
// private in-memory database.
//
// Open refuses, without writing to it, a file that is not a SQLite database
// or that is another program's SQLite database (errors.Is ErrNotDatabase),
// and a database whose schema is newer than this code (ErrSchemaTooNew).
func Open(path string) (*Store, error) {
	ctx := context.Background()
	if path == "" {
		return nil, errors.New("sqlite: open: empty database path")
	}
	memory := path == Memory
	if !memory {
		// Check the header before SQLite sees the file: SQLite would report
		// "file is not a database" too, but only on the first read, and a
		// journal or WAL file must not be created next to a stranger's file.
		if err := checkHeader(path); err != nil {
			return nil, err
		}
	}
	dsn, err := dataSourceName(path)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if memory {
		// Each connection to ":memory:" is a database of its own: keep
		// exactly one, forever, or the data vanishes with a pooled
		// connection.
		db.SetMaxOpenConns(1)
		db.SetMaxIdleConns(1)
		db.SetConnMaxLifetime(0)
		db.SetConnMaxIdleTime(0)
	} else {
		db.SetMaxOpenConns(maxFileConns)
		db.SetMaxIdleConns(maxFileConns)
	}
	s := &Store{db: db, path: path}
	if err := s.migrate(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}

// dataSourceName builds the driver's DSN: a file: URI, so that a path with
// '?' or '#' in it is not taken for a query string, with the connection
// pragmas every pooled connection must run.
func dataSourceName(path string) (string, error) {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busyTimeout.Milliseconds()))
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	// In WAL mode NORMAL syncs only at checkpoints, not at every commit: a
	// commit survives a crash of the program, a power loss may undo the
	// last commits, and the file is never corrupted.
	q.Add("_pragma", "synchronous(NORMAL)")
	// Every explicit transaction here writes; taking the write lock at
	// BEGIN avoids the deadlock-prone upgrade from a read lock, which the
	// busy handler cannot resolve.
	q.Set("_txlock", "immediate")
	if path == Memory {
		return Memory + "?" + q.Encode(), nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	u := url.URL{Scheme: "file", Path: filepath.ToSlash(abs), RawQuery: q.Encode()}
	// url.URL writes "file:///abs"; SQLite accepts an empty authority.
	return u.String(), nil
}

// checkHeader returns an error wrapping ErrNotDatabase when path exists,
// is not empty, and does not start with the SQLite header. A missing or
// empty file is fine: SQLite creates the database in it.
func checkHeader(path string) error {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if info.IsDir() {
		return fmt.Errorf("sqlite: open %s: is a directory, not a database file", path)
	}
	head := make([]byte, len(sqliteMagic))
	n, err := io.ReadFull(f, head)
	switch {
	case n == 0 && errors.Is(err, io.EOF):
		return nil
	case err != nil && !errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("sqlite: open %s: %w", path, err)
	}
	if !bytes.Equal(head[:n], sqliteMagic) {
		return notDatabase(path, ErrNotDatabase)
	}
	return nil
}

func notDatabase(path string, err error) error {
	return fmt.Errorf("sqlite: %s is not a dossier database (%w)", path, err)
}

// migrate brings the schema up to date in one transaction, so that a
// failed upgrade leaves the file at its old version.
func (s *Store) migrate(ctx context.Context) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return s.openError(err)
	}
	defer conn.Close()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return s.openError(err)
	}
	defer tx.Rollback()

	var version, appID, objects int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return s.openError(err)
	}
	if err := tx.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return s.openError(err)
	}
	if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return s.openError(err)
	}
	switch {
	case appID != 0 && appID != applicationID:
		return notDatabase(s.path, fmt.Errorf("%w: application_id %#x belongs to another program", ErrNotDatabase, appID))
	case appID == 0 && objects > 0:
		// A SQLite database that someone else made: adding our tables
		// to it would corrupt their data model.
		return notDatabase(s.path, fmt.Errorf("%w: it holds %d tables or indexes of another program", ErrNotDatabase, objects))
	case version > len(migrations):
		return fmt.Errorf("sqlite: %s: %w: file is at version %d, this program knows up to %d; use a newer dossier",
			s.path, ErrSchemaTooNew, version, len(migrations))
	case version == len(migrations):
		return nil
	}
	for i := version; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("sqlite: %s: migrate to schema version %d: %w", s.path, i+1, err)
		}
	}
	// PRAGMA takes no parameters; both values are integers of ours.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", len(migrations))); err != nil {
		return fmt.Errorf("sqlite: %s: set schema version: %w", s.path, err)
	}
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", applicationID)); err != nil {
		return fmt.Errorf("sqlite: %s: set application id: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite: %s: commit schema: %w", s.path, err)
	}
	return nil
}

// openError names the path and recognises SQLite's "not a database" code,
// which the header check misses for a file with a valid header but a
// corrupt body.
func (s *Store) openError(err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_NOTADB {
		return fmt.Errorf("%w: %w", notDatabase(s.path, ErrNotDatabase), err)
	}
	return fmt.Errorf("sqlite: open %s: %w", s.path, err)
}

// Path returns the path the store was opened with.
func (s *Store) Path() string { return s.path }

// Close releases the database. It first lets SQLite refresh its query
// planner statistics (PRAGMA optimize), as SQLite recommends on close.
func (s *Store) Close() error {
	// Best effort: a failure to optimise must not keep the file open.
	_, _ = s.db.ExecContext(context.Background(), "PRAGMA optimize")
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("sqlite: close %s: %w", s.path, err)
	}
	return nil
}

// AddArticles stores a batch of sealed articles in one transaction and
// returns one result per article, in order. See dossier.Store.
//
// An article whose content hash is stored already, by an earlier batch or
// earlier in this one, is Unchanged when its source, URL, file and external
// ID equal the stored article's, and otherwise recorded as a copy of it
// (Copied; recording the same copy again changes nothing). An unsealed
// article (no ContentHash or ID) fails the whole batch, which is then
// rolled back. A zero IngestedAt is stored as the time of the call.
func (s *Store) AddArticles(ctx context.Context, articles []*dossier.Article) ([]dossier.AddResult, error) {
	if len(articles) == 0 {
		return nil, nil
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: add articles: begin: %w", s.path, err)
	}
	// Rollback after Commit is a no-op; on every error path it undoes the
	// whole batch.
	defer tx.Rollback()

	lookup, err := tx.PrepareContext(ctx,
		`SELECT id, source, url, file, external_id FROM articles WHERE content_hash = ?`)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: add articles: %w", s.path, err)
	}
	defer lookup.Close()
	insert, err := tx.PrepareContext(ctx, `INSERT INTO articles
		(id, content_hash, external_id, source, title, url, authors, published, file, format, text, notes, story, ingested_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: add articles: %w", s.path, err)
	}
	defer insert.Close()
	// The index row is written here rather than by a trigger, which would
	// make FTS5 write a segment per article: see migration 2.
	index, err := tx.PrepareContext(ctx, `INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: add articles: %w", s.path, err)
	}
	defer index.Close()
	addCopy, err := tx.PrepareContext(ctx, `INSERT INTO copies
		(article_id, source, url, file, external_id, published, seen_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (article_id, source, url, file, external_id) DO NOTHING`)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: add articles: %w", s.path, err)
	}
	defer addCopy.Close()

	now := formatTime(time.Now())
	results := make([]dossier.AddResult, len(articles))
	for i, a := range articles {
		if a == nil {
			return nil, fmt.Errorf("sqlite %s: add articles: article %d of the batch is nil", s.path, i)
		}
		if a.ContentHash == "" || a.ID == "" {
			return nil, fmt.Errorf("sqlite %s: add articles: article %d of the batch (%q) is not sealed: call Seal first",
				s.path, i, a.Title)
		}
		var stored struct{ id, source, url, file, externalID string }
		err := lookup.QueryRowContext(ctx, a.ContentHash).Scan(
			&stored.id, &stored.source, &stored.url, &stored.file, &stored.externalID)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if err := insertArticle(ctx, insert, index, a, now); err != nil {
				return nil, fmt.Errorf("sqlite %s: add article %s: %w", s.path, a.ID, err)
			}
			results[i] = dossier.AddResult{ID: a.ID, Outcome: dossier.Added}
		case err != nil:
			return nil, fmt.Errorf("sqlite %s: add article %s: look up content hash: %w", s.path, a.ID, err)
		case stored.source == a.Source && stored.url == a.URL && stored.file == a.File && stored.externalID == a.ExternalID:
			results[i] = dossier.AddResult{ID: stored.id, Outcome: dossier.Unchanged}
		default:
			if _, err := addCopy.ExecContext(ctx, stored.id, a.Source, a.URL, a.File, a.ExternalID,
				nullTime(a.Published), now); err != nil {
				return nil, fmt.Errorf("sqlite %s: add article %s as a copy of %s: %w", s.path, a.ID, stored.id, err)
			}
			results[i] = dossier.AddResult{ID: stored.id, Outcome: dossier.Copied}
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("sqlite %s: add articles: commit: %w", s.path, err)
	}
	return results, nil
}

// insertArticle inserts a into articles and into the full-text index.
func insertArticle(ctx context.Context, insert, index *sql.Stmt, a *dossier.Article, now string) error {
	authors, err := jsonList(a.Authors)
	if err != nil {
		return fmt.Errorf("encode authors: %w", err)
	}
	notes, err := jsonList(a.Notes)
	if err != nil {
		return fmt.Errorf("encode notes: %w", err)
	}
	ingested := now
	if !a.IngestedAt.IsZero() {
		// An article that carries its ingest time (an import from another
		// store) keeps it.
		ingested = formatTime(a.IngestedAt)
	}
	res, err := insert.ExecContext(ctx, a.ID, a.ContentHash, a.ExternalID, a.Source, a.Title, a.URL,
		authors, nullTime(a.Published), a.File, a.Format, a.Text, notes, a.Story, ingested)
	if err != nil {
		return err
	}
	seq, err := res.LastInsertId()
	if err != nil {
		return err
	}
	if _, err := index.ExecContext(ctx, seq, a.Title, a.Text); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// articleColumns are the columns scanArticle reads, in its order.
const articleColumns = `a.seq, a.id, a.content_hash, a.external_id, a.source, a.title, a.url, a.authors,
	a.published, a.file, a.format, a.text, a.notes, a.story, a.ingested_at`

type scanner interface{ Scan(dest ...any) error }

// scanArticle reads one row of articleColumns (plus extra trailing
// destinations) and returns the article and its seq.
func scanArticle(row scanner, extra ...any) (*dossier.Article, int64, error) {
	var (
		a              dossier.Article
		seq            int64
		authors, notes string
		published      sql.NullString
		ingestedAt     string
	)
	dest := []any{&seq, &a.ID, &a.ContentHash, &a.ExternalID, &a.Source, &a.Title, &a.URL,
		&authors, &published, &a.File, &a.Format, &a.Text, &notes, &a.Story, &ingestedAt}
	if err := row.Scan(append(dest, extra...)...); err != nil {
		return nil, 0, err
	}
	if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
		return nil, 0, fmt.Errorf("article %s: decode authors: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(notes), &a.Notes); err != nil {
		return nil, 0, fmt.Errorf("article %s: decode notes: %w", a.ID, err)
	}
	var err error
	if a.Published, err = parseNullTime(published); err != nil {
		return nil, 0, fmt.Errorf("article %s: published: %w", a.ID, err)
	}
	if a.IngestedAt, err = time.Parse(time.RFC3339Nano, ingestedAt); err != nil {
		return nil, 0, fmt.Errorf("article %s: ingested_at: %w", a.ID, err)
	}
	if len(a.Authors) == 0 {
		a.Authors = nil
	}
	if len(a.Notes) == 0 {
		a.Notes = nil
	}
	return &a, seq, nil
}

// Article returns the article with the given ID, or an error wrapping
// dossier.ErrNotFound.
func (s *Store) Article(ctx context.Context, id string) (*dossier.Article, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles a WHERE a.id = ?`, id)
	a, _, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("sqlite %s: article %s: %w", s.path, id, dossier.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: article %s: %w", s.path, id, err)
	}
	return a, nil
}

// articlesPage is how many articles Articles reads per query. Reading in
// pages bounds memory to one page and releases the connection while fn
// runs, so that fn may call the store itself, even on a single-connection
// in-memory database.
const articlesPage = 256

// Articles calls fn for each article that matches the filter, oldest
// ingest first, and stops at the first error fn returns, which it returns
// as is. Since and Until select on the publication time, so articles whose
// date is unknown are left out when either is set. The walk reads pages by
// ingest order and is not one snapshot: articles added while it runs may
// or may not be visited.
func (s *Store) Articles(ctx context.Context, filter dossier.ArticleFilter, fn func(*dossier.Article) error) error {
	where := "a.seq > ?"
	var args []any
	if filter.Source != "" {
		where += " AND a.source = ?"
		args = append(args, filter.Source)
	}
	if filter.Since != nil {
		where += " AND a.published >= ?"
		args = append(args, formatTime(*filter.Since))
	}
	if filter.Until != nil {
		where += " AND a.published < ?"
		args = append(args, formatTime(*filter.Until))
	}
	query := `SELECT ` + articleColumns + ` FROM articles a WHERE ` + where + ` ORDER BY a.seq LIMIT ?`

	var after int64
	remaining := filter.Limit
	for {
		n := articlesPage
		if filter.Limit > 0 && remaining < n {
			n = remaining
		}
		page, last, err := s.articlesPage(ctx, query, append([]any{after}, append(args, n)...))
		if err != nil {
			return err
		}
		for _, a := range page {
			if err := fn(a); err != nil {
				return err
			}
		}
		if len(page) < n {
			return nil
		}
		after = last
		if filter.Limit > 0 {
			remaining -= len(page)
			if remaining <= 0 {
				return nil
			}
		}
	}
}

// articlesPage runs one page of Articles and returns its articles and the
// seq of the last one.
func (s *Store) articlesPage(ctx context.Context, query string, args []any) ([]*dossier.Article, int64, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("sqlite %s: articles: %w", s.path, err)
	}
	defer rows.Close()
	var (
		page []*dossier.Article
		last int64
	)
	for rows.Next() {
		a, seq, err := scanArticle(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("sqlite %s: articles: %w", s.path, err)
		}
		page = append(page, a)
		last = seq
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("sqlite %s: articles: %w", s.path, err)
	}
	return page, last, nil
}

// Copies returns the copies recorded of an article, in the order they were
// seen. It returns an empty slice for an article without copies, and an
// error wrapping dossier.ErrNotFound for an unknown article.
func (s *Store) Copies(ctx context.Context, articleID string) ([]dossier.Copy, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, source, url, file, external_id, published, seen_at
		FROM copies WHERE article_id = ? ORDER BY seq`, articleID)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: copies of %s: %w", s.path, articleID, err)
	}
	defer rows.Close()
	copies := []dossier.Copy{}
	for rows.Next() {
		var (
			c         dossier.Copy
			published sql.NullString
			seenAt    string
		)
		if err := rows.Scan(&c.ArticleID, &c.Source, &c.URL, &c.File, &c.ExternalID, &published, &seenAt); err != nil {
			return nil, fmt.Errorf("sqlite %s: copies of %s: %w", s.path, articleID, err)
		}
		if c.Published, err = parseNullTime(published); err != nil {
			return nil, fmt.Errorf("sqlite %s: copies of %s: published: %w", s.path, articleID, err)
		}
		if c.SeenAt, err = time.Parse(time.RFC3339Nano, seenAt); err != nil {
			return nil, fmt.Errorf("sqlite %s: copies of %s: seen_at: %w", s.path, articleID, err)
		}
		copies = append(copies, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlite %s: copies of %s: %w", s.path, articleID, err)
	}
	if len(copies) == 0 {
		// Tell "no copies" from "no such article" only when it matters.
		var one int
		err := s.db.QueryRowContext(ctx, `SELECT 1 FROM articles WHERE id = ?`, articleID).Scan(&one)
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("sqlite %s: copies of %s: %w", s.path, articleID, dossier.ErrNotFound)
		}
		if err != nil {
			return nil, fmt.Errorf("sqlite %s: copies of %s: %w", s.path, articleID, err)
		}
	}
	return copies, nil
}

// Stats counts the stored articles, the recorded copies, and the distinct
// named sources among both (an outlet seen only through copies counts).
func (s *Store) Stats(ctx context.Context) (dossier.Stats, error) {
	var st dossier.Stats
	err := s.db.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM articles),
		(SELECT count(*) FROM copies),
		(SELECT count(*) FROM (
			SELECT source FROM articles WHERE source <> ''
			UNION
			SELECT source FROM copies WHERE source <> ''))`).Scan(&st.Articles, &st.Copies, &st.Sources)
	if err != nil {
		return dossier.Stats{}, fmt.Errorf("sqlite %s: stats: %w", s.path, err)
	}
	return st, nil
}

func formatTime(t time.Time) string { return t.UTC().Format(timeLayout) }

func nullTime(t *time.Time) any {
	if t == nil {
		return nil
	}
	return formatTime(*t)
}

func parseNullTime(s sql.NullString) (*time.Time, error) {
	if !s.Valid {
		return nil, nil
	}
	t, err := time.Parse(time.RFC3339Nano, s.String)
	if err != nil {
		return nil, err
	}
	return &t, nil
}

// jsonList encodes a list as a JSON array, never "null", so that the column
// is always an array for SQL's json functions.
func jsonList(l []string) (string, error) {
	if len(l) == 0 {
		return "[]", nil
	}
	b, err := json.Marshal(l)
	return string(b), err
}
