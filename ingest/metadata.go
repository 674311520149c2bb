package ingest

import (
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"dossier"

	"github.com/abadojack/whatlanggo"
)

// Metadata fills the metadata of doc that is still missing from its text,
// with default Options. See Options.Metadata.
func Metadata(doc *dossier.Document) { Options{}.Metadata(doc) }

// Metadata fills the fields of doc that are nil (or, for Language, empty)
// from doc.Text. It never overwrites what the input format gave.
//
// The head of the text is read line by line: an optional title line, then
// header lines (dates, bylines), then the first paragraph.
//
//   - Title: the first line (without Markdown's leading #), when it is
//     under 200 characters, does not end with a period, colon or comma, is
//     followed by a blank line and is not itself a header line.
//   - Published (YYYY-MM-DD): a date on a header line near the top: a
//     labelled date ("Published: 12 March 2019", "Updated on ...", "date
//     2021-08-27"), a byline with a date ("By A. Writer | 12 March 2019"),
//     or a short line that is mostly a date ("Kabul, March 12, 2019",
//     "2019-03-12T08:00Z"). A labelled date may start the first paragraph
//     itself ("date 2021-08-27 Kabul: ..."). Publication labels win over
//     update labels. Dates are 2019-03-12, 12 March 2019 or March 12, 2019
//     (abbreviated months, ordinals and commas allowed).
//   - Dateline: the place a story was filed from, at the start of the first
//     paragraph (or of the text) or right after a leading date label, in
//     normal case: "KABUL, Afghanistan (AP) —" gives Kabul, "QUETTA:"
//     Quetta, "MOGADISHU, Oct 16 (Reuters) -" Mogadishu, "LONDON —" London,
//     "date 2021-08-27 Kabul:" Kabul. A capitalised word is a dateline only
//     when it is all caps (and not a label such as UPDATE or BREAKING),
//     followed by a date or an agency marker, or right after the date
//     label; otherwise ("However: ...") only when Options.IsPlace says it is
//     a place. When IsPlace is set, a bare all-caps word must pass it too.
//   - Source: the last copyright line of the text ("All publishing rights
//     and copyrights reserved to X.", "© 2021 X", "Copyright 2021 X. All
//     rights reserved."), else the agency marker of the dateline: (Reuters)
//     Reuters, (AP) Associated Press, (AFP) AFP, and other short names as
//     written.
//   - Language: the ISO 639-1 code found by whatlanggo when reliable;
//     otherwise "en" if the text's letters are mostly ASCII, else the
//     unreliable guess.
func (o Options) Metadata(doc *dossier.Document) {
	h := readHead(doc.Text)
	if doc.Title == nil && h.title != "" {
		doc.Title = &h.title
	}
	if doc.Published == nil && h.published != "" {
		doc.Published = &h.published
	}
	if doc.Published == nil {
		if d := fileDate(doc.Path); d != "" {
			doc.Published = &d
		}
	}
	var agency string
	if doc.Dateline == nil || doc.Source == nil {
		var place string
		place, agency = o.dateline(h.para, h.afterDate)
		if doc.Dateline == nil && place != "" {
			doc.Dateline = &place
		}
	}
	if doc.Source == nil {
		if s := firstNonEmpty(publisher(doc.Text), agency); s != "" {
			doc.Source = &s
		}
	}
	if doc.Language == "" {
		doc.Language = language(doc.Text)
	}
}

// fileDateRE matches a date at the start of a file name, as saved articles
// are often named: 2024-03-14-some-headline.txt, 20240314_headline.html.
var fileDateRE = regexp.MustCompile(`^((?:19|20)\d\d)-?(0[1-9]|1[0-2])-?(0[1-9]|[12]\d|3[01])(?:[-_ .]|$)`)

// fileDate returns the YYYY-MM-DD date that starts the base name of path,
// or "". The text's own date, when it has one, wins over the file name's.
func fileDate(path string) string {
	m := fileDateRE.FindStringSubmatch(filepath.Base(path))
	if m == nil {
		return ""
	}
	return m[1] + "-" + m[2] + "-" + m[3]
}

// head is what the first lines of a text say.
type head struct {
	title     string
	published string
	para      string // start of the first paragraph, for the dateline
	afterDate bool   // para follows a date label on the same line
}

const (
	maxTitle      = 200 // characters
	maxHeaderLine = 160 // bytes
	headLines     = 12  // lines examined for header lines
)

func readHead(text string) head {
	var h head
	lines := strings.SplitN(prefix(text, 4096), "\n", headLines+1)
	if len(lines) > headLines {
		lines = lines[:headLines]
	}
	pubRank := 0 // 3 labelled published, 2 byline/date line, 1 updated
	setDate := func(d string, rank int) {
		if rank > pubRank {
			h.published, pubRank = d, rank
		}
	}
	start := 0
	if len(lines) > 2 && isTitle(lines[0]) && strings.TrimSpace(lines[1]) == "" {
		if _, _, ok := headerDate(lines[0]); !ok && !isLabelLine(lines[0]) {
			h.title = strings.TrimSpace(strings.TrimLeft(lines[0], "#")) // Markdown heading
			start = 2
		}
	}
	for i := start; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		if line == "" {
			continue
		}
		if d, rank, rest, ok := labelledDate(line); ok {
			setDate(d, rank)
			if len(rest) > 40 { // the paragraph goes on after the label
				if h.para == "" {
					h.para, h.afterDate = rest, true
				}
				break
			}
			continue
		}
		if d, rank, ok := headerDate(line); ok {
			setDate(d, rank)
			continue
		}
		if isByline(line) {
			continue
		}
		if h.para == "" {
			h.para = line
		}
		if len(line) > maxHeaderLine {
			break // body text: header lines are over
		}
	}
	return h
}

// isTitle reports whether line can be a title.
func isTitle(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || utf8.RuneCountInString(line) >= maxTitle || isByline(line) {
		return false
	}
	switch line[len(line)-1] {
	case '.', ':', ',', ';':
		return strings.HasSuffix(line, "...")
	}
	return strings.IndexFunc(line, unicode.IsLetter) >= 0
}

// isByline reports whether line is a byline: "By Name ...".
func isByline(line string) bool {
	rest, ok := strings.CutPrefix(line, "By ")
	if !ok {
		rest, ok = strings.CutPrefix(line, "BY ")
	}
	if !ok || len(line) > maxHeaderLine {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

const monthRe = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`

var (
	isoDateRe    = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:\b|T)`)
	dmyRe        = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(` + monthRe + `)\.?,?\s+(\d{4})\b`)
	mdyRe        = regexp.MustCompile(`(?i)\b(` + monthRe + `)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`)
	labelRe      = regexp.MustCompile(`(?i)^(?:(first\s+published|published|posted|date[d]?|updated|last\s+updated|modified)(?:\s+(?:on|at))?\s*[:\-–—]?\s*)`)
	labelValueRe = regexp.MustCompile(`(?i)^(?:\d|` + monthRe + `\b)`)
	timeRe       = regexp.MustCompile(`(?i)^[\s,|•·\-–—]*(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:gmt|utc|z|[a-z]{2,4}t|[+-]\d{2}:?\d{2}))?`)
)

var months = map[string]time.Month{
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}

// findDate returns the first date written in s as YYYY-MM-DD, with the byte
// range of its match.
func findDate(s string) (date string, start, end int, ok bool) {
	start = -1
	try := func(m []int, y, mo, d string) {
		if m == nil || (start >= 0 && m[0] >= start) {
			return
		}
		if dd, good := mkDate(y, mo, d); good {
			date, start, end, ok = dd, m[0], m[1], true
		}
	}
	if m := isoDateRe.FindStringSubmatchIndex(s); m != nil {
		try(m, s[m[2]:m[3]], s[m[4]:m[5]], s[m[6]:m[7]])
	}
	if m := dmyRe.FindStringSubmatchIndex(s); m != nil {
		try(m, s[m[6]:m[7]], s[m[4]:m[5]], s[m[2]:m[3]])
	}
	if m := mdyRe.FindStringSubmatchIndex(s); m != nil {
		try(m, s[m[6]:m[7]], s[m[2]:m[3]], s[m[4]:m[5]])
	}
	return date, start, end, ok
}

// mkDate validates a year, a month (number or name) and a day.
func mkDate(y, mo, d string) (string, bool) {
	year, err1 := strconv.Atoi(y)
	day, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || year < 1800 || year > 2200 {
		return "", false
	}
	month := time.Month(0)
	if n, err := strconv.Atoi(mo); err == nil {
		month = time.Month(n)
	} else if len(mo) >= 3 {
		month = months[strings.ToLower(mo[:3])]
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return "", false
	}
	t := time.Date(year, month, day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return "", false // 31 April
	}
	return t.Format(time.DateOnly), true
}

// isLabelLine reports whether line starts with a date label followed by
// something like a date, valid or not ("Published: 31 April 2019").
func isLabelLine(line string) bool {
	m := labelRe.FindStringIndex(line)
	return m != nil && labelValueRe.MatchString(line[m[1]:])
}

// labelledDate reads a line starting with a date label ("Published:",
// "date", "Updated on") directly followed by a date. It returns the date,
// its rank (3 published, 1 updated) and the rest of the line after the date
// and any time of day.
func labelledDate(line string) (date string, rank int, rest string, ok bool) {
	m := labelRe.FindStringSubmatchIndex(line)
	if m == nil {
		return "", 0, "", false
	}
	after := line[m[1]:]
	d, start, end, found := findDate(after)
	if !found || start != 0 {
		return "", 0, "", false
	}
	rank = 3
	switch l := strings.ToLower(line[m[2]:m[3]]); {
	case strings.Contains(l, "updated") || l == "modified":
		rank = 1
	}
	rest = after[end:]
	if t := timeRe.FindStringIndex(rest); t != nil {
		rest = rest[t[1]:]
	}
	return d, rank, strings.TrimSpace(rest), true
}

// headerDate reads a short header line holding a date: a byline with a
// date, or a line that is mostly the date ("Kabul, 12 March 2019",
// "Monday 12 March 2019 10:30 GMT"). Label lines are handled by
// labelledDate.
func headerDate(line string) (date string, rank int, ok bool) {
	if len(line) > maxHeaderLine {
		return "", 0, false
	}
	d, start, end, found := findDate(line)
	if !found {
		return "", 0, false
	}
	if isByline(line) {
		return d, 2, true
	}
	rest := line[end:]
	if t := timeRe.FindStringIndex(rest); t != nil {
		rest = rest[t[1]:]
	}
	words := len(strings.FieldsFunc(line[:start]+" "+rest, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}))
	if words > 3 {
		return "", 0, false
	}
	return d, 2, true
}

var (
	capsWord   = `\p{Lu}[\p{Lu}\p{M}'’.\-]*`
	titleWord  = `\p{Lu}[\p{Ll}\p{M}'’\-]+`
	datelineRe = regexp.MustCompile(`^(` + capsWord + `(?: ` + capsWord + `){0,3}|` + titleWord + `(?: ` + titleWord + `){0,2})` +
		`(?:, ?(\p{Lu}[\p{L}\p{M}.'’\-]*(?: \p{Lu}[\p{L}\p{M}.'’\-]*){0,2}))?` + // region
		`(?:,? ?((?i:` + monthRe + `)\.? \d{1,2}(?:, ?\d{4})?))?` + // date
		`(?: ?\(([^()\n]{2,40})\))?` + // agency
		`(?: ?[—–:]| --?) `) // a hyphen needs a space before it: not "ISIS- Khorasan"
)

// notPlaces are all-caps words that open a paragraph without being places.
var notPlaces = map[string]bool{
	"BREAKING": true, "UPDATE": true, "UPDATED": true, "EXCLUSIVE": true, "WATCH": true,
	"ANALYSIS": true, "OPINION": true, "EDITORIAL": true, "NEWS": true, "FILE": true,
	"PHOTO": true, "VIDEO": true, "REPORT": true, "LIVE": true, "ALERT": true,
	"URGENT": true, "FLASH": true, "COMMENT": true, "FEATURE": true, "INTERVIEW": true,
	"NOTE": true, "EDITOR'S NOTE": true, "CORRECTION": true, "WARNING": true, "READ MORE": true,
	"ADVERTISEMENT": true, "SPONSORED": true, "PRESS RELEASE": true, "FACT CHECK": true,
	"Q": true, "A": true, "UN": true, "US": true, "UK": true, "EU": true,
}

// agencies maps agency markers to publisher names.
var agencies = map[string]string{
	"reuters": "Reuters", "ap": "Associated Press", "associated press": "Associated Press",
	"afp": "AFP", "upi": "UPI", "dpa": "dpa", "xinhua": "Xinhua", "ani": "ANI",
	"ians": "IANS", "pti": "PTI", "efe": "EFE", "ansa": "ANSA", "bloomberg": "Bloomberg",
	"irna": "IRNA", "tass": "TASS", "anadolu": "Anadolu Agency", "aa": "Anadolu Agency",
	"kyodo": "Kyodo", "yonhap": "Yonhap", "bernama": "Bernama", "app": "APP", "bss": "BSS",
}

// dateline returns the place and the agency of a dateline opening para.
func (o Options) dateline(para string, afterDate bool) (place, agency string) {
	m := datelineRe.FindStringSubmatch(para)
	if m == nil {
		return "", ""
	}
	place, region, date, ag := m[1], m[2], m[3], strings.TrimSpace(m[4])
	allCaps := place == strings.ToUpper(place)
	letters := 0
	for _, r := range place {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if ag != "" {
		agency = agencies[strings.ToLower(ag)]
		if agency == "" && looksLikeName(ag) {
			agency = ag
		}
	}
	switch {
	case letters < 2 || notPlaces[place]:
		return "", ""
	case afterDate, date != "", agency != "":
	case allCaps && region != "":
	case allCaps:
		if o.IsPlace != nil && !o.IsPlace(normalCase(place)) {
			return "", ""
		}
	default: // "However: ..."
		if o.IsPlace == nil || !o.IsPlace(place) {
			return "", ""
		}
	}
	return normalCase(place), agency
}

// looksLikeName reports whether s can be an agency or outlet name: one to
// four words, the first capitalised.
func looksLikeName(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 4 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[0])
	return unicode.IsUpper(r)
}

// normalCase turns all-caps words into capitalised words: "DERA ISMAIL
// KHAN" → "Dera Ismail Khan", "AL-MUKALLA" → "Al-Mukalla". Words already in
// mixed case are kept.
func normalCase(s string) string {
	if s != strings.ToUpper(s) {
		return s
	}
	var b strings.Builder
	up := true
	for _, r := range s {
		if up {
			b.WriteRune(r)
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		up = !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '’'
	}
	return b.String()
}

var (
	rightsRe    = regexp.MustCompile(`(?i)\ball\s+(?:publishing\s+)?rights(?:\s+and\s+copyrights)?\s+(?:are\s+)?reserved\s+(?:to|by|for)\s+(.+)`)
	copyrightRe = regexp.MustCompile(`(?i)(?:^|[.;!?|]\s+)(?:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*,?\s*)?(.+)`)
	reservedRe  = regexp.MustCompile(`(?i)[\s,.]*all\s+rights\s+reserved.*$`)
	// publishedByRe matches a closing "Published by X." line.
	publishedByRe = regexp.MustCompile(`^(?i:published|distributed|syndicated)\s+by\s+(.+)`)
)

// publisher returns the publisher named by a copyright line among the last
// lines of text (or the first few, where some sites put it).
func publisher(text string) string {
	lines := strings.Split(text[max(0, len(text)-2048):], "\n") // a cut rune only spoils the first line
	for i := len(lines) - 1; i >= 0 && i >= len(lines)-10; i-- {
		if p := copyrightHolder(lines[i]); p != "" {
			return p
		}
	}
	return ""
}

func copyrightHolder(line string) string {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 300 {
		return ""
	}
	var p string
	if m := rightsRe.FindStringSubmatch(line); m != nil {
		p = m[1]
	} else if m := copyrightRe.FindStringSubmatch(line); m != nil {
		p = reservedRe.ReplaceAllString(m[1], "")
	} else if m := publishedByRe.FindStringSubmatch(line); m != nil {
		p = reservedRe.ReplaceAllString(m[1], "")
	} else {
		return ""
	}
	if i := strings.Index(p, ". "); i >= 0 {
		p = p[:i]
	}
	p = strings.TrimSpace(strings.TrimRight(p, " .,;:|"))
	p = strings.TrimPrefix(p, "the ")
	if p == "" || len(p) > 80 || len(strings.Fields(p)) > 8 {
		return ""
	}
	r, _ := utf8.DecodeRuneInString(p)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		return ""
	}
	return p
}

// language returns the ISO 639-1 code of text's language.
// englishFunctionWords are frequent English words that other languages
// written in Latin script rarely use.
var englishFunctionWords = map[string]bool{
	"the": true, "and": true, "of": true, "to": true, "in": true, "is": true, "was": true, "that": true,
	"for": true, "with": true, "said": true, "by": true, "on": true, "were": true, "has": true, "have": true,
}

// looksEnglish is a fast check that spares the trigram detector most
// English articles: at least a fifth of the first 120 words are English
// function words.
func looksEnglish(sample string) bool {
	n, hits := 0, 0
	for _, w := range strings.Fields(sample) {
		if n == 120 {
			break
		}
		n++
		if englishFunctionWords[strings.ToLower(strings.Trim(w, ".,;:!?\"'“”‘’()"))] {
			hits++
		}
	}
	return n >= 20 && hits*5 >= n
}

func language(text string) string {
	sample := prefix(text, 1500) // enough for trigram statistics; detection dominates Parse time
	if looksEnglish(sample) {
		return "en"
	}
	info := whatlanggo.Detect(sample)
	code := ""
	if info.Lang >= 0 {
		code = info.Lang.Iso6391()
	}
	if code != "" && info.IsReliable() {
		return code
	}
	ascii, letters := 0, 0
	for _, r := range sample {
		if unicode.IsLetter(r) {
			letters++
			if r < utf8.RuneSelf {
				ascii++
			}
		}
	}
	if letters > 0 && ascii*10 >= letters*9 {
		return "en"
	}
	return code
}
