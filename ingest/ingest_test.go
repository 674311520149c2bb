package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// docView is the part of a document the golden files record.
type docView struct {
	ID        string  `json:"id"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	Source    *string `json:"source"`
	Dateline  *string `json:"dateline"`
	Language  string  `json:"language"`
	Format    string  `json:"format"`
	Signed    bool    `json:"signed"`
	Text      string  `json:"text"`
}

type parseView struct {
	Docs   []docView `json:"docs"`
	Errors []string  `json:"errors"`
}

// TestGolden parses every file of testdata/corpus and compares the result
// with testdata/golden/NAME.json. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/corpus/*")
	if err != nil || len(files) == 0 {
		t.Fatal("no corpus", err)
	}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			docs, err := Parse(path, data)
			var v parseView
			for _, d := range docs {
				checkDoc(t, d)
				v.Docs = append(v.Docs, docView{d.ID, d.URL, d.Title, d.Published, d.Source, d.Dateline, d.Language, d.Format, d.Signature != nil, d.Text})
			}
			for _, e := range Errors(err) {
				v.Errors = append(v.Errors, e.Error())
			}
			got, _ := json.MarshalIndent(v, "", "  ")
			golden := filepath.Join("testdata", "golden", filepath.Base(path)+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(bytes.TrimSpace(want), got) {
				t.Errorf("Parse(%s) differs from %s; got:\n%s", path, golden, got)
			}
		})
	}
}

var dateRe = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// checkDoc checks the invariants every parsed document keeps.
func checkDoc(t *testing.T, d *dossier.Document) {
	t.Helper()
	if d == nil {
		t.Fatal("nil document")
	}
	if !utf8.ValidString(d.Text) {
		t.Fatalf("text is not valid UTF-8: %q", d.Text)
	}
	if d.Text == "" {
		t.Fatal("empty text")
	}
	if d.ID != dossier.TextID(d.Text) {
		t.Fatalf("ID %s is not TextID of the text", d.ID)
	}
	if c := Clean(d.Text); c != d.Text {
		t.Fatalf("text is not clean:\n%q\nClean:\n%q", d.Text, c)
	}
	for name, p := range map[string]*string{"url": d.URL, "title": d.Title, "published": d.Published, "source": d.Source, "dateline": d.Dateline} {
		if p != nil && (*p == "" || !utf8.ValidString(*p) || strings.ContainsAny(*p, "\n\r")) {
			t.Fatalf("%s = %q: empty, multi-line or invalid", name, *p)
		}
	}
	if d.Published != nil && !dateRe.MatchString(*d.Published) {
		t.Fatalf("published %q is not YYYY-MM-DD", *d.Published)
	}
}

// TestSeeds checks the metadata of the real seed articles, when present.
// They are read in place, never copied into the repository.
func TestSeeds(t *testing.T) {
	dir := "/work/shared/seeds"
	if _, err := os.Stat(dir); err != nil {
		t.Skip("seed articles not available")
	}
	find := func(prefix string) string {
		m, _ := filepath.Glob(filepath.Join(dir, prefix+"_*.txt"))
		if len(m) != 1 {
			t.Fatalf("seed %s not found", prefix)
		}
		return m[0]
	}
	parse := func(path string) *dossier.Document {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		docs, err := Parse(path, data)
		if err != nil || len(docs) != 1 {
			t.Fatalf("Parse(%s) = %d docs, %v", path, len(docs), err)
		}
		checkDoc(t, docs[0])
		return docs[0]
	}
	d := parse(find("000"))
	// the title is the article's headline, its first line (read from the
	// seed, not written here: outside text stays outside)
	raw, err := os.ReadFile(find("000"))
	if err != nil {
		t.Fatal(err)
	}
	headline := strings.TrimSpace(strings.SplitN(strings.TrimSpace(string(raw)), "\n", 2)[0])
	if got := dossier.Deref(d.Title); got != headline || !strings.HasSuffix(got, "?") {
		t.Errorf("000 title = %q, want the headline %q", got, headline)
	}
	if got := dossier.Deref(d.Source); got != "MENA Research and Study Center" {
		t.Errorf("000 source = %q", got)
	}
	if d.Language != "en" {
		t.Errorf("000 language = %q", d.Language)
	}
	d = parse(find("004"))
	if got := dossier.Deref(d.Published); got != "2021-08-27" {
		t.Errorf("004 published = %q", got)
	}
	if got := dossier.Deref(d.Dateline); got != "Kabul" {
		t.Errorf("004 dateline = %q", got)
	}
	if d.Title != nil {
		t.Errorf("004 title = %q, want none", *d.Title)
	}
}

func TestMetadata(t *testing.T) {
	const body = "Officials said the attack began before dawn and lasted for several hours, and that the wounded were taken to the provincial hospital by the army."
	isPlace := func(s string) bool { return s == "Ostrel" || s == "Varnok" || s == "Tesk" }
	tests := []struct {
		name                               string
		text                               string
		opt                                Options
		title, published, dateline, source string
	}{
		{name: "title and AP dateline",
			text:  "Gunmen attack checkpoint in Varnok\n\nVARNOK, Esteria (AP) — " + body,
			title: "Gunmen attack checkpoint in Varnok", dateline: "Varnok", source: "Associated Press"},
		{name: "Reuters dateline with date",
			text:     "MOGADISHU, Oct 16 (Reuters) - " + body,
			dateline: "Mogadishu", source: "Reuters"},
		{name: "AFP multiword",
			text:     "DERA ISMAIL KHAN, Pakistan (AFP) -- " + body,
			dateline: "Dera Ismail Khan", source: "AFP"},
		{name: "caps colon",
			text:     "QUETTA: " + body,
			dateline: "Quetta"},
		{name: "caps em dash",
			text:     "LONDON — " + body,
			dateline: "London"},
		{name: "caps hyphenated",
			text:     "AL-MUKALLA, Yemen: " + body,
			dateline: "Al-Mukalla"},
		{name: "not a dateline: title case word",
			text: "However: " + body},
		{name: "not a dateline: label",
			text: "UPDATE: " + body},
		{name: "not a dateline: acronym with hyphen",
			text: "ISIS- Khorasan fighters " + body},
		{name: "not a dateline: caps vetoed by IsPlace",
			text: "NOTICE: " + body, opt: Options{IsPlace: isPlace}},
		{name: "title case accepted by IsPlace",
			text: "Ostrel: " + body, opt: Options{IsPlace: isPlace}, dateline: "Ostrel"},
		{name: "date marker then place",
			text:      "date 2031-06-02 Ostrel: " + body,
			published: "2031-06-02", dateline: "Ostrel"},
		{name: "Date label then place",
			text:      "Date: 2 June 2031 Varnok: " + body,
			published: "2031-06-02", dateline: "Varnok"},
		{name: "published label",
			text:  "Brigade claims raid\n\nPublished: 12 March 2019\n\n" + body,
			title: "Brigade claims raid", published: "2019-03-12"},
		{name: "published beats updated",
			text:      "Updated: March 14, 2019 10:30 GMT\nPublished: March 12, 2019\n\n" + body,
			published: "2019-03-12"},
		{name: "byline with date",
			text:  "Raid on depot\n\nBy Mira Castellan | 12 Mar. 2019\n\nTESK — " + body,
			title: "Raid on depot", published: "2019-03-12", dateline: "Tesk"},
		{name: "ISO date line",
			text:  "Raid on depot\n\n2019-03-12T08:15:00Z\n\n" + body,
			title: "Raid on depot", published: "2019-03-12"},
		{name: "place and date line",
			text:      "Varnok, March 12th, 2019\n\n" + body,
			published: "2019-03-12"},
		{name: "date alone is not a title",
			text:      "12 March 2019\n\n" + body,
			published: "2019-03-12"},
		{name: "date inside the body is not the publication date",
			text:  "Raid on depot\n\nThe attack of 12 March 2019 was the worst in years, and " + body,
			title: "Raid on depot"},
		{name: "impossible date",
			text: "Published: 31 April 2019\n\n" + body},
		{name: "Markdown heading",
			text:  "# Brigade claims raid\n\n" + body,
			title: "Brigade claims raid"},
		{name: "title ending with period is a sentence",
			text: "Six people died.\n\n" + body},
		{name: "long first line is not a title",
			text: strings.Repeat("word ", 50) + "\n\n" + body},
		{name: "first line without blank after",
			text: "Gunmen attack checkpoint\n" + body},
		{name: "rights reserved",
			text:  "Who leads the Heron Front?\n\n" + body + "\n\nAll publishing rights and copyrights reserved to Esterian Policy Forum.",
			title: "Who leads the Heron Front?", source: "Esterian Policy Forum"},
		{name: "copyright sign",
			text:   body + "\n\n© 2031 Northern Ledger",
			source: "Northern Ledger"},
		{name: "copyright word with all rights reserved",
			text:   body + "\n\nCopyright 2030-2031 Tesk Courier Ltd. All rights reserved.",
			source: "Tesk Courier Ltd"},
		{name: "copyright beats agency",
			text:     "VARNOK (Reuters) - " + body + "\n\nCopyright © 2031 Daily Lantern, all rights reserved",
			dateline: "Varnok", source: "Daily Lantern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &dossier.Document{Text: Clean(tt.text)}
			tt.opt.Metadata(d)
			for _, f := range []struct{ name, got, want string }{
				{"title", dossier.Deref(d.Title), tt.title},
				{"published", dossier.Deref(d.Published), tt.published},
				{"dateline", dossier.Deref(d.Dateline), tt.dateline},
				{"source", dossier.Deref(d.Source), tt.source},
			} {
				if f.got != f.want {
					t.Errorf("%s = %q, want %q", f.name, f.got, f.want)
				}
			}
			if d.Language != "en" {
				t.Errorf("language = %q, want en", d.Language)
			}
		})
	}
}

func TestMetadataKeepsGiven(t *testing.T) {
	d := &dossier.Document{
		Text:      "Headline in text\n\nPublished: 12 March 2019\n\nVARNOK (AP) — The rest of it.",
		Title:     dossier.Str("Given title"),
		Published: dossier.Str("2020-01-01"),
		Source:    dossier.Str("Given source"),
		Language:  "fr",
	}
	Metadata(d)
	if *d.Title != "Given title" || *d.Published != "2020-01-01" || *d.Source != "Given source" || d.Language != "fr" {
		t.Errorf("Metadata overwrote given fields: %q %q %q %q", *d.Title, *d.Published, *d.Source, d.Language)
	}
	if dossier.Deref(d.Dateline) != "Varnok" {
		t.Errorf("dateline = %q, want Varnok", dossier.Deref(d.Dateline))
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Les combattants de la brigade ont attaqué le poste de police pendant la nuit, selon les autorités locales qui ont confirmé six morts.", "fr"},
		{"Los combatientes de la brigada atacaron el puesto de policía durante la noche, según las autoridades locales, que confirmaron seis muertos.", "es"},
		{"Боевики атаковали полицейский пост ночью, сообщили местные власти, подтвердившие гибель шести человек.", "ru"},
		{"Six dead.", "en"}, // too short to be sure, but ASCII
	}
	for _, tt := range tests {
		if got := language(tt.text); got != tt.want {
			t.Errorf("language(%.30q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestClean(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"newlines", "a\r\nb\rc\u2028d", "a\nb\nc\nd"},
		{"trailing spaces", "a  \t\nb\u00a0\n", "a\nb"},
		{"blank runs", "a\n\n\n\n  \n\t\nb\n\nc", "a\n\nb\n\nc"},
		{"trim", "\n\n  \ufeff  a b  \n\n", "a b"},
		{"zero width", "Ka\u200bbul\u2060 is\u00ad here\u200e", "Kabul is here"},
		{"joiners removed in Latin", "Ka\u200cbul\u200d", "Kabul"},
		{"joiners kept in Persian", "می\u200cخواهم", "می\u200cخواهم"},
		{"NFC", "Cafe\u0301 Zu\u0308rich", "Café Zürich"},
		{"zero width inside combining sequence", "e\u200b\u0301", "é"},
		{"controls", "a\x01b\x1b[0mc\td", "ab[0mc\td"},
		{"leading indent kept after first line", "a\n  b", "a\n  b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Clean(tt.in)
			if got != tt.want {
				t.Errorf("Clean(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if again := Clean(got); again != got {
				t.Errorf("Clean is not idempotent: %q → %q", got, again)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		path string
		data string
		opt  Options
		want error
		msg  string // part of the message
	}{
		{"empty", "a.txt", "", Options{}, ErrEmpty, "a.txt: empty file"},
		{"blank", "a.txt", " \n\t\n", Options{}, ErrEmpty, "empty"},
		{"NUL", "a.txt", "abc\x00def", Options{}, ErrBinary, "NUL byte at offset 3"},
		{"controls", "a.txt", strings.Repeat("\x01\x02\x03ab", 100), Options{}, ErrBinary, "control characters"},
		{"PNG", "a.html", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", Options{}, ErrBinary, "binary"},
		{"mixed invalid UTF-8", "a.txt", "Café \xff\xfe in Varnok", Options{}, ErrInvalidUTF8, "a.txt: invalid UTF-8 at byte 6"},
		{"undefined cp1252 byte", "a.txt", "Caf\xe9 \x81 here", Options{}, ErrInvalidUTF8, "invalid UTF-8 at byte 3"},
		{"mostly high bytes", "a.txt", "\xc1\xe8\xe5\xe2 \xf0\xe0\xe9\xee\xed", Options{}, ErrInvalidUTF8, "invalid UTF-8"},
		{"too large", "a.txt", "0123456789abc", Options{MaxBytes: 10}, ErrTooLarge, "13 bytes, limit 10"},
		{"no text in HTML", "a.html", "<html><script>var x = 1;</script><style>p{}</style></html>", Options{}, ErrNoText, "no text after cleaning"},
		{"only zero-width", "a.txt", "\u200b\u200b\ufeff\u200b", Options{}, ErrNoText, "no text"},
		{"bad JSON", "a.json", `{"text": "x",}`, Options{}, ErrMalformed, "a.json: malformed JSON"},
		{"JSON scalar", "a.json", `"text"`, Options{}, ErrMalformed, "not an object or array"},
		{"JSON no text", "a.json", `{"title": "x"}`, Options{}, ErrNoText, "no text, content, body or html field"},
		{"JSON NUL", "a.json", `{"text": "a\u0000b"}`, Options{}, ErrBinary, "NUL"},
		{"bad feed", "a.rss", "<rss><channel><item>", Options{}, ErrMalformed, "malformed feed"},
		{"not a feed", "a.xml", "<note>hello</note>", Options{}, ErrMalformed, "malformed feed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := tt.opt.Parse(tt.path, []byte(tt.data))
			if len(docs) != 0 {
				t.Errorf("got %d documents", len(docs))
			}
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			var pe *Error
			if !errors.As(err, &pe) || pe.Path != tt.path {
				t.Errorf("err %v does not name %s", err, tt.path)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("err = %q, want it to contain %q", err, tt.msg)
			}
		})
	}
}

func TestParseRepairs(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"windows-1252", "Caf\xe9 owners \x96 na\xefve \x93quotes\x94 in Varnok", "Café owners – naïve “quotes” in Varnok"},
		{"UTF-8 BOM", "\xef\xbb\xbfHello Varnok", "Hello Varnok"},
		{"UTF-16LE", "\xff\xfeH\x00i\x00 \x00\xe9\x00", "Hi é"},
		{"UTF-16BE", "\xfe\xff\x00H\x00i", "Hi"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, err := Parse("x.txt", []byte(tt.data))
			if err != nil || len(docs) != 1 {
				t.Fatalf("Parse = %d docs, %v", len(docs), err)
			}
			if docs[0].Text != tt.want {
				t.Errorf("text = %q, want %q", docs[0].Text, tt.want)
			}
		})
	}
}

func TestParseHTMLScript(t *testing.T) {
	data, err := os.ReadFile("testdata/corpus/page.html")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Parse("page.html", data)
	if err != nil || len(docs) != 1 {
		t.Fatalf("Parse = %d docs, %v", len(docs), err)
	}
	d := docs[0]
	for _, bad := range []string{"SECRET_SCRIPT_TEXT", "INLINE_SCRIPT_TEXT", "STYLE_TEXT", "NOSCRIPT_TEXT", "tracker", "Privacy"} {
		if strings.Contains(d.Text, bad) {
			t.Errorf("text contains %q:\n%s", bad, d.Text)
		}
	}
	for _, good := range []string{"Gunmen ambushed a convoy", "criminal gangs", "suspending their work"} {
		if !strings.Contains(d.Text, good) {
			t.Errorf("text lacks %q:\n%s", good, d.Text)
		}
	}
	want := map[string]string{
		"title":     "Convoy ambushed near Tesk, four drivers missing",
		"url":       "https://ledger.example/news/convoy-ambushed-tesk",
		"published": "2031-07-09",
		"source":    "Northern Ledger Media",
		"dateline":  "Tesk",
	}
	got := map[string]string{
		"title": dossier.Deref(d.Title), "url": dossier.Deref(d.URL), "published": dossier.Deref(d.Published),
		"source": dossier.Deref(d.Source), "dateline": dossier.Deref(d.Dateline),
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s = %q, want %q", k, got[k], v)
		}
	}
	if d.Language != "en" || d.Format != FormatHTML {
		t.Errorf("language %q format %q", d.Language, d.Format)
	}
}

func TestHTMLMeta(t *testing.T) {
	const p = "<p>The army said on Monday that it had retaken three villages near Ostrel from the Red Heron Brigade after a week of fighting.</p>"
	tests := []struct {
		name, head, published, source, title, lang string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2031-02-03T23:30:00-05:00">`, "2031-02-03", "", "", ""},
		{"name=date", `<meta name="date" content="2031-02-04">`, "2031-02-04", "", "", ""},
		{"pubdate", `<meta name="pubdate" content="20310205">`, "2031-02-05", "", "", ""},
		{"DC.date.issued", `<meta name="DC.date.issued" content="2031-02-06">`, "2031-02-06", "", "", ""},
		{"time element", `</head><body><time itemprop="datePublished" datetime="2031-02-07T10:00Z">Feb 7</time>`, "2031-02-07", "", "", ""},
		{"og:site_name and lang", `<meta property="og:site_name" content="Ostrel Herald"><meta property="og:locale" content="fr_FR">`, "", "Ostrel Herald", "", "fr"},
		{"JSON-LD graph", `<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},{"@type":["NewsArticle"],"headline":"Villages retaken","datePublished":"2031-02-08","publisher":[{"name":"Herald Group"}]}]}</script>`, "2031-02-08", "Herald Group", "Villages retaken", ""},
		{"broken JSON-LD ignored", `<script type="application/ld+json">{"@type": </script><title>Villages retaken near Ostrel</title>`, "", "", "Villages retaken near Ostrel", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head>" + tt.head + "</head><body>" + p + "</body></html>"
			docs, err := Parse("x.html", []byte(page))
			if err != nil || len(docs) != 1 {
				t.Fatalf("Parse = %d docs, %v", len(docs), err)
			}
			d := docs[0]
			checkDoc(t, d)
			if got := dossier.Deref(d.Published); got != tt.published {
				t.Errorf("published = %q, want %q", got, tt.published)
			}
			if got := dossier.Deref(d.Source); got != tt.source {
				t.Errorf("source = %q, want %q", got, tt.source)
			}
			if got := dossier.Deref(d.Title); tt.title != "" && got != tt.title {
				t.Errorf("title = %q, want %q", got, tt.title)
			}
			if tt.lang != "" && d.Language != tt.lang {
				t.Errorf("language = %q, want %q", d.Language, tt.lang)
			}
			if !strings.Contains(d.Text, "retaken three villages") {
				t.Errorf("text = %q", d.Text)
			}
		})
	}
}

func TestParseJSONLMalformedLine(t *testing.T) {
	data, err := os.ReadFile("testdata/corpus/records.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	docs, err := Parse("records.jsonl", data)
	if len(docs) != 2 {
		t.Fatalf("got %d documents, want 2", len(docs))
	}
	errs := Errors(err)
	if len(errs) != 2 {
		t.Fatalf("got errors %v, want 2", errs)
	}
	if !errors.Is(errs[0], ErrMalformed) || !strings.HasPrefix(errs[0].Error(), "records.jsonl:2: malformed JSON") {
		t.Errorf("error 1 = %v", errs[0])
	}
	if !errors.Is(errs[1], ErrNoText) || !strings.HasPrefix(errs[1].Error(), "records.jsonl:5: ") {
		t.Errorf("error 2 = %v", errs[1])
	}
	if strings.Contains(docs[1].Text, "JSONL_SCRIPT") || !strings.Contains(docs[1].Text, "Police in Tesk arrested") {
		t.Errorf("html record text = %q", docs[1].Text)
	}
	if dossier.Deref(docs[1].Source) != "Tesk Courier" || dossier.Deref(docs[1].Published) != "2031-03-12" {
		t.Errorf("html record metadata: source %q published %q", dossier.Deref(docs[1].Source), dossier.Deref(docs[1].Published))
	}
}

func TestSniff(t *testing.T) {
	tests := []struct{ data, want string }{
		{`{"text":"a"}`, FormatJSON},
		{"{\"text\":\"a\"}\n{\"text\":\"b\"}\n", "jsonl"},
		{"{broken\n", "jsonl"},
		{` [{"text":"a"}]`, FormatJSON},
		{`<?xml version="1.0"?><rss>`, FormatFeed},
		{`<feed xmlns="http://www.w3.org/2005/Atom">`, FormatFeed},
		{"<!DOCTYPE html><html>", FormatHTML},
		{`<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">`, FormatHTML},
		{"Plain words <b>with</b> tags", FormatText},
	}
	for _, tt := range tests {
		if got := sniff([]byte(tt.data)); got != tt.want {
			t.Errorf("sniff(%q) = %q, want %q", tt.data, got, tt.want)
		}
	}
}
