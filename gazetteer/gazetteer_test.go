package gazetteer

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
)

// near reports whether two points are within km kilometres.
func near(lat1, lon1, lat2, lon2, km float64) bool {
	const r = 6371
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	a := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2*r*math.Asin(math.Sqrt(a)) <= km
}

func TestBest(t *testing.T) {
	g := Default()
	tests := []struct {
		name     string
		kind     Kind
		country  string
		lat, lon float64 // checked when not both 0
		km       float64
	}{
		{"Kabul", City, "AF", 34.5, 69.2, 20},
		{"Afghanistan", Country, "AF", 33, 65, 300},
		{"Paris", City, "FR", 48.86, 2.35, 10},
		{"Brussels", City, "BE", 50.85, 4.35, 10},
		{"Manchester", City, "GB", 53.48, -2.24, 10},
		{"Mumbai", City, "IN", 19.07, 72.88, 20},
		{"Garissa", City, "KE", -0.45, 39.65, 10},
		{"Mogadishu", City, "SO", 2.04, 45.34, 10},
		{"Muqdisho", City, "SO", 2.04, 45.34, 10},
		{"Vienna", City, "AT", 48.21, 16.37, 10},
		{"Quetta", City, "PK", 30.18, 67.0, 10},
		{"Jalalabad", City, "AF", 34.43, 70.45, 10},
		{"San Salvador", City, "SV", 13.69, -89.19, 10},
		{"Kandahar", City, "AF", 31.61, 65.71, 10},
		{"Helmand", Admin1, "AF", 31.6, 64.2, 150},
		{"Mosul", City, "IQ", 36.34, 43.12, 10},
		{"Falluja", City, "IQ", 33.35, 43.79, 10},
		{"Raqqa", City, "SY", 35.95, 39.01, 10},
		{"Hodeidah", City, "YE", 14.8, 42.95, 10},
		{"Maiduguri", City, "NG", 11.85, 13.16, 10},
		{"Timbuktu", City, "ML", 16.77, -3.0, 10},
		{"Guatemala City", City, "GT", 14.64, -90.51, 10},
		{"Bogota", City, "CO", 4.61, -74.08, 10},
		{"Ayacucho", City, "PE", -13.16, -74.22, 20},
		{"Gaza", City, "PS", 31.5, 34.47, 10},
		{"Waziristan", Region, "PK", 32.6, 69.8, 100},
		{"FATA", Region, "PK", 0, 0, 0},
		{"Sadr City", City, "IQ", 33.39, 44.46, 10},
		{"Burma", Country, "MM", 0, 0, 0},
		{"the Netherlands", Country, "NL", 0, 0, 0},
		{"U.S.", Country, "US", 0, 0, 0},
		{"Britain", Country, "GB", 0, 0, 0},
		{"Georgia", Country, "GE", 0, 0, 0},
		{"Kabul's", City, "AF", 34.5, 69.2, 20},
		{"KABUL", City, "AF", 34.5, 69.2, 20},
		// A designator prefers its kind.
		{"Kabul Province", Admin1, "AF", 34.6, 69.2, 60},
		{"Province of Kabul", Admin1, "AF", 34.6, 69.2, 60},
		{"Kunar province", Admin1, "AF", 34.9, 71.1, 60},
		{"Kandahar city", City, "AF", 31.61, 65.71, 10},
		// A town named like its province is not the province's capital.
		{"Uruzgan", Admin1, "AF", 32.8, 66.3, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, ok := g.Best(tt.name)
			if !ok {
				t.Fatalf("Best(%q) found nothing", tt.name)
			}
			if p.Kind != tt.kind || p.Country != tt.country {
				t.Errorf("Best(%q) = %s %s %s, want %s in %s", tt.name, p.Name, p.Kind, p.Country, tt.kind, tt.country)
			}
			if (tt.lat != 0 || tt.lon != 0) && !near(p.Lat, p.Lon, tt.lat, tt.lon, tt.km) {
				t.Errorf("Best(%q) at %.3f,%.3f, want within %g km of %g,%g", tt.name, p.Lat, p.Lon, tt.km, tt.lat, tt.lon)
			}
		})
	}
}

func TestAfghanProvinces(t *testing.T) {
	g := Default()
	tests := []struct{ name, want string }{
		{"Kunar", "Kunar"}, {"Konar", "Kunar"},
		{"Nangarhar", "Nangarhar"}, {"Nangrahar", "Nangarhar"},
		{"Nuristan", "Nuristan"}, {"Nurestan", "Nuristan"},
		{"Jawzjan", "Jowzjan"}, {"Jowzjan", "Jowzjan"}, {"Jozjan", "Jowzjan"},
		{"Faryab", "Faryab"},
		{"Wardak", "Maidan Wardak"},
		{"Paktya", "Paktia"},
		{"Ghor", "Ghowr"},
		{"Sar-i-Pul", "Sar-e Pol"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var found *Place
			for _, p := range g.Lookup(tt.name) {
				if p.Kind == Admin1 && p.Country == "AF" {
					found = &p
					break
				}
			}
			if found == nil {
				t.Fatalf("Lookup(%q) has no Afghan province: %v", tt.name, g.Lookup(tt.name))
			}
			if found.Name != tt.want {
				t.Errorf("Lookup(%q) province = %q, want %q", tt.name, found.Name, tt.want)
			}
			// Afghanistan lies within 29–39°N, 60–75°E.
			if found.Lat < 29 || found.Lat > 39 || found.Lon < 60 || found.Lon > 75 {
				t.Errorf("%s at %.2f,%.2f is outside Afghanistan", found.Name, found.Lat, found.Lon)
			}
			if best, _ := g.Best(tt.name); best.Kind != Admin1 {
				t.Errorf("Best(%q) = %s %s, want the province", tt.name, best.Name, best.Kind)
			}
		})
	}
}

func TestLookupRanking(t *testing.T) {
	g := Default()
	// Kabul: the capital, then its province, then a village in Israel.
	ps := g.Lookup("Kabul")
	if len(ps) < 2 || ps[0].Kind != City || ps[1].Kind != Admin1 || ps[1].Country != "AF" {
		t.Errorf("Lookup(Kabul) = %v, want the city then the province", ps)
	}
	// Paris: France first, then smaller namesakes by population.
	ps = g.Lookup("Paris")
	if len(ps) < 3 || ps[0].Country != "FR" {
		t.Fatalf("Lookup(Paris) = %v, want Paris, France first", ps)
	}
	for i := 1; i < len(ps); i++ {
		if ps[i].Kind == City && ps[i-1].Kind == City && ps[i].Population > ps[i-1].Population {
			t.Errorf("Lookup(Paris)[%d] %s (%d) ranks after a smaller %s (%d)", i, ps[i].Country, ps[i].Population, ps[i-1].Country, ps[i-1].Population)
		}
	}
	// A country beats a division of the same name.
	ps = g.Lookup("Georgia")
	if len(ps) < 2 || ps[0].Kind != Country || ps[1].Kind != Admin1 || ps[1].Country != "US" {
		t.Errorf("Lookup(Georgia) = %v, want the country then the US state", ps)
	}
	// Unknown names find nothing.
	if ps := g.Lookup("Qwertyuiopville"); ps != nil {
		t.Errorf("Lookup(Qwertyuiopville) = %v, want nil", ps)
	}
	if _, ok := g.Best(""); ok {
		t.Error("Best(\"\") found a place")
	}
}

func TestBestIn(t *testing.T) {
	g := Default()
	tests := []struct {
		name      string
		countries []string
		want      string
	}{
		{"Asadabad", nil, "IR"},
		{"Asadabad", []string{"AF"}, "AF"},
		{"Asadabad", []string{"af"}, "AF"},
		{"Paris", []string{"US", "CA"}, "US"},
		{"Paris", []string{"SO"}, "FR"}, // none in Somalia: the best overall
	}
	for _, tt := range tests {
		if p, ok := g.BestIn(tt.name, tt.countries...); !ok || p.Country != tt.want {
			t.Errorf("BestIn(%q, %v) = %s, %v, want %s", tt.name, tt.countries, p.Country, ok, tt.want)
		}
	}
	if _, ok := g.BestIn("Qwertyuiopville", "AF"); ok {
		t.Error("BestIn found an unknown name")
	}
}

func TestCountry(t *testing.T) {
	g := Default()
	for _, tt := range []struct{ code, name string }{
		{"AF", "Afghanistan"}, {"af", "Afghanistan"}, {"SO", "Somalia"}, {"SV", "El Salvador"}, {"GB", "United Kingdom"},
	} {
		p, ok := g.Country(tt.code)
		if !ok || p.Name != tt.name || p.Kind != Country {
			t.Errorf("Country(%q) = %v, %v, want %s", tt.code, p, ok, tt.name)
		}
	}
	if p, ok := g.Country("XA"); ok {
		t.Errorf("Country(XA) = %v in the embedded data", p)
	}
	for _, tt := range []struct{ name, code string }{
		{"Afghanistan", "AF"}, {"Islamic Republic of Afghanistan", "AF"}, {"Burma", "MM"},
		{"the UK", "GB"}, {"Ivory Coast", "CI"}, {"Côte d'Ivoire", "CI"}, {"Syria", "SY"},
	} {
		p, ok := g.CountryNamed(tt.name)
		if !ok || p.Country != tt.code {
			t.Errorf("CountryNamed(%q) = %v, %v, want %s", tt.name, p, ok, tt.code)
		}
	}
	if p, ok := g.CountryNamed("Kabul"); ok {
		t.Errorf("CountryNamed(Kabul) = %v", p)
	}
}

func TestDemonym(t *testing.T) {
	g := Default()
	tests := []struct{ word, want string }{
		{"Afghan", "AF"}, {"Afghans", "AF"}, {"Pakistani", "PK"}, {"Pakistanis", "PK"},
		{"Somali", "SO"}, {"Nigerian", "NG"}, {"Iraqi", "IQ"}, {"Iraqis", "IQ"}, {"Syrian", "SY"},
		{"Yemeni", "YE"}, {"Kenyan", "KE"}, {"Salvadoran", "SV"}, {"Salvadorean", "SV"},
		{"Colombian", "CO"}, {"Peruvian", "PE"}, {"Guatemalan", "GT"}, {"Malian", "ML"},
		{"American", "US"}, {"Americans", "US"}, {"British", "GB"}, {"French", "FR"},
		{"German", "DE"}, {"Swiss", "CH"}, {"Congolese", "CD"}, {"Saudi", "SA"}, {"AFGHAN", "AF"},
	}
	for _, tt := range tests {
		if got, ok := g.Demonym(tt.word); !ok || got != tt.want {
			t.Errorf("Demonym(%q) = %q, %v, want %q", tt.word, got, ok, tt.want)
		}
	}
	for _, w := range []string{"Kabul", "table", "", "s"} {
		if got, ok := g.Demonym(w); ok {
			t.Errorf("Demonym(%q) = %q, want none", w, got)
		}
	}
}

// TestDemonymConflictsSettled checks that every demonym the country data
// gives to two countries is settled by extraDemonyms.
func TestDemonymConflictsSettled(t *testing.T) {
	recs := embeddedRecords(t, countriesData)
	owners := map[string]map[string]bool{}
	for _, r := range recs {
		for _, d := range r.demonyms {
			k := Normalize(d)
			if owners[k] == nil {
				owners[k] = map[string]bool{}
			}
			owners[k][r.place.Country] = true
		}
	}
	settled := map[string]bool{}
	for w := range extraDemonyms {
		settled[Normalize(w)] = true
	}
	for k, cs := range owners {
		if len(cs) > 1 && !settled[k] {
			t.Errorf("demonym %q is claimed by %v; settle it in extraDemonyms", k, cs)
		}
	}
}

// TestTablesResolve checks that every hand-written variant names places
// that exist, so that no entry is silently dead.
func TestTablesResolve(t *testing.T) {
	g := Default()
	g.mu.RLock()
	defer g.mu.RUnlock()
	for _, v := range variants {
		found := false
		for _, id := range g.index[Normalize(v.name)] {
			p := g.places[id]
			if p.Country == v.country && (v.kind == 0 || p.Kind == v.kind) {
				found = true
			}
		}
		if !found {
			t.Errorf("variant table: no %v named %q in %s", v.kind, v.name, v.country)
		}
	}
	for w, c := range extraDemonyms {
		if _, ok := g.countries[c]; !ok {
			t.Errorf("demonym %q names unknown country %s", w, c)
		}
	}
}

func TestEmbeddedData(t *testing.T) {
	g := Default()
	if n := g.Len(); n < 50000 {
		t.Errorf("Len() = %d, want at least 50000 places", n)
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	ids := map[string]bool{}
	perCountry := map[string]int{}
	for _, p := range g.places {
		if math.Abs(p.Lat) > 90 || math.Abs(p.Lon) > 180 || math.IsNaN(p.Lat) || math.IsNaN(p.Lon) {
			t.Errorf("%s (%s) has coordinates %g,%g", p.Name, p.ID, p.Lat, p.Lon)
		}
		if ids[p.ID] {
			t.Errorf("ID %s is not unique", p.ID)
		}
		ids[p.ID] = true
		if p.Kind == City {
			perCountry[p.Country]++
		}
		if p.Capital != NotCapital && p.Kind != City {
			t.Errorf("%s is a %s and a capital", p.Name, p.Kind)
		}
	}
	for _, c := range []string{"AF", "PK", "IQ", "SY", "SO", "NG", "YE", "KE", "ML", "SV", "GT", "CO", "PE"} {
		if perCountry[c] < 50 {
			t.Errorf("only %d cities in %s", perCountry[c], c)
		}
	}
	for key := range g.index {
		if Normalize(key) != key {
			t.Errorf("index key %q is not normalised", key)
		}
		if words(key)+2 > g.maxWords+2 {
			t.Errorf("key %q longer than MaxWords", key)
		}
	}
}

func TestHasAndMaxWords(t *testing.T) {
	g := Default()
	for _, s := range []string{"Kabul", "Kunar Province", "province of Kunar", "Deir ez-Zor", "San Salvador", "the Netherlands", "Sana'a"} {
		k := Normalize(s)
		if !g.Has(k) {
			t.Errorf("Has(%q) = false", k)
		}
		if w := words(k); w > g.MaxWords() {
			t.Errorf("%q has %d words, more than MaxWords() = %d", k, w, g.MaxWords())
		}
	}
	for _, k := range []string{"", "qwertyuiopville", "province", "the"} {
		if g.Has(k) {
			t.Errorf("Has(%q) = true", k)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { g.Has("kunar province") }); allocs != 0 {
		t.Errorf("Has allocates %v times", allocs)
	}
}

func TestHasPrefix(t *testing.T) {
	g := Default()
	for _, k := range []string{"san", "deir ez", "kunar", "province", "province of", "the", "united", "mazar e"} {
		if !g.HasPrefix(k) {
			t.Errorf("HasPrefix(%q) = false", k)
		}
	}
	for _, k := range []string{"qwertyuiopville", "kunar province of", "kabul police", ""} {
		if g.HasPrefix(k) {
			t.Errorf("HasPrefix(%q) = true", k)
		}
	}
	if allocs := testing.AllocsPerRun(100, func() { g.HasPrefix("deir ez") }); allocs != 0 {
		t.Errorf("HasPrefix allocates %v times", allocs)
	}
	// Growing windows while HasPrefix holds finds the longest name.
	text := strings.Fields("attack near Deir ez Zor province yesterday")
	var found []string
	for i := 0; i < len(text); i++ {
		best := 0
		for n := 1; i+n <= len(text); n++ {
			key := Normalize(strings.Join(text[i:i+n], " "))
			if g.Has(key) && !g.Ambiguous(key) {
				best = n
			}
			if !g.HasPrefix(key) {
				break
			}
		}
		if best > 0 {
			found = append(found, strings.Join(text[i:i+best], " "))
			i += best - 1
		}
	}
	if want := []string{"Deir ez Zor province"}; !slices.Equal(found, want) {
		t.Errorf("scan found %q, want %q", found, want)
	}
}

func TestAmbiguous(t *testing.T) {
	g := Default()
	for _, s := range []string{"Of", "Mobile", "Reading", "Police", "Man", "Bar", "Best", "Said", "Most",
		"Government", "University", "Attack", "Victoria", "Jordan", "US", "Ur"} {
		if !g.Ambiguous(s) {
			t.Errorf("Ambiguous(%q) = false", s)
		}
	}
	for _, s := range []string{"Kabul", "Nangarhar", "Mogadishu", "Afghanistan", "Garissa"} {
		if g.Ambiguous(s) {
			t.Errorf("Ambiguous(%q) = true", s)
		}
	}
	e, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	e.AddAmbiguous("Valdor")
	if !e.Ambiguous("VALDOR") {
		t.Error("AddAmbiguous(Valdor) not reported")
	}
}

const overlay = `# A fictional region for tests.
# name	kind	country	admin1	lat	lon	alternates	population	demonyms	id	capital
Valdoria	country	XA		12.5	41.0	Republic of Valdoria	3000000	Valdorian|Valdorians
Coastal Reach	admin1	XA		12.2	41.5	Coastal Reach Province	900000
Port Valdor	city	XA	Coastal Reach	12.1	41.7	Valdor|Port-Valdor	450000			country
Paris	city	XA	Coastal Reach	12.3	41.2		1000
Lowmarsh	city	xa		12.4	41.1
`

func TestLoadExtra(t *testing.T) {
	g, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	before := g.Len()
	if err := g.LoadExtra(strings.NewReader(overlay)); err != nil {
		t.Fatalf("LoadExtra: %v", err)
	}
	if got := g.Len() - before; got != 5 {
		t.Errorf("LoadExtra added %d places, want 5", got)
	}
	c, ok := g.Country("XA")
	if !ok || c.Name != "Valdoria" || c.Population != 3000000 || c.ID != "user:country:XA:valdoria" {
		t.Errorf("Country(XA) = %+v, %v", c, ok)
	}
	if got, ok := g.Demonym("Valdorians"); !ok || got != "XA" {
		t.Errorf("Demonym(Valdorians) = %q, %v", got, ok)
	}
	p, ok := g.Best("port valdor")
	if !ok || p.Name != "Port Valdor" || p.Admin1 != "Coastal Reach" || p.Lat != 12.1 || p.Capital != CountryCapital {
		t.Errorf("Best(port valdor) = %+v", p)
	}
	if p, _ := g.Best("Coastal Reach Province"); p.Kind != Admin1 {
		t.Errorf("Best(Coastal Reach Province) = %+v", p)
	}
	if p, _ := g.Best("Lowmarsh"); p.Country != "XA" {
		t.Errorf("Best(Lowmarsh) country = %q, want XA upper-cased", p.Country)
	}
	// User places outrank embedded ones of the same tier.
	if p, _ := g.Best("Paris"); p.Country != "XA" {
		t.Errorf("Best(Paris) after overlay = %s, want the user's", p.Country)
	}
	// Default is untouched.
	if p, _ := Default().Best("Paris"); p.Country != "FR" {
		t.Errorf("Default().Best(Paris) = %s after overlaying a copy", p.Country)
	}

	alone, err := Load(strings.NewReader(overlay))
	if err != nil {
		t.Fatal(err)
	}
	if alone.Len() != 5 {
		t.Errorf("Load: Len() = %d, want 5", alone.Len())
	}
	if ps := alone.Lookup("Kabul"); ps != nil {
		t.Errorf("Load: Lookup(Kabul) = %v, want nothing", ps)
	}
}

func TestLoadExtraErrors(t *testing.T) {
	tests := []struct {
		name, line string
	}{
		{"too few columns", "Valdor\tcity\tXA\t\t1"},
		{"too many columns", "Valdor\tcity\tXA\t\t1\t2\t\t\t\t\t\textra"},
		{"no name", "\tcity\tXA\t\t1\t2"},
		{"name without letters", "--\tcity\tXA\t\t1\t2"},
		{"bad kind", "Valdor\tvillage\tXA\t\t1\t2"},
		{"long country", "Valdor\tcity\tXAB\t\t1\t2"},
		{"country without code", "Valdoria\tcountry\t\t\t1\t2"},
		{"demonym without code", "Valdor\tcity\t\t\t1\t2\t\t\tValdorian"},
		{"missing latitude", "Valdor\tcity\tXA\t\t\t2"},
		{"bad latitude", "Valdor\tcity\tXA\t\tnorth\t2"},
		{"latitude out of range", "Valdor\tcity\tXA\t\t91\t2"},
		{"longitude out of range", "Valdor\tcity\tXA\t\t1\t-181"},
		{"NaN", "Valdor\tcity\tXA\t\tNaN\t2"},
		{"negative population", "Valdor\tcity\tXA\t\t1\t2\t\t-5"},
		{"bad capital", "Valdor\tcity\tXA\t\t1\t2\t\t\t\t\tyes"},
		{"capital not a city", "Valdoria\tcountry\tXA\t\t1\t2\t\t\t\t\tcountry"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := New()
			input := "Good\tcity\tXA\t\t1\t2\n\n" + tt.line + "\n"
			err := g.LoadExtra(strings.NewReader(input))
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("LoadExtra(%q) = %v, want ErrFormat", tt.line, err)
			}
			if !strings.Contains(err.Error(), "line 3") {
				t.Errorf("error %q does not name line 3", err)
			}
			if g.Len() != 0 {
				t.Errorf("LoadExtra added %d places despite the error", g.Len())
			}
		})
	}
}

type failReader struct{}

func (failReader) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestLoadReadError(t *testing.T) {
	if _, err := Load(failReader{}); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("Load(failing reader) = %v", err)
	}
}

func TestAdd(t *testing.T) {
	g := New()
	g.Add(Place{Name: "Qarshan", Kind: City, Country: "XB", Lat: 10, Lon: 20, Population: 5}, "Karshan", "Qarshan Town")
	g.Add(Place{Name: "Qarshan", Kind: Admin1, Country: "XB", Lat: 10.5, Lon: 20.5, Population: 50})
	g.AddDemonym("XB", "Qarshani")
	ps := g.Lookup("karshan")
	if len(ps) != 1 || ps[0].Name != "Qarshan" || ps[0].ID != "user:city:XB:qarshan" {
		t.Errorf("Lookup(karshan) = %+v", ps)
	}
	ps = g.Lookup("Qarshan")
	if len(ps) != 2 || ps[0].Kind != Admin1 {
		t.Errorf("Lookup(Qarshan) = %+v, want the bigger division first", ps)
	}
	if c, ok := g.Demonym("Qarshanis"); !ok || c != "XB" {
		t.Errorf("Demonym(Qarshanis) = %q, %v", c, ok)
	}
	if g.MaxWords() != 2+2 {
		t.Errorf("MaxWords() = %d, want 4", g.MaxWords())
	}
}

func TestKindAndCapitalStrings(t *testing.T) {
	for _, k := range []Kind{Country, Admin1, Region, City} {
		if got, ok := ParseKind(strings.ToUpper(k.String())); !ok || got != k {
			t.Errorf("ParseKind(%q) = %v, %v", k.String(), got, ok)
		}
	}
	if Kind(0).String() != "unknown" || Kind(99).String() != "unknown" {
		t.Error("invalid kinds should print as unknown")
	}
	for _, c := range []Capital{NotCapital, Admin1Capital, CountryCapital} {
		if got, ok := ParseCapital(c.String()); !ok || got != c {
			t.Errorf("ParseCapital(%q) = %v, %v", c.String(), got, ok)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	g, err := Load(strings.NewReader(overlay))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 4 {
		wg.Go(func() {
			for j := range 200 {
				g.Add(Place{Name: fmt.Sprintf("Town %d-%d", i, j), Kind: City, Country: "XA", Lat: 1, Lon: 1})
				g.Lookup("Port Valdor")
				g.Has("valdor")
				g.Demonym("Valdorian")
				g.Ambiguous("Valdor")
				g.MaxWords()
			}
		})
	}
	wg.Wait()
	if g.Len() != 5+4*200 {
		t.Errorf("Len() = %d after concurrent adds", g.Len())
	}
}

func TestDefaultIsShared(t *testing.T) {
	if a, b := Default(), Default(); a != b {
		t.Error("Default() returned two gazetteers")
	}
}

// embeddedRecords parses one of the embedded gzipped files.
func embeddedRecords(t testing.TB, data []byte) []record {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := parseTSV(string(b))
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

// FuzzLoadExtra checks that the TSV loader never panics, and that every
// place it accepts can be found again under its name with sane fields.
func FuzzLoadExtra(f *testing.F) {
	f.Add(overlay)
	f.Add("Valdor\tcity\tXA\t\t1\t2")
	f.Add("Valdor\tcity\tXA\t\t1\t2\tA|B||C\t7\t\tid-1\tadmin1\r\n# comment\n\n")
	f.Add("x\tcountry\tXA\t\t-90\t180\t\t\tX|Y\n")
	f.Add("\t\t\t\t\t\t\t\t\t\t\t\t")
	f.Add("Ünïcödé\tCITY\t\tÄdmin\t1e1\t-0x1p-2")
	f.Fuzz(func(t *testing.T, data string) {
		g := New()
		err := g.LoadExtra(strings.NewReader(data))
		if err != nil {
			if !errors.Is(err, ErrFormat) {
				t.Fatalf("LoadExtra error %v does not wrap ErrFormat", err)
			}
			if g.Len() != 0 {
				t.Fatalf("failed LoadExtra added %d places", g.Len())
			}
			return
		}
		recs, err := parseTSV(data)
		if err != nil {
			t.Fatalf("parseTSV failed after LoadExtra succeeded: %v", err)
		}
		if g.Len() != len(recs) {
			t.Fatalf("Len() = %d, want %d", g.Len(), len(recs))
		}
		for _, r := range recs {
			p := r.place
			if math.Abs(p.Lat) > 90 || math.Abs(p.Lon) > 180 || p.Population < 0 {
				t.Fatalf("accepted bad place %+v", p)
			}
			if p.Kind == Country && !isCode(p.Country) {
				t.Fatalf("accepted country without code %+v", p)
			}
			found := false
			for _, q := range g.Lookup(p.Name) {
				if q.Name == p.Name && q.Kind == p.Kind && q.Country == p.Country {
					found = true
				}
			}
			if !found {
				t.Fatalf("place %q not found by its name", p.Name)
			}
			if !g.Has(Normalize(p.Name)) {
				t.Fatalf("Has(%q) = false", Normalize(p.Name))
			}
		}
	})
}

var lookupNames = []string{
	"Kabul", "Kunar Province", "Jalālābād", "Mogadishu", "San Salvador", "Paris", "Deir ez-Zor",
	"Sana'a", "Garissa", "Quetta", "Qwertyuiopville", "Nangrahar", "Brussels", "Maiduguri",
}

func BenchmarkLookup(b *testing.B) {
	g := Default()
	n := 0
	for b.Loop() {
		g.Lookup(lookupNames[n%len(lookupNames)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "lookups/s")
}

func BenchmarkHas(b *testing.B) {
	g := Default()
	keys := make([]string, len(lookupNames))
	for i, s := range lookupNames {
		keys[i] = Normalize(s)
	}
	n := 0
	for b.Loop() {
		g.Has(keys[n%len(keys)])
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "keys/s")
}

func BenchmarkNormalize(b *testing.B) {
	n := 0
	for b.Loop() {
		Normalize(lookupNames[n%len(lookupNames)])
		n++
	}
}

func BenchmarkEmbedded(b *testing.B) {
	for b.Loop() {
		if _, err := Embedded(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(placesData)+len(countriesData)), "embedded-bytes")
}
