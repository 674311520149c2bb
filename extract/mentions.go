package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier"
	"dossier/text"
)

// mention is a candidate name found in the text, before clustering.
type mention struct {
	start, end int    // byte offsets
	name       string // display name (ISIS-Khorasan for "ISIS- Khorasan")
	typ        dossier.EntityType
	sent       int
	ti, tj     int // token range within the sentence
	actor      *Actor
	place      *Place
	ref        bool   // referring expression ("the group")
	how        string // why typed: known, place, rule, context, doc, variant, ...
}

// namey reports whether a token can be part of a capitalised name.
func namey(t text.Token) bool {
	if t.Kind != text.Word {
		return false
	}
	if t.Cap() {
		return true
	}
	// al-Muhajir, el-Sisi, bin Laden's "bin" is a connector
	for _, p := range [...]string{"al-", "el-", "ad-", "ash-", "as-", "ar-", "an-", "at-", "az-", "ul-", "ud-", "e-", "i-"} {
		if strings.HasPrefix(t.Text, p) && len(t.Text) > len(p) {
			r, _ := utf8.DecodeRuneInString(t.Text[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

// isTitleCase reports whether a sentence is a headline in title case, where
// capitals say nothing about names: most of its longer words are
// capitalised and it does not end with a full stop.
func isTitleCase(toks []text.Token) bool {
	if len(toks) == 0 || toks[len(toks)-1].Text == "." {
		return false
	}
	long, caps := 0, 0
	for _, t := range toks {
		if t.Kind != text.Word || len(t.Text) < 4 {
			continue
		}
		long++
		if t.Cap() {
			caps++
		}
	}
	return long >= 3 && caps*10 >= long*7
}

// chunk is a run of tokens [i, j) of a sentence that may be a name.
type chunk struct{ i, j int }

// chunks finds maximal runs of capitalised tokens, joined by connectors
// ("of", "for the", "al") and glued hyphens ("ISIS- Khorasan").
func chunks(toks []text.Token) []chunk {
	var out []chunk
	i := 0
	for i < len(toks) {
		if !namey(toks[i]) {
			i++
			continue
		}
		j := i + 1
	extend:
		for j < len(toks) {
			t := toks[j]
			// "Crimson Covenant-linked Northern Wolves": the compound ends a name
			if k := strings.LastIndexByte(toks[j-1].Text, '-'); k > 0 && adjSuffix[toks[j-1].Text[k+1:]] {
				break extend
			}
			switch {
			case namey(t) && t.Start-toks[j-1].End <= 1:
				j++
			case t.Text == "-" && j+1 < len(toks) && namey(toks[j+1]) && t.Start == toks[j-1].End:
				j += 2
			case isDash(t.Text) && j+1 < len(toks) && namey(toks[j+1]) && headWithin(toks, j+1, 3, armedHeads):
				// "Crimson Covenant – Saren Province", "Islamic State - Khorasan Province"
				j += 2
			case (t.Text == "'" || t.Text == "’") && j+2 < len(toks) && toks[j+1].Lower == "s" && t.Start == toks[j-1].End &&
				namey(toks[j+2]) && headWithin(toks, j+2, 3, possessiveHeads):
				// "Vael People's Liberation Army", "Lord's Resistance Army"
				j += 3
			case t.Lower == "in" && joinsIn(toks, i, j):
				k := j + 1
				if k < len(toks) && toks[k].Lower == "the" {
					k++
				}
				if k < len(toks) && namey(toks[k]) {
					j = k + 1
				} else {
					break extend
				}
			case connectors[t.Lower] && t.Lower != "the":
				k := j
				for k < len(toks) && k-j < 2 && connectors[toks[k].Lower] && toks[k].Kind == text.Word {
					k++
				}
				if k < len(toks) && namey(toks[k]) && !commonWords[toks[k].Lower] {
					j = k + 1
				} else {
					break extend
				}
			case t.Lower == "and" && j+1 < len(toks) && namey(toks[j+1]) && andJoins(toks, i, j):
				j += 2
			default:
				break extend
			}
		}
		// trim function words at both ends: "The", "According", "Now"
		a, b := i, j
		for a < b && leadTrim[toks[a].Lower] && !isAcronymTok(toks[a]) {
			a++
		}
		// "Members of the Red Dawn Front" at a sentence's start: the
		// group is what follows "of"
		if b-a > 3 && memberNouns[toks[a].Lower] && toks[a+1].Lower == "of" {
			a += 2
			if toks[a].Lower == "the" {
				a++
			}
		}
		for b > a && (tailTrim[toks[b-1].Lower] || connectors[toks[b-1].Lower] || toks[b-1].Text == "-") && !isAcronymTok(toks[b-1]) {
			b--
		}
		if a < b {
			out = append(out, chunk{a, b})
		}
		i = j
	}
	return out
}

// memberNouns, capitalised before "of" at the start of a name-like run,
// name some of a group's people rather than begin its name.
var memberNouns = set(`members fighters militants followers leaders commanders elements remnants operatives gunmen loyalists`)

func isDash(s string) bool { return s == "–" || s == "-" }

// possessiveHeads end names with a possessive inside: "People's Liberation
// Army", "Lord's Resistance Army".
var possessiveHeads = set(`army front movement brigade brigades party league union congress guard militia mujahideen resistance`)

// headWithin reports whether a run of capitalised tokens starting at k ends,
// within n tokens, with a word of heads.
func headWithin(toks []text.Token, k, n int, heads map[string]bool) bool {
	for e := k; e < len(toks) && e < k+n; e++ {
		if !namey(toks[e]) {
			return false
		}
		if heads[toks[e].Lower] {
			return true
		}
	}
	return false
}

// joinsIn reports whether the run toks[i:j] is a group name that "in" may
// continue.
func joinsIn(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if inJoins[toks[k].Lower] {
			return true
		}
	}
	return false
}

func isAcronymTok(t text.Token) bool { return t.AllCaps() && len(t.Text) >= 2 }

// andJoins reports whether "and" at j continues the name that started at i:
// inside organization names (Institute for Economics and Peace, MENA
// Research and Study Center).
func andJoins(toks []text.Token, i, j int) bool {
	if orgFirst[toks[i].Lower] {
		return true
	}
	// the run after "and" ends with an organization head within 3 tokens
	for k := j + 1; k < len(toks) && k <= j+3; k++ {
		if !namey(toks[k]) {
			return false
		}
		if orgHeads[toks[k].Lower] {
			return !orgHeads[toks[j-1].Lower]
		}
	}
	return false
}

// span returns the display name of tokens [i, j): the source text with
// glued-hyphen spaces removed ("ISIS- Khorasan" → "ISIS-Khorasan") and curly
// quotes and line breaks folded.
func span(src string, toks []text.Token, i, j int) string {
	s := src[toks[i].Start:toks[j-1].End]
	if strings.Contains(s, "- ") && !strings.Contains(s, " - ") {
		s = strings.ReplaceAll(s, "- ", "-")
	}
	if strings.ContainsAny(s, "\n\t") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// findMentions finds the name mentions of one sentence.
func (d *docState) findMentions(s *text.Sentence) {
	toks := s.Tokens
	if d.lower {
		d.scanKnown(s, 0, len(toks), true, true)
		d.lowerNamesAgain(s)
		d.lowerGroups(s)
		return
	}
	title := isTitleCase(toks)
	d.scanActors(s)
	for _, c := range chunks(toks) {
		d.classifyChunk(s, c.i, c.j, title)
	}
	d.findRefs(s)
}

// classifyChunk types a chunk as a whole, or finds known names inside it.
func (d *docState) classifyChunk(s *text.Sentence, i, j int, title bool) {
	toks := s.Tokens
	name := span(d.src, toks, i, j)
	m := &mention{start: toks[i].Start, end: toks[j-1].End, name: name, sent: s.Index, ti: i, tj: j}
	// "Isis-affiliated", "Taliban-led": the name without its suffix
	if k := strings.LastIndexByte(name, '-'); k > 0 && adjSuffix[name[k+1:]] {
		cut := len(name) - k
		m.name = name[:k]
		m.end -= cut
		name = m.name
		// type the name without its suffix
		t2 := *s
		t2.Tokens = append([]text.Token(nil), s.Tokens...)
		last := &t2.Tokens[j-1]
		last.Text, last.End = last.Text[:len(last.Text)-cut], last.End-cut
		last.Lower = strings.ToLower(last.Text)
		s = &t2
		toks = t2.Tokens
	}
	// "the Haqqani network": a lower-case head that belongs to the name
	if j < len(toks) && nameHeads[toks[j].Lower] && toks[j].Start-toks[j-1].End == 1 && !toks[j].Cap() {
		if a := d.ex.Know.Lookup(name+" "+toks[j].Text, d.lower); a != nil || !title {
			m.end = toks[j].End
			m.name = name + " " + toks[j].Text
			name = m.name
			j++
			m.tj = j
		}
	}
	if a := d.ex.Know.Lookup(name, false); a != nil {
		m.typ, m.actor, m.how = a.Type, a, "known"
		d.addOver(m)
		return
	}
	// "Saudi al-Qaeda", "Afghan Taliban" when not known as such: a
	// nationality word before a known name is not part of it
	if j-i > 1 && d.demonym(toks[i].Text) {
		rest := span(d.src, toks, i+1, j)
		if a := d.ex.Know.Lookup(rest, false); a != nil {
			m.start, m.name, m.ti = toks[i+1].Start, rest, i+1
			m.typ, m.actor, m.how = a.Type, a, "known"
			d.addOver(m)
			return
		}
	}
	if d.demonym(name) {
		return
	}
	if p, ok := d.place(name, toks, i, j); ok {
		m.typ, m.place, m.how = dossier.Location, p, "place"
		d.add(m)
		return
	}
	if !title && cuedGroupAt(toks, i) {
		// "a group calling itself the Ostrava Twelve": a group's name
		// whatever its words
		m.typ, m.how = dossier.ArmedGroup, "rule"
		d.addOver(m)
		return
	}
	if !title {
		if typ, a, how := d.typeByRule(s, i, j); typ != "" {
			m.typ, m.how = typ, how
			if a > i { // a title such as "Mr" or "President" is not part of the name
				m.start, m.name, m.ti = toks[a].Start, span(d.src, toks, a, j), a
			}
			if typ == dossier.ArmedGroup || typ == dossier.Organization {
				d.addOver(m)
			} else {
				d.add(m)
			}
			return
		}
	}
	// Known names inside the chunk: "Fighting Taliban", "Kabul Airport".
	if j-i > 1 && d.scanKnown(s, i, j, false, title) {
		return
	}
	// In a headline, an unknown run is kept as a candidate only: it becomes
	// an entity when the rest of the document names it ("What is Black
	// Orchard?" beside "the Black Orchard Movement").
	// Keep an untyped candidate for the document pass (acronyms, surnames).
	m.how = ""
	d.add(m)
}

// adjSuffix are the adjectives glued to a name by a hyphen.
var adjSuffix = set(`affiliated linked led backed based allied inspired style controlled held aligned run sponsored funded trained owned supported dominated`)

// nameHeads are lower-case nouns that complete a group's name.
var nameHeads = set(`branch wing`)

// scanActors finds the names of known actors in s, longest first, across
// lower-case connectors ("al Qaeda in the Arabian Peninsula", "the Haqqani
// network") that the capitalised chunks would break.
func (d *docState) scanActors(s *text.Sentence) {
	toks := s.Tokens
	for p := 0; p < len(toks); p++ {
		n := d.ex.Know.Starts(toks[p].Lower)
		if n == 0 || toks[p].Lower == "the" {
			continue
		}
		for q := min(len(toks), p+n); q > p; q-- {
			if toks[q-1].Kind == text.Punct {
				continue
			}
			name := span(d.src, toks, p, q)
			a := d.ex.Know.Lookup(name, d.lower)
			if a == nil {
				continue
			}
			// a single lower-case word in running text is not a name
			if q-p == 1 && !namey(toks[p]) && !d.lower {
				continue
			}
			// "an Islamic state": a common noun after an indefinite article
			if q-p > 1 && !d.lower && !namey(toks[q-1]) && p > 0 && (toks[p-1].Lower == "a" || toks[p-1].Lower == "an") {
				continue
			}
			d.add(&mention{start: toks[p].Start, end: toks[q-1].End, name: name, sent: s.Index, ti: p, tj: q, typ: a.Type, actor: a, how: "known"})
			p = q - 1
			break
		}
	}
}

// scanKnown finds the longest known names (actors, places) in tokens
// [i, j) of s and reports whether it found any. With caseless it also
// matches lower-case text.
func (d *docState) scanKnown(s *text.Sentence, i, j int, caseless, anyPlace bool) bool {
	toks := s.Tokens
	found := false
	maxW := max(d.ex.Know.MaxWords(), 4)
	starter, _ := d.ex.Places.(placeStarter)
	var inName []bool
	if caseless {
		inName = personNameWords(toks)
	}
	for p := i; p < j; {
		if toks[p].Kind != text.Word {
			p++
			continue
		}
		// a word no known name and no place name begins with starts no
		// window (most words of a text; the test is cheap, the windows
		// are not); dotted acronyms ("i.s.k.p.") are tried anyway
		if starter != nil && d.ex.Know.Starts(toks[p].Lower) == 0 && !starter.MayStart(toks[p].Text) &&
			(p+1 >= len(toks) || toks[p+1].Text != ".") {
			p++
			continue
		}
		matched := false
		for q := min(j, p+maxW*2); q > p; q-- {
			if toks[q-1].Kind == text.Punct && (toks[q-1].Text != "." || q-2 < p || len(toks[q-2].Text) > 2) {
				continue // a name ends before a sentence's full stop ("i.s.k.p." ends with its dot)
			}
			name := span(d.src, toks, p, q)
			m := &mention{start: toks[p].Start, end: toks[q-1].End, name: name, sent: s.Index, ti: p, tj: q}
			if a := d.ex.Know.Lookup(name, caseless); a != nil && (!caseless || len(Key(name)) > 3 || shortGroupAt(toks, p, q, a)) {
				m.typ, m.actor, m.how = a.Type, a, "known"
			} else if pl, ok := d.place(name, toks, p, q); ok && (!caseless || !d.ex.Places.Ambiguous(name) && !inName[p] && !allCommon(toks[p:q])) && (anyPlace || q-p > 1 || pl.Kind == "country" || pl.Kind == "admin1") {
				m.typ, m.place, m.how = dossier.Location, pl, "place"
			} else {
				continue
			}
			d.add(m)
			found, matched = true, true
			p = q
			break
		}
		if !matched {
			p++
		}
	}
	return found
}

// personNameWords marks the tokens of a lower-case text that continue a
// person's name after its first name ("marco velden", "ana kessel de
// vega"): a surname there is not a place, whatever the gazetteer holds.
func personNameWords(toks []text.Token) []bool {
	in := make([]bool, len(toks))
	for k := 0; k < len(toks); k++ {
		n := lowerNameAt(toks, k)
		if n == 0 {
			continue
		}
		for q := k + 1; q < k+n; q++ {
			in[q] = true
		}
		k += n - 1
	}
	return in
}

// place looks a name up in the gazetteer. Names that are also common words
// or first names must be capitalised and not open the sentence.
func (d *docState) place(name string, toks []text.Token, i, j int) (*Place, bool) {
	if d.ex.Places == nil {
		return nil, false
	}
	if j-i == 1 && (toks[i].Kind != text.Word || len(toks[i].Text) < 3 && !toks[i].AllCaps()) {
		return nil, false
	}
	p, ok := d.ex.Places.Place(name)
	if !ok {
		return nil, false
	}
	if j-i == 1 && (commonWords[toks[i].Lower] || firstNames[toks[i].Lower] || personTitles[toks[i].Lower]) {
		return nil, false
	}
	if d.ex.Places.Ambiguous(name) && (i == 0 || !toks[i].Cap()) {
		return nil, false
	}
	return &p, true
}

// demonym reports whether name is a nationality word (Afghan, Pakistanis).
func (d *docState) demonym(name string) bool {
	l := strings.ToLower(name)
	if demonymLike[l] || demonymLike[strings.TrimSuffix(l, "s")] {
		return true
	}
	if d.ex.Places == nil {
		return false
	}
	if _, ok := d.ex.Places.Demonym(name); ok {
		return true
	}
	_, ok := d.ex.Places.Demonym(strings.TrimSuffix(name, "s"))
	return ok
}

// allCommon reports whether every word of toks is a common English word:
// in caseless text such a run ("the village", "the capital") is no place
// name, whatever place the gazetteer has by that name.
func allCommon(toks []text.Token) bool {
	for _, t := range toks {
		if t.Kind == text.Word && !commonWords[t.Lower] {
			return false
		}
	}
	return true
}

// typeByRule types a chunk by its words and context. It returns the type,
// the index of the first token of the name proper (after a title), and how
// the type was found.
func (d *docState) typeByRule(s *text.Sentence, i, j int) (dossier.EntityType, int, string) {
	toks := s.Tokens
	first, last := toks[i].Lower, toks[j-1].Lower
	n := j - i
	hasArmedWord := false
	for k := i; k < j; k++ {
		if armedWords[toks[k].Lower] {
			hasArmedWord = true
		}
	}
	stateForce := (last == "army" || last == "forces" || last == "police" || last == "guard") && (demonymLike[first] || first == "national" || first == "armed" || first == "security" || first == "federal" || first == "royal" || first == "special")
	// A person title: President Ashraf Ghani, Gen. Sharif.
	if n >= 2 && personTitles[strings.TrimSuffix(first, ".")] {
		a := i + 1
		for a < j-1 && (personTitles[strings.TrimSuffix(toks[a].Lower, ".")] || toks[a].Text == ".") {
			a++
		}
		if namey(toks[a]) && !orgHeads[last] && !armedHeads[last] {
			return dossier.Person, a, "title"
		}
	}
	// "Saren Province": an administrative province the gazetteer does not
	// know; a group's wilayat has the group's name before it ("Islamic
	// State Khorasan Province")
	if n == 2 && (last == "province" || last == "governorate" || last == "district" || last == "region") && !hasArmedWord {
		return dossier.Location, i, "rule"
	}
	switch {
	case stateForce:
		return dossier.Organization, i, "rule"
	case hasArmedWord && n >= 2 || armedFirst[first] || (armedHeads[last] && n >= 2) || last == "taliban":
		return dossier.ArmedGroup, i, "rule"
	case orgHeads[last] && n >= 2, orgFirst[first] && n >= 2:
		return dossier.Organization, i, "rule"
	}
	// a head inside the name: "Halden Institute for Conflict Studies",
	// "Army of the Righteous"
	for k := i + 1; k < j-1; k++ {
		if !connectors[toks[k+1].Lower] {
			continue
		}
		switch l := toks[k].Lower; {
		case orgFirst[l]:
			return dossier.Organization, i, "rule"
		case armedHeads[l] && l != "province":
			return dossier.ArmedGroup, i, "rule"
		}
	}
	// Persons: a known first name, an Arabic name particle, or context.
	if n >= 2 && n <= 4 && allCap(toks, i, j) {
		if firstNames[first] {
			return dossier.Person, i, "first-name"
		}
		for k := i + 1; k < j; k++ {
			if strings.HasPrefix(toks[k].Text, "al-") || strings.HasPrefix(toks[k].Text, "el-") || toks[k].Lower == "bin" || toks[k].Lower == "ibn" {
				return dossier.Person, i, "name-particle"
			}
		}
		if personContext(toks, i, j) {
			return dossier.Person, i, "context"
		}
	}
	return "", i, ""
}

func allCap(toks []text.Token, i, j int) bool {
	for k := i; k < j; k++ {
		if toks[k].Kind == text.Word && !namey(toks[k]) && !connectors[toks[k].Lower] {
			return false
		}
		if toks[k].AllCaps() {
			return false
		}
	}
	return true
}

// personContext reports whether the words around tokens [i, j) say they
// name a person: "X, a fellow at", "X said", "said X", "according to X,".
func personContext(toks []text.Token, i, j int) bool {
	// X, a/an/the ... roleNoun
	if j+1 < len(toks) && toks[j].Text == "," {
		// "X, whom the council describes as", "X, who directs"
		if toks[j+1].Lower == "who" || toks[j+1].Lower == "whom" {
			return true
		}
		for k := j + 1; k < len(toks) && k <= j+7; k++ {
			if personRoleNouns[toks[k].Lower] || moreRoleNouns[toks[k].Lower] {
				return true
			}
			if toks[k].Text == "," || toks[k].Text == "." {
				break
			}
		}
	}
	if j < len(toks) && speechVerbs[toks[j].Lower] {
		return true
	}
	// "X, said", "X, told"
	if j+1 < len(toks) && toks[j].Text == "," && speechVerbs[toks[j+1].Lower] {
		return true
	}
	if i > 0 && speechVerbs[toks[i-1].Lower] {
		return true
	}
	// "spokesman Zabihullah Mujahid", "commissioner, Ilse Varnay"
	if i > 0 && rolesBefore[toks[i-1].Lower] {
		return true
	}
	// "Current leader: X", "Founder: X" in a profile
	if i > 1 && (toks[i-1].Text == "," || toks[i-1].Text == ":") && rolesBefore[toks[i-2].Lower] {
		return true
	}
	return false
}

// moreRoleNouns are further occupations an apposition gives a person: "X,
// a former schoolteacher".
var moreRoleNouns = set(`schoolteacher sergeant soldier deserter trader farmer merchant smuggler engineer lawyer
	businessman businesswoman teacher shopkeeper driver pilot carpenter tailor mechanic cleric veteran`)

// rolesBefore are role nouns that precede a person's name.
var rolesBefore = set(`spokesman spokeswoman spokesperson commander leader chief founder director minister president
	governor officer journalist reporter correspondent analyst researcher professor fellow commissioner
	colonel general lieutenant captain sergeant deputy ambassador envoy emir cleric preacher imam mayor
	secretary chairman chairwoman head prosecutor judge lawyer activist coordinator official`)

// moreGroupModifiers are further adjectives of a referring expression: "the
// secular rebel group".
var moreGroupModifiers = set(`secular nationalist separatist religious hardline criminal separatist ethnic paramilitary
	banned outlawed proscribed clandestine underground leftist rightist marxist maoist communist`)

// findRefs finds referring expressions for groups: "the group", "the
// militant organization", "the extremist organization".
func (d *docState) findRefs(s *text.Sentence) {
	toks := s.Tokens
	for i := 0; i < len(toks); i++ {
		if toks[i].Lower != "the" {
			continue
		}
		k := i + 1
		for k < len(toks) && k-i <= 3 && (groupModifiers[toks[k].Lower] || moreGroupModifiers[toks[k].Lower]) {
			k++
		}
		if k >= len(toks) || !groupNouns[toks[k].Lower] {
			continue
		}
		// "the group of", "the group Lashkar" name something else
		if k+1 < len(toks) && (toks[k+1].Lower == "of" || namey(toks[k+1]) || toks[k+1].Lower == "that" && false) {
			continue
		}
		d.add(&mention{start: toks[i].Start, end: toks[k].End, name: span(d.src, toks, i, k+1), sent: s.Index, ti: i, tj: k + 1, ref: true, typ: dossier.ArmedGroup, how: "coreference"})
		i = k
	}
}

// shortGroupNouns are the nouns after a group's acronym that make it one
// in a text without capitals: "eln guerrillas", "the ira's leaders".
var shortGroupNouns = set(`guerrillas guerrilla guerillas rebels rebel front fronts members member commandos commando
	column columns units unit militants fighters terrorists terrorist insurgents leaders leader leadership command
	commander commanders spokesman militia cell cells faction factions 's ’s ' group`)

// shortGroupAt reports whether the three-letter name in tokens [p, q) of
// a text without capitals is the acronym of the armed group a: only where
// a group's name stands, after "the" or an opening bracket or before a
// noun of its men ("the eln", "(eln)", "eln guerrillas"), since a short
// acronym in lower case is often a word ("let", "who").
func shortGroupAt(toks []text.Token, p, q int, a *Actor) bool {
	if a.Type != dossier.ArmedGroup || q-p != 1 || len(Key(toks[p].Text)) != 3 || lowerAt(toks, q) == "(" {
		return false // "ira (institute of ...)": the text's own acronym
	}
	prev := ""
	if p > 0 {
		prev = toks[p-1].Lower
	}
	return prev == "the" || prev == "(" || shortGroupNouns[lowerAt(toks, q)]
}
