package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"dossier"
	"dossier/crosscheck"
	"dossier/sqlite"
)

// writeJSON answers v as JSON with status. encoding/json escapes <, > and &
// in strings, so article text in JSON cannot become markup either.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// page is a slice of a listing, with the total for pagination.
type page[T any] struct {
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
	Items  []T `json:"items"`
}

func invalid(format string, args ...any) error {
	return fmt.Errorf("%w: %s", dossier.ErrInvalid, fmt.Sprintf(format, args...))
}

// intParam reads an integer query parameter within [lo, hi], or def.
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	s := r.URL.Query().Get(name)
	if s == "" {
		return def, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, invalid("%s must be a whole number from %d to %d", name, lo, hi)
	}
	return n, nil
}

// pathID reads the {id} of a path as a positive integer.
func pathID(r *http.Request) (int64, error) {
	s := r.PathValue("id")
	id, err := strconv.ParseInt(s, 10, 64)
	if err != nil || id <= 0 {
		return 0, invalid("the id %q is not a positive whole number", cut(s, 40))
	}
	return id, nil
}

// cut shortens s to n runes for messages.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}

var (
	dateRE    = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	countryRE = regexp.MustCompile(`^[A-Za-z]{2}$`)
	typeRE    = regexp.MustCompile(`^[a-z_]{1,40}$`)
)

// maxEventLimit is the largest page of events.
const maxEventLimit = 500

// eventFilter reads the event filters of a request: actor (an entity id or
// any of its names), country (ISO 3166-1 alpha-2), since and until
// (YYYY[-MM[-DD]], inclusive), type, limit and offset.
func (s *Server) eventFilter(r *http.Request, defLimit int) (dossier.EventFilter, error) {
	q := r.URL.Query()
	var f dossier.EventFilter
	if a := strings.TrimSpace(q.Get("actor")); a != "" {
		if id, err := strconv.ParseInt(a, 10, 64); err == nil && id > 0 {
			f.ActorID = id
		} else {
			es, err := s.opt.Store.Find(r.Context(), a)
			if err != nil {
				return f, fmt.Errorf("actor %q: %w", cut(a, 80), err)
			}
			f.ActorID = es[0].ID
		}
	}
	if c := strings.TrimSpace(q.Get("country")); c != "" {
		if !countryRE.MatchString(c) {
			return f, invalid("country must be a two-letter ISO 3166-1 code")
		}
		f.Country = strings.ToUpper(c)
	}
	for _, p := range []struct {
		name string
		dst  *string
	}{{"since", &f.Since}, {"until", &f.Until}} {
		if v := strings.TrimSpace(q.Get(p.name)); v != "" {
			if !dateRE.MatchString(v) {
				return f, invalid("%s must be a date YYYY, YYYY-MM or YYYY-MM-DD", p.name)
			}
			*p.dst = v
		}
	}
	if t := strings.TrimSpace(q.Get("type")); t != "" {
		if !typeRE.MatchString(t) {
			return f, invalid("type must be an event type such as bombing or armed_assault")
		}
		f.Type = t
	}
	var err error
	if f.Limit, err = intParam(r, "limit", defLimit, 1, maxEventLimit); err != nil {
		return f, err
	}
	if f.Offset, err = intParam(r, "offset", 0, 0, 1<<30); err != nil {
		return f, err
	}
	return f, nil
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Write(openAPI)
	return nil
}

func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) error {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if q == "" {
		return invalid("give a query: ?q=words")
	}
	if len(q) > 500 {
		return invalid("the query is longer than 500 bytes")
	}
	limit, err := intParam(r, "limit", 10, 1, sqlite.MaxSearchLimit)
	if err != nil {
		return err
	}
	res, err := s.opt.Store.Search(r.Context(), q, limit)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, searchOut{SearchResult: res, Events: eventsOut(res.Events)})
	return nil
}

func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) error {
	typ := dossier.EntityType(r.URL.Query().Get("type"))
	if typ != "" && !typ.Valid() {
		return invalid("type must be person, armed_group, organization or location")
	}
	limit, err := intParam(r, "limit", 50, 1, 1000)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 0, 1<<30)
	if err != nil {
		return err
	}
	es, err := s.opt.Store.Entities(r.Context(), typ)
	if err != nil {
		return err
	}
	win := window(es, offset, limit)
	ids := make([]int64, len(win))
	for i, e := range win {
		ids[i] = e.ID
	}
	names, err := s.opt.Store.EntityNames(r.Context(), ids)
	if err != nil {
		return err
	}
	items := make([]entityOut, len(win))
	for i, e := range win {
		items[i] = entityOut{GlobalEntity: e, Aliases: []string{}}
		for _, n := range names[e.ID] {
			if n != e.Name {
				items[i].Aliases = append(items[i].Aliases, n)
			}
		}
	}
	writeJSON(w, http.StatusOK, page[entityOut]{Total: len(es), Limit: limit, Offset: offset, Items: items})
	return nil
}

// entityOut is an entity of a listing with its other names.
type entityOut struct {
	dossier.GlobalEntity
	Aliases []string `json:"aliases"`
}

// window returns xs[offset:offset+limit], clamped, never nil.
func window[T any](xs []T, offset, limit int) []T {
	lo := min(offset, len(xs))
	hi := min(lo+limit, len(xs))
	out := xs[lo:hi]
	if out == nil {
		out = []T{}
	}
	return out
}

// loadDossier returns an entity's dossier with its facts crosschecked (by
// the store, which caps its lists; crosscheck.Dossier only for a store
// that does not), from the cache while no document has been stored since,
// with the cache entry that keeps the answers made from it. The dossier is
// shared: callers must not change it.
func (s *Server) loadDossier(r *http.Request) (*dossier.Dossier, *cachedDossier, error) {
	id, err := pathID(r)
	if err != nil {
		return nil, nil, err
	}
	ctx := r.Context()
	v, err := s.opt.Store.Version(ctx)
	if err != nil {
		return nil, nil, err
	}
	if e := s.dossiers.get(id, v); e != nil {
		return e.d, e, nil
	}
	d, err := s.opt.Store.Dossier(ctx, id)
	if err != nil {
		return nil, nil, err
	}
	crosscheck.Dossier(d)
	return d, s.dossiers.put(id, v, d), nil
}

// dossierCache keeps the latest crosschecked dossiers, each valid for the
// store version it was made at, with the answers made from each (the JSON,
// the page), so that asking again costs nothing.
type dossierCache struct {
	mu   sync.Mutex
	size int
	m    map[int64]*cachedDossier
	tick uint64
}

// cachedDossier is a dossier of the cache with the answers made from it.
type cachedDossier struct {
	d        *dossier.Dossier
	version  int64
	lastUsed uint64
	mu       sync.Mutex
	answers  map[string][]byte // by kind: "api", "page"
}

// answer returns the answer of a kind made before, or nil. A nil entry
// (the cache is off) keeps nothing.
func (e *cachedDossier) answer(kind string) []byte {
	if e == nil {
		return nil
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.answers[kind]
}

// keep keeps an answer of a kind.
func (e *cachedDossier) keep(kind string, b []byte) {
	if e == nil {
		return
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.answers == nil {
		e.answers = map[string][]byte{}
	}
	e.answers[kind] = b
}

func newDossierCache(size int) *dossierCache {
	return &dossierCache{size: size, m: map[int64]*cachedDossier{}}
}

func (c *dossierCache) get(id, version int64) *cachedDossier {
	if c.size <= 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.m[id]
	if !ok || e.version != version {
		return nil
	}
	c.tick++
	e.lastUsed = c.tick
	return e
}

// put caches d and returns its entry, or nil when the cache is off.
func (c *dossierCache) put(id, version int64, d *dossier.Dossier) *cachedDossier {
	if c.size <= 0 {
		return nil
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.tick++
	e := &cachedDossier{d: d, version: version, lastUsed: c.tick}
	c.m[id] = e
	for len(c.m) > c.size {
		var oldest int64
		first := true
		for k, e := range c.m {
			if first || e.lastUsed < c.m[oldest].lastUsed {
				oldest, first = k, false
			}
		}
		delete(c.m, oldest)
	}
	return e
}

func (s *Server) apiEntity(w http.ResponseWriter, r *http.Request) error {
	d, e, err := s.loadDossier(r)
	if err != nil {
		return err
	}
	b := e.answer("api")
	if b == nil {
		var buf bytes.Buffer
		if err := json.NewEncoder(&buf).Encode(dossierOut(d)); err != nil {
			return fmt.Errorf("dossier %d: %w", d.Entity.ID, err)
		}
		b = buf.Bytes()
		e.keep("api", b)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusOK)
	w.Write(b)
	return nil
}

func (s *Server) apiEvents(w http.ResponseWriter, r *http.Request) error {
	f, err := s.eventFilter(r, 50)
	if err != nil {
		return err
	}
	total, err := s.opt.Store.CountEvents(r.Context(), f)
	if err != nil {
		return err
	}
	evs, err := s.opt.Store.Events(r.Context(), f)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page[eventOut]{Total: total, Limit: f.Limit, Offset: f.Offset, Items: eventsOut(evs)})
	return nil
}

func (s *Server) apiEvent(w http.ResponseWriter, r *http.Request) error {
	id, err := pathID(r)
	if err != nil {
		return err
	}
	e, err := s.opt.Store.Event(r.Context(), id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, eventOf(*e))
	return nil
}

func (s *Server) apiDocuments(w http.ResponseWriter, r *http.Request) error {
	limit, err := intParam(r, "limit", 50, 1, 1000)
	if err != nil {
		return err
	}
	offset, err := intParam(r, "offset", 0, 0, 1<<30)
	if err != nil {
		return err
	}
	ds, total, err := s.opt.Store.DocumentPage(r.Context(), limit, offset)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, page[dossier.DocumentRef]{Total: total, Limit: limit, Offset: offset, Items: ds})
	return nil
}

// documentOut is a stored document with its extraction and the global
// entities and events its own ones resolved to.
type documentOut struct {
	*dossier.Extraction
	Links *sqlite.DocumentLinks `json:"links"`
}

// loadDocument returns a document (by its id or a unique prefix of at
// least 6 characters) with its links.
func (s *Server) loadDocument(r *http.Request) (*documentOut, error) {
	id := r.PathValue("id")
	if len(id) > 64 || strings.Trim(id, "0123456789abcdef") != "" {
		return nil, invalid("a document id is hexadecimal (64 digits, or a unique prefix of at least 6)")
	}
	x, err := s.opt.Store.Document(r.Context(), id)
	if err != nil {
		return nil, err
	}
	links, err := s.opt.Store.DocumentLinks(r.Context(), x.Document.ID)
	if err != nil {
		return nil, err
	}
	return &documentOut{Extraction: x, Links: links}, nil
}

func (s *Server) apiDocument(w http.ResponseWriter, r *http.Request) error {
	d, err := s.loadDocument(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, d)
	return nil
}

// postedName returns the file name whose extension tells the ingester the
// format of a posted body, from its Content-Type.
func postedName(contentType string) (string, error) {
	if contentType == "" {
		return "posted.txt", nil
	}
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return "", fmt.Errorf("%w: %q", ErrMediaType, cut(contentType, 80))
	}
	switch mt {
	case "application/json":
		return "posted.json", nil
	case "text/plain":
		return "posted.txt", nil
	case "text/html":
		return "posted.html", nil
	}
	return "", fmt.Errorf("%w: %s (send application/json, text/plain or text/html)", ErrMediaType, mt)
}

// postedDocument is the JSON body of POST /api/v1/documents.
type postedDocument struct {
	Text      string `json:"text"`
	Title     string `json:"title,omitempty"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	Language  string `json:"language,omitempty"`
}

// checkPosted validates a JSON body: one object with a non-empty text and
// no fields but those of postedDocument.
func checkPosted(body []byte) error {
	dec := json.NewDecoder(strings.NewReader(string(body)))
	dec.DisallowUnknownFields()
	var p postedDocument
	if err := dec.Decode(&p); err != nil {
		return invalid("the body is not a JSON object with text, title, url, published and source: %v", err)
	}
	if dec.More() {
		return invalid("the body holds more than one JSON value")
	}
	if strings.TrimSpace(p.Text) == "" {
		return invalid("the text is empty")
	}
	return nil
}

func (s *Server) apiPostDocument(w http.ResponseWriter, r *http.Request) error {
	if s.opt.Ingester == nil {
		return fmt.Errorf("%w: this server takes no documents", ErrUnavailable)
	}
	name, err := postedName(r.Header.Get("Content-Type"))
	if err != nil {
		return err
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.opt.MaxBodyBytes))
	if err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return err
		}
		return invalid("reading the body: %v", err)
	}
	if len(strings.TrimSpace(string(body))) == 0 {
		return invalid("the body is empty")
	}
	if name == "posted.json" {
		if err := checkPosted(body); err != nil {
			return err
		}
	}
	s.ingestMu.Lock()
	res, err := s.opt.Ingester.Ingest(r.Context(), name, body)
	s.ingestMu.Unlock()
	if err != nil {
		return err
	}
	status := http.StatusOK
	for _, d := range res {
		if d.Added {
			status = http.StatusCreated
		}
	}
	if len(res) > 0 {
		w.Header().Set("Location", "/api/v1/documents/"+res[0].ID)
	}
	if res == nil {
		res = []IngestResult{}
	}
	writeJSON(w, status, map[string]any{"documents": res})
	return nil
}

// The JSON of a dossier. dossier.StoredClaim embeds Claim and SourcedFact,
// which both have "evidence" and "source" fields: encoding/json drops both
// of each such pair. The API writes claims flat instead, with the claim's
// own evidence, its cited source, and its document's publisher.

type claimOut struct {
	dossier.Claim
	Document     string `json:"document"`
	Title        string `json:"title,omitempty"`
	Path         string `json:"path,omitempty"`
	Published    string `json:"published,omitempty"`
	Publisher    string `json:"publisher,omitempty"`
	Origin       string `json:"origin,omitempty"`
	ValueEntity  int64  `json:"value_entity,omitempty"`
	ValueName    string `json:"value_name,omitempty"`
	SourceEntity int64  `json:"source_entity,omitempty"`
	SourceName   string `json:"source_name,omitempty"`
}

type factOut struct {
	Predicate string         `json:"predicate"`
	Value     string         `json:"value"`
	Time      string         `json:"time,omitempty"`
	Status    dossier.Status `json:"status"`
	Reason    string         `json:"reason"`
	Sources   []string       `json:"sources"`
	Claims    []claimOut     `json:"claims"`
	// ClaimCount and SourceCount are the whole numbers of claims and
	// sources; Claims and Sources may list only some.
	ClaimCount  int `json:"claim_count"`
	SourceCount int `json:"source_count"`
}

type conflictOut struct {
	Entity    string  `json:"entity"`
	EntityID  int64   `json:"entity_id"`
	Predicate string  `json:"predicate"`
	A         factOut `json:"a"`
	B         factOut `json:"b"`
	Reason    string  `json:"reason"`
}

type dossierJSON struct {
	Entity    dossier.GlobalEntity    `json:"entity"`
	Aliases   []dossier.AliasUse      `json:"aliases"`
	Related   []dossier.RelatedEntity `json:"related"`
	Claims    []claimOut              `json:"claims"`
	Facts     []factOut               `json:"facts"`
	Conflicts []conflictOut           `json:"conflicts"`
	Documents []dossier.DocumentRef   `json:"documents"`
	Mentions  []dossier.SourcedFact   `json:"mentions"`
	Merges    []dossier.Merge         `json:"merges"`
	// ClaimCount is the number of claims about the entity; Claims lists
	// the first ListLimit.
	ClaimCount int `json:"claim_count"`
	// FactCount is the number of facts about the entity; Facts lists the
	// best supported of each predicate when a store caps them.
	FactCount int `json:"fact_count"`
}

func claimsOut(cs []dossier.StoredClaim) []claimOut {
	out := make([]claimOut, len(cs))
	for i, c := range cs {
		out[i] = claimOut{Claim: c.Claim, Document: c.DocumentID, Title: c.Title, Path: c.Path, Published: c.Published,
			Publisher: c.SourcedFact.Source, Origin: c.Origin, ValueEntity: c.ValueEntity, ValueName: c.ValueName,
			SourceEntity: c.SourceEntity, SourceName: c.SourceName}
	}
	return out
}

func factOf(f dossier.Fact) factOut {
	src := f.Sources
	if src == nil {
		src = []string{}
	}
	return factOut{Predicate: f.Predicate, Value: f.Value, Time: f.Time, Status: f.Status, Reason: f.Reason, Sources: src, Claims: claimsOut(f.Claims),
		ClaimCount: max(f.ClaimCount, len(f.Claims)), SourceCount: max(f.SourceCount, len(f.Sources))}
}

// dossierOut is the API's dossier: dossier.Dossier with claims written
// whole, and empty lists as [] rather than null.
func dossierOut(d *dossier.Dossier) dossierJSON {
	out := dossierJSON{Entity: d.Entity, Aliases: nonNil(d.Aliases), Related: nonNil(d.Related), Claims: claimsOut(d.Claims),
		Documents: nonNil(d.Documents), Mentions: nonNil(d.Mentions), Merges: nonNil(d.Merges), Facts: []factOut{}, Conflicts: []conflictOut{},
		ClaimCount: max(d.ClaimCount, len(d.Claims)), FactCount: max(d.FactCount, len(d.Facts))}
	for _, f := range d.Facts {
		out.Facts = append(out.Facts, factOf(f))
	}
	for _, c := range d.Conflicts {
		out.Conflicts = append(out.Conflicts, conflictOut{Entity: c.Entity, EntityID: c.EntityID, Predicate: c.Predicate, A: factOf(c.A), B: factOf(c.B), Reason: c.Reason})
	}
	return out
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// searchOut is a search result with its events written whole.
type searchOut struct {
	*sqlite.SearchResult
	Events []eventOut `json:"events"`
}

// The JSON of an event. dossier.EventReport embeds Event and SourcedFact,
// which both have an "evidence" field: encoding/json drops both. The API
// writes each report flat instead, with the report's evidence sentences,
// its document and the document's publisher.

type reportOut struct {
	dossier.Event
	Document      string `json:"document"`
	Title         string `json:"title,omitempty"`
	Path          string `json:"path,omitempty"`
	Published     string `json:"published,omitempty"`
	Publisher     string `json:"publisher,omitempty"`
	Origin        string `json:"origin,omitempty"`
	PerpetratorID int64  `json:"perpetrator_id,omitempty"`
}

type eventOut struct {
	dossier.EventRecord
	Reports []reportOut `json:"reports"`
}

func eventOf(e dossier.EventRecord) eventOut {
	out := eventOut{EventRecord: e, Reports: []reportOut{}}
	for _, r := range e.Reports {
		ev := r.Event
		if ev.Evidence == nil {
			ev.Evidence = []dossier.Evidence{}
		}
		out.Reports = append(out.Reports, reportOut{Event: ev, Document: r.DocumentID, Title: r.Title, Path: r.Path,
			Published: r.Published, Publisher: r.SourcedFact.Source, Origin: r.Origin, PerpetratorID: r.PerpetratorID})
	}
	return out
}

func eventsOut(es []dossier.EventRecord) []eventOut {
	out := make([]eventOut, len(es))
	for i, e := range es {
		out[i] = eventOf(e)
	}
	return out
}
