package sqlite

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"dossier"
	"dossier/resolve"
)

// eventDoc builds an extraction of one document reporting one attack in
// Dornhal by the Northern Wolves.
func eventDoc(text, published, date, location string, killed float64) *dossier.Extraction {
	lat, lon, cc := 47.05, 64.6, "XA"
	if location != "Dornhal" {
		lat, lon = 49.0, 67.8
	}
	perp := "e1"
	x := &dossier.Extraction{
		Document: dossier.Document{Path: published + ".txt", Text: text, Published: dossier.Str(published)},
		Entities: []dossier.Entity{
			{ID: "e1", Name: "Northern Wolves", Type: dossier.ArmedGroup, Mentions: []dossier.Mention{{Start: 0, End: 15, Text: "Northern Wolves"}}},
			{ID: "e2", Name: location, Type: dossier.Location, Country: &cc, Lat: &lat, Lon: &lon, Mentions: []dossier.Mention{{Start: 0, End: 1, Text: location}}},
		},
		Events: []dossier.Event{{ID: "v1", Type: "bombing", Date: dossier.Str(date), Location: dossier.Str(location), Country: &cc,
			Perpetrator: dossier.Str("Northern Wolves"), PerpetratorEntity: &perp, Claimed: true, KilledMin: &killed, KilledMax: &killed,
			Evidence: []dossier.Evidence{{Start: 0, End: len(text), Text: text}}}},
		Sentences: []dossier.Span{{Start: 0, End: len(text)}},
	}
	x.Document.ID = dossier.TextID(text)
	return x
}

func TestEventsMergeAcrossDocuments(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	docs := []*dossier.Extraction{
		eventDoc("Northern Wolves bombed the Dornhal bus station on Thursday, killing 12.", "2024-03-14", "2024-03-14", "Dornhal", 12),
		eventDoc("Northern Wolves bombing toll rises to 19 in Dornhal.", "2024-03-15", "2024-03-14", "Dornhal", 19),
		// a day apart, as relative dates often are: the same attack
		eventDoc("Northern Wolves attack on a Dornhal station killed 21.", "2024-03-16", "2024-03-13", "Dornhal", 21),
		// another city: another attack
		eventDoc("Northern Wolves bombed a market in Halvin, killing 3.", "2024-03-20", "2024-03-14", "Halvin", 3),
	}
	for _, x := range docs {
		if _, err := st.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	evs, err := st.Events(ctx, dossier.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(evs) != 2 {
		t.Fatalf("%d events, want 2: %+v", len(evs), evs)
	}
	var dornhal dossier.EventRecord
	for _, e := range evs {
		if e.Location == "Dornhal" {
			dornhal = e
		}
	}
	if len(dornhal.Reports) != 3 {
		t.Fatalf("Dornhal bombing has %d reports, want 3", len(dornhal.Reports))
	}
	k := dornhal.Killed
	if k.LatestMin == nil || *k.LatestMin != 21 || *k.Low != 12 || *k.High != 21 || !k.Differ {
		t.Errorf("killed = %+v, want latest 21, range 12–21, differing", k)
	}
	if dornhal.Lat == nil || dornhal.Country != "XA" || !dornhal.Claimed || dornhal.Perpetrator != "Northern Wolves" {
		t.Errorf("merged record = %+v", dornhal)
	}
	for _, tc := range []struct {
		f    dossier.EventFilter
		want int
	}{
		{dossier.EventFilter{Country: "xa"}, 2},
		{dossier.EventFilter{Country: "AF"}, 0},
		{dossier.EventFilter{Since: "2024-03-14"}, 2},
		{dossier.EventFilter{Since: "2024-03-15"}, 0},
		{dossier.EventFilter{Until: "2024-03"}, 2},
		{dossier.EventFilter{Since: "2025"}, 0},
		{dossier.EventFilter{Type: "kidnapping"}, 0},
		{dossier.EventFilter{ActorID: dornhal.PerpetratorID}, 2},
		{dossier.EventFilter{Limit: 1}, 1},
	} {
		got, err := st.Events(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != tc.want {
			t.Errorf("filter %+v: %d events, want %d", tc.f, len(got), tc.want)
		}
	}
}

// TestMergeWithinDocument stores a document whose second entity joins two
// global entities, one of which its first entity had resolved to: the
// first entity's facts must land on the merged entity (a foreign-key
// failure before the fix).
func TestMergeWithinDocument(t *testing.T) {
	ctx := context.Background()
	st, err := Open(ctx, ":memory:", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	mk := func(text string, ents ...dossier.Entity) *dossier.Extraction {
		x := &dossier.Extraction{Document: dossier.Document{Path: "x.txt", Text: text}, Entities: ents, Sentences: []dossier.Span{{Start: 0, End: len(text)}}}
		x.Document.ID = dossier.TextID(text)
		return x
	}
	grp := func(id, name string, aliases ...string) dossier.Entity {
		e := dossier.Entity{ID: id, Name: name, Type: dossier.ArmedGroup, Aliases: aliases, Mentions: []dossier.Mention{{Start: 0, End: 4, Text: "text"}}}
		for _, a := range aliases {
			e.AliasEvidence = append(e.AliasEvidence, dossier.AliasEvidence{Alias: a, How: "stated", Evidence: dossier.Evidence{Start: 0, End: 4, Text: "text"}})
		}
		return e
	}
	for _, x := range []*dossier.Extraction{
		mk("text one about Alpha Front", grp("e1", "Alpha Front")),
		mk("text two about the Ridge Brigade", grp("e1", "Ridge Brigade")),
		mk("text three: Ridge Brigade, also known as Alpha Front", grp("e1", "Ridge Brigade"), grp("e2", "Alpha Front", "Ridge Brigade")),
	} {
		if _, err := st.Put(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	es, err := st.Entities(ctx, dossier.ArmedGroup)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Documents != 3 {
		t.Fatalf("entities = %+v, want one group in 3 documents", es)
	}
}

// TestHotSQL checks that every literal statement run through s.exec or
// s.stmt in a transaction is prepared at Open: one missing is prepared again
// for every document, which costs a third of ingest time.
func TestHotSQL(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("s\\.(?:exec|stmt)\\(ctx, tx, `([^`]*)`")
	hot := map[string]bool{}
	for _, q := range hotSQL {
		hot[q] = true
	}
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range re.FindAllStringSubmatch(string(b), -1) {
			n++
			if !hot[m[1]] {
				t.Errorf("%s: statement not in hotSQL: %.80s", f, m[1])
			}
		}
	}
	if n == 0 {
		t.Fatal("found no statements: the pattern is out of date")
	}
}

// TestNearCells checks that the cells nearCells returns hold every point
// within resolve.MaxPlaceKm of the centre, at any latitude and across the
// date line, and that they are few.
func TestNearCells(t *testing.T) {
	const r = 6371.0
	dest := func(lat, lon, km, bearing float64) (float64, float64) {
		p1, l1, d, b := lat*math.Pi/180, lon*math.Pi/180, km/r, bearing*math.Pi/180
		p2 := math.Asin(math.Sin(p1)*math.Cos(d) + math.Cos(p1)*math.Sin(d)*math.Cos(b))
		l2 := l1 + math.Atan2(math.Sin(b)*math.Sin(d)*math.Cos(p1), math.Cos(d)-math.Sin(p1)*math.Sin(p2))
		lon2 := math.Mod(l2*180/math.Pi+540, 360) - 180
		return p2 * 180 / math.Pi, lon2
	}
	for _, c := range []struct{ lat, lon float64 }{
		{0, 0}, {34.5553, 69.2075}, {44.999, 12.26}, {45.001, -0.249}, {-33.87, 151.21},
		{70.2, 25.5}, {-65, -60}, {0.1, 179.95}, {-12, -179.99}, {89.7, 10},
	} {
		cells := nearCells(c.lat, c.lon)
		in := map[int64]bool{}
		for _, x := range cells {
			in[x] = true
		}
		if len(cells) > 40 && math.Abs(c.lat) < 80 {
			t.Errorf("(%v, %v): %d cells, want a handful", c.lat, c.lon, len(cells))
		}
		for _, km := range []float64{0, 10, resolve.MaxPlaceKm - 0.01} {
			for b := 0.0; b < 360; b += 5 {
				la, lo := dest(c.lat, c.lon, km, b)
				if !in[cellOf(la, lo)] {
					t.Errorf("(%v, %v): point %.1f km at %v° (%.4f, %.4f) in cell %d, not among %v", c.lat, c.lon, km, b, la, lo, cellOf(la, lo), cells)
				}
			}
		}
	}
}

// TestWeekdayDate checks that an attack no report dates takes the weekday
// one report gives, resolved against another report's publication date, in
// whichever order the two are stored.
func TestWeekdayDate(t *testing.T) {
	ctx := context.Background()
	undated := func() *dossier.Extraction {
		x := eventDoc("Northern Wolves bombed the Dornhal bus station on Thursday, killing 12.", "", "", "Dornhal", 12)
		x.Document.Published = nil
		x.Events[0].Date, x.Events[0].DateText = nil, dossier.Str("on Thursday")
		return x
	}
	dated := func() *dossier.Extraction {
		x := eventDoc("The Northern Wolves claimed the Dornhal bus station bombing.", "2024-03-15", "", "Dornhal", 12)
		x.Events[0].Date = nil
		return x
	}
	for _, order := range [][]func() *dossier.Extraction{{undated, dated}, {dated, undated}} {
		st, err := Open(ctx, ":memory:", nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range order {
			if _, err := st.Put(ctx, x()); err != nil {
				t.Fatal(err)
			}
		}
		evs, err := st.Events(ctx, dossier.EventFilter{})
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 1 || evs[0].Date != "2024-03-14" {
			t.Errorf("events %+v, want one on 2024-03-14 (Thursday before Friday 15 March)", evs)
		}
		st.Close()
	}
}
