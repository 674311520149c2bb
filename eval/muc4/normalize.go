package muc4

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pyPunctuation is Python's string.punctuation: the ASCII punctuation GRIT
// removes.
const pyPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"

// Normalize is GRIT's normalize_string (xinyadu/grit_doc_event_entity,
// eval.py; the same function is in xinyadu/doc_event_role, eval.py), applied
// in its order: lower-case; delete ASCII punctuation (Python's
// string.punctuation, so "m-19" becomes "m19" and "o'neill" "oneill"); turn
// every whole word "a", "an" or "the" into a space (the regular expression
// \b(a|an|the)\b, where a word is a run of letters, digits and underscores);
// collapse whitespace runs to one space and trim. So `The "Santo Tomas"
// farm.` is "santo tomas farm".
//
// Lower-casing is Python's str.lower: besides the simple mappings of
// strings.ToLower, capital I with dot (U+0130) becomes "i" plus a combining
// dot, and a capital sigma that ends a word becomes the final sigma.
func Normalize(s string) string {
	// lower
	s = pyLower(s)
	// remove_punc
	s = strings.Map(func(r rune) rune {
		if r < 0x80 && strings.ContainsRune(pyPunctuation, r) {
			return -1
		}
		return r
	}, s)
	// remove_articles: replace whole-word articles by a space.
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			r, size := utf8.DecodeRuneInString(s[j:])
			if !isWordRune(r) {
				break
			}
			j += size
		}
		if j > i {
			switch w := s[i:j]; w {
			case "a", "an", "the":
				b.WriteByte(' ')
			default:
				b.WriteString(w)
			}
			i = j
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	// white_space_fix
	return strings.Join(strings.FieldsFunc(b.String(), isPySpace), " ")
}

// pyLower is Python's str.lower: strings.ToLower plus the two special
// casings Python applies when lower-casing (Unicode SpecialCasing.txt).
func pyLower(s string) string {
	if !strings.ContainsAny(s, "\u0130\u03a3") {
		return strings.ToLower(s)
	}
	rs := []rune(s)
	var b strings.Builder
	b.Grow(len(s) + 1)
	for i, r := range rs {
		switch r {
		case '\u0130':
			b.WriteString("i\u0307")
		case '\u03a3':
			if finalSigma(rs, i) {
				b.WriteRune('\u03c2')
			} else {
				b.WriteRune('\u03c3')
			}
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// finalSigma is the Final_Sigma condition for rs[i]: a cased letter comes
// before it and none after it, skipping case-ignorable characters.
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !cased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !cased(rs[j])
}

// cased is Unicode's Cased property.
func cased(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsLower(r) || unicode.IsTitle(r) ||
		unicode.In(r, unicode.Other_Lowercase, unicode.Other_Uppercase)
}

// caseIgnorable is Unicode's Case_Ignorable property: marks, format
// characters, modifier letters and symbols, and the word-internal
// punctuation of the word-break rules (MidLetter, MidNumLet, Single_Quote).
func caseIgnorable(r rune) bool {
	switch r {
	case '\'', '.', ':', '\u00b7', '\u0387', '\u055f', '\u05f4', '\u2018', '\u2019',
		'\u2024', '\u2027', '\ufe13', '\ufe52', '\ufe55', '\uff07', '\uff0e', '\uff1a':
		return true
	}
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk)
}

// isWordRune reports whether r is a word character of Python's Unicode
// regular expressions (\w): a letter, a number or an underscore.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// isPySpace reports whether Python's str.split() splits at r: Unicode white
// space plus the ASCII separators U+001C to U+001F.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// Head-noun finding. Du and Cardie take the roots of spaCy's noun chunks of
// the normalised string (usually several: "church of san jose" has the
// chunks "church" and "san jose", so the heads "church" and "jose"); without
// a parser this file approximates that: the words are cut at the first
// relative pronoun (what follows is a clause, not a noun phrase), split into
// chunks at prepositions and conjunctions, and each chunk's last word is its
// head unless it is a determiner, quantifier or number.

// clauseWords end a noun phrase: what follows them is dropped.
var clauseWords = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "that": true,
	"where": true, "when": true,
}

// chunkBreaks separate the noun chunks of a phrase.
var chunkBreaks = map[string]bool{
	"of": true, "in": true, "at": true, "on": true, "for": true, "from": true,
	"with": true, "without": true, "near": true, "by": true, "to": true,
	"into": true, "inside": true, "outside": true, "against": true,
	"between": true, "during": true, "under": true, "over": true,
	"about": true, "after": true, "before": true, "along": true,
	"toward": true, "towards": true, "among": true, "across": true,
	"through": true, "behind": true, "belonging": true, "including": true,
	"and": true, "or": true, "but": true, "nor": true, "as": true,
}

// notHeads are words that end a chunk without being a noun.
var notHeads = map[string]bool{
	"some": true, "all": true, "several": true, "other": true,
	"any": true, "each": true, "both": true, "many": true, "few": true,
	"this": true, "these": true, "those": true, "its": true, "their": true,
	"his": true, "her": true, "our": true, "my": true, "your": true,
	"more": true, "most": true, "such": true, "own": true,
}

// headNouns returns the head nouns of a normalised string (see above);
// "the church" gives [church], "church of san jose" gives [church jose].
func headNouns(norm string) []string {
	words := strings.Fields(norm)
	for i, w := range words {
		if i > 0 && clauseWords[w] {
			words = words[:i]
			break
		}
	}
	var heads []string
	start := 0
	for i := 0; i <= len(words); i++ {
		if i < len(words) && !chunkBreaks[words[i]] {
			continue
		}
		if i > start {
			if h := words[i-1]; !notHeads[h] && !isNumeral(h) {
				heads = append(heads, h)
			}
		}
		start = i + 1
	}
	return heads
}

// isNumeral reports whether w is made of digits only.
func isNumeral(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return w != ""
}
