package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"dossier/sqlite"
)

func TestToken(t *testing.T) {
	db := filepath.Join(t.TempDir(), "t.db")
	code, out, errOut := run(t, "", "token", "create", "--db", db, "--name", "laptop")
	secret := strings.TrimSpace(out)
	if code != exitOK || !strings.HasPrefix(secret, "dossier_") || !strings.Contains(errOut, "shown only this once") {
		t.Fatalf("token create: exit %d, %q %q", code, out, errOut)
	}
	s, err := sqlite.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	tok, err := s.VerifyToken(context.Background(), secret)
	s.Close()
	if err != nil || tok.Name != "laptop" {
		t.Fatalf("the printed token does not verify: %+v %v", tok, err)
	}
	tests := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"token", "list", "--db", db}, exitOK, "laptop"},
		{[]string{"token", "--db", db}, exitUsage, "create, list or revoke"},
		{[]string{"token", "frob", "--db", db}, exitUsage, "unknown action"},
		{[]string{"token", "revoke", "x", "--db", db}, exitUsage, "not a number"},
		{[]string{"token", "revoke", "1", "--db", db}, exitOK, "revoked"},
		{[]string{"token", "revoke", "1", "--db", db}, exitFailed, "not found"},
	}
	for _, tt := range tests {
		code, out, errOut := run(t, "", tt.args...)
		if code != tt.code || !strings.Contains(out+errOut, tt.says) {
			t.Errorf("dossier %v: exit %d, %q; want %d saying %q", tt.args, code, out+errOut, tt.code, tt.says)
		}
	}
	if code, out, _ := run(t, "", "token", "list", "--db", db); code != exitOK || strings.Contains(out, "laptop") {
		t.Errorf("revoked token still listed: %q", out)
	}
}
