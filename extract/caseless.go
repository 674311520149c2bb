package extract

import (
	"strings"

	"dossier/text"
)

// caselessAbbrev are words whose dot does not end a sentence in a text
// without capitals, where the capital that would start the next sentence
// cannot tell.
var caselessAbbrev = set(`mr mrs ms dr prof gen lt col sgt capt cpt maj brig adm gov sen rep rev st jr sr no nos vs
	jan feb mar apr jun jul aug sep sept oct nov dec approx est inc ltd co corp dept fig cf al mt ft pres supt
	insp cmdr msgr sr sra srta lic ing arq cmdte gral cap tte cnel
	u.s e.g i.e a.m p.m`)

// splitCaseless splits again the sentences of a text that has no capitals
// (a lower-cased wire copy, a transcript): text.Split keeps a dot followed
// by a lower-case letter inside a sentence, which in such a text joins
// every sentence of a paragraph. A dot, question or exclamation mark
// followed by white space ends a sentence unless the word before it is an
// abbreviation or a single letter ("j. smith"), or a digit follows ("no.
// 4").
func splitCaseless(src string, sents []text.Sentence) []text.Sentence {
	out := make([]text.Sentence, 0, len(sents))
	for _, s := range sents {
		start := s.Start
		para := s.ParaStart
		toks := s.Tokens
		for k := 0; k+1 < len(toks); k++ {
			t := toks[k]
			if t.Kind != text.Punct || !(t.Text == "." || t.Text == "?" || t.Text == "!") {
				continue
			}
			// closing quotes and brackets stay with the sentence
			e := k
			for e+1 < len(toks) && toks[e+1].Kind == text.Punct && strings.Contains(`"')]”’`, toks[e+1].Text) && toks[e+1].Start == toks[e].End {
				e++
			}
			if e+1 >= len(toks) || toks[e+1].Start == toks[e].End {
				continue // no white space after it
			}
			if t.Text == "." && k > 0 {
				p := toks[k-1]
				w := strings.TrimSuffix(p.Lower, ".")
				if p.End == t.Start && (caselessAbbrev[w] || p.Kind == text.Word && len([]rune(w)) == 1) {
					continue
				}
				if toks[e+1].Kind == text.Number && caselessAbbrev[w] {
					continue
				}
			}
			end := toks[e].End
			out = append(out, text.Sentence{Start: start, End: end, ParaStart: para})
			start = toks[e+1].Start
			// a run of spaces between sentences is a collapsed paragraph break
			para = strings.Contains(src[end:start], "   ")
		}
		out = append(out, text.Sentence{Start: start, End: s.End, ParaStart: para})
	}
	for i := range out {
		out[i].Index = i
		out[i].Tokens = text.Tokenize(src, out[i].Start, out[i].End)
	}
	return out
}
