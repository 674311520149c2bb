package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a dot that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "gen": true,
	"lt": true, "col": true, "sgt": true, "capt": true, "cpt": true, "maj": true,
	"brig": true, "adm": true, "gov": true, "sen": true, "rep": true, "rev": true,
	"st": true, "jr": true, "sr": true, "no": true, "nos": true, "vs": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"approx": true, "est": true, "inc": true, "ltd": true, "co": true, "corp": true,
	"dept": true, "fig": true, "e.g": true, "i.e": true, "cf": true, "al": true,
	"mt": true, "ft": true, "pres": true, "supt": true, "insp": true, "cmdr": true,
}

// Split splits src into sentences. A sentence ends at . ! ? (with any closing
// quotes or brackets after it) followed by white space and a plausible
// sentence start, at a paragraph break (a blank line), and at a line break
// that follows a short line without final punctuation (a title or heading).
// Sentence spans exclude surrounding white space.
func Split(src string) []Sentence {
	var out []Sentence
	start := 0
	para := true
	add := func(s, e int, nextPara bool) {
		// trim
		for s < e {
			r, w := utf8.DecodeRuneInString(src[s:e])
			if !unicode.IsSpace(r) && r != '\u00a0' {
				break
			}
			s += w
		}
		for e > s {
			r, w := utf8.DecodeLastRuneInString(src[s:e])
			if !unicode.IsSpace(r) && r != '\u00a0' {
				break
			}
			e -= w
		}
		if e > s {
			out = append(out, Sentence{Index: len(out), Start: s, End: e, ParaStart: para})
			para = false
		}
		if nextPara {
			para = true
		}
	}
	i := 0
	n := len(src)
	for i < n {
		c := src[i]
		switch {
		case c == '\n':
			// Blank line: paragraph break.
			j := i + 1
			for j < n && (src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
				j++
			}
			if j < n && src[j] == '\n' {
				add(start, i, true)
				for j < n && (src[j] == '\n' || src[j] == ' ' || src[j] == '\t' || src[j] == '\r') {
					j++
				}
				start, i = j, j
				continue
			}
			// Single line break after a heading-like line or a list item.
			if lineBreakEnds(src, start, i) {
				add(start, i, true)
				start = i + 1
			}
			i++
		case c == '.' || c == '!' || c == '?':
			j := i + 1
			for j < n && (src[j] == '.' || src[j] == '!' || src[j] == '?') {
				j++
			}
			// closing quotes and brackets
			for j < n {
				r, w := utf8.DecodeRuneInString(src[j:])
				if r == '"' || r == '\'' || r == '’' || r == '”' || r == ')' || r == ']' || r == '»' {
					j += w
					continue
				}
				break
			}
			if j >= n {
				i = j
				continue
			}
			r, _ := utf8.DecodeRuneInString(src[j:])
			if !unicode.IsSpace(r) && r != '\u00a0' {
				i = j
				continue
			}
			if c == '.' && !endsSentence(src, start, i, j) {
				i = j
				continue
			}
			add(start, j, false)
			start = j
			i = j
		default:
			i++
		}
	}
	add(start, n, false)
	for k := range out {
		out[k].Tokens = Tokenize(src, out[k].Start, out[k].End)
	}
	return out
}

// lineBreakEnds reports whether a single line break at i ends the sentence
// that started at start: the line is a short heading without final
// punctuation, or the next line starts a list item.
func lineBreakEnds(src string, start, i int) bool {
	line := strings.TrimSpace(src[start:i])
	if line == "" {
		return false
	}
	// next line starts a bullet
	rest := strings.TrimLeft(src[i+1:], " \t")
	if strings.HasPrefix(rest, "- ") || strings.HasPrefix(rest, "* ") || strings.HasPrefix(rest, "• ") {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	if strings.ContainsRune(".!?:;,", last) {
		return last == ':' || last == '.' || last == '!' || last == '?'
	}
	return len(line) < 120
}

// endsSentence decides whether the dot at i (with the sentence's closing
// punctuation ending at j) ends a sentence.
func endsSentence(src string, start, i, j int) bool {
	// word before the dot
	k := i
	for k > start {
		r, w := utf8.DecodeLastRuneInString(src[start:k])
		if !(unicode.IsLetter(r) || r == '.') {
			break
		}
		k -= w
	}
	word := strings.ToLower(src[k:i])
	if abbreviations[word] {
		// "in Washington, D.C." or "Jan." at a sentence end is rare; keep going.
		return false
	}
	// Single capital initial: "J. Smith".
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(src[k:i])
		if unicode.IsUpper(r) {
			return false
		}
	}
	// next non-space char
	m := j
	for m < len(src) {
		r, w := utf8.DecodeRuneInString(src[m:])
		if !unicode.IsSpace(r) && r != '\u00a0' {
			break
		}
		m += w
	}
	if m >= len(src) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[m:])
	// Dotted abbreviations (U.S.) end a sentence only before a capital that is
	// unlikely to continue the name.
	if strings.Count(word, ".") >= 1 {
		return unicode.IsUpper(r) && !unicode.IsUpper(nextRune(src, m))
	}
	if unicode.IsLower(r) {
		return false
	}
	return true
}

func nextRune(src string, m int) rune {
	_, w := utf8.DecodeRuneInString(src[m:])
	r, _ := utf8.DecodeRuneInString(src[m+w:])
	return r
}
