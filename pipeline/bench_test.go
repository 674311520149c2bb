package pipeline_test

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier/demo"
	"dossier/extract"
	"dossier/gazetteer"
	"dossier/ingest"
	"dossier/pipeline"
	"dossier/sqlite"
)

// writeCorpus writes n articles to dir, each a random mix of paragraphs of
// the demo corpus with its numbers changed, so that no two are copies.
// Generated text serves speed measurement only, never quality.
func writeCorpus(tb testing.TB, dir string, n int, seed uint64) (words int) {
	tb.Helper()
	var paras []string
	fs.WalkDir(demo.Corpus(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".txt") {
			return err
		}
		b, _ := fs.ReadFile(demo.Corpus(), p)
		for _, para := range strings.Split(string(b), "\n\n")[1:] {
			if len(strings.Fields(para)) > 20 {
				paras = append(paras, para)
			}
		}
		return nil
	})
	rng := rand.New(rand.NewPCG(seed, 7))
	for i := range n {
		var sb strings.Builder
		fmt.Fprintf(&sb, "Generated report %d\n\n", i)
		for range 9 {
			p := paras[rng.IntN(len(paras))]
			p = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return '0' + rune(rng.IntN(10))
				}
				return r
			}, p)
			sb.WriteString(p)
			sb.WriteString("\n\n")
		}
		words += len(strings.Fields(sb.String()))
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("2024-01-%02d-gen-%05d.txt", 1+i%28, i)), []byte(sb.String()), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return words
}

// BenchmarkIngest measures the whole ingest path (read, clean, extract,
// resolve, store in SQLite) in documents and words per second.
func BenchmarkIngest(b *testing.B) {
	const n = 300
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
