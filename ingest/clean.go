package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Clean returns text normalised for storage and extraction:
//
//   - line breaks (\r\n, \r, U+2028, U+2029, form feed, vertical tab) become \n;
//   - zero-width and invisible characters are removed: U+200B, U+2060,
//     U+FEFF, U+180E, soft hyphen U+00AD, bidi marks U+200E/U+200F, and other
//     control characters except tab; the joiners U+200C and U+200D are kept
//     after a letter of a non-Latin script, where they are part of spelling
//     (Persian, Pashto, Urdu, Indic scripts), and removed elsewhere;
//   - the text is NFC-normalised;
//   - trailing white space is stripped from every line;
//   - runs of blank lines collapse to a single blank line;
//   - leading and trailing white space is trimmed.
//
// Nothing else changes, so sentences and words keep their spelling, and
// Clean(Clean(s)) == Clean(s). Invalid UTF-8 sequences are replaced by
// U+FFFD; Parse rejects or repairs such input before it gets here.
func Clean(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	var lastLetter rune // last letter written, for the joiner rule
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch {
		case r == '\r':
			if i < len(text) && text[i] == '\n' {
				i++
			}
			r = '\n'
		case r == '\u2028' || r == '\u2029' || r == '\f' || r == '\v' || r == '\u0085':
			r = '\n'
		case r == '\u200c' || r == '\u200d':
			if lastLetter == 0 || unicode.Is(unicode.Latin, lastLetter) || lastLetter < utf8.RuneSelf {
				continue
			}
		case r == '\n' || r == '\t':
		case removable(r):
			continue
		}
		if r != '\u200c' && r != '\u200d' && !unicode.IsMark(r) {
			if unicode.IsLetter(r) {
				lastLetter = r
			} else {
				lastLetter = 0
			}
		}
		b.WriteRune(r)
	}
	s := b.String()
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	return tidyLines(s)
}

// removable reports whether r is an invisible character Clean drops.
func removable(r rune) bool {
	switch r {
	case '\u200b', '\u2060', '\ufeff', '\u180e', '\u00ad', '\u200e', '\u200f':
		return true
	}
	return unicode.IsControl(r)
}

// tidyLines strips trailing white space from each line, collapses runs of
// blank lines into one, and trims the text.
func tidyLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	blank := 0 // blank lines pending
	started := false
	for line := range strings.Lines(s) {
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if strings.TrimLeftFunc(line, unicode.IsSpace) == "" {
			blank++
			continue
		}
		if !started {
			line = strings.TrimLeftFunc(line, unicode.IsSpace)
			started = true
		} else {
			b.WriteByte('\n')
			if blank > 0 {
				b.WriteByte('\n')
			}
		}
		blank = 0
		b.WriteString(line)
	}
	return b.String()
}
