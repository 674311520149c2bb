package web

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier"
	"dossier/demo"
	"dossier/extract"
	"dossier/gazetteer"
	"dossier/ingest"
	"dossier/pipeline"
	"dossier/sqlite"
)

// The test knowledge base: the demo corpus (original fictional articles),
// three hand-built reports of attacks by the Crimson Covenant (original
// text, with events and coordinates, so the charts and the map have data
// whatever the event extraction finds), built once into demoDB and copied
// for each test that needs it.

var (
	demoDB string // path of the built database, closed
	kb     struct {
		ex   *extract.Extractor
		opts ingest.Options
	}
)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dossier-web-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	code := func() int {
		defer os.RemoveAll(dir)
		if err := buildDemo(dir); err != nil {
			fmt.Fprintln(os.Stderr, "building the demo knowledge base:", err)
			return 1
		}
		return m.Run()
	}()
	os.Exit(code)
}

func buildDemo(dir string) error {
	ctx := context.Background()
	g, err := gazetteer.Embedded()
	if err != nil {
		return err
	}
	if err := g.LoadExtra(bytes.NewReader(demo.Places())); err != nil {
		return err
	}
	kb.ex = extract.New(extract.FromGazetteer(g))
	kb.opts = ingest.Options{IsPlace: func(name string) bool { _, ok := g.Best(name); return ok }}
	corpus := filepath.Join(dir, "corpus")
	if err := os.CopyFS(corpus, demo.Corpus()); err != nil {
		return err
	}
	demoDB = filepath.Join(dir, "demo.db")
	st, err := sqlite.Open(ctx, demoDB, nil)
	if err != nil {
		return err
	}
	ing := &pipeline.Ingester{Store: st, Extractor: kb.ex, Options: kb.opts, Workers: 2}
	stats, err := ing.Run(ctx, []string{corpus})
	if err != nil {
		st.Close()
		return err
	}
	if stats.Failed > 0 {
		st.Close()
		return fmt.Errorf("%d demo articles failed", stats.Failed)
	}
	for _, x := range eventDocs() {
		if _, err := st.Put(ctx, x); err != nil {
			st.Close()
			return err
		}
	}
	return st.Close()
}

// eventDoc builds the extraction of a short report of one attack by the
// Crimson Covenant.
func eventDoc(outlet, published, text, typ, date, place string, lat, lon float64, killed, injured float64) *dossier.Extraction {
	cc := "XA"
	perp := "e1"
	x := &dossier.Extraction{
		Document: dossier.Document{Path: outlet + "-" + published + ".txt", Text: text, Published: dossier.Str(published), Source: dossier.Str(outlet),
			Title: dossier.Str(strings.SplitN(text, ".", 2)[0]), Language: "en", Format: "txt"},
		Sentences: []dossier.Span{{Start: 0, End: len(text)}},
	}
	x.Document.ID = dossier.TextID(text)
	grp := strings.Index(text, "Crimson Covenant")
	at := strings.Index(text, place)
	x.Entities = []dossier.Entity{
		{ID: "e1", Name: "Crimson Covenant", Type: dossier.ArmedGroup, Mentions: []dossier.Mention{{Start: grp, End: grp + 16, Text: "Crimson Covenant"}}},
		{ID: "e2", Name: place, Type: dossier.Location, Country: &cc, Lat: &lat, Lon: &lon, Mentions: []dossier.Mention{{Start: at, End: at + len(place), Text: place}}},
	}
	ev := dossier.Event{ID: "v1", Type: typ, Date: dossier.Str(date), Location: dossier.Str(place), Country: &cc,
		Perpetrator: dossier.Str("Crimson Covenant"), PerpetratorEntity: &perp, Claimed: true,
		Evidence: []dossier.Evidence{{Start: 0, End: len(text), Text: text}}}
	if killed >= 0 {
		ev.KilledMin, ev.KilledMax = &killed, &killed
	}
	if injured >= 0 {
		ev.InjuredMin, ev.InjuredMax = &injured, &injured
	}
	x.Events = []dossier.Event{ev}
	return x
}

func eventDocs() []*dossier.Extraction {
	docs := []*dossier.Extraction{
		eventDoc("Valley Dispatch", "2024-02-04", "Crimson Covenant gunmen stormed a police post in Dornhal on Saturday, killing four officers and wounding six.",
			"armed_assault", "2024-02-03", "Dornhal", 47.052, 64.618, 4, 6),
		eventDoc("Valley Dispatch", "2024-03-21", "A car bomb claimed by the Crimson Covenant tore through a bus depot in Halvin on Wednesday, killing nine people and injuring 21.",
			"bombing", "2024-03-20", "Halvin", 49.023, 67.852, 9, 21),
		eventDoc("Ridge Observer", "2024-03-23", "The toll from the Crimson Covenant bombing of the Halvin bus depot has risen to eleven dead, with 24 injured, officials said.",
			"bombing", "2024-03-20", "Halvin", 49.023, 67.852, 11, 24),
		eventDoc("Ridge Observer", "2024-05-12", "Crimson Covenant fighters seized two engineers at a checkpoint near Kessovar on Saturday, the ministry said.",
			"kidnapping", "2024-05-11", "Kessovar", 46.718, 65.184, -1, -1),
	}
	// the second report of the Halvin bombing blames the group rather
	// than telling its claim
	ev := &docs[2].Events[0]
	ev.Claimed, ev.Responsibility, ev.ResponsibilityBy = false, "blamed", "officials"
	return docs
}

// testIngester stores posted articles as 'dossier serve' does.
type testIngester struct {
	st *sqlite.Store
}

func (p *testIngester) Ingest(ctx context.Context, name string, data []byte) ([]IngestResult, error) {
	docs, err := kb.opts.Parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", dossier.ErrInvalid, err)
	}
	var out []IngestResult
	for _, doc := range docs {
		doc.Path = "POST /api/v1/documents"
		x, err := kb.ex.Extract(ctx, doc)
		if err != nil {
			return out, err
		}
		res, err := p.st.Put(ctx, x)
		if err != nil {
			return out, err
		}
		out = append(out, IngestResult{ID: doc.ID, Added: res.Added, Title: dossier.Deref(doc.Title)})
	}
	return out, nil
}

const testToken = "test-token-0123456789abcdef"

// fixture is a server on a private copy of the demo knowledge base.
type fixture struct {
	st  *sqlite.Store
	srv *Server
	h   http.Handler
}

func newFixture(t testing.TB, mod ...func(*Options)) *fixture {
	t.Helper()
	path := filepath.Join(t.TempDir(), "kb.db")
	b, err := os.ReadFile(demoDB)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(context.Background(), path, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	opt := Options{Store: st, Ingester: &testIngester{st: st}, Token: testToken}
	for _, m := range mod {
		m(&opt)
	}
	srv, err := New(opt)
	if err != nil {
		t.Fatal(err)
	}
	return &fixture{st: st, srv: srv, h: srv.Handler()}
}

// do runs one request against the fixture's handler.
func (f *fixture) do(t testing.TB, method, path, contentType, body string, token string) *httptest.ResponseRecorder {
	t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, path, r)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	w := httptest.NewRecorder()
	f.h.ServeHTTP(w, req)
	return w
}

// covenant returns the id of the Crimson Covenant.
func (f *fixture) covenant(t testing.TB) int64 {
	t.Helper()
	es, err := f.st.Find(context.Background(), "Crimson Covenant")
	if err != nil {
		t.Fatal(err)
	}
	return es[0].ID
}

// hostileText is an article whose text, title and URL try to run script
// in a page that shows them: every payload must stay text.
const hostileText = `Crimson Covenant statement mocks the sanctions list.
The Crimson Covenant posted a statement on Tuesday. <script>window.__pwned = "script"; alert("script")</script>
Readers were told to click <a href="javascript:window.__pwned='link'">the full statement
or to view <img src=x onerror="window.__pwned='img'; alert('img')"> an image
and an <svg onload="window.__pwned='svg'"> embedded chart, and <iframe src="javascript:window.__pwned='frame'"> a video.
"onmouseover=window.__pwned=1 ' onfocus="window.__pwned='attr'" autofocus x="`

const hostileTitle = `<img src=x onerror="window.__pwned='title'">Covenant <script>window.__pwned='title2'</script> statement`

// hostileJSON is the POST body of the hostile article.
func hostileJSON() string {
	return fmt.Sprintf(`{"text": %q, "title": %q, "url": "javascript:window.__pwned='url'", "source": "<b onclick=\"window.__pwned='src'\">Mirror</b>", "published": "2024-06-01"}`,
		hostileText, hostileTitle)
}
