package web

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"

	"dossier"
	"dossier/export"
	"dossier/sqlite"
)

// pages are the templates of the web pages, each with the layout.
var pages = []string{"home", "search", "entities", "entity", "events", "event", "documents", "document", "error"}

var funcs = template.FuncMap{
	"pred":        func(p string) string { return strings.ReplaceAll(p, "_", " ") },
	"short":       func(id string) string { return id[:min(10, len(id))] },
	"figure":      export.FormatFigure,
	"num":         fmtNum,
	"statusClass": statusClass,
	"deref":       dossier.Deref,
	"rangeWords":  rangeWords,
	"evHref":      evidenceHref,
	"add":         func(a, b int) int { return a + b },
	"typeLabel":   func(t any) string { return strings.ReplaceAll(fmt.Sprint(t), "_", " ") },
}

func (s *Server) parseTemplates() error {
	s.pages = map[string]*template.Template{}
	for _, p := range pages {
		t, err := template.New("base.html").Funcs(funcs).ParseFS(templateFS, "templates/base.html", "templates/shared.html", "templates/"+p+".html")
		if err != nil {
			return fmt.Errorf("web: template %s: %w", p, err)
		}
		s.pages[p] = t
	}
	return nil
}

// pageData is what every page's template gets.
type pageData struct {
	Title string
	// Q is the search box's text.
	Q string
	// Nav names the navigation entry of the page.
	Nav  string
	Data any
}

// render writes a page. The page is rendered in full before anything is
// written, so a template failure is a clean 500.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name, title string, data any) {
	s.renderPage(w, r, status, name, pageData{Title: title, Data: data, Nav: name})
}

func (s *Server) renderPage(w http.ResponseWriter, r *http.Request, status int, name string, pd pageData) {
	var buf bytes.Buffer
	if err := s.pages[name].Execute(&buf, pd); err != nil {
		s.log.Error("template", "page", name, "err", err)
		if name != "error" {
			s.fail(w, r, false, fmt.Errorf("template %s: %w", name, err))
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	writeHTML(w, status, buf.Bytes())
}

// writeHTML answers a page.
func writeHTML(w http.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(status)
	w.Write(b)
}

// evidenceHref links to the document view with the evidence highlighted.
func evidenceHref(docID string, ev dossier.Evidence) string {
	return fmt.Sprintf("/documents/%s?hl=%d-%d#hl", url.PathEscape(docID), ev.Start, ev.End)
}

func entityHref(id int64) string { return "/entities/" + strconv.FormatInt(id, 10) }
func eventHref(id int64) string  { return "/events/" + strconv.FormatInt(id, 10) }

func (s *Server) pageHome(w http.ResponseWriter, r *http.Request) error {
	ctx := r.Context()
	groups, err := s.opt.Store.Entities(ctx, dossier.ArmedGroup)
	if err != nil {
		return err
	}
	_, ndocs, err := s.opt.Store.DocumentPage(ctx, 1, 0)
	if err != nil {
		return err
	}
	latest, _, err := s.opt.Store.DocumentPage(ctx, 8, max(0, ndocs-8))
	if err != nil {
		return err
	}
	sort.SliceStable(latest, func(a, b int) bool { return latest[a].Published > latest[b].Published })
	nev, err := s.opt.Store.CountEvents(ctx, dossier.EventFilter{})
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "home", "dossier", map[string]any{
		"Groups": window(groups, 0, 15), "GroupsTotal": len(groups), "Documents": ndocs, "Latest": latest, "Events": nev,
	})
	return nil
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	pd := pageData{Title: "Search", Q: q, Nav: "search"}
	if q == "" {
		s.renderPage(w, r, http.StatusOK, "search", pd)
		return nil
	}
	if len(q) > 500 {
		return invalid("the query is longer than 500 bytes")
	}
	pd.Title = "Search: " + q
	res, err := s.opt.Store.Search(r.Context(), q, 20)
	if err != nil {
		return err
	}
	docs := make([]docHitView, len(res.Documents))
	for i, d := range res.Documents {
		docs[i] = docHitView{DocumentHit: d, Snippet: snippetTokens(d.Snippet)}
	}
	pd.Data = map[string]any{"R": res, "Docs": docs,
		"Empty": len(res.Entities)+len(res.Documents)+len(res.Claims)+len(res.Events) == 0}
	s.renderPage(w, r, http.StatusOK, "search", pd)
	return nil
}

// docHitView is a document search hit with its snippet as tokens.
type docHitView struct {
	sqlite.DocumentHit
	Snippet []token
}

// snippetTokens marks a snippet's matched words.
func snippetTokens(sn sqlite.Snippet) []token {
	var hs []highlight
	for _, m := range sn.Marks {
		hs = append(hs, highlight{Start: m.Start, End: m.End, Class: "match"})
	}
	return segment(sn.Text, hs)
}

// pager is the position of a page in a listing.
type pager struct {
	Page, Pages, Total, From, To int
	Prev, Next                   string
}

func newPager(r *http.Request, total, per int) (pager, int, error) {
	p, err := intParam(r, "page", 1, 1, 1<<20)
	if err != nil {
		return pager{}, 0, err
	}
	pg := pager{Page: p, Total: total, Pages: max(1, (total+per-1)/per)}
	off := (p - 1) * per
	pg.From, pg.To = min(off+1, total), min(off+per, total)
	link := func(n int) string {
		q := r.URL.Query()
		q.Set("page", strconv.Itoa(n))
		return r.URL.Path + "?" + q.Encode()
	}
	if p > 1 {
		pg.Prev = link(p - 1)
	}
	if p < pg.Pages {
		pg.Next = link(p + 1)
	}
	return pg, off, nil
}

func (s *Server) pageEntities(w http.ResponseWriter, r *http.Request) error {
	typ := dossier.EntityType(r.URL.Query().Get("type"))
	if typ != "" && !typ.Valid() {
		return invalid("type must be person, armed_group, organization or location")
	}
	es, err := s.opt.Store.Entities(r.Context(), typ)
	if err != nil {
		return err
	}
	pg, off, err := newPager(r, len(es), 100)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "entities", "Entities", map[string]any{
		"Entities": window(es, off, 100), "Pager": pg, "Type": string(typ),
		"Types": []dossier.EntityType{dossier.ArmedGroup, dossier.Organization, dossier.Person, dossier.Location},
	})
	return nil
}

// sourceView is one claim behind a fact, as the dossier page shows it.
type sourceView struct {
	Cited, Publisher, DocTitle, DocID, Published, Hedge, Evidence, Href string
}

func sourceOf(c dossier.StoredClaim) sourceView {
	return sourceView{Cited: dossier.Deref(c.Claim.Source), Publisher: c.SourcedFact.Source, DocTitle: orWords(c.Title, c.Path),
		DocID: c.DocumentID, Published: c.Published, Hedge: c.Hedge, Evidence: c.Claim.Evidence.Text, Href: evidenceHref(c.DocumentID, c.Claim.Evidence)}
}

func sourceOfFact(f dossier.SourcedFact) sourceView {
	return sourceView{Publisher: f.Source, DocTitle: orWords(f.Title, f.Path), DocID: f.DocumentID, Published: f.Published,
		Hedge: f.How, Evidence: f.Evidence.Text, Href: evidenceHref(f.DocumentID, f.Evidence)}
}

// factView is a crosschecked fact on the dossier page.
type factView struct {
	dossier.Fact
	Label     string
	ValueHref string
	Sources   []sourceView
	// More counts the claims not shown (the page shows maxSources).
	More int
}

// maxSources is how many claims of one fact the dossier page shows; the
// API has them all.
const maxSources = 12

// factSection is a group of facts by predicate, in the order of the text
// dossier (render).
type factSection struct {
	ID, Title string
	Facts     []factView
	// More counts the facts not shown (the page shows maxPageFacts).
	More int
}

// maxPageFacts is how many facts of one section the dossier page shows:
// those with the most sources and claims. The API has them all.
const maxPageFacts = 40

var sections = []struct {
	id, title string
	preds     []string
}{
	{"leadership", "Leadership", []string{"leader"}},
	{"strength", "Strength", []string{"strength"}},
	{"origins", "Origins", []string{"founded", "formed_from"}},
	{"affiliations", "Affiliations and rivals", []string{"affiliated_with", "rival_of"}},
	{"areas", "Areas of operation and control", []string{"operates_in", "controls"}},
	{"activity", "Activity", []string{"attack_count"}},
	{"targets", "Targets", []string{"targets"}},
	{"rankings", "Rankings", []string{"ranking"}},
}

func factSections(d *dossier.Dossier) []factSection {
	placed := map[string]bool{}
	var out []factSection
	build := func(id, title string, match func(string) bool, labels bool) {
		sec := factSection{ID: "facts-" + id, Title: title}
		for _, f := range d.Facts {
			if !match(f.Predicate) {
				continue
			}
			placed[f.Predicate] = true
			fv := factView{Fact: f}
			if labels {
				fv.Label = strings.ReplaceAll(f.Predicate, "_", " ")
			}
			fv.More = max(f.ClaimCount-len(f.Claims), 0)
			for i, c := range f.Claims {
				if i < maxSources {
					fv.Sources = append(fv.Sources, sourceOf(c))
				} else {
					fv.More++
				}
				if fv.ValueHref == "" && c.ValueEntity != 0 && c.ValueEntity != d.Entity.ID {
					fv.ValueHref = entityHref(c.ValueEntity)
				}
			}
			sec.Facts = append(sec.Facts, fv)
		}
		if n := len(sec.Facts); n > maxPageFacts {
			// the best supported, in their order
			order := make([]int, n)
			for i := range order {
				order[i] = i
			}
			support := func(f factView) (int, int) {
				return max(f.SourceCount, len(f.Fact.Sources)), max(f.ClaimCount, len(f.Claims))
			}
			sort.SliceStable(order, func(a, b int) bool {
				sa, ca := support(sec.Facts[order[a]])
				sb, cb := support(sec.Facts[order[b]])
				if sa != sb {
					return sa > sb
				}
				return ca > cb
			})
			order = order[:maxPageFacts]
			sort.Ints(order)
			kept := make([]factView, 0, maxPageFacts)
			for _, i := range order {
				kept = append(kept, sec.Facts[i])
			}
			sec.Facts, sec.More = kept, n-maxPageFacts
		}
		if id == "strength" {
			sort.SliceStable(sec.Facts, func(a, b int) bool { return sec.Facts[a].Time < sec.Facts[b].Time })
		}
		if len(sec.Facts) > 0 {
			out = append(out, sec)
		}
	}
	for _, sec := range sections {
		build(sec.id, sec.title, func(p string) bool {
			for _, q := range sec.preds {
				if p == q {
					return true
				}
			}
			return false
		}, len(sec.preds) > 1)
	}
	build("other", "Other facts", func(p string) bool { return !placed[p] }, true)
	return out
}

// maxEstimates bounds the strength estimates the dossier page lists (the
// chart shows them all).
const maxEstimates = 60

// maxEntityEvents bounds the events an entity page charts.
const maxEntityEvents = 1000

func (s *Server) pageEntity(w http.ResponseWriter, r *http.Request) error {
	d, e, err := s.loadDossier(r)
	if err != nil {
		return err
	}
	if b := e.answer("page"); b != nil {
		writeHTML(w, http.StatusOK, b)
		return nil
	}
	ctx := r.Context()
	// the latest events, and how many there are
	evs, total, err := s.opt.Store.LatestEventsBrief(ctx, dossier.EventFilter{ActorID: d.Entity.ID, Limit: maxEntityEvents})
	if err != nil {
		return err
	}
	actor := strconv.FormatInt(d.Entity.ID, 10)
	timeline := timelineFigure("timeline", evs, func(month string) string {
		return "/events?" + url.Values{"actor": {actor}, "since": {month}, "until": {month}}.Encode()
	})
	mp, err := mapFigure("map", evs, func(e dossier.EventRecord) string { return eventHref(e.ID) })
	if err != nil {
		return err
	}
	ests := strengthEstimates(d)
	var estViews []map[string]any
	for _, e := range ests[max(0, len(ests)-maxEstimates):] {
		estViews = append(estViews, map[string]any{"When": e.When, "Range": rangeWords(e.Min, e.Max), "Unit": e.Unit, "Status": e.Status,
			"Source": orWords(e.Source, "—"), "Href": evidenceHref(e.Claim.DocumentID, e.Claim.Claim.Evidence), "Doc": orWords(e.Claim.Title, e.Claim.Path)})
	}
	latest := make([]dossier.EventRecord, len(evs))
	copy(latest, evs)
	sort.SliceStable(latest, func(a, b int) bool { return latest[a].Date > latest[b].Date })
	type aliasView struct {
		Name, Hows string
		Docs       int
		First      sourceView
	}
	var aliases []aliasView
	for _, a := range d.Aliases {
		docs, hows := map[string]bool{}, map[string]bool{}
		var hl []string
		for _, f := range a.Documents {
			docs[f.DocumentID] = true
			if !hows[f.How] {
				hows[f.How] = true
				hl = append(hl, f.How)
			}
		}
		av := aliasView{Name: a.Name, Docs: max(len(docs), a.DocumentCount), Hows: strings.Join(hl, ", ")}
		if len(a.Documents) > 0 {
			av.First = sourceOfFact(a.Documents[0])
		}
		aliases = append(aliases, av)
	}
	type relatedView struct {
		Predicate, Name string
		Type            dossier.EntityType
		Href            string
		Docs            int
		First           sourceView
	}
	var related []relatedView
	for _, rel := range d.Related {
		rv := relatedView{Predicate: strings.ReplaceAll(rel.Predicate, "_", " "), Name: rel.Name, Type: rel.Type}
		if rel.EntityID != 0 {
			rv.Href = entityHref(rel.EntityID)
		}
		docs := map[string]bool{}
		for _, f := range rel.Sources {
			docs[f.DocumentID] = true
		}
		rv.Docs = max(len(docs), rel.DocumentCount)
		if len(rel.Sources) > 0 {
			rv.First = sourceOfFact(rel.Sources[0])
		}
		related = append(related, rv)
	}
	var merges []string
	seen := map[string]bool{}
	for _, m := range d.Merges {
		if !seen[m.Reason] && len(merges) < 30 {
			seen[m.Reason] = true
			merges = append(merges, m.Reason)
		}
	}
	var buf bytes.Buffer
	if err := s.pages["entity"].Execute(&buf, pageData{Title: d.Entity.Name, Nav: "entity", Data: map[string]any{
		"D": d, "Aliases": aliases, "Sections": factSections(d), "Related": related,
		"Strength": strengthFigure("strength-chart", ests), "Estimates": estViews,
		"Timeline": timeline, "Map": mp, "Events": window(latest, 0, 25), "EventsTotal": total,
		"EventsHref": "/events?" + url.Values{"actor": {actor}}.Encode(),
		"Documents":  window(d.Documents, 0, 100), "DocumentsTotal": max(len(d.Documents), d.Entity.Documents), "Merges": merges,
	}}); err != nil {
		return fmt.Errorf("template entity: %w", err)
	}
	e.keep("page", buf.Bytes())
	writeHTML(w, http.StatusOK, buf.Bytes())
	return nil
}

func (s *Server) pageEvents(w http.ResponseWriter, r *http.Request) error {
	const per = 50
	f, err := s.eventFilter(r, per)
	if err != nil {
		return err
	}
	ctx := r.Context()
	total, err := s.opt.Store.CountEvents(ctx, f)
	if err != nil {
		return err
	}
	pg, off, err := newPager(r, total, per)
	if err != nil {
		return err
	}
	f.Limit, f.Offset = per, off
	evs, err := s.opt.Store.Events(ctx, f)
	if err != nil {
		return err
	}
	types, err := s.opt.Store.EventTypes(ctx)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	actorName := ""
	if f.ActorID != 0 {
		for _, e := range evs {
			if e.PerpetratorID == f.ActorID {
				actorName = e.Perpetrator
				break
			}
		}
		if actorName == "" {
			names, err := s.opt.Store.EntityNames(ctx, []int64{f.ActorID})
			if err != nil {
				return err
			}
			if ns := names[f.ActorID]; len(ns) > 0 {
				actorName = ns[0]
			}
		}
	}
	s.render(w, r, http.StatusOK, "events", "Events", map[string]any{
		"Events": evs, "Pager": pg, "Types": types, "ActorName": actorName,
		"F": map[string]string{"actor": q.Get("actor"), "country": q.Get("country"), "since": q.Get("since"), "until": q.Get("until"), "type": q.Get("type")},
	})
	return nil
}

// reportView is one document's report of an event.
type reportView struct {
	R                     dossier.EventReport
	Killed, Injured, Both string // Both: killed or injured, given together
	Evidence              []sourceView
}

func (s *Server) pageEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	e, err := s.opt.Store.Event(r.Context(), id)
	if err != nil {
		return err
	}
	mp, err := mapFigure("map", []dossier.EventRecord{*e}, nil)
	if err != nil {
		return err
	}
	var reports []reportView
	for _, rep := range e.Reports {
		rv := reportView{R: rep,
			Killed:  rangeOrDash(rep.KilledMin, rep.KilledMax),
			Injured: rangeOrDash(rep.InjuredMin, rep.InjuredMax),
			Both:    rangeOrDash(rep.KilledOrInjuredMin, rep.KilledOrInjuredMax)}
		for _, ev := range rep.Event.Evidence {
			rv.Evidence = append(rv.Evidence, sourceView{Evidence: ev.Text, Href: evidenceHref(rep.DocumentID, ev)})
		}
		reports = append(reports, rv)
	}
	title := strings.ReplaceAll(e.Type, "_", " ")
	if e.Location != "" {
		title += " in " + e.Location
	}
	if e.Date != "" {
		title += ", " + e.Date
	}
	s.render(w, r, http.StatusOK, "event", title, map[string]any{"E": e, "Map": mp, "Reports": reports, "Heading": title})
	return nil
}

func rangeOrDash(lo, hi *float64) string {
	if lo == nil && hi == nil {
		return "—"
	}
	return rangeWords(lo, hi)
}

func (s *Server) pageDocuments(w http.ResponseWriter, r *http.Request) error {
	const per = 50
	_, total, err := s.opt.Store.DocumentPage(r.Context(), 1, 0)
	if err != nil {
		return err
	}
	pg, off, err := newPager(r, total, per)
	if err != nil {
		return err
	}
	ds, _, err := s.opt.Store.DocumentPage(r.Context(), per, off)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "documents", "Documents", map[string]any{"Documents": ds, "Pager": pg})
	return nil
}

// focusSpan reads ?hl=START-END, or false.
func focusSpan(r *http.Request) (int, int, bool) {
	a, b, ok := strings.Cut(r.URL.Query().Get("hl"), "-")
	if !ok {
		return 0, 0, false
	}
	s, err1 := strconv.Atoi(a)
	e, err2 := strconv.Atoi(b)
	if err1 != nil || err2 != nil || s < 0 || e <= s {
		return 0, 0, false
	}
	return s, e, true
}

// safeURL returns u when it is an http or https URL, else "".
func safeURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	return p.String()
}

func (s *Server) pageDocument(w http.ResponseWriter, r *http.Request) error {
	d, err := s.loadDocument(r)
	if err != nil {
		return err
	}
	x := d.Extraction
	text := x.Document.Text
	var hs []highlight
	type entityView struct {
		Name, Type, Href string
		Mentions         int
		Aliases          []string
	}
	var entities []entityView
	names := map[string]string{} // local id → name
	for _, e := range x.Entities {
		names[e.ID] = e.Name
		href := ""
		if gid := d.Links.Entities[e.ID]; gid != 0 {
			href = entityHref(gid)
		}
		entities = append(entities, entityView{Name: e.Name, Type: strings.ReplaceAll(string(e.Type), "_", " "), Href: href, Mentions: len(e.Mentions), Aliases: e.Aliases})
		for _, m := range e.Mentions {
			hs = append(hs, highlight{Start: m.Start, End: m.End, Layer: layerMention, Class: "m m-" + string(e.Type), Href: href,
				Title: fmt.Sprintf("%s (%s)", e.Name, strings.ReplaceAll(string(e.Type), "_", " "))})
		}
	}
	type claimView struct {
		ID, Subject, SubjectHref, Predicate, Value, Hedge, Source, Evidence string
	}
	var claims []claimView
	claimMarks := map[dossier.Span]int{} // evidence span → index in hs
	for _, c := range x.Claims {
		sp := c.Evidence.Span()
		id := fmt.Sprintf("c%d-%d", sp.Start, sp.End)
		href := ""
		if gid := d.Links.Entities[c.SubjectEntity]; gid != 0 {
			href = entityHref(gid) + "#facts"
		}
		value := claimValue(&c)
		claims = append(claims, claimView{ID: id, Subject: orWords(names[c.SubjectEntity], c.Subject), SubjectHref: href,
			Predicate: strings.ReplaceAll(c.Predicate, "_", " "), Value: value, Hedge: c.Hedge, Source: dossier.Deref(c.Source), Evidence: c.Evidence.Text})
		b := badge{Href: href, Label: "claim: " + strings.ReplaceAll(c.Predicate, "_", " "),
			Title: fmt.Sprintf("%s — %s: %s (%s)", c.Subject, strings.ReplaceAll(c.Predicate, "_", " "), value, c.Hedge)}
		if href == "" {
			b.Href = "#" + id
		}
		if i, ok := claimMarks[sp]; ok {
			hs[i].Badges = append(hs[i].Badges, b)
			hs[i].Title += "; " + b.Title
			continue
		}
		claimMarks[sp] = len(hs)
		hs = append(hs, highlight{Start: sp.Start, End: sp.End, Layer: layerClaim, Class: "ev-claim", ID: id, Title: b.Title, Badges: []badge{b}})
	}
	type eventView struct {
		Title, Href string
		Evidence    []string
	}
	var events []eventView
	for _, ev := range x.Events {
		title := strings.ReplaceAll(ev.Type, "_", " ")
		if ev.Location != nil {
			title += " in " + *ev.Location
		}
		if ev.Date != nil {
			title += ", " + *ev.Date
		}
		href := ""
		if gid := d.Links.Events[ev.ID]; gid != 0 {
			href = eventHref(gid)
		}
		evv := eventView{Title: title, Href: href}
		for _, e := range ev.Evidence {
			evv.Evidence = append(evv.Evidence, e.Text)
			hs = append(hs, highlight{Start: e.Start, End: e.End, Layer: layerEvent, Class: "ev-event", ID: fmt.Sprintf("e%d-%d", e.Start, e.End),
				Title: "event: " + title, Badges: []badge{{Href: orWords(href, "#events"), Label: "event: " + strings.ReplaceAll(ev.Type, "_", " "), Title: title}}})
		}
		events = append(events, evv)
	}
	focus := false
	if s, e, ok := focusSpan(r); ok && s < len(text) {
		hs = append(hs, highlight{Start: s, End: e, Layer: layerFocus, Class: "hl", ID: "hl", Title: "the passage you followed"})
		focus = true
	}
	title := orWords(dossier.Deref(x.Document.Title), x.Document.Path)
	s.render(w, r, http.StatusOK, "document", title, map[string]any{
		"X": x, "Doc": x.Document, "Heading": title, "Tokens": segment(text, hs), "Focus": focus,
		"Entities": entities, "Claims": claims, "Events": events, "URL": safeURL(dossier.Deref(x.Document.URL)),
	})
	return nil
}

// claimValue writes a claim's value in words.
func claimValue(c *dossier.Claim) string {
	if c.Value != nil && *c.Value != "" {
		return *c.Value
	}
	v := rangeOrDash(c.Min, c.Max)
	if c.Unit != nil {
		v += " " + *c.Unit
	}
	return v
}
