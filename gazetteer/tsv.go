package gazetteer

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// maxColumns is the number of columns of the TSV format.
const maxColumns = 11

// record is one parsed TSV line.
type record struct {
	place    Place
	alts     []string
	demonyms []string
}

// Load returns a Gazetteer holding only the places of r, in the TSV format
// described in the package comment.
func Load(r io.Reader) (*Gazetteer, error) {
	g := New()
	if err := g.LoadExtra(r); err != nil {
		return nil, err
	}
	return g, nil
}

// LoadExtra adds the places of r, in the TSV format described in the
// package comment, to g, with their alternate names and demonyms, as Add
// and AddDemonym would. If r holds a malformed line, LoadExtra adds
// nothing and returns an error naming the line.
func (g *Gazetteer) LoadExtra(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return fmt.Errorf("gazetteer: read places: %w", err)
	}
	recs, err := parseTSV(string(b))
	if err != nil {
		return err
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	g.addRecordsLocked(recs, true)
	return nil
}

// addRecordsLocked adds parsed records and ranks the keys they touch.
func (g *Gazetteer) addRecordsLocked(recs []record, user bool) {
	b := g.newBatch(len(recs))
	for i := range recs {
		g.addRecordLocked(&recs[i], user, b)
	}
	g.sortLocked(b)
}

// addRecordLocked adds one parsed record.
func (g *Gazetteer) addRecordLocked(rec *record, user bool, b *batch) {
	g.addLocked(rec.place, rec.alts, user, b)
	for _, d := range rec.demonyms {
		if k := Normalize(d); k != "" {
			g.demonyms[k] = rec.place.Country
		}
	}
}

// errLine wraps a parse error with its line number.
type errLine struct {
	line int
	err  error
}

func (e *errLine) Error() string { return fmt.Sprintf("gazetteer: line %d: %v", e.line, e.err) }
func (e *errLine) Unwrap() error { return e.err }

// ErrFormat is wrapped by the errors of Load and LoadExtra for malformed
// input.
var ErrFormat = errors.New("malformed place")

// parseTSV parses the whole of data. The strings of the records share
// data's memory.
func parseTSV(data string) ([]record, error) {
	recs := make([]record, 0, strings.Count(data, "\n")+1)
	var cols [maxColumns + 1]string
	for n := 1; data != ""; n++ {
		var line string
		line, data, _ = strings.Cut(data, "\n")
		line = strings.TrimSuffix(line, "\r")
		if strings.TrimSpace(line) == "" || line[0] == '#' {
			continue
		}
		rec, err := parseLine(line, cols[:0])
		if err != nil {
			return nil, &errLine{n, err}
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

func parseLine(line string, cols []string) (record, error) {
	for len(cols) <= maxColumns {
		col, rest, more := strings.Cut(line, "\t")
		cols = append(cols, strings.TrimSpace(col))
		if !more {
			break
		}
		line = rest
	}
	switch {
	case len(cols) < 6:
		return record{}, fmt.Errorf("%w: %d columns, want at least 6 (name, kind, country, admin1, lat, lon)", ErrFormat, len(cols))
	case len(cols) > maxColumns:
		return record{}, fmt.Errorf("%w: more than %d columns", ErrFormat, maxColumns)
	}
	for len(cols) < maxColumns {
		cols = append(cols, "")
	}
	name, kindCol, country, admin1, latCol, lonCol, altCol, popCol, demCol, id, capCol :=
		cols[0], cols[1], cols[2], cols[3], cols[4], cols[5], cols[6], cols[7], cols[8], cols[9], cols[10]

	var rec record
	if Normalize(name) == "" {
		return rec, fmt.Errorf("%w: name %q has no letters or digits", ErrFormat, name)
	}
	kind, ok := ParseKind(kindCol)
	if !ok {
		return rec, fmt.Errorf("%w: kind %q is not country, admin1, region or city", ErrFormat, kindCol)
	}
	country = strings.ToUpper(country)
	if country != "" && !isCode(country) {
		return rec, fmt.Errorf("%w: country %q is not a two-letter code", ErrFormat, country)
	}
	if country == "" && (kind == Country || demCol != "") {
		return rec, fmt.Errorf("%w: %s %q has no country code", ErrFormat, kind, name)
	}
	lat, err := parseCoord(latCol, 90)
	if err != nil {
		return rec, fmt.Errorf("%w: latitude: %w", ErrFormat, err)
	}
	lon, err := parseCoord(lonCol, 180)
	if err != nil {
		return rec, fmt.Errorf("%w: longitude: %w", ErrFormat, err)
	}
	pop := 0
	if popCol != "" {
		pop, err = strconv.Atoi(popCol)
		if err != nil || pop < 0 {
			return rec, fmt.Errorf("%w: population %q is not a non-negative integer", ErrFormat, popCol)
		}
	}
	capital, ok := ParseCapital(capCol)
	if !ok || capital != NotCapital && kind != City {
		return rec, fmt.Errorf("%w: capital %q is not empty, admin1 or country for a city", ErrFormat, capCol)
	}
	rec.place = Place{
		Name: name, Kind: kind, Country: country, Admin1: admin1,
		Lat: lat, Lon: lon, Population: pop, ID: id, Capital: capital,
	}
	rec.alts = splitList(altCol)
	rec.demonyms = splitList(demCol)
	return rec, nil
}

// isCode reports whether s is two ASCII capital letters.
func isCode(s string) bool {
	return len(s) == 2 && 'A' <= s[0] && s[0] <= 'Z' && 'A' <= s[1] && s[1] <= 'Z'
}

// parseCoord parses a latitude or longitude of at most limit degrees.
func parseCoord(s string, limit float64) (float64, error) {
	if s == "" {
		return 0, errors.New("missing")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.Abs(v) > limit {
		return 0, fmt.Errorf("%q is not a number of degrees between %g and %g", s, -limit, limit)
	}
	return v, nil
}

// splitList splits a "|"-separated column into its non-empty items.
func splitList(s string) []string {
	if s == "" {
		return nil
	}
	var out []string
	for item := range strings.SplitSeq(s, "|") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}
