package extract

import (
	"strings"

	"dossier"
	"dossier/text"
)

// This file finds the names of groups the built-in knowledge does not hold
// in text without capitals, where the capitalised runs that find names in
// ordinary text say nothing. A run of words is a group's name when:
//
//   - an acronym in brackets or between commas follows it and its letters
//     start the run's words ("the tesmar liberation front (tlf)"), or the
//     acronym comes first and the name in brackets ("tlf (tesmar
//     liberation front)");
//   - a cue introduces it ("a group calling itself the x", "the
//     self-styled x", "a gang called the x");
//   - it ends with the head noun of an armed body (movement, front, army,
//     commando...) and an insurgent's word qualifies it ("the orvan
//     revolutionary movement", "the army of national liberation").

// groupNameHeads are the head nouns of organisations' names.
var groupNameHeads = set(`movement movements front fronts army armies forces party command commando commandos brigade
	brigades cartel union council group groups organization organisation squad squads alliance unit units battalion
	column league militia federation confederation coordinator coordinating committee junta detachment
	cell cells`)

// armedNameHeads are the heads of names of armed bodies: an insurgent's
// word before one makes the run a group's name without further cue.
var armedNameHeads = set(`movement front army forces command commando commandos brigade brigades squad squads alliance
	unit battalion militia cartel`)

// insurgentNameWords qualify the names of insurgent or paramilitary
// groups: "revolutionary", "liberation", "people's".
var insurgentNameWords = set(`revolutionary revolution liberation liberating popular patriotic anticommunist
	anti-communist communist marxist maoist leninist marxist-leninist resistance insurrectional
	anti-imperialist antiimperialist socialist zapatista sandinist sandinista guevarist
	bolivarian emancipation proletarian`)

// notInGroupName are words that never stand in a group's name before its
// head in running text: they make the run an ordinary phrase.
var notInGroupName = set(`police government ministry military navy treasury security municipal
	troops soldiers officials authorities members leaders leader member spokesman commander commanders
	attack attacks bomb bombs people's say said says told reported claimed killed new old other same
	this that these those its their his her our your my whose which what such own`)

// groupCueBefore are the words that introduce a group's name: "calling
// itself", "self-styled", "so-called".
var groupNamedAfter = set(`self-styled self-named self-proclaimed`)

// groupishNouns are the nouns a cue such as "called" needs before it to
// introduce a group's name: "a gang called".
var groupishNouns = set(`group groups gang gangs organization organisation organizations movement faction unit cell
	commando squad band army front cartel militia`)

// nameStops end a name read from a cue when no head noun does.
var nameStops = set(`today tonight yesterday tomorrow now then also recently claimed said says has have had was were
	is are will would which who that and or but in on at by for from with to of as after before during since`)

// lowerGroups finds the names of unknown groups in a sentence of a text
// without capitals (see the file comment) and records them as mentions,
// with the acronym a name states beside it.
func (d *docState) lowerGroups(s *text.Sentence) {
	toks := s.Tokens
	next := 0
	for k := 0; k < len(toks); k++ {
		if k < next || toks[k].Kind != text.Word {
			continue
		}
		// a cue introduces a name
		if a, ok := groupCueAt(toks, k); ok {
			if e := cuedNameEnd(toks, a); e > a {
				d.addLowerGroup(s, a, e, true)
				next = e
				if ac, ok := acronymAfter(toks, e); ok {
					if _, ok := fitAcronym(toks, a, e, toks[ac].Lower); ok {
						d.addAcronym(s, ac, a, e)
						next = ac + 1
					}
				}
				continue
			}
		}
		// an acronym, then the name in brackets: "tlf (tesmar liberation front)"
		if e, ok := acronymThenName(toks, k); ok {
			d.addLowerGroup(s, k+2, e, true)
			d.addAcronym(s, k, k+2, e)
			next = e + 1
			continue
		}
		if !groupNameHeads[toks[k].Lower] {
			continue
		}
		// skip to the last head of a run: "camilist union army"
		if k+1 < len(toks) && groupNameHeads[toks[k+1].Lower] {
			continue
		}
		e := ofExtension(toks, k+1)
		a := nameStart(toks, k)
		if a == k && e == k+1 {
			continue // a head alone is no name
		}
		if ac, ok := acronymAfter(toks, e); ok {
			if b, ok := fitAcronym(toks, a, e, toks[ac].Lower); ok {
				d.addLowerGroup(s, b, e, true)
				d.addAcronym(s, ac, b, e)
				next = ac + 1
				continue
			}
		}
		if armedNameHeads[toks[k].Lower] && insurgentWithin(toks, a, e) && wordCount(toks, a, e) >= 3 {
			d.addLowerGroup(s, a, e, false)
			next = e
		}
	}
}

// groupCueAt reports whether a cue introducing a group's name ends at
// token k-1 or k, and returns the first token of the name (after "the").
func groupCueAt(toks []text.Token, k int) (int, bool) {
	l := toks[k].Lower
	a := -1
	switch {
	case groupNamedAfter[l]:
		a = k + 1
	case (l == "itself" || l == "themselves") && groupishBefore(toks, k-1) && k > 0 && set1(toks[k-1].Lower, "calling", "calls", "called", "call", "named", "naming", "names", "styling", "styled", "describing", "describes"):
		a = k + 1
		if a < len(toks) && toks[a].Lower == "as" {
			a++
		}
	case (l == "called" || l == "named" || l == "as" && k > 0 && toks[k-1].Lower == "known") && wholeGroupBefore(toks, k):
		a = k + 1
	}
	if a < 0 {
		return 0, false
	}
	if a < len(toks) && toks[a].Lower == "the" {
		a++
	}
	return a, a < len(toks)
}

// groupishBefore reports whether a group noun stands within three tokens
// before the cue at k: "a new gang called", "the organization known as".
func groupishBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if groupishNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Kind == text.Punct {
			return false
		}
	}
	return false
}

// wholeGroupBefore reports whether a noun of a whole group stands within three
// tokens before the cue at k: "a new gang called" (not "a unit called",
// which names a part of one).
func wholeGroupBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if set1(toks[j].Lower, "group", "groups", "gang", "gangs", "organization", "organisation", "organizations", "movement", "band") {
			return true
		}
		if toks[j].Kind == text.Punct {
			return false
		}
	}
	return false
}

// politicalWords make a sentence one about ordinary politics, where a name
// such as "the national revolutionary movement" is a party's.
var politicalWords = set(`candidate candidates vote votes voted voters election elections electoral ruling opposition
	deputies deputy congressman congressmen congresswoman senator senators parliament parliamentary coalition
	campaign polls poll ballot`)

// political reports whether a sentence speaks of ordinary politics.
func political(toks []text.Token) bool {
	return anyWord(toks, politicalWords)
}

// cuedNameEnd returns the end of a name that a cue introduces at a: the
// last head noun within seven tokens (with its "of" extension), or else a
// run of at most four words up to a stop word or punctuation, or a when
// there is none.
func cuedNameEnd(toks []text.Token, a int) int {
	end := a
	for k := a; k < len(toks) && k < a+7; k++ {
		t := toks[k]
		if t.Kind == text.Punct && !isQuote(t.Text) && t.Text != "'" && t.Text != "-" {
			break
		}
		if t.Kind == text.Word && nameStops[t.Lower] {
			break
		}
		if groupNameHeads[t.Lower] {
			end = ofExtension(toks, k+1)
		}
	}
	if end > a {
		return end
	}
	k := a
	for k < len(toks) && k < a+4 && (toks[k].Kind == text.Word && !nameStops[toks[k].Lower] && !commonWords[toks[k].Lower] || isQuote(toks[k].Text) && k > a) {
		k++
	}
	for k > a && isQuote(toks[k-1].Text) {
		k--
	}
	if k < len(toks) && toks[k].Kind == text.Word && !nameStops[toks[k].Lower] {
		return a // the run goes on: no clear end
	}
	return k
}

// ofExtension returns the end of a name's "of" extension from token e:
// "army of national liberation", "party of chile"; e when there is none.
func ofExtension(toks []text.Token, e int) int {
	if e >= len(toks) || toks[e].Lower != "of" {
		return e
	}
	k := e + 1
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	q := k
	for q < len(toks) && q < k+3 && nameWord(toks[q]) {
		q++
	}
	if q == k {
		return e
	}
	return q
}

// nameWord reports whether a token may stand inside a group's name in
// text without capitals: a word that is not a function word, nor a common
// word that makes the run an ordinary phrase.
func nameWord(t text.Token) bool {
	if t.Kind != text.Word {
		return false
	}
	l := t.Lower
	if insurgentNameWords[l] || groupNameHeads[l] {
		return true
	}
	return !leadTrim[l] && !commonWords[l] && !notInGroupName[l] && !nameStops[l] && !speechVerbs[l] &&
		!strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ing") && !strings.HasSuffix(l, "ly")
}

// nameStart returns the first token of the name whose head is at k: the
// name words before it, at most five, with "people's" inside.
func nameStart(toks []text.Token, k int) int {
	a := k
	for a > 0 && k-a < 5 {
		p := a - 1
		// "people's": the tokens people ' s
		if toks[p].Lower == "s" && p >= 2 && (toks[p-1].Text == "'" || toks[p-1].Text == "’") && toks[p-2].Lower == "people" {
			a = p - 2
			continue
		}
		if !nameWord(toks[p]) || toks[p].Lower == "people" {
			break
		}
		a = p
	}
	return a
}

// wordCount counts the words of tokens [a, e), "people's" as one.
func wordCount(toks []text.Token, a, e int) int {
	n := 0
	for k := a; k < e; k++ {
		if toks[k].Kind == text.Word && !(toks[k].Lower == "s" && k > a && toks[k-1].Kind != text.Word) {
			n++
		}
	}
	return n
}

// partyWords in a name make it a political party's: "the social christian
// people's movement".
var partyWords = set(`christian social democratic democrat liberal conservative republican nationalist civic
	party`)

// affiliationNouns before "of the x" make x the body someone leads or
// belongs to in ordinary life: "the leader of the x movement".
var affiliationNouns = set(`leader leaders secretary secretary-general president chairman founder head director
	spokesman spokesmen representative representatives delegate delegates candidate`)

// partyName reports whether the name [a, e) is a party's or a civil
// body's: a party's word in it, politics in its sentence, or a leader's
// title before it.
func partyName(toks []text.Token, a, e int) bool {
	if groupNamedBefore(toks, a) {
		return false
	}
	if political(toks) {
		return true
	}
	for k := max(0, a-3); k < e; k++ {
		if partyWords[toks[k].Lower] {
			return true // "the leftist party x movement"
		}
	}
	b := a - 1
	if b >= 0 && toks[b].Lower == "the" {
		b--
	}
	return b >= 1 && toks[b].Lower == "of" && affiliationNouns[toks[b-1].Lower]
}

// insurgentWithin reports whether an insurgent's word stands among tokens
// [a, e).
func insurgentWithin(toks []text.Token, a, e int) bool {
	for k := a; k < e; k++ {
		if insurgentNameWords[toks[k].Lower] || toks[k].Lower == "people" && k+2 < e && toks[k+2].Lower == "s" {
			return true
		}
	}
	return false
}

// acronymAfter returns the token of an acronym that follows a name ending
// at e, in brackets or between commas: "(tlf)", ", tlf,".
func acronymAfter(toks []text.Token, e int) (int, bool) {
	if e+2 >= len(toks) {
		return 0, false
	}
	open, close := toks[e].Text, toks[e+2].Text
	if !(open == "(" && close == ")" || open == "," && (close == "," || close == ".")) {
		return 0, false
	}
	if !acronymLike(toks[e+1]) {
		return 0, false
	}
	return e + 1, true
}

// acronymLike reports whether a token of text without capitals may be an
// acronym: two to six letters, perhaps with a hyphen or digits, and no
// common word.
func acronymLike(t text.Token) bool {
	if t.Kind != text.Word || commonWords[t.Lower] || leadTrim[t.Lower] {
		return false
	}
	n := 0
	for _, r := range t.Lower {
		switch {
		case r >= 'a' && r <= 'z':
			n++
		case r >= '0' && r <= '9' || r == '-':
		default:
			return false
		}
	}
	return n >= 2 && n <= 6
}

// fitAcronym returns the first token of the name [a, e) that the acronym
// ac abbreviates: each of its letters starts a word of the name from
// there (in any order, as acronyms keep another language's order), and
// the name's first word gives one of them.
func fitAcronym(toks []text.Token, a, e int, ac string) (int, bool) {
	letters := acronymLetters(ac)
	for b := a; b < e-1; b++ {
		if !strings.ContainsRune(letters, rune(toks[b].Lower[0])) {
			continue
		}
		var ws []string
		for k := b; k < e; k++ {
			if toks[k].Kind == text.Word && toks[k].Lower != "s" {
				ws = append(ws, toks[k].Lower)
			}
		}
		if initialsMatch(letters, ws) {
			return b, true
		}
	}
	return 0, false
}

// acronymLetters returns the letters of an acronym, without hyphens and
// digits.
func acronymLetters(ac string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return r
		}
		return -1
	}, ac)
}

// initialsMatch reports whether each letter of letters starts a distinct
// word of ws, and the letters cover most of the words that are not
// connectors.
func initialsMatch(letters string, ws []string) bool {
	n := map[byte]int{}
	content := 0
	for _, w := range ws {
		if w == "" || connectors[w] || w == "and" {
			continue
		}
		n[w[0]]++
		content++
	}
	for i := 0; i < len(letters); i++ {
		if n[letters[i]] == 0 {
			return false
		}
		n[letters[i]]--
	}
	return len(letters) >= 2 && len(letters)*2 >= content
}

// acronymThenName reports whether an acronym at k is followed by the name
// it abbreviates in brackets, "tlf (tesmar liberation front)", and
// returns the end of the name.
func acronymThenName(toks []text.Token, k int) (int, bool) {
	if k+3 >= len(toks) || toks[k+1].Text != "(" || !acronymLike(toks[k]) {
		return 0, false
	}
	e := k + 2
	for e < len(toks) && e < k+10 && toks[e].Text != ")" {
		if toks[e].Kind == text.Punct {
			return 0, false
		}
		e++
	}
	if e >= len(toks) || toks[e].Text != ")" || e-(k+2) < 2 {
		return 0, false
	}
	var ws []string
	for q := k + 2; q < e; q++ {
		ws = append(ws, toks[q].Lower)
	}
	if !initialsMatch(acronymLetters(toks[k].Lower), ws) {
		return 0, false
	}
	// the name of a group, not of a ministry or an agency
	for _, w := range ws {
		if groupNameHeads[w] || insurgentNameWords[w] {
			return e, true
		}
	}
	return 0, false
}

// addLowerGroup records tokens [a, e) as a group's name. A cue or an
// acronym makes it a group whatever its head; otherwise its head made it
// an armed one.
func (d *docState) addLowerGroup(s *text.Sentence, a, e int, cued bool) {
	toks := s.Tokens
	for a < e && isQuote(toks[a].Text) {
		a++
	}
	for e > a && (isQuote(toks[e-1].Text) || toks[e-1].Kind == text.Punct) {
		e--
	}
	if a >= e {
		return
	}
	typ := dossier.ArmedGroup
	if partyName(toks, a, e) {
		typ = dossier.Organization
	} else if cued && (!armedNameHeads[toks[e-1].Lower] || !insurgentWithin(toks, a, e)) && ofHead(toks, a, e) == "" {
		// "the confederation of public employees (cite)": an
		// organisation, armed only when named as one
		typ = dossier.Organization
		if groupNamedBefore(toks, a) {
			typ = dossier.ArmedGroup
		}
	}
	m := &mention{start: toks[a].Start, end: toks[e-1].End, name: span(d.src, toks, a, e), sent: s.Index, ti: a, tj: e, typ: typ, how: "rule"}
	// the name covers the places inside it ("the liberation front of
	// kestria"), not the known groups' names
	kept := d.ms[:0]
	for _, o := range d.ms {
		if o.sent == m.sent && o.start < m.end && m.start < o.end && o.typ == dossier.Location {
			continue
		}
		kept = append(kept, o)
	}
	d.ms = kept
	d.add(m)
	if d.lowerNames == nil {
		d.lowerNames = map[string]dossier.EntityType{}
	}
	d.lowerNames[m.name] = typ
}

// ofHead returns the armed head before an "of" extension inside [a, e):
// "army" of "army of national liberation".
func ofHead(toks []text.Token, a, e int) string {
	for k := a; k+1 < e; k++ {
		if toks[k+1].Lower == "of" && armedNameHeads[toks[k].Lower] {
			return toks[k].Lower
		}
	}
	return ""
}

// groupNamedBefore reports whether a cue naming an armed group stands
// just before token a: "calling itself", "self-styled".
func groupNamedBefore(toks []text.Token, a int) bool {
	for j := a - 1; j >= 0 && j >= a-6; j-- {
		if groupNamedAfter[toks[j].Lower] || toks[j].Lower == "itself" || toks[j].Lower == "themselves" || groupishNouns[toks[j].Lower] {
			return true
		}
	}
	return false
}

// addAcronym records the acronym at token ac of the name [a, e) and
// remembers the pair, to join them once mentions are clustered.
func (d *docState) addAcronym(s *text.Sentence, ac, a, e int) {
	toks := s.Tokens
	typ, ok := d.lowerNames[span(d.src, toks, a, e)]
	if !ok {
		return
	}
	m := &mention{start: toks[ac].Start, end: toks[ac].End, name: toks[ac].Text, sent: s.Index, ti: ac, tj: ac + 1, typ: typ, how: "rule"}
	d.add(m)
	d.lowerNames[m.name] = typ
	d.acronymPairs = append(d.acronymPairs, [2]int{toks[a].Start, toks[ac].Start})
}

// lowerNamesAgain finds again, in a sentence of a text without capitals,
// the names of unknown groups that earlier sentences stated: "the tlf"
// after "the tesmar liberation front (tlf)".
func (d *docState) lowerNamesAgain(s *text.Sentence) {
	if len(d.lowerNames) == 0 {
		return
	}
	toks := s.Tokens
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if t.Kind != text.Word {
			continue
		}
		if typ, ok := d.lowerNames[t.Lower]; ok && acronymLike(t) {
			d.add(&mention{start: t.Start, end: t.End, name: t.Text, sent: s.Index, ti: k, tj: k + 1, typ: typ, how: "rule"})
		}
	}
}

// joinAcronyms joins each unknown group's name with the acronym stated
// beside it.
func (d *docState) joinAcronyms() {
	if len(d.acronymPairs) == 0 {
		return
	}
	at := map[int]int{}
	for i, m := range d.ms {
		at[m.start] = i
	}
	for _, p := range d.acronymPairs {
		a, ok1 := at[p[0]]
		b, ok2 := at[p[1]]
		if ok1 && ok2 && d.ms[a].typ == d.ms[b].typ {
			d.union(a, b, "acronym")
		}
	}
}

// cuedGroupAt reports whether a cue that introduces a group's name ends
// just before token i: "a group calling itself the", "the self-styled".
func cuedGroupAt(toks []text.Token, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if a, ok := groupCueAt(toks, k); ok && a == i {
			return true
		}
	}
	return false
}
