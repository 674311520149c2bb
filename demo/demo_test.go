package demo

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"html"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode"
)

// article is one article of the corpus as the tests see it: its gold path
// ("file.txt", "file.html" or "file.jsonl#N"), its text and its metadata.
type article struct {
	path      string
	title     string
	published string // YYYY-MM-DD, or "" when the file does not say
	text      string
}

// feedLine is one line of a .jsonl file of the corpus.
type feedLine struct {
	URL       string `json:"url"`
	Title     string `json:"title"`
	Published string `json:"published"`
	Source    string `json:"source"`
	Text      string `json:"text"`
}

var (
	datePrefix  = regexp.MustCompile(`^(\d{4}-\d{2}-\d{2})-`)
	dateHeader  = regexp.MustCompile(`^date (\d{4}-\d{2}-\d{2}) `)
	publishedRe = regexp.MustCompile(`<meta property="article:published_time" content="(\d{4}-\d{2}-\d{2})`)
	titleRe     = regexp.MustCompile(`(?s)<title>(.*?)</title>`)
	articleRe   = regexp.MustCompile(`(?s)<article[ >].*?</article>`)
	scriptRe    = regexp.MustCompile(`(?is)<(script|style)[ >].*?</(script|style)>`)
	tagRe       = regexp.MustCompile(`<[^>]*>`)
	wordRe      = regexp.MustCompile(`[\p{L}\p{N}]+`)
)

// loadArticles reads every article of the corpus.
func loadArticles(t *testing.T) []article {
	t.Helper()
	entries, err := fs.ReadDir(Corpus(), ".")
	if err != nil {
		t.Fatalf("reading corpus: %v", err)
	}
	var arts []article
	for _, e := range entries {
		name := e.Name()
		b, err := fs.ReadFile(Corpus(), name)
		if err != nil {
			t.Fatalf("reading %s: %v", name, err)
		}
		switch path.Ext(name) {
		case ".txt":
			title, body, _ := strings.Cut(string(b), "\n")
			a := article{path: name, title: title, text: string(b)}
			if m := datePrefix.FindStringSubmatch(name); m != nil {
				a.published = m[1]
			}
			if m := dateHeader.FindStringSubmatch(strings.TrimLeft(body, "\n")); m != nil {
				a.published = m[1]
			}
			arts = append(arts, a)
		case ".html":
			a := article{path: name, text: htmlArticleText(string(b))}
			if m := titleRe.FindStringSubmatch(string(b)); m != nil {
				a.title = html.UnescapeString(m[1])
			}
			if m := publishedRe.FindStringSubmatch(string(b)); m != nil {
				a.published = m[1]
			}
			arts = append(arts, a)
		case ".jsonl":
			sc := bufio.NewScanner(bytes.NewReader(b))
			sc.Buffer(nil, 1<<20)
			for n := 1; sc.Scan(); n++ {
				var l feedLine
				if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
					t.Fatalf("%s line %d: %v", name, n, err)
				}
				arts = append(arts, article{
					path:      fmt.Sprintf("%s#%d", name, n),
					title:     l.Title,
					published: l.Published[:min(len(l.Published), 10)],
					text:      l.Text,
				})
			}
			if err := sc.Err(); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
		default:
			t.Errorf("%s: unexpected file type in corpus", name)
		}
	}
	return arts
}

// htmlArticleText is a crude stand-in for the real HTML cleaner: the text of
// the page's <article> element with scripts and tags removed.
func htmlArticleText(page string) string {
	s := articleRe.FindString(page)
	s = scriptRe.ReplaceAllString(s, " ")
	s = tagRe.ReplaceAllString(s, " ")
	return html.UnescapeString(s)
}

func TestCorpusShape(t *testing.T) {
	arts := loadArticles(t)
	if len(arts) < 15 {
		t.Errorf("corpus has %d articles, want at least 15", len(arts))
	}
	formats := map[string]int{}
	for _, a := range arts {
		ext := path.Ext(strings.SplitN(a.path, "#", 2)[0])
		formats[ext]++
		if strings.TrimSpace(a.title) == "" {
			t.Errorf("%s: no title", a.path)
		}
		if n := len(wordRe.FindAllString(a.text, -1)); n < 150 || n > 450 {
			t.Errorf("%s: %d words, want 150 to 450", a.path, n)
		}
	}
	if formats[".html"] < 2 || formats[".jsonl"] < 3 || formats[".txt"] < 10 {
		t.Errorf("formats %v, want at least 2 .html, 3 .jsonl lines and 10 .txt", formats)
	}
}

func TestTxtLayout(t *testing.T) {
	entries, err := fs.ReadDir(Corpus(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if path.Ext(e.Name()) != ".txt" {
			continue
		}
		b, err := fs.ReadFile(Corpus(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		switch {
		case len(lines) < 3:
			t.Errorf("%s: too short", e.Name())
		case strings.TrimSpace(lines[0]) == "" || lines[1] != "" || strings.TrimSpace(lines[2]) == "":
			t.Errorf("%s: want a title line, a blank line, then the body", e.Name())
		}
		if !bytes.HasSuffix(b, []byte("\n")) {
			t.Errorf("%s: no final newline", e.Name())
		}
	}
}

func TestJSONLines(t *testing.T) {
	entries, err := fs.ReadDir(Corpus(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if path.Ext(e.Name()) != ".jsonl" {
			continue
		}
		b, err := fs.ReadFile(Corpus(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
			var l feedLine
			dec := json.NewDecoder(strings.NewReader(line))
			dec.DisallowUnknownFields()
			if err := dec.Decode(&l); err != nil {
				t.Errorf("%s line %d: %v", e.Name(), i+1, err)
				continue
			}
			if l.URL == "" || l.Title == "" || l.Published == "" || l.Source == "" || l.Text == "" {
				t.Errorf("%s line %d: empty field in %+v", e.Name(), i+1, l)
			}
			if _, err := time.Parse("2006-01-02", l.Published[:min(len(l.Published), 10)]); err != nil {
				t.Errorf("%s line %d: published %q: %v", e.Name(), i+1, l.Published, err)
			}
		}
	}
}

func TestHTMLMetadata(t *testing.T) {
	entries, err := fs.ReadDir(Corpus(), ".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if path.Ext(e.Name()) != ".html" {
			continue
		}
		b, err := fs.ReadFile(Corpus(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		page := string(b)
		for _, want := range []string{
			"<title>", `property="article:published_time"`, `property="og:site_name"`,
			`rel="canonical"`, `application/ld+json`, `"datePublished"`, `"publisher"`, "<article", "<nav", "<footer",
		} {
			if !strings.Contains(page, want) {
				t.Errorf("%s: no %s", e.Name(), want)
			}
		}
		// The JSON-LD block must be valid JSON.
		_, rest, _ := strings.Cut(page, `application/ld+json"`)
		_, rest, _ = strings.Cut(rest, ">")
		block, _, _ := strings.Cut(rest, "</script>")
		if !json.Valid([]byte(block)) {
			t.Errorf("%s: JSON-LD block is not valid JSON", e.Name())
		}
	}
}

// place is one row of places.tsv.
type place struct {
	name, kind, country, admin1 string
	lat, lon                    float64
	alt                         []string
}

// parsePlaces parses places.tsv; it is deliberately simple (the real loader
// lives in the gazetteer package).
func parsePlaces(data []byte) ([]place, error) {
	var out []place
	for i, line := range strings.Split(string(data), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 7 {
			return nil, fmt.Errorf("line %d: %d fields, want 7", i+1, len(f))
		}
		lat, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: lat: %w", i+1, err)
		}
		lon, err := strconv.ParseFloat(f[5], 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: lon: %w", i+1, err)
		}
		p := place{name: f[0], kind: f[1], country: f[2], admin1: f[3], lat: lat, lon: lon}
		if f[6] != "" {
			p.alt = strings.Split(f[6], "|")
		}
		out = append(out, p)
	}
	return out, nil
}

func TestPlaces(t *testing.T) {
	places, err := parsePlaces(Places())
	if err != nil {
		t.Fatalf("places.tsv: %v", err)
	}
	admin1 := map[string]string{} // province name -> country
	countries := map[string]bool{}
	for _, p := range places {
		switch p.kind {
		case "country":
			countries[p.country] = true
		case "admin1":
			admin1[p.name] = p.country
		}
	}
	seenName := map[string]bool{}
	seenCoord := map[[2]float64]string{}
	for _, p := range places {
		if p.name == "" || seenName[p.name] {
			t.Errorf("%q: empty or repeated name", p.name)
		}
		seenName[p.name] = true
		if !slices.Contains([]string{"XA", "XB", "XC"}, p.country) {
			t.Errorf("%s: country %q is not a user-assigned code XA..XC", p.name, p.country)
		}
		if !countries[p.country] {
			t.Errorf("%s: no country row for %s", p.name, p.country)
		}
		switch p.kind {
		case "country", "admin1":
			if p.admin1 != "" {
				t.Errorf("%s: admin1 set on a %s", p.name, p.kind)
			}
		case "city":
			if admin1[p.admin1] != p.country {
				t.Errorf("%s: admin1 %q is not a province of %s", p.name, p.admin1, p.country)
			}
		default:
			t.Errorf("%s: kind %q", p.name, p.kind)
		}
		if p.lat < 40 || p.lat > 55 || p.lon < 55 || p.lon > 80 {
			t.Errorf("%s: %v,%v outside the region", p.name, p.lat, p.lon)
		}
		c := [2]float64{p.lat, p.lon}
		if other, ok := seenCoord[c]; ok {
			t.Errorf("%s: same coordinates as %s", p.name, other)
		}
		seenCoord[c] = p.name
		for _, a := range p.alt {
			if strings.TrimSpace(a) == "" {
				t.Errorf("%s: empty altname", p.name)
			}
		}
	}
}

// goldLine is one line of gold.jsonl.
type goldLine struct {
	ID         string      `json:"id"`
	Path       string      `json:"path"`
	URL        *string     `json:"url"`
	Title      string      `json:"title"`
	Published  *string     `json:"published"`
	Publisher  string      `json:"publisher"`
	Aliases    [][]string  `json:"aliases"`
	OrgAliases [][]string  `json:"org_aliases"`
	Events     []goldEvent `json:"events"`
	Claims     []goldClaim `json:"claims"`
	Note       string      `json:"note"`
}

type goldEvent struct {
	Type                  string   `json:"type"`
	Subtype               *string  `json:"subtype"`
	Date                  *string  `json:"date"`
	Location              string   `json:"location"`
	Country               *string  `json:"country"`
	Perpetrator           *string  `json:"perpetrator"`
	Claimed               bool     `json:"claimed"`
	KilledMin             *float64 `json:"killed_min"`
	KilledMax             *float64 `json:"killed_max"`
	InjuredMin            *float64 `json:"injured_min"`
	InjuredMax            *float64 `json:"injured_max"`
	CombinedCasualtiesMin *float64 `json:"combined_casualties_min"`
	Note                  string   `json:"note"`
}

type goldClaim struct {
	Subject   string   `json:"subject"`
	Predicate string   `json:"predicate"`
	Value     *string  `json:"value"`
	Min       *float64 `json:"min"`
	Max       *float64 `json:"max"`
	Unit      *string  `json:"unit"`
	Time      *string  `json:"time"`
	Source    *string  `json:"source"`
	Hedge     string   `json:"hedge"`
	Founder   *string  `json:"founder"`
	Former    bool     `json:"former"`
	Note      string   `json:"note"`
}

var (
	eventTypes = []string{"bombing", "attack", "kidnapping", "arson", "hostage", "robbery", "other"}
	predicates = []string{"leader", "strength", "founded", "affiliated_with", "rival_of", "operates_in",
		"controls", "formed_from", "attack_count", "targets", "ranking"}
	hedges    = []string{"stated", "reported", "estimated", "believed", "claimed", "disputed"}
	partDate  = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)
	timeRange = regexp.MustCompile(`^\d{4}(-\d{2})?(\.\.\d{4}(-\d{2})?)?$`)
)

// norm reduces a name to lowercase letters and digits, as the scorer does.
func norm(s string) string {
	return strings.ToLower(strings.Join(wordRe.FindAllString(s, -1), ""))
}

func TestGold(t *testing.T) {
	arts := map[string]article{}
	for _, a := range loadArticles(t) {
		arts[a.path] = a
	}
	covered := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(Gold()))
	dec.DisallowUnknownFields()
	for n := 1; dec.More(); n++ {
		var g goldLine
		if err := dec.Decode(&g); err != nil {
			t.Fatalf("gold.jsonl line %d: %v", n, err)
		}
		// gold paths are relative to the gold file, beside the corpus folder
		g.Path = strings.TrimPrefix(g.Path, "corpus/")
		a, ok := arts[g.Path]
		if !ok {
			t.Errorf("gold %s: path %q is not an article of the corpus", g.ID, g.Path)
			continue
		}
		if covered[g.Path] {
			t.Errorf("gold %s: second line for %s", g.ID, g.Path)
		}
		covered[g.Path] = true
		file, frag, _ := strings.Cut(g.Path, "#")
		wantID := strings.TrimSuffix(file, path.Ext(file))
		if frag != "" {
			wantID += "-" + frag
		}
		if g.ID != wantID {
			t.Errorf("gold %s: id, want %q (from path %q)", g.ID, wantID, g.Path)
		}
		if g.Title != a.title && !strings.HasPrefix(a.title, g.Title) {
			t.Errorf("gold %s: title %q, article has %q", g.ID, g.Title, a.title)
		}
		if pub := deref(g.Published); pub != a.published {
			t.Errorf("gold %s: published %q, article has %q", g.ID, pub, a.published)
		}
		// Every name the gold uses must be written in the article (up to
		// case and punctuation), so that annotations cannot drift from text.
		text := norm(a.text)
		has := func(what, s string) {
			if !strings.Contains(text, norm(s)) {
				t.Errorf("gold %s: %s %q not in the text", g.ID, what, s)
			}
		}
		canon := map[string]bool{}
		for _, set := range append(slices.Clone(g.Aliases), g.OrgAliases...) {
			if len(set) < 2 {
				t.Errorf("gold %s: alias set %q has fewer than 2 names", g.ID, set)
			}
			canon[set[0]] = true
			for _, name := range set {
				has("alias", name)
			}
		}
		for _, e := range g.Events {
			if !slices.Contains(eventTypes, e.Type) {
				t.Errorf("gold %s: event type %q", g.ID, e.Type)
			}
			if e.Date != nil && !partDate.MatchString(*e.Date) {
				t.Errorf("gold %s: event date %q", g.ID, *e.Date)
			}
			has("location", e.Location)
			if e.Perpetrator != nil {
				has("perpetrator", *e.Perpetrator)
			}
			checkRange(t, g.ID, "killed", e.KilledMin, e.KilledMax)
			checkRange(t, g.ID, "injured", e.InjuredMin, e.InjuredMax)
		}
		for _, c := range g.Claims {
			if !slices.Contains(predicates, c.Predicate) {
				t.Errorf("gold %s: predicate %q", g.ID, c.Predicate)
			}
			if !slices.Contains(hedges, c.Hedge) {
				t.Errorf("gold %s: hedge %q", g.ID, c.Hedge)
			}
			has("claim subject", c.Subject)
			if c.Value == nil && c.Min == nil && c.Max == nil {
				t.Errorf("gold %s: claim %s %s has neither value nor numbers", g.ID, c.Subject, c.Predicate)
			}
			for _, s := range []*string{c.Value, c.Source, c.Founder} {
				if s != nil {
					has("claim "+c.Predicate+" field", *s)
				}
			}
			if c.Time != nil && !timeRange.MatchString(*c.Time) {
				t.Errorf("gold %s: claim time %q", g.ID, *c.Time)
			}
			checkRange(t, g.ID, c.Predicate, c.Min, c.Max)
		}
	}
	for p := range arts {
		if !covered[p] {
			t.Errorf("article %s has no gold line", p)
		}
	}
}

func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func checkRange(t *testing.T, id, what string, lo, hi *float64) {
	t.Helper()
	if lo != nil && hi != nil && *lo > *hi {
		t.Errorf("gold %s: %s min %v > max %v", id, what, *lo, *hi)
	}
	if (lo != nil && *lo < 0) || (hi != nil && *hi < 0) {
		t.Errorf("gold %s: negative %s", id, what)
	}
}

func TestExactDuplicatePresent(t *testing.T) {
	seen := map[string]string{}
	entries, err := fs.ReadDir(Corpus(), ".")
	if err != nil {
		t.Fatal(err)
	}
	dups := 0
	for _, e := range entries {
		b, err := fs.ReadFile(Corpus(), e.Name())
		if err != nil {
			t.Fatal(err)
		}
		if _, ok := seen[string(b)]; ok {
			dups++
		}
		seen[string(b)] = e.Name()
	}
	if dups != 1 {
		t.Errorf("corpus has %d byte-identical duplicate files, want exactly 1 (for dedup)", dups)
	}
}

// runLen is the length of word runs that must not be shared with outside
// text.
const runLen = 12

// TestNoOutsideText guards the rule that text from outside stays outside:
// no run of 12 words of any article may appear in the shared directory of
// real articles and gold data. The directory is read from $DOSSIER_SHARED,
// else /work/shared; the test is skipped when it does not exist.
func TestNoOutsideText(t *testing.T) {
	dir := os.Getenv("DOSSIER_SHARED")
	if dir == "" {
		dir = "/work/shared"
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no shared directory at %s", dir)
	}
	hits, err := sharedRuns(dir, loadArticles(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hits {
		t.Error(h)
	}
}

// TestSharedRunsDetects checks that the guard above finds a copied run
// whatever its case and punctuation, and ignores a shorter one.
func TestSharedRunsDetects(t *testing.T) {
	arts := []article{{path: "a.txt", text: "One two three four five six seven eight nine ten eleven twelve thirteen."}}
	dir := t.TempDir()
	files := map[string]string{
		"copied.txt":  "Before: ONE two, three-four five six seven eight nine ten eleven twelve; after.",
		"shorter.txt": "two three four five six seven eight nine ten eleven twelve",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	hits, err := sharedRuns(dir, arts)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 1 || !strings.Contains(hits[0], "copied.txt") {
		t.Errorf("hits = %q, want one hit in copied.txt", hits)
	}
}

// sharedRuns reports every run of runLen words of arts that also appears in
// a file under dir. It hashes every run of the articles, then rolls the same
// hash over the files and confirms each hit word by word.
func sharedRuns(dir string, arts []article) ([]string, error) {
	ours := map[uint64][]string{} // run hash -> "path: run"
	for _, a := range arts {
		words := splitWords(a.title + "\n" + a.text)
		for i, h := range runHashes(words) {
			ours[h] = append(ours[h], a.path+": "+strings.Join(words[i:i+runLen], " "))
		}
	}
	var hits []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !d.Type().IsRegular() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		words := splitWords(string(b))
		for i, h := range runHashes(words) {
			cands, ok := ours[h]
			if !ok {
				continue
			}
			run := strings.Join(words[i:i+runLen], " ")
			for _, c := range cands {
				if strings.HasSuffix(c, ": "+run) {
					hits = append(hits, fmt.Sprintf("%s: these words also appear in %s", c, p))
				}
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", dir, err)
	}
	return hits, nil
}

// splitWords returns the lowercased runs of letters and digits of s.
func splitWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// runHashes returns, for each i, a hash of words[i:i+runLen], rolled along
// the slice in one pass.
func runHashes(words []string) []uint64 {
	if len(words) < runLen {
		return nil
	}
	const base = 1099511628211
	var pow uint64 = 1 // base^(runLen-1)
	for range runLen - 1 {
		pow *= base
	}
	hs := make([]uint64, len(words))
	for i, w := range words {
		hs[i] = wordHash(w)
	}
	out := make([]uint64, 0, len(words)-runLen+1)
	var h uint64
	for i := range words {
		if i >= runLen {
			h -= hs[i-runLen] * pow
		}
		h = h*base + hs[i]
		if i >= runLen-1 {
			out = append(out, h)
		}
	}
	return out
}

// wordHash is FNV-1a of w.
func wordHash(w string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(w); i++ {
		h ^= uint64(w[i])
		h *= 1099511628211
	}
	return h
}
