package gazetteer

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the lookup key for a place name: lowercase, without
// diacritics ("Jalālābād" → "jalalabad"), without apostrophes and dots
// ("Sana'a" → "sanaa", "U.S." → "us"), with every other run of
// punctuation, symbols and spaces folded to one space ("Deir ez-Zor" →
// "deir ez zor") and no space at either end. Letters of other scripts are
// lowercased and kept. Keys of the Gazetteer, and the arguments of Has,
// are Normalize's results.
func Normalize(s string) string {
	// Fast path: already a key.
	clean := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ') {
			clean = false
			break
		}
	}
	if clean {
		return s
	}

	var b strings.Builder
	b.Grow(len(s))
	space := false // a separator is pending
	emit := func(str string) {
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(str)
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteByte(c)
			case 'A' <= c && c <= 'Z':
				if space && b.Len() > 0 {
					b.WriteByte(' ')
				}
				space = false
				b.WriteByte(c + 'a' - 'A')
			case c == '\'' || c == '`' || c == '.':
				// dropped: "Sana'a", "U.S."
			default:
				space = true
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case apostrophe(r):
			// dropped: "Ta‘izz", "Ma’rib"
		case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
			// a combining mark of an already decomposed letter
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			fold := latinFold()
			if f, ok := fold[r]; ok {
				emit(f)
			} else if lr := unicode.ToLower(r); lr != r && fold[lr] != "" {
				emit(fold[lr])
			} else {
				emit(string(lr))
			}
		default:
			space = true
		}
	}
	return b.String()
}

// apostrophe reports whether r is one of the marks written for an
// apostrophe, an ayin or a hamza in transliterated names.
func apostrophe(r rune) bool {
	switch r {
	case '’', '‘', '´', 'ʼ', 'ʻ', 'ʽ', 'ʿ', 'ʾ', '′', '‛', 'ˈ':
		return true
	}
	return false
}

// latinFold maps the accented and special Latin letters to their lowercase
// ASCII spelling.
var latinFold = sync.OnceValue(func() map[rune]string {
	m := map[rune]string{}
	add := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			if !unicode.IsLetter(r) {
				continue
			}
			var b strings.Builder
			for _, d := range norm.NFD.String(string(r)) {
				if !unicode.Is(unicode.Mn, d) {
					b.WriteRune(unicode.ToLower(d))
				}
			}
			if f := b.String(); f != "" && isASCII(f) {
				m[r] = f
			}
		}
	}
	add(0x00C0, 0x024F) // Latin-1 Supplement, Extended-A and -B
	add(0x1E00, 0x1EFF) // Latin Extended Additional: ḩ ḑ ṭ ẕ ...
	for r, f := range map[rune]string{
		'ß': "ss", 'ẞ': "ss", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
		'ø': "o", 'Ø': "o", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d",
		'ł': "l", 'Ł': "l", 'ı': "i", 'þ': "th", 'Þ': "th", 'ħ': "h", 'Ħ': "h",
		'ŧ': "t", 'Ŧ': "t", 'ŋ': "n", 'Ŋ': "n", 'ƒ': "f", 'ǝ': "e", 'ə': "e", 'Ə': "e",
	} {
		m[r] = f
	}
	return m
})

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// words reports the number of space-separated words in a key.
func words(key string) int {
	if key == "" {
		return 0
	}
	return strings.Count(key, " ") + 1
}
