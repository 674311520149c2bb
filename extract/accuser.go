package extract

import (
	"strings"

	"dossier"
	"dossier/text"
)

// Who holds a group responsible for an attack: the subject of "blamed",
// "suspected" or "accused" ("police blamed the front"), the agent of its
// passive ("the front was blamed by the army"), or the sentence's speaker
// ("the attack bore the hallmarks of the front, officials said").

// accuser returns who blames or suspects the group of the cue at token t,
// as the text names them, or "". subjectAccused says the cue's subject is
// the one accused ("the front was blamed", "x is suspected of").
func (d *docState) accuser(st *evSentence, t int, subjectAccused bool) string {
	toks := st.toks
	// "was blamed by the army", "is suspected by investigators"
	for k := t + 1; k < len(toks) && k <= t+3; k++ {
		if toks[k].Lower == "by" {
			if by := d.phraseAt(st, k+1); by != "" {
				return by
			}
			break
		}
		if toks[k].Kind != text.Word {
			break
		}
	}
	if !subjectAccused {
		// "police blamed the front", "investigators have long suspected"
		k := t - 1
		for k >= 0 && set1(toks[k].Lower, "has", "have", "had", "also", "long", "reportedly", "now", "later", "swiftly", "quickly", "immediately") {
			k--
		}
		if by := d.phraseEndingAt(st, k); by != "" {
			return by
		}
	}
	return d.speaker(st)
}

// speaker returns who the sentence cites: "according to x", "x said",
// "..., x said".
func (d *docState) speaker(st *evSentence) string {
	toks := st.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].Lower == "according" && toks[k+1].Lower == "to" {
			return d.phraseAt(st, k+2)
		}
	}
	for k := 1; k < len(toks); k++ {
		l := toks[k].Lower
		if !set1(l, "said", "says", "say", "told", "stated", "reported", "announced", "confirmed") || !speechUse(toks, k) {
			continue
		}
		if by := d.phraseEndingAt(st, k-1); by != "" {
			return by // "police said", "..., the ministry said"
		}
		if toks[k-1].Text == "," || toks[k-1].Text == "\"" || isQuote(toks[k-1].Text) {
			if by := d.phraseAt(st, k+1); by != "" {
				return by // "..., said Colonel Radek Imre"
			}
		}
	}
	return ""
}

// phraseEndingAt returns the name or source phrase that ends at token k:
// a person or organisation the sentence names, or a phrase whose head
// names a source ("police", "US intelligence officials").
func (d *docState) phraseEndingAt(st *evSentence, k int) string {
	toks := st.toks
	if k < 0 || k >= len(toks) || toks[k].Kind != text.Word {
		return ""
	}
	for _, cm := range st.ms {
		if cm.end == k+1 && (cm.e.Type == dossier.Person || cm.e.Type == dossier.Organization) {
			return cm.e.Name
		}
	}
	if np, _ := nounPhraseBefore(d.src, toks, k); np != "" {
		return trimLead(np)
	}
	if !accuserHeads[toks[k].Lower] {
		return ""
	}
	j := k
	for j > 0 && k-j < 4 && toks[j-1].Kind == text.Word && !stopBefore[toks[j-1].Lower] {
		j--
	}
	return d.src[toks[j].Start:toks[k].End]
}

// accuserHeads are heads of phrases that hold someone responsible, beside
// the sources of speakerHeads: "the army blamed", "blamed by the president".
var accuserHeads = set(`army military forces troops president minister governor mayor leaders leader commander
	prosecutor prosecutors court judge media newspaper press`)

// phraseAt returns the name or source phrase that starts at token k: a
// person or organisation the sentence names there, else the words up to a
// preposition, clause word or punctuation (at most six).
func (d *docState) phraseAt(st *evSentence, k int) string {
	toks := st.toks
	if k >= len(toks) {
		return ""
	}
	for _, cm := range st.ms {
		if (cm.tok == k || cm.tok == k+1 && set1(toks[k].Lower, "the", "a", "an")) && (cm.e.Type == dossier.Person || cm.e.Type == dossier.Organization) {
			return cm.e.Name
		}
	}
	e := k
	for e < len(toks) && e-k < 6 && (toks[e].Kind == text.Word || isApos(toks[e].Text) || toks[e].Text == "-") && !phraseEnds[toks[e].Lower] {
		e++
	}
	if e == k || !speakerHeads[toks[e-1].Lower] && !accuserHeads[toks[e-1].Lower] {
		return "" // only a source's phrase: "the army", not "the bridge"
	}
	return trimLead(d.src[toks[k].Start:toks[e-1].End])
}

// phraseEnds end a phrase read forwards.
var phraseEnds = set(`for of in on at after over with that which who whom and but said says told on because as to from
	during since while when`)

// trimLead drops an article that opens a phrase.
func trimLead(s string) string {
	for _, a := range []string{"the ", "The ", "a ", "A ", "an ", "An "} {
		if strings.HasPrefix(s, a) {
			return s[len(a):]
		}
	}
	return s
}
