// Package gazetteer recognises and geolocates place names: countries,
// first-level administrative divisions (provinces, states, governorates),
// a few well-known regions, and populated places.
//
// The embedded data comes from GeoNames (CC BY 4.0) and world-countries
// (ODbL 1.0); see ATTRIBUTION.md. It holds every country, every
// first-level division with inhabited places, every city of 5,000 people
// or more, and every populated place the data has in the conflict zones
// the extractor reads most about (Afghanistan, Pakistan, Iraq, Syria,
// Somalia, Nigeria, Yemen, Kenya, Mali, Central America, Colombia, Peru
// and others). It is rebuilt with "go generate" (see gen/).
//
// # Lookup
//
// Names are matched exactly after Normalize, which ignores case,
// diacritics, apostrophes and punctuation, so "Jalalabad", "Jalālābād" and
// "JALALABAD" are one key. A hand-written table adds common English
// spellings of conflict-zone names ("Jawzjan", "Konar", "Nangrahar").
// Lookup also accepts a trailing or leading designator ("Kunar Province",
// "Kabul city", "Province of Kunar") and prefers places of the designated
// kind. Results are ranked best first: countries, then the other places by
// population, where the capital of a division that shares its name
// ("Kabul" city in Kabul province) goes just before that division.
//
// An extractor grows token windows word by word while HasPrefix holds
// (or tries every window of up to MaxWords words), keeps the longest whose
// Normalize'd text Has accepts, and calls Lookup, Best or BestIn for it.
// Ambiguous reports names that are also common English words or person
// names ("Police", "Reading", "Victoria"), which deserve capitalisation or
// context before they are taken as places.
//
// # TSV format
//
// Load and LoadExtra read UTF-8 text with one place a line and tab-separated
// columns, the last five optional:
//
//	name  kind  country  admin1  lat  lon  alternates  population  demonyms  id  capital
//
// The columns hold:
//   - name: the place's display name; required.
//   - kind: "country", "admin1", "region" or "city" (case-insensitive).
//   - country: ISO 3166-1 alpha-2 code, or a user-assigned code such as
//     "XA" for a fictional country; required for countries, may be empty
//     otherwise.
//   - admin1: the name of the first-level division a city is in; may be
//     empty.
//   - lat, lon: decimal degrees, required (-90..90 and -180..180).
//   - alternates: other names, separated by "|".
//   - population: a non-negative integer; empty means 0. For countries and
//     divisions the embedded data gives the summed population of their
//     places, a measure of importance rather than a census figure.
//   - demonyms: for countries, words for their people or adjectives
//     ("Afghan", "Salvadoran"), separated by "|".
//   - id: a stable identifier; empty means one is made from kind, country
//     and name ("user:city:XA:port valdor").
//   - capital: for cities, "country" for a national capital, "admin1" for
//     the seat of a first-level division, or empty.
//
// Empty lines and lines starting with "#" are ignored. A line whose
// trailing columns are missing is read as if they were empty. For example:
//
//	# name	kind	country	admin1	lat	lon	alternates	population	demonyms
//	Valdoria	country	XA		12.5	41.0	Republic of Valdoria	3000000	Valdorian|Valdorians
//	Coastal Reach	admin1	XA		12.2	41.5	Coastal Reach Province	900000
//	Port Valdor	city	XA	Coastal Reach	12.1	41.7	Valdor|Port-Valdor	450000			country
package gazetteer

import (
	"cmp"
	"slices"
	"strings"
	"sync"
)

// Kind is the kind of a place.
type Kind uint8

// The kinds of places.
const (
	// Country is a country or dependent territory (ISO 3166-1).
	Country Kind = iota + 1
	// Admin1 is a first-level administrative division: a province, state,
	// governorate, region or county, depending on the country.
	Admin1
	// Region is a well-known named area that is not a first-level division
	// ("Waziristan", "Darfur").
	Region
	// City is a populated place: a city, town, village or city district.
	City
)

var kindNames = [...]string{Country: "country", Admin1: "admin1", Region: "region", City: "city"}

// String returns the kind's name as written in the TSV format.
func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "unknown"
}

// ParseKind returns the Kind named s ("country", "admin1", "region" or
// "city", case-insensitive).
func ParseKind(s string) (Kind, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for k, name := range kindNames {
		if name != "" && name == s {
			return Kind(k), true
		}
	}
	return 0, false
}

// Capital is the government a city is the seat of.
type Capital uint8

// The kinds of capitals.
const (
	// NotCapital is a place that is no capital.
	NotCapital Capital = iota
	// Admin1Capital is the seat of a first-level division.
	Admin1Capital
	// CountryCapital is the capital of a country.
	CountryCapital
)

var capitalNames = [...]string{NotCapital: "", Admin1Capital: "admin1", CountryCapital: "country"}

// String returns the capital's name as written in the TSV format: "",
// "admin1" or "country".
func (c Capital) String() string {
	if int(c) < len(capitalNames) {
		return capitalNames[c]
	}
	return "unknown"
}

// ParseCapital returns the Capital named s ("", "admin1" or "country",
// case-insensitive).
func ParseCapital(s string) (Capital, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for c, name := range capitalNames {
		if name == s {
			return Capital(c), true
		}
	}
	return 0, false
}

// Place is a named place.
type Place struct {
	// Name is the place's display name, as the source spells it
	// ("Jalālābād", "Kunar").
	Name string
	// Kind is the kind of place.
	Kind Kind
	// Country is the ISO 3166-1 alpha-2 code of the place's country, or of
	// the country itself; user places may use private codes such as "XA".
	Country string
	// Admin1 is the name of the first-level division a city or region is
	// in; it is empty for countries and divisions and may be empty for
	// others.
	Admin1 string
	// Lat and Lon are the place's latitude and longitude in decimal
	// degrees. For countries and divisions they are a central point.
	Lat, Lon float64
	// Population is the number of inhabitants, 0 if unknown. For countries
	// and divisions of the embedded data it is the sum over their
	// places, a measure of importance rather than a census figure.
	Population int
	// Capital tells whether a city is the seat of government of its
	// country or of its first-level division.
	Capital Capital
	// ID identifies the place stably across runs: "geonames:1138958" for
	// GeoNames places, "geonames-admin1:AF.34" for divisions, the ISO code
	// for countries, "gazetteer:..." for the hand-written places and
	// "user:..." (or the TSV's id column) for places added by the user.
	ID string
}

// entry is a place with what ranking needs to know about it.
type entry struct {
	Place
	admin1Key string // Normalize(Admin1)
	user      bool   // added by Add or LoadExtra rather than embedded
}

// Gazetteer is an index of places by normalised name. Its methods are safe
// for concurrent use.
type Gazetteer struct {
	mu        sync.RWMutex
	places    []entry
	index     map[string][]int32 // key → places, best first
	countries map[string]int32   // ISO code → country place
	admins    map[string]int32   // country + "\x00" + Normalize(name) → Admin1 place
	demonyms  map[string]string  // Normalize(demonym) → ISO code
	ambiguous map[string]bool    // keys of names that are also common words
	prefixes  map[string]bool    // proper word prefixes of keys ("san" of "san salvador")
	maxWords  int                // most words in a key
}

// New returns an empty Gazetteer.
func New() *Gazetteer {
	return &Gazetteer{
		index:     map[string][]int32{},
		countries: map[string]int32{},
		admins:    map[string]int32{},
		demonyms:  map[string]string{},
		ambiguous: map[string]bool{},
		prefixes:  map[string]bool{},
	}
}

// Len returns the number of places in g.
func (g *Gazetteer) Len() int {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return len(g.places)
}

// Add adds p under its Name and the given alternate names. A country
// added with the code of an existing one becomes the answer of Country for
// that code. Places added with Add or LoadExtra rank before embedded places
// of the same tier, so a user's fictional "Port Valdor" wins over a real
// place of that name. An empty p.ID is replaced by one made from the kind,
// country and name.
func (g *Gazetteer) Add(p Place, names ...string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	b := g.newBatch(1)
	g.addLocked(p, names, true, b)
	g.sortLocked(b)
}

// AddDemonym records that the demonyms (words for a country's people or
// adjectives, "Valdorian") refer to the country with the given code.
// Later calls override earlier ones for the same word.
func (g *Gazetteer) AddDemonym(country string, demonyms ...string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, d := range demonyms {
		if k := Normalize(d); k != "" {
			g.demonyms[k] = country
		}
	}
}

// AddAmbiguous marks names as also being common words or person names, so
// that Ambiguous reports them.
func (g *Gazetteer) AddAmbiguous(names ...string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, n := range names {
		if k := Normalize(n); k != "" {
			g.ambiguous[k] = true
		}
	}
}

// batch carries the state of adding many places at once.
type batch struct {
	touched map[string]bool   // keys whose rankings must be redone
	norm    map[string]string // Normalize's results for division names
	slab    []int32           // backing store for new one-place keys
}

// newBatch prepares to add about n places.
func (g *Gazetteer) newBatch(n int) *batch {
	g.places = slices.Grow(g.places, n)
	return &batch{touched: map[string]bool{}, norm: map[string]string{}, slab: make([]int32, 0, n+n/2)}
}

// normAdmin1 returns Normalize(name), remembering the answers, since many
// places share a division.
func (b *batch) normAdmin1(name string) string {
	if name == "" {
		return ""
	}
	k, ok := b.norm[name]
	if !ok {
		k = Normalize(name)
		b.norm[name] = k
	}
	return k
}

// addLocked adds p under its names.
func (g *Gazetteer) addLocked(p Place, names []string, user bool, b *batch) {
	key := Normalize(p.Name)
	if p.ID == "" {
		prefix := "user:"
		if !user {
			prefix = "gazetteer:"
		}
		p.ID = prefix + p.Kind.String() + ":" + p.Country + ":" + key
	}
	id := int32(len(g.places))
	g.places = append(g.places, entry{Place: p, admin1Key: b.normAdmin1(p.Admin1), user: user})
	switch p.Kind {
	case Country:
		g.countries[p.Country] = id
	case Admin1:
		g.admins[p.Country+"\x00"+key] = id
	}
	g.addKeyLocked(id, key, b)
	for _, n := range names {
		g.addKeyLocked(id, Normalize(n), b)
	}
}

// addKeyLocked files place id under key.
func (g *Gazetteer) addKeyLocked(id int32, key string, b *batch) {
	if key == "" {
		return
	}
	ids, ok := g.index[key]
	if !ok {
		if len(b.slab) == cap(b.slab) {
			b.slab = make([]int32, 0, 1024)
		}
		b.slab = append(b.slab, id)
		g.index[key] = b.slab[len(b.slab)-1 : len(b.slab) : len(b.slab)]
		if w := words(key); w > g.maxWords {
			g.maxWords = w
		}
		for i := 0; i < len(key); i++ {
			if key[i] == ' ' {
				g.prefixes[key[:i]] = true
			}
		}
		return
	}
	if slices.Contains(ids, id) {
		return
	}
	g.index[key] = append(ids, id)
	b.touched[key] = true
}

// sortLocked ranks the places of each key the batch touched, best first.
func (g *Gazetteer) sortLocked(b *batch) {
	type scored struct {
		id int32
		s  score
	}
	var buf []scored
	for key := range b.touched {
		ids := g.index[key]
		buf = buf[:0]
		for _, id := range ids {
			buf = append(buf, scored{id, g.score(ids, id)})
		}
		slices.SortFunc(buf, func(x, y scored) int { return g.compare(x.id, y.id, x.s, y.s) })
		for i := range buf {
			ids[i] = buf[i].id
		}
	}
}

// score is what a place ranks by under one key.
type score struct {
	pop  int  // population, or that of the division a seat city dominates
	seat bool // a city that dominates its same-named division
}

// score returns the score of place id among the places ids of one key. A
// capital listed under the same key as its own division ("Kabul",
// "Kandahar", "Lagos") is what a bare name most often means, and ranks
// just before the division; a town that is merely named like its province
// ("Uruzgān" in Oruzgan) does not.
func (g *Gazetteer) score(ids []int32, id int32) score {
	e := &g.places[id]
	if e.Kind != City || e.Capital == NotCapital {
		return score{pop: e.Population}
	}
	adm, ok := g.admins[e.Country+"\x00"+e.admin1Key]
	if !ok || !slices.Contains(ids, adm) {
		return score{pop: e.Population}
	}
	return score{pop: max(e.Population, g.places[adm].Population), seat: true}
}

// compare orders two places found under one key: countries first, then
// user places, then by score, with ties broken by kind, country, name and
// ID so the order is deterministic.
func (g *Gazetteer) compare(a, b int32, sa, sb score) int {
	pa, pb := &g.places[a], &g.places[b]
	if c := cmp.Compare(tier(pa), tier(pb)); c != 0 {
		return c
	}
	if pa.user != pb.user {
		if pa.user {
			return -1
		}
		return 1
	}
	if c := cmp.Compare(sb.pop, sa.pop); c != 0 {
		return c
	}
	if sa.seat != sb.seat {
		if sa.seat {
			return -1
		}
		return 1
	}
	return cmp.Or(
		cmp.Compare(pa.Kind, pb.Kind),
		strings.Compare(pa.Country, pb.Country),
		strings.Compare(pa.Name, pb.Name),
		strings.Compare(pa.ID, pb.ID),
	)
}

func tier(e *entry) int {
	if e.Kind == Country {
		return 0
	}
	return 1
}

// lookupLocked returns the places under key, best first, preferring those
// of kind want (0 for any) when a designator asked for it, and trying the
// key without a designator or leading "the" when it has none itself.
func (g *Gazetteer) lookupLocked(key string) (ids []int32, want Kind) {
	if ids := g.index[key]; len(ids) > 0 {
		return ids, 0
	}
	if rest, ok := strings.CutPrefix(key, "the "); ok {
		if ids := g.index[rest]; len(ids) > 0 {
			return ids, 0
		}
	}
	for _, d := range designators {
		var rest string
		var ok bool
		if d.prefix {
			rest, ok = strings.CutPrefix(key, d.affix)
		} else {
			rest, ok = strings.CutSuffix(key, d.affix)
		}
		if !ok {
			continue
		}
		if ids := g.index[rest]; len(ids) > 0 {
			return ids, d.kind
		}
	}
	return nil, 0
}

// designator is a word that names a kind of place around its name.
type designator struct {
	affix  string // " province", or "province of " when prefix
	prefix bool   // "province of X" rather than "X province"
	kind   Kind   // the kind preferred, or 0 for any
}

// designatorStarts are the words that begin a name with a leading
// designator: "province", "province of", "city", "city of" ...
var designatorStarts = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range designators {
		if d.prefix {
			m[strings.TrimSpace(d.affix)] = true
			m[strings.TrimSuffix(d.affix, " of ")] = true
		}
	}
	return m
}()

var designators = func() []designator {
	var ds []designator
	for _, d := range []struct {
		words string
		kind  Kind
	}{
		{"province provinces governorate state region county department prefecture oblast emirate canton division territory", Admin1},
		{"city town village", City},
		{"district districts municipality area valley", 0},
	} {
		for _, w := range strings.Fields(d.words) {
			ds = append(ds, designator{" " + w, false, d.kind}, designator{w + " of ", true, d.kind})
		}
	}
	return ds
}()

// Lookup returns the places named name, best first, or nil. The match is
// exact after Normalize; a leading "the", a trailing possessive "'s" and a
// designator such as "Province", "Governorate", "City" or "District"
// ("Kunar Province", "Province of Kunar", "Kabul City") are dropped when
// the whole name is not known, and the designated kind is then preferred:
// "Kabul Province" returns the division before the city.
func (g *Gazetteer) Lookup(name string) []Place {
	g.mu.RLock()
	defer g.mu.RUnlock()
	ids, want := g.lookupLocked(Normalize(name))
	if len(ids) == 0 {
		for _, s := range []string{"'s", "’s", "'S", "’S"} {
			if rest, ok := strings.CutSuffix(name, s); ok {
				ids, want = g.lookupLocked(Normalize(rest))
				break
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	out := make([]Place, 0, len(ids))
	if want != 0 {
		for _, id := range ids {
			if g.places[id].Kind == want {
				out = append(out, g.places[id].Place)
			}
		}
	}
	for _, id := range ids {
		if want == 0 || g.places[id].Kind != want {
			out = append(out, g.places[id].Place)
		}
	}
	return out
}

// Best returns the best-ranked place named name, as Lookup orders them.
func (g *Gazetteer) Best(name string) (Place, bool) {
	ps := g.Lookup(name)
	if len(ps) == 0 {
		return Place{}, false
	}
	return ps[0], true
}

// BestIn returns the best-ranked place named name that lies in one of the
// given countries (ISO codes), or Best(name) when none does. An extractor
// passes the countries a document is already known to be about, so that
// "Asadabad" in an article on Kunar is the Afghan town and not the larger
// Iranian one.
func (g *Gazetteer) BestIn(name string, countries ...string) (Place, bool) {
	ps := g.Lookup(name)
	if len(ps) == 0 {
		return Place{}, false
	}
	for _, p := range ps {
		for _, c := range countries {
			if strings.EqualFold(p.Country, c) {
				return p, true
			}
		}
	}
	return ps[0], true
}

// Has reports whether key, a result of Normalize, names a place, allowing
// the designators Lookup allows. It does not allocate, so an extractor can
// test every token window cheaply.
func (g *Gazetteer) Has(key string) bool {
	g.mu.RLock()
	defer g.mu.RUnlock()
	ids, _ := g.lookupLocked(key)
	return len(ids) > 0
}

// HasPrefix reports whether a longer name that begins with key (a result
// of Normalize) followed by more words might be known: key is the start of
// a longer name ("san" of "san salvador"), a name that a designator may
// follow ("kunar" of "kunar province"), or a leading designator
// ("province of"). An extractor can grow a token window word by word while
// HasPrefix holds and keep the longest window for which Has holds, instead
// of trying every window of up to MaxWords words. HasPrefix does not
// allocate.
func (g *Gazetteer) HasPrefix(key string) bool {
	if designatorStarts[key] {
		return true
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	if g.prefixes[key] {
		return true
	}
	ids, _ := g.lookupLocked(key)
	return len(ids) > 0
}

// MaxWords returns the largest number of words in a name that Has can
// accept: the longest key plus two for a designator ("Province of").
func (g *Gazetteer) MaxWords() int {
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.maxWords + 2
}

// Country returns the country with ISO 3166-1 alpha-2 code code (case
// insensitive).
func (g *Gazetteer) Country(code string) (Place, bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	id, ok := g.countries[strings.ToUpper(strings.TrimSpace(code))]
	if !ok {
		return Place{}, false
	}
	return g.places[id].Place, true
}

// CountryNamed returns the best-ranked country named name ("Afghanistan",
// "Islamic Republic of Afghanistan", "Burma", "the UK").
func (g *Gazetteer) CountryNamed(name string) (Place, bool) {
	for _, p := range g.Lookup(name) {
		if p.Kind == Country {
			return p, true
		}
	}
	return Place{}, false
}

// Demonym returns the code of the country whose people or adjective word
// names ("Afghan", "Afghans", "Pakistani", "Salvadoran", "British"). The
// match is after Normalize; a plural "s" is dropped when the word itself is
// not known. Some demonyms are also ethnic groups that live across borders
// ("Tajik", "Uzbek", "Somali"); the answer is the country all the same.
func (g *Gazetteer) Demonym(word string) (country string, ok bool) {
	g.mu.RLock()
	defer g.mu.RUnlock()
	key := Normalize(word)
	if c, ok := g.demonyms[key]; ok {
		return c, true
	}
	if rest, ok := strings.CutSuffix(key, "s"); ok && rest != "" {
		if c, ok := g.demonyms[rest]; ok {
			return c, true
		}
	}
	return "", false
}

// Ambiguous reports whether name is also a common English word or a
// person's name ("Of", "Mobile", "Reading", "Police", "Victoria",
// "Jordan"), or too short to be trusted ("Ur"), so that an extractor
// should require capitalisation or context before taking it for a place.
func (g *Gazetteer) Ambiguous(name string) bool {
	key := Normalize(name)
	if len(key) <= 2 {
		return true
	}
	g.mu.RLock()
	defer g.mu.RUnlock()
	return g.ambiguous[key]
}
