package sqlite

// applicationID marks a SQLite file as a dossier database (PRAGMA
// application_id), so that Open can tell its own files from other programs'
// SQLite databases and refuse to write its tables into them. It spells
// "doss" in ASCII.
const applicationID = 0x646f7373

// migrations are the schema scripts, applied in order. Migration i (0-based)
// takes the schema from version i to version i+1; PRAGMA user_version holds
// the version a file is at. A released script is never edited: a change to
// the schema is a new script appended here, so that every existing file
// reaches the same schema by the same steps.
var migrations = []string{
	// 1: articles, their copies and the full-text index.
	`
-- seq is the INTEGER PRIMARY KEY (an alias of the rowid) rather than id
-- because the full-text index refers to rows by rowid: an explicit alias
-- keeps rowids stable across VACUUM, and it is the ingest order that
-- Articles walks. id is the key every other table and caller uses.
CREATE TABLE articles (
	seq          INTEGER PRIMARY KEY,
	id           TEXT NOT NULL UNIQUE,
	content_hash TEXT NOT NULL UNIQUE,
	external_id  TEXT NOT NULL DEFAULT '',
	source       TEXT NOT NULL DEFAULT '',
	title        TEXT NOT NULL DEFAULT '',
	url          TEXT NOT NULL DEFAULT '',
	authors      TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
	published    TEXT,                       -- UTC RFC 3339, fixed width; NULL when unknown
	file         TEXT NOT NULL DEFAULT '',
	format       TEXT NOT NULL DEFAULT '',
	text         TEXT NOT NULL DEFAULT '',
	notes        TEXT NOT NULL DEFAULT '[]', -- JSON array of strings
	story        TEXT NOT NULL DEFAULT '',
	ingested_at  TEXT NOT NULL               -- UTC RFC 3339, fixed width
);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_source ON articles(source);

-- A copy is the same content seen again from another place. The UNIQUE
-- constraint makes re-ingesting a copy a no-op.
CREATE TABLE copies (
	seq         INTEGER PRIMARY KEY,
	article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
	source      TEXT NOT NULL DEFAULT '',
	url         TEXT NOT NULL DEFAULT '',
	file        TEXT NOT NULL DEFAULT '',
	external_id TEXT NOT NULL DEFAULT '',
	published   TEXT,
	seen_at     TEXT NOT NULL,
	UNIQUE (article_id, source, url, file, external_id)
);
CREATE INDEX copies_source ON copies(source);

-- External-content FTS5 index: the text is stored once, in articles, and
-- the triggers keep the index in step inside the same transaction as the
-- row change. remove_diacritics 2 folds accents, so that "Senegal" finds
-- "Sénégal" and the other way round.
CREATE VIRTUAL TABLE articles_fts USING fts5(
	title, text,
	content = 'articles',
	content_rowid = 'seq',
	tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
	INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
`,
	// 2: index rows written by AddArticles instead of a trigger; a bigger
	// pending-terms buffer.
	//
	// An AFTER INSERT trigger makes each INSERT into articles a multi-row
	// write, which runs inside a statement savepoint; FTS5 flushes its
	// pending terms to a new segment at every savepoint, so a batch wrote
	// one tiny segment per article and ingest spent most of its time
	// merging them. AddArticles now inserts the index row itself, in the
	// same transaction, as a plain single-row INSERT that opens no
	// savepoint. The delete and update triggers stay: this package never
	// deletes or retitles an article, and they keep the index right if
	// later code does.
	//
	// hashsize lets FTS5 gather a whole batch's terms in memory (16 MiB
	// against the default 1 MiB) before it writes a segment: fewer, larger
	// segments mean less merging during ingest and fewer segments to read
	// when searching.
	`
DROP TRIGGER IF EXISTS articles_fts_insert;
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 16777216);
`,
	// 3: analyst judgements, their log, and API tokens.
	//
	// judgements holds the standing decision per kind and target (the
	// latest wins; a retraction deletes it); judgement_log keeps every
	// decision and retraction, for the record of who judged what when.
	// tokens stores only the SHA-256 of each secret, so that a copy of
	// the file does not give write access to a server.
	`
CREATE TABLE judgements (
	kind   TEXT NOT NULL,
	target TEXT NOT NULL,
	value  TEXT NOT NULL DEFAULT '',
	by     TEXT NOT NULL DEFAULT '',
	at     TEXT NOT NULL,
	PRIMARY KEY (kind, target)
);
CREATE TABLE judgement_log (
	seq       INTEGER PRIMARY KEY,
	kind      TEXT NOT NULL,
	target    TEXT NOT NULL,
	value     TEXT NOT NULL DEFAULT '',
	by        TEXT NOT NULL DEFAULT '',
	at        TEXT NOT NULL,
	retracted INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE tokens (
	id        INTEGER PRIMARY KEY,
	name      TEXT NOT NULL DEFAULT '',
	hash      TEXT NOT NULL UNIQUE, -- hex SHA-256 of the secret
	created   TEXT NOT NULL,
	last_used TEXT
);
`,
}
