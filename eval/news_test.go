package eval

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// fakeExtractor answers with a fixed extraction per text and records the
// documents it was given.
type fakeExtractor struct {
	byText map[string]*dossier.Extraction
	fail   map[string]bool
	docs   []*dossier.Document
}

func (f *fakeExtractor) Extract(_ context.Context, doc *dossier.Document) (*dossier.Extraction, error) {
	f.docs = append(f.docs, doc)
	if f.fail[doc.Text] {
		return nil, errors.New("boom")
	}
	if x := f.byText[doc.Text]; x != nil {
		return x, nil
	}
	return &dossier.Extraction{Document: *doc}, nil
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var quiet = slog.New(slog.NewTextHandler(io.Discard, nil))

func TestNews(t *testing.T) {
	const (
		textA = "The Crimson Hand Brigade (CHB) bombed a depot in Velmora on Monday.\n"
		textB = "Grey Tide fighters raided Port Askel.\n"
		textC = "A quiet week in Tarvin.\n"
		textD = "Nothing happened.\n"
	)
	dir := writeFiles(t, map[string]string{
		"gold.jsonl": `{"id":"a","url":"https://example.invalid/a","title":"Depot bombed","published":"2031-05-02","aliases":[["Crimson Hand Brigade","CHB"]],"events":[{"type":"bombing","date":"2031-05-01","location":"Velmora","country":"XQ","perpetrator":"Crimson Hand Brigade","killed_max":null,"claimed":false,"injured_max":null,"killed_min":null,"injured_min":null}],"claims":[]}
{"id":"b","path":"more/articles.jsonl#2","title":"Raid","published":null,"aliases":[],"events":[{"type":"attack","date":null,"location":"Port Askel","country":null,"perpetrator":"Grey Tide","claimed":false}],"claims":[]}
{"id":"c","path":"page.html","aliases":[],"events":[],"claims":[]}
{"id":"d","aliases":[],"events":[{"type":"attack","location":"Tarvin"}],"claims":[]}
`,
		"a.txt":               textA,
		"d.txt":               textD,
		"page.html":           "<p>raw</p>",
		"more/articles.jsonl": `{"text":"first"}` + "\n" + `{"text":` + jsonString(textB) + `,"published":"2030-01-01T10:00:00Z","title":"File title","url":"https://example.invalid/b"}` + "\n",
	})
	ex := &fakeExtractor{
		byText: map[string]*dossier.Extraction{
			textA: {
				Entities: []dossier.Entity{{Name: "Crimson Hand Brigade", Aliases: []string{"CHB"}}},
				Events: []dossier.Event{{Type: "bombing", Date: sp("2031-05-01"), Location: sp("Velmora depot"),
					Country: sp("XQ"), Perpetrator: sp("CHB")}},
			},
			textB: {Events: []dossier.Event{{Type: "attack", Location: sp("Port Askel"), Perpetrator: sp("Grey Tide")}}},
		},
		fail: map[string]bool{textD: true},
	}
	var loaded []string
	opt := Options{Logger: quiet, Load: func(path string) (*dossier.Document, error) {
		loaded = append(loaded, path)
		return &dossier.Document{Text: textC, Title: sp("Loaded title"), Format: "html"}, nil
	}}
	r, err := News(context.Background(), filepath.Join(dir, "gold.jsonl"), ex, opt)
	if err != nil {
		t.Fatal(err)
	}
	if len(ex.docs) != 4 {
		t.Fatalf("extractor saw %d documents, want 4", len(ex.docs))
	}
	a, b, c := ex.docs[0], ex.docs[1], ex.docs[2]
	if a.Text != textA || a.ID != dossier.TextID(textA) || deref(a.Title) != "Depot bombed" ||
		deref(a.Published) != "2031-05-02" || deref(a.URL) != "https://example.invalid/a" || a.Path != filepath.Join(dir, "a.txt") {
		t.Errorf("document a = %+v", a)
	}
	// Gold title and null published override the file's; the file's url stays.
	if b.Text != textB || b.ID != dossier.TextID(textB) || deref(b.Title) != "Raid" || b.Published != nil ||
		deref(b.URL) != "https://example.invalid/b" {
		t.Errorf("document b = %+v", b)
	}
	if len(loaded) != 1 || loaded[0] != filepath.Join(dir, "page.html") || c.Text != textC ||
		c.ID != dossier.TextID(textC) || deref(c.Title) != "Loaded title" {
		t.Errorf("document c = %+v (loaded %v)", c, loaded)
	}
	if r.Docs != 4 || r.Events.TP != 2 || r.Events.FN != 1 || r.AliasPairs.TP != 1 || r.Slot("perpetrator").TP != 2 {
		t.Errorf("report events %+v aliases %+v perpetrator %+v", r.Events, r.AliasPairs, r.Slot("perpetrator"))
	}
	if len(r.Failures) != 1 || r.Failures[0].Doc != "d" || !strings.Contains(r.Failures[0].Desc, "boom") {
		t.Errorf("failures = %v", r.Failures)
	}
}

func TestNewsIngestHook(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"gold.jsonl": `{"id":"a","title":"Gold title","published":null}
{"id":"b","path":"x.jsonl#1","published":"2031-01-02"}
`,
		"a.txt":   "Text A\n",
		"x.jsonl": `{"text":"Text B","published":"2020-01-01","title":"File title","source":"Quay Courier","n":12345678901234567890}` + "\n",
	})
	var lines []map[string]any
	opt := Options{Logger: quiet, Ingest: func(line []byte) (*dossier.Document, error) {
		var m map[string]any
		if err := json.Unmarshal(line, &m); err != nil {
			return nil, err
		}
		lines = append(lines, m)
		return &dossier.Document{Text: strings.TrimSpace(m["text"].(string)), ID: "ignored", Language: "en"}, nil
	}}
	ex := &fakeExtractor{}
	if _, err := News(context.Background(), filepath.Join(dir, "gold.jsonl"), ex, opt); err != nil {
		t.Fatal(err)
	}
	want := []string{
		`{"published":null,"text":"Text A\n","title":"Gold title"}`,
		`{"n":12345678901234567890,"published":"2031-01-02","source":"Quay Courier","text":"Text B","title":"File title"}`,
	}
	for i, w := range want {
		got, _ := json.Marshal(lines[i])
		var wm map[string]any
		json.Unmarshal([]byte(w), &wm)
		wb, _ := json.Marshal(wm)
		if string(got) != string(wb) {
			t.Errorf("record %d = %s, want %s", i, got, wb)
		}
	}
	if d := ex.docs[0]; d.Text != "Text A" || d.ID != dossier.TextID("Text A") || d.Language != "en" || d.Path != filepath.Join(dir, "a.txt") {
		t.Errorf("document = %+v", d)
	}
}

func TestNewsHTMLWithoutLoader(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"gold.jsonl": `{"id":"c","path":"page.html"}`,
		"page.html":  "<p>raw</p>",
	})
	ex := &fakeExtractor{}
	if _, err := News(context.Background(), filepath.Join(dir, "gold.jsonl"), ex, Options{Logger: quiet}); err != nil {
		t.Fatal(err)
	}
	if len(ex.docs) != 1 || ex.docs[0].Text != "<p>raw</p>" {
		t.Errorf("docs = %+v", ex.docs)
	}
}

func TestNewsErrors(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"missing text", map[string]string{"gold.jsonl": `{"id":"zz"}`}, "gold id zz: load"},
		{"bad gold", map[string]string{"gold.jsonl": "{}\n"}, "gold line 1: missing id"},
		{"line past the end", map[string]string{"gold.jsonl": `{"id":"a","path":"x.jsonl#3"}`, "x.jsonl": "{\"text\":\"t\"}\n"},
			"file has only 1 lines"},
		{"bad reference", map[string]string{"gold.jsonl": `{"id":"a","path":"x.jsonl#0"}`}, "want FILE#N"},
		{"bad json line", map[string]string{"gold.jsonl": `{"id":"a","path":"x.jsonl#1"}`, "x.jsonl": "{\"text\":3}\n"}, "article record"},
		{"json line not an object", map[string]string{"gold.jsonl": `{"id":"a","path":"x.jsonl#1"}`, "x.jsonl": "[1]\n"}, "line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, tt.files)
			_, err := News(context.Background(), filepath.Join(dir, "gold.jsonl"), &fakeExtractor{}, Options{Logger: quiet})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	dir := writeFiles(t, map[string]string{"gold.jsonl": `{"id":"a"}`, "a.txt": "x"})
	if _, err := News(ctx, filepath.Join(dir, "gold.jsonl"), &fakeExtractor{}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: error %v", err)
	}
}

func jsonString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"', '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func TestWriteTable(t *testing.T) {
	gold := fixture()
	preds := predsOf(gold)
	// Spoil a few things so every section of the verbose listing shows.
	preds["a"].Events[0].KilledMin = fp(11)
	preds["a"].Claims[1].Source = nil
	preds["b"].Claims = preds["b"].Claims[:1]
	preds["b"].Entities = append(preds["b"].Entities, dossier.Entity{Name: "Oren Vask", Aliases: []string{"Vask"}})
	preds["b"].Events = append(preds["b"].Events, dossier.Event{Type: "arson", Location: sp("Tarvin")})
	r := Score(gold, preds, Options{})
	r.Failures = []Issue{{Doc: "c", Kind: "extract", Desc: "boom"}}
	var buf bytes.Buffer
	if err := r.WriteTable(&buf, true); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "table.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("table differs from %s (run go test -update to accept):\n%s", golden, buf.String())
	}
}

// newsDev is the shared development gold set; tests using it are skipped
// when it is absent. Its text never enters the repository.
const newsDev = "/work/shared/data/news-dev/gold.jsonl"

// TestNewsDevSelfScore scores the real gold file against itself, turned into
// predictions, through News (which reads the real texts): every field must
// score F1 = 1, proving reader and scorer agree on the file.
func TestNewsDevSelfScore(t *testing.T) {
	f, err := os.Open(newsDev)
	if err != nil {
		t.Skipf("news-dev gold set absent: %v", err)
	}
	gold, err := ReadGold(f)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*dossier.Extraction{}
	for i := range gold {
		byID[gold[i].ID] = goldExtraction(&gold[i])
	}
	ex := extractorFunc(func(_ context.Context, doc *dossier.Document) (*dossier.Extraction, error) {
		id := strings.TrimSuffix(filepath.Base(doc.Path), ".txt")
		if doc.Text == "" || doc.ID != dossier.TextID(doc.Text) {
			return nil, errors.New("bad document " + id)
		}
		return byID[id], nil
	})
	r, err := News(context.Background(), newsDev, ex, Options{Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Failures) > 0 {
		t.Fatalf("failures: %v", r.Failures)
	}
	fields := map[string]Counts{"events": r.Events, "slots": r.SlotsAll, "aliases": r.AliasPairs, "claims": r.Claims}
	for _, f := range r.Slots {
		fields["slot "+f.Name] = f.Counts
	}
	for _, f := range r.ClaimsByPredicate {
		fields["claim "+f.Name] = f.Counts
	}
	for name, c := range fields {
		if c.F1 != 1 {
			t.Errorf("%s: %+v, want F1 = 1", name, c)
		}
	}
	if r.Attribution.Accuracy != 1 {
		t.Errorf("attribution %+v, want 1", r.Attribution)
	}
	if r.Docs != len(gold) || len(r.Misses)+len(r.FalsePositives)+len(r.Wrong) > 0 {
		t.Errorf("docs %d, issues %v %v %v", r.Docs, r.Misses, r.FalsePositives, r.Wrong)
	}
	t.Logf("news-dev self-score: %d docs, %d events, %d alias pairs, %d claims", r.Docs, r.Events.TP, r.AliasPairs.TP, r.Claims.TP)
}

type extractorFunc func(context.Context, *dossier.Document) (*dossier.Extraction, error)

func (f extractorFunc) Extract(ctx context.Context, doc *dossier.Document) (*dossier.Extraction, error) {
	return f(ctx, doc)
}
