// Package text splits cleaned article text into sentences and tokens, each
// carrying byte offsets into the text it came from.
//
// It is the first stage of extraction: every later stage (mentions, aliases,
// claims, events) works on the Tokens of a Sentence and reports spans that
// point back into the original text.
package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
)

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // letters, possibly with inner hyphens, apostrophes or dots
	Number             // digits, possibly with , . separators
	Punct              // any other single character
)

// Token is one token of a text.
type Token struct {
	Start, End int
	Text       string
	Kind       Kind
	// Lower is Text lowercased, with curly apostrophes folded to '.
	Lower string
}

// Cap reports whether the token starts with an upper-case letter.
func (t Token) Cap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// AllCaps reports whether the token has at least two letters and all its
// letters are upper case (ISKP, IS-K, UN).
func (t Token) AllCaps() bool {
	n := 0
	for _, r := range t.Text {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// Span returns the token's byte range.
func (t Token) Span() dossier.Span { return dossier.Span{Start: t.Start, End: t.End} }

// Sentence is one sentence of a text with its tokens.
type Sentence struct {
	Index      int
	Start, End int
	Tokens     []Token
	// ParaStart reports whether the sentence begins a paragraph.
	ParaStart bool
}

// Span returns the sentence's byte range.
func (s Sentence) Span() dossier.Span { return dossier.Span{Start: s.Start, End: s.End} }

// Text returns the sentence's text within src.
func (s Sentence) Text(src string) string { return src[s.Start:s.End] }

// Tokenize splits src[start:end] into tokens whose offsets are relative to
// src.
func Tokenize(src string, start, end int) []Token {
	toks := make([]Token, 0, (end-start)/5+1)
	i := start
	for i < end {
		r, w := utf8.DecodeRuneInString(src[i:end])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0':
			i += w
		case unicode.IsDigit(r):
			j := scanNumber(src, i, end)
			// A number glued to letters (2nd, 1980s, 9/11 handled as number).
			k := j
			for k < end {
				r2, w2 := utf8.DecodeRuneInString(src[k:end])
				if !unicode.IsLetter(r2) {
					break
				}
				k += w2
			}
			kind := Number
			if k > j {
				j, kind = k, Word
			}
			toks = append(toks, mk(src, i, j, kind))
			i = j
		case unicode.IsLetter(r):
			j := scanWord(src, i, end)
			toks = append(toks, mk(src, i, j, Word))
			i = j
		default:
			toks = append(toks, mk(src, i, i+w, Punct))
			i += w
		}
	}
	return toks
}

func mk(src string, i, j int, k Kind) Token {
	s := src[i:j]
	lower := strings.ToLower(s)
	if strings.ContainsRune(lower, '’') {
		lower = strings.ReplaceAll(lower, "’", "'")
	}
	return Token{Start: i, End: j, Text: s, Kind: k, Lower: lower}
}

// scanNumber reads digits (of any script) with inner , . separators
// followed by a digit. It always advances past the first digit.
func scanNumber(src string, i, end int) int {
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(src[j:end])
		if unicode.IsDigit(r) {
			j += w
			continue
		}
		c := src[j]
		if (c == ',' || c == '.') && j+1 < end && src[j+1] >= '0' && src[j+1] <= '9' {
			j++
			continue
		}
		break
	}
	return j
}

// scanWord reads letters and digits with inner hyphens and apostrophes
// (al-Muhajir, ISIS-K, Taliban's is split before the 's), and dotted
// abbreviations (U.S., U.N.).
func scanWord(src string, i, end int) int {
	j := i
	for j < end {
		r, w := utf8.DecodeRuneInString(src[j:end])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += w
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' {
			// Inner joiner only when a letter or digit follows.
			if j+w < end {
				r2, _ := utf8.DecodeRuneInString(src[j+w : end])
				if unicode.IsLetter(r2) || (r == '-' && unicode.IsDigit(r2)) {
					if r == '.' && !dottedAbbrev(src, i, j) {
						break
					}
					if (r == '\'' || r == '’') && isPossessiveS(src, j+w, end) {
						break
					}
					j += w
					continue
				}
			}
			// Trailing dot of a dotted abbreviation: U.S.
			if r == '.' && dottedAbbrev(src, i, j) && strings.ContainsRune(src[i:j], '.') {
				j += w
			}
		}
		break
	}
	return j
}

// dottedAbbrev reports whether src[i:j] looks like the start of a dotted
// abbreviation: single letters separated by dots (U, U.S).
func dottedAbbrev(src string, i, j int) bool {
	parts := strings.Split(src[i:j], ".")
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

// isPossessiveS reports whether src[k:] starts with an "s" that ends the word.
func isPossessiveS(src string, k, end int) bool {
	if k >= end || (src[k] != 's' && src[k] != 'S') {
		return false
	}
	if k+1 >= end {
		return true
	}
	r, _ := utf8.DecodeRuneInString(src[k+1 : end])
	return !unicode.IsLetter(r)
}
