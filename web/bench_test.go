package web

import (
	"context"
	"fmt"
	"math/rand/v2"
	"net/http/httptest"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"dossier"
	"dossier/sqlite"
)

// The benchmarks measure the dossier of an entity, as JSON and as a page,
// on a store of generated documents: $DOSSIER_BENCH_DOCS of them (default
// 2000). Generated text is for speed measurement only.
//
//	go test ./web -run XXX -bench Dossier
//	DOSSIER_BENCH_DOCS=100000 go test ./web -run XXX -bench Dossier -timeout 2h

// genGroup is a fictional armed group of the generator.
type genGroup struct{ name, alias, leader string }

var (
	genFirst  = []string{"Ashen", "Copper", "Silent", "Northern", "Iron", "Broken", "Amber", "Hollow", "Scarlet", "Grey"}
	genSecond = []string{"Circle", "Front", "Brigade", "Lanterns", "Column", "Legion", "Banner", "Guard"}
	genPeople = []string{"Arlen Vosk", "Mira Tallis", "Oren Kade", "Sefa Dunmore", "Ilse Roen", "Tomas Varga", "Juna Brell", "Pavel Strand"}
	genPlaces = []struct {
		name     string
		lat, lon float64
	}{{"Dornhal", 47.052, 64.618}, {"Kessovar", 46.718, 65.184}, {"Halvin", 49.023, 67.852}, {"Orvane", 47.381, 64.207}, {"Brisca", 48.664, 68.142}, {"Veltrana", 48.214, 66.431}}
	genSources = []string{"the interior ministry", "a UN monitoring team", "the Halden Institute", "police officials", "a regional council report"}
	genTypes   = []string{"bombing", "armed_assault", "kidnapping", "arson"}
)

// generate returns the extraction of generated document i: an attack by a
// group (the first groups far more often: weights 1/(rank+1)), the group's
// alias, a strength estimate and its leader, each attributed to a source.
func generate(i int, groups []genGroup, rng *rand.Rand, cum []float64) *dossier.Extraction {
	r := rng.Float64() * cum[len(cum)-1]
	g := groups[sort.SearchFloat64s(cum, r)]
	p := genPlaces[rng.IntN(len(genPlaces))]
	typ := genTypes[rng.IntN(len(genTypes))]
	src := genSources[rng.IntN(len(genSources))]
	year := 2015 + rng.IntN(10)
	date := fmt.Sprintf("%04d-%02d-%02d", year, 1+rng.IntN(12), 1+rng.IntN(28))
	killed, injured := float64(rng.IntN(30)), float64(rng.IntN(60))
	strength := 100 * (1 + rng.IntN(40))
	var b strings.Builder
	sent := func(s string) dossier.Span {
		start := b.Len()
		b.WriteString(s)
		end := b.Len()
		b.WriteString(" ")
		return dossier.Span{Start: start, End: end}
	}
	title := fmt.Sprintf("Report %d: %s attack in %s", i, g.name, p.name)
	s0 := sent(title + ".")
	s1 := sent(fmt.Sprintf("%s fighters carried out a %s in %s on %s, killing %d people and wounding %d, officials said.", g.name, strings.ReplaceAll(typ, "_", " "), p.name, date, int(killed), int(injured)))
	s2 := sent(fmt.Sprintf("The %s, also known as the %s, has about %d fighters, according to %s.", g.name, g.alias, strength, src))
	s3 := sent(fmt.Sprintf("The group is led by %s, the report said.", g.leader))
	text := strings.TrimSpace(b.String())
	at := func(s string, from int) dossier.Mention {
		k := from + strings.Index(text[from:], s)
		return dossier.Mention{Start: k, End: k + len(s), Text: s}
	}
	ev := func(sp dossier.Span) dossier.Evidence {
		return dossier.Evidence{Start: sp.Start, End: sp.End, Text: text[sp.Start:sp.End]}
	}
	cc := "XA"
	lat, lon := p.lat, p.lon
	perp := "e1"
	mn, mx := float64(strength), float64(strength)
	unit := "fighters"
	tm := strconv.Itoa(year)
	x := &dossier.Extraction{
		Document: dossier.Document{Path: fmt.Sprintf("gen-%07d.txt", i), Text: text, Title: dossier.Str(title), Published: dossier.Str(date),
			Source: dossier.Str("Generated Wire"), Language: "en", Format: "txt"},
		Sentences: []dossier.Span{s0, s1, s2, s3},
		Entities: []dossier.Entity{
			{ID: "e1", Name: g.name, Type: dossier.ArmedGroup, Aliases: []string{g.alias},
				Mentions:      []dossier.Mention{at(g.name, s0.Start), at(g.name, s1.Start), at(g.name, s2.Start), at(g.alias, s2.Start)},
				AliasEvidence: []dossier.AliasEvidence{{Alias: g.alias, How: "stated", Evidence: ev(s2)}}},
			{ID: "e2", Name: p.name, Type: dossier.Location, Country: &cc, Lat: &lat, Lon: &lon, Mentions: []dossier.Mention{at(p.name, s0.Start), at(p.name, s1.Start)}},
			{ID: "e3", Name: g.leader, Type: dossier.Person, Mentions: []dossier.Mention{at(g.leader, s3.Start)}},
		},
		Claims: []dossier.Claim{
			{Subject: g.name, SubjectEntity: "e1", Predicate: "strength", Min: &mn, Max: &mx, Unit: &unit, Time: &tm, Source: dossier.Str(src), Hedge: "reported", Evidence: ev(s2)},
			{Subject: g.name, SubjectEntity: "e1", Predicate: "leader", Value: dossier.Str(g.leader), Hedge: "stated", Evidence: ev(s3)},
		},
		Events: []dossier.Event{{ID: "v1", Type: typ, Date: dossier.Str(date), Location: dossier.Str(p.name), Country: &cc,
			Perpetrator: dossier.Str(g.name), PerpetratorEntity: &perp, KilledMin: &killed, KilledMax: &killed, InjuredMin: &injured, InjuredMax: &injured,
			Evidence: []dossier.Evidence{ev(s1)}}},
	}
	x.Document.ID = dossier.TextID(text)
	return x
}

// benchStore returns a store of n generated documents, built once per size
// in the system's temporary folder and kept for later runs, and the ids of
// the most frequent group and of a middling one.
func benchStore(b *testing.B, n int) (*sqlite.Store, int64, int64) {
	b.Helper()
	ctx := context.Background()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("dossier-web-bench-v1-%d.db", n))
	if p := os.Getenv("DOSSIER_BENCH_DB"); p != "" {
		path = p // a copy of the generated store
	}
	_, statErr := os.Stat(path)
	st, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		b.Fatal(err)
	}
	var groups []genGroup
	var cum []float64
	total := 0.0
	for i, f := range genFirst {
		for j, s := range genSecond[:4] {
			k := len(groups)
			groups = append(groups, genGroup{name: f + " " + s, alias: fmt.Sprintf("%c%c Unit %d", f[0], s[0], k), leader: genPeople[(i+j)%len(genPeople)]})
			total += 1 / float64(k+1)
			cum = append(cum, total)
		}
	}
	if statErr != nil {
		start := time.Now()
		rng := rand.New(rand.NewPCG(uint64(n), 11))
		for i := range n {
			if _, err := st.Put(ctx, generate(i, groups, rng, cum)); err != nil {
				b.Fatal(err)
			}
		}
		b.Logf("generated %d documents in %s", n, time.Since(start).Round(time.Millisecond))
	}
	top, err := st.Find(ctx, groups[0].name)
	if err != nil {
		b.Fatal(err)
	}
	mid, err := st.Find(ctx, groups[len(groups)/2].name)
	if err != nil {
		b.Fatal(err)
	}
	return st, top[0].ID, mid[0].ID
}

// BenchmarkDossier measures the dossier of the most frequent group and of
// a middling one, as JSON (api) and as a page:
//
//   - cold: nothing cached, the store computes the dossier (the store's
//     dossier cache is cleared before each request, untimed); peak-heap-MB
//     is the highest live heap sampled during the requests.
//   - warm: the store's dossier cache holds it (the server's own cache is
//     off): each request reads and decodes it.
//   - hot: the server's cache of recent dossiers holds it too.
func BenchmarkDossier(b *testing.B) {
	n := 2000
	if s := os.Getenv("DOSSIER_BENCH_DOCS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	st, top, mid := benchStore(b, n)
	defer st.Close()
	ctx := context.Background()
	noCache, err := New(Options{Store: st, CacheSize: -1})
	if err != nil {
		b.Fatal(err)
	}
	cached, err := New(Options{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	for _, ent := range []struct {
		name string
		id   int64
	}{{"top", top}, {"middling", mid}} {
		d, err := st.Dossier(ctx, ent.id)
		if err != nil {
			b.Fatal(err)
		}
		for _, tc := range []struct {
			name, path string
			srv        *Server
			cold       bool
		}{
			{"api-cold", fmt.Sprintf("/api/v1/entities/%d", ent.id), noCache, true},
			{"api-warm", fmt.Sprintf("/api/v1/entities/%d", ent.id), noCache, false},
			{"api-hot", fmt.Sprintf("/api/v1/entities/%d", ent.id), cached, false},
			{"page-cold", fmt.Sprintf("/entities/%d", ent.id), noCache, true},
			{"page-warm", fmt.Sprintf("/entities/%d", ent.id), noCache, false},
			{"page-hot", fmt.Sprintf("/entities/%d", ent.id), cached, false},
		} {
			h := tc.srv.Handler()
			b.Run(fmt.Sprintf("docs=%d/%s(%d docs)/%s", n, ent.name, d.Entity.Documents, tc.name), func(b *testing.B) {
				var lat []time.Duration
				var peak heapPeak
				if tc.cold {
					peak.start()
				}
				size := 0
				for b.Loop() {
					if tc.cold {
						b.StopTimer()
						if err := st.ClearDossierCache(ctx); err != nil {
							b.Fatal(err)
						}
						runtime.GC()
						b.StartTimer()
					}
					start := time.Now()
					w := httptest.NewRecorder()
					h.ServeHTTP(w, httptest.NewRequest("GET", tc.path, nil))
					lat = append(lat, time.Since(start))
					if w.Code != 200 {
						b.Fatalf("%s: %d", tc.path, w.Code)
					}
					size = w.Body.Len()
				}
				if tc.cold {
					b.ReportMetric(float64(peak.stop())/(1<<20), "peak-heap-MB")
				}
				sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
				q := func(p float64) float64 {
					return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
				}
				b.ReportMetric(q(0.50), "p50-ms")
				b.ReportMetric(q(0.99), "p99-ms")
				b.ReportMetric(float64(size)/1024, "KB")
			})
		}
	}
}

// heapPeak samples the heap's objects (live and not yet swept) every
// millisecond and keeps the highest.
type heapPeak struct {
	done chan struct{}
	max  chan uint64
}

func (p *heapPeak) start() {
	p.done, p.max = make(chan struct{}), make(chan uint64)
	go func() {
		var hi uint64
		m := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
		t := time.NewTicker(time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-p.done:
				p.max <- hi
				return
			case <-t.C:
				metrics.Read(m)
				hi = max(hi, m[0].Value.Uint64())
			}
		}
	}()
}

func (p *heapPeak) stop() uint64 {
	close(p.done)
	return <-p.max
}

// BenchmarkPages measures the other answers on the same generated store:
// search, the start page, a page of events, a document.
func BenchmarkPages(b *testing.B) {
	n := 2000
	if s := os.Getenv("DOSSIER_BENCH_DOCS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatal(err)
		}
	}
	st, top, _ := benchStore(b, n)
	defer st.Close()
	srv, err := New(Options{Store: st})
	if err != nil {
		b.Fatal(err)
	}
	docs, _, err := st.DocumentPage(context.Background(), 1, n/2)
	if err != nil || len(docs) == 0 {
		b.Fatal(err)
	}
	h := srv.Handler()
	for _, tc := range []struct{ name, path string }{
		{"search-api", "/api/v1/search?q=ashen+circle"},
		{"search-alias", "/api/v1/search?q=" + "AC+Unit+0"},
		{"search-page", "/search?q=copper"},
		{"home", "/"},
		{"events-api", fmt.Sprintf("/api/v1/events?actor=%d&since=2020&limit=50", top)},
		{"events-page", fmt.Sprintf("/events?actor=%d&type=bombing", top)},
		{"document-page", "/documents/" + docs[0].ID},
		{"entities-api", "/api/v1/entities?type=armed_group&limit=20"},
	} {
		b.Run(fmt.Sprintf("docs=%d/%s", n, tc.name), func(b *testing.B) {
			var lat []time.Duration
			for b.Loop() {
				start := time.Now()
				w := httptest.NewRecorder()
				h.ServeHTTP(w, httptest.NewRequest("GET", tc.path, nil))
				lat = append(lat, time.Since(start))
				if w.Code != 200 {
					b.Fatalf("%s: %d %s", tc.path, w.Code, w.Body)
				}
			}
			sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
			b.ReportMetric(float64(lat[len(lat)/2].Microseconds())/1000, "p50-ms")
			b.ReportMetric(float64(lat[min(len(lat)-1, len(lat)*99/100)].Microseconds())/1000, "p99-ms")
		})
	}
}
