// Package http serves a dossier over HTTP: a JSON API (documented in
// openapi.yaml, served at /api/openapi.yaml) and a server-rendered web UI
// for analysts, with ingest by upload or URL and the analyst's judgements
// (an outlet's reliability grade, a claim marked wrong, a hypothesis
// dismissed, two entities merged) that re-score the stories at once.
//
// The store holds articles and judgements; analyses are computed. On
// start the server analyses every stored article once, links the analyses
// across the corpus, groups them into stories and assesses the stories;
// the result is an immutable snapshot that requests read under a
// read-write mutex. A judgement re-runs only the assessment and swaps in a
// new snapshot; an ingest analyses the new articles and rebuilds the
// stories in the background, then swaps.
//
// Writes need a bearer token (dossier token create); the UI's forms send
// it in an HttpOnly, SameSite=Strict cookie set by the login form. Reads
// are open unless Config.ReadToken says otherwise.
package http

import (
	"context"
	"crypto/sha256"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	nethttp "net/http"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"dossier"
	"dossier/analyze"
	"dossier/batch"
	"dossier/ingest"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.yaml
var openAPI []byte

// Backend is what the server needs of a store: the articles, the
// analyst's judgements and the API tokens. sqlite.Store is one.
type Backend interface {
	dossier.Store
	dossier.JudgementStore
	dossier.TokenStore
}

// Config configures a Server.
type Config struct {
	Store Backend
	// Analyze analyses one article; nil means analyze.Default().Analyze.
	Analyze func(*dossier.Article) (*dossier.Analysis, error)
	// ReadToken makes reading need a token too (a bearer token, or the
	// login cookie); otherwise only writes do.
	ReadToken bool
	// AllowPrivate lets URL ingest fetch loopback, link-local and private
	// addresses, which are refused by default so that the server cannot
	// be made to reach its own network.
	AllowPrivate bool
	// MaxUpload bounds an ingest request's body; 0 means
	// ingest.DefaultMaxBytes.
	MaxUpload int64
	// Log receives the server's messages; nil discards them.
	Log *slog.Logger
}

// maxFormBytes bounds the body of every request that is not an ingest.
const maxFormBytes = 64 << 10

// Server serves one store's dossier. Create it with New.
type Server struct {
	cfg      Config
	log      *slog.Logger
	pages    map[string]*template.Template
	fetch    *nethttp.Client
	tokens   tokenCache
	analyze  func(*dossier.Article) (*dossier.Analysis, error)
	mux      *nethttp.ServeMux
	versions atomic.Int64

	mu   sync.RWMutex // guards snap
	snap *snapshot

	// finishMu serialises the making of snapshots, so that a judgement
	// and a rebuild never install each other's stale state.
	finishMu sync.Mutex
	corpus   *corpus // the newest corpus, under finishMu

	dataMu     sync.Mutex // guards the fields below
	articles   []*dossier.Article
	raw        map[string]*dossier.Analysis
	copies     map[string][]dossier.Copy
	pending    []*dossier.Article // stored, not yet analysed
	dirty      bool
	rebuilding bool
	bg         sync.WaitGroup
}

// New loads the store's articles, analyses them and builds the first
// snapshot. It takes as long as the analysis of the whole corpus.
func New(ctx context.Context, cfg Config) (*Server, error) {
	if cfg.Store == nil {
		return nil, errors.New("http: no store")
	}
	if cfg.MaxUpload <= 0 {
		cfg.MaxUpload = ingest.DefaultMaxBytes
	}
	s := &Server{cfg: cfg, log: cfg.Log, analyze: cfg.Analyze}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	if s.analyze == nil {
		s.analyze = analyze.Default().Analyze
	}
	s.fetch = safeClient(cfg.AllowPrivate)
	s.tokens.ttl = time.Minute
	var err error
	if s.pages, err = parsePages(); err != nil {
		return nil, err
	}
	start := time.Now()
	d, err := batch.Load(ctx, cfg.Store, dossier.ArticleFilter{}, s.analyze)
	if d == nil {
		return nil, fmt.Errorf("http: loading the store: %w", err)
	}
	if err != nil {
		s.log.Info("some articles were not fully analysed", "err", err)
	}
	s.articles, s.raw, s.copies = d.Articles, d.Analyses, d.Copies
	analysed := time.Since(start)
	js, err := cfg.Store.Judgements(ctx)
	if err != nil {
		return nil, err
	}
	c := buildCorpus(s.articles, s.raw, s.copies)
	s.corpus = c
	s.install(newSnapshot(c, js, s.versions.Add(1)))
	s.log.Info("dossier loaded", "articles", len(s.articles), "stories", len(c.d.Stories),
		"analysis", analysed.Round(time.Millisecond), "stories_and_links", c.took.Round(time.Millisecond),
		"assessment", s.current().assessTook.Round(time.Millisecond))
	s.routes()
	return s, nil
}

// parsePages parses each page template with the layout.
func parsePages() (map[string]*template.Template, error) {
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, n := range names {
		base := n[len("templates/"):]
		if base == "layout.html" {
			continue
		}
		if base == "storyrow.html" {
			t, err := template.New(base).Funcs(funcs).ParseFS(templateFS, n)
			if err != nil {
				return nil, fmt.Errorf("http: template %s: %w", n, err)
			}
			pages[base] = t
			continue
		}
		t, err := template.New(base).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", n)
		if err != nil {
			return nil, fmt.Errorf("http: template %s: %w", n, err)
		}
		pages[base] = t
	}
	return pages, nil
}

// current returns the snapshot requests read.
func (s *Server) current() *snapshot {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.snap
}

// install swaps in a snapshot.
func (s *Server) install(sn *snapshot) {
	s.mu.Lock()
	s.snap = sn
	s.mu.Unlock()
}

// rescore re-reads the judgements and re-assesses the current corpus: the
// cheap path an analyst action takes.
func (s *Server) rescore(ctx context.Context) (*snapshot, error) {
	s.finishMu.Lock()
	defer s.finishMu.Unlock()
	js, err := s.cfg.Store.Judgements(ctx)
	if err != nil {
		return nil, err
	}
	sn := newSnapshot(s.corpus, js, s.versions.Add(1))
	s.install(sn)
	return sn, nil
}

// addArticles stores articles and hands the new ones to the background
// worker, which analyses them and rebuilds the stories; the current
// snapshot serves until the new one is ready.
func (s *Server) addArticles(ctx context.Context, arts []*dossier.Article) ([]dossier.AddResult, error) {
	if len(arts) == 0 {
		return nil, nil
	}
	res, err := s.cfg.Store.AddArticles(ctx, arts)
	if err != nil {
		return nil, err
	}
	var added []*dossier.Article
	for i, r := range res {
		if r.Outcome == dossier.Added {
			added = append(added, arts[i])
		}
	}
	if len(added) == 0 {
		return res, nil
	}
	s.dataMu.Lock()
	s.pending = append(s.pending, added...)
	s.dataMu.Unlock()
	s.scheduleRebuild()
	return res, nil
}

// analyseAll analyses articles on every core.
func (s *Server) analyseAll(arts []*dossier.Article) []*dossier.Analysis {
	out := make([]*dossier.Analysis, len(arts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range max(1, runtime.GOMAXPROCS(0)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				an, err := s.analyze(arts[i])
				if err != nil {
					s.log.Info("analysis", "article", arts[i].ID, "err", err)
				}
				out[i] = an
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// scheduleRebuild analyses the pending articles and rebuilds the corpus
// in the background, once more after the running rebuild when one is
// running already.
func (s *Server) scheduleRebuild() {
	s.dataMu.Lock()
	defer s.dataMu.Unlock()
	s.dirty = true
	if s.rebuilding {
		return
	}
	s.rebuilding = true
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		for {
			s.dataMu.Lock()
			if !s.dirty {
				s.rebuilding = false
				s.dataMu.Unlock()
				return
			}
			s.dirty = false
			pending := s.pending
			s.pending = nil
			s.dataMu.Unlock()

			analyses := s.analyseAll(pending)
			s.dataMu.Lock()
			for i, a := range pending {
				s.articles = append(s.articles, a)
				if analyses[i] != nil {
					s.raw[a.ID] = analyses[i]
				}
			}
			arts := append([]*dossier.Article(nil), s.articles...)
			raw := make(map[string]*dossier.Analysis, len(s.raw))
			for k, v := range s.raw {
				raw[k] = v
			}
			s.dataMu.Unlock()

			c := buildCorpus(arts, raw, s.copies)
			s.finishMu.Lock()
			js, err := s.cfg.Store.Judgements(context.Background())
			if err != nil {
				s.log.Error("rebuild: reading judgements", "err", err)
				js = s.current().judgements
			}
			s.corpus = c
			s.install(newSnapshot(c, js, s.versions.Add(1)))
			s.finishMu.Unlock()
			s.log.Info("stories rebuilt", "articles", len(arts), "new", len(pending), "stories", len(c.d.Stories), "took", c.took.Round(time.Millisecond))
		}
	}()
}

// Rebuilding reports whether a rebuild is running or pending.
func (s *Server) Rebuilding() bool {
	s.dataMu.Lock()
	defer s.dataMu.Unlock()
	return s.rebuilding
}

// Wait waits for the background rebuilds to finish.
func (s *Server) Wait() { s.bg.Wait() }

// Handler returns the server's HTTP handler.
func (s *Server) Handler() nethttp.Handler { return s.mux }

// NewHTTPServer returns an http.Server for h on addr with the timeouts
// and header limit a server facing untrusted clients needs: a slow client
// cannot hold a connection open by trickling its headers or its body.
func NewHTTPServer(addr string, h nethttp.Handler) *nethttp.Server {
	return &nethttp.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       2 * time.Minute, // an upload of the largest allowed body on a slow link
		WriteTimeout:      2 * time.Minute, // URL ingest waits for the remote server
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
	}
}

// IsLoopback reports whether a listen address binds only the local
// machine, so that the command can warn when it does not.
func IsLoopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// tokenCache remembers verified tokens for a while, by hash, so that a
// server that needs a token for every read does not query the store for
// each request.
type tokenCache struct {
	ttl time.Duration
	mu  sync.Mutex
	ok  map[[32]byte]cachedToken
}

type cachedToken struct {
	tok     dossier.Token
	expires time.Time
}

// verify checks a secret against the store, or the cache.
func (s *Server) verify(ctx context.Context, secret string) (dossier.Token, error) {
	if secret == "" {
		return dossier.Token{}, dossier.ErrBadToken
	}
	key := sha256.Sum256([]byte(secret))
	c := &s.tokens
	c.mu.Lock()
	if t, ok := c.ok[key]; ok && time.Now().Before(t.expires) {
		c.mu.Unlock()
		return t.tok, nil
	}
	c.mu.Unlock()
	tok, err := s.cfg.Store.VerifyToken(ctx, secret)
	if err != nil {
		return tok, err
	}
	c.mu.Lock()
	if c.ok == nil || len(c.ok) > 1000 {
		c.ok = map[[32]byte]cachedToken{}
	}
	c.ok[key] = cachedToken{tok, time.Now().Add(c.ttl)}
	c.mu.Unlock()
	return tok, nil
}
