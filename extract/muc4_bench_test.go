package extract_test

import (
	"bufio"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"dossier"
)

// BenchmarkExtractWire measures extraction (events and their role fillers
// included) on lower-cased wire copy: the MUC-4 dev texts, read from
// ../shared at run time when they are there (never copied here).
//
//	go test ./extract -run XXX -bench ExtractWire
func BenchmarkExtractWire(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "data", "muc4", "processed_gtt", "dev.json")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("no MUC-4 data: %v", err)
	}
	defer f.Close()
	var docs []*dossier.Document
	words := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var d struct {
			DocID   string `json:"docid"`
			DocText string `json:"doctext"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			b.Fatal(err)
		}
		docs = append(docs, &dossier.Document{Path: d.DocID, Text: d.DocText})
		words += len(strings.Fields(d.DocText))
	}
	if err := sc.Err(); err != nil || len(docs) == 0 {
		b.Fatalf("%s: %d documents, %v", path, len(docs), err)
	}
	ex := extractor(b)
	ctx := context.Background()
	b.ReportAllocs()
	events := 0
	for b.Loop() {
		events = 0
		for _, d := range docs {
			x, err := ex.Extract(ctx, d)
			if err != nil {
				b.Fatal(err)
			}
			events += len(x.Events)
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(words*b.N)/sec, "words/s")
	b.ReportMetric(float64(len(docs)*b.N)/sec, "docs/s")
	b.ReportMetric(float64(events), "events")
}
