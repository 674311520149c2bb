package extract

// Event extraction.
//
// events finds the concrete attacks a document describes in four steps.
//
//  1. Triggers. Words and phrases of violence ("suicide bombing", "blast",
//     "stormed", "abducted", "set fire", "gunmen ... killed") are found in
//     each sentence; adjacent ones ("shootings and explosions") form one
//     trigger group, which votes for an event type and gives a subtype.
//  2. Judgement. A group is dropped when it is generic ("attacks on
//     mosques", "its attacks", "77 attacks"), hypothetical ("plotted an
//     attack", "possible attacks"), habitual ("has attacked police posts
//     for years"), a counter-operation ("a police raid", "police stormed
//     the building"), or recalled, rumoured, denied or figurative ("let us
//     recall the bombing", "an attack on freedom"; see relevance.go). A
//     group that strikes armed forces only is marked: an event all of
//     whose reports do so is an armed clash.
//  3. Anchors. The dates, places, casualty figures and responsibility cues
//     of a sentence go to the nearest surviving group; groups of one
//     sentence whose anchors agree make one event mention, and a group
//     introduced by "since" or "a week after" describes another, earlier
//     attack. Plural and indefinite mentions need an anchor of their own
//     (a place, a date of at least month precision, a toll) to count;
//     definite ones ("the attack", "Monday's bombing") refer back.
//  4. Events. A mention joins the event it refers to (same place or day,
//     or a definite reference to the document's main event or, for "that
//     attack", the last one) unless its date or place contradicts it;
//     otherwise it starts a new event. Sentences that only report a toll
//     or a claim of responsibility attach to the event just described.
//
// Per event, the most specific place wins (a city, then a named facility, a
// province, a country, then the dateline); the date attached most closely
// to a trigger wins over dates of statements ("said on Monday"); the group
// that claimed the attack wins over one blamed or suspected; the first toll
// stands unless a later one reports a rise ("the toll has risen to 19") or
// gives the same figure exactly. Killed and wounded given only together
// ("killing and wounding more than 150") are kept out of both.

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"time"

	"dossier"
	"dossier/dates"
	"dossier/numbers"
	"dossier/text"
)

// Event types of the extract contract.
const (
	evBombing    = "bombing"
	evAttack     = "attack"
	evKidnapping = "kidnapping"
	evArson      = "arson"
	evHostage    = "hostage"
	evRobbery    = "robbery"
	evOther      = "other"
)

// evKind says how a trigger is used in a sentence.
type evKind uint8

const (
	evNoun      evKind = iota // "the attack", "a blast": the determiner decides
	evVerb                    // "stormed", "abducted": a new event unless habitual
	evAgentVerb               // "killed", "seized": an event only after an attacker noun
)

// evWord is one entry of the trigger lexicon.
type evWord struct {
	words  []string
	typ    string
	sub    string
	vote   int
	cue    string // "gun" or "bomb": counts toward telling bombings from gun attacks
	kind   evKind
	plural bool
}

// evLexiconText lists the triggers: phrase | type | subtype | vote | cue |
// kind (n noun, np plural noun, v verb, a agent verb).
const evLexiconText = `
suicide bombing|bombing|suicide bombing|3|bomb|n
suicide bombings|bombing|suicide bombing|3|bomb|np
suicide-bombing|bombing|suicide bombing|3|bomb|n
suicide bomb attack|bombing|suicide bombing|3|bomb|n
suicide bomb attacks|bombing|suicide bombing|3|bomb|np
suicide bomb|bombing|suicide bombing|3|bomb|n
suicide attack|bombing|suicide bombing|3|bomb|n
suicide attacks|bombing|suicide bombing|3|bomb|np
suicide blast|bombing|suicide bombing|3|bomb|n
suicide blasts|bombing|suicide bombing|3|bomb|np
suicide explosion|bombing|suicide bombing|3|bomb|n
suicide bomber|bombing|suicide bombing|3|bomb|n
suicide bombers|bombing|suicide bombing|3|bomb|np
suicide car bomb|bombing|car bomb|3|bomb|n
suicide car bombing|bombing|car bomb|3|bomb|n
car bomb|bombing|car bomb|3|bomb|n
car bombs|bombing|car bomb|3|bomb|np
car-bomb|bombing|car bomb|3|bomb|n
car bombing|bombing|car bomb|3|bomb|n
car bombings|bombing|car bomb|3|bomb|np
truck bomb|bombing|truck bomb|3|bomb|n
truck bombs|bombing|truck bomb|3|bomb|np
truck bombing|bombing|truck bomb|3|bomb|n
lorry bomb|bombing|truck bomb|3|bomb|n
roadside bomb|bombing|roadside bomb|3|bomb|n
roadside bombs|bombing|roadside bomb|3|bomb|np
roadside bombing|bombing|roadside bomb|3|bomb|n
bomb attack|bombing||3|bomb|n
bomb attacks|bombing||3|bomb|np
bombing attack|bombing||3|bomb|n
bomb blast|bombing||3|bomb|n
bomb blasts|bombing||3|bomb|np
bomb explosion|bombing||3|bomb|n
grenade attack|bombing|grenade attack|3|bomb|n
grenade attacks|bombing|grenade attack|3|bomb|np
improvised explosive device|bombing|IED|2|bomb|n
improvised explosive devices|bombing|IED|2|bomb|np
explosive device|bombing|IED|2|bomb|n
explosive devices|bombing|IED|2|bomb|np
ied|bombing|IED|2|bomb|n
ieds|bombing|IED|2|bomb|np
bombing|bombing||2|bomb|n
bombings|bombing||2|bomb|np
blast|bombing||2|bomb|n
blasts|bombing||2|bomb|np
explosion|bombing||2|bomb|n
explosions|bombing||2|bomb|np
bomb|bombing||1|bomb|n
bombs|bombing||1|bomb|np
bomber|bombing||1|bomb|n
blew himself up|bombing|suicide bombing|3|bomb|v
blew herself up|bombing|suicide bombing|3|bomb|v
blew themselves up|bombing|suicide bombing|3|bomb|v
detonated|bombing||2|bomb|v
blew up|bombing||2|bomb|v
blown up|bombing||2|bomb|v
dynamited|bombing||2|bomb|v
dynamite attack|bombing||3|bomb|n
dynamite attacks|bombing||3|bomb|np
detonating|bombing||2|bomb|v
exploded|bombing||2|bomb|v
bombed|bombing||2|bomb|v
planted|bombing||2|bomb|v
placed|bombing||2|bomb|v
hurled|bombing||2|bomb|v
threw|bombing||2|bomb|v
tossed|bombing||2|bomb|v
terror attack|attack||1||n
terror attacks|attack||1||np
terrorist act|attack||1||n
terrorist action|attack||1||n
terrorist attack|attack||1||n
terrorist attacks|attack||1||np
militant attack|attack||1||n
militant attacks|attack||1||np
gun attack|attack|gun attack|3|gun|n
gun attacks|attack|gun attack|3|gun|np
armed attack|attack|gun attack|2|gun|n
attack|attack||1||n
attacks|attack||1||np
assault|attack||1||n
assaults|attack||1||np
shooting|attack|gun attack|2|gun|n
shootings|attack|gun attack|2|gun|np
shooting-spree|attack|gun attack|2|gun|n
shooting spree|attack|gun attack|2|gun|n
mass shooting|attack|gun attack|2|gun|n
ambush|attack|ambush|3||n
ambushes|attack|ambush|3||np
ambushed|attack|ambush|3||v
massacre|attack||2||n
massacres|attack||2||np
massacred|attack||2||v
siege|attack||2||n
storming|attack||2||n
stormed|attack||2||v
attacked|attack||1||v
opened fire|attack|gun attack|2|gun|v
open fire|attack|gun attack|2|gun|v
opening fire|attack|gun attack|2|gun|v
fired on|attack|gun attack|2|gun|v
fired at|attack|gun attack|2|gun|v
fired into|attack|gun attack|2|gun|v
shot dead|attack|gun attack|2|gun|v
shot at|attack|gun attack|2|gun|v
gunned down|attack|gun attack|2|gun|v
machinegunned|attack|gun attack|2|gun|v
machine-gunned|attack|gun attack|2|gun|v
assassination attempt|attack|assassination attempt|2||n
attempt to assassinate|attack|assassination attempt|2||n
assassination|attack|assassination|2||n
assassinated|attack|assassination|2||v
stabbing|attack|stabbing|2||n
stabbed|attack|stabbing|2||v
killed|attack||1||a
death of|attack||1||a
' s death|attack||1||a
disappearance of|kidnapping||2||a
murdering|attack||1||a
assassinating|attack|assassination|1||a
murdered|attack||1||a
murder|attack||1||n
killing|attack||1||a
kills|attack||1||a
kill|attack||1||a
shot|attack|gun attack|1|gun|a
seized|kidnapping||3||a
were seized|kidnapping||2||v
was seized|kidnapping||2||v
were snatched|kidnapping||2||v
was snatched|kidnapping||2||v
kidnapping|kidnapping||3||n
kidnappings|kidnapping||3||np
kidnap|kidnapping||3||n
kidnapped|kidnapping||3||v
kidnaped|kidnapping||3||v
kidnaping|kidnapping||3||n
abducted|kidnapping||3||v
took|kidnapping||3||a
abduction|kidnapping||3||n
abductions|kidnapping||3||np
hostage-taking|hostage|hostage-taking|2||n
hostage taking|hostage|hostage-taking|2||n
hostage crisis|hostage|hostage-taking|2||n
hostages were taken|hostage|hostage-taking|1||v
took hostages|hostage|hostage-taking|1||v
taking hostages|hostage|hostage-taking|1||v
taken hostage|hostage|hostage-taking|1||v
held hostage|hostage|hostage-taking|1||v
targeted killing|attack|assassination|2||n
arson attack|arson||3||n
arson attacks|arson||3||np
arson|arson||3||n
set fire|arson||2||v
set ablaze|arson||2||v
set on fire|arson||2||v
set alight|arson||2||v
setting fire|arson||2||v
torched|arson||2||v
burned down|arson||2||v
burnt down|arson||2||v
burned|arson||2||a
burnt|arson||2||a
firebombed|arson||2||v
firebombing|arson||2||n
burning of|arson||2||n
fire set|arson||2||n
fires set|arson||2||np
blaze set|arson||2||n
blaze|arson||2||n
fire|arson||2||n
armed robbery|robbery||3||n
robbery|robbery||3||n
robberies|robbery||3||np
robbed|robbery||3||v
heist|robbery||3||n
hijacking|other|hijacking|2||n
sabotage|attack|sabotage|2||n
sabotaged|attack|sabotage|2||v
sabotaging|attack|sabotage|2||n
went off|bombing||2|bomb|v
set off|bombing||2|bomb|v
set|arson||2||v
destroyed|attack||1||v
hijacked|other|hijacking|2||v
`

// evLexicon indexes the triggers by first word, longest first.
var evLexicon = buildEvLexicon(evLexiconText + evWoundLexiconText)

func buildEvLexicon(src string) map[string][]evWord {
	out := map[string][]evWord{}
	for _, line := range strings.Split(src, "\n") {
		f := strings.Split(strings.TrimSpace(line), "|")
		if len(f) != 6 {
			continue
		}
		wd := evWord{words: strings.Fields(f[0]), typ: f[1], sub: f[2], cue: f[4]}
		fmt.Sscan(f[3], &wd.vote)
		switch f[5] {
		case "n":
			wd.kind = evNoun
		case "np":
			wd.kind, wd.plural = evNoun, true
		case "v":
			wd.kind = evVerb
		case "a":
			wd.kind = evAgentVerb
		}
		out[wd.words[0]] = append(out[wd.words[0]], wd)
	}
	for k := range out {
		sort.SliceStable(out[k], func(a, b int) bool { return len(out[k][a].words) > len(out[k][b].words) })
	}
	return out
}

// evWoundLexiconText lists the verbs of wounding, in the format of
// evLexiconText. A wounding is an attack only when an attacker or a weapon
// in someone's hand does it (see woundFits): "gunmen wounded a judge",
// "was injured with a machete", not "injured in a car crash".
const evWoundLexiconText = `
wounded|attack||1||a
injured|attack||1||a
wounding|attack||1||a
injuring|attack||1||a
`

// Word lists of event extraction.
var (
	// attackerNouns make "gunmen ... killed" an attack.
	attackerNouns = set(`gunmen gunman attackers attacker assailants assailant militants militant insurgents insurgent
		fighters jihadists jihadist terrorists terrorist bomber bombers rebels kidnappers hijackers guerrillas guerrilla
		guerillas subversives extremists extremist assassins assassin hitmen hitman narcoterrorists narcoterrorist sappers killers`)
	// counterNouns are the forces whose raids and assaults are not attacks.
	counterNouns = set(`police policemen policeman army military troops soldiers forces security commandos government
		authorities navy marines jets drones drone aircraft warplanes airstrike airstrikes officers helicopters helicopter
		gunships gunship planes`)
	// genericQuant before a plural trigger make it generic.
	genericQuant = set(`every any such other similar future further numerous many several previous past frequent
		multiple countless no some recent more most repeated regular occasional daily routine sporadic possible potential`)
	// hypothetical words before a trigger make it a plot or a threat.
	hypoWords = set(`plot plots plotting plotted plan plans planned planning threat threats threatened threatening
		warned warning warn warns possible potential prevent prevented foil foiled thwart thwarted vowed vow vows feared
		fear fears risk would will could might may going intend intended intends prepare preparing preparation
		expect expects expecting try tries trying seek seeks seeking aim aims want wants hope hopes likely unlikely`)
	// aimWords among the hypoWords govern a verb of their own: "trying to
	// determine the damage of the bomb".
	aimWords = set(`try tries trying seek seeks seeking aim aims want wants hope hopes going intend intended intends
		expect expects expecting likely unlikely`)
	// habitWords make a verb trigger habitual.
	habitWords = set(`often regularly repeatedly routinely usually frequently sometimes typically increasingly`)
	// speechWords introduce the date of a statement rather than of an attack.
	speechWords = set(`said says say told announced stated confirmed added reported tweeted condemned called claimed
		claims claiming released issued posted`)
	// nonAttackWords in a sentence of casualties name another cause of death.
	nonAttackWords = set(`earthquake quake flood floods crash accident storm cyclone hurricane disease epidemic famine drought
		airstrike airstrikes air clashes fighting battle battles war landslide fire-fight shootout shoot-out`)
	// facilityHeads are the nouns of attacked places.
	facilityHeads = set(`airport mall hotel station school university college hospital mosque church synagogue temple
		shrine market bazaar embassy consulate parliament prison jail arena stadium theater theatre restaurant cafe café
		club nightclub depot office offices headquarters compound checkpoint base barracks ministry courthouse bank
		centre center hall concert flight post building`)
	// weaponPhrases are weapons named in attack reports, longest first.
	weaponPhrases = [][]string{
		w("improvised explosive device"), w("fake explosive vest"), w("explosive vest"), w("suicide vest"),
		w("explosive belt"), w("explosive belts"), w("suicide belt"), w("suicide belts"), w("car bomb"),
		w("truck bomb"), w("roadside bomb"), w("hand grenades"), w("hand grenade"), w("kalashnikov rifles"),
		w("assault rifles"), w("assault rifle"), w("ak-47"), w("ak-47s"), w("grenades"), w("grenade"), w("ied"),
		w("rifles"), w("rifle"), w("machete"), w("knife"), w("handgun"), w("pistol"), w("mortars"), w("mortar"),
		w("rockets"), w("rpg"), w("explosives"),
	}
)

// evGroup is a run of trigger words of one sentence: "shootings and
// explosions", "a series of terror attacks".
type evGroup struct {
	tok, end  int // trigger tokens [tok, end)
	start     int // first token of the noun phrase or clause the group heads
	words     []evWord
	kind      evKind
	plural    bool
	det       string // indef, def, demo, poss, bare
	sup       bool   // superlative or ordinal: "the deadliest attack"
	series    bool   // "a series of", "twin"
	separated bool   // introduced by "since" or "a week after": another attack
	sepAt     int    // the separator token
	sameDay   bool   // "earlier in the day": dated like the other attack
	shift     *dates.Expr
	agent     *dossier.Entity // the group named as the doer: "ISIS militants attacked"
	possDate  bool            // "Thursday's bombing"
	forces    bool            // strikes armed forces only: "ambushed an army patrol"
	forceNP   [2]int          // the tokens [a, b) of the force struck, when named
	drop      bool
}

// evPlace is a candidate place of an event mention.
type evPlace struct {
	name    string
	rank    float64 // city 4, named facility 3, city after "near" 2.5, facility 2, admin1 1.5, country 1
	country string
	lat     float64
	lon     float64
	hasLL   bool
	admin1  string
	tok     int
	attach  int // 2 the scene of the attack, 1 another place of the sentence
	dist    int // tokens from the trigger, doubled before it
}

// evDate is a candidate date of an event mention.
type evDate struct {
	date dates.Date
	text string
	rank int // 3 attached to the trigger, 2 in its clause, 1 date of a statement
	tok  int
}

// evCasualty is a killed or wounded figure.
type evCasualty struct {
	min, max  *float64
	update    bool // "has risen to"
	including bool // "including 13 soldiers": a lower bound
	tok       int
}

// evCue is a responsibility cue: a claim or an accusation.
type evCue struct {
	tok   int
	claim bool
	neg   bool
	// kind is how the cue ties the group to the attack (see
	// dossier.Event.Responsibility), by who does, when the text says
	kind  string
	by    string
	group *dossier.Entity
	other bool // claims something that is no attack: "a foiled plot"
	// force is a state force an accusation names when it names no armed
	// group ("blamed the army for"), forceInd its men ("five soldiers")
	force    string
	forceInd []string
}

// evMention is one description of an attack in one sentence.
type evMention struct {
	si        int
	groups    []*evGroup
	votes     map[string]int
	gun, bomb int
	mixed     bool // shooting and bombing words in one trigger group
	subs      []string
	def       bool // refers to a known event
	demo      bool // "that attack": the last event
	separated bool
	pseudo    bool // no trigger: a toll or a claim that refers back
	date      *evDate
	places    []evPlace
	killed    *evCasualty
	injured   *evCasualty
	zeroKill  bool
	zeroHurt  bool
	combined  *evCasualty // killed and wounded together
	forces    int8        // 1 strikes armed forces only, -1 something else, 0 refers back (see mentionForces)
	weekday   string      // "on Thursday" that could not be dated
	perp      *dossier.Entity
	perpRank  int    // 3 claimed, 2 blamed, 1 named as the doer
	respKind  string // how perp is tied to the attack (dossier.Event.Responsibility)
	respBy    string // who blames or suspects perp
	force     string // a state force accused of the attack (see evCue)
	claimNeg  bool
	victims   []string
	targets   []string
	weapons   []string
	indiv     []string
	lo, hi    int // token region
}

// evCluster is one attack of the document: the mentions that describe it.
type evCluster struct {
	ms   []*evMention
	last int // last sentence
	// side holds role fillers of the sentences that follow a report of
	// the attack without naming it again: "the bomb had been left ..."
	side evMention
}

// evSentence is the working state of one sentence.
type evSentence struct {
	s      *text.Sentence
	toks   []text.Token
	ms     []claimMention
	v      *sentValues
	groups []*evGroup
	seps   []int           // separators: "since", "a week after"
	pron   *dossier.Entity // the group "it", "they" or "the branch" stands for
	dl     dossier.Span    // the story's dateline: "DORNHAL, Arvessa (Wire) —"
}

// events extracts the concrete attacks a document describes.
func (d *docState) events(x *dossier.Extraction) {
	bySent := make([][]claimMention, len(d.sents))
	for i, m := range d.ms {
		e := d.entityOf(i)
		if e == nil || m.name == "" {
			continue
		}
		s := &d.sents[m.sent]
		bySent[m.sent] = append(bySent[m.sent], claimMention{i: i, m: m, e: e, tok: tokenAt(s, m.start), end: tokenAt(s, m.end)})
	}
	salient := d.salientGroup(x)
	dl := d.datelineSpan()
	var cls []*evCluster
	var recent *evCluster
	var pending, pendingInd, pendingW []string
	pendingAt, pendingWAt := 0, 0
	for si := range d.sents {
		st := &evSentence{s: &d.sents[si], toks: d.sents[si].Tokens, ms: bySent[si], v: d.valuesOf(si), dl: dl}
		st.pron = d.pronounGroup(bySent, si, salient)
		d.findGroups(st)
		ms := d.sentenceMentions(st)
		side := len(ms) == 0 && recent != nil && si-recent.last <= 2
		if side {
			d.sideFillers(st, &recent.side)
		}
		placed := false
		var placedIn *evCluster // the one cluster this sentence's mentions went to
		oneCluster, anyInd := true, false
		for _, m := range ms {
			if !m.pseudo && !m.def && m.plural() && !d.concrete(m) {
				continue // "a wave of bombings in Dornhal and other towns"
			}
			m.forces = mentionForces(m, st.toks)
			if !m.separated && !m.def && !m.pseudo && (m.date == nil || m.date.rank < 2) && recent != nil {
				d.relativeDate(st, m, recent)
			}
			c := d.assign(m, cls, recent)
			if c == nil {
				// a definite reference with nothing to refer to yet starts an
				// event that later mentions complete; it is dropped unless
				// they give it a place or a date
				if m.pseudo || !d.concrete(m) && !m.def {
					continue
				}
				c = &evCluster{}
				cls = append(cls, c)
			}
			c.ms = append(c.ms, m)
			c.last = si
			recent = c
			placed = true
			if placedIn != nil && placedIn != c {
				oneCluster = false
			}
			placedIn = c
			anyInd = anyInd || len(m.indiv) > 0
			if pending != nil {
				c.side.victims = append(c.side.victims, pending...)
				pending = nil
			}
			if pendingInd != nil {
				c.side.indiv = append(c.side.indiv, pendingInd...)
				pendingInd = nil
			}
			if pendingW != nil && si-pendingWAt == 1 {
				c.side.weapons = append(c.side.weapons, pendingW...)
			}
			pendingW = nil
		}
		// the weapon of the next report named in the sentence before it,
		// which tells of no attack of its own: "the train was derailed
		// after hitting a dynamite charge. the engineer died in the
		// explosion."
		if len(ms) == 0 && recent == nil {
			pendingW = nil
			if w := d.sentenceWeapons(st.toks); w != nil && !nonAttackSentence(st.toks) && !carriedArms(st.toks) {
				pendingW, pendingWAt = w, si
			}
		}
		// the doers a report of an attack names in another clause of
		// its sentence: "the lorry burned after someone threw a petrol
		// bomb into its cab"
		if placedIn != nil && oneCluster && !anyInd && !nonAttackSentence(st.toks) {
			for _, a := range d.agents(st, 0, len(st.toks)) {
				placedIn.side.indiv = appendNew(placedIn.side.indiv, a.ind)
			}
		}
		// the people held or sought for the last attack, or the next:
		// "the suspects were identified as x and y"
		var prev []text.Token
		if si > 0 {
			prev = d.sents[si-1].Tokens
		}
		if sus := d.suspects(st, prev); len(sus) > 0 {
			if recent != nil && si-recent.last <= 8 {
				recent.side.indiv = appendAll(recent.side.indiv, sus)
			} else if recent == nil {
				pendingInd, pendingAt = append(pendingInd, sus...), si
			}
		}
		// the doers of an attack told in a sentence that reports none:
		// "the judge was shot by two men" before or after the report
		if !placed && !side {
			if ags := d.agents(st, 0, len(st.toks)); len(ags) > 0 && !nonAttackSentence(st.toks) {
				for _, a := range ags {
					if recent != nil && si-recent.last <= 5 {
						recent.side.indiv = appendNew(recent.side.indiv, a.ind)
						if recent.side.force == "" {
							recent.side.force = a.force
						}
					} else if recent == nil && a.ind != "" {
						pendingInd, pendingAt = append(pendingInd, a.ind), si
					}
				}
			}
		}
		// people named as struck near a report: the last attack's, or the
		// next one's when none has been reported yet
		// (not those of a clash or an accident)
		vs := d.cuedVictims(st, 0, len(st.toks))
		if si > 0 && victimSentence(d.sents[si-1].Tokens) {
			// "three students were kidnapped. they are x, y and z."
			vs = appendAll(vs, d.pronounVictims(st))
		}
		if len(vs) > 0 && !nonAttackSentence(st.toks) {
			// (any distance when the story has told of one attack only:
			// a list of the dead may come paragraphs later)
			if recent != nil && (si-recent.last <= 5 || len(cls) == 1) {
				recent.side.victims = append(recent.side.victims, vs...)
			} else if recent == nil {
				pending, pendingAt = append(pending, vs...), si
			}
		}
		if si-pendingAt > 5 {
			pending, pendingInd = nil, nil
		}
	}
	sole := soleGroup(x)
	// (not a group the story names in talks or peace: its politics are
	// told, and an attack without a doer near it need not be its own)
	soleTalks := sole != nil && groupInTalks(d.sents, bySent, sole)
	n := 0
	first := len(x.Events)
	for _, c := range cls {
		ev, ok := d.buildEvent(c)
		if !ok || d.recordOnly(c, &ev) {
			continue
		}
		// guerrillas described without their group in a story that names
		// one armed group only: that group's; so is the story's first
		// attack when the group is named within a few sentences of it
		near := 0
		if n == 0 {
			near = 3
		}
		if ev.Perpetrator == nil && sole != nil && !soleTalks && (memberAttackers(ev.PerpetratorIndividuals) || groupNear(bySent, c, sole, near)) &&
			!d.groupDisowns(bySent, c, sole) {
			ev.Perpetrator = dossier.Str(sole.Name)
			ev.PerpetratorEntity = dossier.Str(sole.ID)
		}
		n++
		ev.ID = fmt.Sprintf("v%d", n)
		x.Events = append(x.Events, ev)
	}
	d.fullNames(x.Events[first:])
}

// recordOnly reports whether an attack is told only as part of a group's
// record: "officials believe the group is responsible for an attack on a
// school", with no date, place or toll anywhere in the story. That
// attributes an attack the story does not report; an attack it reports
// is dated, placed or counted somewhere.
func (d *docState) recordOnly(c *evCluster, ev *dossier.Event) bool {
	if ev.Date != nil || ev.Location != nil || ev.KilledMin != nil || ev.InjuredMin != nil || ev.KilledOrInjuredMin != nil {
		return false
	}
	for _, m := range c.ms {
		if m.def || m.pseudo || len(m.groups) == 0 {
			return false
		}
		g := m.groups[0]
		toks := d.sents[m.si].Tokens
		i := min(g.start, g.tok) // the phrase's first token: "an", "a deadly"
		if g.det != "indef" || i < 2 || toks[i-1].Lower != "for" ||
			!set1(toks[i-2].Lower, "responsible", "blamed", "blames", "blame") {
			return false
		}
	}
	return true
}

// victimSentence reports whether a sentence tells of people struck: it
// has a victim cue ("killed", "kidnapping") or a victim noun ("the
// dead").
func victimSentence(toks []text.Token) bool {
	for _, t := range toks {
		if roleVictimCues[t.Lower] || roleVictimNouns[t.Lower] || roleDeathVerbs[t.Lower] {
			return true
		}
	}
	return false
}

// pronounVictims returns the names a sentence opening with "they are",
// "one of them is" or the like (see pronounCopula) lists right after the
// verb: "they were x, a teacher, and y" after a sentence about victims
// names them.
func (d *docState) pronounVictims(st *evSentence) []string {
	toks := st.toks
	v := pronounCopula(toks)
	if v < 0 {
		return nil
	}
	b, n := d.nextName(st, v+1)
	if n == 0 || b > v+3 {
		return nil
	}
	out := []string{d.span(toks, b, b+n-1)}
	return appendAll(out, d.coordinatedNames(st, b+n))
}

// pronounCopula returns the token of the verb of a sentence that opens
// with a pronoun or "one of them" and "is", "are", "was" or "were": "they
// are", "one of them was", "the other person is", "he is"; -1 if none.
func pronounCopula(toks []text.Token) int {
	j := 0
	switch {
	case set1(lowerAt(toks, 0), "they", "he", "she"):
		j = 1
	case lowerAt(toks, 0) == "one" && lowerAt(toks, 1) == "of" && lowerAt(toks, 2) == "them":
		j = 3
	case lowerAt(toks, 0) == "the" && set1(lowerAt(toks, 1), "other", "second", "third") &&
		set1(lowerAt(toks, 2), "person", "victim", "one", "man", "woman"):
		j = 3
	default:
		return -1
	}
	if !set1(lowerAt(toks, j), "are", "were", "is", "was") {
		return -1
	}
	return j
}

// sentenceWeapons returns the weapons a sentence names, as role fillers
// read them, leaving out arms seized.
func (d *docState) sentenceWeapons(toks []text.Token) []string {
	var ws []string
	for k, t := range toks {
		if !roleWeaponHeads[t.Lower] && roleWeaponNeedMod[t.Lower] == nil || seizedNear(toks, k) {
			continue
		}
		if s, ok := d.weaponAt(toks, k, 0); ok {
			ws = appendNew(ws, s)
		}
	}
	return ws
}

// evCarryWords tell of arms carried or held rather than used: "a man
// carrying 15 kg of dynamite was arrested".
var evCarryWords = set(`carrying carried carry possession hiding hid stored arrested arrest`)

// carriedArms reports whether a sentence tells of arms carried or held.
func carriedArms(toks []text.Token) bool {
	return anyWord(toks, evCarryWords)
}

// nonAttackSentence reports whether a sentence names another cause of
// harm than an attack: a clash, a shoot-out, an accident.
func nonAttackSentence(toks []text.Token) bool {
	for _, t := range toks {
		if nonAttackWords[t.Lower] || set1(t.Lower, "combat", "clash", "accident", "crossfire") {
			return true
		}
	}
	return false
}

// groupNear reports whether group g is named in a sentence of cluster c
// or within dist sentences of one.
func groupNear(bySent [][]claimMention, c *evCluster, g *dossier.Entity, dist int) bool {
	for _, m := range c.ms {
		for si := max(0, m.si-dist); si <= m.si+dist && si < len(bySent); si++ {
			for _, cm := range bySent[si] {
				if cm.e.ID == g.ID {
					return true
				}
			}
		}
	}
	return false
}

// evDisownVerbs say that their subject speaks against an attack, which
// makes it no doer: "the front condemned the attack".
var evDisownVerbs = set(`condemned condemns condemn denounced denounces repudiated repudiates deplored deplores
	denied denies rejected rejects accused accuses blamed blames charged charges`)

// groupDisowns reports whether group g is, in a sentence of cluster c, the
// subject of a verb that speaks against the attack or blames another, or
// denies its part ("the x front condemned the cowardly attack on the
// refugees", "the x front bears no responsibility for the attack"), or
// the victim's own ("y, a leader of the x front, was shot").
func (d *docState) groupDisowns(bySent [][]claimMention, c *evCluster, g *dossier.Entity) bool {
	for _, m := range c.ms {
		toks := d.sents[m.si].Tokens
		for _, cm := range bySent[m.si] {
			if cm.e.ID != g.ID {
				continue
			}
			// the victim's group ("candidate for the x front"), or its
			// members who protest the crime
			if appositiveAffiliation(toks, cm.tok) || set1(lowerAt(toks, cm.end), "members", "leaders", "spokesman", "sympathizers") && membersSpeak(toks, cm.end) {
				return true
			}
			for k := cm.end; k < len(toks) && k <= cm.end+3; k++ {
				l := toks[k].Lower
				if evDisownVerbs[l] {
					return true
				}
				if set1(l, "bears", "bear", "bore", "has", "had", "is", "was", "were", "are") && set1(lowerAt(toks, k+1), "no", "not") &&
					set1(lowerAt(toks, k+2), "responsibility", "responsible", "involvement", "involved", "part") {
					return true // "the front bears no responsibility for the attack"
				}
				if !set1(l, "has", "have", "had", "also", "today", "yesterday", "strongly", "immediately", "later", ")") {
					break
				}
			}
		}
	}
	return false
}

// pronounGroup returns the group "it" or "they" most likely stands for in
// sentence si: the group that is the subject of one of the three sentences
// before, else the document's salient group.
func (d *docState) pronounGroup(bySent [][]claimMention, si int, salient *dossier.Entity) *dossier.Entity {
	for j := si - 1; j >= 0 && si-j <= 3; j-- {
		// the sentence's first mention, when a group opens it
		if len(bySent[j]) > 0 {
			if cm := bySent[j][0]; cm.tok <= 3 && cm.e.Type == dossier.ArmedGroup {
				return cm.e
			}
		}
	}
	return salient
}

// datelineSpan returns the story's dateline ("DORNHAL, Arvessa (Meridian
// Wire) —"), whose place and date are the filing's, not an attack's; the
// empty span when the document has none.
func (d *docState) datelineSpan() dossier.Span {
	if d.doc.Dateline == nil || len(d.sents) == 0 {
		return dossier.Span{}
	}
	for si := 0; si < len(d.sents) && si < 3; si++ {
		s := d.sents[si]
		txt := d.src[s.Start:s.End]
		i := strings.Index(strings.ToLower(txt), strings.ToLower(*d.doc.Dateline))
		if i < 0 || i > 40 {
			continue
		}
		rest := txt[i:]
		best := -1
		for _, sep := range []string{"—", "--", " – ", " - ", ":"} {
			if j := strings.Index(rest, sep); j >= 0 && j < 80 && (best < 0 || j < best) {
				best = j
			}
		}
		if best >= 0 {
			return dossier.Span{Start: s.Start + i, End: s.Start + i + best}
		}
	}
	return dossier.Span{}
}

// inSpan reports whether offset off lies in s.
func inSpan(s dossier.Span, off int) bool { return s.Start <= off && off < s.End }

// findGroups finds the trigger groups of a sentence and judges each.
func (d *docState) findGroups(st *evSentence) {
	toks := st.toks
	var gs []*evGroup
	for t := 0; t < len(toks); t++ {
		wd, n := evMatch(toks, t)
		if n == 0 {
			continue
		}
		if !d.triggerFits(st, t, t+n, wd) {
			t += n - 1
			continue
		}
		// adjacent triggers join: "suicide bomb attack", "shootings and explosions"
		if len(gs) > 0 {
			g := gs[len(gs)-1]
			gap := toks[g.end:t]
			join := len(gap) == 0
			if len(gap) == 1 && (gap[0].Lower == "and" || gap[0].Lower == "or" || gap[0].Lower == "," || gap[0].Lower == "-") {
				join = wd.kind == g.kind
			}
			if join {
				g.end = t + n
				g.words = append(g.words, wd)
				// "threw bombs": a verb's object does not make it several deeds
				g.plural = g.plural || (wd.plural || len(gap) == 1) && g.kind == evNoun
				t += n - 1
				continue
			}
		}
		gs = append(gs, &evGroup{tok: t, end: t + n, words: []evWord{wd}, kind: wd.kind, plural: wd.plural})
		t += n - 1
	}
	for _, g := range gs {
		d.judgeGroup(st, g)
		g.forces = forceGroup(toks, g)
		if backgroundGroup(toks, g) || figurativeGroup(toks, g) {
			g.drop = true
		}
	}
	d.markSeparated(st, gs)
	st.groups = gs
}

// evMatch returns the longest trigger starting at token t and its length.
func evMatch(toks []text.Token, t int) (evWord, int) {
	for _, wd := range evLexicon[toks[t].Lower] {
		if matchWords(toks, t, wd.words) {
			return wd, len(wd.words)
		}
	}
	return evWord{}, 0
}

// triggerFits rejects trigger words used in another sense: "heart
// attack", "assault rifle", "opened fire" as arson, "fire service".
func (d *docState) triggerFits(st *evSentence, t, end int, wd evWord) bool {
	toks := st.toks
	prev, next := lowerAt(toks, t-1), lowerAt(toks, end)
	head := wd.words[len(wd.words)-1]
	if wd.words[0] == "disappearance" {
		// "the disappearance of x": a named person, not a plane
		return d.namedVictimObject(st, t, end) && !nonAttackSentence(toks)
	}
	if wd.words[len(wd.words)-1] == "death" {
		// "held the army responsible for x's death" (the tokens "'",
		// "s", "death"): as "the death of x"
		return blameWords(toks) && d.victimBefore(st, end-1) != ""
	}
	if wd.words[0] == "death" {
		// "the death of x" is an attack only where someone answers for
		// it: "held the army responsible for the death of x"
		return blameWords(toks) && d.namedVictimObject(st, t, end)
	}
	switch head {
	case "attack", "attacks":
		if prev == "heart" || next == "helicopter" || next == "helicopters" || next == "dog" || next == "dogs" {
			return false
		}
	case "assault", "assaults":
		if prev == "sexual" || next == "rifle" || next == "rifles" || next == "weapon" || next == "weapons" || next == "charges" {
			return false
		}
	case "bomb", "bombs":
		if set1(prev, "fake", "bogus", "hoax", "dummy") || set1(next, "disposal", "squad", "threat", "threats", "scare", "hoax", "maker", "makers", "making", "factory", "expert", "experts", "detector") {
			return false
		}
	case "explosion", "explosions":
		// "a social explosion", "a population explosion": unrest or
		// growth, not a blast
		if set1(prev, "controlled", "social", "population", "demographic", "popular", "political", "economic") {
			return false
		}
	case "siege":
		// "a state of siege" is a legal regime, not an assault
		if prev == "of" && lowerAt(toks, t-2) == "state" {
			return false
		}
	case "fire":
		if len(wd.words) == 1 {
			if set1(prev, "opened", "open", "opening", "under", "cease", "returned", "return", "exchange", "exchanged", "of", "set", "setting", "sets", "heavy", "live", "friendly") {
				return false
			}
			if set1(next, "service", "services", "brigade", "department", "station", "engine", "engines", "fighters", "crews", "crew", "officials", "chief") {
				return false
			}
			if !set1(prev, "a", "the", "that", "this", "huge", "large", "massive", "deliberate", "fierce") {
				return false
			}
		}
	case "set":
		// "set two buses on fire": the object stands between the verb
		// and its fire
		if len(wd.words) == 1 && !fireAfter(toks, end) {
			return false
		}
	case "off":
		// "bombs went off", "set off a charge": the verb needs its explosive
		if !weaponAfter(toks, end) && !weaponBefore(toks, t) {
			return false
		}
	case "destroyed":
		// "destroyed by a bomb", "guerrillas destroyed a bridge": not a
		// war or a storm that destroyed
		if !weaponAfter(toks, end) && !d.attackerSubject(st, t) && !groupSubject(st, t) && !(attackerNounBefore(toks, t) && thingObject(toks, end)) {
			return false
		}
	case "planted", "placed", "hurled", "threw", "tossed":
		// "planted a bomb", "threw explosives at": the verb needs its weapon
		if !weaponAfter(toks, end) {
			return false
		}
	case "hostage", "hostages":
		if next == "crisis" {
			return true
		}
	case "shot":
		// "shot dead" is its own entry; "was shot in the wrist" is a detail
	case "kidnapped", "abducted":
		// "kidnapped Westerners": an adjective before a plural noun
		if next != "" && t > 0 && set1(prev, "holding", "hold", "held", "free", "freed", "release", "released", "the", "two", "three") {
			return false
		}
	}
	// "a kidnapping gang", "a bombing campaign": the trigger modifies a noun
	if wd.kind == evNoun && modifiedNouns[next] {
		return false
	}
	if woundVerbs[head] {
		return d.woundFits(st, t)
	}
	if wd.kind == evAgentVerb && !d.attackerSubject(st, t) && !d.namedVictimObject(st, t, end) {
		return false
	}
	if wd.typ == evKidnapping && (wd.words[0] == "seized" || wd.words[0] == "took") && !humanObject(toks, end) {
		return false
	}
	// "The three were seized", not "Explosives were seized"
	if wd.typ == evKidnapping && (wd.words[0] == "were" || wd.words[0] == "was") && !humanSubject(toks, t) {
		return false
	}
	return true
}

// attackerNounBefore reports whether an attacker noun, with whatever
// determiner, ends right before the verb at t: "the rebels destroyed".
func attackerNounBefore(toks []text.Token, t int) bool {
	k := t - 1
	for k >= 0 && k >= t-2 && (strings.HasSuffix(toks[k].Lower, "ly") || set1(toks[k].Lower, "also", "then", "later")) {
		k--
	}
	return k >= 0 && (attackerNouns[toks[k].Lower] || roleBareAttackers[toks[k].Lower])
}

// thingObject reports whether a physical target noun heads the object
// that starts at token k, within six words and before the clause ends:
// "destroyed at least ten power towers".
func thingObject(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j < k+6; j++ {
		l := toks[j].Lower
		if roleTargetHeads[l] {
			return true
		}
		if toks[j].Kind == text.Punct || set1(l, "by", "in", "and", "that", "which", "who", "when") || roleHumanNouns[l] || humanNouns[l] {
			return false
		}
	}
	return false
}

// weaponAfter reports whether an explosive or incendiary weapon is named
// within the five tokens from k, before a clause ends.
func weaponAfter(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		l := toks[j].Lower
		if l == "." || l == ";" || l == "," {
			return false
		}
		if set1(l, "bomb", "bombs", "dynamite", "explosives", "explosive", "grenade", "grenades", "device", "devices", "charge",
			"charges", "firebomb", "firebombs", "tnt", "mine", "mines", "cocktail", "cocktails", "car-bomb", "petard", "petards") {
			return true
		}
	}
	return false
}

// weaponBefore reports whether an explosive is named within the four
// tokens before k, in the same clause: "two bombs went off".
func weaponBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		l := toks[j].Lower
		if l == "." || l == ";" || l == "," {
			return false
		}
		if set1(l, "bomb", "bombs", "dynamite", "explosives", "explosive", "grenade", "grenades", "device", "devices", "charge",
			"charges", "car-bomb", "car-bombs", "petard", "petards", "mine", "mines") {
			return true
		}
	}
	return false
}

// fireAfter reports whether "on fire", "ablaze" or "alight" closes the
// object that follows token k, within eight tokens and one clause.
func fireAfter(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j < k+8; j++ {
		l := toks[j].Lower
		if l == "." || l == ";" {
			return false
		}
		if l == "ablaze" || l == "alight" || l == "on" && lowerAt(toks, j+1) == "fire" {
			return j > k
		}
	}
	return false
}

func set1(s string, opts ...string) bool {
	for _, o := range opts {
		if s == o {
			return true
		}
	}
	return false
}

func lowerAt(toks []text.Token, k int) string {
	if k < 0 || k >= len(toks) {
		return ""
	}
	return toks[k].Lower
}

// modifiedNouns after a noun trigger show it is a modifier: "a kidnapping
// gang", "a bombing campaign", "attack helicopters".
var modifiedNouns = set(`gang gangs ring rings network networks group groups cell cells squad squads unit units charge charges
	case cases trial trials suspect suspects campaign campaigns industry business threat threats plot plots tactic tactics
	capability capabilities method methods training victims victim survivors survivor expert experts wing wings
	operations operation season spree`)

// humanNouns are objects of "seized" that make it a kidnapping.
var humanNouns = set(`trader traders worker workers engineer engineers girl girls boy boys student students tourist tourists
	hostage hostages man men woman women people children child employee employees official officials journalist journalists
	businessman businessmen farmer farmers villagers passengers driver drivers priest nun teacher teachers doctor doctors`)

// humanSubject reports whether people are the subject ending before token
// t: "the three were seized", "two engineers were seized".
func humanSubject(toks []text.Token, t int) bool {
	for k := t - 1; k >= 0 && t-k <= 3; k-- {
		l := toks[k].Lower
		if humanNouns[l] || toks[k].Kind == text.Number || set1(l, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "they", "he", "she") {
			return true
		}
		if toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// humanObject reports whether a person noun follows within four tokens.
func humanObject(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if humanNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Kind == text.Punct {
			return false
		}
	}
	return false
}

// attackerSubject reports whether the verb at token v has an attacker noun
// as its subject: "Gunmen on motorcycles killed", "A suicide bomber
// killed", not "the attackers who killed" or "police killed".
func (d *docState) attackerSubject(st *evSentence, v int) bool {
	toks := st.toks
	// the passive's agent: "was murdered by unidentified gunmen", "the
	// jesuits murdered last friday by uniformed individuals"
	if by := passiveBy(toks, v); by > 0 {
		for k := by + 1; k < len(toks) && k <= by+5; k++ {
			l := toks[k].Lower
			if attackerNouns[l] || roleAttackerHeads[l] && l != "members" ||
				roleVagueHeads[l] && k > by+1 && roleVagueMods[toks[k-1].Lower] {
				return true
			}
			if toks[k].Kind == text.Punct {
				break
			}
		}
		for _, cm := range st.ms {
			if cm.e.Type == dossier.ArmedGroup && cm.tok > by && (cm.tok <= by+3 || cm.tok <= by+10 && membersOfBefore(toks, by, cm.tok)) {
				return true
			}
		}
	}
	if passiveAt(toks, v) {
		// murder is an attack whoever did it: "the judge was murdered",
		// "was brutally murdered"
		if toks[v].Lower == "murdered" {
			return true
		}
		// so is the killing of a person the story names, unless the
		// sentence tells of another cause: "the mayor, x y, was shot"
		if set1(toks[v].Lower, "killed", "shot") && (d.victimBefore(st, v) != "" || len(d.subjectNames(st, v)) > 0) {
			return !nonAttackSentence(toks) && !counterOperation(toks)
		}
		// a person shot is an attack too when the story describes rather
		// than names them: "the visitor was shot", "she was shot twice"
		// (not "the plane was shot down")
		if toks[v].Lower == "shot" && lowerAt(toks, v+1) != "down" && personPassiveSubject(toks, v) {
			return !nonAttackSentence(toks) && !counterOperation(toks)
		}
	}
	if patientReading(toks, v) {
		return false // "two guerrillas were also killed": the dead, not the doers
	}
	if lowerAt(toks, v-1) == "and" {
		// the subject of a verb before, in the same clause: "a column
		// of rebels arrived in the village and shot two farmers" (but
		// "police arrived and killed two rebels" is no attack)
		if m := motionBefore(toks, v, 0); m >= 0 && !isTriggerVerb(toks[m].Lower) && !passiveAt(toks, m) {
			return d.attackerBefore(st, m, v)
		}
		return false
	}
	return d.attackerBefore(st, v, v)
}

// attackerBefore reports whether an attacker noun is the subject that
// ends before token from, the verb of the attack at v or one joined to
// it with "and".
func (d *docState) attackerBefore(st *evSentence, from, v int) bool {
	toks := st.toks
	for k := from - 1; k >= 0 && from-k <= 8; k-- {
		l := toks[k].Lower
		if l == "," || l == ";" || l == "." || l == "and" || l == "but" || l == "which" || l == "who" || l == "that" {
			return false
		}
		if counterNouns[l] && dressModifier(toks, k) {
			continue // "two men in army uniforms": how they were dressed
		}
		if rolePersonHeads[l] && describedEnd(toks, k) > k && describedEnd(toks, k) < from {
			return true // "a man dressed in a uniform", "two men on a motorcycle"
		}
		if set1(l, "someone", "somebody") || vagueAttacker(toks, k) {
			return true // "unidentified individuals", "right-wing squads", "urban commands"
		}
		if counterNouns[l] && !rebelForce(st, k) {
			// a force's raid is no attack, but its killing of civilians
			// is: "soldiers shot 16 peasants", "police killed two
			// students" (not "the army killed 12 guerrillas")
			return killingVerbs[toks[v].Lower] && civiliansAfter(toks, v)
		}
		if (l == "squad" || l == "squads") && k > 0 && set1(toks[k-1].Lower, "death", "hit") {
			return true // "a death squad killed four peasants"
		}
		if attackerNouns[l] || counterNouns[l] {
			// the determiner of the attacker noun
			for j := k - 1; j >= 0 && k-j <= 3; j-- {
				switch toks[j].Lower {
				case "the", "these", "those", "their", "its", "his", "her":
					return false
				case "a", "an":
					return true
				}
				if toks[j].Kind == text.Punct {
					break
				}
			}
			return true
		}
	}
	return false
}

// vagueAttacker reports whether the vague noun of persons or of a band
// at k has a modifier right before it that makes it one of attackers:
// "unidentified individuals", "armed men", "paramilitary squads", "a
// guerrilla detachment".
func vagueAttacker(toks []text.Token, k int) bool {
	l := toks[k].Lower
	if !roleVagueHeads[l] || k == 0 {
		return false
	}
	p := toks[k-1].Lower
	return roleVagueMods[p] || p == "armed" || perpCollectiveHeads[l] && perpCollectiveMods[p]
}

// killingVerbs are the deeds that make a force's act an attack on the
// civilians it is done to.
var killingVerbs = set(`killed shot murdered massacred executed assassinated slaughtered tortured`)

// civiliansAfter reports whether the object of the verb at v is civilians:
// "shot 16 peasants", "killed six teachers", "murdered two students and a
// priest".
func civiliansAfter(toks []text.Token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+5; k++ {
		l := toks[k].Lower
		if l == "dead" && k == v+1 {
			continue // "shot dead five protesters"
		}
		if civilianWords[l] || humanNouns[l] && !set1(l, "man", "men", "people", "official", "officials") {
			return true
		}
		if toks[k].Kind == text.Punct || attackerNouns[l] || counterNouns[l] || evNPStop[l] && !set1(l, "a", "an", "the", "two", "three") {
			return false
		}
	}
	return false
}

// personPassiveSubject reports whether the passive verb at v has a person
// as its subject: a pronoun of a person or a noun of one right before
// "was", "were" or "been" ("the engineer was", "he had been").
func personPassiveSubject(toks []text.Token, v int) bool {
	k := v - 1
	for k >= 0 && (roleVictimAdverbs[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ly")) {
		k--
	}
	if k < 1 || !set1(toks[k].Lower, "was", "were", "been") {
		return false
	}
	k--
	if k >= 1 && set1(toks[k].Lower, "has", "had", "have") {
		k--
	}
	l := toks[k].Lower
	if set1(l, "he", "she", "they") {
		return true
	}
	if strings.HasSuffix(l, "s") && personNouns[strings.TrimSuffix(l, "s")] {
		return true // "two farmers"
	}
	return personNouns[l] || personRoleNouns[l] || personTitles[l] || set1(l, "citizen", "citizens", "people", "men", "women", "children", "policemen")
}

// rebelMods before a force noun make it the rebels' own: "guerrilla
// urban commandos", "rebel forces".
var rebelMods = set(`guerrilla guerrillas rebel rebels insurgent insurgents urban subversive terrorist terrorists`)

// rebelForce reports whether the force noun at token k belongs to rebels:
// a rebel word or an armed group's name stands right before it, or the
// noun is a word of the name itself ("the people's liberation army").
func rebelForce(st *evSentence, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		if rebelMods[st.toks[j].Lower] {
			return true
		}
	}
	for _, cm := range st.ms {
		if cm.e.Type == dossier.ArmedGroup && (cm.end == k || cm.end == k-1 && st.toks[k-1].Lower == ")" || cm.tok <= k && k < cm.end) {
			return true
		}
	}
	return false
}

// groupSubject reports whether an armed group's name ends right before
// the verb at v, or an adverb before it: "the front destroyed a bridge".
func groupSubject(st *evSentence, v int) bool {
	e := v
	if e > 0 && strings.HasSuffix(st.toks[e-1].Lower, "ly") {
		e--
	}
	for _, cm := range st.ms {
		if cm.e.Type == dossier.ArmedGroup && (cm.end == e || cm.end == e-1 && st.toks[e-1].Lower == ")") {
			return true
		}
	}
	return false
}

// membersOfBefore reports whether "members of" or "men of" stands
// between tokens a and b: "killed by alleged members of the x front".
func membersOfBefore(toks []text.Token, a, b int) bool {
	for k := a + 1; k+1 < b; k++ {
		if set1(toks[k].Lower, "members", "member", "men", "guerrillas", "militants", "fighters") && toks[k+1].Lower == "of" {
			return true
		}
		if toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}

// passiveBy returns the token of the "by" that introduces the agent of
// the verb at v within four tokens ("killed last night by"), or 0.
func passiveBy(toks []text.Token, v int) int {
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		if toks[k].Lower == "by" {
			return k
		}
		if toks[k].Kind == text.Punct {
			return 0
		}
	}
	return 0
}

// judgeGroup finds the noun phrase of a group and drops it when generic,
// hypothetical, habitual or a counter-operation.
func (d *docState) judgeGroup(st *evSentence, g *evGroup) {
	toks := st.toks
	g.start = g.tok
	switch g.kind {
	case evNoun:
		d.nounPhrase(st, g)
	default:
		g.det = "indef"
		g.start = d.subjectStart(st, g)
	}
	// a police raid, an air strike: inside the noun phrase
	for k := g.start; k < g.tok; k++ {
		if counterNouns[toks[k].Lower] && g.kind == evNoun {
			g.drop = true
		}
	}
	// "shot dead by police"
	for k := g.end; k < len(toks) && k < g.end+3; k++ {
		if toks[k].Lower == "by" && k+2 < len(toks) && (counterNouns[toks[k+1].Lower] || counterNouns[toks[k+2].Lower]) {
			g.drop = true
		}
	}
	// "the killing of x": a verb trigger used as a noun has no subject
	nominal := lowerAt(toks, g.end-1) == "death" || set1(lowerAt(toks, g.tok-1), "the", "this", "that", "his", "her", "their", "its") &&
		(lowerAt(toks, g.end) == "of" || lowerAt(toks, g.end-1) == "of")
	if g.kind != evNoun && !accusedOf(toks, g.tok) && !nominal {
		// the subject of a verb: "police stormed the building", not
		// "soldiers accused of killing x" nor the passive's "an army
		// patrol was ambushed"
		for k := g.tok - 1; k >= 0 && g.tok-k <= 4 && !passiveAt(toks, g.tok); k-- {
			l := toks[k].Lower
			if l == "," || l == ";" || l == "which" || l == "who" || l == "that" {
				break
			}
			if counterNouns[l] && !rebelForce(st, k) && !(killingVerbs[toks[g.tok].Lower] && civiliansAfter(toks, g.tok)) && !dressModifier(toks, k) {
				g.drop = true
			}
			if attackerNouns[l] {
				break
			}
		}
		// habitual or hypothetical verbs: "has attacked ... for years", "to attack"
		for k := g.tok - 1; k >= 0 && g.tok-k <= 3; k-- {
			l := toks[k].Lower
			near := g.tok-k <= 2
			// (an attempt is a deed, though: "gunmen tried to kill the
			// mayor")
			if habitWords[l] || l == "to" && k == g.tok-1 && !set1(lowerAt(toks, k-1), "tried", "attempted") || near && set1(l, "would", "will", "could", "might", "may", "can", "should") && !monthMay(st, k) {
				g.drop = true
			}
			if l == "has" || l == "have" {
				// "have attacked police posts for years" tells of a
				// habit; "have killed x" of one deed
				if d.hasSpecificDate(st, g.end, true) {
					g.drop = false
				} else if g.kind == evVerb && (lowerAt(toks, g.tok-1) == "been" || lowerAt(toks, g.tok-2) == "been" && strings.HasSuffix(lowerAt(toks, g.tok-1), "ly")) {
					// "the bank has been bombed", "has been partially
					// destroyed": a passive perfect tells of a thing
					// struck, not a habit
				} else if g.kind == evVerb && weaponBefore(toks, k) {
					// "another device has exploded": the bomb is the
					// subject, one blast
				} else if g.kind == evVerb && specificObject(toks, g.end) {
					// "have destroyed a bridge", "have blown up two
					// pylons": one deed with its object told
				} else if !d.namedVictimObject(st, g.tok, g.end) && !onePersonObject(toks, g.end) {
					g.drop = true
				}
			}
		}
		d.verbAgent(st, g)
	}
	if ceasedAt(toks, g.tok) {
		g.drop = true
	}
	// hypothetical: "to plot an attack", "warned of possible attacks";
	// not "will strike to protest the murder of x", which names its
	// victim and took place
	named := g.kind == evNoun && (g.det == "def" || g.det == "poss") && !g.plural && d.namedVictimAfter(st, g.end-1)
	for k := g.start - 1; k >= 0 && g.start-k <= 12 && !named; k-- {
		l := toks[k].Lower
		if l == ";" || l == "." || l == "but" {
			break
		}
		if g.kind == evNoun && aimWords[l] && lowerAt(toks, g.tok-1) != "to" && !bareVerbUse(toks, g) {
			// "trying to find those behind the attack", "going to tell
			// of two explosions": the aim is another deed's; "trying
			// to attack" is not
			continue
		}
		if hypoWords[l] && !monthMay(st, k) {
			if !d.hasSpecificDate(st, g.end, false) {
				g.drop = true
			}
			break
		}
	}
	// "in Kabul and other cities", "among others": a list of examples
	if g.plural {
		for k := g.end; k+1 < len(toks) && k < g.end+10; k++ {
			if toks[k].Lower == "and" && set1(toks[k+1].Lower, "other", "elsewhere") {
				g.drop = true
			}
		}
	}
	// habitual context anywhere in the clause: "for the past two years",
	// "over the years", "in recent years"
	if g.plural || g.kind != evNoun {
		for k := 0; k+2 < len(toks); k++ {
			if matchWords(toks, k, w("for the past")) || matchWords(toks, k, w("over the past")) || matchWords(toks, k, w("over the years")) ||
				matchWords(toks, k, w("in recent years")) || matchWords(toks, k, w("since then")) {
				if !d.hasSpecificDate(st, 0, true) {
					g.drop = true
				}
			}
		}
	}
}

// namedVictimObject reports whether the agent verb or noun at [t, end)
// strikes a person the text names, whoever did it: "suspected of killing
// x", "who had murdered x", "the killing of x". A verb after a modal or
// "to" ("could kill x") tells of no deed.
func (d *docState) namedVictimObject(st *evSentence, t, end int) bool {
	if set1(lowerAt(st.toks, t-1), "to", "would", "will", "could", "might", "may", "can", "should", "not", "never") {
		return false
	}
	s, _ := d.victimAfter(st, end-1)
	return s != ""
}

// onePersonObject reports whether the object from token k is one person
// told by office or trade: "have killed the mayor of x", "has kidnapped
// a local judge". A single named office is a deed, not a tally.
func onePersonObject(toks []text.Token, k int) bool {
	if !set1(lowerAt(toks, k), "the", "a", "an") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+3; j++ {
		l := toks[j].Lower
		if personTitles[l] || personRoleNouns[l] || personNouns[l] {
			return !set1(lowerAt(toks, j+1), "and", "or")
		}
		if toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// specificObject reports whether the object from token k is a specific
// thing: it opens with an article, a demonstrative or a count ("a bridge",
// "the offices", "at least 10 towers"), not a bare plural ("police posts").
func specificObject(toks []text.Token, k int) bool {
	if matchWords(toks, k, w("at least")) {
		k += 2
	}
	if k >= len(toks) {
		return false
	}
	return toks[k].Kind == text.Number || set1(toks[k].Lower, "a", "an", "the", "this", "that", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
}

// roleBlameWords tell that someone is held to account for a deed.
var roleBlameWords = set(`responsible responsibility implicated involved involvement blamed blames blame accused accuses
	charged suspected suspects investigate investigating investigation investigations trial culprits perpetrators
	killers murderers masterminds masterminded ordered`)

// blameWords reports whether a sentence holds someone to account.
func blameWords(toks []text.Token) bool {
	return anyWord(toks, roleBlameWords)
}

// accusedOf reports whether the verb or noun at t is a deed someone is
// accused of: "accused of killing", "charged with murdering", "implicated
// in the killing".
func accusedOf(toks []text.Token, t int) bool {
	if set1(lowerAt(toks, t-1), "the", "his", "her", "their") {
		t-- // "responsible for the killing of x"
	}
	return set1(lowerAt(toks, t-1), "of", "with", "in", "for") && roleBlameWords[lowerAt(toks, t-2)]
}

// namedVictimAfter reports whether a trigger noun ending at k is followed
// by "of" and a person's name: "the murder of x".
func (d *docState) namedVictimAfter(st *evSentence, k int) bool {
	if k+1 >= len(st.toks) || st.toks[k+1].Lower != "of" {
		return false
	}
	s, _ := d.victimAfter(st, k)
	return s != ""
}

// hasSpecificDate reports whether the sentence has a date of at least month
// precision (with day, when day is set) after token from.
func (d *docState) hasSpecificDate(st *evSentence, from int, day bool) bool {
	for _, e := range st.v.dates {
		if tokenAt(st.s, e.Start) < from || !usableDate(e, st) {
			continue
		}
		if e.Date.Month != 0 && (!day || e.Date.Day != 0 || e.Relative) {
			return true
		}
	}
	return false
}

// usableDate reports whether a date expression can date an attack: not a
// span ("since 2021", "the past two years"), a shift or unresolved.
func usableDate(e dates.Expr, st *evSentence) bool {
	if e.Date.IsZero() || e.Shift != nil || inSpan(st.dl, e.Start) {
		return false
	}
	if e.Period != nil && !(e.Relative && e.Date.Month != 0) {
		return false
	}
	t := tokenAt(st.s, e.Start)
	switch lowerAt(st.toks, t-1) {
	case "since", "until", "till", "from", "between", "by", "through", "throughout", "date", "updated", "published":
		return false
	}
	switch strings.ToLower(strings.Fields(e.Text)[0]) {
	case "since", "until", "from", "between", "by", "through":
		return false
	}
	return true
}

// nounPhrase reads the determiner and modifiers before a noun trigger.
func (d *docState) nounPhrase(st *evSentence, g *evGroup) {
	toks := st.toks
	g.det = "bare"
	k := g.tok - 1
	for ; k >= 0 && g.tok-k <= 9; k-- {
		t := toks[k]
		l := t.Lower
		if l != "s" && !isApos(t.Text) && inDate(st, k) {
			continue // "the December 25, 2009 attempted attack"
		}
		switch {
		case l == "a" || l == "an":
			g.det, g.start = "indef", k
			d.seriesOf(st, g, k)
			return
		case l == "the":
			g.det, g.start = "def", k
			d.seriesOf(st, g, k)
			if g.plural && partitiveBefore(st, k) {
				g.drop = true // "most of the attacks"
			}
			return
		case l == "this" || l == "that" || l == "these" || l == "those":
			g.det, g.start = "demo", k
			if partitiveBefore(st, k) {
				g.drop = true // "Seventeen of those attacks"
			}
			return
		case l == "its" || l == "their" || l == "his" || l == "her" || l == "our":
			g.det, g.start = "poss", k
			if g.plural {
				g.drop = true // "its attacks"
			}
			if l == "its" || l == "their" {
				g.agent = st.pron // "its deadliest attack"
			}
			return
		case l == "s" && k > 0 && isApos(toks[k-1].Text):
			// "Thursday's bombing", "the Covenant's storming"
			g.det, g.start = "poss", k-1
			d.possessor(st, g, k-2)
			return
		case isApos(t.Text) && k > 0 && strings.HasSuffix(toks[k-1].Lower, "s") && toks[k-1].Kind == text.Word:
			g.det, g.start = "poss", k
			d.possessor(st, g, k-1)
			return
		case genericQuant[l]:
			if g.plural || set1(l, "every", "any", "such", "no", "future", "similar", "possible", "potential") {
				g.drop = true
			}
			continue
		case l == "of":
			// "a series of attacks", "a string of suicide bombings"
			if k > 0 && set1(toks[k-1].Lower, "series", "string", "wave", "spate", "pair", "set", "chain") {
				g.series = true
				g.start = k - 1
				if k > 1 {
					switch toks[k-2].Lower {
					case "a", "an":
						g.det, g.start = "indef", k-2
					case "the", "this", "that":
						g.det, g.start = "def", k-2
					}
				}
				return
			}
			if k > 0 && set1(toks[k-1].Lower, "number", "numbers", "dozens", "hundreds", "scores", "tens", "thousands", "most", "many", "some", "one", "two", "three", "all", "each", "none", "any") {
				g.drop = true
			}
			g.start = k + 1
			return
		case t.Kind == text.Punct && t.Text != "-" && !isQuote(t.Text):
			g.start = k + 1
			return
		case evNPStop[l] || isTriggerVerb(l):
			g.start = k + 1
			return
		}
		if strings.HasSuffix(l, "est") && len(l) > 5 || set1(l, "worst", "first", "latest", "deadliest", "biggest", "largest", "most") {
			g.sup = true
		}
		if set1(l, "twin", "both", "two", "three", "coordinated", "seemingly-coordinated", "simultaneous") {
			g.series = true
		}
		if t.Kind == text.Number {
			if n := leadingCount(st, k); n >= 4 && g.plural {
				g.drop = true // "77 attacks": a statistic
			}
		}
	}
	g.start = k + 1
}

// inDate reports whether token k lies inside a date expression.
func inDate(st *evSentence, k int) bool {
	for _, e := range st.v.dates {
		if st.toks[k].Start >= e.Start && st.toks[k].End <= e.End {
			return true
		}
	}
	return false
}

// bareVerbUse reports whether a noun trigger without a determiner is
// used as a verb with its object after it: in "to undermine its rule and
// attack the council's standing" the aim governs the attack too.
func bareVerbUse(toks []text.Token, g *evGroup) bool {
	return g.det == "bare" && set1(lowerAt(toks, g.end), "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those")
}

// monthMay reports whether the token at k is "may" the month, as
// lower-cased copy writes it: "on 12 may", "may 3", "in late may".
func monthMay(st *evSentence, k int) bool {
	toks := st.toks
	if toks[k].Lower != "may" {
		return false
	}
	return k+1 < len(toks) && toks[k+1].Kind == text.Number || k > 0 && toks[k-1].Kind == text.Number || inDate(st, k)
}

// partitiveBefore reports whether "N of" or "most of" precedes token k.
func partitiveBefore(st *evSentence, k int) bool {
	if lowerAt(st.toks, k-1) != "of" || k < 2 {
		return false
	}
	p := st.toks[k-2]
	return p.Kind == text.Number || leadingCount(st, k-2) > 0 ||
		set1(p.Lower, "most", "many", "some", "all", "one", "two", "three", "none", "each", "any", "half", "several", "few", "majority")
}

// isApos reports whether s is an apostrophe.
func isApos(s string) bool { return s == "'" || s == "’" }

// evNPStop end a noun phrase scanned backwards.
var evNPStop = set(`of in on at for with by from to into onto after before since during and or but was were is are be been
	being has have had said says that which who as than while when where whom whose it he she they we what there
	claimed claim claims claiming blamed blame carried including include includes against amid despite following
	like via over under near outside behind about around across through throughout per`)

// isTriggerVerb reports whether a word is a verb trigger.
func isTriggerVerb(l string) bool {
	for _, wd := range evLexicon[l] {
		if wd.kind != evNoun && len(wd.words) == 1 {
			return true
		}
	}
	return false
}

// leadingCount returns the count expressed at token k, or 0.
func leadingCount(st *evSentence, k int) float64 {
	for _, q := range st.v.nums {
		if q.Kind != numbers.Count || q.Min == nil {
			continue
		}
		if qt := tokenAt(st.s, q.Start); qt <= k && k < tokenAt(st.s, q.End) {
			return *q.Min
		}
	}
	return 0
}

// seriesOf marks "the two bomb attacks" and "the twin bombings".
func (d *docState) seriesOf(st *evSentence, g *evGroup, det int) {
	for k := det + 1; k < g.tok; k++ {
		if set1(st.toks[k].Lower, "twin", "two", "three", "both", "coordinated", "seemingly-coordinated", "simultaneous") {
			g.series = true
		}
		l := st.toks[k].Lower
		if strings.HasSuffix(l, "est") && len(l) > 5 || set1(l, "worst", "first", "latest", "deadliest", "most") {
			g.sup = true
		}
	}
}

// possessor reads the possessor ending at token k: a date ("Thursday's",
// "last week's") or a group ("the Covenant's storming").
func (d *docState) possessor(st *evSentence, g *evGroup, k int) {
	if k < 0 {
		return
	}
	for _, e := range st.v.dates {
		if tokenAt(st.s, e.Start) <= k && k < tokenAt(st.s, e.End) {
			g.possDate = true
			g.start = tokenAt(st.s, e.Start)
			return
		}
	}
	for _, cm := range st.ms {
		if cm.tok <= k && k < cm.end {
			if cm.e.Type == dossier.ArmedGroup {
				g.agent = cm.e
			}
			g.start = cm.tok
			if lowerAt(st.toks, cm.tok-1) == "the" {
				g.start = cm.tok - 1
			}
			return
		}
	}
	g.start = k
}

// subjectStart returns the first token of a verb trigger's clause subject:
// the attacker noun phrase, or the verb itself.
func (d *docState) subjectStart(st *evSentence, g *evGroup) int {
	toks := st.toks
	for k := g.tok - 1; k >= 0 && g.tok-k <= 8; k-- {
		l := toks[k].Lower
		if l == "," || l == ";" || l == "which" || l == "who" || l == "that" || l == "and" {
			return k + 1
		}
		if attackerNouns[l] {
			j := k
			for j > 0 && toks[j-1].Kind == text.Word && !evNPStop[toks[j-1].Lower] && g.tok-j < 10 {
				j--
			}
			return j
		}
	}
	return g.tok
}

// verbAgent finds the group that did what a verb trigger says: "ISIS
// militants attacked", "VPLA fighters ambushed", "AQAP seized".
func (d *docState) verbAgent(st *evSentence, g *evGroup) {
	toks := st.toks
	// "a Taliban convoy was attacked": the subject is the target
	if set1(lowerAt(toks, g.tok-1), "was", "were", "been", "being", "be") {
		return
	}
	// the nearest group in the subject: "ISIS militants on Wednesday
	// attacked", "guerrillas of the Front today attacked", "AQAP seized"
	for k := g.tok - 1; k >= 0 && g.tok-k <= 8; k-- {
		l := toks[k].Lower
		if set1(l, ",", ";", "which", "and", "that", "who", "but") {
			break
		}
		for _, cm := range st.ms {
			if cm.e.Type == dossier.ArmedGroup && cm.end == k+1 {
				g.agent = cm.e
				return
			}
		}
	}
	// "a Covenant ambush"
	for _, cm := range st.ms {
		if cm.e.Type == dossier.ArmedGroup && cm.end == g.tok {
			g.agent = cm.e
		}
	}
}

// markSeparated marks the groups a sentence introduces as other, earlier
// attacks: "the deadliest attack since the storming of Ruskeld prison",
// "days after gunmen stormed a Veltrana guesthouse", "in a gun
// attack earlier in the day".
func (d *docState) markSeparated(st *evSentence, gs []*evGroup) {
	toks := st.toks
	for k, t := range toks {
		sep := false
		switch t.Lower {
		case "since":
			sep = true
		case "after", "before":
			p := lowerAt(toks, k-1)
			sep = set1(p, "days", "day", "weeks", "week", "months", "month", "years", "year", "hours", "comes", "came", "come", "shortly", "just")
		}
		if !sep {
			continue
		}
		// only when an event is described before it (or "it comes ...")
		before := false
		for _, g := range gs {
			if g.end <= k && !g.drop {
				before = true
			}
		}
		for j := max(0, k-4); j < k; j++ {
			if set1(toks[j].Lower, "it", "which", "this") {
				before = true
			}
		}
		if !before {
			continue
		}
		st.seps = append(st.seps, k)
		var shift *dates.Expr
		for i := range st.v.dates {
			e := st.v.dates[i]
			if e.Shift != nil && tokenAt(st.s, e.End) >= k && tokenAt(st.s, e.Start) <= k {
				shift = &st.v.dates[i]
			}
		}
		for _, g := range gs {
			if g.tok > k && !g.separated {
				// the next clause only: stop at a group after a clause break
				g.separated = true
				g.shift = shift
				g.sepAt = k
				if g.start < k+1 {
					g.start = k + 1
				}
			}
		}
	}
	// "in a gun attack earlier in the day"
	for _, g := range gs {
		if g.det == "indef" && g.end+1 < len(toks) && set1(toks[g.end].Lower, "earlier") && !g.separated {
			hasOther := false
			for _, o := range gs {
				if o != g && !o.drop && !o.separated {
					hasOther = true
				}
			}
			g.separated = hasOther
			g.sameDay = true
			g.sepAt = g.start
		}
	}
}

// sentenceMentions turns the groups of a sentence into event mentions:
// anchors go to the nearest group; groups that agree merge.
func (d *docState) sentenceMentions(st *evSentence) []*evMention {
	toks := st.toks
	var live []*evGroup
	for _, g := range st.groups {
		if !g.drop {
			live = append(live, g)
		}
	}
	cues := d.respCues(st)
	cas, zeroK, zeroH, combined := d.casualties(st)
	places := d.placesOf(st)
	if len(live) == 0 {
		// a toll or a claim that refers to the event just described
		if len(st.groups) > 0 {
			return nil
		}
		m := &evMention{si: st.s.Index, pseudo: true, lo: 0, hi: len(toks), votes: map[string]int{}}
		for _, c := range cas {
			d.addCasualty(m, c)
		}
		m.zeroKill, m.zeroHurt, m.combined = zeroK, zeroH, combined
		for i := range cues {
			if !cues[i].other {
				d.applyRespCue(m, &cues[i])
			}
		}
		if m.killed == nil && m.injured == nil && m.perp == nil && m.force == "" && !m.claimNeg && !m.zeroKill && !m.zeroHurt {
			return nil
		}
		for _, wd := range toks {
			if nonAttackWords[wd.Lower] {
				return nil
			}
		}
		for _, e := range st.v.dates {
			if !e.Date.IsZero() || e.Period != nil {
				m.date = &evDate{date: e.Date, text: e.Text, rank: 1, tok: tokenAt(st.s, e.Start)}
				if e.Period != nil || e.Date.Month == 0 {
					return nil // "this year", "since 2021": statistics
				}
			}
		}
		return []*evMention{m}
	}
	region := d.regions(st, live)
	// one mention per group first, then merge those that agree
	per := make([]*evMention, len(live))
	for i, g := range live {
		m := &evMention{si: st.s.Index, groups: []*evGroup{g}, lo: region[i][0], hi: region[i][1], separated: g.separated, votes: map[string]int{}}
		d.fillMention(st, m, places)
		for _, c := range cas {
			if c.tok >= m.lo && c.tok < m.hi {
				d.addCasualty(m, c)
			}
		}
		per[i] = m
	}
	// responsibility cues: to the groups after the cue on the same side of
	// a separator, else to the nearest group before it
	for ci := range cues {
		c := &cues[ci]
		sepAt := -1
		for i, g := range live {
			if g.separated && (sepAt < 0 || i < sepAt) {
				sepAt = i
			}
		}
		cueSep := sepAt >= 0 && c.tok >= live[sepAt].start
		hit := false
		for i, g := range live {
			if g.tok > c.tok && g.separated == cueSep {
				d.applyRespCue(per[i], c)
				hit = true
				if g.separated {
					break
				}
			}
		}
		if !hit {
			for i := len(live) - 1; i >= 0; i-- {
				if live[i].tok < c.tok {
					d.applyRespCue(per[i], c)
					break
				}
			}
		}
	}
	// zero tolls and combined figures belong to the sentence's first mention
	per[0].zeroKill, per[0].zeroHurt, per[0].combined = zeroK, zeroH, combined
	var out []*evMention
	for _, m := range per {
		merged := false
		for _, o := range out {
			if o.separated == m.separated && !conflict(o, m) {
				mergeMention(o, m)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, m)
		}
	}
	return out
}

// regions gives each live group the tokens whose anchors are its own: from
// its start (or, for the first group, the sentence start) to the start of
// the next group or separator. A dropped group's phrase, up to the next
// comma or clause word, is nobody's: "feared new attacks after the
// capture of a bomb maker in a Halvin raid on Friday".
func (d *docState) regions(st *evSentence, live []*evGroup) [][2]int {
	toks := st.toks
	all := append([]*evGroup(nil), st.groups...)
	sort.SliceStable(all, func(a, b int) bool { return all[a].tok < all[b].tok })
	begin := func(g *evGroup) int {
		if g.separated && g.sepAt < g.start {
			// the first group after its separator starts there
			for _, o := range all {
				if o != g && o.tok > g.sepAt && o.tok < g.tok {
					return g.start
				}
			}
			return g.sepAt
		}
		return g.start
	}
	deadEnd := func(i int) int {
		g := all[i]
		k := g.end
		for k < len(toks) && !(toks[k].Kind == text.Punct && !isApos(toks[k].Text) && toks[k].Text != "-") &&
			!set1(toks[k].Lower, "who", "which", "that", "where", "when") {
			k++
		}
		if i+1 < len(all) && begin(all[i+1]) < k {
			k = begin(all[i+1])
		}
		return max(k, g.end)
	}
	var out [][2]int
	for _, g := range live {
		i := 0
		for all[i] != g {
			i++
		}
		lo := 0
		if i > 0 {
			p := all[i-1]
			if p.drop {
				lo = deadEnd(i - 1)
			} else {
				lo = begin(g)
			}
		}
		// a separator between the previous group and this one
		for _, sp := range st.seps {
			if sp < g.tok && sp >= lo && !g.separated {
				lo = sp + 1
			}
		}
		if g.separated && g.sepAt > lo && begin(g) == g.sepAt {
			lo = g.sepAt
		}
		hi := len(toks)
		if i+1 < len(all) {
			hi = begin(all[i+1])
		}
		for _, sp := range st.seps {
			if sp > g.end && sp < hi && !g.separated {
				hi = sp
			}
		}
		// a full stop inside a sentence: the splitter missed a boundary
		for k := g.end; k < hi; k++ {
			if toks[k].Text == "." && k+1 < hi {
				hi = k
				break
			}
		}
		for k := g.tok - 1; k >= lo; k-- {
			if toks[k].Text == "." {
				lo = k + 1
				break
			}
		}
		if lo > g.tok {
			lo = g.tok
		}
		if hi < g.end {
			hi = g.end
		}
		out = append(out, [2]int{lo, hi})
	}
	return out
}

// fillMention reads the type votes, date, places, victims, targets and
// weapons of a mention's region.
func (d *docState) fillMention(st *evSentence, m *evMention, places []evPlace) {
	toks := st.toks
	g := m.groups[0]
	gun, bomb := false, false
	for _, wd := range g.words {
		m.votes[wd.typ] += wd.vote
		switch wd.cue {
		case "gun":
			m.gun++
			gun = true
		case "bomb":
			m.bomb++
			bomb = true
		}
		if wd.sub != "" {
			m.subs = append(m.subs, wd.sub)
		}
	}
	// "shootings and explosions": a mixed assault
	m.mixed = gun && bomb
	if g.agent != nil && g.words[0].kind == evAgentVerb && lowerAt(toks, g.tok-1) == "bomber" {
		m.votes[evBombing] += 2
	}
	// shooting words in the region: "gunmen", "gunfire", "rifles"
	for k := m.lo; k < m.hi; k++ {
		switch toks[k].Lower {
		case "gunmen", "gunman", "gunfire", "gunshots", "rifles", "rifle", "kalashnikov", "handgun", "pistol", "shot":
			m.gun++
		}
	}
	def := g.det == "def" || g.det == "demo" || g.det == "poss" || g.sup
	m.def = def && !g.separated
	m.demo = g.det == "demo"
	if g.agent != nil {
		m.perp, m.perpRank, m.respKind = g.agent, 1, "stated"
	}
	// date: attached to the trigger beats the clause beats a statement
	for _, e := range st.v.dates {
		et := tokenAt(st.s, e.Start)
		if et < m.lo || et >= m.hi {
			continue
		}
		if g.shift != nil && e.Start == g.shift.Start {
			continue
		}
		if e.Date.IsZero() && e.Relative && e.Period == nil && e.Shift == nil && (weekdayExpr(e.Text) || longAgo(e.Text) && et >= g.start-8 && et <= g.end+8) && m.weekday == "" {
			// "on Thursday" or "last year" in an article of unknown
			// date: kept as words, for the store to date against another
			// report of the event (and to tell an old attack)
			m.weekday = strings.TrimSpace(e.Text)
		}
		if !usableDate(e, st) {
			continue
		}
		rank := 2
		switch {
		case et >= g.start && et < g.tok:
			rank = 3 // "Thursday's bombing", "a May 2012 suicide bombing"
		case et >= g.end && et <= g.end+12 && !speechBefore(toks, et, g.end):
			rank = 3
		case speechBefore(toks, et, m.lo):
			rank = 1
		}
		if m.def && rank == 2 {
			rank = 1
		}
		if hourOrDecade(e, st) {
			continue // "at 1830", "the 1960's": an hour or a decade, not a year
		}
		c := &evDate{date: e.Date, text: e.Text, rank: rank, tok: et}
		if m.date == nil || betterDate(c, m.date) {
			m.date = c
		}
	}
	// the scene: a place inside the trigger's phrase ("the Dornhal
	// bombing"), its object ("stormed a Veltrana hotel") or after a locative
	// preposition ("in Kabul", "on the edge of Kaldun"); others only fill in
	for _, p := range places {
		if p.tok < m.lo || p.tok >= m.hi {
			continue
		}
		p.attach = 1
		objOf := (lowerAt(toks, g.end-1) == "of" || lowerAt(toks, g.end) == "of") && p.tok >= g.end && p.tok <= g.end+4
		lo := m.lo
		if p.tok >= g.end {
			lo = g.end
		}
		if p.tok >= g.start && p.tok < g.tok || g.kind != evNoun && p.tok >= g.end && p.tok <= g.end+3 || objOf ||
			locativeBefore(toks, p.tok, lo) || hitBefore(toks, p.tok, g.end) {
			p.attach = 2
		}
		// a definite reference names its scene in its own clause: "the
		// attack in Vienna", not "the attack ... what Muslims in Somalia"
		if m.def && p.tok >= g.end && p.attach == 2 && clauseBreak(toks, g.end, p.tok) {
			p.attach = 1
		}
		// nor before it: "a court in Estgard jailed them for the bombing"
		if m.def && p.tok < g.start {
			p.attach = 1
		}
		p.dist = p.tok - g.end
		if p.tok < g.tok {
			p.dist = 2 * (g.tok - p.tok)
		}
		m.places = append(m.places, p)
	}
	// weapons, targets and perpetrators named near the trigger
	for k := m.lo; k < m.hi; k++ {
		for _, ph := range weaponPhrases {
			if matchWords(toks, k, ph) && !seizedNear(toks, k) && !ammunitionFor(toks, k) {
				m.weapons = appendNew(m.weapons, d.src[toks[k].Start:toks[k+len(ph)-1].End])
				k += len(ph) - 1
				break
			}
		}
	}
	d.roleFillers(st, m)
	people := personalAttack(toks, m)
	for _, p := range m.places {
		if (p.rank == 3 || p.rank == 2) && p.tok >= g.start && !((people || groundsPlace(p.name)) && locativeAt(toks, p.tok)) && !destinationAt(toks, p.tok) &&
			targetTied(toks, m, p.tok) {
			m.targets = appendNew(m.targets, p.name)
		}
	}
	if t := d.objectAfter(st, g); t != "" && targetTied(toks, m, g.end+1) {
		m.targets = appendNew(m.targets, t)
	}
	for _, cm := range st.ms {
		if cm.e.Type != dossier.Person || cm.tok < m.lo || cm.tok >= m.hi {
			continue
		}
		// "identified the gunman as X", "the bomber, X,"
		for k := max(m.lo, cm.tok-6); k < cm.tok; k++ {
			if set1(toks[k].Lower, "gunman", "bomber", "attacker", "assailant", "suspect", "perpetrator", "hijacker", "kidnapper", "named") {
				if !set1(lowerAt(toks, cm.end), "said", "says", "told") {
					m.indiv = appendNew(m.indiv, cm.e.Name)
				}
				break
			}
		}
	}
}

// hitVerbs say what an attack struck: "the attack that hit Kabul airport".
var hitVerbs = set(`hit hits struck strikes rocked rocks shook shakes targeted targets tore ripped`)

// hitBefore reports whether the place at token t is the object of a verb of
// striking right after the trigger ending at end.
func hitBefore(toks []text.Token, t, end int) bool {
	if t < end || t-end > 5 {
		return false
	}
	for k := end; k < t; k++ {
		if hitVerbs[toks[k].Lower] {
			for j := k + 1; j < t; j++ {
				if !set1(toks[j].Lower, "the", "a", "an", "through") {
					return false
				}
			}
			return true
		}
		if !set1(toks[k].Lower, "that", "which", "has", "had", "have") {
			return false
		}
	}
	return false
}

// clauseBreak reports whether a clause boundary lies in tokens [a, b).
func clauseBreak(toks []text.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		l := toks[k].Lower
		if set1(l, ";", ":", "what", "which", "who", "while", "because", "but", "said", "says", "“", "”", "\"") {
			return true
		}
	}
	return false
}

// locativeBefore reports whether a locative preposition introduces the
// place at token t: "in Kabul", "in the eastern Afghan city of Jalalabad",
// "on the edge of Kaldun", "at the emergency ward of Quetta's".
func locativeBefore(toks []text.Token, t, lo int) bool {
	for k := t - 1; k >= 0 && k >= lo && t-k <= 7; k-- {
		l := toks[k].Lower
		switch l {
		case "in", "at", "near", "outside", "inside", "across", "around", "throughout", "within", "on", "off", "into":
			return true
		case "from", "to", "by", "for", "with", "and", "said", "says", "told", "toward", "towards", "against":
			return false
		}
		if toks[k].Kind == text.Punct && !isApos(toks[k].Text) || toks[k].Kind == text.Number {
			return false
		}
	}
	return false
}

// speechBefore reports whether a verb of saying stands in the four tokens
// before token t (and after lo): "said on Monday".
func speechBefore(toks []text.Token, t, lo int) bool {
	for k := t - 1; k >= 0 && k >= lo && t-k <= 4; k-- {
		if speechWords[toks[k].Lower] {
			return true
		}
		if toks[k].Lower == "," || toks[k].Lower == "for" {
			return false
		}
	}
	return false
}

// betterDate reports whether date a should replace b: a more closely
// attached date wins, and of two compatible dates the more precise one.
func betterDate(a, b *evDate) bool {
	if dateCompatible(a.date, b.date) {
		if precision(a.date) != precision(b.date) {
			return precision(a.date) > precision(b.date)
		}
	}
	return a.rank > b.rank
}

func precision(d dates.Date) int {
	switch {
	case d.Day != 0:
		return 3
	case d.Month != 0:
		return 2
	case d.Year != 0:
		return 1
	}
	return 0
}

// dateCompatible reports whether two dates agree at their common precision.
func dateCompatible(a, b dates.Date) bool {
	if a.Year != b.Year {
		return false
	}
	if a.Month != 0 && b.Month != 0 && a.Month != b.Month {
		return false
	}
	return a.Day == 0 || b.Day == 0 || a.Day == b.Day
}

// objectAfter returns the target a trigger names right after it: "an
// attack on a girls' school", "ambush on a rebel patrol", "stormed the
// university".
func (d *docState) objectAfter(st *evSentence, g *evGroup) string {
	toks := st.toks
	k := g.end
	if g.kind == evNoun {
		if k >= len(toks) || !set1(toks[k].Lower, "on", "against", "at", "of") {
			return ""
		}
		// "the murder of X", "the kidnapping of X": people, not things
		if toks[k].Lower == "of" && (g.words[0].typ == evKidnapping || set1(toks[g.end-1].Lower, "murder", "assassination",
			"killing", "massacre", "murders", "assassinations", "killings", "massacres", "kidnap")) {
			return ""
		}
		k++
	} else if g.words[0].typ != evAttack || g.kind == evAgentVerb || passiveAt(toks, g.tok) {
		// a passive verb has its object before it: "the posts were
		// sabotaged because ..."
		return ""
	}
	// determiners and counts: "an attack on two banks"
	for k < len(toks) && (set1(toks[k].Lower, "a", "an", "the", "its", "their") || roleTargetStop[toks[k].Lower]) {
		k++
	}
	s := k
	for k < len(toks) && k-s < 5 && toks[k].Kind != text.Punct && !evNPStop[toks[k].Lower] && !isTriggerVerb(toks[k].Lower) &&
		!(k > s && (edVerb(toks[k].Lower) || evObjectBreaks[toks[k].Lower])) {
		k++
	}
	if k == s || k-s > 4 {
		return ""
	}
	// cut off before a conjunction or an adverb ("the plane because"),
	// or a nationality alone ("the arvalan armed forces"): the phrase is
	// no object after all
	if k < len(toks) && evObjectBreaks[toks[k].Lower] || k-s == 1 && roleForceMods[toks[s].Lower] {
		return ""
	}
	// a name glossed before its head noun: "the attack on the vwu
	// (vardela workers union) headquarters", which the role fillers read
	if k+1 < len(toks) && toks[k].Text == "(" {
		for j := k + 1; j < len(toks) && j <= k+12; j++ {
			if toks[j].Text == ")" {
				if j+1 < len(toks) && roleTargetHeads[toks[j+1].Lower] {
					return ""
				}
				break
			}
		}
	}
	// a possessor ("attacked the minister's car") or a part or group of
	// something ("the front of", "a group of"): the phrase is not the
	// whole object, which the role fillers read in full
	if k < len(toks) && (isApos(toks[k].Text) || toks[k].Lower == "'s" || toks[k].Lower == "of") {
		return ""
	}
	for j := s; j < k; j++ {
		if inDate(st, j) || toks[j].Kind == text.Number || lowerNameAt(toks, j) > 0 {
			return ""
		}
		if isPeopleNoun(toks[j].Lower) && !roleTargetHeads[toks[k-1].Lower] {
			return "" // "attacked the senator", "shot dr x y": a person
		}
	}
	// "a Nairobi, Kenya, shopping mall", "the popular, upscale mall": a
	// modifier cut off by a comma
	if k-s == 1 && k < len(toks) && toks[k].Text == "," {
		return ""
	}
	// "an average-sized bomb": a modifier cut off by a hyphen
	if k < len(toks) && toks[k].Text == "-" {
		return ""
	}
	// "the explosion of a car": the road vehicle that blew up was the
	// bomb (a plane that blew up was struck by one)
	if g.kind == evNoun && toks[g.end].Lower == "of" && set1(toks[g.tok].Lower, "explosion", "blast", "detonation") &&
		roleVehicles[toks[k-1].Lower] && !roleAircraft[toks[k-1].Lower] {
		return ""
	}
	// "the explosion of a bomb", "an attack of this kind", "the attack
	// on the northern zone": a weapon, a kind or an area is no physical
	// target
	for j := s; j < k; j++ {
		if l := toks[j].Lower; roleWeaponHeads[l] || roleWeaponNeedMod[l] != nil || evNotTargets[l] {
			return ""
		}
	}
	// a place or a person is no physical target
	for _, cm := range st.ms {
		if cm.tok <= s && k <= cm.end && (cm.e.Type == dossier.Location || cm.e.Type == dossier.Person) {
			return ""
		}
		if cm.e.Type == dossier.Location && cm.tok > s && cm.end == k {
			return "" // "northern arvale", "downtown arvale": a place
		}
		if cm.tok >= s && cm.tok < k && cm.e.Type == dossier.Person {
			return ""
		}
	}
	// "bombed a vardela hotel": the hotel, whose place is the event's
	s = d.afterPlaceName(st, s, k-1)
	return strings.TrimSpace(d.src[toks[s].Start:toks[k-1].End])
}

// evObjectBreaks are words that end an attack's object phrase cut short:
// "attacked the plane because", "the offices further away".
var evObjectBreaks = set(`because both further`)

// evNotTargets are nouns of areas and abstractions that name no physical
// target after an attack noun or verb: "the attack on the area", "attacks
// of this kind".
var evNotTargets = set(`area areas zone zones neighborhood neighborhoods neighbourhood town towns city cities region regions
	village villages island islands kind kinds type types sort more part residents inhabitants population villagers citizens
	people persons civilians`)

// appendAll adds each of ss to xs as appendNew does.
func appendAll(xs, ss []string) []string {
	for _, s := range ss {
		xs = appendNew(xs, s)
	}
	return xs
}

// appendNew adds s to xs unless it is empty or already there, ignoring case.
func appendNew(xs []string, s string) []string {
	s = strings.TrimSpace(s)
	if s == "" {
		return xs
	}
	for _, x := range xs {
		if strings.EqualFold(x, s) {
			return xs
		}
	}
	return append(xs, s)
}

// placesOf returns the candidate places of a sentence: places the
// gazetteer knows and facilities ("Riyan Airport", "its parliament").
func (d *docState) placesOf(st *evSentence) []evPlace {
	dl := st.dl
	toks := st.toks
	var out []evPlace
	covered := map[int]bool{}
	for _, cm := range st.ms {
		for k := cm.tok; k < cm.end; k++ {
			covered[k] = true
		}
		if cm.e.Type != dossier.Location || inSpan(dl, cm.m.start) {
			continue
		}
		prev := lowerAt(toks, cm.tok-1)
		if set1(prev, "from", "to", "into") || (cm.tok >= 2 && set1(toks[cm.tok-2].Lower, "reporters", "journalists", "conference")) {
			continue
		}
		p := evPlace{name: cm.e.Name, tok: cm.tok}
		if cm.m.place != nil {
			p.name = cm.m.place.Name
		}
		// in lower-case text a place that is also a word ("most", "august")
		// is no evidence
		if d.lower {
			n := strings.TrimPrefix(strings.ToLower(cm.m.name), "the ")
			n = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(n, "'s"), "’s"), ".")
			if d.ex.Places.Ambiguous(n) || commonWords[n] || len(n) < 4 || strings.HasPrefix(strings.ToLower(cm.m.name), "the ") {
				continue
			}
		}
		if cm.e.Country != nil {
			p.country = *cm.e.Country
		}
		if cm.e.Lat != nil && cm.e.Lon != nil {
			p.lat, p.lon, p.hasLL = *cm.e.Lat, *cm.e.Lon, true
		}
		p.admin1 = cm.e.Admin1
		kind := ""
		if cm.m.place != nil {
			kind = cm.m.place.Kind
		}
		switch kind {
		case "country":
			p.rank = 1
		case "admin1", "region":
			p.rank = 1.5
		default:
			p.rank = 4
			for j := cm.tok - 1; j >= 0 && cm.tok-j <= 4; j-- {
				l := toks[j].Lower
				if l == "near" || l == "outside" {
					p.rank = 2.5
					break
				}
				if !set1(l, "the", "city", "town", "village", "of") {
					break
				}
			}
		}
		// "Zaventem airport", "Kabul hotel": a facility named after the place
		if cm.end < len(toks) && facilityHeads[toks[cm.end].Lower] && kind != "country" && !d.lower {
			e := cm.end + 1
			if toks[cm.end].Lower == "flight" && e < len(toks) && toks[e].Kind == text.Number {
				e++
			}
			p.name = d.src[toks[cm.tok].Start:toks[e-1].End]
			p.rank = 3
		}
		out = append(out, p)
	}
	// a town the gazetteer does not know, placed by its country: "in
	// Makka, Kenya"
	for k := 1; k+2 < len(toks); k++ {
		if !set1(toks[k-1].Lower, "in", "at", "near", "outside") || !namey(toks[k]) || covered[k] || commonWords[toks[k].Lower] {
			continue
		}
		e := k + 1
		for e < len(toks) && namey(toks[e]) && !covered[e] && e-k < 3 {
			e++
		}
		if e+1 >= len(toks) || toks[e].Text != "," {
			continue
		}
		for _, cm := range st.ms {
			if cm.tok == e+1 && cm.m.place != nil && cm.m.place.Kind == "country" {
				out = append(out, evPlace{name: d.src[toks[k].Start:toks[e-1].End], rank: 4, country: cm.m.place.Country, tok: k})
			}
		}
	}
	// "the Afghan capital", "Somalia's capital": the country's city the
	// document names most
	for k, t := range toks {
		if t.Lower != "capital" || k == 0 || inSpan(dl, t.Start) {
			continue
		}
		cc := ""
		if c, ok := d.ex.Places.Demonym(toks[k-1].Text); ok {
			cc = c
		} else if lowerAt(toks, k-1) == "s" || isApos(toks[k-1].Text) {
			for _, cm := range st.ms {
				if cm.end >= k-2 && cm.end <= k-1 && cm.m.place != nil && cm.m.place.Kind == "country" {
					cc = cm.m.place.Country
				}
			}
		}
		if cc == "" || k+2 < len(toks) && toks[k+1].Lower == "of" {
			continue
		}
		if p := d.capitalGuess(cc); p != nil {
			out = append(out, evPlace{name: p.Name, rank: 3.9, country: p.Country, lat: p.Lat, lon: p.Lon, hasLL: true, admin1: p.Admin1, tok: k})
		}
	}
	// facilities by their head noun
	for k, t := range toks {
		if !facilityHeads[t.Lower] || covered[k] || (k > 0 && covered[k-1]) || inSpan(dl, t.Start) {
			continue
		}
		e := k + 1
		if t.Lower == "flight" {
			if e >= len(toks) || toks[e].Kind != text.Number {
				continue
			}
			e++
		}
		s := k
		for s > 0 && k-s < 4 && (namey(toks[s-1]) || toks[s-1].Kind == text.Number && t.Lower != "flight") && !covered[s-1] && !leadTrim[toks[s-1].Lower] {
			s--
		}
		named := s < k && t.Cap()
		if !named {
			// only the bare heads of likely targets: "its parliament", "the university"
			if !set1(t.Lower, "parliament", "airport", "embassy", "university", "mall", "hotel", "stadium", "arena", "prison") {
				continue
			}
			if e < len(toks) && (roleHumanNouns[toks[e].Lower] || humanNouns[toks[e].Lower] || roleSpeakerWords[toks[e].Lower]) {
				continue // "university students", "embassy staff"
			}
		}
		p := evPlace{name: strings.TrimSpace(d.src[toks[s].Start:toks[e-1].End]), rank: 2, tok: s}
		if named {
			p.rank = 3
		}
		out = append(out, p)
	}
	return out
}

// capitalGuess returns the city of country cc the document names most.
func (d *docState) capitalGuess(cc string) *Place {
	count := map[string]int{}
	var best *Place
	for _, m := range d.ms {
		if m.place == nil || m.place.Kind != "city" || m.place.Country != cc {
			continue
		}
		count[m.place.Name]++
		if best == nil || count[m.place.Name] > count[best.Name] {
			best = m.place
		}
	}
	return best
}

// respCues finds the claims of responsibility and the accusations of a
// sentence with the group each names.
func (d *docState) respCues(st *evSentence) []evCue {
	salient := st.pron
	toks := st.toks
	var out []evCue
	for t := 0; t < len(toks); t++ {
		l := toks[t].Lower
		switch l {
		case "claimed", "claims", "claim", "claiming":
			if lowerAt(toks, t+1) == "the" && set1(lowerAt(toks, t+2), "lives", "life") {
				continue
			}
			resp := false
			for k := t + 1; k < len(toks) && k <= t+3; k++ {
				if set1(toks[k].Lower, "responsibility", "credit") {
					resp = true
				}
			}
			for _, g := range st.groups {
				if g.tok > t && g.tok <= t+4 && !g.drop {
					resp = true
				}
				if g.tok == t+1 && g.kind == evNoun { // "claimed attack"
					resp = true
				}
			}
			if lowerAt(toks, t+1) == "it" {
				resp = true
			}
			passive := lowerAt(toks, t+1) == "by"
			if passive {
				resp = true
			}
			if !resp {
				// "which the branch claimed,"
				for k := max(0, t-4); k < t; k++ {
					if set1(toks[k].Lower, "which", "that") && (t+1 >= len(toks) || toks[t+1].Kind == text.Punct) {
						resp = true
					}
				}
			}
			if !resp {
				continue
			}
			c := evCue{tok: t, claim: true, neg: negatedAt(toks, t)}
			// "claimed responsibility for a foiled plot": not for the attack
			for k := t + 1; k < len(toks) && k <= t+4; k++ {
				if toks[k].Lower == "for" && set1(lowerAt(toks, k+1), "a", "an") {
					c.other = true
				}
			}
			if passive {
				c.group = groupAfter(d.src, st, t+1, 8)
			} else {
				c.group = d.groupBeforeCue(st, t, salient)
			}
			out = append(out, c)
		case "blamed", "blames", "blame", "blaming", "suspected", "suspect", "suspects", "suspecting", "accused", "accuses",
			"accusing", "attributed", "attributes", "attributing", "responsible", "behind", "suspicion", "implicated", "implicating", "involved",
			"charged":
			if negatedAt(toks, t) || l == "involved" && lowerAt(toks, t+1) != "in" || l == "charged" && lowerAt(toks, t+1) != "with" ||
				habitualBlame(toks, t) {
				continue
			}
			c := evCue{tok: t, kind: "blamed"}
			if strings.HasPrefix(l, "suspect") || l == "suspicion" {
				c.kind = "suspected"
			}
			subject := l == "responsible" || l == "behind"
			if !subject {
				c.group = groupAfter(d.src, st, t+1, 14)
				// "X was blamed for", "X is suspected of": the subject
				// ("X are accusing" is active: its object is accused)
				// ("the murder was attributed to X": the deed is)
				subject = l != "suspicion" && l != "attributed" && !strings.HasSuffix(l, "ing") &&
					set1(lowerAt(toks, t-1), "was", "were", "is", "are", "been", "being", "be")
			}
			if c.group == nil && subject {
				c.group = d.groupBeforeCue(st, t, salient)
				c.claim = (l == "responsible" || l == "behind") && d.selfStated(st, t, c.group)
			}
			if c.group == nil && l != "suspicion" {
				// a state force: "blamed the army", "soldiers accused of"
				if c.force, c.forceInd = d.accusedForces(st, t, true); c.force == "" && len(c.forceInd) == 0 && !subject {
					c.force, c.forceInd = d.accusedForces(st, t, false)
				}
			}
			if c.group != nil || c.force != "" || len(c.forceInd) > 0 {
				if !c.claim {
					c.by = d.accuser(st, t, subject)
				}
				out = append(out, c)
			}
		case "responsibility":
			// "the x front took responsibility for the attack", "x
			// assumed responsibility"
			p := lowerAt(toks, t-1)
			if !set1(p, "took", "take", "takes", "taken", "taking", "assumed", "assumes", "assume", "assuming", "accepted",
				"accepts", "accept", "accepting") || negatedAt(toks, t-1) {
				continue
			}
			c := evCue{tok: t, claim: true}
			c.group = d.groupBeforeCue(st, t-1, salient)
			if c.group != nil {
				out = append(out, c)
			}
		case "work", "hallmarks", "hallmark", "trademark", "signature":
			// "the attack was the work of the x front", "bears the
			// hallmarks of the x front"
			if lowerAt(toks, t+1) != "of" || negatedAt(toks, t) {
				continue
			}
			if p := lowerAt(toks, t-1); !set1(p, "the", "a") {
				continue
			}
			c := evCue{tok: t, kind: "suspected"}
			if l == "work" {
				c.kind = "blamed" // "the attack was the work of"
			}
			if c.group = groupAfter(d.src, st, t+2, 4); c.group != nil {
				c.by = d.speaker(st)
				out = append(out, c)
			}
		case "carried", "planned", "perpetrated", "conducted", "staged", "mounted", "launched", "belong", "belonged", "belonging", "committed":
			by := lowerAt(toks, t+1) == "by" || (lowerAt(toks, t+1) == "out" && lowerAt(toks, t+2) == "by")
			c := evCue{tok: t}
			switch {
			case by:
				c.group = groupAfter(d.src, st, t+1, 8)
			case strings.HasPrefix(l, "belong") && lowerAt(toks, t+1) == "to":
				c.group = groupAfter(d.src, st, t+1, 5)
			case l == "carried" && lowerAt(toks, t+1) == "out" || l == "staged" || l == "mounted" || l == "perpetrated" || l == "conducted":
				c.group = d.groupBeforeCue(st, t, nil)
				c.claim = d.selfStated(st, t, c.group)
			}
			if c.group == nil && l != "planned" && l != "launched" && !strings.HasPrefix(l, "belong") {
				// "perpetrated by armed forces death squads", "perpetrated
				// in the capital on 16 november by the army"
				for k := t + 1; k < len(toks) && k <= t+10; k++ {
					if toks[k].Lower == "by" {
						c.force, c.forceInd = d.accusedForces(st, k-1, false)
						break
					}
					if toks[k].Kind == text.Punct && toks[k].Text != "-" || isTriggerVerb(toks[k].Lower) {
						break
					}
				}
			}
			if c.group != nil || c.force != "" || len(c.forceInd) > 0 {
				if !c.claim {
					c.kind, c.by = "stated", d.speaker(st)
				}
				out = append(out, c)
			}
		}
	}
	return out
}

// habitualBlame reports whether the blame cue at t is said of no attack
// in particular: "they blame the police for every bombing, as usual".
func habitualBlame(toks []text.Token, t int) bool {
	for k := max(0, t-3); k < len(toks) && k <= t+6; k++ {
		if set1(toks[k].Lower, "always", "usually", "often", "generally", "routinely", "any", "every") {
			return true
		}
		if k > t && toks[k].Text == "." {
			break
		}
	}
	return false
}

// selfStated reports whether a group says itself that it did it: "The
// front said in a statement that it had carried out the shooting".
func (d *docState) selfStated(st *evSentence, t int, g *dossier.Entity) bool {
	if g == nil {
		return false
	}
	toks := st.toks
	k := t - 1
	for k >= 0 && set1(toks[k].Lower, "had", "has", "have", "was", "were", "is", "are", "been") {
		k--
	}
	if k < 0 || !set1(toks[k].Lower, "it", "they", "we") {
		return false
	}
	for j := k - 1; j >= 0 && k-j <= 10; j-- {
		if set1(toks[j].Lower, "said", "says", "announced", "stated", "statement", "insisted", "declared") {
			for _, cm := range st.ms {
				if cm.e == g && cm.end <= j {
					return true
				}
			}
		}
	}
	return false
}

// negatedAt reports whether the cue at t is negated: "No group has
// claimed", "did not claim it", "is yet to claim".
func negatedAt(toks []text.Token, t int) bool {
	for k := t - 1; k >= 0 && t-k <= 4; k-- {
		switch toks[k].Lower {
		case "no", "not", "never", "n't", "nobody", "none", "yet", "denied", "denies", "without":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// groupAfter returns the first armed group mentioned within n tokens after
// t, passing over "the Al Qaeda-linked" modifiers.
func groupAfter(src string, st *evSentence, t, n int) *dossier.Entity {
	// "the branch", "the gang": the group the text is about
	ref := -1
	for k := t; k < len(st.toks) && k <= t+n; k++ {
		if refNounAt(st, k) {
			ref = k
			break
		}
	}
	for _, cm := range st.ms {
		if ref >= 0 && cm.tok > ref {
			break
		}
		if cm.tok < t || cm.tok > t+n || cm.e.Type != dossier.ArmedGroup {
			continue
		}
		if strings.HasPrefix(src[cm.m.end:], "-") {
			continue // "Al Qaeda-linked"
		}
		return cm.e
	}
	if ref >= 0 {
		return st.pron
	}
	return nil
}

// evRefNouns name a group already introduced: "the branch", "the gang".
var evRefNouns = set(`group organization organisation movement outfit militia network faction branch gang battalions
	militants insurgents rebels jihadists wing cell`)

// refNounAt reports whether "the <group noun>" starts at token k and is no
// mention of its own.
func refNounAt(st *evSentence, k int) bool {
	if lowerAt(st.toks, k) != "the" {
		return false
	}
	for j := k + 1; j < len(st.toks) && j <= k+2; j++ {
		if evRefNouns[st.toks[j].Lower] {
			for _, cm := range st.ms {
				if cm.tok <= j && j < cm.end {
					return false
				}
			}
			return !namey(lowerTok(st, j+1))
		}
	}
	return false
}

// lowerTok returns token k or an empty token.
func lowerTok(st *evSentence, k int) text.Token {
	if k < 0 || k >= len(st.toks) {
		return text.Token{}
	}
	return st.toks[k]
}

// groupBeforeCue returns the group that is the subject of the cue at t:
// the nearest group before it, passing over an apposition ("CC-SP, the
// regional branch of the Covenant, claimed"), the head of "X of Y", and a
// pronoun for the salient group. A person as the subject means no group.
func (d *docState) groupBeforeCue(st *evSentence, t int, salient *dossier.Entity) *dossier.Entity {
	toks := st.toks
	k := t - 1
	for k >= 0 && set1(toks[k].Lower, "which", "that", "who", "also", "has", "have", "had", "later", "earlier", "quickly", "swiftly", "both", "was", "were", "is", "are", "been") {
		k--
	}
	if k >= 0 && toks[k].Text == "," {
		j := k - 1
		for j >= 0 && toks[j].Text != "," && k-j < 20 {
			j--
		}
		if j >= 0 && toks[j].Text == "," {
			k = j - 1
		} else {
			k--
		}
	}
	// "which the branch claimed"
	for j := k - 2; j <= k-1; j++ {
		if j >= 0 && refNounAt(st, j) {
			covered := false
			for _, cm := range st.ms {
				if cm.end == k+1 {
					covered = true
				}
			}
			if !covered && st.pron != nil {
				return st.pron
			}
		}
	}
	var best *claimMention
	for i := range st.ms {
		cm := &st.ms[i]
		if cm.end > k+1 || cm.e.Type == dossier.Location {
			continue
		}
		// a clause break between the mention and the cue
		brk := false
		for j := cm.end; j <= k; j++ {
			if toks[j].Lower == ";" || toks[j].Lower == "." {
				brk = true
			}
		}
		if brk {
			continue
		}
		if cm.e.Type == dossier.Organization && best != nil {
			continue
		}
		best = cm
	}
	if best != nil {
		switch best.e.Type {
		case dossier.ArmedGroup:
			// "The Saren branch of the Crimson Covenant": the head comes first
			if lowerAt(toks, best.tok-1) == "of" || (lowerAt(toks, best.tok-1) == "the" && lowerAt(toks, best.tok-2) == "of") {
				for i := range st.ms {
					cm := &st.ms[i]
					if cm.e.Type == dossier.ArmedGroup && cm.end <= best.tok && best.tok-cm.end <= 3 {
						return cm.e
					}
				}
			}
			return best.e
		case dossier.Person:
			// "Taliban spokesman Zabiullah Mojahid claimed": the person's group
			for i := range st.ms {
				cm := &st.ms[i]
				if cm.e.Type == dossier.ArmedGroup && cm.end <= best.tok && best.tok-cm.end <= 3 {
					return cm.e
				}
			}
			return nil
		case dossier.Organization:
			// "The Islamic State's Amaq News Agency claims"
			for i := range st.ms {
				cm := &st.ms[i]
				if cm.e.Type == dossier.ArmedGroup && cm.end <= best.tok && best.tok-cm.end <= 3 {
					return cm.e
				}
			}
		}
	}
	for j := max(0, t-4); j < t; j++ {
		if set1(toks[j].Lower, "it", "they", "its", "their") && salient != nil {
			return salient
		}
	}
	return nil
}

// applyRespCue gives a mention the group a cue names.
func (d *docState) applyRespCue(m *evMention, c *evCue) {
	if c.claim && c.neg {
		m.claimNeg = true
		return
	}
	if c.group == nil {
		// a state force accused: the doer when no group is named
		if c.force != "" && m.perpRank < 2 {
			m.force = c.force
		}
		m.indiv = appendAll(m.indiv, c.forceInd)
		return
	}
	rank := 2
	if c.claim {
		rank = 3
	}
	kind := c.kind
	if c.claim {
		kind = "claimed"
	} else if kind == "" {
		kind = "stated"
	}
	switch {
	case rank > m.perpRank:
		m.perp, m.perpRank, m.respKind, m.respBy = c.group, rank, kind, c.by
	case rank == m.perpRank && m.perp == c.group && m.respBy == "":
		m.respBy = c.by // a second cue that says who blames the group
	}
}

// casualties finds the killed and wounded figures of a sentence, whether it
// says no one was hurt, and whether it gives a combined figure.
func (d *docState) casualties(st *evSentence) (out []evCasualtyAt, zeroK, zeroH bool, combined *evCasualty) {
	toks := st.toks
	for _, q := range st.v.nums {
		if q.Kind == numbers.Duration && countedPeople(q.Unit) {
			q.Kind = numbers.Count // "two night watchmen"
		}
		if q.Kind != numbers.Count || q.Min == nil && q.Max == nil {
			continue
		}
		if q.Combined {
			if combined == nil {
				combined = &evCasualty{min: q.Min, max: q.Max, tok: tokenAt(st.s, q.Start)}
			}
			continue
		}
		if q.Vague {
			continue
		}
		qt, qe := tokenAt(st.s, q.Start), tokenAt(st.s, q.End)
		if lowerAt(toks, qe) == "of" || lowerAt(toks, qe) == "more" && lowerAt(toks, qe+1) == "of" {
			continue // "seven of the wounded"
		}
		if qt >= 0 && qt < len(toks) && inDate(st, qt) {
			continue // "on 3 may guerrillas killed two": a day, not a count
		}
		if set1(lowerAt(toks, qt-1), "the", "those", "these") {
			continue // "the 70 dead": the toll given before
		}
		kind, update, incl := casualtyKindAt(toks, qt, qe)
		if kind == "" {
			continue
		}
		if attackerUnit(q.Unit) {
			continue
		}
		c := evCasualtyAt{kind: kind, evCasualty: evCasualty{min: q.Min, max: q.Max, update: update, including: incl, tok: qt}}
		if incl {
			c.max = nil
		}
		c.victim = victimOf(d.src, toks, qe)
		out = append(out, c)
	}
	// one victim: "killing a police officer", "a guard was killed", "Mr
	// Kasi, who was shot dead"
	for k := 0; k+1 < len(toks); k++ {
		if !set1(toks[k].Lower, "a", "an") || !personNoun(toks, k+1) {
			continue
		}
		p := lowerAt(toks, k-1)
		one := killedBefore[p] || p == "dead" && lowerAt(toks, k-2) == "shot" || p == "down" && lowerAt(toks, k-2) == "gunned"
		kind := "killed"
		if injBefore[p] {
			one, kind = true, "injured"
		}
		if !one {
			j := k + 1
			for j < len(toks) && j < k+4 && toks[j].Kind == text.Word && !set1(toks[j].Lower, "was", "who") {
				j++
			}
			if lowerAt(toks, j) == "was" && (killedAfter[lowerAt(toks, j+1)] || lowerAt(toks, j+1) == "shot" && lowerAt(toks, j+2) == "dead") {
				one = true
			}
			if lowerAt(toks, j) == "was" && injuredAfter[lowerAt(toks, j+1)] {
				one, kind = true, "injured"
			}
		}
		if one {
			v := 1.0
			out = append(out, evCasualtyAt{kind: kind, evCasualty: evCasualty{min: &v, max: &v, tok: k}, victim: victimOf(d.src, toks, k+1)})
		}
	}
	for k := 0; k+2 < len(toks); k++ {
		l := toks[k].Lower
		if (l == "no" && set1(toks[k+1].Lower, "one", "one's")) || l == "nobody" || l == "no-one" {
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				switch toks[j].Lower {
				case "hurt", "harmed", "injured", "wounded":
					zeroH = true
					if toks[j].Lower == "hurt" || toks[j].Lower == "harmed" {
						zeroK = true
					}
				case "killed", "died":
					zeroK = true
				}
			}
		}
		if l == "no" && set1(toks[k+1].Lower, "casualties", "injuries", "deaths", "fatalities") {
			switch toks[k+1].Lower {
			case "casualties":
				zeroK, zeroH = true, true
			case "injuries":
				zeroH = true
			default:
				zeroK = true
			}
		}
	}
	return out, zeroK, zeroH, combined
}

// timeUnits are the nouns of real durations.
var timeUnits = set(`second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades`)

// countedPeople reports whether a unit the numbers package read as a
// duration counts people: "two night watchmen".
func countedPeople(unit string) bool {
	f := strings.Fields(unit)
	return len(f) >= 2 && !timeUnits[f[len(f)-1]]
}

// personNouns are singular nouns of people an attack kills or wounds.
var personNouns = set(`man woman boy girl child soldier policeman policewoman officer guard civilian student teacher
	worker journalist official lawyer judge driver passenger tourist priest imam trader farmer villager doctor nurse
	person resident worshipper pilgrim guard contractor engineer`)

// personNoun reports whether a noun of a person comes within two tokens
// after k: "a police officer", "a young man".
func personNoun(toks []text.Token, k int) bool {
	for j := k; j < len(toks) && j < k+3; j++ {
		if personNouns[toks[j].Lower] {
			return true
		}
		if toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// evCasualtyAt is a casualty figure with its kind and victims.
type evCasualtyAt struct {
	evCasualty
	kind   string // killed or injured
	victim string
}

var (
	killedAfter  = set(`killed dead died deaths perished slain murdered executed`)
	injuredAfter = set(`wounded injured hurt hospitalised hospitalized injuries`)
	killedBefore = set(`killing killed kills kill killed, leaving slaying murdered murdering massacred massacring executed executing
		assassinated slaughtered slaughtering murder murders massacre massacres slaughter assassination assassinations`)
	injBefore = set(`wounding wounded injuring injured injures wounds`)
	auxWords  = set(`were was have has had been are is reportedly reported confirmed believed feared said to be being also later now were,`)
)

// casualtyKindAt says whether the number at [qt, qe) counts the killed or
// the wounded: "12 people were killed", "killing at least 12", "the death
// toll has risen to 19", "killed ... including 13 soldiers".
func casualtyKindAt(toks []text.Token, qt, qe int) (kind string, update, including bool) {
	// after: "N people were killed", "N dead", "N others wounded"
	k := qe
	units := 0
	for k < len(toks) && units <= 4 {
		l := toks[k].Lower
		if killedAfter[l] && k > qe && activeWithObject(toks, k) {
			break // "two armed men killed three farmers": the count is of the doers
		}
		if killedAfter[l] {
			return "killed", false, false
		}
		if injuredAfter[l] {
			return "injured", false, false
		}
		if l == "lost" && lowerAt(toks, k+1) == "their" && lowerAt(toks, k+2) == "lives" {
			return "killed", false, false
		}
		if auxWords[l] {
			k++
			continue
		}
		if toks[k].Kind != text.Word || killedBefore[l] || injBefore[l] {
			break
		}
		if l == "and" {
			// "31 guards and prisoners were killed"
			if k+1 < len(toks) && toks[k+1].Kind == text.Word && !killedBefore[toks[k+1].Lower] && !injBefore[toks[k+1].Lower] &&
				!auxWords[toks[k+1].Lower] && !killedAfter[toks[k+1].Lower] && !injuredAfter[toks[k+1].Lower] && units > 0 {
				k++
				continue
			}
			break
		}
		if evNPStop[l] && l != "in" {
			break
		}
		if l == "in" {
			break
		}
		units++
		k++
	}
	// before: "killing at least 12", "wounding 7", "claimed the lives of six"
	for j := qt - 1; j >= 0 && qt-j <= 3; j-- {
		l := toks[j].Lower
		if killedBefore[l] {
			return "killed", false, false
		}
		if injBefore[l] {
			return "injured", false, false
		}
		if l == "of" && lowerAt(toks, j-1) == "lives" {
			return "killed", false, false
		}
		if l == "with" || l == "," || l == "and" {
			break
		}
	}
	// "including 13 US soldiers" after "killed"
	if lowerAt(toks, qt-1) == "including" || (lowerAt(toks, qt-1) == "them" && lowerAt(toks, qt-2) == "among") {
		for j := qt - 2; j >= 0 && qt-j <= 10; j-- {
			if killedAfter[toks[j].Lower] || killedBefore[toks[j].Lower] {
				return "killed", false, true
			}
			if injuredAfter[toks[j].Lower] || injBefore[toks[j].Lower] {
				return "injured", false, true
			}
		}
	}
	// the toll: "the death toll had risen to 195", "placed the death toll at
	// around 30", "the number of people killed ... has risen to 19"
	rise := false
	for j := qt - 1; j >= 0 && qt-j <= 4; j-- {
		if set1(toks[j].Lower, "risen", "rose", "rises", "rise", "climbed", "climbs", "increased", "jumped", "reached", "reaches", "hit") {
			rise = true
		}
	}
	reach := 14
	if rise {
		reach = 24
	}
	for j := qt - 1; j >= 0 && qt-j <= reach; j-- {
		l := toks[j].Lower
		if l == "toll" {
			if lowerAt(toks, j-1) == "injury" {
				return "injured", rise, false
			}
			if qt-j <= 4 || rise {
				return "killed", rise, false
			}
		}
		if rise && (killedAfter[l] || l == "dead") {
			return "killed", true, false
		}
		if rise && (injuredAfter[l]) {
			return "injured", true, false
		}
	}
	return "", false, false
}

// activeWithObject reports whether the verb at k, right after its
// subject, has an object that starts with a determiner, a count or a
// noun of persons: "(two armed men) killed the mayor", "killed three
// farmers", not "killed in the blast" nor "killed yesterday".
func activeWithObject(toks []text.Token, k int) bool {
	if !perpKillVerbs[toks[k].Lower] || auxWords[lowerAt(toks, k-1)] {
		return false
	}
	n := lowerAt(toks, k+1)
	return set1(n, "a", "an", "the", "his", "her", "their", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several") ||
		k+1 < len(toks) && toks[k+1].Kind == text.Number || humanNouns[n] || roleHumanNouns[n]
}

// attackerUnit reports whether a count counts attackers: "Six gunmen were
// killed" is not the toll of their attack.
func attackerUnit(unit string) bool {
	f := strings.Fields(unit)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "gunmen", "gunman", "attackers", "attacker", "assailants", "bombers", "terrorists", "suspects", "hijackers",
		"kidnappers", "militants", "insurgents", "jihadists":
		return true
	}
	return false
}

// victimEnds are words that end the victims after a count: a time phrase
// ("six peasants last february") or another noun phrase ("two labor
// leaders the front named").
var victimEnds = set(`the a an this that last next yesterday today tonight ago monday tuesday wednesday thursday friday
	saturday sunday january february march april may june july august september october november december`)

// victimOf returns the noun phrase after a casualty figure when it names
// who was hit: "13 US soldiers", "five soldiers", not "people".
func victimOf(src string, toks []text.Token, k int) string {
	if k+1 < len(toks) && set1(toks[k].Lower, "more", "other") && !set1(toks[k+1].Lower, "people", "persons") {
		k++ // "two more rebels"
	}
	s := k
	for k < len(toks) && k-s < 4 && toks[k].Kind == text.Word && !auxWords[toks[k].Lower] && !killedAfter[toks[k].Lower] &&
		!injuredAfter[toks[k].Lower] && !evNPStop[toks[k].Lower] && !killedBefore[toks[k].Lower] && !injBefore[toks[k].Lower] &&
		!(k > s && (strings.HasSuffix(toks[k].Lower, "ed") || strings.HasSuffix(toks[k].Lower, "ing"))) && !(k > s && victimEnds[toks[k].Lower]) {
		k++ // "an officer guarding the house", "men wearing uniforms"
	}
	if k == s || roleWeaponHeads[toks[k-1].Lower] {
		return "" // "hit by 12 bullets fired from"
	}
	v := src[toks[s].Start:toks[k-1].End]
	switch strings.ToLower(v) {
	case "people", "others", "other people", "persons", "more", "people,", "more people":
		return ""
	}
	return v
}

// addCasualty records a figure in a mention: the first figure of each kind
// stands unless a later one reports a rise or states the same figure
// exactly.
func (d *docState) addCasualty(m *evMention, c evCasualtyAt) {
	cc := c.evCasualty
	switch c.kind {
	case "killed":
		m.killed = pickToll(m.killed, &cc)
	case "injured":
		m.injured = pickToll(m.injured, &cc)
	}
	if c.victim != "" {
		m.victims = appendNew(m.victims, c.victim)
	}
}

// pickToll chooses between the current figure cur and a later one.
func pickToll(cur, next *evCasualty) *evCasualty {
	switch {
	case next == nil:
		return cur
	case cur == nil:
		return next
	case cur.including && !next.including:
		return next
	case next.update && next.min != nil && (cur.min == nil || *next.min > *cur.min):
		return next
	case next.min != nil && cur.min != nil && *next.min == *cur.min && cur.max == nil && next.max != nil && *next.max == *next.min:
		return next // "at least 22" and "22": the exact form
	}
	return cur
}

// conflict reports whether two mentions cannot describe one attack: their
// dates or their places disagree.
func conflict(a, b *evMention) bool {
	if a.date != nil && b.date != nil && a.date.rank >= 2 && b.date.rank >= 2 && !dateCompatible(a.date.date, b.date.date) {
		return true
	}
	pa, pb := bestPlace(a.places), bestPlace(b.places)
	if pa != nil && pb != nil && pa.attach == 2 && pb.attach == 2 && placeConflict(pa, pb) {
		return true
	}
	return false
}

// bestPlace returns the most specific, most closely attached place.
func bestPlace(ps []evPlace) *evPlace {
	var best *evPlace
	for i := range ps {
		p := &ps[i]
		if p.attach < 2 {
			continue
		}
		if best == nil || p.rank > best.rank || p.rank == best.rank && p.dist < best.dist {
			best = p
		}
	}
	return best
}

// placeConflict reports whether two places cannot be the scene of one
// attack: different countries, or towns more than 30 km apart.
func placeConflict(a, b *evPlace) bool {
	if a.country != "" && b.country != "" && a.country != b.country {
		return true
	}
	if a.rank >= 2.5 && b.rank >= 2.5 && a.hasLL && b.hasLL && !strings.EqualFold(a.name, b.name) {
		return distanceKm(a, b) > 30
	}
	return false
}

// placeSame reports whether two places are the same or one contains the
// other.
func placeSame(a, b *evPlace) bool {
	if strings.EqualFold(a.name, b.name) {
		return true
	}
	if placeConflict(a, b) {
		return false
	}
	if a.hasLL && b.hasLL && a.rank >= 2.5 && b.rank >= 2.5 {
		return true // within 30 km
	}
	// a town in a province or country named by the other
	for _, p := range [][2]*evPlace{{a, b}, {b, a}} {
		big, small := p[0], p[1]
		if big.rank == 1 && big.country != "" && big.country == small.country {
			return true
		}
		if big.rank == 1.5 && small.admin1 != "" && strings.EqualFold(small.admin1, big.name) {
			return true
		}
	}
	return false
}

func distanceKm(a, b *evPlace) float64 {
	const r = 6371.0
	la1, la2 := a.lat*math.Pi/180, b.lat*math.Pi/180
	dla := la2 - la1
	dlo := (b.lon - a.lon) * math.Pi / 180
	h := math.Sin(dla/2)*math.Sin(dla/2) + math.Cos(la1)*math.Cos(la2)*math.Sin(dlo/2)*math.Sin(dlo/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

// mergeMention folds mention b into a.
func mergeMention(a, b *evMention) {
	a.groups = append(a.groups, b.groups...)
	for k, v := range b.votes {
		a.votes[k] += v
	}
	a.gun += b.gun
	a.bomb += b.bomb
	a.mixed = a.mixed || b.mixed
	a.subs = append(a.subs, b.subs...)
	a.def = a.def && b.def
	a.demo = a.demo && b.demo
	if b.date != nil && (a.date == nil || betterDate(b.date, a.date)) {
		a.date = b.date
	}
	a.places = append(a.places, b.places...)
	a.killed = pickToll(a.killed, b.killed)
	a.injured = pickToll(a.injured, b.injured)
	if b.perpRank > a.perpRank {
		a.perp, a.perpRank, a.respKind, a.respBy = b.perp, b.perpRank, b.respKind, b.respBy
	}
	a.claimNeg = a.claimNeg || b.claimNeg
	if a.weekday == "" && weekdayExpr(b.weekday) {
		// "on monday" told by the other trigger of the sentence ("was
		// injured by a bomb on monday"); "years ago" stays with its own
		a.weekday = b.weekday
	}
	if a.force == "" {
		a.force = b.force
	}
	a.victims = appendAll(a.victims, b.victims)
	a.targets = appendAll(a.targets, b.targets)
	a.weapons = appendAll(a.weapons, b.weapons)
	a.indiv = appendAll(a.indiv, b.indiv)
	if b.lo < a.lo {
		a.lo = b.lo
	}
	if b.hi > a.hi {
		a.hi = b.hi
	}
}

// plural reports whether all the mention's triggers are plural.
func (m *evMention) plural() bool {
	for _, g := range m.groups {
		if !g.plural {
			return false
		}
	}
	return len(m.groups) > 0
}

// concrete reports whether a mention that starts a new event describes a
// concrete attack: a plural needs a date of at least month precision or a
// toll; a singular a place, such a date, or a toll.
func (d *docState) concrete(m *evMention) bool {
	hasDate := m.date != nil && m.date.date.Month != 0
	hasYear := m.date != nil && m.date.date.Year != 0
	hasPlace := bestPlace(m.places) != nil
	hasToll := m.killed != nil || m.injured != nil
	plural := true
	series := false
	counted := false
	for _, g := range m.groups {
		if !g.plural {
			plural = false
		}
		if countedGroup(d.sents[m.si].Tokens, g) {
			counted = true
		}
		if g.series {
			series = true
		}
	}
	if plural {
		return hasDate || hasToll && (hasPlace || series) || series && hasPlace && hasYear || counted && (hasPlace || len(m.targets) > 0 || d.undated())
	}
	// a story with no date of its own cannot date its attacks: a singular
	// report is concrete enough
	return hasPlace || hasDate || hasToll && hasYear || d.undated()
}

// countedGroup reports whether a plural trigger is counted: "two bombs
// exploded", "three car bombs": so many things on one occasion, not a
// kind of attack in general.
func countedGroup(toks []text.Token, g *evGroup) bool {
	for k := max(0, g.tok-2); k < g.tok; k++ {
		if toks[k].Kind == text.Number || set1(toks[k].Lower, "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twin") {
			// "at least six kidnappings", "more than 20 attacks": a tally
			return !set1(lowerAt(toks, k-1), "least", "than", "about", "some", "over", "nearly", "almost", "around", "approximately", "roughly", "to")
		}
	}
	return false
}

// undated reports whether the document carries neither a publication date
// nor a dateline, so that its attacks can be neither dated nor placed by it.
func (d *docState) undated() bool {
	return d.doc.Published == nil && d.doc.Dateline == nil
}

// assign returns the event a mention describes, or nil for a new one.
func (d *docState) assign(m *evMention, cls []*evCluster, recent *evCluster) *evCluster {
	if len(cls) == 0 {
		return nil
	}
	main := cls[0]
	if m.pseudo {
		if recent == nil || m.si-recent.last > 3 {
			return nil
		}
		if clusterConflict(recent, m) {
			return nil
		}
		return recent
	}
	// a separated mention is not the event of its own sentence
	var exclude *evCluster
	if m.separated {
		exclude = recent
		if recent == nil || recent.last != m.si {
			exclude = main
		}
		d.shiftDate(m, exclude) // dated from the event it is compared with
	}
	var best *evCluster
	bestScore := 0.0
	for i, c := range cls {
		if c == exclude || clusterConflict(c, m) {
			continue
		}
		score := evidenceScore(c, m)
		if score == 0 {
			switch {
			case m.def:
				score = 0.1
				if c == main && !m.demo {
					score = 0.5
				}
				if c == recent && m.demo {
					score = 0.6
				}
				if typeMatch(c, m) {
					score += 0.2
				}
			case d.weakAnchors(m) && c == recent && m.si-c.last <= 2:
				score = 0.6
			case clusterWeak(c) && m.si-c.last <= 2:
				score = 0.4 // the headline or a reference completed by the lead
			default:
				continue
			}
		}
		if c == recent {
			score += 0.05
		}
		score += float64(i) * 0.001
		if score > bestScore {
			best, bestScore = c, score
		}
	}
	return best
}

// clusterWeak reports whether an event has no date and no town yet.
func clusterWeak(c *evCluster) bool {
	for _, m := range c.ms {
		if m.date != nil && m.date.rank >= 2 {
			return false
		}
		if p := bestPlace(m.places); p != nil && p.rank >= 2.5 {
			return false
		}
	}
	return true
}

// weakAnchors reports whether a mention has neither a date nor a town of its
// own, so that it continues the event just described: "hostages were taken
// at the Bataclan".
func (d *docState) weakAnchors(m *evMention) bool {
	if m.date != nil && m.date.rank >= 2 {
		return false
	}
	p := bestPlace(m.places)
	return p == nil || p.rank < 2.5 || p.rank == 3 && !p.hasLL
}

// shiftDate dates a separated mention from its anchor event: "which came
// a week after gunmen raided a Veltrana guesthouse" is a week before it.
func (d *docState) shiftDate(m *evMention, anchor *evCluster) bool {
	if anchor == nil || len(m.groups) == 0 || m.date != nil && m.date.rank >= 2 {
		return false
	}
	g := m.groups[0]
	ad := clusterDate(anchor)
	if ad == nil || !ad.date.Full() {
		return false
	}
	if g.sameDay {
		// "in a gun attack earlier in the day"
		m.date = &evDate{date: ad.date, text: ad.text, rank: 2}
		return true
	}
	if g.shift == nil {
		return false
	}
	sh := g.shift.Shift
	sign := -1
	if strings.Contains(strings.ToLower(g.shift.Text), "before") {
		sign = 1
	}
	t := ad.date
	tt := time.Date(t.Year, time.Month(t.Month), t.Day, 12, 0, 0, 0, time.UTC).AddDate(sign*sh.Years, sign*sh.Months, sign*sh.Days)
	m.date = &evDate{date: dates.Date{Year: tt.Year(), Month: int(tt.Month()), Day: tt.Day()}, text: g.shift.Text, rank: 2}
	return true
}

// relativeDate dates a mention from the event just described when its
// sentence starts from it: "Hours later, gunmen shot dead a policeman",
// "Two days later, a bomb exploded".
func (d *docState) relativeDate(st *evSentence, m *evMention, recent *evCluster) {
	ad := clusterDate(recent)
	if ad == nil || !ad.date.Full() || len(m.groups) == 0 {
		return
	}
	toks := st.toks
	first := m.groups[0].tok
	for k := 0; k < first && k < 6; k++ {
		if matchWords(toks, k, w("hours later")) || matchWords(toks, k, w("minutes later")) || matchWords(toks, k, w("later that day")) ||
			matchWords(toks, k, w("earlier that day")) || matchWords(toks, k, w("that same day")) || matchWords(toks, k, w("the same day")) {
			m.date = &evDate{date: ad.date, text: ad.text, rank: 2, tok: k}
			return
		}
	}
	for _, e := range st.v.dates {
		if e.Shift == nil || tokenAt(st.s, e.Start) >= first || !strings.HasSuffix(strings.ToLower(e.Text), "later") {
			continue
		}
		sh := e.Shift
		t := ad.date
		tt := time.Date(t.Year, time.Month(t.Month), t.Day, 12, 0, 0, 0, time.UTC).AddDate(sh.Years, sh.Months, sh.Days)
		m.date = &evDate{date: dates.Date{Year: tt.Year(), Month: int(tt.Month()), Day: tt.Day()}, text: e.Text, rank: 2, tok: tokenAt(st.s, e.Start)}
		return
	}
}

// clusterConflict reports whether a mention contradicts an event.
func clusterConflict(c *evCluster, m *evMention) bool {
	for _, o := range c.ms {
		if conflict(o, m) {
			return true
		}
	}
	return false
}

// evidenceScore counts what a mention shares with an event: the same
// place, the same day.
func evidenceScore(c *evCluster, m *evMention) float64 {
	score := 0.0
	pm := bestPlace(m.places)
	samePlace, sameDate := false, false
	for _, o := range c.ms {
		if po := bestPlace(o.places); pm != nil && po != nil && placeSame(pm, po) {
			samePlace = true
		}
		if m.date != nil && o.date != nil && m.date.rank >= 2 && o.date.rank >= 2 && dateCompatible(m.date.date, o.date.date) &&
			(precision(m.date.date) >= 2 && precision(o.date.date) >= 2) {
			sameDate = true
		}
	}
	if samePlace {
		score += 2
	}
	if sameDate {
		score += 2
	}
	return score
}

// typeMatch reports whether a mention's type votes agree with an event's.
func typeMatch(c *evCluster, m *evMention) bool {
	t := mentionType(m)
	for _, o := range c.ms {
		if mentionType(o) == t {
			return true
		}
	}
	return false
}

func mentionType(m *evMention) string {
	best, bestN := "", 0
	for _, t := range []string{evKidnapping, evBombing, evArson, evRobbery, evAttack, evHostage, evOther} {
		if m.votes[t] > bestN {
			best, bestN = t, m.votes[t]
		}
	}
	return best
}

// clusterDate returns the best date of an event.
func clusterDate(c *evCluster) *evDate {
	var best *evDate
	for _, m := range c.ms {
		if m.date != nil && (best == nil || betterDate(m.date, best)) {
			best = m.date
		}
	}
	return best
}

// buildEvent writes an event from its mentions, or reports false when it
// has neither a place nor a date of at least month precision.
func (d *docState) buildEvent(c *evCluster) (dossier.Event, bool) {
	ev := dossier.Event{PerpetratorIndividuals: []string{}, Targets: []string{}, Victims: []string{}, Weapons: []string{}}
	votes := map[string]int{}
	gun, bomb := 0, 0
	mixed := false
	var subs []string
	var places []evPlace
	var killed, injured, combined *evCasualty
	zeroK, zeroH := false, false
	var perp *dossier.Entity
	perpRank := 0
	respKind, respBy := "", ""
	force := ""
	triggers := 0
	seen := map[int]bool{}
	for _, m := range c.ms {
		for k, v := range m.votes {
			votes[k] += v
		}
		gun += m.gun
		bomb += m.bomb
		mixed = mixed || m.mixed
		subs = append(subs, m.subs...)
		places = append(places, m.places...)
		killed = pickToll(killed, m.killed)
		injured = pickToll(injured, m.injured)
		if combined == nil {
			combined = m.combined
		}
		zeroK = zeroK || m.zeroKill
		zeroH = zeroH || m.zeroHurt
		if m.perpRank > perpRank {
			perp, perpRank, respKind, respBy = m.perp, m.perpRank, m.respKind, m.respBy
		} else if m.perpRank == perpRank && m.perp == perp && respBy == "" {
			respBy = m.respBy
		}
		if force == "" {
			force = m.force
		}
		if !m.pseudo {
			triggers++
		}
		ev.Victims = appendAll(ev.Victims, m.victims)
		ev.Targets = appendAll(ev.Targets, m.targets)
		for _, g := range m.groups {
			if g.forceNP[1] > 0 {
				// the patrol or the garrison struck: a target too
				ev.Targets = appendNew(ev.Targets, d.span(d.sents[m.si].Tokens, g.forceNP[0], g.forceNP[1]-1))
			}
		}
		ev.Weapons = appendAll(ev.Weapons, m.weapons)
		ev.PerpetratorIndividuals = appendAll(ev.PerpetratorIndividuals, m.indiv)
		if !seen[m.si] {
			seen[m.si] = true
			s := d.sents[m.si]
			ev.Evidence = append(ev.Evidence, dossier.Evidence{Start: s.Start, End: s.End, Text: d.src[s.Start:s.End]})
		}
	}
	if triggers == 0 {
		return ev, false
	}
	if force == "" && perpRank == 0 {
		force = c.side.force // "the village was bombed by the air force"
	}
	ev.Weapons = appendAll(ev.Weapons, c.side.weapons)
	ev.Victims = appendAll(ev.Victims, c.side.victims)
	ev.Targets = appendAll(ev.Targets, c.side.targets)
	ev.PerpetratorIndividuals = appendAll(ev.PerpetratorIndividuals, c.side.indiv)
	ev.Targets = dropBareHeads(ev.Targets)
	ev.Weapons = dropBareHeads(ev.Weapons)
	ev.PerpetratorIndividuals = dropAnaphoric(dropBareHeads(ev.PerpetratorIndividuals))
	ev.Victims = dropDoers(dropMonths(dropPartNames(ev.Victims)), ev.PerpetratorIndividuals)
	ev.Targets = physicalTargets(ev.Targets, ev.Victims)
	sort.Slice(ev.Evidence, func(a, b int) bool { return ev.Evidence[a].Start < ev.Evidence[b].Start })
	ev.Type = eventType(votes, gun, bomb, mixed)
	if sub := subtype(subs, ev.Type); sub != "" {
		ev.Subtype = &sub
	}
	if (ev.Subtype == nil || *ev.Subtype == "gun attack") && clashEvent(c) {
		// kept for analysts, told apart from attacks on civilians; an
		// ambush or a bombing keeps its more telling subtype, and the
		// force it struck is among its targets
		ev.Subtype = dossier.Str(evClash)
	}
	if dt := clusterDate(c); dt != nil {
		s := dt.date.String()
		ev.Date = &s
		txt := strings.TrimSpace(dt.text)
		ev.DateText = &txt
	} else {
		for _, m := range c.ms {
			if m.weekday != "" {
				ev.DateText = dossier.Str(m.weekday)
				break
			}
		}
	}
	// the place: the most specific, then the most named, then the first
	if p := chooseLocation(places); p != nil {
		ev.Location = dossier.Str(p.name)
		if p.country != "" {
			ev.Country = dossier.Str(p.country)
		} else {
			for _, o := range places {
				if o.rank == 1 && o.country != "" && o.attach == 2 {
					ev.Country = dossier.Str(o.country)
					break
				}
			}
			for _, o := range places {
				if o.rank == 1 && o.country != "" && ev.Country == nil {
					ev.Country = dossier.Str(o.country) // "India accused ... an attack on its parliament"
				}
			}
		}
	}
	if ev.Location == nil && d.doc.Dateline != nil {
		if pl, ok := d.ex.Places.Place(*d.doc.Dateline); ok && pl.Kind != "country" {
			ev.Location = dossier.Str(*d.doc.Dateline)
			ev.Country = dossier.Str(pl.Country)
		}
	}
	if ev.Location == nil && (ev.Date == nil || len(*ev.Date) < 7) && !d.undated() {
		return ev, false
	}
	if perp != nil {
		ev.Perpetrator = dossier.Str(perp.Name)
		ev.PerpetratorEntity = dossier.Str(perp.ID)
		ev.Claimed = perpRank == 3
		ev.Responsibility, ev.ResponsibilityBy = respKind, respBy
		if ev.Claimed {
			ev.ResponsibilityBy = ""
		}
	} else if force != "" {
		// a state force accused, which is no armed group's entity
		ev.Perpetrator = dossier.Str(force)
	}
	if killed != nil {
		ev.KilledMin, ev.KilledMax = killed.min, killed.max
	} else if zeroK {
		z := 0.0
		ev.KilledMin, ev.KilledMax = &z, &z
	}
	if injured != nil {
		ev.InjuredMin, ev.InjuredMax = injured.min, injured.max
	} else if zeroH {
		z := 0.0
		ev.InjuredMin, ev.InjuredMax = &z, &z
	}
	if combined != nil {
		ev.KilledOrInjuredMin, ev.KilledOrInjuredMax = combined.min, combined.max
	}
	return ev, true
}

// chooseLocation picks an event's place: the highest rank, then the most
// often named, then the closest to its trigger.
func chooseLocation(ps []evPlace) *evPlace {
	count := map[string]int{}
	for _, p := range ps {
		count[strings.ToLower(p.name)]++
	}
	var best *evPlace
	for i := range ps {
		p := &ps[i]
		if p.attach < 2 {
			continue
		}
		if best == nil || p.rank > best.rank {
			best = p
			continue
		}
		if p.rank < best.rank {
			continue
		}
		cp, cb := count[strings.ToLower(p.name)], count[strings.ToLower(best.name)]
		if cp > cb || cp == cb && p.dist < best.dist {
			best = p
		}
	}
	return best
}

// eventType decides the type from the votes: a mix of shooting and
// bombing ("shootings and explosions", or as many shooting words as
// bombing ones) is an attack; otherwise the strongest specific kind.
func eventType(votes map[string]int, gun, bomb int, mixed bool) string {
	if votes[evKidnapping] >= 3 && votes[evKidnapping] >= votes[evBombing] {
		return evKidnapping
	}
	if votes[evRobbery] >= 3 && votes[evRobbery] >= votes[evBombing] {
		return evRobbery
	}
	if votes[evArson] >= 2 && votes[evArson] > votes[evBombing] && votes[evArson]+1 >= votes[evAttack] && gun < 2 {
		return evArson
	}
	if votes[evBombing] > 0 && (mixed || bomb > 0 && gun >= bomb) {
		return evAttack
	}
	if votes[evBombing] > votes[evAttack] || votes[evBombing] > 0 && votes[evBombing] >= votes[evAttack] {
		return evBombing
	}
	if votes[evAttack] > 0 {
		return evAttack
	}
	if votes[evHostage] > 0 {
		return evHostage
	}
	if votes[evOther] > 0 {
		return evOther
	}
	return evAttack
}

// subtypePriority orders subtypes from the most to the least telling.
var subtypePriority = []string{"suicide bombing", "car bomb", "truck bomb", "roadside bomb", "IED", "grenade attack",
	"ambush", "assassination attempt", "assassination", "stabbing", "hijacking", "gun attack", "hostage-taking"}

// subtype returns the most telling subtype that fits the type.
func subtype(subs []string, typ string) string {
	has := map[string]bool{}
	for _, s := range subs {
		has[s] = true
	}
	for _, s := range subtypePriority {
		if !has[s] {
			continue
		}
		switch typ {
		case evBombing:
			if s == "gun attack" || s == "ambush" || s == "stabbing" {
				continue
			}
		case evAttack:
			if s == "suicide bombing" || s == "car bomb" || s == "truck bomb" || s == "roadside bomb" || s == "IED" || s == "grenade attack" {
				continue
			}
		default:
			continue
		}
		return s
	}
	return ""
}

// weekdayExpr reports whether a date expression names a day of the week
// ("on Thursday", "Friday night").
func weekdayExpr(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		switch strings.Trim(w, ".,'’s") {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		}
	}
	return false
}

// ceaseWords are the verbs that end a practice: a deed said after them
// ("stopped bombing pipelines", "will cease attacking the power grid")
// is one no longer done, not an attack that took place.
var ceaseWords = set(`stop stops stopped stopping cease ceases ceased ceasing halt halts halted halting quit quits
	suspend suspends suspended suspending renounce renounces renounced abandon abandons abandoned`)

// ceasedAt reports whether the trigger at t is the -ing form of a deed
// after a verb of ending it, an adverb between allowed: "ceased bombing",
// "decided to stop sabotaging", "has now halted attacking".
func ceasedAt(toks []text.Token, t int) bool {
	if !strings.HasSuffix(lowerAt(toks, t), "ing") {
		return false
	}
	k := t - 1
	if k >= 0 && (strings.HasSuffix(toks[k].Lower, "ly") || set1(toks[k].Lower, "all", "its", "their", "the")) {
		k--
	}
	return k >= 0 && ceaseWords[toks[k].Lower]
}

// evTalkWords tell of peace talks: a group named with them is a party to
// talks in the story.
var evTalkWords = set(`dialogue dialog talks negotiation negotiations negotiate negotiated negotiating negotiator
	negotiators peace truce ceasefire cease-fire`)

// groupInTalks reports whether a sentence that names group g tells of
// talks or peace: "the government and the x front resumed their
// dialogue". Such a story is about the group's politics, so an attack it
// tells of without naming a doer is not the group's for being near it.
func groupInTalks(sents []text.Sentence, bySent [][]claimMention, g *dossier.Entity) bool {
	for si, cms := range bySent {
		for _, cm := range cms {
			if cm.e.ID == g.ID {
				if anyWord(sents[si].Tokens, evTalkWords) {
					return true
				}
				break
			}
		}
	}
	return false
}

// woundVerbs are the verbs of wounding of evWoundLexiconText.
var woundVerbs = set(`wounded injured wounding injuring`)

// woundWeapons are the weapons whose wounds tell of an attack: "injured
// with a machete", "wounded by a grenade".
var woundWeapons = set(`machete machetes knife knives rifle rifles pistol pistols revolver revolvers submachinegun
	machinegun machineguns gun guns grenade grenades bomb bombs explosive explosives dynamite`)

// woundProjectiles are what flies in any exchange of fire: wounded "by"
// them tells no doer ("wounded by a bullet in the chest", "injured by
// gunfire" in crossfire), while wounded "with" them tells the doer's
// weapon ("wounded him with a pistol shot").
var woundProjectiles = set(`gunfire gunshot gunshots shots shot bullet bullets shrapnel`)

// woundFits reports whether the verb of wounding at t tells of an attack:
// an attacker wounded ("gunmen wounded a judge", "was wounded by
// guerrillas") or a weapon did ("was injured by a grenade", "wounded with
// a machete"). A wounding in an accident, a clash or a disaster is none,
// nor is a wounding without a doer ("the wounded were taken to hospital",
// "wounded by a stray bullet").
func (d *docState) woundFits(st *evSentence, t int) bool {
	toks := st.toks
	if nonAttackSentence(toks) {
		return false
	}
	if d.attackerSubject(st, t) {
		return true
	}
	return weaponAgent(toks, t)
}

// weaponAgent reports whether "by" or "with" after the verb at v, within
// four tokens and the clause, introduces a weapon within three more: "was
// wounded by a grenade", "injured last night with a knife", "wounded with
// two shots" (not "wounded by a bullet": see woundProjectiles).
func weaponAgent(toks []text.Token, v int) bool {
	for k := v + 1; k < len(toks) && k <= v+4; k++ {
		l := toks[k].Lower
		if l == "by" || l == "with" {
			for j := k + 1; j < len(toks) && j <= k+3; j++ {
				if woundWeapons[toks[j].Lower] || l == "with" && woundProjectiles[toks[j].Lower] {
					return true
				}
				if toks[j].Kind == text.Punct {
					return false
				}
			}
			return false
		}
		if toks[k].Kind == text.Punct {
			return false
		}
	}
	return false
}
