package stix_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"dossier"
	"dossier/analyze"
	"dossier/assess"
	"dossier/batch"
	"dossier/demo"
	"dossier/ingest"
	"dossier/sqlite"
	"dossier/stix"
)

// sharedDir is the shared data beside the project, seen from this package.
const sharedDir = "../../shared"

// schemaBase is the $id prefix of the OASIS STIX 2.1 JSON schemas.
const schemaBase = "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/"

// schemas compiles the STIX 2.1 JSON schemas, each registered under its
// own $id so that their relative $refs resolve offline. It skips the test
// when the shared data is absent.
func schemas(t testing.TB) func(typ string) *jsonschema.Schema {
	t.Helper()
	dir := filepath.Join(sharedDir, "data", "stix2-json-schemas", "schemas")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("STIX schemas not available (%v): skipping validation", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".json") {
			return err
		}
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			return err
		}
		id, _ := doc.(map[string]any)["$id"].(string)
		if id == "" {
			rel, _ := filepath.Rel(dir, path)
			id = schemaBase + filepath.ToSlash(rel)
		}
		return c.AddResource(id, doc)
	})
	if err != nil {
		t.Fatal(err)
	}
	cache := map[string]*jsonschema.Schema{}
	return func(typ string) *jsonschema.Schema {
		if s, ok := cache[typ]; ok {
			return s
		}
		folder := "sdos/"
		if typ == "relationship" || typ == "sighting" {
			folder = "sros/"
		}
		s, err := c.Compile(schemaBase + folder + typ + ".json")
		if err != nil {
			t.Fatalf("compiling the schema of %s: %v", typ, err)
		}
		cache[typ] = s
		return s
	}
}

// analysed runs the whole pipeline over articles, as the CLI does: stored,
// analysed, linked, grouped into stories and assessed.
func analysed(t testing.TB, add func(context.Context, *sqlite.Store) error) (*dossier.Dossier, []assess.Matrix) {
	t.Helper()
	ctx := context.Background()
	store, err := sqlite.Open(sqlite.Memory)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	if err := add(ctx, store); err != nil {
		t.Fatal(err)
	}
	d, err := batch.Load(ctx, store, dossier.ArticleFilter{}, analyze.Default().Analyze)
	if d == nil {
		t.Fatal(err)
	}
	return d, analyze.Finish(d, assess.Options{})
}

// demoCorpus analyses the embedded demo corpus.
func demoCorpus(t testing.TB) (*dossier.Dossier, []assess.Matrix) {
	return analysed(t, func(ctx context.Context, s *sqlite.Store) error {
		var articles []*dossier.Article
		for _, name := range demo.Files() {
			data, err := fs.ReadFile(demo.Corpus, name)
			if err != nil {
				return err
			}
			a, err := ingest.ReadText(data, name)
			if err != nil {
				return err
			}
			articles = append(articles, a)
		}
		_, err := s.AddArticles(ctx, articles)
		return err
	})
}

// seedCorpus analyses ../shared/seeds, or skips the test without them.
func seedCorpus(t testing.TB) (*dossier.Dossier, []assess.Matrix) {
	seeds := filepath.Join(sharedDir, "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("seeds not available (%v)", err)
	}
	return analysed(t, func(ctx context.Context, s *sqlite.Store) error {
		_, err := batch.Run(ctx, batch.Config{Store: s}, []string{seeds})
		return err
	})
}

// export writes the bundle of d and returns its bytes and how long it took.
func export(t testing.TB, d *dossier.Dossier, ms []assess.Matrix) ([]byte, time.Duration) {
	t.Helper()
	start := time.Now()
	var buf bytes.Buffer
	if err := stix.Write(&buf, stix.Bundle(d, ms, stix.Options{})); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), time.Since(start)
}

// TestEveryObjectValidates exports the demo corpus and the seeds and
// validates every object against the OASIS schema of its own type (the
// schemas' bundle.json cannot: it omits note, opinion, location, ...).
func TestEveryObjectValidates(t *testing.T) {
	schema := schemas(t)
	corpora := []struct {
		name string
		load func(testing.TB) (*dossier.Dossier, []assess.Matrix)
		// want are the object types each corpus must produce.
		want []string
	}{
		{"demo", demoCorpus, []string{"identity", "note", "relationship", "report"}},
		{"seeds", seedCorpus, []string{"identity", "note", "relationship", "report"}},
	}
	for _, c := range corpora {
		t.Run(c.name, func(t *testing.T) {
			d, ms := c.load(t)
			out, took := export(t, d, ms)
			var doc struct {
				Type    string            `json:"type"`
				ID      string            `json:"id"`
				Objects []json.RawMessage `json:"objects"`
			}
			if err := json.Unmarshal(out, &doc); err != nil {
				t.Fatal(err)
			}
			if doc.Type != "bundle" || !strings.HasPrefix(doc.ID, "bundle--") {
				t.Errorf("envelope: type %q id %q", doc.Type, doc.ID)
			}
			counts := map[string]int{}
			ids := map[string]bool{}
			var refs []string
			invalid := 0
			for _, raw := range doc.Objects {
				inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
				if err != nil {
					t.Fatal(err)
				}
				obj := inst.(map[string]any)
				typ, _ := obj["type"].(string)
				id, _ := obj["id"].(string)
				counts[typ]++
				if ids[id] {
					t.Errorf("%s appears twice", id)
				}
				ids[id] = true
				if err := schema(typ).Validate(inst); err != nil {
					invalid++
					if invalid <= 5 {
						t.Errorf("%s does not validate: %v", id, err)
					}
				}
				if created, modified := obj["created"].(string), obj["modified"].(string); modified < created {
					t.Errorf("%s: modified %s before created %s", id, modified, created)
				}
				if p, ok := obj["published"].(string); ok && strings.HasPrefix(p, "1970") {
					t.Errorf("%s: published %s", id, p)
				}
				for k, v := range obj {
					switch {
					case strings.HasSuffix(k, "_ref"):
						refs = append(refs, v.(string))
					case strings.HasSuffix(k, "_refs"):
						for _, r := range v.([]any) {
							refs = append(refs, r.(string))
						}
					}
				}
			}
			for _, r := range refs {
				if !ids[r] {
					t.Errorf("reference %s names no object of the bundle", r)
				}
			}
			for _, typ := range c.want {
				if counts[typ] == 0 {
					t.Errorf("no %s object", typ)
				}
			}
			types := make([]string, 0, len(counts))
			for typ, n := range counts {
				types = append(types, typ+"="+itoa(n))
			}
			sort.Strings(types)
			t.Logf("%d objects validated (%s), %d invalid; %d articles exported in %v (%d bytes)",
				len(doc.Objects), strings.Join(types, " "), invalid, len(d.Articles), took, len(out))
		})
	}
}

// TestExportIsByteIdentical analyses the demo corpus twice, from scratch,
// and exports each: the bundles must be the same bytes.
func TestExportIsByteIdentical(t *testing.T) {
	d1, m1 := demoCorpus(t)
	out1, _ := export(t, d1, m1)
	again, _ := export(t, d1, m1)
	d2, m2 := demoCorpus(t)
	// The order the articles arrive in does not matter.
	for i, j := 0, len(d2.Articles)-1; i < j; i, j = i+1, j-1 {
		d2.Articles[i], d2.Articles[j] = d2.Articles[j], d2.Articles[i]
	}
	out2, _ := export(t, d2, m2)
	if !bytes.Equal(out1, again) {
		t.Error("two exports of one dossier differ")
	}
	if !bytes.Equal(out1, out2) {
		t.Error("exports of two analyses of the same corpus differ")
	}
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}

// TestSchemasRejectBrokenObjects shows the validation is not vacuous: the
// schemas, loaded as TestEveryObjectValidates loads them, reject objects
// that break STIX in the ways an exporter could.
func TestSchemasRejectBrokenObjects(t *testing.T) {
	schema := schemas(t)
	valid := func() map[string]any {
		return map[string]any{
			"type": "note", "spec_version": "2.1", "id": stix.ID("note", "x"),
			"created": "2024-04-02T08:30:00.000Z", "modified": "2024-04-02T08:30:00.000Z",
			"content": "text", "object_refs": []any{stix.ID("report", "x")},
		}
	}
	tests := []struct {
		name   string
		mutate func(map[string]any)
		ok     bool
	}{
		{"valid", func(map[string]any) {}, true},
		{"custom property", func(o map[string]any) { o["x_dossier_polarity"] = "+" }, true},
		{"no content", func(o map[string]any) { delete(o, "content") }, false},
		{"empty object_refs", func(o map[string]any) { o["object_refs"] = []any{} }, false},
		{"seconds only", func(o map[string]any) { o["created"] = "2024-04-02T08:30:00Z" }, false},
		{"confidence over 100", func(o map[string]any) { o["confidence"] = 101 }, false},
		{"id of another type", func(o map[string]any) { o["id"] = stix.ID("report", "x") }, false},
		{"empty custom list", func(o map[string]any) { o["x_dossier_aliases"] = []any{} }, false},
	}
	for _, tt := range tests {
		o := valid()
		tt.mutate(o)
		data, _ := json.Marshal(o)
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if err := schema("note").Validate(inst); (err == nil) != tt.ok {
			t.Errorf("%s: validation error %v, want valid=%v", tt.name, err, tt.ok)
		}
	}
}

// BenchmarkBundle measures mapping and writing the demo corpus's bundle,
// the analysis excluded.
func BenchmarkBundle(b *testing.B) {
	d, ms := demoCorpus(b)
	b.ResetTimer()
	for b.Loop() {
		if err := stix.Write(io.Discard, stix.Bundle(d, ms, stix.Options{})); err != nil {
			b.Fatal(err)
		}
	}
}
