package http

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	nethttp "net/http"
	"sort"
	"strconv"
	"strings"
	"time"

	"dossier"
)

func sprintf(format string, args ...any) string { return fmt.Sprintf(format, args...) }

// maxSearchHits bounds the articles a search reads from the store.
const maxSearchHits = 200

// maxCachedQueries bounds the queries a snapshot remembers.
const maxCachedQueries = 4096

// idSearcher is a store that can search for article IDs alone, which is
// all the story list needs and much cheaper than hits with snippets
// (sqlite.Store is one).
type idSearcher interface {
	SearchIDs(ctx context.Context, query string, limit int) ([]string, error)
}

// maxStorySearch bounds the articles a story list search reads.
const maxStorySearch = 500

// search runs a full-text query through the store, once per snapshot.
func (s *Server) search(ctx context.Context, sn *snapshot, q string) ([]dossier.SearchHit, error) {
	q = strings.TrimSpace(q)
	return sn.hits.get(q, func() ([]dossier.SearchHit, error) {
		return s.cfg.Store.Search(context.WithoutCancel(ctx), q, maxSearchHits)
	})
}

// rankedIDs are the articles a query found, best first, with their
// bm25 ranks when the word index found them (nil when the store did).
type rankedIDs struct {
	ids   []string
	ranks []float64
}

// searchIDs returns the IDs of the articles that match a query, once per
// snapshot: plain words from the word index, anything else from the
// store.
func (s *Server) searchIDs(ctx context.Context, sn *snapshot, q string) (rankedIDs, error) {
	q = strings.TrimSpace(q)
	return sn.ids.get(q, func() (rankedIDs, error) {
		if terms := plainWords(q); terms != nil && sn.corpus.index != nil {
			ids, ranks := sn.corpus.index.searchScored(terms, maxStorySearch)
			return rankedIDs{ids, ranks}, nil
		}
		if is, ok := s.cfg.Store.(idSearcher); ok {
			ids, err := is.SearchIDs(context.WithoutCancel(ctx), q, maxStorySearch)
			return rankedIDs{ids: ids}, err
		}
		hits, err := s.search(ctx, sn, q)
		var ids []string
		for _, h := range hits {
			ids = append(ids, h.Article.ID)
		}
		return rankedIDs{ids: ids}, err
	})
}

// storyList applies the list's query parameters: q (full text), outlet,
// entity, from and to (YYYY-MM-DD, to exclusive).
func (s *Server) storyList(r *nethttp.Request, sn *snapshot) ([]*dossier.Story, storyFilter, error) {
	q := r.URL.Query()
	f := storyFilter{Query: strings.TrimSpace(q.Get("q")), Outlet: q.Get("outlet"), Entity: q.Get("entity")}
	for _, p := range []struct {
		name string
		dst  **time.Time
	}{{"from", &f.From}, {"to", &f.To}} {
		if v := q.Get(p.name); v != "" {
			t, err := time.Parse("2006-01-02", v)
			if err != nil {
				return nil, f, fmt.Errorf("%s: want a date YYYY-MM-DD, got %q", p.name, v)
			}
			*p.dst = &t
		}
	}
	var ids []string
	if f.Query != "" {
		found, err := s.searchIDs(r.Context(), sn, f.Query)
		if err != nil {
			return nil, f, err
		}
		ids = []string{}
		seen := map[string]bool{}
		for _, id := range found.ids {
			a := sn.corpus.articles[id]
			if a != nil && a.Story != "" && !seen[a.Story] {
				seen[a.Story] = true
				ids = append(ids, a.Story)
			}
		}
	}
	return sn.filter(f, ids), f, nil
}

// page returns the limit and offset parameters.
func paging(r *nethttp.Request, def int) (limit, offset int) {
	limit, offset = def, 0
	if v, err := strconv.Atoi(r.URL.Query().Get("limit")); err == nil && v > 0 {
		limit = min(v, 1000)
	}
	if v, err := strconv.Atoi(r.URL.Query().Get("offset")); err == nil && v > 0 {
		offset = v
	}
	return limit, offset
}

func window[T any](l []T, limit, offset int) []T {
	if offset >= len(l) {
		return []T{}
	}
	return l[offset:min(len(l), offset+limit)]
}

func (s *Server) apiStatus(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	writeJSON(w, nethttp.StatusOK, map[string]any{
		"version": sn.version, "articles": len(sn.d.Articles), "stories": len(sn.d.Stories),
		"entities": len(sn.d.Entities), "judgements": len(sn.judgements), "rebuilding": s.Rebuilding(),
		"built": sn.corpus.built.UTC().Format(time.RFC3339), "build_ms": sn.corpus.took.Milliseconds(),
		"assess_ms": sn.assessTook.Milliseconds(),
	})
}

func (s *Server) apiStories(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	list, _, err := s.storyList(r, sn)
	if err != nil {
		apiError(w, nethttp.StatusBadRequest, "%v", err)
		return
	}
	limit, offset := paging(r, 50)
	items := []storyItem{}
	for _, st := range window(list, limit, offset) {
		items = append(items, sn.storyItem(st))
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"total": len(list), "stories": items})
}

func (s *Server) apiStory(w nethttp.ResponseWriter, r *nethttp.Request) {
	v := s.current().storyView(r.PathValue("id"))
	if v == nil {
		apiError(w, nethttp.StatusNotFound, "no story %q", r.PathValue("id"))
		return
	}
	writeJSON(w, nethttp.StatusOK, v)
}

func (s *Server) apiHypotheses(w nethttp.ResponseWriter, r *nethttp.Request) {
	v := s.current().storyView(r.PathValue("id"))
	if v == nil {
		apiError(w, nethttp.StatusNotFound, "no story %q", r.PathValue("id"))
		return
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"story": v.ID, "caveat": v.Caveat, "hypotheses": v.Hypotheses,
		"rows": v.Rows, "excluded": v.Excluded, "sensitivity": v.Sensitivity})
}

// articleJSON is an article with what the analysis found in it.
type articleJSON struct {
	articleRef
	URL        string          `json:"url"`
	Authors    []string        `json:"authors"`
	File       string          `json:"file"`
	Text       string          `json:"text"`
	Notes      []string        `json:"notes"`
	Statements []statementView `json:"statements"`
	Claims     []claimView     `json:"claims"`
}

func (s *Server) apiArticle(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	a := sn.corpus.articles[r.PathValue("id")]
	if a == nil {
		apiError(w, nethttp.StatusNotFound, "no article %q", r.PathValue("id"))
		return
	}
	v := articleJSON{articleRef: sn.articleRef(a), URL: a.URL, Authors: a.Authors, File: a.File, Text: a.Text, Notes: a.Notes,
		Statements: []statementView{}, Claims: []claimView{}}
	if an := sn.d.Analyses[a.ID]; an != nil {
		for i := range an.Statements {
			v.Statements = append(v.Statements, sn.statementView(&an.Statements[i], a))
		}
		for i := range an.Claims {
			v.Claims = append(v.Claims, sn.claimView(&an.Claims[i]))
		}
	}
	writeJSON(w, nethttp.StatusOK, v)
}

// articlesOf returns the articles a statements or claims query names:
// one article, one story's, or none (then the caller uses an index).
func articlesOf(sn *snapshot, r *nethttp.Request) ([]*dossier.Article, bool) {
	q := r.URL.Query()
	if id := q.Get("article"); id != "" {
		if a := sn.corpus.articles[id]; a != nil {
			return []*dossier.Article{a}, true
		}
		return nil, true
	}
	if id := q.Get("story"); id != "" {
		st := sn.story(id)
		if st == nil {
			return nil, true
		}
		var out []*dossier.Article
		for _, aid := range st.Articles {
			if a := sn.corpus.articles[aid]; a != nil {
				out = append(out, a)
			}
		}
		return out, true
	}
	return nil, false
}

func (s *Server) apiStatements(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	speaker := r.URL.Query().Get("speaker")
	out := []statementView{}
	if arts, ok := articlesOf(sn, r); ok {
		for _, a := range arts {
			an := sn.d.Analyses[a.ID]
			if an == nil {
				continue
			}
			for i := range an.Statements {
				if speaker == "" || sn.canon(an.Statements[i].Speaker) == sn.canon(speaker) {
					out = append(out, sn.statementView(&an.Statements[i], a))
				}
			}
		}
	} else if speaker != "" {
		for _, ref := range sn.bySpeaker[sn.canon(speaker)] {
			out = append(out, sn.statementView(ref.St, ref.Article))
		}
	} else {
		apiError(w, nethttp.StatusBadRequest, "give article, story or speaker")
		return
	}
	limit, offset := paging(r, 200)
	writeJSON(w, nethttp.StatusOK, map[string]any{"total": len(out), "statements": window(out, limit, offset)})
}

func (s *Server) apiClaims(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	q := r.URL.Query()
	holder, agent := sn.canon(q.Get("holder")), sn.canon(q.Get("agent"))
	keep := func(c *dossier.Claim) bool {
		return (holder == "" || sn.canon(c.Holder) == holder) && (agent == "" || sn.canon(c.Agent) == agent)
	}
	out := []claimView{}
	if arts, ok := articlesOf(sn, r); ok {
		for _, a := range arts {
			if an := sn.d.Analyses[a.ID]; an != nil {
				for i := range an.Claims {
					if keep(&an.Claims[i]) {
						out = append(out, sn.claimView(&an.Claims[i]))
					}
				}
			}
		}
	} else if holder != "" || agent != "" {
		refs := sn.byHolder[holder]
		if holder == "" {
			refs = sn.byAgent[agent]
		}
		for _, ref := range refs {
			if keep(ref.C) {
				out = append(out, sn.claimView(ref.C))
			}
		}
	} else {
		apiError(w, nethttp.StatusBadRequest, "give article, story, holder or agent")
		return
	}
	limit, offset := paging(r, 200)
	writeJSON(w, nethttp.StatusOK, map[string]any{"total": len(out), "claims": window(out, limit, offset)})
}

// matchEntities returns the entities whose name or alias contains q
// (case folded), most mentioned first; all when q is "".
func (sn *snapshot) matchEntities(q string) []entityRef {
	q = strings.ToLower(strings.TrimSpace(q))
	type hit struct {
		e *dossier.Entity
		n int
	}
	var hits []hit
	for i := range sn.d.Entities {
		e := &sn.d.Entities[i]
		if _, merged := sn.mergedInto[e.ID]; merged {
			continue
		}
		ok := q == "" || strings.Contains(strings.ToLower(e.Name), q)
		for _, a := range e.Aliases {
			ok = ok || strings.Contains(strings.ToLower(a), q)
		}
		if ok {
			hits = append(hits, hit{e, len(e.Mentions) + len(sn.bySpeaker[e.ID])})
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].n > hits[j].n })
	out := make([]entityRef, len(hits))
	for i, h := range hits {
		out[i] = sn.entityRef(h.e)
	}
	return out
}

func (s *Server) apiEntities(w nethttp.ResponseWriter, r *nethttp.Request) {
	out := s.current().matchEntities(r.URL.Query().Get("q"))
	limit, offset := paging(r, 100)
	writeJSON(w, nethttp.StatusOK, map[string]any{"total": len(out), "entities": window(out, limit, offset)})
}

func (s *Server) apiEntity(w nethttp.ResponseWriter, r *nethttp.Request) {
	v := s.current().entityView(r.PathValue("id"))
	if v == nil {
		apiError(w, nethttp.StatusNotFound, "no entity %q", r.PathValue("id"))
		return
	}
	if v.Redirect != "" {
		nethttp.Redirect(w, r, "/api/entities/"+v.Redirect, nethttp.StatusFound)
		return
	}
	writeJSON(w, nethttp.StatusOK, v)
}

// searchHit is an article that matched a search.
type searchHit struct {
	articleRef
	Snippet string  `json:"snippet"`
	Rank    float64 `json:"rank"`
}

func (s *Server) apiSearch(w nethttp.ResponseWriter, r *nethttp.Request) {
	sn := s.current()
	q := r.URL.Query().Get("q")
	if strings.TrimSpace(q) == "" {
		apiError(w, nethttp.StatusBadRequest, "q is required")
		return
	}
	limit, offset := paging(r, 20)
	total, page, err := s.searchPage(r.Context(), sn, q, limit, offset)
	if err != nil {
		apiError(w, nethttp.StatusInternalServerError, "search: %v", err)
		return
	}
	out := []searchHit{}
	for _, h := range page {
		ref := sn.articleRef(h.Article)
		if a := sn.corpus.articles[h.Article.ID]; a != nil {
			ref.Story = a.Story
		}
		out = append(out, searchHit{articleRef: ref, Snippet: h.Snippet, Rank: h.Rank})
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"total": total, "hits": out})
}

// pageSearcher is a store that computes snippets for one page of hits
// only (sqlite.Store is one).
type pageSearcher interface {
	SearchPage(ctx context.Context, query string, limit, offset int) ([]dossier.SearchHit, error)
}

// searchPage returns how many articles match (up to maxStorySearch) and
// one page of hits, each cached per snapshot. Plain words are ranked by
// the word index and their snippets cut from the articles in memory;
// other queries go to the store, which computes the snippets of the page
// only when it can.
func (s *Server) searchPage(ctx context.Context, sn *snapshot, q string, limit, offset int) (int, []dossier.SearchHit, error) {
	found, err := s.searchIDs(ctx, sn, q)
	if err != nil {
		return 0, nil, err
	}
	q = strings.TrimSpace(q)
	key := strconv.Itoa(limit) + " " + strconv.Itoa(offset) + " " + q
	if terms := plainWords(q); terms != nil && found.ranks != nil {
		hits, _ := sn.hits.get(key, func() ([]dossier.SearchHit, error) {
			hits := []dossier.SearchHit{}
			for i := offset; i < min(len(found.ids), offset+limit); i++ {
				if a := sn.corpus.articles[found.ids[i]]; a != nil {
					hits = append(hits, dossier.SearchHit{Article: a, Snippet: snippet(a, terms), Rank: found.ranks[i]})
				}
			}
			return hits, nil
		})
		return len(found.ids), hits, nil
	}
	ps, ok := s.cfg.Store.(pageSearcher)
	if !ok {
		hits, err := s.search(ctx, sn, q)
		return len(hits), window(hits, limit, offset), err
	}
	page, err := sn.hits.get(key, func() ([]dossier.SearchHit, error) {
		return ps.SearchPage(context.WithoutCancel(ctx), q, limit, offset)
	})
	return len(found.ids), page, err
}

// judgementJSON is a judgement in the API.
type judgementJSON struct {
	Kind   string `json:"kind"`
	Target string `json:"target"`
	Value  string `json:"value"`
	By     string `json:"by"`
	At     string `json:"at"`
}

func (s *Server) apiJudgements(w nethttp.ResponseWriter, r *nethttp.Request) {
	out := []judgementJSON{}
	for _, j := range s.current().judgements {
		out = append(out, judgementJSON{string(j.Kind), j.Target, j.Value, j.By, j.At.UTC().Format(time.RFC3339)})
	}
	writeJSON(w, nethttp.StatusOK, map[string]any{"judgements": out})
}

// decode reads a JSON body into v; an empty body leaves v as it is.
func decode(r *nethttp.Request, v any) error {
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil && !errors.Is(err, errEOF) {
		return err
	}
	return nil
}

// judged answers a judgement with the re-scored snapshot's version and,
// where one story is concerned, its hypotheses.
func (s *Server) judged(w nethttp.ResponseWriter, r *nethttp.Request, story string) {
	sn, err := s.rescore(r.Context())
	if err != nil {
		apiError(w, nethttp.StatusInternalServerError, "re-scoring: %v", err)
		return
	}
	out := map[string]any{"version": sn.version}
	if v := sn.storyView(story); v != nil {
		out["story"] = v.ID
		out["hypotheses"] = v.Hypotheses
	}
	writeJSON(w, nethttp.StatusOK, out)
}

// judge records or retracts a judgement (by the request's method).
func (s *Server) judge(ctx context.Context, r *nethttp.Request, tok dossier.Token, j dossier.Judgement) error {
	if r.Method == nethttp.MethodDelete {
		return s.cfg.Store.Retract(ctx, j.Kind, j.Target, tok.Name)
	}
	j.By = tok.Name
	return s.cfg.Store.Judge(ctx, j)
}

// validGrade normalises an Admiralty source-reliability grade.
func validGrade(g string) (string, bool) {
	g = strings.ToUpper(strings.TrimSpace(g))
	return g, len(g) == 1 && g[0] >= 'A' && g[0] <= 'F'
}

func (s *Server) apiSetReliability(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	outlet := r.PathValue("outlet")
	var body struct {
		Grade string `json:"grade"`
	}
	if err := decode(r, &body); err != nil {
		apiError(w, bodyError(err), "body: %v", err)
		return
	}
	grade, ok := validGrade(body.Grade)
	if r.Method == nethttp.MethodPut && !ok {
		apiError(w, nethttp.StatusBadRequest, "grade: want an Admiralty grade A (completely reliable) to F (cannot be judged), got %q", body.Grade)
		return
	}
	if err := s.judge(r.Context(), r, tok, dossier.Judgement{Kind: dossier.JudgeReliability, Target: outlet, Value: grade}); err != nil {
		apiError(w, nethttp.StatusInternalServerError, "%v", err)
		return
	}
	s.judged(w, r, r.URL.Query().Get("story"))
}

func (s *Server) apiMarkWrong(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	id := r.PathValue("id")
	ref, ok := s.current().claims[id]
	if !ok {
		apiError(w, nethttp.StatusNotFound, "no claim %q", id)
		return
	}
	var body struct {
		Reason string `json:"reason"`
	}
	if err := decode(r, &body); err != nil {
		apiError(w, bodyError(err), "body: %v", err)
		return
	}
	if err := s.judge(r.Context(), r, tok, dossier.Judgement{Kind: dossier.JudgeWrongClaim, Target: id, Value: body.Reason}); err != nil {
		apiError(w, nethttp.StatusInternalServerError, "%v", err)
		return
	}
	s.judged(w, r, ref.Article.Story)
}

func (s *Server) apiDismiss(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	id := r.PathValue("id")
	v := s.current().storyView(id)
	if v == nil {
		apiError(w, nethttp.StatusNotFound, "no story %q", id)
		return
	}
	body := struct {
		Agent  *string `json:"agent"`
		Reason string  `json:"reason"`
	}{}
	if err := decode(r, &body); err != nil {
		apiError(w, bodyError(err), "body: %v", err)
		return
	}
	agent := r.URL.Query().Get("agent")
	if body.Agent != nil {
		agent = *body.Agent
	}
	if !hasHypothesis(v, agent) {
		apiError(w, nethttp.StatusNotFound, "story %s has no hypothesis with agent %q", id, agent)
		return
	}
	j := dossier.Judgement{Kind: dossier.JudgeDismiss, Target: dossier.DismissTarget(v.Anchor, agent), Value: body.Reason}
	if err := s.judge(r.Context(), r, tok, j); err != nil {
		apiError(w, nethttp.StatusInternalServerError, "%v", err)
		return
	}
	s.judged(w, r, id)
}

func hasHypothesis(v *storyView, agent string) bool {
	for _, h := range v.Hypotheses {
		if h.Agent == agent {
			return true
		}
	}
	return false
}

// checkMerge says why two entities cannot be merged, or "".
func checkMerge(sn *snapshot, from, into string) string {
	switch {
	case sn.entities[from] == nil:
		return fmt.Sprintf("no entity %q", from)
	case sn.entities[into] == nil:
		return fmt.Sprintf("no entity %q to merge into", into)
	case sn.canon(into) == from || from == into:
		return "an entity cannot be merged into itself"
	}
	return ""
}

func (s *Server) apiMerge(w nethttp.ResponseWriter, r *nethttp.Request, tok dossier.Token) {
	from := r.PathValue("id")
	var body struct {
		Into string `json:"into"`
	}
	if err := decode(r, &body); err != nil {
		apiError(w, bodyError(err), "body: %v", err)
		return
	}
	sn := s.current()
	if r.Method == nethttp.MethodPut {
		if msg := checkMerge(sn, from, body.Into); msg != "" {
			apiError(w, nethttp.StatusBadRequest, "%s", msg)
			return
		}
	}
	if err := s.judge(r.Context(), r, tok, dossier.Judgement{Kind: dossier.JudgeMerge, Target: from, Value: body.Into}); err != nil {
		apiError(w, nethttp.StatusInternalServerError, "%v", err)
		return
	}
	s.judged(w, r, "")
}
