package http

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	nethttp "net/http"
	"net/netip"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"dossier"
	"dossier/ingest"
)

var errEOF = io.EOF

// ingestResult is what an ingest did.
type ingestResult struct {
	Articles   []ingested `json:"articles"`
	Errors     []string   `json:"errors"`
	Rebuilding bool       `json:"rebuilding"` // the stories are being rebuilt in the background
}

type ingested struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Outcome string `json:"outcome"` // added, unchanged, copy
	Link    string `json:"link"`
}

// extensionFor maps a media type to the extension the ingest readers
// know the format by.
var extensionFor = map[string]string{
	"text/plain": ".txt", "text/markdown": ".txt",
	"text/html": ".html", "application/xhtml+xml": ".html",
	"application/x-ndjson": ".jsonl", "application/jsonl": ".jsonl", "application/json": ".jsonl",
	"application/rss+xml": ".xml", "application/atom+xml": ".xml", "application/xml": ".xml", "text/xml": ".xml",
	"application/feed+json": ".xml",
}

// safeName turns an uploaded file name into a plain base name, keeping
// the extension that tells its format.
func safeName(name, mediaType string) string {
	name = filepath.Base(strings.ReplaceAll(name, "\\", "/"))
	var b strings.Builder
	for _, r := range name {
		if r < 128 && (r == '.' || r == '-' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	out := strings.TrimLeft(b.String(), ".")
	if out == "" {
		out = "upload"
	}
	if filepath.Ext(strings.TrimSuffix(out, ".gz")) == "" {
		if mt, _, err := mime.ParseMediaType(mediaType); err == nil {
			out += extensionFor[mt]
		}
	}
	return out
}

// readUpload reads the articles of one uploaded input through the ingest
// readers: it is written to a private temporary file so that every
// format (and gzip) reads as it does from the command line. name is what
// the articles' File says.
func (s *Server) readUpload(ctx context.Context, r io.Reader, name, mediaType string) ([]*dossier.Article, []string, error) {
	dir, err := os.MkdirTemp("", "dossier-upload-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, safeName(name, mediaType))
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_EXCL, 0o600)
	if err != nil {
		return nil, nil, err
	}
	_, err = io.Copy(f, r)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, nil, err
	}
	var arts []*dossier.Article
	var errs []string
	for a, err := range ingest.Read(ctx, []string{path}, ingest.Options{MaxBytes: s.cfg.MaxUpload}) {
		if err != nil {
			errs = append(errs, strings.ReplaceAll(err.Error(), path, name))
			continue
		}
		if a.File == path {
			a.File = name
		}
		arts = append(arts, a)
	}
	return arts, errs, nil
}

// ingestBody reads the articles of an ingest request: each file of a
// multipart form (field "file", any number), or the raw body, named by
// the "name" query parameter and typed by Content-Type.
func (s *Server) ingestBody(r *nethttp.Request) ([]*dossier.Article, []string, error) {
	ctx := r.Context()
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt != "multipart/form-data" {
		name := r.URL.Query().Get("name")
		if name == "" {
			name = "upload"
		}
		return s.readUpload(ctx, r.Body, name, r.Header.Get("Content-Type"))
	}
	mr, err := r.MultipartReader()
	if err != nil {
		return nil, nil, err
	}
	var arts []*dossier.Article
	var errs []string
	files := 0
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, nil, err
		}
		if part.FormName() != "file" || part.FileName() == "" {
			part.Close()
			continue
		}
		files++
		a, e, err := s.readUpload(ctx, part, part.FileName(), part.Header.Get("Content-Type"))
		part.Close()
		if err != nil {
			return nil, nil, err
		}
		arts, errs = append(arts, a...), append(errs, e...)
	}
	if files == 0 {
		return nil, nil, errors.New(`no file in the form (field "file")`)
	}
	return arts, errs, nil
}

// store adds read articles and says what happened to each.
func (s *Server) store(ctx context.Context, arts []*dossier.Article, errs []string) (ingestResult, error) {
	out := ingestResult{Articles: []ingested{}, Errors: errs}
	if out.Errors == nil {
		out.Errors = []string{}
	}
	res, err := s.addArticles(ctx, arts)
	if err != nil {
		return out, err
	}
	for i, r := range res {
		out.Articles = append(out.Articles, ingested{ID: r.ID, Title: arts[i].Title, Outcome: string(r.Outcome), Link: "/articles/" + url.PathEscape(r.ID)})
	}
	out.Rebuilding = s.Rebuilding()
	return out, nil
}

func (s *Server) apiIngest(w nethttp.ResponseWriter, r *nethttp.Request, _ dossier.Token) {
	arts, errs, err := s.ingestBody(r)
	if err != nil {
		apiError(w, bodyError(err), "ingest: %v", err)
		return
	}
	res, err := s.store(r.Context(), arts, errs)
	if err != nil {
		apiError(w, nethttp.StatusInternalServerError, "ingest: %v", err)
		return
	}
	status := nethttp.StatusAccepted
	if len(res.Articles) == 0 {
		status = nethttp.StatusUnprocessableEntity
	}
	writeJSON(w, status, res)
}

func (s *Server) apiIngestURL(w nethttp.ResponseWriter, r *nethttp.Request, _ dossier.Token) {
	var body struct {
		URL string `json:"url"`
	}
	if err := decode(r, &body); err != nil {
		apiError(w, bodyError(err), "body: %v", err)
		return
	}
	arts, err := s.fetchURL(r.Context(), body.URL)
	if err != nil {
		apiError(w, fetchStatus(err), "ingest %s: %v", body.URL, err)
		return
	}
	res, err := s.store(r.Context(), arts, nil)
	if err != nil {
		apiError(w, nethttp.StatusInternalServerError, "ingest: %v", err)
		return
	}
	writeJSON(w, nethttp.StatusAccepted, res)
}

// errForbiddenAddress is returned when a URL resolves to an address the
// server may not fetch.
var errForbiddenAddress = errors.New("refused: the address is loopback, link-local or private (start the server with --allow-private to allow it)")

// fetchStatus maps a fetch error to a status.
func fetchStatus(err error) int {
	switch {
	case errors.Is(err, errForbiddenAddress):
		return nethttp.StatusForbidden
	case errors.Is(err, errBadURL):
		return nethttp.StatusBadRequest
	case errors.Is(err, dossier.ErrTooLarge):
		return nethttp.StatusRequestEntityTooLarge
	}
	return nethttp.StatusBadGateway
}

var errBadURL = errors.New("want an absolute http or https URL")

// fetchURL fetches one page or feed and reads its articles.
func (s *Server) fetchURL(ctx context.Context, raw string) ([]*dossier.Article, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return nil, errBadURL
	}
	ctx, cancel := context.WithTimeout(ctx, fetchTimeout)
	defer cancel()
	req, err := nethttp.NewRequestWithContext(ctx, nethttp.MethodGet, u.String(), nil)
	if err != nil {
		return nil, errBadURL
	}
	req.Header.Set("User-Agent", "dossier (+https://example.invalid/dossier)")
	req.Header.Set("Accept", "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, text/plain;q=0.8")
	resp, err := s.fetch.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != nethttp.StatusOK {
		return nil, fmt.Errorf("the server answered %s", resp.Status)
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, s.cfg.MaxUpload+1))
	if err != nil {
		return nil, err
	}
	if int64(len(data)) > s.cfg.MaxUpload {
		return nil, fmt.Errorf("page over %d bytes: %w", s.cfg.MaxUpload, dossier.ErrTooLarge)
	}
	final := resp.Request.URL.String()
	mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	if extensionFor[mt] == ".html" {
		a, err := ingest.ReadHTML(data, final, final)
		if err != nil {
			return nil, err
		}
		return []*dossier.Article{a}, nil
	}
	arts, errs, err := s.readUpload(ctx, strings.NewReader(string(data)), "page", resp.Header.Get("Content-Type"))
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 && len(errs) > 0 {
		return nil, errors.New(errs[0])
	}
	for _, a := range arts {
		if a.URL == "" {
			a.URL = final
		}
		if a.File == "page" {
			a.File = ""
		}
	}
	return arts, nil
}

// fetchTimeout bounds a whole URL fetch, redirects included.
const fetchTimeout = 30 * time.Second

// safeClient returns the client URL ingest fetches with. Unless
// allowPrivate, its dialer refuses loopback, link-local, private and
// other non-public addresses. The check runs in the dialer's Control
// hook, on the address actually being connected to after DNS resolution,
// so neither a name that resolves to a private address (DNS rebinding)
// nor a redirect to one gets through. No proxy is used: a proxy would
// dial on the client's behalf and bypass the check.
func safeClient(allowPrivate bool) *nethttp.Client {
	d := &net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}
	if !allowPrivate {
		d.Control = func(network, address string, _ syscall.RawConn) error {
			host, _, err := net.SplitHostPort(address)
			if err != nil {
				return err
			}
			ip, err := netip.ParseAddr(host)
			if err != nil || !publicAddr(ip) {
				return fmt.Errorf("%s: %w", host, errForbiddenAddress)
			}
			return nil
		}
	}
	tr := &nethttp.Transport{
		Proxy:                  nil,
		DialContext:            d.DialContext,
		TLSHandshakeTimeout:    10 * time.Second,
		ResponseHeaderTimeout:  15 * time.Second,
		MaxResponseHeaderBytes: 64 << 10,
		MaxIdleConns:           10,
		IdleConnTimeout:        30 * time.Second,
	}
	return &nethttp.Client{
		Transport: tr,
		Timeout:   fetchTimeout,
		CheckRedirect: func(req *nethttp.Request, via []*nethttp.Request) error {
			if len(via) >= 5 {
				return errors.New("too many redirects")
			}
			if req.URL.Scheme != "http" && req.URL.Scheme != "https" {
				return fmt.Errorf("redirect to %s: %w", req.URL.Scheme, errBadURL)
			}
			return nil
		},
	}
}

// nonPublic are the ranges that netip's predicates do not cover and that
// do not reach the public internet: "this network", carrier-grade NAT,
// IETF protocol assignments, benchmarking, the reserved class E, and
// the IPv6 translation and documentation prefixes.
var nonPublic = []netip.Prefix{
	netip.MustParsePrefix("0.0.0.0/8"),
	netip.MustParsePrefix("100.64.0.0/10"),
	netip.MustParsePrefix("192.0.0.0/24"),
	netip.MustParsePrefix("192.0.2.0/24"),
	netip.MustParsePrefix("198.18.0.0/15"),
	netip.MustParsePrefix("198.51.100.0/24"),
	netip.MustParsePrefix("203.0.113.0/24"),
	netip.MustParsePrefix("240.0.0.0/4"),
	netip.MustParsePrefix("64:ff9b::/96"),
	netip.MustParsePrefix("64:ff9b:1::/48"),
	netip.MustParsePrefix("2001:db8::/32"),
	netip.MustParsePrefix("2002::/16"),
	netip.MustParsePrefix("100::/64"),
}

// publicAddr reports whether ip is a public unicast address.
func publicAddr(ip netip.Addr) bool {
	ip = ip.Unmap()
	if !ip.IsValid() || ip.IsLoopback() || ip.IsPrivate() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() ||
		ip.IsInterfaceLocalMulticast() || ip.IsMulticast() || ip.IsUnspecified() || ip == netip.AddrFrom4([4]byte{255, 255, 255, 255}) {
		return false
	}
	for _, p := range nonPublic {
		if p.Contains(ip) {
			return false
		}
	}
	return true
}
