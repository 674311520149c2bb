// Package storetest is the conformance suite of dossier.Store: one set of
// behaviour tests, through the interfaces of the root package only, that
// every store backend (sqlite, postgres) runs against a real database of
// its kind.
//
// A backend's test calls Run with a function that opens a new, empty store:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) dossier.Store {
//			s, err := sqlite.Open(context.Background(), ":memory:", nil)
//			if err != nil {
//				t.Fatal(err)
//			}
//			t.Cleanup(func() { s.Close() })
//			return s
//		})
//	}
//
// The suite checks what a user of the store sees: documents stored whole
// or not at all and once only, names found case-insensitively, entities
// resolved across documents (and branches kept apart from their parents),
// dossiers with their sourced evidence, events merged across reports and
// filtered, and near-copies found. Stores that implement
// dossier.EventStore, dossier.NearCopyFinder and dossier.Batcher are
// checked on those too.
package storetest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"dossier"
	"dossier/near"
)

// Run runs the conformance suite. open must return a new, empty store for
// each call and close it when the test ends (t.Cleanup).
func Run(t *testing.T, open func(t *testing.T) dossier.Store) {
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, s dossier.Store)
	}{
		{"empty store", testEmpty},
		{"put then document round trip", testRoundTrip},
		{"put again is a no-op", testPutAgain},
		{"failing put leaves nothing", testFailingPut},
		{"put cancelled midway leaves nothing", testCancelledMidway},
		{"find by name or alias", testFind},
		{"listing", testListing},
		{"document by prefix", testDocumentPrefix},
		{"dossier", testDossier},
		{"dossier alias order", testAliasOrder},
		{"events filter and pagination", testEvents},
		{"events merge across documents", testEventMerge},
		{"near copies", testNearCopy},
		{"concurrent puts", testConcurrentPuts},
		{"batches", testBatch},
	} {
		t.Run(tc.name, func(t *testing.T) { tc.run(t, open(t)) })
	}
	t.Run("cross-document resolution", func(t *testing.T) {
		for _, tc := range resolutionCases {
			t.Run(tc.name, func(t *testing.T) { tc.check(t, open(t)) })
		}
	})
}

// put stores x and fails the test unless it was added.
func put(t *testing.T, s dossier.Store, x *dossier.Extraction) {
	t.Helper()
	res, err := s.Put(context.Background(), x)
	if err != nil {
		t.Fatalf("Put(%s): %v", x.Document.Path, err)
	}
	if !res.Added || res.DocumentID != x.Document.ID {
		t.Fatalf("Put(%s) = %+v, want Added with id %s", x.Document.Path, res, x.Document.ID)
	}
}

func putAll(t *testing.T, s dossier.Store, ds ...*doc) {
	t.Helper()
	for _, d := range ds {
		put(t, s, d.x)
	}
}

// findOne returns the single entity Find gives for name.
func findOne(t *testing.T, s dossier.Store, name string) dossier.GlobalEntity {
	t.Helper()
	es, err := s.Find(context.Background(), name)
	if err != nil {
		t.Fatalf("Find(%q): %v", name, err)
	}
	if len(es) != 1 {
		t.Fatalf("Find(%q) = %v, want one entity", name, names(es))
	}
	return es[0]
}

func names(es []dossier.GlobalEntity) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s#%d", e.Name, e.ID))
	}
	return out
}

func dossierOf(t *testing.T, s dossier.Store, id int64) *dossier.Dossier {
	t.Helper()
	d, err := s.Dossier(context.Background(), id)
	if err != nil {
		t.Fatalf("Dossier(%d): %v", id, err)
	}
	return d
}

// state is everything a user of a store can list, to compare a store
// before and after an operation that must change nothing.
type state struct {
	Documents []dossier.DocumentRef
	Entities  []dossier.GlobalEntity
	Dossiers  []*dossier.Dossier
	Events    []dossier.EventRecord
	Sigs      []dossier.Signature
}

// snapshot lists the store, with the dossier of every entity.
func snapshot(t *testing.T, s dossier.Store) state {
	t.Helper()
	st := lists(t, s)
	for _, e := range st.Entities {
		st.Dossiers = append(st.Dossiers, dossierOf(t, s, e.ID))
	}
	return st
}

// lists lists the store, without the dossiers.
func lists(t *testing.T, s dossier.Store) state {
	t.Helper()
	ctx := context.Background()
	var st state
	var err error
	if st.Documents, err = s.Documents(ctx); err != nil {
		t.Fatalf("Documents: %v", err)
	}
	if st.Entities, err = s.Entities(ctx, ""); err != nil {
		t.Fatalf("Entities: %v", err)
	}
	if es, ok := s.(dossier.EventStore); ok {
		if st.Events, err = es.Events(ctx, dossier.EventFilter{}); err != nil {
			t.Fatalf("Events: %v", err)
		}
	}
	if st.Sigs, err = s.Signatures(ctx); err != nil {
		t.Fatalf("Signatures: %v", err)
	}
	return st
}

// sameState fails the test when a and b differ, naming what.
func sameState(t *testing.T, what string, a, b state) {
	t.Helper()
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	for i := range va.NumField() {
		ja, _ := json.Marshal(va.Field(i).Interface())
		jb, _ := json.Marshal(vb.Field(i).Interface())
		if string(ja) != string(jb) {
			t.Errorf("%s changed %s:\nbefore %s\nafter  %s", what, va.Type().Field(i).Name, ja, jb)
		}
	}
}

// notStored fails the test when the store has x's document.
func notStored(t *testing.T, s dossier.Store, x *dossier.Extraction) {
	t.Helper()
	ok, err := s.HasDocument(context.Background(), x.Document.ID)
	if err != nil {
		t.Fatalf("HasDocument: %v", err)
	}
	if ok {
		t.Errorf("HasDocument(%s) after a failed Put = true", x.Document.Path)
	}
}

func testEmpty(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	if ds, err := s.Documents(ctx); err != nil || len(ds) != 0 {
		t.Errorf("Documents = %v, %v; want none", ds, err)
	}
	if es, err := s.Entities(ctx, ""); err != nil || len(es) != 0 {
		t.Errorf("Entities = %v, %v; want none", es, err)
	}
	if sigs, err := s.Signatures(ctx); err != nil || len(sigs) != 0 {
		t.Errorf("Signatures = %v, %v; want none", sigs, err)
	}
	if ok, err := s.HasDocument(ctx, dossier.TextID("never stored")); err != nil || ok {
		t.Errorf("HasDocument = %v, %v; want false", ok, err)
	}
	for _, tc := range []struct {
		what string
		err  error
	}{
		{"Document", func() error { _, err := s.Document(ctx, dossier.TextID("never stored")); return err }()},
		{"Find", func() error { _, err := s.Find(ctx, "Grey Lantern Front"); return err }()},
		{"Dossier", func() error { _, err := s.Dossier(ctx, 1); return err }()},
	} {
		if !errors.Is(tc.err, dossier.ErrNotFound) {
			t.Errorf("%s on an empty store: %v, want ErrNotFound", tc.what, tc.err)
		}
	}
	if es, ok := s.(dossier.EventStore); ok {
		if evs, err := es.Events(ctx, dossier.EventFilter{}); err != nil || len(evs) != 0 {
			t.Errorf("Events = %v, %v; want none", evs, err)
		}
	}
	if nf, ok := s.(dossier.NearCopyFinder); ok {
		if id, _, found, err := nf.NearCopy(ctx, near.Signature(harbourStory), 0); err != nil || found {
			t.Errorf("NearCopy on an empty store = %q, %v, %v; want nothing", id, found, err)
		}
	}
}

func testRoundTrip(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	x := ambush(t).signed().x
	put(t, s, x)
	if ok, err := s.HasDocument(ctx, x.Document.ID); err != nil || !ok {
		t.Fatalf("HasDocument after Put = %v, %v", ok, err)
	}
	got, err := s.Document(ctx, x.Document.ID)
	if err != nil {
		t.Fatalf("Document: %v", err)
	}
	want, _ := json.Marshal(x)
	have, _ := json.Marshal(got)
	if string(have) != string(want) {
		t.Errorf("Document returned another extraction:\n got %s\nwant %s", have, want)
	}
	// the parts a JSON comparison could hide
	if got.Document.Text != x.Document.Text || len(got.Entities) != 3 || len(got.Entities[0].Mentions) != len(x.Entities[0].Mentions) ||
		len(got.Claims) != 2 || len(got.Events) != 1 || got.Events[0].Evidence[1] != x.Events[0].Evidence[1] {
		t.Errorf("Document lost parts of the extraction: %+v", got)
	}
	for _, ev := range got.Events[0].Evidence {
		if got.Document.Text[ev.Start:ev.End] != ev.Text {
			t.Errorf("event evidence [%d,%d) is %q, not the text there", ev.Start, ev.End, ev.Text)
		}
	}
}

func testPutAgain(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	putAll(t, s, ambush(t), tollRises(t))
	before := snapshot(t, s)
	for i, x := range []*dossier.Extraction{
		ambush(t).x,
		// the same text from another path and source: the same document
		func() *dossier.Extraction {
			d := ambush(t).meta("2024-01-01", "Elsewhere")
			d.x.Document.Path = "mirror/ambush.txt"
			d.x.Claims = nil
			return d.x
		}(),
	} {
		res, err := s.Put(ctx, x)
		if err != nil {
			t.Fatalf("Put again (%d): %v", i, err)
		}
		if res.Added || res.DocumentID != x.Document.ID {
			t.Errorf("Put again (%d) = %+v, want not Added with id %s", i, res, x.Document.ID)
		}
	}
	sameState(t, "putting a stored document again", before, snapshot(t, s))
}

func testFailingPut(t *testing.T, s dossier.Store) {
	put(t, s, kidnapping(t).x)
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	for _, tc := range []struct {
		name    string
		x       func() *dossier.Extraction
		ctx     context.Context
		invalid bool // the error must wrap ErrInvalid
	}{
		{name: "id is not the hash of the text", invalid: true, x: func() *dossier.Extraction {
			x := ambush(t).x
			x.Document.ID = dossier.TextID("another text")
			return x
		}},
		{name: "empty id", invalid: true, x: func() *dossier.Extraction {
			x := ambush(t).x
			x.Document.ID = ""
			return x
		}},
		{name: "upper-case id", invalid: true, x: func() *dossier.Extraction {
			x := ambush(t).x
			x.Document.ID = strings.ToUpper(x.Document.ID)
			return x
		}},
		{name: "two entities with one local id, after the first is resolved", x: func() *dossier.Extraction {
			x := ambush(t).x
			x.Entities[2].ID = x.Entities[0].ID
			return x
		}},
		{name: "copy of a document that is not stored", x: func() *dossier.Extraction {
			x := ambush(t).x
			x.Document.CopyOf = dossier.TextID("absent")
			return x
		}},
		{name: "cancelled context", ctx: cancelled, x: func() *dossier.Extraction { return ambush(t).x }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			before := snapshot(t, s)
			x := tc.x()
			ctx := tc.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			res, err := s.Put(ctx, x)
			if err == nil {
				t.Fatalf("Put = %+v, want an error", res)
			}
			if tc.invalid && !errors.Is(err, dossier.ErrInvalid) {
				t.Errorf("Put: %v, want ErrInvalid", err)
			}
			if res.Added {
				t.Errorf("failed Put says Added")
			}
			notStored(t, s, ambush(t).x)
			sameState(t, "a failed Put", before, snapshot(t, s))
			if _, err := s.Find(context.Background(), "GLF"); !errors.Is(err, dossier.ErrNotFound) {
				t.Errorf("Find(GLF) after a failed Put: %v, want ErrNotFound", err)
			}
		})
	}
	// the store still works
	put(t, s, ambush(t).x)
	if g := findOne(t, s, "GLF"); g.Documents != 1 {
		t.Errorf("GLF in %d documents after the good Put, want 1", g.Documents)
	}
}

// CancelAfter returns a context that is cancelled once its Done or Err
// method has been called more than after times, and that context's
// cancel: a store's operation is cut at its after-th look at the context,
// to check that what it leaves when cut midway is whole or nothing.
func CancelAfter(ctx context.Context, after int64) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	return &flipCtx{Context: ctx, cancel: cancel, after: after}, cancel
}

// flipCtx is the context of CancelAfter.
type flipCtx struct {
	context.Context
	cancel func()
	after  int64
	n      atomic.Int64
}

func (c *flipCtx) tick() {
	if c.n.Add(1) > c.after {
		c.cancel()
	}
}

// Done implements context.Context, counting the call.
func (c *flipCtx) Done() <-chan struct{} { c.tick(); return c.Context.Done() }

// Err implements context.Context, counting the call.
func (c *flipCtx) Err() error { c.tick(); return c.Context.Err() }

// testCancelledMidway cancels Put after every possible number of context
// checks until one gets through: every failure must leave nothing, and the
// success everything.
func testCancelledMidway(t *testing.T, s dossier.Store) {
	putAll(t, s, kidnapping(t), tollRises(t))
	before := snapshot(t, s)
	failures := 0
	for after := int64(0); ; after++ {
		if after > 20000 {
			t.Fatal("Put never succeeded")
		}
		x := ambush(t).x
		ctx, cancel := CancelAfter(context.Background(), after)
		res, err := s.Put(ctx, x)
		cancel()
		if err == nil {
			if !res.Added {
				t.Fatalf("cut after %d: Put = %+v without error, want Added", after, res)
			}
			break
		}
		failures++
		notStored(t, s, x)
		if t.Failed() {
			t.Fatalf("cut after %d context checks: Put failed (%v) and left the document", after, err)
		}
		// the lists every time, the dossiers too at every few cuts (a store
		// without a transaction leaves rows at nearly every cut)
		now := lists(t, s)
		now.Dossiers = before.Dossiers
		if failures%8 == 1 {
			now = snapshot(t, s)
		}
		sameState(t, fmt.Sprintf("Put cut after %d context checks (%v)", after, err), before, now)
		if t.Failed() {
			t.FailNow()
		}
	}
	t.Logf("%d cut Puts failed and left nothing", failures)
	if failures < 3 {
		t.Errorf("only %d cut Puts failed: the store does not look at its context while it works", failures)
	}
	// the Put that got through stored everything
	g := findOne(t, s, "Grey Lantern Front")
	if g.Documents != 2 {
		t.Errorf("Grey Lantern Front in %d documents, want 2", g.Documents)
	}
	if d := dossierOf(t, s, g.ID); len(d.Claims) != 4 {
		t.Errorf("%d claims after the Put that got through, want 4", len(d.Claims))
	}
}

func testFind(t *testing.T, s dossier.Store) {
	putAll(t, s, ambush(t), kidnapping(t))
	ctx := context.Background()
	glf := findOne(t, s, "Grey Lantern Front")
	kess := findOne(t, s, "Kessmoor")
	for _, tc := range []struct {
		query string
		want  int64
		err   error
	}{
		{"Grey Lantern Front", glf.ID, nil},
		{"grey lantern front", glf.ID, nil},
		{"GREY LANTERN FRONT", glf.ID, nil},
		{"  the Grey Lantern Front ", glf.ID, nil},
		{"GLF", glf.ID, nil},
		{"glf", glf.ID, nil},
		{"G.L.F.", glf.ID, nil},
		{"kessmoor", kess.ID, nil},
		{"Késsmoor", kess.ID, nil},
		{"Lantern", 0, dossier.ErrNotFound},
		{"Northern Wolves", 0, dossier.ErrNotFound},
		{"", 0, dossier.ErrInvalid},
		{" -- ", 0, dossier.ErrInvalid},
	} {
		es, err := s.Find(ctx, tc.query)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("Find(%q) = %v, %v; want error %v", tc.query, names(es), err, tc.err)
			}
			continue
		}
		if err != nil || len(es) != 1 || es[0].ID != tc.want {
			t.Errorf("Find(%q) = %v, %v; want #%d", tc.query, names(es), err, tc.want)
		}
	}
	if glf.Name != "Grey Lantern Front" || glf.Type != dossier.ArmedGroup || glf.Documents != 1 || glf.Mentions != 5 {
		t.Errorf("Grey Lantern Front = %+v, want an armed group in 1 document with 5 mentions", glf)
	}
	if kess.Type != dossier.Location || dossier.Deref(kess.Country) != "XB" || kess.Lat == nil || *kess.Lat != kessmoorLat || kess.Lon == nil || *kess.Lon != kessmoorLon {
		t.Errorf("Kessmoor = %+v, want a location in XB with its coordinates", kess)
	}
}

func testListing(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	// put in an order that is neither by path nor by id
	docs := []*doc{kidnapping(t), ambush(t), rival(t)}
	putAll(t, s, docs...)
	ds, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, d := range ds {
		paths = append(paths, d.Path)
	}
	if want := []string{"ledger/velmar.txt", "ledger/ambush.txt", "herald/rival.txt"}; !slices.Equal(paths, want) {
		t.Fatalf("Documents order = %v, want ingest order %v", paths, want)
	}
	a := docs[1].x
	mentions := 0
	for _, e := range a.Entities {
		mentions += len(e.Mentions)
	}
	want := dossier.DocumentRef{ID: a.Document.ID, Path: "ledger/ambush.txt", Title: *a.Document.Title, Published: "2023-05-03",
		Source: "Kessmoor Ledger", Dateline: "KESSMOOR", Language: "en", URL: "https://ledger.example/ambush",
		Mentions: mentions, Words: len(strings.Fields(a.Document.Text))}
	if ds[1] != want {
		t.Errorf("Documents[1] =\n%+v, want\n%+v", ds[1], want)
	}

	es, err := s.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	// Grey Lantern Front and Ilse Vardan are in 2 documents; GLF has more
	// mentions
	if len(es) != 6 || es[0].Name != "Grey Lantern Front" || es[0].Documents != 2 || es[1].Name != "Ilse Vardan" || es[1].Documents != 2 {
		t.Errorf("Entities = %v, want 6, Grey Lantern Front then Ilse Vardan first", names(es))
	}
	for i := 1; i < len(es); i++ {
		if es[i].Documents > es[i-1].Documents {
			t.Errorf("Entities not by documents: %s (%d) after %s (%d)", es[i].Name, es[i].Documents, es[i-1].Name, es[i-1].Documents)
		}
	}
	for _, tc := range []struct {
		typ  dossier.EntityType
		want int
	}{
		{dossier.ArmedGroup, 2}, {dossier.Person, 2}, {dossier.Location, 2}, {dossier.Organization, 0},
	} {
		es, err := s.Entities(ctx, tc.typ)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != tc.want {
			t.Errorf("Entities(%s) = %v, want %d", tc.typ, names(es), tc.want)
		}
		for _, e := range es {
			if e.Type != tc.typ {
				t.Errorf("Entities(%s) gives %s of type %s", tc.typ, e.Name, e.Type)
			}
		}
	}
}

func testDocumentPrefix(t *testing.T, s dossier.Store) {
	// two texts whose IDs share their first six hex digits
	seen := map[string]string{}
	var a, b string
	for i := 0; a == ""; i++ {
		text := fmt.Sprintf("Dispatch %d from Carrow Fell.\n", i)
		p := dossier.TextID(text)[:6]
		if o, ok := seen[p]; ok {
			a, b = o, text
		}
		seen[p] = text
	}
	putAll(t, s, newDoc(t, "a.txt", a), newDoc(t, "b.txt", b), ambush(t))
	ctx := context.Background()
	id := ambush(t).x.Document.ID
	for _, q := range []string{id, id[:12], id[:6]} {
		x, err := s.Document(ctx, q)
		if err != nil || x.Document.ID != id {
			t.Errorf("Document(%s) = %v, want the ambush report", q, err)
		}
	}
	prefix := dossier.TextID(a)[:6]
	n := 7
	for dossier.TextID(a)[:n] == dossier.TextID(b)[:n] {
		n++
	}
	for _, tc := range []struct {
		id   string
		text string
		err  error
	}{
		{id[:5], "", dossier.ErrInvalid},
		{prefix, "", dossier.ErrInvalid}, // two documents
		{dossier.TextID(a)[:n], a, nil},
		{dossier.TextID(b)[:n], b, nil},
		{dossier.TextID("never stored"), "", dossier.ErrNotFound},
		{"%%%%%%", "", dossier.ErrNotFound},
		{"______", "", dossier.ErrNotFound},
	} {
		x, err := s.Document(ctx, tc.id)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("Document(%q) = %v, want %v", tc.id, err, tc.err)
			}
			continue
		}
		if err != nil || x.Document.Text != tc.text {
			t.Errorf("Document(%q) = %v, want %q", tc.id, err, tc.text)
		}
	}
}
