package sqlite

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"time"

	"dossier"
)

var (
	_ dossier.JudgementStore = (*Store)(nil)
	_ dossier.TokenStore     = (*Store)(nil)
)

// Judge records a judgement, replacing any earlier one of the same kind
// and target, and logs it. A zero At is stored as the time of the call.
func (s *Store) Judge(ctx context.Context, j dossier.Judgement) error {
	if j.Kind == "" || j.Target == "" {
		return fmt.Errorf("sqlite: judge: kind and target are required")
	}
	if j.At.IsZero() {
		j.At = time.Now()
	}
	at := formatTime(j.At)
	return s.tx(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, `INSERT INTO judgements (kind, target, value, by, at) VALUES (?, ?, ?, ?, ?)
			ON CONFLICT (kind, target) DO UPDATE SET value = excluded.value, by = excluded.by, at = excluded.at`,
			string(j.Kind), j.Target, j.Value, j.By, at); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, `INSERT INTO judgement_log (kind, target, value, by, at) VALUES (?, ?, ?, ?, ?)`,
			string(j.Kind), j.Target, j.Value, j.By, at)
		return err
	})
}

// Retract removes the judgement of a kind on a target, and logs the
// retraction when there was one to retract.
func (s *Store) Retract(ctx context.Context, kind dossier.JudgementKind, target, by string) error {
	return s.tx(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, `DELETE FROM judgements WHERE kind = ? AND target = ?`, string(kind), target)
		if err != nil {
			return err
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return nil
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO judgement_log (kind, target, by, at, retracted) VALUES (?, ?, ?, ?, 1)`,
			string(kind), target, by, formatTime(time.Now()))
		return err
	})
}

// Judgements returns every standing judgement, oldest first.
func (s *Store) Judgements(ctx context.Context) ([]dossier.Judgement, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT kind, target, value, by, at FROM judgements ORDER BY at, kind, target`)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: judgements: %w", s.path, err)
	}
	defer rows.Close()
	var out []dossier.Judgement
	for rows.Next() {
		var j dossier.Judgement
		var kind, at string
		if err := rows.Scan(&kind, &j.Target, &j.Value, &j.By, &at); err != nil {
			return nil, fmt.Errorf("sqlite %s: judgements: %w", s.path, err)
		}
		j.Kind = dossier.JudgementKind(kind)
		if j.At, err = time.Parse(timeLayout, at); err != nil {
			return nil, fmt.Errorf("sqlite %s: judgement time %q: %w", s.path, at, err)
		}
		out = append(out, j)
	}
	return out, rows.Err()
}

// tokenPrefix starts every secret, so that a leaked token is easy to
// recognise in logs and by secret scanners.
const tokenPrefix = "dossier_"

// hashToken is the stored form of a secret: hex SHA-256. The secrets are
// 256 random bits, so a fast hash is enough; no salt or key stretching is
// needed against guessing.
func hashToken(secret string) string {
	sum := sha256.Sum256([]byte(secret))
	return hex.EncodeToString(sum[:])
}

// CreateToken makes a token of 32 random bytes, stores its hash under
// name, and returns the secret.
func (s *Store) CreateToken(ctx context.Context, name string) (string, dossier.Token, error) {
	buf := make([]byte, 32)
	if _, err := rand.Read(buf); err != nil {
		return "", dossier.Token{}, fmt.Errorf("sqlite: create token: %w", err)
	}
	secret := tokenPrefix + base64.RawURLEncoding.EncodeToString(buf)
	now := time.Now().UTC()
	res, err := s.db.ExecContext(ctx, `INSERT INTO tokens (name, hash, created) VALUES (?, ?, ?)`, name, hashToken(secret), formatTime(now))
	if err != nil {
		return "", dossier.Token{}, fmt.Errorf("sqlite %s: create token: %w", s.path, err)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return "", dossier.Token{}, fmt.Errorf("sqlite %s: create token: %w", s.path, err)
	}
	return secret, dossier.Token{ID: id, Name: name, Created: now}, nil
}

// VerifyToken returns the token whose secret this is, and records its
// use; dossier.ErrBadToken when no stored token has this secret.
func (s *Store) VerifyToken(ctx context.Context, secret string) (dossier.Token, error) {
	if secret == "" {
		return dossier.Token{}, dossier.ErrBadToken
	}
	var t dossier.Token
	var created string
	var lastUsed sql.NullString
	err := s.db.QueryRowContext(ctx, `SELECT id, name, created, last_used FROM tokens WHERE hash = ?`, hashToken(secret)).
		Scan(&t.ID, &t.Name, &created, &lastUsed)
	if errors.Is(err, sql.ErrNoRows) {
		return dossier.Token{}, dossier.ErrBadToken
	}
	if err != nil {
		return dossier.Token{}, fmt.Errorf("sqlite %s: verify token: %w", s.path, err)
	}
	if t.Created, err = time.Parse(timeLayout, created); err != nil {
		return dossier.Token{}, fmt.Errorf("sqlite %s: token time: %w", s.path, err)
	}
	if t.LastUsed, err = parseNullTime(lastUsed); err != nil {
		return dossier.Token{}, fmt.Errorf("sqlite %s: token time: %w", s.path, err)
	}
	// Best effort: a busy database must not turn a valid token away.
	_, _ = s.db.ExecContext(ctx, `UPDATE tokens SET last_used = ? WHERE id = ?`, formatTime(time.Now()), t.ID)
	return t, nil
}

// Tokens lists the stored tokens, oldest first, without secrets.
func (s *Store) Tokens(ctx context.Context) ([]dossier.Token, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, created, last_used FROM tokens ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sqlite %s: tokens: %w", s.path, err)
	}
	defer rows.Close()
	var out []dossier.Token
	for rows.Next() {
		var t dossier.Token
		var created string
		var lastUsed sql.NullString
		if err := rows.Scan(&t.ID, &t.Name, &created, &lastUsed); err != nil {
			return nil, fmt.Errorf("sqlite %s: tokens: %w", s.path, err)
		}
		if t.Created, err = time.Parse(timeLayout, created); err != nil {
			return nil, fmt.Errorf("sqlite %s: token time: %w", s.path, err)
		}
		if t.LastUsed, err = parseNullTime(lastUsed); err != nil {
			return nil, fmt.Errorf("sqlite %s: token time: %w", s.path, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// RevokeToken deletes a token; dossier.ErrNotFound when there is none.
func (s *Store) RevokeToken(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM tokens WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("sqlite %s: revoke token: %w", s.path, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("sqlite %s: token %d: %w", s.path, id, dossier.ErrNotFound)
	}
	return nil
}

// tx runs fn in a transaction and commits it when fn returns nil.
func (s *Store) tx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("sqlite %s: %w", s.path, err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return fmt.Errorf("sqlite %s: %w", s.path, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("sqlite %s: commit: %w", s.path, err)
	}
	return nil
}
