package sqlite

import (
	"context"
	"errors"
	"strings"
	"testing"

	"dossier"
)

func TestJudgements(t *testing.T) {
	ctx := context.Background()
	type step struct {
		retract bool
		j       dossier.Judgement
	}
	tests := []struct {
		name  string
		steps []step
		want  []string // kind:target=value, oldest first
		log   int      // entries in the log: a retraction of nothing logs none
	}{
		{"none", nil, nil, 0},
		{"one grade", []step{{j: dossier.Judgement{Kind: dossier.JudgeReliability, Target: "Meridian Wire", Value: "B"}}},
			[]string{"reliability:Meridian Wire=B"}, 1},
		{"regrade replaces", []step{
			{j: dossier.Judgement{Kind: dossier.JudgeReliability, Target: "Meridian Wire", Value: "B"}},
			{j: dossier.Judgement{Kind: dossier.JudgeWrongClaim, Target: "a1-c2", Value: "misread"}},
			{j: dossier.Judgement{Kind: dossier.JudgeReliability, Target: "Meridian Wire", Value: "D"}},
		}, []string{"wrong-claim:a1-c2=misread", "reliability:Meridian Wire=D"}, 3},
		{"retract", []step{
			{j: dossier.Judgement{Kind: dossier.JudgeMerge, Target: "dmitry-kavan", Value: "dmitri-kavan"}},
			{j: dossier.Judgement{Kind: dossier.JudgeDismiss, Target: dossier.DismissTarget("a1", "valdoria")}},
			{retract: true, j: dossier.Judgement{Kind: dossier.JudgeMerge, Target: "dmitry-kavan"}},
			{retract: true, j: dossier.Judgement{Kind: dossier.JudgeMerge, Target: "never-judged"}},
		}, []string{"dismiss:a1|valdoria="}, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, path := openTemp(t)
			for _, st := range tt.steps {
				var err error
				if st.retract {
					err = s.Retract(ctx, st.j.Kind, st.j.Target, "tester")
				} else {
					st.j.By = "tester"
					err = s.Judge(ctx, st.j)
				}
				if err != nil {
					t.Fatal(err)
				}
			}
			// Judgements persist across a reopen.
			s.Close()
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			js, err := s.Judgements(ctx)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, j := range js {
				got = append(got, string(j.Kind)+":"+j.Target+"="+j.Value)
				if j.By != "tester" || j.At.IsZero() {
					t.Errorf("judgement %+v lost its author or time", j)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("judgements %q, want %q", got, tt.want)
			}
			var logged int
			s.db.QueryRow("SELECT count(*) FROM judgement_log").Scan(&logged)
			if logged != tt.log {
				t.Errorf("log holds %d entries, want %d", logged, tt.log)
			}
		})
	}
	s, _ := openTemp(t)
	if err := s.Judge(ctx, dossier.Judgement{Kind: dossier.JudgeReliability}); err == nil {
		t.Error("a judgement with no target was stored")
	}
}

func TestTokens(t *testing.T) {
	ctx := context.Background()
	s, _ := openTemp(t)
	secret, tok, err := s.CreateToken(ctx, "laptop")
	if err != nil {
		t.Fatal(err)
	}
	other, _, err := s.CreateToken(ctx, "ci")
	if err != nil {
		t.Fatal(err)
	}
	if secret == other || !strings.HasPrefix(secret, tokenPrefix) || len(secret) < 40 {
		t.Fatalf("secrets %q and %q", secret, other)
	}
	// Only the hash is stored.
	var stored int
	s.db.QueryRow("SELECT count(*) FROM tokens WHERE hash = ? OR name = ?", secret, secret).Scan(&stored)
	if stored != 0 {
		t.Error("the secret itself is stored")
	}
	tests := []struct {
		secret string
		want   string // token name, "" for refused
	}{
		{secret, "laptop"},
		{other, "ci"},
		{"", ""},
		{secret + "x", ""},
		{strings.ToUpper(secret), ""},
		{hashToken(secret), ""}, // the stored hash is not a credential
	}
	for _, tt := range tests {
		got, err := s.VerifyToken(ctx, tt.secret)
		switch {
		case tt.want == "" && !errors.Is(err, dossier.ErrBadToken):
			t.Errorf("VerifyToken(%q) = %+v, %v; want ErrBadToken", tt.secret, got, err)
		case tt.want != "" && (err != nil || got.Name != tt.want):
			t.Errorf("VerifyToken(%q) = %+v, %v; want %s", tt.secret, got, err, tt.want)
		}
	}
	if err := s.RevokeToken(ctx, tok.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.VerifyToken(ctx, secret); !errors.Is(err, dossier.ErrBadToken) {
		t.Errorf("revoked token verified: %v", err)
	}
	if err := s.RevokeToken(ctx, tok.ID); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("second revoke: %v, want ErrNotFound", err)
	}
	ts, err := s.Tokens(ctx)
	if err != nil || len(ts) != 1 || ts[0].Name != "ci" || ts[0].LastUsed == nil {
		t.Errorf("tokens = %+v, %v; want ci, used", ts, err)
	}
}
