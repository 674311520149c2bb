package assemble

import (
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"

	"dossier"
	"dossier/dates"
	"dossier/near"
	"dossier/resolve"
	"dossier/text"
)

// Places maps the names and mention texts of a document's places to the
// place entities, to give its events coordinates.
func Places(x *dossier.Extraction) map[string]*dossier.Entity {
	places := map[string]*dossier.Entity{}
	for i := range x.Entities {
		if e := &x.Entities[i]; e.Type == dossier.Location {
			places[e.Name] = e
			for _, m := range e.Mentions {
				places[m.Text] = e
			}
		}
	}
	return places
}

// EventKey returns what resolution compares of a document's event, with
// the place's first-level division: the place's coordinates (and country,
// when the event has none) from places (see Places), the perpetrator's
// global entity from global (local entity id → global id).
func EventKey(ev *dossier.Event, places map[string]*dossier.Entity, global map[string]int64) (key resolve.EventKey, admin1 string) {
	key = resolve.EventKey{Type: ev.Type, Date: dossier.Deref(ev.Date), Country: dossier.Deref(ev.Country), Location: dossier.Deref(ev.Location)}
	if p := placeOf(places, key.Location); p != nil {
		key.Lat, key.Lon, admin1 = p.Lat, p.Lon, p.Admin1
		if key.Country == "" && p.Country != nil {
			key.Country = *p.Country
		}
	}
	if ev.PerpetratorEntity != nil {
		key.PerpetratorID = global[*ev.PerpetratorEntity]
	}
	return key, admin1
}

// placeOf returns the place entity of an event's location: the place
// named so, or else the place whose longest name the location holds as
// whole words ("Kabul airport", "the market of Tarnow" are placed at
// Kabul and Tarnow).
func placeOf(places map[string]*dossier.Entity, loc string) *dossier.Entity {
	if loc == "" {
		return nil
	}
	if p := places[loc]; p != nil {
		return p
	}
	var best *dossier.Entity
	bestName := ""
	for name, p := range places {
		if len(name) < len(bestName) || len(name) == len(bestName) && name >= bestName || len(name) >= len(loc) {
			continue
		}
		if wholeWordsIn(loc, name) {
			best, bestName = p, name
		}
	}
	return best
}

// wholeWordsIn reports whether s holds sub at word boundaries, ignoring
// case.
func wholeWordsIn(s, sub string) bool {
	ls, lsub := strings.ToLower(s), strings.ToLower(sub)
	for i := 0; ; {
		k := strings.Index(ls[i:], lsub)
		if k < 0 {
			return false
		}
		a, b := i+k, i+k+len(lsub)
		if (a == 0 || !isWordByte(ls[a-1])) && (b == len(ls) || !isWordByte(ls[b])) {
			return true
		}
		i = a + 1
	}
}

// isWordByte reports whether c is an ASCII letter or digit, or part of a
// multi-byte character.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80
}

// DateWindow returns where to look for stored events that may report the
// same attack as an event dated date (not empty): the dates in [lo, hi]
// (within a day, compared as strings), and the partial dates that contain
// it (its month and year; both the year for a month; the date itself
// twice for a year).
func DateWindow(date string) (lo, hi string, partial [2]string) {
	lo, hi = date, date+"~"
	switch len(date) {
	case 10:
		if t, err := time.Parse("2006-01-02", date); err == nil {
			lo, hi = t.AddDate(0, 0, -1).Format("2006-01-02"), t.AddDate(0, 0, 1).Format("2006-01-02")
		}
		partial = [2]string{date[:7], date[:4]}
	case 7:
		partial = [2]string{date[:4], date[:4]}
	default:
		partial = [2]string{date, date}
	}
	return lo, hi, partial
}

// ReportEvidence sets a report's document evidence to its event's first
// evidence.
func ReportEvidence(r *dossier.EventReport) {
	if len(r.Event.Evidence) > 0 {
		r.SourcedFact.Evidence = r.Event.Evidence[0]
	}
}

// Figures sums up the casualty figures of an event record from its
// reports.
func Figures(e *dossier.EventRecord) {
	e.Killed = Figure(e.Reports, func(ev *dossier.Event) (*float64, *float64) { return ev.KilledMin, ev.KilledMax })
	e.Injured = Figure(e.Reports, func(ev *dossier.Event) (*float64, *float64) { return ev.InjuredMin, ev.InjuredMax })
	e.KilledOrInjured = Figure(e.Reports, func(ev *dossier.Event) (*float64, *float64) { return ev.KilledOrInjuredMin, ev.KilledOrInjuredMax })
}

// Figure sums up one casualty count over reports: the latest published
// report that gives one, and the range over all of them. Later reports
// often raise death tolls; the latest is shown first.
func Figure(rs []dossier.EventReport, get func(*dossier.Event) (*float64, *float64)) dossier.Figure {
	var f dossier.Figure
	seen := map[string]bool{}
	sorted := append([]dossier.EventReport(nil), rs...)
	sort.SliceStable(sorted, func(a, b int) bool { return sorted[a].Published < sorted[b].Published })
	for i := range sorted {
		lo, hi := get(&sorted[i].Event)
		if lo == nil && hi == nil {
			continue
		}
		f.LatestMin, f.LatestMax = lo, hi
		seen[fmt.Sprint(orNeg(lo), orNeg(hi))] = true
		for _, v := range []*float64{lo, hi} {
			if v == nil {
				continue
			}
			if f.Low == nil || *v < *f.Low {
				f.Low = ptr(*v)
			}
			if f.High == nil || *v > *f.High {
				f.High = ptr(*v)
			}
		}
	}
	f.Differ = len(seen) > 1
	return f
}

func orNeg(p *float64) float64 {
	if p == nil {
		return -1
	}
	return *p
}

func ptr(v float64) *float64 { return &v }

// Nearest keeps the most similar stored original among the candidates a
// near-copy lookup offers it. The zero Nearest is ready; its Threshold 0
// means near.DefaultThreshold.
type Nearest struct {
	Threshold float64
	ID        string
	Sim       float64
	seq       int64
	seen      map[string]bool
}

// Offer considers a stored document with its ingest order seq and
// signature stored against sig; a document offered twice (through two
// bands) counts once.
func (n *Nearest) Offer(sig []uint64, id string, seq int64, stored []uint64) {
	if n.seen == nil {
		n.seen = map[string]bool{}
	}
	if n.seen[id] {
		return
	}
	n.seen[id] = true
	th := n.Threshold
	if th <= 0 {
		th = near.DefaultThreshold
	}
	sim := near.Similarity(sig, stored)
	if sim < th {
		return
	}
	if n.ID == "" || sim > n.Sim || sim == n.Sim && seq < n.seq {
		n.ID, n.Sim, n.seq = id, sim, seq
	}
}

// WeekdayReport is what WeekdayDate reads of one report of an event: the
// words that gave its date, and its document's publication date.
type WeekdayReport struct {
	DateText  string
	Published string
}

// WeekdayDate dates an event that no report dates: one report names its
// weekday ("on Thursday") but its article has no publication date, and
// another report's article has one. The weekday is resolved against the
// earliest publication date of the event's reports, as the dates package
// resolves it within one article (the most recent such day on or before
// it): the articles about one attack appear within days of it. It returns
// "" when the reports do not give both.
func WeekdayDate(rs []WeekdayReport) string {
	var day string
	var pub dates.Date
	for _, r := range rs {
		if p, ok := dates.ParseISO(r.Published); ok && p.Day != 0 && (pub.IsZero() || p.String() < pub.String()) {
			pub = p
		}
		if day == "" && r.DateText != "" {
			day = r.DateText
		}
	}
	if day == "" || pub.IsZero() {
		return ""
	}
	find := dates.Find
	if !strings.ContainsFunc(day, unicode.IsUpper) {
		find = dates.FindCaseless // from a caseless report
	}
	for _, e := range find(day, text.Tokenize(day, 0, len(day)), pub) {
		if e.Relative && e.Date.Day != 0 {
			return e.Date.String()
		}
	}
	return ""
}
