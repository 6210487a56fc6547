package http

import (
	"bytes"
	"fmt"
	"html/template"
	nethttp "net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"

	"dossier"
)

// grades are the Admiralty source-reliability grades, for the forms.
var grades = []struct{ Code, Name string }{
	{"A", "completely reliable"}, {"B", "usually reliable"}, {"C", "fairly reliable"},
	{"D", "not usually reliable"}, {"E", "unreliable"}, {"F", "reliability cannot be judged"},
}

var funcs = template.FuncMap{
	"f2":     func(f float64) string { return strconv.FormatFloat(f, 'f', 2, 64) },
	"grades": func() any { return grades },
	"rating": func(r string) string {
		switch r {
		case "CC", "C":
			return "pro"
		case "I", "II":
			return "con"
		}
		return "neutral"
	},
	"inc":  func(i int) int { return i + 1 },
	"path": url.PathEscape,
}

// page is what every page template gets.
type page struct {
	Title    string
	LoggedIn bool
	Path     string // the request's path and query, for forms to come back to
	Data     any
}

// render executes a page template into a buffer, then writes it, so that
// a template error is a clean 500 rather than half a page.
func (s *Server) render(w nethttp.ResponseWriter, r *nethttp.Request, name string, data any) {
	b, err := s.renderBytes(r, s.loggedIn(r), name, data)
	if err != nil {
		s.log.Error("rendering", "template", name, "err", err)
		nethttp.Error(w, "rendering failed", nethttp.StatusInternalServerError)
		return
	}
	writePage(w, b)
}

func writePage(w nethttp.ResponseWriter, b []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.Write(b)
}

func (s *Server) renderBytes(r *nethttp.Request, loggedIn bool, name string, data any) ([]byte, error) {
	t := s.pages[name]
	if t == nil {
		return nil, fmt.Errorf("no template %s", name)
	}
	title := ""
	if tt, ok := data.(interface{ title() string }); ok {
		title = tt.title()
	}
	var buf bytes.Buffer
	p := page{Title: title, LoggedIn: loggedIn, Path: r.URL.RequestURI(), Data: data}
	if err := t.ExecuteTemplate(&buf, "layout", p); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// maxCachedPages bounds the rendered pages a snapshot keeps.
const maxCachedPages = 4096

// renderedPage is a page as a snapshot caches it: a snapshot never
// changes, so neither do its pages, and the busiest pages (a story, a
// search) are rendered once per snapshot.
type renderedPage struct {
	body   []byte
	status int
}

// cached serves a page from the snapshot's cache, keyed by the request
// URI and the login state, rendering it with build on a miss. build
// returns the template, the data and the status.
func (s *Server) cached(w nethttp.ResponseWriter, r *nethttp.Request, sn *snapshot, build func() (string, any, int)) {
	in := s.loggedIn(r)
	p, err := sn.pages.get(strconv.FormatBool(in)+" "+r.URL.RequestURI(), func() (renderedPage, error) {
		name, data, status := build()
		b, err := s.renderBytes(r, in, name, data)
		if err != nil {
			s.log.Error("rendering", "template", name, "err", err)
		}
		return renderedPage{b, status}, err
	})
	if err != nil {
		nethttp.Error(w, "rendering failed", nethttp.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(p.status)
	w.Write(p.body)
}

func (loginData) title() string { return "Log in" }

// listData is the story list page.
type listData struct {
	Filter     storyFilter
	From, To   string
	EntityName string
	Rows       []template.HTML // the stories' table rows, rendered once per snapshot
	Total      int
	// OutletOptions are the outlet filter's <option> elements, escaped:
	// hundreds of outlets render once per snapshot, not once per page.
	OutletOptions template.HTML
	Error         string
	Next          string // the next page's query, or ""
	Judgements    int
	Articles      int
}

func (listData) title() string { return "Stories" }

func (s *Server) uiStories(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	s.cached(w, r, sn, func() (string, any, int) { return s.storiesPage(r, sn) })
}

// storiesPage builds the story list.
func (s *Server) storiesPage(r *nethttp.Request, sn *snapshot) (string, any, int) {
	list, f, err := s.storyList(r, sn)
	d := listData{Filter: f, OutletOptions: sn.outletOptions(f.Outlet), From: r.URL.Query().Get("from"), To: r.URL.Query().Get("to"),
		Judgements: len(sn.judgements), Articles: len(sn.d.Articles)}
	if f.Entity != "" {
		d.EntityName = sn.name(f.Entity, f.Entity)
	}
	if err != nil {
		d.Error = err.Error()
		return "stories.html", d, nethttp.StatusBadRequest
	}
	limit, offset := paging(r, 50)
	d.Total = len(list)
	for _, st := range window(list, limit, offset) {
		row, err := s.storyRow(sn, st)
		if err != nil {
			s.log.Error("rendering a story row", "story", st.ID, "err", err)
			continue
		}
		d.Rows = append(d.Rows, row)
	}
	if offset+limit < len(list) {
		q := r.URL.Query()
		q.Set("offset", strconv.Itoa(offset+limit))
		d.Next = "/?" + q.Encode()
	}
	return "stories.html", d, nethttp.StatusOK
}

// storyRow returns a story's row of the story list, rendered by the
// row template (which escapes it) once per snapshot: a search or a
// filter lists the same rows in another selection.
func (s *Server) storyRow(sn *snapshot, st *dossier.Story) (template.HTML, error) {
	return sn.rows.get(st.ID, func() (template.HTML, error) {
		var b bytes.Buffer
		if err := s.pages["storyrow.html"].ExecuteTemplate(&b, "row", sn.storyItem(st)); err != nil {
			return "", err
		}
		return template.HTML(b.String()), nil
	})
}

// outletOptions renders the outlet filter's options, the selected one
// marked; the unselected list is rendered once per snapshot.
func (sn *snapshot) outletOptions(selected string) template.HTML {
	build := func() template.HTML {
		var b strings.Builder
		for _, o := range sn.outlets {
			e := template.HTMLEscapeString(o)
			if o == selected {
				b.WriteString(`<option value="` + e + `" selected>` + e + "</option>")
			} else {
				b.WriteString(`<option value="` + e + `">` + e + "</option>")
			}
		}
		return template.HTML(b.String())
	}
	if selected != "" {
		return build()
	}
	sn.optionsOnce.Do(func() { sn.options = build() })
	return sn.options
}

// storyData is the story page.
type storyData struct {
	*storyView
	Grades []struct{ Code, Name string }
}

func (d storyData) title() string { return d.Title }

func (s *Server) uiStory(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	s.cached(w, r, sn, func() (string, any, int) {
		v := sn.storyView(r.PathValue("id"))
		if v == nil {
			return "error.html", errorData{"No such story."}, nethttp.StatusNotFound
		}
		return "story.html", storyData{storyView: v, Grades: grades}, nethttp.StatusOK
	})
}

func (s *Server) notFound(w nethttp.ResponseWriter, r *nethttp.Request, msg string) {
	w.WriteHeader(nethttp.StatusNotFound)
	s.render(w, r, "error.html", errorData{msg})
}

type errorData struct{ Message string }

func (errorData) title() string { return "Not found" }

// articleData is the article page: the text cut around the highlighted
// evidence, so that the template escapes each part and wraps the
// evidence in a mark element.
type articleData struct {
	articleJSON
	Before, Mark, After string
	Highlighted         bool
	StoryTitle          string
}

func (d articleData) title() string { return d.Title }

func (s *Server) uiArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	a := sn.corpus.articles[r.PathValue("id")]
	if a == nil {
		s.notFound(w, r, "No such article.")
		return
	}
	d := articleData{articleJSON: articleJSON{articleRef: sn.articleRef(a), URL: a.URL, Authors: a.Authors, File: a.File, Notes: a.Notes}}
	if st := sn.story(a.Story); st != nil {
		d.StoryTitle = st.Title
	}
	if an := sn.d.Analyses[a.ID]; an != nil {
		for i := range an.Statements {
			d.Statements = append(d.Statements, sn.statementView(&an.Statements[i], a))
		}
		for i := range an.Claims {
			d.Claims = append(d.Claims, sn.claimView(&an.Claims[i]))
		}
	}
	start, err1 := strconv.Atoi(r.URL.Query().Get("start"))
	end, err2 := strconv.Atoi(r.URL.Query().Get("end"))
	sp := dossier.Span{Start: start, End: end}
	if err1 == nil && err2 == nil && validSpan(a.Text, sp) {
		d.Before, d.Mark, d.After, d.Highlighted = a.Text[:sp.Start], a.Text[sp.Start:sp.End], a.Text[sp.End:], true
	} else {
		d.Before = a.Text
	}
	s.render(w, r, "article.html", d)
}

// validSpan reports whether a span fits the text and cuts it between
// characters.
func validSpan(text string, sp dossier.Span) bool {
	if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return false
	}
	return (sp.Start == len(text) || utf8.RuneStart(text[sp.Start])) && (sp.End == len(text) || utf8.RuneStart(text[sp.End]))
}

type entitiesData struct {
	Query    string
	Entities []entityRef
	Total    int
}

func (entitiesData) title() string { return "Entities" }

func (s *Server) uiEntities(w nethttp.ResponseWriter, r *nethttp.Request) {
	q := r.URL.Query().Get("q")
	all := s.current().matchEntities(q)
	s.render(w, r, "entities.html", entitiesData{Query: q, Entities: window(all, 200, 0), Total: len(all)})
}

type entityData struct{ *entityView }

func (d entityData) title() string { return d.Name }

func (s *Server) uiEntity(w nethttp.ResponseWriter, r *nethttp.Request) {
	v := s.current().entityView(r.PathValue("id"))
	if v == nil {
		s.notFound(w, r, "No such entity.")
		return
	}
	if v.Redirect != "" {
		nethttp.Redirect(w, r, "/entities/"+url.PathEscape(v.Redirect), nethttp.StatusFound)
		return
	}
	s.render(w, r, "entity.html", entityData{v})
}

type outletsData struct {
	Outlets []outletGrade
}

type outletGrade struct{ Name, Grade string }

func (outletsData) title() string { return "Outlets" }

func (s *Server) uiOutlets(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	d := outletsData{}
	for _, o := range sn.outlets {
		d.Outlets = append(d.Outlets, outletGrade{o, sn.grade(o)})
	}
	s.render(w, r, "outlets.html", d)
}

type ingestData struct {
	Result *ingestResult
	Error  string
}

func (ingestData) title() string { return "Ingest" }

func (s *Server) uiIngestPage(w nethttp.ResponseWriter, r *nethttp.Request) {
	s.render(w, r, "ingest.html", ingestData{})
}

// back redirects a form post to the page it came from.
func back(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Redirect(w, r, localPath(r.PostFormValue("return")), nethttp.StatusSeeOther)
}

// formError answers a form that could not be applied.
func (s *Server) formError(w nethttp.ResponseWriter, r *nethttp.Request, status int, msg string) {
	w.WriteHeader(status)
	s.render(w, r, "error.html", errorData{msg})
}

func (s *Server) uiSetReliability(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	outlet := r.PostFormValue("outlet")
	grade, ok := validGrade(r.PostFormValue("grade"))
	if outlet == "" || !ok {
		s.formError(w, r, nethttp.StatusBadRequest, "Give an outlet and an Admiralty grade A to F.")
		return
	}
	if err := s.cfg.Store.Judge(r.Context(), dossier.Judgement{Kind: dossier.JudgeReliability, Target: outlet, Value: grade, By: tok.Name}); err != nil {
		s.formError(w, r, nethttp.StatusInternalServerError, err.Error())
		return
	}
	if _, err := s.rescore(r.Context()); err != nil {
		s.formError(w, r, nethttp.StatusInternalServerError, err.Error())
		return
	}
	back(w, r)
}

// undoing reports whether a form asks to take a judgement back.
func undoing(r *nethttp.Request) bool { return r.PostFormValue("undo") != "" }

func (s *Server) apply(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token, j dossier.Judgement) {
	var err error
	if undoing(r) {
		err = s.cfg.Store.Retract(r.Context(), j.Kind, j.Target, tok.Name)
	} else {
		j.By = tok.Name
		err = s.cfg.Store.Judge(r.Context(), j)
	}
	if err == nil {
		_, err = s.rescore(r.Context())
	}
	if err != nil {
		s.formError(w, r, nethttp.StatusInternalServerError, err.Error())
		return
	}
	back(w, r)
}

func (s *Server) uiMarkWrong(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	id := r.PathValue("id")
	if _, ok := s.current().claims[id]; !ok {
		s.formError(w, r, nethttp.StatusNotFound, "No such claim.")
		return
	}
	s.apply(w, r, tok, dossier.Judgement{Kind: dossier.JudgeWrongClaim, Target: id, Value: r.PostFormValue("reason")})
}

func (s *Server) uiDismiss(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	v := s.current().storyView(r.PathValue("id"))
	agent := r.PostFormValue("agent")
	if v == nil || !hasHypothesis(v, agent) {
		s.formError(w, r, nethttp.StatusNotFound, "No such hypothesis.")
		return
	}
	s.apply(w, r, tok, dossier.Judgement{Kind: dossier.JudgeDismiss, Target: dossier.DismissTarget(v.Anchor, agent)})
}

func (s *Server) uiMerge(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	from := r.PathValue("id")
	into := strings.TrimSpace(r.PostFormValue("into"))
	if !undoing(r) {
		if msg := checkMerge(s.current(), from, into); msg != "" {
			s.formError(w, r, nethttp.StatusBadRequest, msg)
			return
		}
	}
	s.apply(w, r, tok, dossier.Judgement{Kind: dossier.JudgeMerge, Target: from, Value: into})
}

func (s *Server) uiIngest(w nethttp.ResponseWriter, r *nethttp.Request, _ dossier.Token) {
	var arts []*dossier.Article
	var errs []string
	var err error
	if u := r.URL.Query().Get("url"); u != "" || r.Header.Get("Content-Type") == "application/x-www-form-urlencoded" {
		if u == "" {
			u = r.PostFormValue("url")
		}
		arts, err = s.fetchURL(r.Context(), u)
	} else {
		arts, errs, err = s.ingestBody(r)
	}
	if err != nil {
		w.WriteHeader(bodyError(err))
		s.render(w, r, "ingest.html", ingestData{Error: fmt.Sprint(err)})
		return
	}
	res, err := s.store(r.Context(), arts, errs)
	if err != nil {
		w.WriteHeader(nethttp.StatusInternalServerError)
		s.render(w, r, "ingest.html", ingestData{Error: err.Error()})
		return
	}
	s.render(w, r, "ingest.html", ingestData{Result: &res})
}
