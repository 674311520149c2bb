package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

//go:generate go run ./gen

// countriesData is countries.tsv.gz, written by gen from world-countries.
//
//go:embed countries.tsv.gz
var countriesData []byte

// placesData is places.tsv.gz, written by gen from GeoNames.
//
//go:embed places.tsv.gz
var placesData []byte

// embeddedKeys is about the number of keys of the embedded data, so that
// the index is allocated once.
const embeddedKeys = 90000

// embeddedPlaces is about the number of places of the embedded data.
const embeddedPlaces = 63000

// Default returns the Gazetteer of the embedded data, loading it on first
// use. Every caller shares it: a place added to it with Add or LoadExtra is
// seen by every other user of Default, so a program that overlays its own
// places should do so once at start-up, or use its own copy from Embedded.
// Default panics if the embedded data is broken, which the package's tests
// rule out.
func Default() *Gazetteer { return defaultGazetteer() }

var defaultGazetteer = sync.OnceValue(func() *Gazetteer {
	g, err := Embedded()
	if err != nil {
		panic(err)
	}
	return g
})

// Embedded returns a new Gazetteer of the embedded data and the package's
// hand-written tables (spelling variants, regions, demonyms, ambiguous
// words), which the caller may change without affecting Default.
func Embedded() (*Gazetteer, error) {
	g := New()
	g.index = make(map[string][]int32, embeddedKeys)
	for _, f := range []struct {
		name string
		data []byte
		n    int
	}{{"countries.tsv.gz", countriesData, 300}, {"places.tsv.gz", placesData, embeddedPlaces}} {
		if err := g.loadGzip(f.data, f.n); err != nil {
			return nil, fmt.Errorf("gazetteer: embedded %s: %w", f.name, err)
		}
	}
	g.addTablesLocked()
	return g, nil
}

// loadGzip adds the places of gzipped TSV data, about n of them. It
// decompresses in a second goroutine while it parses and indexes, which
// cuts the load time by about a third on two cores.
func (g *Gazetteer) loadGzip(data []byte, n int) error {
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return err
	}
	pr, pw := io.Pipe()
	go func() {
		_, err := io.Copy(pw, zr)
		pw.CloseWithError(err)
	}()
	defer pr.Close()
	br := bufio.NewReaderSize(pr, 64<<10)
	b := g.newBatch(n)
	var cols [maxColumns + 1]string
	for lineNo := 1; ; lineNo++ {
		line, err := br.ReadString('\n')
		if len(line) > 0 {
			line = strings.TrimRight(line, "\r\n")
			if strings.TrimSpace(line) != "" && line[0] != '#' {
				rec, perr := parseLine(line, cols[:0])
				if perr != nil {
					return &errLine{lineNo, perr}
				}
				g.addRecordLocked(&rec, false, b)
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
	}
	g.sortLocked(b)
	return nil
}

// addTablesLocked adds the hand-written tables of tables.go.
func (g *Gazetteer) addTablesLocked() {
	b := g.newBatch(len(extraPlaces))
	for _, r := range extraPlaces {
		g.addLocked(r.place, r.alts, false, b)
	}
	for _, v := range variants {
		want := Normalize(v.name)
		for _, id := range g.index[want] {
			if p := &g.places[id]; p.Country == v.country && (v.kind == 0 || p.Kind == v.kind) {
				for _, alt := range v.alts {
					g.addKeyLocked(id, Normalize(alt), b)
				}
			}
		}
	}
	g.sortLocked(b)
	for word, country := range extraDemonyms {
		g.demonyms[Normalize(word)] = country
	}
	for _, w := range ambiguousWords {
		g.ambiguous[Normalize(w)] = true
	}
}
