package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier"
	"dossier/sqlite"
)

func writeCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	var lines []string
	for i := range n {
		lines = append(lines, fmt.Sprintf(`{"id":"r%03d","source":"Wire %d","title":"Report %d","text":"Body of report number %d, about the harbour."}`, i, i%3, i, i))
		if i == 5 {
			lines = append(lines, `{"broken`)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, "corpus.jsonl"), []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestRunStoresInInputOrder(t *testing.T) {
	dir := writeCorpus(t, 120)
	store, err := sqlite.Open(sqlite.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	var errs []error
	progress := 0
	cfg := Config{
		Store:      store,
		Analyze:    func(a *dossier.Article) (*dossier.Analysis, error) { return &dossier.Analysis{Article: a.ID}, nil },
		BatchSize:  50,
		Workers:    4,
		OnError:    func(err error) { errs = append(errs, err) },
		OnProgress: func(Progress) { progress++ },
	}
	sum, err := Run(context.Background(), cfg, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 120 || sum.Added != 120 || sum.Failed != 1 || len(errs) != 1 || len(sum.Durations) != 120 {
		t.Errorf("summary %+v, errors %v", sum, errs)
	}
	if progress != 3 {
		t.Errorf("progress called %d times, want once per batch (3)", progress)
	}
	var ids []string
	store.Articles(context.Background(), dossier.ArticleFilter{}, func(a *dossier.Article) error {
		ids = append(ids, a.ExternalID)
		return nil
	})
	for i, id := range ids {
		if want := fmt.Sprintf("r%03d", i); id != want {
			t.Fatalf("article %d stored as %s, want %s: order not kept", i, id, want)
		}
	}
	// A second run stores nothing new.
	sum, _ = Run(context.Background(), cfg, []string{dir})
	if sum.Added != 0 || sum.Unchanged != 120 {
		t.Errorf("second run %+v, want all unchanged", sum)
	}
}

func TestAnalysisErrorKeepsArticle(t *testing.T) {
	dir := writeCorpus(t, 3)
	store, _ := sqlite.Open(sqlite.Memory)
	defer store.Close()
	failed := 0
	sum, err := Run(context.Background(), Config{
		Store: store,
		Analyze: func(a *dossier.Article) (*dossier.Analysis, error) {
			if a.ExternalID == "r001" {
				return nil, errors.New("analysis failed")
			}
			return &dossier.Analysis{}, nil
		},
		OnError: func(error) { failed++ },
	}, []string{dir})
	if err != nil || sum.Added != 3 || failed != 1 {
		t.Errorf("summary %+v, err %v, %d errors: want all 3 stored and 1 error", sum, err, failed)
	}
}

type refusingStore struct{ dossier.Store }

func (refusingStore) AddArticles(context.Context, []*dossier.Article) ([]dossier.AddResult, error) {
	return nil, errors.New("disk full")
}

func TestStoreErrorStopsRun(t *testing.T) {
	dir := writeCorpus(t, 30)
	_, err := Run(context.Background(), Config{Store: refusingStore{}, BatchSize: 10}, []string{dir})
	if err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("err = %v, want the store's error", err)
	}
}

func TestLoad(t *testing.T) {
	dir := writeCorpus(t, 10)
	store, _ := sqlite.Open(sqlite.Memory)
	defer store.Close()
	if _, err := Run(context.Background(), Config{Store: store}, []string{dir}); err != nil {
		t.Fatal(err)
	}
	d, err := Load(context.Background(), store, dossier.ArticleFilter{}, func(a *dossier.Article) (*dossier.Analysis, error) {
		if a.ExternalID == "r002" {
			return nil, errors.New("bad article")
		}
		return &dossier.Analysis{Article: a.ID}, nil
	})
	if d == nil || len(d.Articles) != 10 || len(d.Analyses) != 9 {
		t.Fatalf("dossier %+v", d)
	}
	if err == nil || !strings.Contains(err.Error(), "bad article") {
		t.Errorf("err = %v, want the failed analysis reported", err)
	}
}

func TestRepeatPerturbsAndCountsPasses(t *testing.T) {
	dir := writeCorpus(t, 20)
	store, _ := sqlite.Open(sqlite.Memory)
	defer store.Close()
	sum, err := Run(context.Background(), Config{Store: store, Repeat: 3}, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read != 60 || sum.Added != 60 || sum.Failed != 1 || len(sum.Passes) != 3 {
		t.Errorf("summary %+v: want 60 new articles over 3 passes and the broken line reported once", sum)
	}
	for i, p := range sum.Passes {
		if p.Articles != 20 {
			t.Errorf("pass %d: %d articles, want 20", i+1, p.Articles)
		}
	}
}
