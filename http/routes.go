package http

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	nethttp "net/http"
	"net/url"
	"strings"
	"time"

	"dossier"
)

// cookieName is the login cookie: the token itself, HttpOnly (no script
// can read it) and SameSite=Strict (no other site's page can make the
// browser send it), so that the UI's forms need no separate CSRF token.
const cookieName = "dossier_token"

// routes registers every route.
func (s *Server) routes() {
	m := nethttp.NewServeMux()
	static, _ := fs.Sub(staticFS, "static")
	m.Handle("GET /static/", nethttp.StripPrefix("/static/", nethttp.FileServerFS(static)))
	m.HandleFunc("GET /api/openapi.yaml", func(w nethttp.ResponseWriter, r *nethttp.Request) {
		w.Header().Set("Content-Type", "application/yaml; charset=utf-8")
		w.Write(openAPI)
	})
	m.HandleFunc("GET /login", s.loginPage)
	m.HandleFunc("POST /login", s.login)
	m.HandleFunc("POST /logout", s.logout)

	read := func(pattern string, h nethttp.HandlerFunc) { m.Handle(pattern, s.reader(h)) }
	write := func(pattern string, h func(nethttp.ResponseWriter, *nethttp.Request, dossier.Token)) {
		m.Handle(pattern, s.writer(h))
	}
	form := func(pattern string, h func(nethttp.ResponseWriter, *nethttp.Request, dossier.Token)) {
		m.Handle(pattern, s.formWriter(h))
	}

	// JSON API.
	read("GET /api/status", s.apiStatus)
	read("GET /api/stories", s.apiStories)
	read("GET /api/stories/{id}", s.apiStory)
	read("GET /api/stories/{id}/hypotheses", s.apiHypotheses)
	read("GET /api/articles/{id}", s.apiArticle)
	read("GET /api/statements", s.apiStatements)
	read("GET /api/claims", s.apiClaims)
	read("GET /api/entities", s.apiEntities)
	read("GET /api/entities/{id}", s.apiEntity)
	read("GET /api/search", s.apiSearch)
	read("GET /api/judgements", s.apiJudgements)
	write("PUT /api/outlets/{outlet}/reliability", s.apiSetReliability)
	write("DELETE /api/outlets/{outlet}/reliability", s.apiSetReliability)
	write("PUT /api/claims/{id}/wrong", s.apiMarkWrong)
	write("DELETE /api/claims/{id}/wrong", s.apiMarkWrong)
	write("PUT /api/stories/{id}/dismissed", s.apiDismiss)
	write("DELETE /api/stories/{id}/dismissed", s.apiDismiss)
	write("PUT /api/entities/{id}/merge", s.apiMerge)
	write("DELETE /api/entities/{id}/merge", s.apiMerge)
	write("POST /api/ingest", s.apiIngest)
	write("POST /api/ingest/url", s.apiIngestURL)
	m.Handle("/api/", s.reader(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		apiError(w, nethttp.StatusNotFound, "no such endpoint: %s %s (see /api/openapi.yaml)", r.Method, r.URL.Path)
	}))

	// Web UI.
	read("GET /{$}", s.uiStories)
	read("GET /stories/{id}", s.uiStory)
	read("GET /articles/{id}", s.uiArticle)
	read("GET /entities", s.uiEntities)
	read("GET /entities/{id}", s.uiEntity)
	read("GET /outlets", s.uiOutlets)
	read("GET /ingest", s.uiIngestPage)
	form("POST /ui/reliability", s.uiSetReliability)
	form("POST /ui/claims/{id}/wrong", s.uiMarkWrong)
	form("POST /ui/stories/{id}/dismissed", s.uiDismiss)
	form("POST /ui/entities/{id}/merge", s.uiMerge)
	form("POST /ui/ingest", s.uiIngest)
	s.mux = nethttp.NewServeMux()
	s.mux.Handle("/", secure(m))
}

// secure sets the headers every response carries: a content security
// policy that allows no script at all and no framing, no MIME sniffing,
// the referrer kept within the site (so that form posts carry their Origin).
func secure(h nethttp.Handler) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		hd := w.Header()
		hd.Set("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
		hd.Set("X-Content-Type-Options", "nosniff")
		hd.Set("X-Frame-Options", "DENY")
		hd.Set("Referrer-Policy", "same-origin")
		hd.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.ServeHTTP(w, r)
	})
}

// bearer returns the request's bearer token, or "".
func bearer(r *nethttp.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// cookieToken returns the login cookie's token, or "".
func cookieToken(r *nethttp.Request) string {
	if c, err := r.Cookie(cookieName); err == nil {
		return c.Value
	}
	return ""
}

// isAPI reports whether a request is for the JSON API.
func isAPI(r *nethttp.Request) bool { return strings.HasPrefix(r.URL.Path, "/api/") }

// reader lets a read through, or, with Config.ReadToken, only one with a
// valid bearer token or login cookie.
func (s *Server) reader(h nethttp.HandlerFunc) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		r.Body = nethttp.MaxBytesReader(w, r.Body, maxFormBytes)
		if s.cfg.ReadToken {
			secret := bearer(r)
			if secret == "" && !isAPI(r) {
				secret = cookieToken(r)
			}
			if _, err := s.verify(r.Context(), secret); err != nil {
				s.unauthorized(w, r, err)
				return
			}
		}
		h(w, r)
	})
}

// writer lets an API write through only with a valid bearer token. The
// login cookie does not count here: the API is for programs, and a
// cookie that the browser sends by itself is what CSRF abuses.
func (s *Server) writer(h func(nethttp.ResponseWriter, *nethttp.Request, dossier.Token)) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		limit := int64(maxFormBytes)
		if strings.HasPrefix(r.URL.Path, "/api/ingest") {
			limit = s.cfg.MaxUpload
		}
		r.Body = nethttp.MaxBytesReader(w, r.Body, limit)
		tok, err := s.verify(r.Context(), bearer(r))
		if err != nil {
			s.unauthorized(w, r, err)
			return
		}
		h(w, r, tok)
	})
}

// formWriter lets a UI form through only from a logged-in browser on this
// site: the login cookie (SameSite=Strict), and, where the browser says
// where the form came from, this very origin.
func (s *Server) formWriter(h func(nethttp.ResponseWriter, *nethttp.Request, dossier.Token)) nethttp.Handler {
	return nethttp.HandlerFunc(func(w nethttp.ResponseWriter, r *nethttp.Request) {
		limit := int64(maxFormBytes)
		if r.URL.Path == "/ui/ingest" {
			limit = s.cfg.MaxUpload
		}
		r.Body = nethttp.MaxBytesReader(w, r.Body, limit)
		if !sameOrigin(r) {
			nethttp.Error(w, "cross-site form refused", nethttp.StatusForbidden)
			return
		}
		tok, err := s.verify(r.Context(), cookieToken(r))
		if err != nil {
			s.unauthorized(w, r, err)
			return
		}
		h(w, r, tok)
	})
}

// sameOrigin reports whether a form post comes from this site, as far as
// the browser tells: Sec-Fetch-Site when sent, else Origin when sent.
// Programs that send neither pass; they have no ambient cookie to abuse.
func sameOrigin(r *nethttp.Request) bool {
	switch r.Header.Get("Sec-Fetch-Site") {
	case "", "same-origin", "none":
	default:
		return false
	}
	o := r.Header.Get("Origin")
	if o == "" {
		return true
	}
	u, err := url.Parse(o)
	return err == nil && u.Host == r.Host
}

// unauthorized answers a request without a valid token: JSON with a
// WWW-Authenticate challenge for the API, a redirect to the login form
// for a page.
func (s *Server) unauthorized(w nethttp.ResponseWriter, r *nethttp.Request, err error) {
	if !errors.Is(err, dossier.ErrBadToken) {
		s.log.Error("verifying a token", "err", err)
	}
	if isAPI(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="dossier"`)
		apiError(w, nethttp.StatusUnauthorized, "a valid bearer token is required (create one with 'dossier token create')")
		return
	}
	if r.Method == nethttp.MethodGet {
		nethttp.Redirect(w, r, "/login?next="+url.QueryEscape(r.URL.RequestURI()), nethttp.StatusSeeOther)
		return
	}
	w.WriteHeader(nethttp.StatusUnauthorized)
	s.render(w, r, "login.html", loginData{Next: localPath(r.Referer()), Error: "Log in with a token to change the assessment."})
}

// localPath returns u if it is a path on this site, else "/": a redirect
// after login must not lead elsewhere.
func localPath(u string) string {
	p, err := url.Parse(u)
	if err != nil || u == "" {
		return "/"
	}
	if p.IsAbs() || p.Host != "" {
		// A referer is absolute: keep its path only.
		p = &url.URL{Path: p.Path, RawQuery: p.RawQuery}
	}
	out := p.String()
	if !strings.HasPrefix(out, "/") || strings.HasPrefix(out, "//") || strings.HasPrefix(out, "/\\") {
		return "/"
	}
	return out
}

type loginData struct {
	Next  string
	Error string
}

func (s *Server) loginPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.render(w, r, "login.html", loginData{Next: localPath(r.URL.Query().Get("next"))})
}

// login checks the token of the login form and sets the login cookie.
func (s *Server) login(w nethttp.ResponseWriter, r *nethttp.Request) {
	r.Body = nethttp.MaxBytesReader(w, r.Body, maxFormBytes)
	if !sameOrigin(r) {
		nethttp.Error(w, "cross-site form refused", nethttp.StatusForbidden)
		return
	}
	secret := strings.TrimSpace(r.PostFormValue("token"))
	next := localPath(r.PostFormValue("next"))
	if _, err := s.verify(r.Context(), secret); err != nil {
		w.WriteHeader(nethttp.StatusUnauthorized)
		s.render(w, r, "login.html", loginData{Next: next, Error: "That token is not valid."})
		return
	}
	nethttp.SetCookie(w, &nethttp.Cookie{
		Name: cookieName, Value: secret, Path: "/", HttpOnly: true, SameSite: nethttp.SameSiteStrictMode,
		Secure: r.TLS != nil, MaxAge: int((12 * time.Hour).Seconds()),
	})
	nethttp.Redirect(w, r, next, nethttp.StatusSeeOther)
}

func (s *Server) logout(w nethttp.ResponseWriter, r *nethttp.Request) {
	if !sameOrigin(r) {
		nethttp.Error(w, "cross-site form refused", nethttp.StatusForbidden)
		return
	}
	nethttp.SetCookie(w, &nethttp.Cookie{Name: cookieName, Value: "", Path: "/", HttpOnly: true, SameSite: nethttp.SameSiteStrictMode, MaxAge: -1})
	nethttp.Redirect(w, r, "/", nethttp.StatusSeeOther)
}

// loggedIn reports whether the request carries a valid login cookie, for
// pages that show the analyst's forms.
func (s *Server) loggedIn(r *nethttp.Request) bool {
	c := cookieToken(r)
	if c == "" {
		return false
	}
	_, err := s.verify(r.Context(), c)
	return err == nil
}

// writeJSON writes v as JSON.
func writeJSON(w nethttp.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// apiError writes a JSON error.
func apiError(w nethttp.ResponseWriter, status int, format string, args ...any) {
	writeJSON(w, status, map[string]string{"error": sprintf(format, args...)})
}

// bodyError maps an error reading a request body to a status: 413 for a
// body over the limit.
func bodyError(err error) int {
	var mb *nethttp.MaxBytesError
	if errors.As(err, &mb) || errors.Is(err, dossier.ErrTooLarge) {
		return nethttp.StatusRequestEntityTooLarge
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return nethttp.StatusGatewayTimeout
	}
	return nethttp.StatusBadRequest
}
