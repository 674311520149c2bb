package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"dossier"
)

func f(v float64) *float64 { return &v }

func sample() []dossier.EventRecord {
	return []dossier.EventRecord{
		{ID: 1, Type: "bombing", Subtype: "suicide bombing", Date: "2024-03-14", Location: "Dornhal", Country: "XA", Admin1: "Saren Province",
			Lat: f(47.05), Lon: f(64.6), Perpetrator: "Northern Wolves", Claimed: true,
			Killed:  dossier.Figure{LatestMin: f(21), LatestMax: f(21), Low: f(12), High: f(21), Differ: true},
			Injured: dossier.Figure{LatestMin: f(40)},
			Reports: []dossier.EventReport{{SourcedFact: dossier.SourcedFact{DocumentID: "abcdef0123456789", Source: "Meridian Wire"},
				Event: dossier.Event{Evidence: []dossier.Evidence{{Text: "A suicide bomber struck the bus station."}}}}}},
		{ID: 2, Type: "kidnapping", Date: "2024-03", Location: "Halvin", Country: "XA", Perpetrator: "Black Orchard"},
		{ID: 3, Type: "attack", Date: "2024", Perpetrator: "Northern Wolves", Killed: dossier.Figure{LatestMin: f(2)}},
	}
}

func TestCSV(t *testing.T) {
	var b bytes.Buffer
	if err := CSV(&b, sample()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 || strings.Join(recs[0], ",") != strings.Join(Columns, ",") {
		t.Fatalf("header or rows wrong: %q", recs)
	}
	row := map[string]string{}
	for i, c := range Columns {
		row[c] = recs[1][i]
	}
	want := map[string]string{"event_id": "1", "event_date": "2024-03-14", "year": "2024", "event_type": "bombing", "actor1": "Northern Wolves",
		"claimed": "true", "latitude": "47.0500", "fatalities": "21", "fatalities_low": "12", "fatalities_high": "21", "injuries": "40",
		"source_count": "1", "sources": "Meridian Wire", "notes": "A suicide bomber struck the bus station."}
	for k, v := range want {
		if row[k] != v {
			t.Errorf("%s = %q, want %q", k, row[k], v)
		}
	}
	if recs[2][Index("latitude")] != "" {
		t.Errorf("an event without coordinates has latitude %q", recs[2][Index("latitude")])
	}
}

// Index returns the position of a CSV column.
func Index(col string) int {
	for i, c := range Columns {
		if c == col {
			return i
		}
	}
	return -1
}

func TestGeoJSON(t *testing.T) {
	var b bytes.Buffer
	if err := GeoJSON(&b, sample()); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Type     string
		Features []struct {
			Geometry *struct {
				Type        string
				Coordinates []float64
			}
			Properties map[string]any
		}
	}
	if err := json.Unmarshal(b.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != 3 {
		t.Fatalf("got %+v", fc)
	}
	g := fc.Features[0].Geometry
	if g == nil || g.Type != "Point" || g.Coordinates[0] != 64.6 || g.Coordinates[1] != 47.05 {
		t.Errorf("geometry = %+v, want Point [lon, lat]", g)
	}
	if fc.Features[1].Geometry != nil {
		t.Errorf("event without coordinates has geometry %+v", fc.Features[1].Geometry)
	}
}

func TestTimelineAndSeverity(t *testing.T) {
	months, undated := Timeline(sample())
	if undated != 1 || len(months) != 1 || months[0].Month != "2024-03" || months[0].Events != 2 || months[0].Killed != 21 || months[0].Injured != 40 {
		t.Errorf("timeline = %+v, undated %d", months, undated)
	}
	rows := Severity(sample(), func(e dossier.EventRecord) string { return e.Perpetrator })
	if len(rows) != 2 || rows[0].Key != "Northern Wolves" {
		t.Fatalf("rows = %+v", rows)
	}
	// 2 incidents + 3×(21+2) fatalities + 0.5×40 injuries
	if got := rows[0].Score; got != 2+3*23+0.5*40 {
		t.Errorf("score = %v", got)
	}
	if rows[1].Hostages != 1 || rows[1].Score != 1.5 {
		t.Errorf("kidnapping row = %+v", rows[1])
	}
}

func TestFormatFigure(t *testing.T) {
	for _, tc := range []struct {
		f    dossier.Figure
		want string
	}{
		{dossier.Figure{}, "-"},
		{dossier.Figure{LatestMin: f(12), LatestMax: f(12)}, "12"},
		{dossier.Figure{LatestMin: f(150)}, "≥150"},
		{dossier.Figure{LatestMin: f(21), LatestMax: f(21), Low: f(12), High: f(21), Differ: true}, "21 (reports: 12–21)"},
	} {
		if got := FormatFigure(tc.f); got != tc.want {
			t.Errorf("FormatFigure(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestResponsibility(t *testing.T) {
	report := func(perp, kind, by string) dossier.EventReport {
		return dossier.EventReport{Event: dossier.Event{Perpetrator: &perp, Responsibility: kind, ResponsibilityBy: by, Claimed: kind == "claimed"}}
	}
	tests := []struct {
		name    string
		reports []dossier.EventReport
		want    string
	}{
		{"none", nil, ""},
		{"claimed", []dossier.EventReport{report("Northern Wolves", "claimed", "")}, "claimed by Northern Wolves"},
		{"blamed and suspected, once each", []dossier.EventReport{
			report("Black Orchard", "blamed", "police"), report("Black Orchard", "blamed", "police"), report("Black Orchard", "suspected", "investigators"),
		}, "Black Orchard blamed by police; Black Orchard suspected by investigators"},
		{"told as a fact", []dossier.EventReport{report("Black Orchard", "stated", "")}, ""},
		{"blamed by no one named", []dossier.EventReport{report("Black Orchard", "blamed", "")}, "Black Orchard blamed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Responsibility(dossier.EventRecord{Reports: tc.reports}); got != tc.want {
				t.Errorf("Responsibility = %q, want %q", got, tc.want)
			}
		})
	}
	// the notes of an export carry it
	e := dossier.EventRecord{ID: 9, Type: "attack", Reports: []dossier.EventReport{report("Black Orchard", "blamed", "police")}}
	var b bytes.Buffer
	if err := CSV(&b, []dossier.EventRecord{e}); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got := recs[1][Index("notes")]; !strings.Contains(got, "Black Orchard blamed by police.") {
		t.Errorf("notes = %q, want the responsibility", got)
	}
}
