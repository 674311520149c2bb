package extract

// Relevance of event mentions. Attacks that strike only armed forces (an
// assault on a garrison, the dead of a clash) are kept as events but told
// apart by their subtype, and the force an attack strikes is among its
// targets ("ambushed an army patrol"). No events are made of attacks a
// sentence only recalls, rumours, denies, asks to stop or fears, of words
// used figuratively ("an attack on freedom"), of the dead of the
// attackers' own side ("ten rebels were killed") or of deaths in an
// operation of state forces. In an undated story a relative date of
// months or years back ("last year") is kept as the event's date words;
// hours are not years ("at 1830").

import (
	"fmt"
	"strings"

	"dossier/dates"
	"dossier/text"
)

// evClash is the subtype of an event whose every report strikes armed
// forces only: a clash, an assault on a garrison, a patrol fired on (an
// ambush or a bombing of forces keeps its own subtype).
const evClash = "armed clash"

// forceHeads are nouns of military forces, units and installations.
var forceHeads = set(`army troops soldiers soldier patrol patrols battalion battalions brigade brigades garrison garrisons
	barracks regiment regiments detachment detachments outpost outposts infantry platoon platoons
	company-sized squadron squadrons enemy helicopter helicopters gunship gunships`)

// forceMods make the next noun a military one: "military installations",
// "armed forces", "army positions", "rebel positions" (guerrilla forces
// struck are armed forces too).
var forceMods = set(`military army armed naval defensive guerrilla rebel insurgent`)

// forceMidHeads are nouns that are military after a forceMods word:
// "military base", "army positions", "armed forces".
var forceMidHeads = set(`base bases installation installations positions position forces unit units post posts headquarters
	vehicle vehicles aircraft plane planes column columns convoy convoys`)

// rankNouns are military ranks, persons a force's word may modify: "an
// infantry colonel".
var rankNouns = set(`colonel colonels major majors captain captains lieutenant lieutenants sergeant sergeants corporal
	corporals private privates general generals commander commanders officer officers chief chiefs adviser advisers`)

// clashWords tell of fighting between armed sides.
var clashWords = set(`clash clashes clashed combat combats skirmish skirmishes firefight firefights fire-fight shootout shoot-out
	confrontation confrontations`)

// militaryAt reports whether token k is the head of a military noun phrase:
// "patrol", "the 3d infantry brigade", "military installations", "the
// national guard".
func militaryAt(toks []text.Token, k int) bool {
	l := toks[k].Lower
	if forceHeads[l] {
		return true // "an army truck" too: a force's vehicle
	}
	if k == 0 {
		return false
	}
	prev := toks[k-1].Lower
	return forceMidHeads[l] && forceMods[prev] || prev == "security" && l == "forces" || prev == "national" && l == "guard"
}

// forceObject returns the military noun phrase a trigger group strikes,
// as its first and last tokens: the phrase after a verb ("ambushed an
// army patrol"), after "on" or "against" following a noun ("an attack on
// the garrison"), or the subject of a passive ("the patrol was
// ambushed"); ok is false when the group strikes no such phrase.
func forceObject(toks []text.Token, g *evGroup) (a, b int, ok bool) {
	k := g.end
	if g.kind == evNoun {
		if k >= len(toks) || !set1(toks[k].Lower, "on", "against", "of", "upon") {
			return 0, 0, false
		}
		k++
	} else if set1(lowerAt(toks, k), "on", "at", "against") {
		k++ // "fired on", "opened fire on"
	}
	for j := k; j < len(toks) && j < k+6; j++ {
		if militaryAt(toks, j) {
			a, b := forcePhrase(toks, j, k)
			return a, b, true
		}
		if toks[j].Kind == text.Punct && toks[j].Text != "-" && toks[j].Text != "." || set1(toks[j].Lower, "in", "near", "at", "and", "with", "while", "who", "which", "that", "by", "on") {
			break
		}
	}
	// the passive's subject: "an army patrol was ambushed", "the
	// battalion has been attacked"
	if g.kind != evNoun && g.tok > 0 && set1(lowerAt(toks, g.tok-1), "was", "were", "been") {
		for j := g.tok - 2; j >= 0 && j >= g.tok-6; j-- {
			if toks[j].Kind == text.Punct {
				break
			}
			if militaryAt(toks, j) {
				a, b := forcePhrase(toks, j, max(0, g.tok-6))
				return a, b, true
			}
		}
	}
	return 0, 0, false
}

// forcePhrase returns the first and last tokens of the military noun
// phrase around token j, not before lo: its modifiers ("the 9th infantry
// brigade") and the military nouns after it ("infantry brigade unit"),
// or the thing it owns ("army truck").
func forcePhrase(toks []text.Token, j, lo int) (int, int) {
	b := j
	for b+1 < len(toks) && (forceHeads[toks[b+1].Lower] || forceMidHeads[toks[b+1].Lower]) {
		b++
	}
	if b+1 < len(toks) && roleTargetHeads[toks[b+1].Lower] {
		b++ // "an army truck"
	}
	a := j
	for a-1 >= lo && j-a < 3 {
		p := toks[a-1]
		if p.Kind == text.Punct || roleTargetStop[p.Lower] || evNPStop[p.Lower] || isTriggerVerb(p.Lower) {
			break
		}
		a--
	}
	return a, b
}

// clashSentence reports whether a sentence tells of fighting between
// armed sides: "killed in clashes with troops", "during combat".
func clashSentence(toks []text.Token) bool {
	return anyWord(toks, clashWords)
}

// forceGroup reports whether a trigger group strikes armed forces only: a
// military object, an attack forces repelled, or a killing told in a
// sentence of clashes; not when the sentence names civilians.
func forceGroup(toks []text.Token, g *evGroup) bool {
	if civiliansIn(toks) {
		return false // "killed a soldier and two civilians"
	}
	if a, b, ok := forceObject(toks, g); ok {
		if next := lowerAt(toks, b+1); !rankNouns[next] && !personNouns[next] {
			g.forceNP = [2]int{a, b + 1} // not "an infantry colonel"
		}
		return true
	}
	if repelledBefore(toks, g) {
		return true
	}
	return g.kind == evAgentVerb && clashSentence(toks)
}

// repelledBefore reports whether forces fought off the attack a trigger
// group names ("the police repelled a 3-hour attack") in a sentence that
// names nothing civilian it was aimed at ("units guarding the bridge
// repelled an attack" still struck the bridge).
func repelledBefore(toks []text.Token, g *evGroup) bool {
	hit := false
	for k := g.start - 1; k >= 0 && k >= g.start-3; k-- {
		if set1(toks[k].Lower, "repelled", "repulsed", "repel", "repulse", "fended") {
			hit = true
		}
	}
	if !hit {
		return false
	}
	for k, t := range toks {
		if roleTargetHeads[t.Lower] && !militaryAt(toks, k) || civilianWords[t.Lower] {
			return false
		}
	}
	return true
}

// civilianWords name people outside the fighting, whose harm makes a
// clash an attack on civilians: "a reporter was killed covering a clash".
var civilianWords = set(`civilian civilians peasant peasants reporter reporters journalist journalists newsman newsmen
	child children women woman residents villagers passersby bystander bystanders students student protesters
	demonstrators`)

// civiliansIn reports whether a sentence names civilians.
func civiliansIn(toks []text.Token) bool {
	return anyWord(toks, civilianWords)
}

// mentionForces says whether an event mention strikes armed forces only
// (1), strikes something else (-1) or takes the event as it is (0): a
// definite reference ("the attack") does, and a killing told beside an
// attack on forces is part of it ("the major killed during the attack on
// the regiment") unless civilians are named.
func mentionForces(m *evMention, toks []text.Token) int8 {
	if m.pseudo || len(m.groups) == 0 || m.def && !m.groups[0].forces {
		return 0
	}
	forces := false
	for _, g := range m.groups {
		switch {
		case g.forces:
			forces = true
		case g.kind == evAgentVerb && !civiliansIn(toks):
		default:
			return -1
		}
	}
	if !forces {
		return -1
	}
	return 1
}

// clashEvent reports whether every report of an event with a trigger
// strikes armed forces only.
func clashEvent(c *evCluster) bool {
	n := 0
	for _, m := range c.ms {
		switch m.forces {
		case -1:
			return false
		case 1:
			n++
		}
	}
	return n > 0
}

// hourOrDecade reports whether a date expression that reads as a bare year
// is an hour of the day ("at 1830", "at 2100 (0100 gmt)") or a decade
// written with an apostrophe ("the 1960's").
func hourOrDecade(e dates.Expr, st *evSentence) bool {
	if e.Date.Month != 0 || e.Period != nil || !strings.HasSuffix(e.Text, fmt.Sprint(e.Date.Year)) {
		return false
	}
	t := tokenAt(st.s, e.Start)
	if isApos(lowerAt(st.toks, t+1)) && lowerAt(st.toks, t+2) == "s" || lowerAt(st.toks, t+1) == "'s" {
		return true
	}
	if len(e.Text) != 4 {
		return false
	}
	hh, mm := e.Date.Year/100, e.Date.Year%100
	if hh > 24 || mm > 59 {
		return false
	}
	return set1(lowerAt(st.toks, t-1), "at", "until", "till", "from", "between", "and", "to", "around", "about", "before", "after") ||
		set1(lowerAt(st.toks, t+1), "gmt", "hours", "hrs", "local", "(")
}

// recallWords before a trigger make its attack background the story
// recalls: "let us recall the bombing of", "it should be recalled that",
// "on the anniversary of the massacre"; a speaker who "recalled that" may
// tell news.
var recallWords = set(`recall recalled recalling remember remembered anniversary commemorate commemorated
	commemorating commemoration`)

// rumorWords before a trigger make its attack a story the text discredits
// or only hears of: "insistent rumors that x was murdered", "denied reports
// that a bomb was found".
var rumorWords = set(`rumor rumors rumour rumours rumored rumoured`)

// stopWords before a trigger's phrase ask an end to attacks or tell of
// one: "to stop the bombings", "ceased bombing pipelines".
var stopWords = set(`stop stops stopped stopping halt halted halting cease ceased ceasing`)

// denyWords deny a story when a report noun follows them (deniedReport).
var denyWords = set(`denied denies deny denying refuted refutes dismissed`)

// reportNouns after a denial make it deny a story: "denied a radio
// station's report that", "denied charges by x that"; "denied that it
// carried out the attack" denies a part in it, not the attack.
var reportNouns = set(`report reports rumor rumors rumour rumours version versions charge charges claim claims
	allegation allegations accusation accusations story stories`)

// deniedReport reports whether the denial at token k denies a story: a
// report noun within eight tokens.
func deniedReport(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if reportNouns[toks[j].Lower] {
			return true
		}
	}
	return false
}

// backgroundGroup reports whether a trigger group tells of no attack the
// story reports as fact (MUC-4 keeps only those, and recent ones): one to
// stop or to fear, one the sentence negates, or one a recall,
// anniversary, rumour or denial word earlier in the sentence makes
// background or hearsay.
func backgroundGroup(toks []text.Token, g *evGroup) bool {
	// "to stop the bombings", "ceased bombing pipelines", "the
	// possibility of an attack": attacks to end or to fear, not one told
	k := g.start - 1
	if set1(lowerAt(toks, k), "the", "its", "their", "these", "such", "an", "a") {
		k--
	}
	if stopWords[lowerAt(toks, k)] || lowerAt(toks, k) == "of" && set1(lowerAt(toks, k-1), "possibility", "danger", "prospect") {
		return true
	}
	// "the rebels did not attack", "it was not a bomb attack": denied
	// by the sentence itself
	for k := g.tok - 1; k >= 0 && k >= g.tok-3; k-- {
		l := toks[k].Lower
		if set1(l, "not", "never", "n't") {
			return true
		}
		if !set1(l, "a", "an", "the") && !strings.HasSuffix(l, "ly") {
			break
		}
	}
	for k := g.start - 1; k >= 0 && g.start-k <= 20; k-- {
		l := toks[k].Lower
		if l == ";" || l == "." {
			break
		}
		if recallWords[l] && (!set1(l, "recall", "recalled", "recalling", "remember", "remembered") || set1(lowerAt(toks, k-1), "us", "we", "be", "worth", "to")) {
			return true // "let us recall", "it should be recalled", not "he recalled that"
		}
		if rumorWords[l] {
			return true
		}
		if denyWords[l] && deniedReport(toks, k) {
			return true
		}
	}
	return false
}

// patientReading reports whether the people named before an agent verb
// are the ones it struck, not its doers: a passive ("ten rebels were
// killed") or a verb with no object ("230 terrorists killed, 136
// wounded").
func patientReading(toks []text.Token, v int) bool {
	if passiveAt(toks, v) {
		return true
	}
	next := lowerAt(toks, v+1)
	return next == "" || set1(next, ",", ".", ";", "in", "during", "while", "when", "after")
}

// abstractNouns are things only words can attack: "an attack on freedom
// of information", "an assault against peace".
var abstractNouns = set(`freedom freedoms peace democracy sovereignty rights law laws order constitution institutions
	institutionality dignity justice process reputation honor honour image credibility independence autonomy
	policy policies programs program principles values truth`)

// speechAdverbs before "attacked" make it words: "harshly attacked".
var speechAdverbs = set(`harshly sharply verbally bitterly publicly openly strongly severely vehemently`)

// figurativeGroup reports whether an attack word is used of words or of
// an abstraction: "harshly attacked the president", "an attack on peace".
func figurativeGroup(toks []text.Token, g *evGroup) bool {
	head := toks[g.end-1].Lower
	if !set1(head, "attack", "attacks", "attacked", "assault", "assaults") {
		return false
	}
	if speechAdverbs[lowerAt(toks, g.tok-1)] || speechAdverbs[lowerAt(toks, g.end)] {
		return true
	}
	k := g.end
	if !set1(lowerAt(toks, k), "on", "against", "upon") {
		return false
	}
	k++
	if set1(lowerAt(toks, k), "the", "our", "their", "its", "his", "her", "all") {
		k++
	}
	return abstractNouns[lowerAt(toks, k)] || lowerAt(toks, k) == "us" && lowerAt(toks, k+1) == "all"
}

// counterOperation reports whether a sentence tells of an operation of
// state forces: "was killed during a police operation", "in an army raid".
func counterOperation(toks []text.Token) bool {
	for k := 1; k < len(toks); k++ {
		if set1(toks[k].Lower, "operation", "operations", "raid", "raids", "offensive", "counteroffensive") && counterNouns[toks[k-1].Lower] {
			return true
		}
	}
	return false
}

// longAgo reports whether a relative date lies months or years back:
// "last year", "two years ago", "three months ago".
func longAgo(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if f[0] == "last" && set1(last, "year", "decade") {
		return true
	}
	return last == "ago" && set1(f[len(f)-2], "years", "year", "months", "decade", "decades")
}
