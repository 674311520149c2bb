package pipeline_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
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

// setup returns an ingester on a fresh file database, with the demo's
// places in its gazetteer, and the reports it will give.
func setup(t *testing.T) (*pipeline.Ingester, *sqlite.Store, *[]pipeline.Report) {
	t.Helper()
	g, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.LoadExtra(bytes.NewReader(demo.Places())); err != nil {
		t.Fatal(err)
	}
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	var reports []pipeline.Report
	ing := &pipeline.Ingester{
		Store:     st,
		Extractor: extract.New(extract.FromGazetteer(g)),
		Options:   ingest.Options{IsPlace: func(name string) bool { _, ok := g.Best(name); return ok }},
		Workers:   2,
		OnReport:  func(r pipeline.Report) { reports = append(reports, r) },
	}
	return ing, st, &reports
}

// snapshot is what a store holds, as its public API shows it.
type snapshot struct {
	Docs     []dossier.DocumentRef
	Entities []dossier.GlobalEntity
}

func snap(t *testing.T, st dossier.Store) snapshot {
	t.Helper()
	ctx := context.Background()
	ds, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	es, err := st.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	return snapshot{ds, es}
}

func TestDemoCorpus(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, demo.Corpus()); err != nil {
		t.Fatal(err)
	}
	ing, st, reports := setup(t)
	stats, err := ing.Run(ctx, []string{dir})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}

	// the articles: 15 .txt, 2 .html and 4 JSON lines
	if len(*reports) != 21 {
		t.Fatalf("%d reports, want 21 (one per article)", len(*reports))
	}
	byName := map[string][]pipeline.Report{}
	for i, r := range *reports {
		if r.Outcome == pipeline.Failed || r.Outcome == pipeline.Skipped {
			t.Errorf("%s: %s: %v", r.Path, r.Outcome, r.Err)
			continue
		}
		if r.Doc == nil {
			t.Errorf("%s: %s report without a document", r.Path, r.Outcome)
			continue
		}
		if i > 0 && r.Seq < (*reports)[i-1].Seq {
			t.Errorf("%s: Seq %d after %d: reports out of order", r.Path, r.Seq, (*reports)[i-1].Seq)
		}
		byName[filepath.Base(r.Path)] = append(byName[filepath.Base(r.Path)], r)
	}
	one := func(name string) pipeline.Report {
		t.Helper()
		rs := byName[name]
		if len(rs) == 0 {
			t.Fatalf("no report for %s", name)
		}
		return rs[0]
	}

	// the byte-identical pair: the first in walk order is added, the other
	// is a duplicate of it
	a, b := one("2024-03-15-karsa-ledger-dornhal-toll-2.txt"), one("2024-03-15-karsa-ledger-dornhal-toll.txt")
	if a.Seq > b.Seq {
		a, b = b, a
	}
	if a.Outcome != pipeline.Added || b.Outcome != pipeline.Duplicate || a.Doc.ID != b.Doc.ID {
		t.Errorf("exact duplicates: %s %s (%.10s), %s %s (%.10s); want added then duplicate of the same id",
			filepath.Base(a.Path), a.Outcome, a.Doc.ID, filepath.Base(b.Path), b.Outcome, b.Doc.ID)
	}

	// the near-copies of the wire story
	orig := one("2024-03-14-meridian-dornhal-bombing.txt")
	if orig.Outcome != pipeline.Added {
		t.Errorf("the wire story is %s, want added", orig.Outcome)
	}
	for _, c := range []pipeline.Report{one("2024-03-15-estgard-herald-dornhal-blast.txt"), one("northline-post-feed.jsonl")} {
		if c.Outcome != pipeline.Copy || c.Doc.CopyOf != orig.Doc.ID || c.Doc.CopySimilarity <= 0 || c.Doc.CopySimilarity > 1 {
			t.Errorf("%s: %s, copy of %q (similarity %.2f); want copy of %.10s", filepath.Base(c.Path), c.Outcome, c.Doc.CopyOf, c.Doc.CopySimilarity, orig.Doc.ID)
		}
	}
	if feed := byName["northline-post-feed.jsonl"]; len(feed) != 4 {
		t.Errorf("northline-post-feed.jsonl gave %d reports, want 4", len(feed))
	}

	want := pipeline.Stats{Added: 18, Copies: 2, Duplicates: 1}
	words := stats.Words
	stats.Words = 0
	if stats != want {
		t.Errorf("stats = %+v, want %+v", stats, want)
	}
	if words < 3000 {
		t.Errorf("stats.Words = %d, want the words of 20 articles", words)
	}

	first := snap(t, st)
	if len(first.Docs) != 20 {
		t.Errorf("%d documents stored, want 20", len(first.Docs))
	}
	copies := 0
	for _, d := range first.Docs {
		if d.CopyOf != "" {
			copies++
			if d.CopyOf != orig.Doc.ID {
				t.Errorf("stored %s is a copy of %.10s, want %.10s", d.Path, d.CopyOf, orig.Doc.ID)
			}
		}
	}
	if copies != 2 {
		t.Errorf("%d stored documents are copies, want 2", copies)
	}
	// a copy's extraction, read back, says whose copy it is: the workers
	// pack it before the store decides that
	for _, c := range []pipeline.Report{orig, one("2024-03-15-estgard-herald-dornhal-blast.txt")} {
		x, err := st.Document(ctx, c.Doc.ID)
		if err != nil {
			t.Fatal(err)
		}
		if x.Document.CopyOf != c.Doc.CopyOf || x.Document.CopySimilarity != c.Doc.CopySimilarity || x.Document.Text == "" || len(x.Entities) == 0 {
			t.Errorf("%s read back: copy of %q (%.2f), %d bytes of text, %d entities; want copy of %q (%.2f), the text and entities",
				filepath.Base(c.Path), x.Document.CopyOf, x.Document.CopySimilarity, len(x.Document.Text), len(x.Entities), c.Doc.CopyOf, c.Doc.CopySimilarity)
		}
	}

	// a second run adds nothing
	*reports = nil
	stats, err = ing.Run(ctx, []string{dir})
	if err != nil {
		t.Fatalf("second Run: %v", err)
	}
	if stats != (pipeline.Stats{Duplicates: 21}) {
		t.Errorf("second run stats = %+v, want 21 duplicates", stats)
	}
	for _, r := range *reports {
		if r.Outcome != pipeline.Duplicate {
			t.Errorf("second run: %s is %s, want duplicate", r.Path, r.Outcome)
		}
	}
	if again := snap(t, st); !reflect.DeepEqual(again, first) {
		t.Errorf("second run changed the store:\n%+v\nwant\n%+v", again, first)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := "Northern Wolves raid depot near Dornhal\n\nFighters of the Northern Wolves raided a grain depot near Dornhal in Arvessa on Tuesday, police said. " +
		"Two guards were wounded.\n"
	write("a-good.txt", good)
	const script = "alert(1)"
	write("b-page.html", `<!doctype html><html><head><title>Vigil held in Orvane</title><script>`+script+`</script></head>
<body><article><h1>Vigil held in Orvane</h1>
<p>Hundreds of people gathered in Orvane on Friday evening to remember the victims of the depot raid.</p>
<script>`+script+`</script>
<p>The Northern Wolves have not commented on the raid, the town's mayor said.</p>
</article></body></html>`)
	type failure struct {
		file   string
		line   int
		reason error
	}
	var wantFail []failure
	bad := func(name, content string, line int, reason error) {
		write(name, content)
		wantFail = append(wantFail, failure{name, line, reason})
	}
	bad("c-binary.txt", "Northern Wolves\x00\x00\x01\x02 raid", 0, ingest.ErrBinary)
	bad("d-invalid.txt", "The “Northern Wolves” struck Dornhal \xff\xfe again.\n", 0, ingest.ErrInvalidUTF8)
	bad("e-empty.txt", "", 0, ingest.ErrEmpty)
	huge := filepath.Join(dir, "f-huge.txt")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	if err := os.Truncate(huge, 100<<20); err != nil {
		t.Fatal(err)
	}
	wantFail = append(wantFail, failure{"f-huge.txt", 0, ingest.ErrTooLarge})
	bad("g-feed.jsonl", `{"title": "Depot raided", "published": "2024-03-12", "text": "Gunmen raided a depot in Kessovar on Monday, officials said."}
{"title": "Broken line", "text": "never closed
{"title": "Talks open", "published": "2024-06-11", "text": "Tolmark and the Vael rebels opened talks in Estgard on Tuesday."}
`, 2, ingest.ErrMalformed)
	goodDocs := 4 // a-good.txt, b-page.html, two lines of g-feed.jsonl

	locked := filepath.Join(dir, "h-locked")
	write("h-locked/inside.txt", "A text nobody can read.\n")
	lockable := os.Geteuid() != 0
	if lockable {
		if err := os.Chmod(locked, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(locked, 0o755) })
		wantFail = append(wantFail, failure{"h-locked", 0, ingest.ErrUnreadable})
	} else {
		t.Log("running as root: chmod 000 does not block reading, so the unreadable folder case is skipped")
		goodDocs++
	}

	// a path given that does not exist
	missing := filepath.Join(dir, "i-missing.txt")
	wantFail = append(wantFail, failure{"i-missing.txt", 0, ingest.ErrUnreadable})

	ing, st, reports := setup(t)
	stats, err := ing.Run(context.Background(), []string{dir, missing})
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	failedBy := map[string][]pipeline.Report{}
	added := 0
	for _, r := range *reports {
		switch r.Outcome {
		case pipeline.Failed:
			failedBy[filepath.Base(r.Path)] = append(failedBy[filepath.Base(r.Path)], r)
		case pipeline.Added, pipeline.Copy:
			added++
		default:
			t.Errorf("%s: %s", r.Path, r.Outcome)
		}
	}
	for _, w := range wantFail {
		rs := failedBy[w.file]
		delete(failedBy, w.file)
		if len(rs) != 1 {
			t.Errorf("%s: %d failure reports, want 1", w.file, len(rs))
			continue
		}
		r := rs[0]
		if r.Doc != nil {
			t.Errorf("%s: failure report with a document", w.file)
		}
		if !errors.Is(r.Err, w.reason) {
			t.Errorf("%s: error %v, want %v", w.file, r.Err, w.reason)
		}
		msg := r.Err.Error()
		wantPrefix := filepath.Join(dir, w.file) + ": "
		var ie *ingest.Error
		if w.line > 0 {
			wantPrefix = filepath.Join(dir, w.file) + ":" + strconv.Itoa(w.line) + ": "
			if !errors.As(r.Err, &ie) || ie.Line != w.line {
				t.Errorf("%s: error %v does not name line %d", w.file, r.Err, w.line)
			}
		}
		if !strings.HasPrefix(msg, wantPrefix) || len(msg) < len(wantPrefix)+len(w.reason.Error()) {
			t.Errorf("%s: message %q, want %q and a reason", w.file, msg, wantPrefix+"…")
		}
	}
	for name, rs := range failedBy {
		for _, r := range rs {
			t.Errorf("unexpected failure of %s: %v", name, r.Err)
		}
	}
	if stats.Failed != len(wantFail) || stats.Added != goodDocs || added != goodDocs {
		t.Errorf("stats = %+v (%d added reports), want %d failed and %d added", stats, added, len(wantFail), goodDocs)
	}

	ctx := context.Background()
	docs, err := st.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != goodDocs {
		t.Errorf("%d documents stored, want %d", len(docs), goodDocs)
	}
	sawPage := false
	for _, d := range docs {
		x, err := st.Document(ctx, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Contains(x.Document.Text, script) || strings.Contains(x.Document.Text, "<script") {
			t.Errorf("%s: stored text holds the script: %q", d.Path, x.Document.Text)
		}
		if filepath.Base(d.Path) == "b-page.html" {
			sawPage = true
			if !strings.Contains(x.Document.Text, "Hundreds of people gathered in Orvane") || !strings.Contains(x.Document.Text, "have not commented") {
				t.Errorf("b-page.html: stored text lost the article: %q", x.Document.Text)
			}
		}
	}
	if !sawPage {
		t.Error("b-page.html was not stored")
	}
}

// TestCancel checks a cancelled run stops with the context's error.
func TestCancel(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, demo.Corpus()); err != nil {
		t.Fatal(err)
	}
	ing, _, _ := setup(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := ing.Run(ctx, []string{dir}); !errors.Is(err, context.Canceled) {
		t.Errorf("Run with a cancelled context = %v, want context.Canceled", err)
	}
}

// TestCancelMidRun stops a run after its first batch is stored: every
// document not stored is reported as interrupted (not as whatever the
// cancelled statement said), those reported stored are in the store, and
// a second run stores the rest.
func TestCancelMidRun(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, demo.Corpus()); err != nil {
		t.Fatal(err)
	}
	ing, st, reports := setup(t)
	ing.BatchSize = 2
	ctx, cancel := context.WithCancel(context.Background())
	ing.OnReport = func(r pipeline.Report) {
		*reports = append(*reports, r)
		cancel()
	}
	if _, err := ing.Run(ctx, []string{dir}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Run cancelled midway = %v, want context.Canceled", err)
	}
	stored := 0
	for _, r := range *reports {
		switch r.Outcome {
		case pipeline.Added, pipeline.Copy:
			stored++
			if ok, err := st.HasDocument(context.Background(), r.Doc.ID); err != nil || !ok {
				t.Errorf("%s reported stored, not in the store (%v)", r.Path, err)
			}
		case pipeline.Failed:
			if r.Err == nil || !strings.Contains(r.Err.Error(), "not stored, the run was interrupted") || !strings.Contains(r.Err.Error(), r.Path) {
				t.Errorf("%s: error %v, want it named and said interrupted", r.Path, r.Err)
			}
		}
	}
	if stored == 0 {
		t.Fatal("nothing stored before the cancel")
	}
	docs, err := st.Documents(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != stored {
		t.Errorf("%d documents in the store, %d reported stored", len(docs), stored)
	}
	*reports = nil
	ing.OnReport = func(r pipeline.Report) { *reports = append(*reports, r) }
	stats, err := ing.Run(context.Background(), []string{dir})
	if err != nil || stats.Failed != 0 {
		t.Fatalf("second run: %+v, %v", stats, err)
	}
	if stats.Duplicates < stored {
		t.Errorf("second run: %d already stored, want at least the %d of the first", stats.Duplicates, stored)
	}
}

// failingStore is a store whose batches fail to put the documents whose
// text contains a marker, as a store does on a document it cannot keep: the
// whole batch is rolled back (see dossier.Batch).
type failingStore struct {
	*sqlite.Store
	marker string
}

func (f failingStore) Put(ctx context.Context, x *dossier.Extraction) (dossier.PutResult, error) {
	if strings.Contains(x.Document.Text, f.marker) {
		return dossier.PutResult{}, errors.New("refused")
	}
	return f.Store.Put(ctx, x)
}

func (f failingStore) Begin(ctx context.Context) (dossier.Batch, error) {
	b, err := f.Store.Begin(ctx)
	return failingBatch{b, f.marker}, err
}

type failingBatch struct {
	dossier.Batch
	marker string
}

func (f failingBatch) Put(ctx context.Context, x *dossier.Extraction) (dossier.PutResult, error) {
	if strings.Contains(x.Document.Text, f.marker) {
		f.Batch.Rollback()
		return dossier.PutResult{}, errors.New("refused")
	}
	return f.Batch.Put(ctx, x)
}

// TestBatchFailure checks that a document that fails inside a batch is
// reported failed alone: the other documents of its batch are stored
// again, every report comes in order, and the store ends up as if the
// failing document had never been given.
func TestBatchFailure(t *testing.T) {
	ctx := context.Background()
	dir := filepath.Join(t.TempDir(), "corpus")
	if err := os.CopyFS(dir, demo.Corpus()); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int{1, 4, 64} {
		t.Run(strconv.Itoa(size), func(t *testing.T) {
			ing, st, reports := setup(t)
			// the two Kessovar stories fail; one comes early in walk order
			ing.Store = failingStore{st, "Kessovar"}
			ing.BatchSize = size
			stats, err := ing.Run(ctx, []string{dir})
			if err != nil {
				t.Fatalf("Run: %v", err)
			}
			var failed []string
			for i, r := range *reports {
				if i > 0 && r.Seq < (*reports)[i-1].Seq {
					t.Errorf("%s: Seq %d after %d: reports out of order", r.Path, r.Seq, (*reports)[i-1].Seq)
				}
				if r.Outcome == pipeline.Failed {
					failed = append(failed, filepath.Base(r.Path))
					if r.Err == nil || !strings.Contains(r.Err.Error(), "refused") {
						t.Errorf("%s failed with %v, want its own error", r.Path, r.Err)
					}
				}
			}
			if len(failed) == 0 || stats.Failed != len(failed) {
				t.Fatalf("failed %v, stats %+v: the marker matched nothing", failed, stats)
			}
			docs, err := st.Documents(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if got, want := len(docs), stats.Added+stats.Copies; got != want {
				t.Errorf("%d documents stored, %d reported stored (%+v)", got, want, stats)
			}
			for _, d := range docs {
				x, err := st.Document(ctx, d.ID)
				if err != nil {
					t.Fatal(err)
				}
				if strings.Contains(x.Document.Text, "Kessovar") {
					t.Errorf("%s stored, but its put failed", d.Path)
				}
			}
			if stats.Added+stats.Copies+stats.Duplicates+stats.Failed != len(*reports) {
				t.Errorf("stats %+v do not add up to %d reports", stats, len(*reports))
			}
		})
	}
}
