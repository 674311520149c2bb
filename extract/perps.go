package extract

import (
	"strings"

	"dossier"
	"dossier/text"
)

// Perpetrators: the people who did an attack, as a report names them
//
//   - the agent of a passive or of an attack noun: "the judge was shot by
//     two men", "the raid was staged by a band of
//     armed youths"; after "by" and an attack word even a vague noun of
//     persons names the doers, so the phrase needs no modifier that says
//     they were armed;
//   - the subject of an active attack verb: "fmln urban commandos planted
//     a bomb", "two men on a motorcycle threw a grenade";
//   - the subject of a word of responsibility: "two soldiers and a
//     lieutenant were involved in the murder";
//   - the people held or sought for it: "the suspects were identified as
//     x and y", "an arrest warrant for x";
//   - a state force ("bombed by the air force") or a criminal
//     organisation ("attributed to the drug mafias") as the doer's side.

// perpAgentWords are the participles and nouns of an attack whose "by"
// phrase names who did it.
var perpAgentWords = set(`killed murdered assassinated kidnapped kidnaped abducted wounded injured shot executed slain
	attacked bombed dynamited torched burned burnt set placed planted left carried perpetrated staged committed
	launched machinegunned machine-gunned gunned riddled stabbed strafed straffed destroyed damaged blown fired
	thrown hurled detonated ambushed raided massacred tortured beaten sabotaged hit
	attack attacks raid raids assassination assassinations murder murders killing killings kidnapping kidnappings
	massacre attempt crime crimes bombing bombings bombardment bombardments shelling strafing planned ordered
	masterminded`)

// perpAgentParticles stand between a participle and "by": "carried out
// by", "set off by", "blown up by".
var perpAgentParticles = set(`out off up down on fire`)

// perpPersonHeads are the nouns that head the agent phrase: attackers of
// every kind and vague nouns of persons.
var perpPersonHeads = set(`guerrillas guerrilla guerillas terrorists terrorist rebels rebel gunmen gunman subversives
	commandos commandoes commando narcoterrorists narco-terrorists assailants attackers kidnappers murderers assassins
	sappers hitmen extremists militiamen insurgents bombers members member men man individuals individual persons
	person people youths youth group groups squads squad units unit column columns cell cells band bands gang gangs
	commands command detachment detachments someone somebody
	soldiers soldier troops traffickers criminals sniper snipers paramilitaries militants killers
	fighters mercenaries patrols`)

// perpOfHeads are collective nouns whose "of" phrase is part of the
// name of the doers: "a group of armed men", "members of the x front".
var perpOfHeads = set(`group groups members band bands gang gangs`)

// perpAgentSkips are the words after "by" that the filler leaves out.
var perpAgentSkips = set(`the a an some another presumably apparently allegedly reportedly alleged presumed suspected
	approximately about nearly around`)

// agentBefore returns the attack word the "by" at token b follows, at
// most a few tokens back ("shot today near the park by", "riddled with
// bullets by", "carried out by"), or -1.
func agentBefore(toks []text.Token, b int) int {
	n := 6
	for j := b - 1; j >= 0 && b-j <= n; j-- {
		t := toks[j]
		if t.Text == "," && n == 6 && j+1 < b {
			// a place set off by commas: "attacked in x, 10 km
			// from y, by"
			n = 11
			continue
		}
		if perpAgentWords[t.Lower] {
			// "set" only with what it sets: "set off by", "set on fire by"
			if t.Lower == "set" && !perpAgentParticles[lowerAt(toks, j+1)] {
				return -1
			}
			return j
		}
		if t.Kind != text.Word && t.Kind != text.Number {
			return -1
		}
		if set1(t.Lower, "and", "but", "that", "which", "who", "said", "says", "according", "by") {
			return -1
		}
	}
	return -1
}

// nameAgent returns the end (exclusive) of the person's name, with a
// rank before it, that a "by" phrase starting at token j names ("was shot
// by jose x y", "carried out by colonel x y"), or -1.
func (d *docState) nameAgent(st *evSentence, j int) int {
	toks := st.toks
	r := j
	if r < len(toks) && perpRanks[toks[r].Lower] {
		r++
	}
	c := d.nameLen(st, r)
	if c == 0 || set1(lowerAt(toks, r+c), "'s", "’s") || isApos(lowerAt(toks, r+c)) {
		return -1 // "planned by x's government"
	}
	return r + c
}

// agent is the doer a "by" phrase names: attackers ("two men"), a state
// force ("the air force") or both ("army soldiers").
type agent struct {
	ind   string // the individuals as the text names them
	head  int    // the token of ind's head noun, -1 without ind
	force string // the state force, if one is named
	org   string // the body the individuals belong to, named by no known group
}

// agents returns the doers tokens [lo, hi) name: after "by" and an attack
// word, as the subject of a word of responsibility, as the subject of an
// attack verb.
func (d *docState) agents(st *evSentence, lo, hi int) []agent {
	toks := st.toks
	var out []agent
	for b := lo; b < hi && b < len(toks); b++ {
		if toks[b].Lower != "by" || agentBefore(toks, b) < 0 {
			continue
		}
		if a, ok := d.forceAgent(toks, b+1); ok {
			out = append(out, a)
		} else if s, h, ok := d.agentAt(toks, b+1); ok {
			a := agent{ind: s, head: h}
			if attackerGroup(st, h) == nil {
				a.org = d.bodyOf(st, h)
			}
			out = append(out, a)
		} else if agentBefore(toks, b) >= b-3 {
			// "by x y and colonel z"
			for j, i := b+1, 0; i < 4; i++ {
				e := d.nameAgent(st, j)
				if e < 0 {
					break
				}
				out = append(out, agent{ind: d.span(toks, j, e-1), head: -1})
				if lowerAt(toks, e) != "and" && !(lowerAt(toks, e) == "," && d.nameAgent(st, e+1) > 0) {
					break
				}
				j = e + 1
			}
		}
	}
	out = append(out, d.responsible(toks, lo, hi)...)
	for v := lo; v < hi && v < len(toks); v++ {
		if a, ok := d.forceSubject(toks, v, lo); ok {
			out = append(out, a)
		}
		sv := v // the verb whose subject names the doers
		if a := attemptedAt(toks, v); a >= 0 && objectAfter(toks, v) {
			// "an armed group tried to attack the house"
			sv = a
		} else if !lightAttack(toks, v) && (!perpSubjectVerbs[toks[v].Lower] || !objectAfter(toks, v) && !verbAndVerb(toks, v)) {
			continue
		}
		h := subjectBefore(toks, sv)
		if h < 0 {
			// "two men entered the house and shot the judge", "the
			// rebels intercepted the bus and set it on fire"
			if m := motionBefore(toks, v, lo); m >= 0 {
				h = subjectBefore(toks, m)
			}
		}
		if h >= lo && (!perpForceHeads[toks[h].Lower] || perpKillVerbs[toks[v].Lower]) {
			if s, ok := d.subjectAt(toks, h, lo); ok {
				out = append(out, agent{ind: s, head: h})
			} else if s, ok := d.bandSubject(st, h, lo); ok {
				out = append(out, agent{ind: s, head: h})
			}
		}
	}
	return out
}

// perpAttemptVerbs are the plain forms of attack verbs that follow
// "tried to" or "attempted to".
var perpAttemptVerbs = set(`kill murder assassinate kidnap abduct attack bomb dynamite burn destroy storm raid ambush`)

// attemptedAt returns the token of "tried" or "attempted" when the verb
// at v is an attack verb's plain form after it and "to" ("tried to
// kidnap"), or -1.
func attemptedAt(toks []text.Token, v int) int {
	if !perpAttemptVerbs[toks[v].Lower] || lowerAt(toks, v-1) != "to" || !set1(lowerAt(toks, v-2), "tried", "attempted") {
		return -1
	}
	return v - 2
}

// perpSubjectVerbs are active verbs of an attack whose subject is the
// doer: "two men fired at the car", "soldiers killed three peasants".
var perpSubjectVerbs = set(`killed murdered assassinated kidnapped abducted shot attacked stormed raided ambushed
	machinegunned machine-gunned dynamited bombed burned torched set placed planted threw hurled detonated blew riddled
	fired opened broke burst stabbed massacred executed destroyed damaged sabotaged wounded injured occupied seized`)

// perpForceHeads are the men of a state force, the doers of an attack
// only when they kill or kidnap: "soldiers seized the arms" is no attack.
var perpForceHeads = set(`soldiers soldier troops patrols`)

// perpKillVerbs are the verbs that make soldiers doers.
var perpKillVerbs = set(`killed murdered assassinated massacred executed shot fired kidnapped abducted stabbed tortured`)

// perpSubjectAux stand between a subject and its verb: "who later
// fired", "have attacked", "also set".
var perpSubjectAux = set(`who that have had has also later then reportedly allegedly apparently first immediately
	subsequently`)

// perpRelativeHeads are the vague nouns of persons that a relative clause
// of an attack makes doers: "the people who kidnapped the mayor".
var perpRelativeHeads = set(`people persons person man men individuals individual group groups`)

// relativeDoers reports whether the vague noun of persons at h is
// defined by the relative clause after it, "the people who" or "the
// armed group that": "the" before the noun and its modifiers, "who" or
// "that" after it. The caller checks that the clause's verb is an
// attack's.
func relativeDoers(toks []text.Token, h, lo int) bool {
	if !perpRelativeHeads[toks[h].Lower] || !set1(lowerAt(toks, h+1), "who", "that") {
		return false
	}
	s := modsBefore(toks, h, lo, perpSubjectMods)
	return s > lo && toks[s-1].Lower == "the" && !(s-1 > lo && (roleVictimCues[toks[s-2].Lower] || toks[s-2].Lower == "by"))
}

// perpModNeeded are the heads of a subject that name attackers only with
// a modifier: "guerrilla fighters", not "fighters".
var perpModNeeded = set(`fighters`)

// perpSubjectMods are the modifiers kept before the subject noun.
var perpSubjectMods = set(`urban unidentified unknown armed heavily masked hooded uniformed leftist rightist
	left-wing right-wing maoist salvadoran colombian peruvian guatemalan honduran bolivian chilean nicaraguan
	drug guerrilla terrorist paid death commando young army`)

// objectAfter reports whether the attack verb at v is followed by what
// it struck, not by a preposition or the end of a clause, which would make
// it a participle of a noun before it ("the people killed in the
// attack").
func objectAfter(toks []text.Token, v int) bool {
	n := lowerAt(toks, v+1)
	switch toks[v].Lower {
	case "fired", "opened", "broke", "burst":
		// "fired at", "opened fire", "broke into", "burst into"
		return set1(n, "at", "on", "upon", "fire", "into", "shots", "several", "their", "a")
	case "set", "blew":
		return set1(n, "fire", "off", "up")
	}
	if v+1 >= len(toks) || toks[v+1].Kind == text.Punct || evNPStop[n] || strings.HasSuffix(n, "ly") ||
		set1(n, "yesterday", "today", "last", "early", "late", "this", "tonight") {
		return false
	}
	return true
}

// perpMotionVerbs are the verbs of how attackers came: "two men
// entered the house and shot the judge".
var perpMotionVerbs = set(`arrived entered approached came stormed broke burst drove stopped`)

// motionBefore returns the verb of motion that the attack verb at v
// follows with "and" in the same clause ("arrived in the village and
// shot"), or -1.
func motionBefore(toks []text.Token, v, lo int) int {
	if lowerAt(toks, v-1) != "and" {
		return -1
	}
	for k := v - 2; k >= lo && v-k <= 14; k-- {
		t := toks[k]
		if perpMotionVerbs[t.Lower] || pastVerbAfterSubject(toks, k) {
			return k
		}
		if t.Kind == text.Punct && t.Text != "," || isTriggerVerb(t.Lower) || set1(t.Lower, "and", "who", "which", "that", "when", "after", "before") {
			return -1
		}
	}
	return -1
}

// perpLightVerbs are the verbs whose subject did the attack named by
// the noun after them: "two men staged an attack", "urban commandos
// launched a mortar attack", "a band carried out the raid".
var perpLightVerbs = set(`launched staged mounted perpetrated carried conducted`)

// perpLightNouns are the nouns of an attack after perpLightVerbs.
var perpLightNouns = set(`attack attacks raid raids assault assaults ambush ambushes bombing bombings massacre
	killing killings murder murders kidnapping kidnappings`)

// lightAttack reports whether the token at v is a verb of perpLightVerbs
// with a noun of an attack as its object, a few tokens on in the clause:
// "staged an armed attack", "carried out the raid", "launched a mortar
// attack on".
func lightAttack(toks []text.Token, v int) bool {
	if !perpLightVerbs[toks[v].Lower] {
		return false
	}
	j := v + 1
	if toks[v].Lower == "carried" {
		if lowerAt(toks, j) != "out" {
			return false
		}
		j++
	}
	for k := j; k < len(toks) && k <= j+3; k++ {
		if perpLightNouns[toks[k].Lower] {
			return true
		}
		if toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// perpPastVerbs are verbs in the past without the "-ed" ending that
// attackers did before they struck: "took the mayor and shot him".
var perpPastVerbs = set(`took went came broke drove stole tied forced made rode ran`)

// pastVerbAfterSubject reports whether the token at k is a verb in the
// past right after the subject of its clause, so that the clause's
// subject is also that of a verb it is joined to with "and": "the
// rebels intercepted the bus and set it on fire". The caller checks that
// the subject is one of attackers.
func pastVerbAfterSubject(toks []text.Token, k int) bool {
	l := toks[k].Lower
	if !perpPastVerbs[l] && !(strings.HasSuffix(l, "ed") && len(l) > 4) {
		return false
	}
	if set1(l, "armed", "hooded", "masked", "uniformed", "unidentified", "alleged", "suspected", "wounded", "killed", "injured",
		"feared", "believed", "reported", "reportedly") || isTriggerVerb(l) {
		return false
	}
	return subjectBefore(toks, k) >= 0
}

// verbAndVerb reports whether the attack verb at v is followed by "and"
// and another that has its object: "shot and killed the mayor".
func verbAndVerb(toks []text.Token, v int) bool {
	return lowerAt(toks, v+1) == "and" && v+2 < len(toks) && perpSubjectVerbs[toks[v+2].Lower] && objectAfter(toks, v+2)
}

// subjectBefore returns the token of the subject noun before the verb
// at v, over auxiliaries, adverbs and a relative "who", or -1.
func subjectBefore(toks []text.Token, v int) int {
	j := v - 1
	for j >= 0 && v-j <= 4 && (perpSubjectAux[toks[j].Lower] || toks[j].Text == "," || mannerAdverb(toks[j].Lower)) {
		j--
	}
	// a time between subject and verb: "two men last night shot",
	// "the rebels early this morning occupied"
	if t := timeBefore(toks, j); t < j {
		j = t
		for j >= 0 && v-j <= 8 && perpSubjectAux[toks[j].Lower] {
			j--
		}
	}
	if j < 0 {
		return -1
	}
	if perpPersonHeads[toks[j].Lower] {
		return j
	}
	// persons told by what they rode or wore: "several men riding in a
	// car threw", "a man dressed in a military uniform killed"
	for h := j - 1; h >= 0 && j-h <= 7; h-- {
		t := toks[h]
		if t.Kind == text.Punct || set1(t.Lower, "and", "who", "which", "that") || isTriggerVerb(t.Lower) {
			return -1
		}
		if rolePersonHeads[t.Lower] && describedEnd(toks, h) > h {
			return h
		}
	}
	return -1
}

// mannerAdverb reports whether w is an adverb of manner that can stand
// between a subject and its verb: "the rebels brutally murdered".
func mannerAdverb(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ly") && !set1(w, "family", "italy", "assembly", "early", "only", "july", "supply")
}

// perpTimeWords are the one-word times that can stand between a subject
// and its verb: "the rebels yesterday attacked".
var perpTimeWords = set(`today yesterday tonight recently`)

// perpTimeNouns are the parts of a day or week after "last" or "this":
// "last night", "this morning".
var perpTimeNouns = set(`night morning afternoon evening week weekend month monday tuesday wednesday thursday
	friday saturday sunday`)

// timeBefore returns the token before a time phrase that ends at token j
// ("last night", "early this morning", "yesterday afternoon", "today"),
// or j when none ends there.
func timeBefore(toks []text.Token, j int) int {
	if j < 0 {
		return j
	}
	k := j
	switch l := toks[j].Lower; {
	case perpTimeWords[l]:
		k = j - 1
	case perpTimeNouns[l] && j > 0 && set1(toks[j-1].Lower, "last", "this", "yesterday", "early", "late"):
		k = j - 2
	default:
		return j
	}
	if k >= 0 && set1(toks[k].Lower, "early", "late") {
		k--
	}
	return k
}

// subjectAt returns the phrase of the attackers headed by token h, the
// subject of an attack verb: the modifiers and the count before it.
func (d *docState) subjectAt(toks []text.Token, h, lo int) (string, bool) {
	l := toks[h].Lower
	if perpModNeeded[l] && !perpSubjectMods[lowerAt(toks, h-1)] {
		return "", false // "fighters" alone may be anyone's
	}
	if relativeDoers(toks, h, lo) {
		// "the people who kidnapped the mayor", "the group that
		// attacked the post": the relative clause tells who they are
		return d.span(toks, modsBefore(toks, h, lo, perpSubjectMods), h), true
	}
	if set1(l, "group", "groups", "unit", "units", "member", "members", "people", "person", "man", "gang", "gangs", "band", "bands") {
		return "", false // these need more than a verb to be the doers
	}
	if p := lowerAt(toks, h-1); p == "the" && set1(lowerAt(toks, h-2), "to", "of", "with", "from", "for", "against", "at", "in", "on", "into") ||
		set1(p, "to", "of", "with", "from", "for", "against", "at", "in", "on", "into") {
		return "", false // "belong to the column", not its subject
	}
	if x, ok := d.attackerAt(toks, h, lo); ok {
		if s := bandOfStart(toks, phraseStart(toks, h, x, h), lo); s >= 0 {
			return d.span(toks, s, h), true
		}
		return x, true
	}
	if roleVagueHeads[l] {
		// "two men" needs "armed", "masked", "by" or what they rode or
		// wore: "two men on a motorcycle"
		if !rolePersonHeads[l] || describedEnd(toks, h) == h {
			return "", false
		}
		s := modsBefore(toks, h, lo, perpSubjectMods)
		if s > lo && (roleCounts[toks[s-1].Lower] || toks[s-1].Kind == text.Number) {
			s--
		}
		if s > lo && (roleVictimCues[toks[s-1].Lower] || toks[s-1].Lower == "by") {
			return "", false
		}
		return d.span(toks, s, describedEnd(toks, h)), true
	}
	s := modsBefore(toks, h, lo, perpSubjectMods)
	if s-1 >= lo && (roleVictimCues[toks[s-1].Lower] || toks[s-1].Lower == "by") {
		return "", false // "killed two soldiers who ..."
	}
	if b := bandOfStart(toks, s, lo); b >= 0 {
		s = b
	}
	return d.span(toks, s, h), true
}

// bandOfStart returns the first token of the band noun whose "of" phrase
// starts at token s, over a count after "of", "(a) group of (six) urban
// guerrillas": the band is the subject that the verb's doers are named
// with; or -1 when no band noun comes before s.
func bandOfStart(toks []text.Token, s, lo int) int {
	j := s - 1
	if j >= lo && (roleCounts[toks[j].Lower] || toks[j].Kind == text.Number) {
		j--
	}
	if j-1 < lo || toks[j].Lower != "of" || !perpBandOfHeads[toks[j-1].Lower] {
		return -1
	}
	if p := lowerAt(toks, j-2); roleVictimCues[p] || set1(p, "by", "to", "of", "with", "from", "for", "against", "at", "in", "on", "into") {
		return -1 // "killed a group of ...", "belong to a band of": not the subject
	}
	return j - 1
}

// perpBandOfHeads are the nouns of a band of people whose "of" phrase
// names attackers: "a group of six urban guerrillas", "a band of rebels".
var perpBandOfHeads = set(`group band gang`)

// perpBandMods make a band of people, as the subject of an attack verb,
// one of attackers: "rebel groups detonated", "insurgent units occupied".
var perpBandMods = set(`unidentified unknown armed masked hooded heavily-armed uniformed guerrilla rebel urban terrorist
	paramilitary rightist leftist right-wing left-wing extremist subversive insurgent guerilla`)

// bandSubject returns the phrase of attackers headed by token h, the
// subject of an attack verb, that subjectAt leaves: the members of a
// named group ("shining star members bombed") and bands of attackers
// ("rebel groups detonated", "an unidentified armed group attacked").
func (d *docState) bandSubject(st *evSentence, h, lo int) (string, bool) {
	toks := st.toks
	l := toks[h].Lower
	if h-1 < lo || !set1(l, "members", "groups", "group", "gangs", "gang", "bands", "band") {
		return "", false
	}
	s := h
	if l == "members" {
		// the group right before: "the zelvan front members"
		for _, cm := range st.ms {
			if cm.e.Type == dossier.ArmedGroup && cm.end == h && cm.tok >= lo {
				s = cm.tok
				break
			}
		}
		if s == h {
			s = modsBefore(toks, h, lo, roleAttackerMods)
			if s == h {
				return "", false
			}
		}
	} else {
		s = modsBefore(toks, h, lo, perpBandMods)
		if s == h {
			return "", false
		}
	}
	if p := lowerAt(toks, s-1); roleVictimCues[p] || set1(p, "by", "no", "neither", "nor", "to", "of", "with", "from", "for", "against", "at", "in", "on", "into") {
		return "", false // "killed three rebel group members", "belong to the"
	}
	return d.span(toks, s, h), true
}

// forceAgent returns the state force a "by" phrase starting at token j
// names: "by the air force", "by army soldiers", "by two soldiers of the
// salvadoran armed forces".
func (d *docState) forceAgent(toks []text.Token, j int) (agent, bool) {
	for j < len(toks) && perpAgentSkips[toks[j].Lower] {
		j++
	}
	if j < len(toks) && (roleCounts[toks[j].Lower] || toks[j].Kind == text.Number) {
		j++
	}
	if j >= len(toks) {
		return agent{}, false
	}
	o, ind, e := forceAt(toks, j)
	if e == 0 {
		if ce := crimeOrgAt(toks, j); ce > 0 {
			return agent{head: -1, force: d.span(toks, j, ce-1)}, true
		}
	}
	if e == 0 || o[1] == 0 && ind[1] == 0 {
		return agent{}, false
	}
	a := agent{head: -1}
	if o[1] > 0 {
		a.force = d.span(toks, o[0], o[1]-1)
	}
	if strings.HasSuffix(a.force, "squads") || strings.HasSuffix(a.force, "squad") {
		// death squads are the men who kill, whoever runs them
		a.ind, a.head, a.force = a.force, o[1]-1, ""
	}
	if ind[1] > 0 {
		ind = withCount(toks, ind)
		a.ind, a.head = d.span(toks, ind[0], ind[1]-1), ind[1]-1
	}
	return a, true
}

// agentAt returns the attacker phrase that starts at token j, right after
// "by", and the index of its head noun.
func (d *docState) agentAt(toks []text.Token, j int) (string, int, bool) {
	for j < len(toks) && perpAgentSkips[toks[j].Lower] {
		j++
	}
	// "one of the demonstrators"
	if j+2 < len(toks) && toks[j].Lower == "one" && toks[j+1].Lower == "of" {
		j += 2
		if toks[j].Lower == "the" {
			j++
		}
	}
	// a count stays only before a vague noun: "two men", but "terrorists"
	cnt := -1
	if j < len(toks) && (roleCounts[toks[j].Lower] || toks[j].Kind == text.Number) {
		cnt = j
		j++
	}
	if j < len(toks) && set1(toks[j].Lower, "this", "that", "these", "those", "its", "their", "his", "her", "many", "few", "more", "most", "other", "all",
		"no", "none", "neither", "any") {
		return "", -1, false // said again or said of no one in particular
	}
	s := j
	h := -1
	for k := j; k < len(toks) && k < j+5; k++ {
		t := toks[k]
		if t.Kind != text.Word && t.Kind != text.Number {
			break
		}
		if perpPersonHeads[t.Lower] {
			h = k
			if !perpPersonHeads[lowerAt(toks, k+1)] {
				break
			}
			continue
		}
		if h >= 0 || evNPStop[t.Lower] || isTriggerVerb(t.Lower) || roleWeaponHeads[t.Lower] || roleTargetHeads[t.Lower] {
			break
		}
	}
	if h < 0 {
		return "", -1, false
	}
	// a noun that modifies the next one: "the guerrilla offensive", "the
	// group's leader"
	if n := lowerAt(toks, h+1); n == "'s" || isApos(n) || h+1 < len(toks) && toks[h+1].Kind == text.Word &&
		!evNPStop[n] && !set1(n, "who", "wearing", "dressed", "disguised", "riding", "traveling", "travelling", "aboard", "armed", "last", "yesterday", "today") {
		return "", -1, false
	}
	l := toks[h].Lower
	if cnt >= 0 && roleVagueHeads[l] {
		s = cnt
	}
	e := h
	switch {
	case l == "members" || l == "member":
		// "members of the x front" as attackerAt names them
		if x, ok := d.attackerAt(toks, h, s); ok && lowerAt(toks, h+1) == "of" {
			return d.span(toks, s, h) + x[len(toks[h].Text):], h, true
		}
	case perpOfHeads[l] && lowerAt(toks, h+1) == "of":
		// "a group of armed individuals"
		if _, ih, ok := d.agentAt(toks, h+2); ok && ih <= h+6 {
			e = dressAfter(toks, ih)
		} else if !set1(l, "group", "groups") {
			return "", -1, false
		}
	default:
		e = dressAfter(toks, h)
	}
	if e == h && perpCollectiveHeads[l] {
		// "by groups" alone names nobody, nor "by certain groups": a
		// band of attackers is told by what makes it one
		ok := false
		for j := s; j < h; j++ {
			if roleVagueMods[toks[j].Lower] || perpCollectiveMods[toks[j].Lower] {
				ok = true
			}
		}
		if !ok {
			return "", -1, false
		}
	}
	return d.span(toks, s, e), h, true
}

// perpCollectiveHeads are nouns of a band of people, attackers only with
// a modifier that says so: "an urban guerrilla group", "paramilitary
// groups".
var perpCollectiveHeads = set(`group groups unit units cell cells column columns squad squads band bands gang gangs
	command commands detachment detachments`)

// perpCollectiveMods make a band of people one of attackers, with
// roleVagueMods.
var perpCollectiveMods = set(`paramilitary rightist leftist right-wing left-wing extremist subversive insurgent guerilla`)

// perpCollectiveSpanMods are the modifiers kept before a noun of a band
// of attackers: roleAttackerMods and perpCollectiveMods.
var perpCollectiveSpanMods = union(roleAttackerMods, perpCollectiveMods)

// union returns a set of the words in a and b.
func union(a, b map[string]bool) map[string]bool {
	out := make(map[string]bool, len(a)+len(b))
	for w := range a {
		out[w] = true
	}
	for w := range b {
		out[w] = true
	}
	return out
}

// perpAnaphoric are nouns that name the doers by what they did, as a
// report says again who it already described: "the attackers fled".
var perpAnaphoric = set(`attackers assailants murderers killers kidnappers assassins perpetrators culprits aggressors`)

// dropAnaphoric leaves out the doers named only by what they did ("the
// attackers", "the kidnappers") when another phrase describes them: both
// are the same people.
func dropAnaphoric(xs []string) []string {
	other := false
	for _, x := range xs {
		if !perpAnaphoric[strings.ToLower(x)] {
			other = true
			break
		}
	}
	if !other {
		return xs
	}
	out := xs[:0:0]
	for _, x := range xs {
		if !perpAnaphoric[strings.ToLower(x)] {
			out = append(out, x)
		}
	}
	return out
}

// Suspects named: "the suspects were identified as x and y", "an arrest
// warrant for x", "the terrorist, who gave his name as x". A report names
// the people held or sought for an attack as its perpetrators.

// perpSuspectNouns are nouns of people held or sought for an attack.
var perpSuspectNouns = set(`suspects suspect detainees detained arrested captured assassin assassins terrorist terrorists
	kidnappers kidnapper killers killer gunman gunmen perpetrators perpetrator murderers murderer hitman hitmen
	culprits culprit accomplices accomplice suspected`)

// perpCrimeWords say that a sentence is about a crime: "arrested for the
// murder", "charged with the attack".
var perpCrimeWords = set(`murder murders murdering killing killings assassination assassinating attack attacks crime crimes
	massacre kidnapping kidnaping bombing bombings masterminding masterminded mastermind perpetrating`)

// perpOrderWords say that their subject had a crime done or did it:
// "x ordered the murder", "x was responsible for the massacre".
var perpOrderWords = set(`ordered masterminded planned responsible behind`)

// perpAccuseWords say that their object is accused of a crime:
// "implicated x in the murder", "accused x of the massacre".
var perpAccuseWords = set(`implicated accused blamed implicating accusing blaming`)

// crimeAfter reports whether a crime word is among the n tokens from j,
// within the clause: "(ordered) the murder", "(responsible) for the
// attack".
func crimeAfter(toks []text.Token, j, n int) bool {
	for x := j; x < len(toks) && x < j+n; x++ {
		if perpCrimeWords[toks[x].Lower] {
			return true
		}
		if toks[x].Kind == text.Punct {
			return false
		}
	}
	return false
}

// suspects returns the names of the people a sentence names as held or
// sought for an attack; prev are the tokens of the sentence before it
// ("five men were arrested for the murder. their names are x, y ...").
func (d *docState) suspects(st *evSentence, prev []text.Token) []string {
	toks := st.toks
	var out []string
	crime := anyWord(toks, perpCrimeWords)
	for k := 0; k+1 < len(toks); k++ {
		l, n := toks[k].Lower, toks[k+1].Lower
		j := 0
		switch {
		case l == "identified" && n == "as" && identifiedSuspect(toks, k):
			j = k + 2 // "the suspects were identified as", "the arrested men, identified as"
		case (l == "name" || l == "names" || l == "himself") && set1(n, "as", "is", "are") &&
			(suspectBefore(toks, k, 8) || k <= 2 && set1(l, "name", "names") && len(prev) > 0 && suspectBefore(prev, len(prev)-1, len(prev))):
			// "the suspects were identified as", "his name is", "their
			// names are", "the assassin identified himself as"
			j = k + 2
		case l == "named" && suspectBefore(toks, k, 6):
			j = k + 1 // "arrested a woman named x"
		case set1(l, "suspect", "suspects") && n == "," && k+2 < len(toks):
			j = k + 2 // "the suspect, x, who was arrested"
		case set1(l, "perpetrator", "mastermind", "masterminds", "perpetrators") && k >= 2 && set1(toks[k-1].Lower, "the", "a") &&
			set1(toks[k-2].Lower, "was", "is", "were", "are"):
			// "x was the perpetrator of the murder"
			if b, c := d.nameBefore(st, k-2); c > 0 {
				out = appendNew(out, d.span(toks, b, b+c-1))
			}
		case l == "," && crime && k > 0 && appositionBlame(toks, k+1):
			// "colonel x y, one of the men involved in the murder"
			if b, c := d.nameBefore(st, k); c > 0 {
				out = appendNew(out, d.span(toks, b, b+c-1))
			}
		case l == "who" && k >= 2 && toks[k-1].Text == "," && relativeDoer(toks, k+1):
			// "x y, who shot the judge"
			if b, c := d.nameBefore(st, k-1); c > 0 {
				out = appendNew(out, d.span(toks, b, b+c-1))
			}
		case perpOrderWords[l] && crimeAfter(toks, k+1, 4):
			// "x ordered the murder", "colonel x was responsible for
			// the massacre", "x allegedly masterminded the attack"
			e := k
			for e > 0 && e > k-4 && perpResponsibleAux[toks[e-1].Lower] && toks[e-1].Lower != "who" {
				e--
			}
			if b, c := d.nameBefore(st, e); c > 0 {
				out = appendNew(out, d.span(toks, b, b+c-1))
			}
		case perpAccuseWords[l] && crime && !set1(lowerAt(toks, k-1), "was", "were", "is", "are", "been", "being", ","):
			// "the minister implicated colonel x in the murder", "accused
			// x of the massacre"
			if b, c := d.nextName(st, k+1); c > 0 && b <= k+3 && set1(lowerAt(toks, b+c), "in", "of", "for") &&
				crimeAfter(toks, b+c+1, 4) {
				out = appendNew(out, d.span(toks, b, b+c-1))
			}
		case set1(l, "orders", "instructions") && set1(n, "of", "from") && crime:
			j = k + 2 // "killed on the orders of x"
		case set1(l, "warrant", "warrants") && n == "for" && crime:
			j = k + 2 // "an arrest warrant for x"
		case l == "arrest" && n == "of" && crime:
			j = k + 2 // "ordered the arrest of x"
		case l == ":" && crime && suspectBefore(toks, k, len(toks)):
			j = k + 1 // "arrested two men suspected of the murder: x and y"
		}
		if j == 0 || j >= len(toks) {
			continue
		}
		b, c := d.nextName(st, j)
		if c == 0 || b > j+4 {
			continue
		}
		out = appendNew(out, d.span(toks, b, b+c-1))
		out = appendAll(out, d.coordinatedNames(st, b+c))
	}
	// "x and y were arrested" in a sentence about the crime, at its
	// start or after "that": "police said that x was arrested"
	for k := 0; crime && k < len(toks); k++ {
		if k > 0 && toks[k-1].Lower != "that" {
			continue
		}
		if b, c := d.nextName(st, k); c > 0 && b <= k+2 {
			names := append([]string{d.span(toks, b, b+c-1)}, d.coordinatedNames(st, b+c)...)
			e := b + c
			for _, x := range names[1:] {
				// past the next name in the list: where x ends
				for e < len(toks) && !(toks[e].End >= len(x) && d.src[toks[e].End-len(x):toks[e].End] == x) {
					e++
				}
				e++
			}
			if e+1 < len(toks) && set1(toks[e].Lower, "was", "were", "have", "has") {
				x := e + 1
				if toks[x].Lower == "been" {
					x++
				}
				if x < len(toks) && set1(toks[x].Lower, "arrested", "captured", "detained", "charged", "accused") {
					out = appendAll(out, names)
				}
			}
		}
	}
	return out
}

// relativeDoer reports whether the relative clause that starts at token
// j, after "who", tells that its person did an attack: "killed the
// judge", "had shot the mayor".
func relativeDoer(toks []text.Token, j int) bool {
	for j < len(toks) && set1(toks[j].Lower, "was", "were", "is", "are", "has", "have", "had", "been", "later", "allegedly", "reportedly") {
		j++
	}
	if j >= len(toks) {
		return false
	}
	l := toks[j].Lower
	return perpKillVerbs[l] && j > 0 && !set1(toks[j-1].Lower, "was", "were", "is", "are", "been") && objectAfter(toks, j)
}

// perpBlameWords, in an apposition, say that the person it describes
// took part in a crime: "x, one of the officers implicated in the
// murder".
var perpBlameWords = set(`implicated involved responsible accused suspected charged`)

// appositionBlame reports whether the apposition that starts at token j
// says its person took part in a crime: a word of blame and a word of
// crime a few tokens after it, with no verb of a clause between.
func appositionBlame(toks []text.Token, j int) bool {
	for k := j; k < len(toks) && k < j+8; k++ {
		t := toks[k]
		if t.Kind == text.Punct || set1(t.Lower, "who", "which", "that", "was", "were", "is", "are", "has", "have", "said", "says") {
			return false
		}
		if !perpBlameWords[t.Lower] {
			continue
		}
		for x := k + 1; x < len(toks) && x <= k+4; x++ {
			if perpCrimeWords[toks[x].Lower] {
				return true
			}
			if toks[x].Kind == text.Punct {
				return false
			}
		}
		return false
	}
	return false
}

// nameBefore returns the first token and the length of a person's name
// that ends right before token k, with a rank before it ("major x y"); n
// is 0 if none.
func (d *docState) nameBefore(st *evSentence, k int) (b, n int) {
	best := -1
	for s := k - 1; s >= 0 && s >= k-5; s-- {
		if c := d.nameLen(st, s); c > 0 && s+c == k {
			best = s // the longest name: "x y z", not "y z"
		}
	}
	if best < 0 {
		return 0, 0
	}
	// the rank stays with the name: "major x y"
	if best > 0 && perpRanks[st.toks[best-1].Lower] {
		return best - 1, k - best + 1
	}
	return best, k - best
}

// perpRanks are titles kept before a perpetrator's name.
var perpRanks = set(`dr dr. major maj maj. colonel col col. general gen gen. lieutenant lt captain capt sergeant commander`)

// identifiedSuspect reports whether the "identified" at k names suspects:
// "identified as" names whatever noun of people comes last before it, so
// the nearest such noun within eight tokens must be one of suspects or
// attackers ("the suspects were identified as", "the gunman, identified
// as") or carry a word of arrest ("the arrested men have been identified
// as", "police detained two men, identified as"). A noun of other people
// makes the name theirs ("gunmen killed a student, identified as x": x is
// the student), unless it is the complement of another noun ("the killer
// of the student was identified as").
func identifiedSuspect(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 8; j-- {
		l := toks[j].Lower
		if l == "." || l == ";" {
			return false
		}
		if perpSuspectNouns[l] || attackerNouns[l] || roleAttackerHeads[l] {
			return true
		}
		if !identifiedPeopleNoun(l) {
			continue
		}
		// the noun's own modifiers: "the two arrested men", "detained
		// three students"
		b := j - 1
		for ; b >= 0 && j-b <= 3 && toks[b].Kind != text.Punct; b-- {
			if perpArrestWords[toks[b].Lower] {
				return true
			}
			if toks[b].Lower == "of" {
				break
			}
		}
		if lowerAt(toks, b) != "of" {
			return false // the noun heads the phrase "identified as" names
		}
		j = b // "the killer of the student": look past the complement
	}
	return false
}

// perpArrestWords before a noun of people make them suspects: "the
// arrested men", "police detained two students".
var perpArrestWords = set(`arrested detained captured suspected apprehended`)

// identifiedPeopleNoun reports whether l is a noun of people that an
// "identified as" apposition can name: "a student", "the victims", "two
// men".
func identifiedPeopleNoun(l string) bool {
	if isPeopleNoun(l) || roleVictimNouns[l] || rolePersonHeads[l] || personRoleNouns[l] || roleHumanNouns[l] {
		return true
	}
	return strings.HasSuffix(l, "s") && personNouns[strings.TrimSuffix(l, "s")]
}

// suspectBefore reports whether a noun of suspects comes in the n
// tokens before k, in the same sentence: "the arrested men have been
// identified as", "captured one of the terrorists; his name is".
func suspectBefore(toks []text.Token, k, n int) bool {
	for j := k - 1; j >= 0 && k-j <= n; j-- {
		if perpSuspectNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Text == "." {
			return false
		}
	}
	return false
}

// dropDoers leaves out of victims the people named as the attack's
// doers: "x and y were arrested after the attack that killed z" does not
// make x a victim.
func dropDoers(victims, doers []string) []string {
	if len(doers) == 0 {
		return victims
	}
	out := victims[:0:0]
	for _, v := range victims {
		if !contains(doers, v) {
			out = append(out, v)
		}
	}
	return out
}

// perpCrimeOrgHeads are nouns of a criminal organisation: "the drug
// mafias", "drug trafficking gangs".
var perpCrimeOrgHeads = set(`mafia mafias cartel cartels gang gangs rings ring organizations organization syndicates`)

// perpCrimeOrgMods are the modifiers that make those nouns criminal.
var perpCrimeOrgMods = set(`drug drug-trafficking drug-traffickers trafficking cocaine narcotics criminal`)

// crimeOrgAt returns the end (exclusive) of the name of a criminal
// organisation starting at token k, "drug mafias", "the mafia" ("mafia"
// needs no modifier), or 0.
func crimeOrgAt(toks []text.Token, k int) int {
	j := k
	for j < len(toks) && j-k < 3 && perpCrimeOrgMods[toks[j].Lower] {
		j++
	}
	if j >= len(toks) || !perpCrimeOrgHeads[toks[j].Lower] {
		return 0
	}
	if j == k && !set1(toks[j].Lower, "mafia", "mafias") {
		return 0
	}
	if n := lowerAt(toks, j+1); n == "'s" || n == "chief" || n == "chiefs" || n == "leader" || n == "leaders" || n == "boss" || n == "bosses" {
		return 0 // "the mafia's leader" names a person
	}
	return j + 1
}

// perpResponsibleWords say that their subject did a crime: "were involved
// in the murder", "participated in the crime", "committed the massacre".
var perpResponsibleWords = set(`involved participated implicated responsible committed perpetrated linked arrested detained`)

// perpResponsibleAux stand between the subject and those words.
var perpResponsibleAux = set(`were was are is have has had been be also apparently allegedly directly reportedly
	presumably probably who`)

// responsible returns the doers a sentence names as the subject of a
// word of responsibility for a crime in tokens [lo, hi): "members of the
// army participated in the crime", "some four or five men took part in
// the raid", "a rightist group is responsible for the massacre".
func (d *docState) responsible(toks []text.Token, lo, hi int) []agent {
	var out []agent
	for v := lo; v < hi && v < len(toks); v++ {
		l := toks[v].Lower
		if perpShareNouns[l] && lowerAt(toks, v+1) == "of" {
			// "the involvement of troops in the murder"
			if a, ok := d.shareOf(toks, v+2); ok {
				out = append(out, a)
			}
			continue
		}
		took := l == "part" && set1(lowerAt(toks, v-1), "took", "take", "takes", "taking") && lowerAt(toks, v+1) == "in"
		if !perpResponsibleWords[l] && !(l == "carried" && lowerAt(toks, v+1) == "out") && !took && !chargedWith(toks, v) {
			continue
		}
		crime := false
		for x := v + 1; x < len(toks) && x <= v+5; x++ {
			if perpCrimeWords[toks[x].Lower] {
				crime = true
				break
			}
			if toks[x].Text == "." || toks[x].Text == ";" || toks[x].Kind == text.Number || roleCounts[toks[x].Lower] ||
				set1(toks[x].Lower, "many", "most", "several", "dozens", "hundreds") {
				break // "carried out 29 attacks" counts, it tells of no one attack
			}
		}
		held := set1(l, "arrested", "detained")
		if held && !crime {
			// "were arrested in the north in connection with the
			// attack", "because of their suspected involvement in
			// the murder"
			crime = heldFor(toks, v)
		}
		if !crime {
			continue
		}
		if held && !set1(lowerAt(toks, v+1), "for", "because", "in") {
			continue // the arrested are suspects only when held for the crime
		}
		w := v
		if took {
			w-- // "soldiers took part in": the subject is before "took"
		}
		end := w - 1
		for end >= lo && w-end <= 4 && perpResponsibleAux[toks[end].Lower] {
			end--
		}
		if end < w-1 && end > lo && toks[end].Text == "," {
			end-- // "a group of people, including members of the army, were arrested"
		}
		if end > lo && isQuote(toks[end].Text) {
			end-- // `"members of the army" participated in the crime`
		}
		if end < lo || end == w-1 && !set1(l, "committed", "perpetrated", "participated", "carried", "linked", "part") {
			continue // "involved", "responsible" need their verb: "were involved"
		}
		// the subject and the phrases listed before it: "a colonel, two
		// lieutenants and two soldiers were involved in the crime"
		for i := 0; i < 8 && end >= lo; i++ {
			a, s, ok := d.subjectEnding(toks, end, lo)
			if !ok {
				break
			}
			out = append(out, a)
			j := s - 1
			if j >= lo && toks[j].Lower == "and" {
				j--
			} else if i == 0 {
				break // a list ends with "and": "x, y and z"
			}
			if j < lo || toks[j].Text != "," && !(j == s-2 && toks[j+1].Lower == "and") {
				break
			}
			if toks[j].Text == "," {
				j--
			}
			end = j
		}
	}
	return out
}

// chargedWith reports whether the token at v is "charged" or "accused" in
// a passive with the crime's preposition after it: "three students have
// been charged with the killing", "were accused of the murder". The
// active "the judge charged x with" names the accuser as its subject.
func chargedWith(toks []text.Token, v int) bool {
	switch toks[v].Lower {
	case "charged":
		if !set1(lowerAt(toks, v+1), "with", "for", "in") {
			return false
		}
	case "accused":
		if lowerAt(toks, v+1) != "of" {
			return false
		}
	default:
		return false
	}
	return set1(lowerAt(toks, v-1), "was", "were", "been", "being", "is", "are")
}

// heldFor reports whether the clause of "arrested" or "detained" at v
// links the arrest to a crime further on than the words right after it:
// "in connection with the attack", "because of their suspected
// involvement in the murder", "on charges of the killing".
func heldFor(toks []text.Token, v int) bool {
	for x := v + 1; x+1 < len(toks) && x <= v+12; x++ {
		if toks[x].Kind == text.Punct {
			return false
		}
		n := toks[x+1].Lower
		switch toks[x].Lower {
		case "connection":
			if n == "with" {
				return crimeAfter(toks, x+2, 4)
			}
		case "involvement":
			if n == "in" {
				return crimeAfter(toks, x+2, 4)
			}
		case "charges", "charge":
			if set1(n, "of", "for") {
				return crimeAfter(toks, x+2, 6)
			}
		}
	}
	return false
}

// perpShareNouns name a part in a crime whose "of" phrase names the
// doers: "the involvement of troops in the murder", "the participation
// of two policemen in the kidnapping".
var perpShareNouns = set(`involvement participation`)

// shareOf returns the doers a share noun's "of" phrase starting at token
// j names, when "in" and a crime word follow them: "(the involvement of)
// army officers in the massacre".
func (d *docState) shareOf(toks []text.Token, j int) (agent, bool) {
	a, ok := d.forceAgent(toks, j)
	e := -1
	if ok {
		_, _, fe := forceAt(toks, skipAgentWords(toks, j))
		e = fe
		if a.ind != "" {
			e = max(e, d.phraseEnd(toks, a.head, a.ind)+1)
		}
	} else if s, h, ok2 := d.agentAt(toks, j); ok2 {
		a, ok, e = agent{ind: s, head: h}, true, d.phraseEnd(toks, h, s)+1
	}
	if !ok || e <= j || lowerAt(toks, e) != "in" {
		return agent{}, false
	}
	for x := e + 1; x < len(toks) && x <= e+3; x++ {
		if perpCrimeWords[toks[x].Lower] {
			return a, true
		}
	}
	return agent{}, false
}

// skipAgentWords returns the first token from j that is no article,
// hedge or count: where the phrase of a "by" agent starts.
func skipAgentWords(toks []text.Token, j int) int {
	for j < len(toks) && perpAgentSkips[toks[j].Lower] {
		j++
	}
	if j < len(toks) && (roleCounts[toks[j].Lower] || toks[j].Kind == text.Number) {
		j++
	}
	return j
}

// subjectEnding returns the longest phrase of doers that ends at token
// end and its first token, not past a word that would make it part of
// another: "two or three people", "many people", "this group".
func (d *docState) subjectEnding(toks []text.Token, end, lo int) (agent, int, bool) {
	var best agent
	start := -1
	for s := end; s >= lo && s >= end-10; s-- {
		if set1(toks[s].Lower, "this", "these", "those", "many", "few", "more", "most", "other", "all", "than", "or",
			"some", "certain", "no", "none", "neither", "any") {
			return agent{}, 0, false
		}
		if toks[s].Kind == text.Punct || toks[s].Lower == "that" {
			break
		}
		if a, ok := d.forceAgent(toks, s); ok {
			if _, _, e := forceAt(toks, s); e == end+1 || a.ind != "" && d.phraseEnd(toks, a.head, a.ind) == end {
				best, start = a, s
				if a.ind != "" {
					start = phraseStart(toks, end, a.ind, s)
				}
				continue
			}
		}
		if str, h, ok := d.agentAt(toks, s); ok && d.phraseEnd(toks, h, str) == end {
			best, start = agent{ind: str, head: h}, phraseStart(toks, end, str, s)
		}
	}
	if start > lo && best.head >= 0 && toks[start].Lower == "members" && lowerAt(toks, start+1) == "of" &&
		(roleCounts[toks[start-1].Lower] || toks[start-1].Kind == text.Number) {
		// the count stays with members: "three members of the x gang
		// were arrested"
		if e := d.phraseEnd(toks, best.head, best.ind); e > start {
			start--
			best.ind = d.span(toks, start, e)
		}
	}
	return best, start, start >= 0
}

// phraseStart returns the first token of a phrase that ends at token end,
// or def when no token starts where the phrase does.
func phraseStart(toks []text.Token, end int, phrase string, def int) int {
	b := toks[end].End - len(phrase)
	for t := end; t >= 0 && toks[t].Start >= b; t-- {
		if toks[t].Start == b {
			return t
		}
	}
	return def
}

// phraseEnd returns the index of the token a phrase whose head is at h
// ends with, or -1.
func (d *docState) phraseEnd(toks []text.Token, h int, phrase string) int {
	for e := h; e >= 0 && e < len(toks) && e <= h+12; e++ {
		if b := toks[e].End - len(phrase); b >= 0 && d.src[b:toks[e].End] == phrase {
			return e
		}
	}
	return -1
}

// perpVehicles are what attackers ride.
var perpVehicles = set(`motorcycle motorcycles car cars vehicle vehicles automobile automobiles truck trucks jeep jeeps
	bicycle bicycles taxi pickup van boat`)

// rideEnd returns the token of the vehicle the persons at h ride, as in
// "two men on a motorcycle", "men riding in an automobile", or h when
// they ride none.
func rideEnd(toks []text.Token, h int) int {
	if !set1(lowerAt(toks, h+1), "riding", "traveling", "travelling", "aboard", "driving", "in", "on") {
		return h
	}
	for j := h + 2; j < len(toks) && j <= h+6; j++ {
		if perpVehicles[toks[j].Lower] {
			return j
		}
		if toks[j].Kind != text.Word && toks[j].Kind != text.Number {
			break
		}
	}
	return h
}

// armyOfDeed reports whether the words at k, after "army of", tell of a
// deed the army is accused of ("accused the army of the attack", "of
// carrying out the killings") rather than complete a name ("army of
// national liberation").
func armyOfDeed(toks []text.Token, k int) bool {
	n := lowerAt(toks, k)
	if set1(n, "the", "this", "that", "these", "a", "an") {
		return perpCrimeWords[lowerAt(toks, k+1)] || perpCrimeWords[lowerAt(toks, k+2)]
	}
	return strings.HasSuffix(n, "ing") && !set1(n, "king")
}

// perpForceVerbs are the active verbs of an attack on people or things
// whose subject, when it is a state force, is the doer: "the air force
// bombed the village", "the army murdered the peasants".
var perpForceVerbs = set(`killed murdered assassinated massacred executed bombed strafed straffed machinegunned
	machine-gunned attacked kidnapped abducted tortured burned destroyed shelled raided fired`)

// perpForceGerunds are the forms of perpForceVerbs after a verb of
// phase: "began bombing", "continued strafing".
var perpForceGerunds = set(`killing murdering massacring executing bombing strafing straffing machinegunning
	attacking shelling burning destroying raiding firing`)

// perpPhaseVerbs start or go on with an action.
var perpPhaseVerbs = set(`began begun begins started starts continued continues resumed kept`)

// forceSubject returns the state force that is the subject of the attack
// verb at v ("the navy shelled and strafed the coast", "the armed
// forces attacked union offices"), when what it struck is no band of
// attackers: soldiers who kill guerrillas fight a war, they do not commit
// an attack.
func (d *docState) forceSubject(toks []text.Token, v, lo int) (agent, bool) {
	j := v - 1
	switch {
	case perpForceVerbs[toks[v].Lower]:
	case perpForceGerunds[toks[v].Lower] && v > 0 && perpPhaseVerbs[toks[v-1].Lower]:
		j-- // "the air force began bombing the settlement"
	case perpForceGerunds[toks[v].Lower] && v > 1 && set1(lowerAt(toks, v-1), "is", "are", "was", "were"):
		j-- // "the air force is bombing the villages"
	case perpForceGerunds[toks[v].Lower] && v > 1 && strings.HasSuffix(toks[v-1].Lower, "ly") && set1(lowerAt(toks, v-2), "is", "are", "was", "were"):
		j -= 2 // "the air force is indiscriminately bombing"
	default:
		return agent{}, false
	}
	// "bombed and strafed the area": the object follows the last verb
	o := v
	for o+2 < len(toks) && toks[o+1].Lower == "and" && (perpForceVerbs[toks[o+2].Lower] || perpForceGerunds[toks[o+2].Lower]) {
		o += 2
	}
	if !objectAfter(toks, o) {
		return agent{}, false
	}
	for k := o + 1; k < len(toks) && k <= o+4; k++ {
		l := toks[k].Lower
		if roleAttackerHeads[l] || attackerNouns[l] || set1(l, "positions", "camp", "camps", "column", "columns") {
			return agent{}, false
		}
		if toks[k].Kind == text.Punct {
			break
		}
	}
	for j >= lo && (perpSubjectAux[toks[j].Lower] || strings.HasSuffix(toks[j].Lower, "ly") && len(toks[j].Lower) > 4) {
		j-- // "has indiscriminately bombed"
	}
	for s := max(lo, j-4); s <= j; s++ {
		org, _, e := forceAt(toks, s)
		if e == j+1 && org[1] > 0 {
			// "an air force member fired at", "army soldiers killed":
			// the force; the men are named as subjectAt names them
			if b := org[0]; b > 0 && set1(toks[b-1].Lower, "of", "to", "by", "with", "against", "from", "for") {
				return agent{}, false // "soldiers of the army killed" is the other rule's; "fighting against the army"
			}
			f := d.span(toks, org[0], org[1]-1)
			if strings.HasSuffix(f, "squads") || strings.HasSuffix(f, "squad") {
				return agent{}, false
			}
			return agent{head: -1, force: f}, true
		}
	}
	return agent{}, false
}

// perpDressNouns are what a state force's name modifies when it tells
// how attackers were dressed, not who they were: "in military uniforms",
// "wearing police clothing".
var perpDressNouns = set(`uniform uniforms fatigues clothes clothing gear garb`)

// dressModifier reports whether the force noun at k modifies a noun of
// dress ("men in army uniforms", "wearing police clothing"): it is no
// subject of the verb that follows.
func dressModifier(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+2; j++ {
		if perpDressNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// describedEnd returns the last token of what tells the persons at h
// apart, as in "a man dressed in a military uniform", "two men on a
// motorcycle", "three individuals armed with rifles", "men carrying
// machineguns", or h when nothing does.
func describedEnd(toks []text.Token, h int) int {
	e := max(dressAfter(toks, h), rideEnd(toks, h))
	if e > h {
		return e
	}
	j := h + 1
	switch {
	case lowerAt(toks, j) == "armed" && set1(lowerAt(toks, j+1), "with"):
		j += 2
	case set1(lowerAt(toks, j), "carrying", "brandishing", "wielding", "with"):
		j++
	default:
		return h
	}
	for x := j; x < len(toks) && x <= j+3; x++ {
		if roleWeaponHeads[toks[x].Lower] {
			return x
		}
		if toks[x].Kind != text.Word && toks[x].Kind != text.Number {
			break
		}
	}
	return h
}

// perpPartHeads are the nouns of part of a body whose "of" phrase names
// the body: "members of the x party", "a commando of the y front".
var perpPartHeads = set(`members member commando commandos unit units column columns cell cells squad squads detachment
	detachments`)

// bodyOf returns the body that the part noun at h belongs to, as its
// "of" phrase names it, "(members of) the x party (xp)", "(a commando of)
// the y front", up to a parenthesis, a clause word or the end of a
// clause; or "" when the phrase names persons ("a column of armed men")
// or runs past six words, or holds a known armed group's name.
func (d *docState) bodyOf(st *evSentence, h int) string {
	toks := st.toks
	if !perpPartHeads[toks[h].Lower] || lowerAt(toks, h+1) != "of" {
		return ""
	}
	j := h + 2
	if set1(lowerAt(toks, j), "the", "a", "an") {
		j++
	}
	e := j
	ofs := 0
	for e < len(toks) && toks[e].Kind == text.Word {
		l := toks[e].Lower
		if l == "of" && ofs == 0 && e > j && e+1 < len(toks) && toks[e+1].Kind == text.Word && !evNPStop[toks[e+1].Lower] {
			ofs++ // "the communist party of x"
			e++
			continue
		}
		if evNPStop[l] || isTriggerVerb(l) || roleVictimCues[l] || perpPersonHeads[l] || strings.HasSuffix(l, "ing") {
			break
		}
		e++
	}
	if e == j || e-j > 6 || e < len(toks) && perpPersonHeads[toks[e].Lower] {
		return ""
	}
	for _, cm := range st.ms {
		if cm.e.Type == dossier.ArmedGroup && cm.tok >= j && cm.tok < e {
			return "" // "the second front of the x army": the group's own rules name it
		}
	}
	return d.span(toks, j, e-1)
}
