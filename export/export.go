// Package export writes the knowledge base's events in the formats
// analysts load into other tools: CSV with ACLED/GTD-style columns, JSON,
// and GeoJSON for maps; and sums them up as timelines and severity
// scores.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"dossier"
)

// Columns are the CSV columns, named as ACLED and the Global Terrorism
// Database analysts know them.
var Columns = []string{
	"event_id", "event_date", "year", "event_type", "sub_event_type", "actor1", "claimed",
	"country", "admin1", "location", "latitude", "longitude",
	"fatalities", "fatalities_low", "fatalities_high", "injuries", "injuries_low", "injuries_high",
	"source_count", "sources", "notes",
}

func num(p *float64) string {
	if p == nil {
		return ""
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

// best is the figure an analyst counts: the latest report's lower bound,
// else its upper bound.
func best(f dossier.Figure) *float64 {
	if f.LatestMin != nil {
		return f.LatestMin
	}
	return f.LatestMax
}

func sources(e dossier.EventRecord) (int, string) {
	seen := map[string]bool{}
	var out []string
	for _, r := range e.Reports {
		name := r.SourcedFact.Source
		if name == "" {
			name = r.Title
		}
		if name == "" {
			name = r.DocumentID[:min(10, len(r.DocumentID))]
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return len(out), strings.Join(out, "; ")
}

// notes is the first evidence sentence, after the killed and wounded
// given only together when reports give such a figure.
func notes(e dossier.EventRecord) string {
	var out []string
	if f := e.KilledOrInjured; f.LatestMin != nil || f.LatestMax != nil {
		out = append(out, FormatFigure(f)+" killed or injured (given together).")
	}
	if r := Responsibility(e); r != "" {
		out = append(out, r+".")
	}
	for _, r := range e.Reports {
		if len(r.Event.Evidence) > 0 {
			out = append(out, strings.Join(strings.Fields(r.Event.Evidence[0].Text), " "))
			break
		}
	}
	return strings.Join(out, " ")
}

// Responsibility says who tied the perpetrator to the event and how, over
// its reports: "claimed by X", else "X blamed by police; suspected by
// investigators". It is "" when no report names a perpetrator.
func Responsibility(e dossier.EventRecord) string {
	var parts []string
	seen := map[string]bool{}
	for _, r := range e.Reports {
		if r.Event.Perpetrator == nil || r.Event.Responsibility == "" {
			continue
		}
		var p string
		switch r.Event.Responsibility {
		case "claimed":
			p = "claimed by " + *r.Event.Perpetrator
		case "blamed", "suspected":
			p = *r.Event.Perpetrator + " " + r.Event.Responsibility
			if r.Event.ResponsibilityBy != "" {
				p += " by " + r.Event.ResponsibilityBy
			}
		default:
			continue // told as a fact: the perpetrator column says it
		}
		if !seen[p] {
			seen[p] = true
			parts = append(parts, p)
		}
	}
	if len(parts) > 4 {
		parts = append(parts[:4], fmt.Sprintf("%d more", len(parts)-4))
	}
	return strings.Join(parts, "; ")
}

// Blame says whether a report of the event blames or suspects its
// perpetrator: "blamed" before "suspected", else "".
func Blame(e dossier.EventRecord) string {
	how := ""
	for _, r := range e.Reports {
		switch r.Event.Responsibility {
		case "blamed":
			return "blamed"
		case "suspected":
			how = "suspected"
		}
	}
	return how
}

// CSV writes events as CSV with Columns as the header.
func CSV(w io.Writer, events []dossier.EventRecord) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(Columns); err != nil {
		return err
	}
	for _, e := range events {
		n, src := sources(e)
		year := ""
		if len(e.Date) >= 4 {
			year = e.Date[:4]
		}
		var lat, lon string
		if e.Lat != nil && e.Lon != nil {
			lat, lon = strconv.FormatFloat(*e.Lat, 'f', 4, 64), strconv.FormatFloat(*e.Lon, 'f', 4, 64)
		}
		rec := []string{
			strconv.FormatInt(e.ID, 10), e.Date, year, e.Type, e.Subtype, e.Perpetrator, strconv.FormatBool(e.Claimed),
			e.Country, e.Admin1, e.Location, lat, lon,
			num(best(e.Killed)), num(e.Killed.Low), num(e.Killed.High), num(best(e.Injured)), num(e.Injured.Low), num(e.Injured.High),
			strconv.Itoa(n), src, notes(e),
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// JSON writes events as a JSON array.
func JSON(w io.Writer, events []dossier.EventRecord) error {
	if events == nil {
		events = []dossier.EventRecord{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(events)
}

// GeoJSON writes events as a FeatureCollection of points; an event without
// coordinates has a null geometry.
func GeoJSON(w io.Writer, events []dossier.EventRecord) error {
	type geometry struct {
		Type        string     `json:"type"`
		Coordinates [2]float64 `json:"coordinates"`
	}
	type feature struct {
		Type       string         `json:"type"`
		Geometry   *geometry      `json:"geometry"`
		Properties map[string]any `json:"properties"`
	}
	fc := struct {
		Type     string    `json:"type"`
		Features []feature `json:"features"`
	}{Type: "FeatureCollection", Features: []feature{}}
	for _, e := range events {
		f := feature{Type: "Feature", Properties: map[string]any{
			"event_id": e.ID, "event_date": e.Date, "event_type": e.Type, "sub_event_type": e.Subtype,
			"actor1": e.Perpetrator, "claimed": e.Claimed, "country": e.Country, "admin1": e.Admin1, "location": e.Location,
			"fatalities": best(e.Killed), "injuries": best(e.Injured), "source_count": len(e.Reports),
		}}
		if e.Lat != nil && e.Lon != nil {
			f.Geometry = &geometry{Type: "Point", Coordinates: [2]float64{*e.Lon, *e.Lat}}
		}
		fc.Features = append(fc.Features, f)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(fc)
}

// Month is one month of a timeline.
type Month struct {
	Month    string  `json:"month"` // YYYY-MM
	Events   int     `json:"events"`
	Killed   float64 `json:"killed"`
	Injured  float64 `json:"injured"`
	Undated  bool    `json:"-"`
	EventIDs []int64 `json:"event_ids"`
}

// Timeline counts events, killed and injured per month. Events dated only
// to the year are not in any month; they are counted in the returned
// number.
func Timeline(events []dossier.EventRecord) ([]Month, int) {
	by := map[string]*Month{}
	undated := 0
	for _, e := range events {
		if len(e.Date) < 7 {
			undated++
			continue
		}
		m := by[e.Date[:7]]
		if m == nil {
			m = &Month{Month: e.Date[:7]}
			by[e.Date[:7]] = m
		}
		m.Events++
		if k := best(e.Killed); k != nil {
			m.Killed += *k
		}
		if k := best(e.Injured); k != nil {
			m.Injured += *k
		}
		m.EventIDs = append(m.EventIDs, e.ID)
	}
	var out []Month
	for _, m := range by {
		out = append(out, *m)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].Month < out[b].Month })
	return out, undated
}

// Severity weights, as the Global Terrorism Index publishes them
// (Institute for Economics and Peace, GTI methodology): each incident
// scores 1, each fatality 3, each injury 0.5, each hostage event 0.5.
// (The GTI's property-damage weight is left out: reports rarely value
// damage.)
const (
	WeightIncident = 1.0
	WeightFatality = 3.0
	WeightInjury   = 0.5
	WeightHostage  = 0.5
)

// SeverityRow sums up the events of one group or country.
type SeverityRow struct {
	Key        string  `json:"key"`
	Incidents  int     `json:"incidents"`
	Fatalities float64 `json:"fatalities"`
	Injuries   float64 `json:"injuries"`
	Hostages   int     `json:"hostage_events"`
	Score      float64 `json:"score"`
}

// Severity sums up events by the key function (a perpetrator or a
// country), most severe first. Events whose key is "" are summed under
// "unknown".
func Severity(events []dossier.EventRecord, key func(dossier.EventRecord) string) []SeverityRow {
	by := map[string]*SeverityRow{}
	for _, e := range events {
		k := key(e)
		if k == "" {
			k = "unknown"
		}
		r := by[k]
		if r == nil {
			r = &SeverityRow{Key: k}
			by[k] = r
		}
		r.Incidents++
		if v := best(e.Killed); v != nil {
			r.Fatalities += *v
		}
		if v := best(e.Injured); v != nil {
			r.Injuries += *v
		}
		if e.Type == "kidnapping" || e.Type == "hostage" {
			r.Hostages++
		}
	}
	var out []SeverityRow
	for _, r := range by {
		r.Score = WeightIncident*float64(r.Incidents) + WeightFatality*r.Fatalities + WeightInjury*r.Injuries + WeightHostage*float64(r.Hostages)
		out = append(out, *r)
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].Score != out[b].Score {
			return out[a].Score > out[b].Score
		}
		return out[a].Key < out[b].Key
	})
	return out
}

// FormatFigure writes a casualty figure: the latest report's range, and the
// range over all reports when they differ.
func FormatFigure(f dossier.Figure) string {
	s := rangeText(f.LatestMin, f.LatestMax)
	if s == "" {
		return "-"
	}
	if f.Differ {
		s += fmt.Sprintf(" (reports: %s)", rangeText(f.Low, f.High))
	}
	return s
}

func rangeText(lo, hi *float64) string {
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		return num(lo)
	case lo != nil && hi != nil:
		return num(lo) + "–" + num(hi)
	case lo != nil:
		return "≥" + num(lo)
	case hi != nil:
		return "≤" + num(hi)
	}
	return ""
}
