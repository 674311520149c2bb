package extract

import (
	"fmt"
	"strings"

	"dossier"
	"dossier/numbers"
	"dossier/text"
)

// Claim predicates of the extract contract.
const (
	PredLeader      = "leader"
	PredStrength    = "strength"
	PredFounded     = "founded"
	PredAffiliated  = "affiliated_with"
	PredRival       = "rival_of"
	PredOperatesIn  = "operates_in"
	PredControls    = "controls"
	PredFormedFrom  = "formed_from"
	PredAttackCount = "attack_count"
	PredTargets     = "targets"
	PredRanking     = "ranking"
)

// cue is a phrase that signals a predicate.
type cue struct {
	words []string
	pred  string
	// object says where the value is: "after" (first fitting mention after
	// the cue), "before" (a person before the cue, the group after it).
	object string
}

// cues, longest first within a predicate.
var cues = []cue{
	{w("led by"), PredLeader, "after"},
	{w("led"), PredLeader, "before"},
	{w("passed to"), PredLeader, "after"},
	{w("passed on to"), PredLeader, "after"},
	{w("headed by"), PredLeader, "after"},
	{w("commanded by"), PredLeader, "after"},
	{w("under the leadership of"), PredLeader, "after"},
	{w("leader of"), PredLeader, "before"},
	{w("head of"), PredLeader, "before"},
	{w("chief of"), PredLeader, "before"},
	{w("emir of"), PredLeader, "before"},
	{w("commander of"), PredLeader, "before"},
	{w("leads"), PredLeader, "before"},
	{w("heads"), PredLeader, "before"},
	{w("commander of"), PredLeader, "before"},
	{w("taken over"), PredLeader, "before"},
	{w("in command"), PredLeader, "before"},
	{w("in charge"), PredLeader, "before"},
	{w("commands"), PredLeader, "before"},
	{w("took over"), PredLeader, "before"},
	{w("leader"), PredLeader, "own"},
	{w("chief"), PredLeader, "own"},
	{w("emir"), PredLeader, "own"},
	{w("commander"), PredLeader, "own"},

	{w("affiliated to"), PredAffiliated, "after"},
	{w("affiliated with"), PredAffiliated, "after"},
	{w("an affiliate of"), PredAffiliated, "after"},
	{w("affiliate of"), PredAffiliated, "after"},
	{w("branch of"), PredAffiliated, "after"},
	{w("franchise of"), PredAffiliated, "after"},
	{w("offshoot of"), PredAffiliated, "after"},
	{w("faction of"), PredAffiliated, "after"},
	{w("splinter group of"), PredAffiliated, "after"},
	{w("wing of"), PredAffiliated, "after"},
	{w("front for"), PredAffiliated, "after"},
	{w("linked to"), PredAffiliated, "after"},
	{w("links to"), PredAffiliated, "after"},
	{w("links with"), PredAffiliated, "after"},
	{w("ties to"), PredAffiliated, "after"},
	{w("ties with"), PredAffiliated, "after"},
	{w("loyal to"), PredAffiliated, "after"},
	{w("loyalty to"), PredAffiliated, "after"},
	{w("allegiance to"), PredAffiliated, "after"},
	{w("allied with"), PredAffiliated, "after"},
	{w("ally of"), PredAffiliated, "after"},
	{w("aligned with"), PredAffiliated, "after"},
	{w("working relationship with"), PredAffiliated, "after"},
	{w("recognized by"), PredAffiliated, "after"},
	{w("recognised by"), PredAffiliated, "after"},

	{w("formed from"), PredFormedFrom, "after"},
	{w("former members of"), PredFormedFrom, "after"},
	{w("elements of"), PredFormedFrom, "after"},
	{w("grew out of"), PredFormedFrom, "after"},
	{w("broke away from"), PredFormedFrom, "after"},
	{w("split from"), PredFormedFrom, "after"},
	{w("splintered from"), PredFormedFrom, "after"},
	{w("emerged from"), PredFormedFrom, "after"},
	{w("successor to"), PredFormedFrom, "after"},
	{w("successor of"), PredFormedFrom, "after"},

	{w("arch rivals"), PredRival, "any"},
	{w("arch-rivals"), PredRival, "any"},
	{w("rivals"), PredRival, "any"},
	{w("rival"), PredRival, "any"},
	{w("rivalry with"), PredRival, "after"},
	{w("confrontations with"), PredRival, "after"},
	{w("clashes with"), PredRival, "after"},
	{w("clashed with"), PredRival, "after"},
	{w("at war with"), PredRival, "after"},
	{w("fought"), PredRival, "after"},
	{w("fighting"), PredRival, "after"},
	{w("enemy of"), PredRival, "after"},

	// Control of territory is reported as operates_in, as the news
	// annotation rules do ("controls territory in" is operates_in).
	{w("in control of"), PredControls, "phrase"},
	{w("control of"), PredControls, "phrase"},
	{w("controls"), PredControls, "phrase"},
	{w("controlled"), PredControls, "phrase"},
	{w("controlling"), PredControls, "phrase"},

	{w("targets include"), PredTargets, "phrase"},
	{w("targets included"), PredTargets, "phrase"},
	{w("targets are"), PredTargets, "phrase"},
	{w("targets have included"), PredTargets, "phrase"},
	{w("especially targeted"), PredTargets, "phrase"},
	{w("has targeted"), PredTargets, "phrase"},
	{w("have targeted"), PredTargets, "phrase"},
	{w("mainly targets"), PredTargets, "phrase"},
	{w("typically targets"), PredTargets, "phrase"},
	{w("often targets"), PredTargets, "phrase"},

	{w("one of the"), PredRanking, "phrase"},
	{w("ranked"), PredRanking, "phrase"},

	{w("based in"), PredOperatesIn, "place"},
	{w("operates in"), PredOperatesIn, "place"},
	{w("operated in"), PredOperatesIn, "place"},
	{w("operates across"), PredOperatesIn, "place"},
	{w("operating across"), PredOperatesIn, "place"},
	{w("active across"), PredOperatesIn, "place"},
	{w("operating in"), PredOperatesIn, "place"},
	{w("operate in"), PredOperatesIn, "place"},
	{w("active in"), PredOperatesIn, "place"},
	{w("presence in"), PredOperatesIn, "place"},
	{w("presence to"), PredOperatesIn, "place"},
	{w("stronghold"), PredOperatesIn, "place"},
	{w("strongholds"), PredOperatesIn, "place"},
	{w("front in"), PredOperatesIn, "place"},
	{w("spread"), PredOperatesIn, "place"},
	{w("expanded into"), PredOperatesIn, "place"},
	{w("expanding into"), PredOperatesIn, "place"},
	{w("pushed into"), PredOperatesIn, "place"},
	{w("spread to"), PredOperatesIn, "place"},
	{w("spread into"), PredOperatesIn, "place"},
	{w("cells in"), PredOperatesIn, "place"},
	{w("sleeper cells"), PredOperatesIn, "place"},
	{w("appeared in"), PredOperatesIn, "place"},
	{w("hideouts in"), PredOperatesIn, "place"},
	{w("safe haven in"), PredOperatesIn, "place"},
	{w("sanctuary in"), PredOperatesIn, "place"},
	{w("sanctuaries in"), PredOperatesIn, "place"},
	{w("insurgency in"), PredOperatesIn, "place"},
}

func w(s string) []string { return strings.Fields(s) }

// cuesByFirst indexes the cues by their first word, in their order.
var cuesByFirst = func() map[string][]cue {
	m := map[string][]cue{}
	for _, c := range cues {
		m[c.words[0]] = append(m[c.words[0]], c)
	}
	return m
}()

// strengthUnits are the nouns a group's size is counted in.
var strengthUnits = set(`fighters fighter members militants men combatants insurgents guerrillas guerillas recruits cadres
	jihadists followers operatives`)

// foundingVerbs announce a founding date.
var foundingVerbs = set(`founded co-founded formed established created launched emerged appeared inception founding formation creation`)

// attackUnits are the nouns an attack count is counted in.
var attackUnits = set(`attacks attack bombings operations raids assaults ambushes incidents strikes kidnappings abductions
	assassinations shootings`)

// hedgeWords give a claim's hedge.
var hedgeWords = map[string]string{
	"believed": "believed", "believe": "believed", "believes": "believed", "thought": "believed", "suspected": "believed",
	"suspect": "believed", "likely": "believed", "probably": "believed", "possibly": "believed", "may": "believed",
	"estimated": "estimated", "estimate": "estimated", "estimates": "estimated", "approximately": "estimated", "roughly": "estimated",
	"reportedly": "reported", "reported": "reported", "according": "reported", "said": "reported", "says": "reported",
	"say": "reported", "indicate": "reported", "indicates": "reported", "told": "reported", "per": "reported",
	"states": "reported", "stated": "reported",
	"denied": "disputed", "denies": "disputed", "disputed": "disputed", "disputes": "disputed", "rejected": "disputed",
}

// sourceVerbs follow the one a statement is attributed to.
var sourceVerbs = set(`said says say told believe believes believed estimate estimates estimated reported reports report
	claimed claims claim indicate indicates indicated stated states warned noted added expects expected assessed assesses
	found concluded wrote writes suggested suggest suggests insisted confirmed put puts recorded counted names maintains maintained`)

// claimMention is a mention of a sentence with the entity it belongs to.
type claimMention struct {
	i   int // index into d.ms
	m   *mention
	e   *dossier.Entity
	tok int // first token
	end int // token after the last
}

// claims extracts attributed claims about the document's groups.
func (d *docState) claims(x *dossier.Extraction) {
	seen := map[string]int{}
	add := func(c dossier.Claim) {
		k := c.Subject + "|" + c.Predicate + "|" + dossier.Deref(c.Value) + "|" + fmtRange(c.Min, c.Max)
		if i, ok := seen[k]; ok {
			// the same claim said again with a source: the cited form
			// tells more than the bare one
			if x.Claims[i].Source == nil && c.Source != nil {
				x.Claims[i] = c
			}
			return
		}
		seen[k] = len(x.Claims)
		x.Claims = append(x.Claims, c)
	}
	bySent := make([][]claimMention, len(d.sents))
	for i, m := range d.ms {
		e := d.entityOf(i)
		if e == nil || m.name == "" {
			continue
		}
		s := &d.sents[m.sent]
		cm := claimMention{i: i, m: m, e: e, tok: tokenAt(s, m.start), end: tokenAt(s, m.end)}
		bySent[m.sent] = append(bySent[m.sent], cm)
	}
	salient := d.salientGroup(x)
	var prevSrc, lastNamed, lastReport *string
	var prevSubj, topic *dossier.Entity
	for si := range d.sents {
		s := &d.sents[si]
		ms := bySent[si]
		ev := dossier.Evidence{Start: s.Start, End: s.End, Text: d.src[s.Start:s.End]}
		// each clause of a sentence split by semicolons cites its own
		// source: "The ministry put it at 600; X said it was larger."
		var ats []attrib
		lo := 0
		for k, tk := range s.Tokens {
			if tk.Text == ";" || k == len(s.Tokens)-1 {
				at := d.attribution(s, ms, x, lastNamed, lastReport, lo, k+1)
				if at.src != nil && at.named {
					lastNamed = at.src
					if at.report {
						lastReport = at.src
					}
				}
				ats = append(ats, at)
				lo = k + 1
			}
		}
		if len(ats) == 0 {
			ats = append(ats, attrib{hedge: "stated", to: len(s.Tokens)})
		}
		// attribution carried over to a sentence that continues the cited
		// one: "This represents ...", "The report also ..."
		if ats[0].src == nil && prevSrc != nil && continues(s.Tokens) {
			ats[0] = attrib{src: prevSrc, hedge: hedgeOr(ats[0].hedge, "reported"), from: 0, to: ats[0].to}
		}
		prevSrc = ats[len(ats)-1].src
		// the group a sentence is about when it names none: "It has ..."
		// is about the subject of the sentence before, else the group the
		// document is about
		implicit := salient
		if topic != nil {
			implicit = topic
		}
		if prevSubj != nil && pronounSubject(s.Tokens) {
			implicit = prevSubj
		}
		// a question heading an explainer's section ("Who leads the
		// Covenant now?") states nothing, but names the group the answer
		// is about
		if n := len(s.Tokens); n > 0 && s.Tokens[n-1].Text == "?" {
			// "Is it linked to X?" asks about the group before
			if askedOfPronoun(s.Tokens) {
				continue
			}
			topic = nil
			for _, cm := range ms {
				if cm.e.Type == dossier.ArmedGroup {
					topic = cm.e
					break
				}
			}
			prevSubj = topic
			continue
		}
		if len(ms) > 0 {
			prevSubj = nil
			for _, cm := range ms {
				if cm.e.Type == dossier.ArmedGroup {
					prevSubj = cm.e
					break
				}
			}
		} else if !pronounSubject(s.Tokens) {
			prevSubj = nil
		}
		toks := s.Tokens
		base := func(subj *dossier.Entity, pred string, tok int, modifier bool) dossier.Claim {
			at := ats[0]
			for _, a := range ats {
				if a.lo <= tok && tok < a.hi {
					at = a
				}
			}
			src, h := at.src, at.hedge
			// a claim outside the cited words, in an apposition ("X, an
			// affiliate of Y, said ...") or in a modifier ("the Y-linked
			// X") is the article's own description
			if src != nil && (tok < at.from || tok >= at.to || appositive(toks, ms, tok) > at.from || modifier && at.from == 0) {
				src = nil
				if h == "reported" {
					h = "stated"
				}
			}
			if src != nil && *src == subj.Name && h == "reported" {
				h = "claimed"
			}
			return dossier.Claim{Subject: subj.Name, SubjectEntity: subj.ID, Predicate: pred, Source: src, Hedge: h, Evidence: ev}
		}
		for t := 0; t < len(toks); t++ {
			for _, c := range cuesByFirst[toks[t].Lower] {
				if !matchWords(toks, t, c.words) {
					continue
				}
				end := t + len(c.words)
				d.applyCue(c, s, ms, t, end, implicit, base, add)
				break
			}
		}
		d.compoundClaims(s, ms, implicit, base, add)
		d.numberClaims(s, ms, implicit, base, add)
		d.foundedClaims(s, ms, implicit, base, add)
	}
	// a branch named after its parent is affiliated with it: "Crimson
	// Covenant – Saren Province" and "Crimson Covenant"
	for i := range x.Entities {
		e := &x.Entities[i]
		for _, r := range e.Relations {
			if r.Predicate != "parent" {
				continue
			}
			v := r.Object
			add(dossier.Claim{Subject: e.Name, SubjectEntity: e.ID, Predicate: PredAffiliated, Value: &v, Hedge: "stated", Evidence: r.Evidence})
		}
	}
	x.Claims = dropContained(x.Claims)
}

// branchOfEntity reports whether entity a is a branch of entity b.
func branchOfEntity(a, b *dossier.Entity) bool {
	for _, r := range a.Relations {
		if r.Predicate == "parent" && r.ObjectID == b.ID {
			return true
		}
	}
	return false
}

// dropContained removes a text claim whose value is contained in another
// claim's value of the same subject and predicate ("2009" beside "January
// 2009"), keeping the more precise one.
func dropContained(cs []dossier.Claim) []dossier.Claim {
	out := cs[:0]
	for i, c := range cs {
		drop := false
		if c.Value != nil && c.Min == nil && c.Max == nil {
			for j, o := range cs {
				if i == j || o.Subject != c.Subject || o.Predicate != c.Predicate || o.Value == nil || o.Min != nil {
					continue
				}
				if len(*o.Value) > len(*c.Value) && strings.Contains(*o.Value, *c.Value) {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, c)
		}
	}
	return out
}

// listed reports whether tokens [a, b) only join two names of a list: ",
// and the".
func listed(toks []text.Token, a, b int) bool {
	if b <= a || b-a > 3 {
		return false
	}
	for k := a; k < b; k++ {
		switch toks[k].Lower {
		case ",", "and", "or", "the", "as", "well":
		default:
			return false
		}
	}
	return true
}

// pronounSubject reports whether a sentence's subject is a pronoun: "It
// grew out of ...", "Now a Taliban affiliate, it is blamed ...".
func pronounSubject(toks []text.Token) bool {
	for k := 0; k < len(toks) && k < 12; k++ {
		l := toks[k].Lower
		if (l == "it" || l == "its" || l == "they" || l == "their") && (k == 0 || toks[k-1].Text == ",") {
			return true
		}
		if k > 0 && toks[k].Kind == text.Word && namey(toks[k]) {
			return false
		}
	}
	return false
}

// askedOfPronoun reports whether a question asks about a pronoun: "Is it
// linked to X?", "Who leads it?", "How strong are they?".
func askedOfPronoun(toks []text.Token) bool {
	for k := 0; k < len(toks) && k < 4; k++ {
		if l := toks[k].Lower; l == "it" || l == "they" || l == "its" || l == "their" {
			return true
		}
	}
	return false
}

// continues reports whether a sentence opens by pointing back to the one
// before: "This represents", "It also found", "The report says".
func continues(toks []text.Token) bool {
	if len(toks) < 2 {
		return false
	}
	switch toks[0].Lower {
	case "this", "these", "that", "such":
		return true
	case "it", "they":
		return toks[1].Lower == "also" || toks[1].Lower == "added" || toks[1].Lower == "further"
	case "the":
		return toks[1].Lower == "report" || toks[1].Lower == "assessment" || toks[1].Lower == "study" || toks[1].Lower == "same"
	}
	return false
}

// matchWords reports whether toks[t:] starts with the lower-case words.
func matchWords(toks []text.Token, t int, words []string) bool {
	if t+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[t+k].Lower != w {
			return false
		}
	}
	return true
}

func fmtRange(a, b *float64) string {
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	return f(a) + ".." + f(b)
}

// salientGroup returns the group the document is most about.
func (d *docState) salientGroup(x *dossier.Extraction) *dossier.Entity {
	var best *dossier.Entity
	bestN := 0
	for i := range x.Entities {
		e := &x.Entities[i]
		if e.Type != dossier.ArmedGroup {
			continue
		}
		n := len(e.Mentions)
		for _, m := range e.Mentions {
			if m.Sentence <= 1 {
				n += 2
			}
		}
		if n > bestN {
			best, bestN = e, n
		}
	}
	return best
}

// nameBefore returns a run of two or three capitalised words ending at most
// four tokens before t ("Anselm Dravik is the leader of") that is no
// entity of another kind.
func nameBefore(src string, toks []text.Token, ms []claimMention, t int) string {
	for e := t; e > 0 && e >= t-4; e-- {
		k := e - 1
		if !namey(toks[k]) {
			if toks[k].Kind == text.Punct && toks[k].Text != "," {
				return ""
			}
			continue
		}
		b := k
		for b > 0 && k-b < 2 && namey(toks[b-1]) {
			b--
		}
		if k-b < 1 {
			return ""
		}
		for _, cm := range ms {
			if cm.tok <= k && b < cm.end {
				return ""
			}
		}
		for x := b; x <= k; x++ {
			if commonWords[toks[x].Lower] || leadTrim[toks[x].Lower] {
				return ""
			}
		}
		return src[toks[b].Start:toks[k].End]
	}
	return ""
}

// adjectivalNouns follow a place name used as an adjective: "US
// intelligence officials", "Afghan forces".
var adjectivalNouns = set(`officials official forces troops military government intelligence authorities soldiers drone drones
	embassy army police envoy president officers diplomats citizens nationals security administration media
	prosecutors court courts special defence defense interior foreign`)

// groupNounWithin reports whether a noun for armed groups stands in
// tokens [a, b): a ranking ranks groups, not "priorities".
func groupNounWithin(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		switch toks[k].Lower {
		case "groups", "organizations", "organisations", "factions", "networks", "movements", "militias", "outfits", "insurgencies", "affiliates", "branches", "group", "organization", "organisation":
			return true
		}
	}
	return false
}

// rankingWords reports whether a superlative stands in tokens [a, b).
func rankingWords(toks []text.Token, a, b int) bool {
	for k := a; k < b; k++ {
		l := toks[k].Lower
		if strings.HasSuffix(l, "iest") || strings.HasSuffix(l, "est") && len(l) > 5 || l == "most" || l == "top" || l == "ranked" {
			return true
		}
	}
	return false
}

// commandBefore reports whether command or leadership is what passed: "day-
// to-day command has passed to".
func commandBefore(toks []text.Token, t int) bool {
	for k := max(0, t-4); k < t; k++ {
		switch toks[k].Lower {
		case "command", "leadership", "control", "helm":
			return true
		}
	}
	return false
}

// bareName returns a capitalised name of one or two words starting within
// four tokens after t that is no entity of another kind: "his son
// Sirajuddin".
func bareName(src string, toks []text.Token, ms []claimMention, t int) string {
	for k := t; k < len(toks) && k < t+4; k++ {
		tk := toks[k]
		if tk.Kind == text.Punct {
			// "passed to his nephew, Dario Grell"
			if tk.Text == "," && k > t && k+1 < len(toks) && namey(toks[k+1]) {
				continue
			}
			return ""
		}
		if !namey(tk) || commonWords[tk.Lower] || leadTrim[tk.Lower] {
			continue
		}
		for _, cm := range ms {
			if cm.tok <= k && k < cm.end {
				return ""
			}
		}
		e := k + 1
		if e < len(toks) && namey(toks[e]) {
			e++
		}
		return src[tk.Start:toks[e-1].End]
	}
	return ""
}

// branchFor returns the group a mention stands for: "the ISIS branch in
// the region" is the branch the text is about, not ISIS itself.
func branchFor(ms []claimMention, g *claimMention, toks []text.Token, implicit *dossier.Entity) *dossier.Entity {
	k := g.end
	for k < len(toks) && isQuote(toks[k].Text) {
		k++
	}
	if k < len(toks) && branchWords[toks[k].Lower] && implicit != nil && implicit != g.e {
		return implicit
	}
	return g.e
}

// possessed returns the group a possessive group mention names: "the
// Crimson Covenant's Saren branch" is the branch, "the movement's largest
// branch, Crimson Covenant – Saren Province" the branch named after it. It
// returns g itself when g is no possessive.
func possessed(ms []claimMention, g *claimMention, toks []text.Token) *claimMention {
	k := g.end
	if !(k+1 < len(toks) && (toks[k].Text == "'" || toks[k].Text == "’") && toks[k+1].Lower == "s") {
		return g
	}
	k += 2
	for j := range ms {
		o := &ms[j]
		if o.e.Type != dossier.ArmedGroup || o.e == g.e || o.tok < k {
			continue
		}
		if o.tok == k {
			return o
		}
		// "'s largest branch, X": a branch noun and an apposition
		br := false
		for x := k; x < o.tok && x < k+4; x++ {
			if branchWords[toks[x].Lower] && x+1 < len(toks) && toks[x+1].Text == "," && o.tok == x+2 {
				br = true
			}
		}
		if br {
			return o
		}
		break
	}
	return g
}

// writtenName is the name a claim's value gives a group: the full name as
// the sentence writes it, so a former name stays the former name ("split
// from the Vael Popular Resistance"), else the entity's name (for an
// acronym, a one-word short form or a referring expression).
func writtenName(cm *claimMention) string {
	if cm.m == nil || cm.m.ref || cm.m.name == "" || shortForm(cm.m.name) || !strings.Contains(cm.m.name, " ") {
		return cm.e.Name
	}
	return cm.m.name
}

// groupBefore returns the nearest armed group mention ending before token
// t, or nil.
func groupBefore(ms []claimMention, t int) *claimMention {
	var best *claimMention
	for k := range ms {
		cm := &ms[k]
		if cm.e.Type == dossier.ArmedGroup && cm.end <= t {
			best = cm
		}
	}
	return best
}

// firstAfter returns the first mention of one of the types starting at or
// after token t, within limit tokens, or nil.
func firstAfter(ms []claimMention, t, limit int, types ...dossier.EntityType) *claimMention {
	for k := range ms {
		cm := &ms[k]
		if cm.tok >= t && cm.tok < t+limit {
			for _, ty := range types {
				if cm.e.Type == ty {
					return cm
				}
			}
		}
	}
	return nil
}

// clauseEnd returns the token index where the clause that starts at t ends.
func clauseEnd(toks []text.Token, t int) int {
	for k := t; k < len(toks); k++ {
		switch toks[k].Lower {
		case ";", ".", "which", "who", "while", "but", "whereas", "although":
			return k
		}
	}
	return len(toks)
}

// applyCue makes the claims one cue gives in a sentence.
func (d *docState) applyCue(c cue, s *text.Sentence, ms []claimMention, t, end int, implicit *dossier.Entity,
	base baseFunc, add func(dossier.Claim)) {
	toks := s.Tokens
	// the subject: a group right before the cue ("X controls"), else the
	// first group of the sentence ("X, which ..., fought Y"), else the group
	// the text is about
	subjectBefore := func() *dossier.Entity {
		if g := groupBefore(ms, t); g != nil && t-g.end <= 3 {
			return branchFor(ms, g, toks, implicit)
		}
		for k := range ms {
			if ms[k].e.Type == dossier.ArmedGroup && ms[k].end <= t {
				return branchFor(ms, &ms[k], toks, implicit)
			}
		}
		return implicit
	}
	switch c.pred {
	case PredLeader:
		// deputies and spokesmen are not leaders
		if t > 0 && (toks[t-1].Lower == "deputy" || toks[t-1].Lower == "vice" || toks[t-1].Lower == "assistant" || toks[t-1].Lower == "former") {
			return
		}
		var person, group *claimMention
		// leaderNamed adds a leader claim for a name no entity holds
		leaderNamed := func(v string, group *claimMention) {
			subj := implicit
			if group != nil {
				subj = branchFor(ms, group, toks, implicit)
			}
			if v == "" || subj == nil {
				return
			}
			cl := base(subj, PredLeader, t, false)
			cl.Value = &v
			add(cl)
		}
		// "command has passed to X": only command or leadership passes
		if c.words[0] == "passed" && !commandBefore(toks, t) {
			return
		}
		// "took over several villages" is control of land, not of a group
		if (c.words[0] == "took" || c.words[0] == "taken") && d.territory(toks, ms, t+1, end) != "" {
			// the group (or its fighters) right before, not a relative
			// clause on someone else: "militants who have taken over"
			var subj *dossier.Entity
			if g := groupBefore(ms, t); g != nil && t-g.end <= 6 {
				subj = g.e
				for k := g.end; k < t; k++ {
					if l := toks[k].Lower; l == "who" || l == "which" || l == "that" || toks[k].Text == "," {
						subj = nil
					}
				}
			}
			v := d.territory(toks, ms, t+1, end)
			if subj != nil {
				cl := base(subj, PredControls, t, false)
				cl.Value = &v
				add(cl)
			}
			return
		}
		switch c.object {
		case "after":
			person = firstAfter(ms, end, 6, dossier.Person)
			if g := groupBefore(ms, t); g != nil {
				group = g
			}
			if person == nil {
				// a single name: "led by his son Sirajuddin"
				leaderNamed(bareName(d.src, toks, ms, end), group)
				return
			}
			// "Boko Haram leader Abubakar Shekau", "the group's leader, X"
		case "before":
			for k := range ms {
				if ms[k].e.Type == dossier.Person && ms[k].end <= t && t-ms[k].end <= 6 {
					person = &ms[k]
				}
			}
			group = firstAfter(ms, end, 10, dossier.ArmedGroup)
			if group != nil {
				group = possessed(ms, group, toks)
			}
			if group == nil && person != nil {
				// "the movement's founder, X, is still in charge"
				for k := range ms {
					g := &ms[k]
					if g.e.Type == dossier.ArmedGroup && g.end <= person.tok && person.tok-g.end <= 5 && g.end+1 < len(toks) && isQuote(toks[g.end].Text) && toks[g.end+1].Lower == "s" {
						group = g
					}
				}
			}
			if c.words[0] == "led" && group == nil {
				// "X led the attack": only leading a group makes a leader
				return
			}
			if person == nil {
				// "Anselm Dravik is the leader of": a name no rule typed
				leaderNamed(nameBefore(d.src, toks, ms, t), group)
				return
			}
		case "own":
			// "Boko Haram leader Abubakar Shekau", "its commander, X",
			// "Hana Veyle, the VPLA's commander": the group (or its
			// pronoun) owns the title right before it
			owner := -1
			for k := t - 1; k >= 0 && k >= t-3; k-- {
				l := toks[k].Lower
				if l == "its" || l == "their" {
					owner = k
					break
				}
				for j := range ms {
					if ms[j].e.Type == dossier.ArmedGroup && ms[j].end == k+1 {
						owner = k
						group = &ms[j]
					}
				}
				if owner >= 0 {
					break
				}
				if toks[k].Kind == text.Punct && !isQuote(toks[k].Text) && toks[k].Lower != "s" {
					break
				}
			}
			if owner < 0 {
				return
			}
			lim := 4
			// "Its leader is believed to be X"
			for k := end; k < len(toks) && k < end+5; k++ {
				if toks[k].Lower == "be" {
					lim = k - end + 2
				}
			}
			person = firstAfter(ms, end, lim, dossier.Person)
			if person == nil {
				for k := range ms {
					if ms[k].e.Type == dossier.Person && ms[k].end <= owner && owner-ms[k].end <= 4 {
						person = &ms[k]
					}
				}
			}
		}
		if person == nil {
			return
		}
		subj := implicit
		if group != nil {
			subj = branchFor(ms, group, toks, implicit)
		}
		if subj == nil {
			return
		}
		cl := base(subj, PredLeader, t, false)
		v := person.e.Name
		cl.Value = &v
		add(cl)
	case PredAffiliated, PredFormedFrom:
		subj := subjectBefore()
		if subj == nil {
			return
		}
		stop := clauseEnd(toks, end)
		used := map[*dossier.Entity]bool{}
		for k := range ms {
			o := &ms[k]
			if o.tok < end || o.tok >= stop || o.e.Type != dossier.ArmedGroup || o.e == subj || used[o.e] {
				continue
			}
			if c.pred == PredAffiliated && o.tok > end+6 {
				break
			}
			o = possessed(ms, o, toks)
			if o.e == subj {
				continue
			}
			used[o.e] = true
			s := subj
			if branchOfEntity(o.e, s) {
				// "the Covenant's branch in X is linked to it": the branch
				// is affiliated with its parent
				s, o = o.e, &claimMention{e: s}
			}
			cl := base(s, c.pred, t, false)
			v := writtenName(o)
			cl.Value = &v
			add(cl)
			if c.pred == PredAffiliated {
				// one affiliation per cue, or a list: "close ties to the
				// Grey Lanterns and the Ridge Front"
				if k+1 < len(ms) && listed(toks, ms[k].end, ms[k+1].tok) && ms[k+1].e.Type == dossier.ArmedGroup && ms[k+1].e != s {
					cl := base(s, c.pred, t, false)
					v := writtenName(&ms[k+1])
					cl.Value = &v
					add(cl)
				}
				break
			}
		}
	case PredRival:
		var groups []*claimMention
		for k := range ms {
			if ms[k].e.Type == dossier.ArmedGroup {
				groups = append(groups, &ms[k])
			}
		}
		var a, b *dossier.Entity
		var bm, am *claimMention // the mentions of a and b, when in the sentence
		if c.object == "after" {
			a = subjectBefore()
			lim := 12
			if c.words[0] == "fought" || c.words[0] == "fighting" {
				lim = 5 // "fighting the group", not whatever comes later
			}
			if o := firstAfter(ms, end, lim, dossier.ArmedGroup); o != nil {
				b, bm = o.e, o
			}
		} else {
			for _, g := range groups {
				if a == nil {
					a, am = g.e, g
				} else if g.e != a && b == nil {
					b, bm = g.e, g
				}
			}
			if b == nil && implicit != nil && a != nil && a != implicit {
				a, b, bm = implicit, a, am
			}
			// symmetric: the group the text is more about is the subject
			if a != nil && b != nil && len(b.Mentions) > len(a.Mentions) {
				a, b, bm = b, a, am
			}
		}
		if a == nil || b == nil || a == b {
			return
		}
		cl := base(a, PredRival, t, false)
		v := b.Name
		if bm != nil && bm.e == b {
			v = writtenName(bm)
		}
		cl.Value = &v
		add(cl)
	case PredTargets, PredRanking:
		subj := subjectBefore()
		if subj == nil {
			return
		}
		from := end
		if c.pred == PredRanking {
			// a ranking must rank: "one of the top four deadliest ..."
			if !rankingWords(toks, t, min(len(toks), t+6)) || !groupNounWithin(toks, t, min(len(toks), t+12)) {
				return
			}
			from = t
			if c.words[0] == "one" {
				from = t
			}
		}
		stop := from
		for stop < len(toks) && stop-from < 16 && toks[stop].Text != "." && toks[stop].Text != ";" && toks[stop].Lower != "according" && toks[stop].Lower != "which" &&
			(toks[stop].Text != "," || c.pred == PredTargets) && toks[stop].Lower != "in" {
			stop++
		}
		if stop-from < 2 {
			return
		}
		v := strings.TrimSpace(d.src[toks[from].Start:toks[stop-1].End])
		cl := base(subj, c.pred, t, false)
		cl.Value = &v
		add(cl)
	case PredOperatesIn, PredControls:
		subj := subjectBefore()
		if subj == nil {
			return
		}
		stop := clauseEnd(toks, end)
		from := end
		where := false
		// "Cameroon, Chad and Niger, where the group has spread its attacks"
		for k := max(0, t-6); k < t; k++ {
			if toks[k].Lower == "where" {
				from, stop, where = max(0, k-12), k, true
			}
		}
		if c.pred == PredControls {
			// "controls at least 14 villages in the Orvane district": the
			// territory as the text gives it, also where the group operates
			v := d.territory(toks, ms, t, end)
			if v == "" {
				return
			}
			cl := base(subj, PredControls, t, false)
			cl.Value = &v
			add(cl)
			if !where {
				cl = base(subj, PredOperatesIn, t, false)
				v2 := v
				cl.Value = &v2
				add(cl)
				return
			}
		}
		for k := range ms {
			o := &ms[k]
			if o.tok < from || o.tok >= stop || o.e.Type != dossier.Location {
				continue
			}
			// "US intelligence officials", "US-led forces": a place used as
			// an adjective is not where the group operates
			if o.end < len(toks) && adjectivalNouns[toks[o.end].Lower] {
				continue
			}
			if strings.HasPrefix(d.src[o.m.end:min(len(d.src), o.m.end+2)], "-") {
				continue
			}
			cl := base(subj, PredOperatesIn, t, false)
			v := o.e.Name
			cl.Value = &v
			add(cl)
		}
	}
}

// territoryNouns name land a group may hold.
var territoryNouns = set(`territory territories village villages town towns area areas land lands swathe swathes swaths district
	districts region regions province provinces city cities countryside hills valley valleys border parts part much most`)

// territory returns the territory a control cue at tokens [t, end) governs:
// "a wide strip of farmland along the Vessa river" in "controlled a wide
// strip of farmland along the Vessa river until ...". It returns "" when the phrase names no place
// or land: "a controlled explosion", "fought for control of the market".
func (d *docState) territory(toks []text.Token, ms []claimMention, t, end int) string {
	if t > 0 {
		switch toks[t-1].Lower {
		case "a", "an", "the", "for", "under", "of", "lost", "losing", "regain", "regained", "seize", "wrest", "wrested", "take", "took", "border":
			return ""
		}
	}
	k := end
	for k < len(toks) && k-end < 16 {
		l := toks[k].Lower
		if toks[k].Kind == text.Punct && toks[k].Text != "-" && toks[k].Text != "–" && !isQuote(toks[k].Text) && l != "s" {
			break
		}
		if l == "before" || l == "where" || l == "which" || l == "while" || l == "since" || l == "until" || l == "after" || l == "but" || l == "that" || l == "who" || l == "by" {
			break
		}
		// "and taxes traffic": a second verb ends the phrase
		if l == "and" && k+1 < len(toks) && !namey(toks[k+1]) && toks[k+1].Kind == text.Word && toks[k+1].Lower != "the" && !territoryNouns[toks[k+1].Lower] {
			break
		}
		k++
	}
	if k-end < 1 {
		return ""
	}
	land := false
	for x := end; x < k; x++ {
		if territoryNouns[toks[x].Lower] {
			land = true
		}
	}
	for _, cm := range ms {
		if cm.tok >= end && cm.tok < k && cm.e.Type == dossier.Location {
			land = true
		}
	}
	if !land {
		return ""
	}
	for k > end && isQuote(toks[k-1].Text) {
		k--
	}
	if k <= end {
		return ""
	}
	return strings.TrimSpace(d.src[toks[end].Start:toks[k-1].End])
}

// affiliateNouns after a group's name make an affiliation: "a Taliban
// affiliate".
var affiliateNouns = set(`affiliate affiliates franchise offshoot proxy ally allies front`)

// compoundClaims makes affiliations from compounds: "the Al Qaeda-linked
// group Al Shabab", "Now a Taliban affiliate, it ...".
func (d *docState) compoundClaims(s *text.Sentence, ms []claimMention, implicit *dossier.Entity,
	base baseFunc, add func(dossier.Claim)) {
	toks := s.Tokens
	for k := range ms {
		cm := &ms[k]
		if cm.e.Type != dossier.ArmedGroup || cm.m.ref {
			continue
		}
		rest := d.src[cm.m.end:min(len(d.src), cm.m.end+12)]
		linked := false
		for _, suf := range []string{"-linked", "-affiliated", "-allied", "-aligned"} {
			if strings.HasPrefix(rest, suf) {
				linked = true
			}
		}
		var subj *dossier.Entity
		switch {
		case linked:
			if o := firstAfter(ms, cm.end, 8, dossier.ArmedGroup); o != nil {
				subj = o.e
			} else {
				subj = implicit
			}
		case cm.end < len(toks) && affiliateNouns[toks[cm.end].Lower] && cm.tok > 0 && (toks[cm.tok-1].Lower == "a" || toks[cm.tok-1].Lower == "an"):
			if g := groupBefore(ms, cm.tok); g != nil {
				subj = g.e
			} else {
				subj = implicit
			}
		default:
			continue
		}
		if subj == nil || subj == cm.e {
			continue
		}
		cl := base(subj, PredAffiliated, cm.tok, true)
		v := cm.e.Name
		cl.Value = &v
		add(cl)
	}
}

// numberClaims makes strength and attack-count claims from the counts of a
// sentence.
func (d *docState) numberClaims(s *text.Sentence, ms []claimMention, implicit *dossier.Entity,
	base baseFunc, add func(dossier.Claim)) {
	v := d.valuesOf(s.Index)
	toks := s.Tokens
	var lastAttacks *dossier.Claim // the attack count made last in the sentence
	for _, q := range v.nums {
		if q.Kind != numbers.Count || q.Combined {
			continue
		}
		unit := q.Unit
		if unit == "" {
			unit = unitAfter(d.src, toks, tokenAt(s, q.End))
		}
		if unit == "" && lastAttacks != nil && comparedCount(toks, tokenAt(s, q.Start), tokenAt(s, q.End)) {
			// "52 attacks in 2023, well above the 37 recorded by X", "up
			// from 22 in 2022": a figure compared with an attack count
			qt, qe := tokenAt(s, q.Start), tokenAt(s, q.End)
			cl := *lastAttacks
			cl.Min, cl.Max = q.Min, q.Max
			cl.Time = nil
			for _, e := range v.dates {
				if et := tokenAt(s, e.Start); et >= qe && et <= qe+3 && !e.Date.IsZero() {
					ds := e.Date.String()
					cl.Time = &ds
				}
			}
			if src := byAfter(d.src, toks, ms, qe); src != "" {
				cl.Source = &src
				cl.Hedge = "reported"
			}
			_ = qt
			add(cl)
			continue
		}
		if unit == "" {
			unit = sizeUnit(toks)
		}
		if unit == "" {
			continue
		}
		q.Unit = unit
		unitWords := strings.Fields(strings.ToLower(q.Unit))
		head := unitWords[len(unitWords)-1]
		pred := ""
		switch {
		case strengthUnits[head]:
			pred = PredStrength
		case attackUnits[head] && (attackVerbNear(toks, tokenAt(s, q.Start)) || attributedAfter(toks, tokenAt(s, q.End))):
			pred = PredAttackCount
			// "blamed for several bomb attacks" counts nothing
			if q.Vague {
				continue
			}
			// "Armed groups carried out 29 attacks": a count of everyone's
			// attacks
			if groupBefore(ms, tokenAt(s, q.Start)) == nil && genericActorsBefore(toks, tokenAt(s, q.Start)) {
				continue
			}
		default:
			continue
		}
		qt := tokenAt(s, q.Start)
		qe := tokenAt(s, q.End)
		// casualties are not strength: "killed 12 soldiers", "12 fighters died"
		if casualtyNear(toks, qt, qe) {
			continue
		}
		var subj *dossier.Entity
		if g := firstAfter(ms, qe, 8, dossier.ArmedGroup); g != nil && pred == PredAttackCount && attributedAfter(toks, qe) {
			// "Seventeen of those attacks were claimed by X"
			subj = g.e
		} else if g := groupBefore(ms, qt); g != nil {
			subj = g.e
		} else if g := firstAfter(ms, qe, 8, dossier.ArmedGroup); g != nil {
			subj = g.e
		} else {
			subj = implicit
		}
		if subj == nil {
			continue
		}
		cl := base(subj, pred, qt, false)
		cl.Min, cl.Max = q.Min, q.Max
		u := q.Unit
		cl.Unit = &u
		cl.Value = &u
		// a handful of men is an attack party, not a group's strength
		if pred == PredStrength && (q.Max != nil && *q.Max < 20 || q.Max == nil && q.Min != nil && *q.Min < 20) {
			continue
		}
		if pred == PredStrength && cl.Hedge == "stated" && q.Vague {
			cl.Hedge = "estimated"
		}
		// the time the figure is about: a period or date in the sentence
		for _, e := range v.dates {
			if e.Period != nil && !e.Period.From.IsZero() {
				ps := e.Period.String()
				cl.Time = &ps
				break
			}
			if !e.Date.IsZero() {
				ds := e.Date.String()
				cl.Time = &ds
				break
			}
		}
		add(cl)
		if pred == PredAttackCount {
			c := cl
			lastAttacks = &c
		}
	}
}

// attributedAfter reports whether an attack count is followed by who did
// them: "17 attacks were claimed by or attributed to X", "blamed on X".
func attributedAfter(toks []text.Token, qe int) bool {
	for k := qe; k < len(toks) && k < qe+6; k++ {
		switch toks[k].Lower {
		case "claimed", "attributed", "blamed":
			return true
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// genericActorsBefore reports whether the subject of a count is armed groups
// at large: "Armed groups carried out 29 attacks", "Militants staged".
func genericActorsBefore(toks []text.Token, qt int) bool {
	for k := max(0, qt-8); k < qt; k++ {
		switch toks[k].Lower {
		case "groups", "militants", "insurgents", "rebels", "jihadists", "gunmen":
			return true
		}
	}
	return false
}

// comparedCount reports whether a bare figure at tokens [qt, qe) is compared
// with one before it: "up from 22", "well above the 37 recorded by",
// "compared with 12".
func comparedCount(toks []text.Token, qt, qe int) bool {
	if qe < len(toks) && toks[qe].Kind == text.Word && !(toks[qe].Lower == "in" || toks[qe].Lower == "recorded" || toks[qe].Lower == "counted" || toks[qe].Lower == "a" || toks[qe].Lower == "the" || toks[qe].Lower == "last" || toks[qe].Lower == "reported" || toks[qe].Lower == "by" || toks[qe].Lower == "during") {
		return false
	}
	for k := max(0, qt-3); k < qt; k++ {
		switch toks[k].Lower {
		case "from", "above", "below", "than", "with", "against", "versus", "vs":
			return true
		}
	}
	return false
}

// byAfter returns the name after "recorded by" or "counted by" right after
// a figure: "the 37 recorded by the Arvessa Conflict Monitor".
func byAfter(src string, toks []text.Token, ms []claimMention, qe int) string {
	if qe+1 >= len(toks) || toks[qe+1].Lower != "by" {
		return ""
	}
	switch toks[qe].Lower {
	case "recorded", "counted", "reported", "documented", "logged", "cited":
	default:
		return ""
	}
	for _, cm := range ms {
		if cm.tok >= qe+2 && cm.tok <= qe+3 && cm.e.Type != dossier.Location {
			return cm.e.Name
		}
	}
	return ""
}

// unitAfter returns the count noun after token k, past quotes and up to two
// adjectives: 4,000 to 6,000 "hardcore" fighters.
func unitAfter(src string, toks []text.Token, k int) string {
	start := -1
	for n := 0; k < len(toks) && n < 5; k, n = k+1, n+1 {
		l := toks[k].Lower
		if isQuote(toks[k].Text) {
			continue
		}
		if strengthUnits[l] || attackUnits[l] {
			if start < 0 {
				start = k
			}
			var ws []string
			for _, t := range toks[start : k+1] {
				if t.Kind == text.Word {
					ws = append(ws, t.Text)
				}
			}
			return strings.Join(ws, " ")
		}
		if toks[k].Kind != text.Word {
			return ""
		}
		if start < 0 {
			start = k
		}
	}
	return ""
}

// sizeUnit returns the strength noun of a sentence that speaks of a
// group's size without putting the noun next to the figure: "nobody knows
// the number of its fighters, though estimates run from 900 to 1,400".
func sizeUnit(toks []text.Token) string {
	sized := false
	unit := ""
	for _, t := range toks {
		switch t.Lower {
		case "numbers", "number", "strength", "size", "ranks":
			sized = true
		}
		if strengthUnits[t.Lower] && unit == "" {
			unit = t.Lower
		}
	}
	if sized {
		return unit
	}
	return ""
}

// attackVerbNear reports whether a verb of carrying out attacks stands in
// the six tokens before a count: "launched 77 attacks".
func attackVerbNear(toks []text.Token, qt int) bool {
	for k := max(0, qt-6); k < qt; k++ {
		switch toks[k].Lower {
		case "launched", "carried", "conducted", "staged", "mounted", "perpetrated", "claimed", "committed", "executed",
			"recorded", "counted", "blamed", "responsible", "behind":
			return true
		}
	}
	return false
}

// casualtyNear reports whether words of death or injury surround a count.
func casualtyNear(toks []text.Token, qt, qe int) bool {
	for k := max(0, qt-8); k < min(len(toks), qe+4); k++ {
		switch toks[k].Lower {
		case "killed", "killing", "dead", "died", "wounded", "injured", "injuring", "wounding", "kill", "kills", "lost", "arrested", "captured", "detained":
			return true
		}
	}
	return false
}

// foundedClaims makes founding-date claims: "founded in January 2015",
// "first appeared ... in late 2014", "Formed: January 2009".
func (d *docState) foundedClaims(s *text.Sentence, ms []claimMention, implicit *dossier.Entity,
	base baseFunc, add func(dossier.Claim)) {
	toks := s.Tokens
	v := d.valuesOf(s.Index)
	for t := 0; t < len(toks); t++ {
		began := (toks[t].Lower == "began" || toks[t].Lower == "started") && t > 0 && toks[t-1].Lower != "attacks"
		if !foundingVerbs[toks[t].Lower] && !(toks[t].Lower == "set" && t+1 < len(toks) && toks[t+1].Lower == "up") && !began {
			continue
		}
		// "launched" and "emerged" found only with "in"/"since" before a date
		var date *string
		for _, e := range v.dates {
			et := tokenAt(s, e.Start)
			if et <= t || et > t+8 || e.Relative && e.Date.IsZero() {
				continue
			}
			if et > 0 && (toks[et-1].Lower == "until" || toks[et-1].Lower == "till" || toks[et-1].Lower == "through" || toks[et-1].Lower == "to") ||
				strings.HasPrefix(strings.ToLower(e.Text), "until") {
				continue
			}
			txt := strings.TrimSpace(e.Text)
			for _, p := range []string{"in ", "In ", "since ", "on "} {
				txt = strings.TrimPrefix(txt, p)
			}
			// "began in 2009 as the X": only a beginning as something
			// is a founding
			if began {
				de := tokenAt(s, e.End)
				if de >= len(toks) || toks[de].Lower != "as" {
					continue
				}
			}
			date = &txt
			break
		}
		if date == nil {
			continue
		}
		subj := implicit
		// "It grew out of X, ..., and was founded in 2018": the
		// coordinated verb's subject is the sentence's
		coordinated := t >= 2 && (toks[t-1].Lower == "was" || toks[t-1].Lower == "were") && toks[t-2].Lower == "and" ||
			t >= 3 && toks[t-1].Lower == "up" && (toks[t-2].Lower == "was" || toks[t-2].Lower == "were") && toks[t-3].Lower == "and"
		if toks[t].Lower == "set" && t >= 2 && (toks[t-1].Lower == "was" || toks[t-1].Lower == "were") && toks[t-2].Lower == "and" {
			coordinated = true
		}
		if g := firstAfter(ms, t+1, 3, dossier.ArmedGroup); g != nil && (toks[t].Lower == "founded" || toks[t].Lower == "co-founded" || toks[t].Lower == "formed" || toks[t].Lower == "established" || toks[t].Lower == "created") && (t+1 >= len(toks) || toks[t+1].Lower != "by") {
			// active voice: "Saeed co-founded Lashkar-e-Taiba in 1990"
			subj = g.e
		} else if coordinated {
			if len(ms) > 0 && ms[0].tok <= 2 && ms[0].e.Type == dossier.ArmedGroup {
				subj = ms[0].e
			}
		} else if g := groupBefore(ms, t); g != nil {
			subj = g.e
		}
		if subj == nil {
			continue
		}
		cl := base(subj, PredFounded, t, false)
		cl.Value = date
		cl.Time = date
		for _, e := range v.dates {
			if strings.Contains(*date, strings.TrimSpace(e.Text)) || strings.Contains(e.Text, *date) {
				if ds := e.Date.String(); ds != "" {
					cl.Time = &ds
				}
			}
		}
		add(cl)
		return
	}
}

// baseFunc starts a claim about subj with predicate pred, cued at token
// tok of the sentence; modifier marks a cue inside a noun's modifiers ("the
// Y-linked group").
type baseFunc func(subj *dossier.Entity, pred string, tok int, modifier bool) dossier.Claim

// attrib is who a sentence cites, how sure it is, and the tokens [from, to)
// the citation covers.
type attrib struct {
	src      *string
	hedge    string
	from, to int
	// lo, hi are the tokens of the clause the attribution was found in
	lo, hi int
	// named: the source is a name or a phrase of its own, not a generic
	// "the report" pointing back
	named bool
	// report: the source was cited through a report or study it issued
	report bool
}

// attribution finds who a sentence cites and how sure it is: "according to
// a UN report" (United Nations, reported), "US intelligence officials
// believe" (US intelligence officials, believed). A speaker before its verb
// covers what follows the verb; one trailing the statement ("..., officials
// said.") covers what comes before it. lastNamed is the last source the
// document named, which "the report" and "the study" point back to.
func (d *docState) attribution(s *text.Sentence, ms []claimMention, x *dossier.Extraction, lastNamed, lastReport *string, lo, hi int) attrib {
	toks := s.Tokens
	hedge := "stated"
	for _, t := range toks[lo:hi] {
		if h, ok := hedgeWords[t.Lower]; ok {
			if hedge == "stated" || h == "believed" || h == "disputed" {
				hedge = h
			}
		}
	}
	out := attrib{hedge: hedge, from: lo, to: hi, lo: lo, hi: hi}
	// reportish: a report-like noun stands in tokens [a, b)
	reportish := func(a, b int) bool {
		for k := max(a, 0); k < b && k < len(toks); k++ {
			if genericSources[toks[k].Lower] {
				return true
			}
		}
		return false
	}
	found := func(src string, named bool, from, to int, report bool, np int) attrib {
		if !named {
			if r := d.resolveSource(src, toks, np, x, lastNamed, lastReport); r != "" {
				src, named = r, true
			}
		}
		return attrib{src: &src, hedge: hedgeOr(hedge, "reported"), from: from, to: to, lo: lo, hi: hi, named: named, report: report}
	}
	ment := func(cm *claimMention) bool { return cm.tok >= lo && cm.end <= hi }
	for t := lo; t+1 < hi; t++ {
		// according to X / as per X
		if !matchWords(toks, t, []string{"according", "to"}) && !matchWords(toks, t, []string{"as", "per"}) {
			continue
		}
		// the source is an entity within the phrase after ("a report
		// released on Thursday by the Halden Institute"), else the phrase
		// itself ("the interior ministry")
		stop := t + 2
		for stop < hi && stop-t < 16 && toks[stop].Text != "," && toks[stop].Text != "." && toks[stop].Text != ";" && toks[stop].Lower != "that" && toks[stop].Lower != "which" {
			stop++
		}
		var o *claimMention
		for k := range ms {
			cm := &ms[k]
			if cm.tok >= t+2 && cm.end <= stop && cm.e.Type != dossier.Location {
				o = cm
				break
			}
		}
		if o == nil {
			// "according to Arvessan officials": a place before its noun
			if cm := firstAfter(ms, t+2, 3, dossier.Location); cm != nil && cm.end <= stop && !commaBetween(toks, t+2, cm.tok) && !(cm.end < len(toks) && adjectivalNouns[toks[cm.end].Lower]) {
				o = cm
			}
		}
		// "according to X" opening the sentence covers what follows it;
		// one set off inside a relative clause ("who, according to X,
		// deserted") covers that clause; elsewhere, the whole sentence
		from, to := lo, hi
		switch {
		case t == lo:
			from = stop
		case t >= 2 && toks[t-1].Text == "," && (toks[t-2].Lower == "who" || toks[t-2].Lower == "which" || toks[t-2].Lower == "that" ||
			toks[t-2].Lower == "when" || toks[t-2].Lower == "where" || toks[t-2].Lower == "after" || toks[t-2].Lower == "because" || toks[t-2].Lower == "but"):
			// "X led the group until 2022, when, according to Y, he
			// was killed": Y covers the clause it opens
			from, to = stop, clauseEnd(toks, stop+1)
		}
		rep := reportish(t+2, stop)
		if o != nil {
			return found(o.e.Name, true, from, to, rep, 0)
		}
		if np := nounPhrase(d.src, toks, t+2); np != "" {
			return found(np, false, from, to, rep, t+2)
		}
	}
	for t := lo + 1; t < hi; t++ {
		if !sourceVerbs[toks[t].Lower] || !speechUse(toks, t) {
			continue
		}
		// "has said", "have also said"
		k := t - 1
		for k >= lo && (toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had" || toks[k].Lower == "also" || toks[k].Lower == "reportedly" || toks[k].Lower == "now" || toks[k].Lower == "still") {
			k--
		}
		if k < lo {
			continue
		}
		cover := func(sp int) (int, int) {
			// a speaker trailing the statement: "..., officials said."
			b := sp
			if b > lo && (toks[b-1].Lower == "the" || toks[b-1].Lower == "a" || toks[b-1].Lower == "an") {
				b--
			}
			if b > lo && toks[b-1].Text == "," && trailingVerb(toks, t) {
				return lo, b - 1
			}
			return t + 1, hi
		}
		// a named speaker right before the verb ("X says"), or before
		// appositions: "X, a researcher at Y, an independent group, said"
		var sp *claimMention
		for i := range ms {
			if ms[i].end == k+1 && ms[i].e.Type != dossier.Location && ment(&ms[i]) {
				sp = &ms[i]
			}
		}
		if sp == nil && toks[k].Text == "," {
			sp = appositionHead(toks, ms, k, lo)
		}
		if sp != nil {
			from, to := cover(sp.tok)
			return found(sp.e.Name, true, from, to, reportish(lo, sp.tok), 0)
		}
		// a speaker before a relative clause: "the government, which
		// maintains that", "The ministry, which counts only X, recorded"
		if rk := relativeHead(toks, k, lo); rk >= 0 {
			for i := range ms {
				if ms[i].end == rk+1 && ms[i].e.Type != dossier.Location && ment(&ms[i]) {
					return found(ms[i].e.Name, true, t+1, hi, reportish(lo, ms[i].tok), 0)
				}
			}
			if np, j := nounPhraseBefore(d.src, toks, rk); np != "" && j >= lo {
				return found(np, false, t+1, hi, reportish(j, rk+1), j)
			}
		}
		// a pronoun for the source named last: "It said ...", "he said"
		if lastNamed != nil && k == lo && (toks[k].Lower == "it" || toks[k].Lower == "he" || toks[k].Lower == "she" || toks[k].Lower == "they") {
			return found(*lastNamed, true, t+1, hi, false, 0)
		}
		// an unnamed speaker: "US intelligence officials believe"
		if np, j := nounPhraseBefore(d.src, toks, k); np != "" && j >= lo {
			from, to := cover(j)
			return found(np, false, from, to, reportish(j, k+1), j)
		}
		// a subject that names its author: "A report by the Regional
		// Security Council last year estimated"
		if sub := subjectOf(toks, ms, k, lo); sub != nil && (sub.e.Type == dossier.Person || sub.e.Type == dossier.Organization) {
			from, to := cover(sub.tok)
			return found(sub.e.Name, true, from, to, reportish(lo, k+1), 0)
		}
	}
	return out
}

// appositionHead returns the name that a chain of appositions ending at the
// comma at token c follows: "Tomas Reyne" in "Tomas Reyne, a researcher at
// the Arvessa Conflict Monitor, an independent group that tracks political
// violence,". It returns nil when none does.
func appositionHead(toks []text.Token, ms []claimMention, c, lo int) *claimMention {
	var cand *claimMention
	for n := 0; n < 3; n++ {
		j := c - 1
		for j >= lo && toks[j].Text != "," && c-j < 16 {
			j--
		}
		if j < lo || toks[j].Text != "," || j+1 >= c {
			break
		}
		switch toks[j+1].Lower {
		case "a", "an", "the", "its", "their", "his", "her":
		default:
			if !(toks[j+1].Kind == text.Word && !namey(toks[j+1])) {
				return cand
			}
		}
		var m *claimMention
		for i := range ms {
			if ms[i].end == j && ms[i].e.Type != dossier.Location {
				m = &ms[i]
			}
		}
		if m == nil {
			break
		}
		cand = m
		if m.e.Type == dossier.Person {
			break
		}
		c = j
	}
	return cand
}

// relativeHead returns the last token of the noun a relative clause before
// a verb hangs on, or -1: "government" in "the government, which
// maintains", given k at "which"; "ministry" in "The ministry, which counts
// only incidents reported to the police, recorded", given k at the comma.
func relativeHead(toks []text.Token, k, lo int) int {
	if k-2 >= lo && (toks[k].Lower == "which" || toks[k].Lower == "who") && toks[k-1].Text == "," {
		return k - 2
	}
	if toks[k].Text != "," {
		return -1
	}
	for j := k - 1; j > lo && k-j < 16; j-- {
		if toks[j].Text == ";" || toks[j].Text == "." {
			return -1
		}
		if toks[j].Text == "," {
			if j+1 < k && (toks[j+1].Lower == "which" || toks[j+1].Lower == "who") && j-1 >= lo {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// speechUse reports whether the source verb at t reports a statement:
// "claimed responsibility" and "added to" report none.
func speechUse(toks []text.Token, t int) bool {
	if t+1 >= len(toks) {
		return true
	}
	next := toks[t+1].Lower
	switch toks[t].Lower {
	case "claimed", "claims", "claim":
		return next != "responsibility" && next != "credit" && next != "the" && next != "a" && next != "an" && next != "both" && next != "its" && next != "their"
	case "added":
		return next != "to"
	case "put", "puts":
		// "put the branch at 1,200 fighters", "put its strength at"
		for k := t + 1; k < len(toks) && k < t+11; k++ {
			if toks[k].Lower == "at" {
				return true
			}
		}
		return false
	case "found":
		return next == "that" || next == "the" || next == "a"
	}
	return true
}

// trailingVerb reports whether the speech verb at t ends the sentence, but
// for a date or a short phrase: "..., officials said on Monday."
func trailingVerb(toks []text.Token, t int) bool {
	n := 0
	for k := t + 1; k < len(toks); k++ {
		switch {
		case toks[k].Lower == "that":
			return false
		case toks[k].Text == ",":
			return n <= 5
		case toks[k].Kind == text.Word:
			n++
		}
	}
	return n <= 5
}

// subjectOf returns the first person or organization mention of the
// clause that ends at token k, when nothing but its modifiers and
// appositions stands between it and k: "A report by the Regional Security
// Council last year [estimated]".
func subjectOf(toks []text.Token, ms []claimMention, k, lo int) *claimMention {
	j := k
	for j > lo {
		l := toks[j-1].Lower
		if l == ";" || l == ":" || l == "that" || l == "said" || l == "says" || l == "but" || l == "—" || l == "–" {
			break
		}
		j--
	}
	for i := range ms {
		cm := &ms[i]
		if cm.tok >= j && cm.end <= k+1 && cm.e.Type != dossier.Location {
			if cm.e.Type == dossier.Person || cm.e.Type == dossier.Organization {
				return cm
			}
			return nil
		}
	}
	return nil
}

// appositive returns the comma that opens an apposition to a name that
// token t stands in, or -1: "X, a splinter group of Y, claimed", "X (XY),
// the branch of Y". A citation inside the apposition ("X, a gang that
// officials say has ...") still covers it.
func appositive(toks []text.Token, ms []claimMention, t int) int {
	c := t - 1
	for c >= 0 && toks[c].Text != "," && t-c < 12 {
		if toks[c].Text == ";" || toks[c].Text == "." {
			return -1
		}
		c--
	}
	if c < 1 || toks[c].Text != "," || c+1 >= len(toks) {
		return -1
	}
	switch toks[c+1].Lower {
	case "a", "an", "the", "its", "their":
	default:
		return -1
	}
	// "the regional branch of ...", not "the Northern Wolves Front
	// launched ..."
	if c+2 >= len(toks) || namey(toks[c+2]) {
		return -1
	}
	e := c
	if toks[e-1].Text == ")" {
		for e > 0 && toks[e-1].Text != "(" {
			e--
		}
		e--
	}
	for _, cm := range ms {
		if cm.end == e {
			// a person's title belongs to what is said of the person
			if cm.e.Type == dossier.ArmedGroup || cm.e.Type == dossier.Organization {
				return c
			}
			return -1
		}
	}
	return -1
}

// genericSources are source phrases that point back to a source named
// before: "the report", "the study".
var genericSources = set(`report study assessment survey statement analysis document findings review paper estimate`)

// resolveSource turns a source phrase into the organization it stands for
// when it can: "The council's monitoring team" into "Regional Security
// Council" (an organization of the document whose last word the phrase
// uses after "the"), "The report" into the last named source. It returns
// "" when it cannot.
func (d *docState) resolveSource(np string, toks []text.Token, at int, x *dossier.Extraction, lastNamed, lastReport *string) string {
	ws := strings.Fields(strings.ToLower(np))
	definite := at > 0 && toks[at-1].Lower == "the"
	if len(ws) > 0 && ws[0] == "the" {
		ws, definite = ws[1:], true
	}
	if len(ws) == 0 || !definite {
		return ""
	}
	head := strings.TrimSuffix(strings.TrimSuffix(ws[0], "'s"), "’s")
	for i := range x.Entities {
		e := &x.Entities[i]
		if e.Type != dossier.Organization {
			continue
		}
		ew := strings.Fields(strings.ToLower(e.Name))
		if len(ew) >= 2 && ew[len(ew)-1] == head {
			return e.Name
		}
	}
	if len(ws) == 1 && genericSources[ws[0]] {
		if lastReport != nil {
			return *lastReport
		}
		if lastNamed != nil {
			return *lastNamed
		}
	}
	return ""
}

// commaBetween reports whether a comma stands in tokens [a, b).
func commaBetween(toks []text.Token, a, b int) bool {
	for k := a; k < b && k < len(toks); k++ {
		if toks[k].Text == "," {
			return true
		}
	}
	return false
}

func hedgeOr(h, def string) string {
	if h == "stated" {
		return def
	}
	return h
}

// speakerHeads are nouns an unnamed source is named by.
var speakerHeads = set(`officials official experts expert analysts analyst sources source monitors observers diplomats
	investigators researchers authorities police officers commanders residents witnesses report reports assessment
	assessments intelligence ministry government spokesman spokesperson spokeswoman agency council team institute
	commission committee panel tracker monitor department office`)

// nounPhraseBefore returns the noun phrase ending at token k when its head
// names a source: "US intelligence officials", "Some experts in extremist
// movements".
func nounPhraseBefore(src string, toks []text.Token, k int) (string, int) {
	if k < 0 || !speakerHeads[toks[k].Lower] {
		// "experts in extremist movements say": look back over a short
		// prepositional phrase
		j := k
		for j >= 0 && k-j < 5 && toks[j].Kind == text.Word && !speakerHeads[toks[j].Lower] {
			j--
		}
		if j < 0 || !speakerHeads[toks[j].Lower] || j+1 > k || (toks[j+1].Lower != "in" && toks[j+1].Lower != "of" && toks[j+1].Lower != "at" && toks[j+1].Lower != "from") {
			return "", 0
		}
	}
	j := k
	for j > 0 && k-j < 6 && !stopBefore[toks[j-1].Lower] {
		// a possessive belongs to the phrase: "Arvessa’s government"
		if toks[j-1].Kind == text.Punct && !(toks[j-1].Lower == "s" || isQuote(toks[j-1].Text) && toks[j].Lower == "s") {
			break
		}
		j--
	}
	np := src[toks[j].Start:toks[k].End]
	return strings.TrimSpace(np), j
}

// stopBefore end a noun phrase scanned backwards.
var stopBefore = set(`that and but while as when because since although if said says the a an which who whom whose`)

// nounPhrase returns the noun phrase starting at token t, up to a comma or
// clause word: "a UN report issued last June".
func nounPhrase(src string, toks []text.Token, t int) string {
	if t >= len(toks) {
		return ""
	}
	e := t
	for e < len(toks) && e-t < 8 && toks[e].Text != "," && toks[e].Text != "." && toks[e].Lower != "that" && toks[e].Lower != "which" {
		e++
	}
	if e == t {
		return ""
	}
	return strings.TrimSpace(src[toks[t].Start:toks[e-1].End])
}
