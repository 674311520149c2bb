package ingest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"dossier"
	"dossier/near"

	"github.com/itlightning/dateparse"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// DefaultMaxBytes is the largest input read when Options.MaxBytes is 0.
const DefaultMaxBytes = 50 << 20

// Formats, as recorded in Document.Format.
const (
	FormatText = "txt"
	FormatHTML = "html"
	FormatJSON = "json"
	FormatFeed = "feed"
)

// Options configures Walk, Parse and Metadata. The zero value is ready to
// use.
type Options struct {
	// MaxBytes is the size above which an input is rejected with
	// ErrTooLarge without being read whole; 0 means DefaultMaxBytes.
	MaxBytes int64
	// Stdin is read for the path "-"; nil means os.Stdin.
	Stdin io.Reader
	// IsPlace, when set, reports whether a name is a known place. Metadata
	// uses it to accept datelines with no other evidence ("Kabul: ..."),
	// and to veto all-caps words that are not places ("UPDATE: ...").
	IsPlace func(name string) bool
}

func (o Options) maxBytes() int64 {
	if o.MaxBytes > 0 {
		return o.MaxBytes
	}
	return DefaultMaxBytes
}

// format returns the format for a file extension, or "" when unknown.
// jsonl is a pseudo-format: one JSON object per line.
func format(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".txt", ".text", ".md", ".markdown":
		return FormatText
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".json":
		return FormatJSON
	case ".jsonl", ".ndjson":
		return "jsonl"
	case ".xml", ".rss", ".atom":
		return FormatFeed
	}
	return ""
}

// sniff guesses the format of data with no known extension: JSON (a single
// value) or JSON lines when it starts with '{' or '[', a feed when it starts
// with an XML declaration or an <rss>/<feed>/<rdf:RDF> root, HTML when it
// starts with a doctype or <html>, and plain text otherwise.
func sniff(data []byte) string {
	head := bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n\ufeff")
	head = bytes.TrimPrefix(head, []byte("\xef\xbb\xbf"))
	lower := bytes.ToLower(head)
	switch {
	case len(head) == 0:
		return FormatText
	case head[0] == '{' || head[0] == '[':
		if head[0] == '[' || json.Valid(data) {
			return FormatJSON
		}
		return "jsonl"
	case bytes.HasPrefix(lower, []byte("<?xml")), bytes.HasPrefix(lower, []byte("<rss")),
		bytes.HasPrefix(lower, []byte("<feed")), bytes.HasPrefix(lower, []byte("<rdf:rdf")):
		if bytes.Contains(lower, []byte("<html")) {
			return FormatHTML
		}
		return FormatFeed
	case bytes.HasPrefix(lower, []byte("<!doctype html")), bytes.HasPrefix(lower, []byte("<html")):
		return FormatHTML
	}
	return FormatText
}

// Parse returns the documents in data, read from path, with default
// Options. See Options.Parse.
func Parse(path string, data []byte) ([]*dossier.Document, error) {
	return Options{}.Parse(path, data)
}

// Parse returns the documents in data, read from path. The format follows
// the extension of path:
//
//   - .txt, .text, .md, .markdown: one plain-text document;
//   - .html, .htm, .xhtml: the main text of the page as go-readability
//     finds it (all visible text when readability keeps too little; never
//     script, style or noscript content), with title, canonical URL,
//     publication date, publisher and language from its <meta> tags,
//     JSON-LD and <html lang>;
//   - .json: one object or an array of objects; .jsonl, .ndjson: one object
//     per line. The fields read (first present wins) are url|link, title|
//     headline, published|date|published_at|pubDate|datePublished,
//     source|publisher|site (a string or an object with a name),
//     text|content|body (cleaned as HTML when it plainly is markup), else
//     html (cleaned like an HTML file, its metadata filling the record's
//     gaps), and language|lang;
//   - .xml, .rss, .atom: an RSS, Atom or JSON feed, one document per item;
//   - anything else is sniffed: JSON when it starts with '{' or '[' (JSON
//     lines if it is not a single value), a feed when it starts with an XML
//     declaration or a feed root, HTML when it starts with a doctype or
//     <html>, and plain text otherwise.
//
// Each document's text is cleaned (see Clean), its ID is the dossier.TextID
// of that text, the metadata the format did not give is filled from the
// text (see Options.Metadata), and its Signature is set with
// near.Signature.
//
// The input must be UTF-8 (a UTF-8 or UTF-16 byte order mark is honoured).
// Input that is not valid UTF-8 is repaired as Windows-1252 (a superset of
// the printable Latin-1) only when it holds no multi-byte UTF-8 sequence at
// all, every byte is defined in Windows-1252, and bytes above 0x7F are rare
// (under a fifth of the letters): then it is single-byte Western European
// text. Otherwise it is rejected with ErrInvalidUTF8 and the offset of the
// first bad byte; text is never silently mangled.
//
// A failure is an *Error naming path and wrapping ErrEmpty, ErrBinary,
// ErrInvalidUTF8, ErrTooLarge, ErrNoText or ErrMalformed. For files with
// many records, Parse returns the documents it could read together with
// the failures of the others, joined (see Errors); each failure names its
// line (JSON lines) or item (JSON arrays, feeds).
func (o Options) Parse(path string, data []byte) ([]*dossier.Document, error) {
	fail := func(err error) error { return &Error{Path: path, Err: err} }
	if int64(len(data)) > o.maxBytes() {
		return nil, fail(fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(data), o.maxBytes()))
	}
	text, err := decode(data)
	if err != nil {
		return nil, fail(err)
	}
	f := format(path)
	if f == "" {
		f = sniff([]byte(text))
	}
	switch f {
	case FormatHTML:
		doc, err := o.parseHTML(path, text)
		if err != nil {
			return nil, fail(err)
		}
		return []*dossier.Document{doc}, nil
	case FormatJSON:
		return o.parseJSON(path, text)
	case "jsonl":
		return o.parseJSONL(path, text)
	case FormatFeed:
		return o.parseFeed(path, text)
	}
	doc, err := o.newDoc(path, FormatText, text, fields{})
	if err != nil {
		return nil, fail(err)
	}
	return []*dossier.Document{doc}, nil
}

// decode checks that data is text and returns it as a UTF-8 string.
func decode(data []byte) (string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", ErrEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}), bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		dec := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder()
		out, err := dec.Bytes(data)
		if err != nil {
			return "", fmt.Errorf("%w: bad UTF-16: %v", ErrInvalidUTF8, err)
		}
		data = out
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("%w: NUL byte at offset %d", ErrBinary, i)
	}
	head := data[:min(len(data), 8192)]
	ctrl := 0
	for _, c := range head {
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v') || c == 0x7f {
			ctrl++
		}
	}
	if ctrl*10 > len(head) {
		return "", fmt.Errorf("%w: %d%% control characters", ErrBinary, ctrl*100/len(head))
	}
	if utf8.Valid(data) {
		return string(data), nil
	}
	if s, ok := windows1252(data); ok {
		return s, nil
	}
	bad := 0
	for bad < len(data) {
		r, n := utf8.DecodeRune(data[bad:])
		if r == utf8.RuneError && n <= 1 {
			break
		}
		bad += n
	}
	return "", fmt.Errorf("%w at byte %d (not UTF-8, and not recognisable as Windows-1252)", ErrInvalidUTF8, bad)
}

// windows1252 decodes data as Windows-1252 when it is plausibly
// single-byte Western European text (see Options.Parse).
func windows1252(data []byte) (string, bool) {
	high, letters := 0, 0
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if 'a' <= c|0x20 && c|0x20 <= 'z' {
				letters++
			}
			i++
			continue
		}
		if r, n := utf8.DecodeRune(data[i:]); r != utf8.RuneError && n > 1 {
			return "", false // real UTF-8 next to invalid bytes: mixed, not legacy
		}
		switch c {
		case 0x81, 0x8d, 0x8f, 0x90, 0x9d: // undefined in Windows-1252
			return "", false
		}
		high++
		letters++
		i++
	}
	if high*5 > letters {
		return "", false
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	return string(out), true
}

// fields is the metadata a format gives for a document.
type fields struct {
	url, title, published, source, language string
}

// newDoc builds the document for text: cleans it, sets the ID, the given
// fields and the metadata found in the text.
func (o Options) newDoc(path, format, text string, f fields) (*dossier.Document, error) {
	cleaned := Clean(text)
	if cleaned == "" {
		return nil, ErrNoText
	}
	doc := &dossier.Document{
		ID:        dossier.TextID(cleaned),
		Path:      path,
		URL:       dossier.Str(oneLine(f.url)),
		Title:     dossier.Str(oneLine(f.title)),
		Published: dossier.Str(normDate(f.published)),
		Source:    dossier.Str(oneLine(f.source)),
		Language:  normLang(f.language),
		Format:    format,
		Text:      cleaned,
	}
	o.Metadata(doc)
	doc.Signature = near.Signature(cleaned)
	return doc, nil
}

// oneLine cleans a metadata value: one line, single spaces, trimmed.
func oneLine(s string) string {
	if s == "" {
		return ""
	}
	return strings.Join(strings.Fields(Clean(s)), " ")
}

// normDate returns the calendar date of a timestamp as written (in its own
// time zone) as YYYY-MM-DD, or "" when s is not a recognisable date.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d, ok := isoPrefix(s); ok {
		return d
	}
	if d, _, _, ok := findDate(s); ok {
		return d
	}
	t, err := dateparse.ParseIn(s, time.UTC, dateparse.PreferMonthFirst(false))
	if err != nil || t.Year() < 1800 || t.Year() > 2200 {
		return ""
	}
	return t.Format(time.DateOnly)
}

// isoPrefix returns the date of a string starting with YYYY-MM-DD.
func isoPrefix(s string) (string, bool) {
	if len(s) < 10 || s[4] != '-' || s[7] != '-' || (len(s) > 10 && s[10] >= '0' && s[10] <= '9') {
		return "", false
	}
	t, err := time.Parse(time.DateOnly, s[:10])
	if err != nil {
		return "", false
	}
	return t.Format(time.DateOnly), true
}

// normLang returns the primary subtag of a language tag, lowercased:
// "en-GB" → "en".
func normLang(tag string) string {
	tag = strings.TrimSpace(tag)
	if i := strings.IndexAny(tag, "-_"); i >= 0 {
		tag = tag[:i]
	}
	tag = strings.ToLower(tag)
	if len(tag) < 2 || len(tag) > 3 {
		return ""
	}
	for _, c := range tag {
		if c < 'a' || c > 'z' {
			return ""
		}
	}
	return tag
}

// prefix returns the first n bytes of s or fewer, cut at a rune boundary.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
