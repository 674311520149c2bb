package eval

import (
	"strings"
	"unicode"
)

// normName is the alias-pair normalisation of the contract: lowercased, with
// everything but letters and digits removed ("ISIS-K" and "isisk" agree).
func normName(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// normWords lowercases s, turns separators (spaces, dashes, slashes, commas,
// brackets and the like) into single spaces and drops all other punctuation
// (apostrophes, periods, quotes), so "Sana’a" is "sanaa", "U.S. officials"
// is "us officials" and "Dera Ismail-Khan" is "dera ismail khan".
func normWords(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		case unicode.IsSpace(r) || unicode.Is(unicode.Pd, r) || strings.ContainsRune("/\\,;:()[]{}_&+|", r):
			space = true
		}
	}
	return b.String()
}

// containsEither reports whether one of the normalised strings a and b
// contains the other. Empty strings contain and are contained by nothing.
func containsEither(a, b string) bool {
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// samePlaceName reports whether two place names name the same place by the
// contract's text rule: after normWords either contains the other, or they
// are equal once spaces are dropped too ("Kabul airport" ~ "Kabul").
func samePlaceName(a, b string) bool {
	na, nb := normWords(a), normWords(b)
	if containsEither(na, nb) {
		return true
	}
	ca, cb := strings.ReplaceAll(na, " ", ""), strings.ReplaceAll(nb, " ", "")
	return ca != "" && ca == cb
}

// sameSource reports whether a predicted source agrees with the gold one:
// both absent (the article's own voice), or both present and one contains
// the other after normWords ("U.S. intelligence officials" ~ "US
// intelligence officials" ~ "intelligence officials").
func sameSource(gold, pred *string) bool {
	g, p := normWords(deref(gold)), normWords(deref(pred))
	if g == "" || p == "" {
		return g == "" && p == ""
	}
	return containsEither(g, p)
}

// normValue is the claim-value normalisation: lowercased, typographic
// apostrophes and quotes folded to plain ones, runs of white space made one
// space.
func normValue(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '‘', '’', 'ʼ', '`', '´':
			return '\''
		case '“', '”':
			return '"'
		}
		return r
	}, strings.ToLower(s))
	return strings.Join(strings.Fields(s), " ")
}

// dateAgrees reports whether a predicted date agrees with a gold date: equal,
// or, for a partial gold date (YYYY or YYYY-MM), a prediction at the same or
// finer precision that starts with it ("2015-11-13" and "2015-11" agree with
// gold "2015-11"; "2015" does not).
func dateAgrees(pred, gold string) bool {
	pred, gold = strings.TrimSpace(pred), strings.TrimSpace(gold)
	if pred == "" || gold == "" {
		return false
	}
	return pred == gold || strings.HasPrefix(pred, gold+"-")
}

// aliasIndex maps a normalised name to the gold alias sets that hold it. It
// makes name comparison alias-aware: two names are the same group when they
// normalise alike or sit in one gold alias set of the document.
type aliasIndex map[string][]int

// newAliasIndex indexes a document's gold alias sets.
func newAliasIndex(sets [][]string) aliasIndex {
	ix := aliasIndex{}
	for i, set := range sets {
		for _, name := range set {
			n := normName(name)
			if n == "" {
				continue
			}
			if l := ix[n]; len(l) == 0 || l[len(l)-1] != i {
				ix[n] = append(l, i)
			}
		}
	}
	return ix
}

// same reports whether names a and b denote the same group in the document.
func (ix aliasIndex) same(a, b string) bool {
	na, nb := normName(a), normName(b)
	if na == "" || nb == "" {
		return false
	}
	if na == nb {
		return true
	}
	for _, i := range ix[na] {
		for _, j := range ix[nb] {
			if i == j {
				return true
			}
		}
	}
	return false
}

// deref returns *p, or "" for nil.
func deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// blank reports whether p is nil or only white space.
func blank(p *string) bool { return p == nil || strings.TrimSpace(*p) == "" }

// eqNum reports whether two optional numbers are equal, nil equal to nil.
func eqNum(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}
