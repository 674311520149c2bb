package extract

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Key normalizes a name for comparison: a leading "the" is dropped, letters
// are lower-cased and stripped of accents, and everything but letters and
// digits is removed. "ISIS-K", "Isis K" and "the ISIS-K" share the key
// "isisk". It is the rule the alias-pair scorer uses.
func Key(name string) string {
	s := strings.TrimSpace(name)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		// the common case without decomposition or runes
		buf := make([]byte, 0, len(s))
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
				buf = append(buf, c)
			case c >= 'A' && c <= 'Z':
				buf = append(buf, c+'a'-'A')
			}
		}
		return string(buf)
	}
	return keyRunes(s)
}

// keyRunes is Key's letters and digits of s, decomposed and lower-cased,
// for any text.
func keyRunes(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range norm.NFD.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// words splits a name into its words at spaces and hyphens, dropping
// punctuation: "ISIS-Khorasan" → [ISIS Khorasan].
func words(name string) []string {
	return strings.FieldsFunc(name, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’')
	})
}

// generic words may be left out of a short form: "ISK" for "Islamic State
// Khorasan Province".
var genericWords = set(`province group organization organisation movement network wilayat the of in and for al`)

// weakWords never stand alone as the short form of a name.
var weakWords = set(`islamic national democratic popular revolutionary united liberation front army people people's state islamist jihadist muslim arab new free great holy global jihad mujahideen sunni shia`)

// isAcronym reports whether w is an all-capitals token of 2-6 letters.
func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 6
}

// Abbreviates reports whether short is an abbreviation or short form of
// long: its parts, in order, are initials of consecutive words of long
// (ISKP, IS-K), whole words of long (IS-Khorasan), or names that expand
// (through expand, e.g. ISIS → Islamic State) to consecutive words of long,
// and together they cover every word of long that is not generic. It is
// false when short covers only a leading part of long: ISIS does not
// abbreviate ISIS-Khorasan, it names its parent.
func Abbreviates(short, long string, expand func(string) []string) bool {
	sw, lw := words(short), words(long)
	if len(sw) == 0 || len(lw) == 0 || Key(short) == Key(long) {
		return false
	}
	if len(sw) == 1 && !isAcronym(sw[0]) && (weakWords[strings.ToLower(sw[0])] || len(sw[0]) < 4) {
		return false
	}
	lower := make([]string, len(lw))
	for i, w := range lw {
		lower[i] = strings.ToLower(w)
	}
	return cover(sw, 0, lower, 0, expand)
}

// cover matches short parts sw[i:] against long words lw[j:].
func cover(sw []string, i int, lw []string, j int, expand func(string) []string) bool {
	// skip generic long words
	if i == len(sw) {
		for ; j < len(lw); j++ {
			if !genericWords[lw[j]] {
				return false
			}
		}
		return true
	}
	if j == len(lw) {
		return false
	}
	part := sw[i]
	pl := strings.ToLower(part)
	// whole word
	if pl == lw[j] && cover(sw, i+1, lw, j+1, expand) {
		return true
	}
	// expansion of a known short name (ISIS → islamic state)
	if expand != nil {
		for _, e := range expand(part) {
			ew := words(strings.ToLower(e))
			if len(ew) > 0 && j+len(ew) <= len(lw) && equalWords(ew, lw[j:j+len(ew)]) && cover(sw, i+1, lw, j+len(ew), expand) {
				return true
			}
		}
	}
	// initials: each letter of an acronym part starts a consecutive word;
	// generic words may be skipped only when the acronym has no letter for
	// them.
	if isAcronym(part) && len([]rune(part)) <= len(lw)-j+2 {
		if initials([]rune(pl), 0, lw, j, sw, i, expand) {
			return true
		}
	}
	// skip a generic long word not represented in the short form
	if genericWords[lw[j]] && cover(sw, i, lw, j+1, expand) {
		return true
	}
	return false
}

func initials(letters []rune, k int, lw []string, j int, sw []string, i int, expand func(string) []string) bool {
	if k == len(letters) {
		return cover(sw, i+1, lw, j, expand)
	}
	if j == len(lw) {
		return false
	}
	first := []rune(lw[j])[0]
	if first == letters[k] && initials(letters, k+1, lw, j+1, sw, i, expand) {
		return true
	}
	// "of", "the" and similar may be skipped inside an acronym (Institute
	// for the Study of War → ISW).
	if (lw[j] == "of" || lw[j] == "the" || lw[j] == "for" || lw[j] == "and" || lw[j] == "in" || lw[j] == "al") && initials(letters, k, lw, j+1, sw, i, expand) {
		return true
	}
	return false
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// StemOf reports whether parent names the group that child is a branch of:
// child is parent's words followed by a qualifier ("ISIS-K", "ISIS
// Khorasan", "Islamic State Khorasan Province" for parent "ISIS" or "Islamic
// State"), or parent expands to child's leading words.
func StemOf(parent, child string, expand func(string) []string) bool {
	pk, ck := Key(parent), Key(child)
	if pk == "" || ck == pk || Abbreviates(parent, child, expand) || Abbreviates(child, parent, expand) {
		return false
	}
	cw := lowerWords(child)
	forms := [][]string{lowerWords(parent)}
	if expand != nil {
		for _, e := range expand(parent) {
			forms = append(forms, lowerWords(e))
		}
	}
	for _, fw := range forms {
		if len(fw) > 0 && len(fw) < len(cw) && equalWords(fw, cw[:len(fw)]) && !allGeneric(cw[len(fw):]) {
			return true
		}
	}
	// the child's first word expands to the parent: ISIS-K and Islamic State
	if expand != nil && len(cw) > 1 && !allGeneric(cw[1:]) {
		for _, e := range expand(words(child)[0]) {
			if Key(e) == pk {
				return true
			}
			for _, f := range expand(parent) {
				if Key(e) == Key(f) {
					return true
				}
			}
		}
	}
	return false
}

func lowerWords(s string) []string {
	w := words(s)
	for i := range w {
		w[i] = strings.ToLower(w[i])
	}
	return w
}

func allGeneric(ws []string) bool {
	for _, w := range ws {
		if !genericWords[w] {
			return false
		}
	}
	return true
}

// editDistance returns the Levenshtein distance between a and b, or max+1
// when it exceeds max.
func editDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d > max || -d > max {
		return max + 1
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
			best = min(best, cur[j])
		}
		if best > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
