package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"dossier/demo"
	"dossier/extract"
	"dossier/gazetteer"
	"dossier/ingest"
	"dossier/pipeline"
	"dossier/sqlite"
)

// writeCorpus writes n generated articles of about 600 words to dir.
func writeCorpus(tb testing.TB, dir string, n int, seed uint64) int {
	tb.Helper()
	words, err := demo.Generate(dir, n, seed, 13)
	if err != nil {
		tb.Fatal(err)
	}
	return words
}

// BenchmarkIngest measures the whole ingest path (read, clean, extract,
// resolve, store in SQLite) in documents and words per second.
func BenchmarkIngest(b *testing.B) {
	n := 300
	if v, err := strconv.Atoi(os.Getenv("DOSSIER_BENCH_DOCS")); err == nil && v > 0 {
		n = v // e.g. DOSSIER_BENCH_DOCS=5000 to watch how speed holds as the store grows
	}
	dir := b.TempDir()
	words := writeCorpus(b, dir, n, 1)
	g, err := gazetteer.Embedded()
	if err != nil {
		b.Fatal(err)
	}
	if err := g.LoadExtra(bytes.NewReader(demo.Places())); err != nil {
		b.Fatal(err)
	}
	ex := extract.New(extract.FromGazetteer(g))
	ctx := context.Background()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		st, err := sqlite.Open(ctx, filepath.Join(b.TempDir(), fmt.Sprintf("kb%d.db", i)), nil)
		if err != nil {
			b.Fatal(err)
		}
		ing := &pipeline.Ingester{Store: st, Extractor: ex, Options: ingest.Options{}, OnReport: func(r pipeline.Report) {
			if r.Err != nil {
				b.Log(r.Err)
			}
		}}
		stats, err := ing.Run(ctx, []string{dir})
		if err != nil || stats.Failed > 0 || stats.Added+stats.Copies != n {
			b.Fatalf("run: %v, %+v", err, stats)
		}
		st.Close()
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(n*b.N)/sec, "docs/s")
	b.ReportMetric(float64(words*b.N)/sec, "words/s")
}
