package extract

import (
	"strings"

	"dossier"
	"dossier/text"
)

// Role fillers: the noun phrases of an attack report that name who did it
// (perpetrator individuals), what it struck (physical targets), whom it
// struck (human victims) and with what (weapons). Each filler is the
// minimal noun phrase as the text writes it: a head noun with the
// modifiers that make it a kind ("car bomb", "urban guerrillas", "power
// towers"), without articles, counts or relative clauses.

// roleWeaponHeads are nouns that name a weapon on their own.
var roleWeaponHeads = set(`bomb bombs car-bomb car-bombs carbomb truck-bomb truck-bombs dynamite explosives tnt grenade grenades rifle rifles
	machinegun machineguns machine-gun machine-guns submachinegun submachineguns mortar mortars rocket rockets rpg rpg-7
	ak-47 ak-47s m-16 m-16s firearms firebomb firebombs missile missiles pistol pistols revolver handgun shotgun
	machete machetes launcher launchers bazooka bazookas`)

// roleWeaponNeedMod are nouns that are weapons only with a modifier that
// says so: "explosive device", "dynamite charge", "booby traps".
var roleWeaponNeedMod = map[string][]string{
	"device": {"explosive", "incendiary"}, "devices": {"explosive", "incendiary"},
	"charge": {"explosive", "dynamite"}, "charges": {"explosive", "dynamite"},
	"traps": {"booby"}, "trap": {"booby"}, "cocktails": {"molotov"}, "cocktail": {"molotov"},
	"weapons": {"assault", "automatic", "heavy", "high-powered", "firearms"}, "sticks": {"dynamite"},
	"explosive": {"powerful", "plastic"}, "guns": {"machine", "submachine", "field"}, "gun": {"machine", "submachine"},
}

// roleWeaponMods are the modifiers kept in front of a weapon noun.
var roleWeaponMods = set(`car truck dynamite explosive booby molotov assault automatic incendiary plastic hand machine
	heavy high-powered highpower high-power submachine field rocket grenade homemade home-made medium-sized`)

// roleAttackerHeads are nouns for the people who carry out attacks.
var roleAttackerHeads = set(`guerrillas guerrilla guerillas terrorists terrorist rebels gunmen gunman subversives
	commandos narcoterrorists narco-terrorists assailants attackers kidnappers murderers assassins sappers hitmen
	extremists militiamen insurgents bombers members`)

// roleVagueHeads are person nouns that name attackers only with a modifier:
// "unidentified individuals", "heavily armed men".
var roleVagueHeads = set(`men man individuals individual persons person people youths group groups squads squad units
	unit column columns cell cells band bands commands command detachment detachments`)

// roleVagueMods make a vague person noun an attacker.
var roleVagueMods = set(`unidentified unknown armed masked hooded heavily-armed uniformed death commando guerrilla rebel urban
	terrorist`)

// roleCounts are the count words kept before a vague attacker noun.
var roleCounts = set(`two three four five six seven eight nine ten several`)

// roleAttackerMods are modifiers kept in front of an attacker noun.
var roleAttackerMods = set(`urban unidentified unknown armed heavily masked hooded uniformed leftist rightist
	left-wing right-wing maoist salvadoran colombian peruvian guatemalan honduran bolivian chilean nicaraguan
	drug guerrilla terrorist paid death commando`)

// roleTargetHeads are nouns of the physical things attacks strike.
var roleTargetHeads = set(`car cars bus buses vehicle vehicles truck trucks office offices store stores shop shops
	embassy consulate building buildings bank banks residence residences station stations hotel hotels home homes
	house houses headquarters tower towers pylons pylon pipeline pipelines post posts bridge bridges ministry
	installations facilities facility church churches school schools factory plant restaurant restaurants warehouse
	exchange company farm club mall market theater dealership booth lines poles substation
	transformer airport plane aircraft helicopter barracks garrison base jeep ambulance ambulances property
	establishments supermarket hospital university college palace hall center centre newspaper
	structures boxes centers stands networks boat boats dumptruck train trains railroad railways
	pipes properties drugstore drugstores pharmacy monastery cathedral chapel cabins businesses mansions mansion
	automobile automobiles airstrip printshop clinic clinics library airplane airplanes airliner hospitals
	dealerships installation firm firms branch branches system systems`)

// roleTargetNeedMod are target nouns that name a physical thing only with
// a modifier that says which: "the electrical system", not "the judicial
// system".
var roleTargetNeedMod = map[string]map[string]bool{
	"system":  set(`electric electrical electricity power energy banking telephone transportation water`),
	"systems": set(`electric electrical electricity power energy banking telephone transportation water`),
}

// roleTargetStop end the modifiers of a target's phrase: determiners,
// counts and relative words are not kept.
var roleTargetStop = set(`a an the this that these those his her its their our my some several many all any both no two three four
	five six seven eight nine ten dozen dozens other another each every which who where when whose`)

// roleTargetLoose are words before a target noun that say how many, how
// big or where it stood rather than what kind of thing it is: "one
// store", "an empty bus", "the neighboring houses".
var roleTargetLoose = set(`one same few empty large small big huge neighboring various damaging`)

// roleSpeakerWords follow a noun that speaks or acts rather than is
// struck: "hospital officials", "the ministry condemned".
var roleSpeakerWords = set(`officials official officers staff workers employees spokesman spokeswoman sources source
	director directors authorities said says say condemned condemns confirmed reported announced denied stated
	spokesperson chief chiefs doctors announcer announcers communique communiques headlines editorial spokesmen`)

// roleMotionWords before "to" make the place after it a destination
// ("taken to the hospital", "on their way to the airport", "escaped to a
// neighbor's house"), a landmark ("close to the customs office") or an
// owner or addressee ("vehicles belonging to the ministry", "reported the
// attack to the prosecutor's office") rather than what was struck.
var roleMotionWords = set(`taken take takes taking rushed rush transferred transfer moved brought flown evacuated way
	heading headed going went go returning returned return driven carried admitted sent travelling traveling close escape escaped
	fled flee belonging belonged reported referred`)

// destinationAt reports whether the target phrase starting at token s is
// where someone went or was taken ("taken to the hospital", "on their
// way to the airport") rather than what was struck ("set fire to the
// store", "damage to the embassy").
func destinationAt(toks []text.Token, s int) bool {
	// back over the determiners and the words of a name ("the ostar
	// airport") to the preposition
	j := s - 1
	for j >= 0 && s-j <= 5 && toks[j].Kind == text.Word && (roleTargetStop[toks[j].Lower] || !evNPStop[toks[j].Lower]) {
		j--
	}
	return j > 0 && toks[j].Lower == "to" && roleMotionWords[toks[j-1].Lower]
}

// roleHumanNouns are nouns of people who are victims of an attack.
var roleHumanNouns = set(`policemen policeman soldiers soldier civilians civilian peasants peasant students student
	children child women woman guards guard officers officer judge judges mayor councilman journalist journalists
	priest priests nun nuns workers worker passengers passenger employees employee bodyguards bodyguard
	missionaries tourists businessman businessmen farmers farmer teachers teacher leader leaders`)

// roleVictimCues introduce a victim: "killed X", "the murder of X".
var roleVictimCues = set(`killed murdered assassinated kidnapped kidnaped abducted wounded injured shot executed slain
	murder assassination kidnapping kidnaping abduction killing death murders assassinations murdering assassinating
	gunned machinegunned disappearance massacre massacred injuring wounding killings kidnappings`)

// roleTitles are words before a name that the filler leaves out.
var roleTitles = set(`mr mr. mrs mrs. dr dr. father priest presidential candidate former president minister mayor
	senator deputy judge colonel col. general gen. major lieutenant captain journalist businessman leader
	attorney attorney-general archbishop bishop congressman councilman governor commander ambassador
	rector professor student labor union jesuit`)

// roleFillers adds the weapons, attackers, targets and victims named in a
// mention's region.
func (d *docState) roleFillers(st *evSentence, m *evMention) {
	toks := st.toks
	used := map[int]bool{}
	// the doers: "shot by two men", "two men on a motorcycle fired",
	// "soldiers were involved in the killing" (see agents)
	for _, a := range d.agents(st, m.lo, m.hi) {
		m.indiv = appendNew(m.indiv, a.ind)
		if a.force != "" && m.force == "" && m.perpRank == 0 {
			m.force = a.force
		}
		if a.org != "" && m.force == "" && m.perpRank == 0 {
			m.force = a.org // "planted by members of the x party"
		}
		if a.head < 0 {
			continue
		}
		used[a.head] = true
		if g := attackerGroup(st, a.head); g != nil && m.perpRank == 0 {
			m.perp, m.perpRank = g, 1
		}
	}
	for k := m.lo; k < m.hi && k < len(toks); k++ {
		l := toks[k].Lower
		if used[k] {
			continue
		}
		switch {
		case roleWeaponHeads[l] || roleWeaponNeedMod[l] != nil:
			if seizedNear(toks, k) {
				continue // arms seized from the attackers were not used
			}
			if s, ok := d.weaponAt(toks, k, m.lo); ok {
				m.weapons = appendNew(m.weapons, s)
				used[k] = true
			}
		case l == "members":
			// "members of the x front" names the group, not the attackers
			// as a report describes them
			if g := attackerGroup(st, k); g != nil && m.perpRank == 0 {
				if _, ok := d.attackerAt(toks, k, m.lo); ok {
					m.perp, m.perpRank = g, 1
				}
			}
			// "x front members": the attackers by their group's name,
			// unless they protest or speak ("x front members protested
			// the murder") or are someone's fellows ("x, a leader of the
			// y front members")
			for _, cm := range st.ms {
				if cm.e.Type == dossier.ArmedGroup && cm.end == k && cm.tok >= m.lo && !(k+1 < len(toks) && toks[k+1].Lower == "of") &&
					!membersSpeak(toks, k) && !appositiveAffiliation(toks, cm.tok) {
					m.indiv = appendNew(m.indiv, d.span(toks, cm.tok, k))
					if m.perpRank == 0 {
						m.perp, m.perpRank = cm.e, 1
					}
				}
			}
		case roleAttackerHeads[l] || roleVagueHeads[l]:
			if s, ok := d.attackerAt(toks, k, m.lo); ok && !(len(m.groups) == 0 && roleBareAttackers[strings.ToLower(s)]) {
				m.indiv = appendNew(m.indiv, s)
				used[k] = true
				if g := attackerGroup(st, k); g != nil && m.perpRank == 0 && !affiliatedNoun(st, k, g) {
					m.perp, m.perpRank = g, 1
				}
			}
		}
	}
	// the killing or the kidnapping of a named person strikes the
	// person: the buildings it names are where it happened ("shot at
	// his home", "murdered in the university"), while a bomb or a fire
	// strikes them
	people := personalAttack(toks, m)
	for k := m.lo; k < m.hi && k < len(toks); k++ {
		if used[k] || !roleTargetHeads[toks[k].Lower] {
			continue
		}
		if people && (locativeAt(toks, k) || comingOrGoingAt(toks, k)) {
			continue
		}
		if roleGrounds[toks[k].Lower] && locativeAt(toks, k) {
			// "fired at travellers at the airport", "a clash near the
			// university": the grounds are where it happened
			continue
		}
		if s, e, ok := d.targetAt(st, k, m.lo); ok && targetTied(toks, m, k) {
			m.targets = appendNew(m.targets, s)
			// the people whose home or car was struck were struck too
			m.victims = appendAll(m.victims, d.targetOwners(st, k, m.lo))
			// the nouns inside the phrase are part of it: "the
			// offices of the x bank" is one target, not two
			for j := k + 1; j <= e; j++ {
				used[j] = true
			}
		}
	}
	// "a device abandoned by the x front": the group as the doer
	if m.perpRank == 0 {
		for _, cm := range st.ms {
			if cm.e.Type != dossier.ArmedGroup || cm.tok < m.lo || cm.tok >= m.hi || cm.tok < 1 {
				continue
			}
			b := cm.tok - 1
			if toks[b].Lower == "the" && b > 0 {
				b--
			}
			if toks[b].Lower == "by" {
				m.perp, m.perpRank = cm.e, 1
				break
			}
		}
	}
	m.victims = append(m.victims, d.cuedVictims(st, m.lo, m.hi)...)
}

// roleManyWords are counts of five or more people.
var roleManyWords = set(`five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty dozen dozens scores
	hundreds`)

// personalAttack reports whether a mention tells of an attack on a few
// people, a shooting, a killing or a kidnapping, rather than a bombing, a
// fire or a massacre: "killed at least 14 people at a market" struck the
// market as much as the people.
func personalAttack(toks []text.Token, m *evMention) bool {
	if m.bomb > 0 || m.votes[evArson] > 0 || m.votes[evBombing] > 0 {
		return false
	}
	for k := m.lo; k < m.hi && k < len(toks); k++ {
		t := toks[k]
		if roleManyWords[t.Lower] || t.Kind == text.Number && !set1(t.Lower, "1", "2", "3", "4") {
			return false
		}
	}
	return true
}

// roleGrounds are target nouns of wide grounds that hold many buildings
// and people: a phrase that places an attack at or near them tells where
// it happened, not what it struck.
var roleGrounds = set(`airport airports university universities campus`)

// groundsPlace reports whether a place's name ends in a noun of grounds:
// "the national university", "the tesk airport".
func groundsPlace(name string) bool {
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 0 && roleGrounds[f[len(f)-1]]
}

// roleLocatives introduce where something happened.
var roleLocatives = set(`in at inside near outside from into to toward towards opposite beside behind`)

// roleFrontOf are the nouns of a compound locative closed by "of": "in
// front of", "in the middle of".
var roleFrontOf = set(`front middle vicinity`)

// compoundLocativeAt reports whether the "of" at j closes a compound
// locative preposition: "in front of", "in the vicinity of", "outside
// of". "the front of the building" is a part of it, no preposition.
func compoundLocativeAt(toks []text.Token, j int) bool {
	if j < 2 || toks[j].Lower != "of" {
		return false
	}
	if toks[j-1].Lower == "outside" {
		return true
	}
	if !roleFrontOf[toks[j-1].Lower] {
		return false
	}
	i := j - 2
	if toks[i].Lower == "the" && i > 0 {
		i--
	}
	return toks[i].Lower == "in"
}

// locativeAt reports whether the noun at k heads a phrase introduced by a
// locative preposition: "in the main square", "at his home", "in front of
// a shop".
func locativeAt(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 4; j-- {
		l := toks[j].Lower
		if roleLocatives[l] || compoundLocativeAt(toks, j) {
			return true
		}
		if toks[j].Kind != text.Word || evNPStop[l] || isTriggerVerb(l) {
			return false
		}
	}
	return false
}

// roleComingGoing are verbs of someone coming to or leaving a place:
// where a person was shot, not what was struck.
var roleComingGoing = set(`leaving leave left entering enter entered arriving arrived between returning`)

// comingOrGoingAt reports whether the noun at k heads the object of a
// verb of coming or going: "as he was leaving his home", "about to enter
// his office".
func comingOrGoingAt(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 3; j-- {
		l := toks[j].Lower
		if roleComingGoing[l] {
			return true
		}
		// a determiner or one modifier may stand between: "leaving his
		// country home"
		if toks[j].Kind != text.Word || !roleTargetStop[l] && j < k-1 {
			return false
		}
	}
	return false
}

// cuedVictims returns the people tokens [lo, hi) name as struck: "killed
// X", "the murder of X", "the attack against X", "X was kidnapped".
func (d *docState) cuedVictims(st *evSentence, lo, hi int) []string {
	toks := st.toks
	var out []string
	for k := lo; k < hi && k < len(toks); k++ {
		l := toks[k].Lower
		if as := identifiedAs(toks, k); as > 0 || identifiedVictim(toks, k) {
			// "the victim was identified as x", "identified the dead
			// as x": the name after "as"
			if as == 0 {
				as = k + 1
			}
			if s, e := d.victimAfter(st, as); s != "" {
				out = appendNew(out, s)
				out = appendAll(out, d.coordinatedNames(st, e+1))
			}
			continue
		}
		if set1(l, "kidnappers", "kidnapers", "murderers", "assassins", "killers", "captors", "abductors") && lowerAt(toks, k+1) == "of" {
			// "the kidnappers of x y are asking for a ransom"
			if s, e := d.victimAfter(st, k); s != "" {
				out = appendNew(out, s)
				out = appendAll(out, d.coordinatedNames(st, e+1))
			}
			continue
		}
		if set1(l, "victim", "victims") && k >= 2 && set1(toks[k-1].Lower, "the", "a") && set1(toks[k-2].Lower, "was", "were", "became") &&
			lowerAt(toks, k+1) == "of" {
			// "x y, the party's candidate, was the victim of an attack"
			if s := d.victimBefore(st, k-1); s != "" {
				out = appendNew(out, s)
			}
			continue
		}
		if set1(l, "shooting", "wounding") && lowerAt(toks, k+1) == "of" {
			// "the shooting of 26-year-old x y"
			if s, _ := d.victimAfter(st, k); s != "" {
				out = appendNew(out, s)
			}
			continue
		}
		if set1(l, "attacked", "ambushed") && passiveAt(toks, k) {
			// "x y, who was attacked by two men": a person attacked;
			// "the homes of x y and z w were attacked": their owners
			if s := d.victimBefore(st, k); s != "" {
				out = appendNew(out, s)
			}
			out = appendAll(out, d.subjectNames(st, k))
			continue
		}
		if l == ":" && cueBefore(toks, k) {
			// "the following died in the attack: major x y, captain
			// z w"; "injured were: a driver; x y, a beggar; and z w"
			out = appendAll(out, d.colonList(st, k+1))
			continue
		}
		if listedVictims(toks, k) && lowerAt(toks, k+1) != ":" {
			// "the wounded were x, y and z": the names after the verb
			j := k
			if lowerAt(toks, k+1) == ":" {
				j++
			}
			if s, e := d.victimAfter(st, j); s != "" {
				out = appendNew(out, s)
				out = appendAll(out, d.coordinatedNames(st, e+1))
			}
			continue
		}
		if set1(l, "body", "bodies") && lowerAt(toks, k+1) == "of" {
			// "the bodies of x y and z w were found"
			if s, e := d.victimAfter(st, k); s != "" {
				out = appendNew(out, s)
				out = appendAll(out, d.coordinatedNames(st, e+1))
			}
			continue
		}
		if roleVictimNouns[l] && lowerAt(toks, k+1) == "," {
			// "the other victim, x y, is recovering"
			if b, n := d.nextName(st, k+2); n > 0 && b == k+2 {
				out = appendNew(out, d.span(toks, b, b+n-1))
			}
			continue
		}
		if set1(l, "escaped", "survived", "emerged") && escapedAttack(toks, k) {
			// "senator x y escaped unharmed from an attack"
			if s := d.victimBefore(st, k); s != "" {
				out = appendNew(out, s)
			}
			continue
		}
		if l == "dead" && lowerAt(toks, k-1) == "found" {
			// "x y was found dead": the subject, and those found with
			// x: "along with z w"
			if s := d.victimBefore(st, k); s != "" {
				out = appendNew(out, s)
				if joinWithAt(toks, k+1) > 0 {
					out = appendAll(out, d.coordinatedNames(st, k+1))
				}
			}
			continue
		}
		if roleDeathVerbs[l] {
			// "inspector x y died in the explosion": the subject (not
			// one who died in a clash with troops)
			if s := d.victimBefore(st, k); s != "" && !clashAfter(toks, k) {
				out = appendNew(out, s)
			}
			continue
		}
		if l == "in" && lowerAt(toks, k+1) == "the" && lowerAt(toks, k+2) == "hands" && lowerAt(toks, k+3) == "of" {
			// "x y, the mayor of arvessa, is still in the hands of the
			// front": a hostage
			if s := d.victimBefore(st, k); s != "" {
				out = appendNew(out, s)
			}
			continue
		}
		if l == "including" && cueBefore(toks, k) {
			// "killed ten people, including the union leader x y"
			if s, e := d.victimAfter(st, k); s != "" {
				out = appendNew(out, s)
				out = appendAll(out, d.coordinatedNames(st, e+1))
			}
			continue
		}
		if roleCaptiveCues[l] && custodySentence(toks) {
			continue // "a judge freed x y": a suspect, not a hostage
		}
		if !roleVictimCues[l] && !roleCaptiveCues[l] && !attemptOn(toks, k) && !livesOf(toks, k) && !(set1(l, "against", "on") && k > 0 && set1(toks[k-1].Lower, "attack", "attempt", "assault")) &&
			!(set1(l, "at", "on") && k > 0 && set1(toks[k-1].Lower, "fired", "fire", "firing", "shooting")) {
			continue
		}
		if s, e := d.victimAfter(st, k); s != "" {
			out = appendNew(out, s)
			for _, c := range d.coordinatedNames(st, e+1) {
				out = appendNew(out, c)
			}
		} else if s := d.victimBefore(st, k); s != "" {
			out = appendNew(out, s)
			if joinWithAt(toks, k+1) > 0 {
				// "x was killed along with y, a teacher"
				out = appendAll(out, d.coordinatedNames(st, k+1))
			}
			if passiveAt(toks, k) {
				// "x and y, both of them lawyers, were killed"
				out = appendAll(out, d.subjectNames(st, k))
			}
		} else if passiveAt(toks, k) {
			out = append(out, d.subjectNames(st, k)...)
		}
	}
	return out
}

// livesOf reports whether token k is the "of" of a toll told as lives
// taken: "claimed the lives of", "cost the life of".
func livesOf(toks []text.Token, k int) bool {
	return toks[k].Lower == "of" && set1(lowerAt(toks, k-1), "life", "lives") &&
		(lowerAt(toks, k-2) == "the" && set1(lowerAt(toks, k-3), "claimed", "cost", "took", "claiming", "costing", "taking") ||
			set1(lowerAt(toks, k-2), "claimed", "cost", "took", "claiming", "costing", "taking"))
}

// colonList returns the names of a list that starts at token j after a
// colon: items set off by semicolons, or by commas when the list has no
// semicolon; an item that names no one ("an unidentified driver") is
// passed over (three in a row end the list).
func (d *docState) colonList(st *evSentence, j int) []string {
	toks := st.toks
	semi := false
	for x := j; x < len(toks); x++ {
		if toks[x].Text == ";" {
			semi = true
			break
		}
	}
	var out []string
	for skips := 0; j < len(toks) && skips < 3; skips++ {
		// (skips counts the items in a row that name no one)
		for j < len(toks) && toks[j].Lower == "and" {
			j++
		}
		b, n := d.nextName(st, j)
		if n > 0 && b <= j+3 {
			out = appendNew(out, d.span(toks, b, b+n-1))
			if !semi {
				return appendAll(out, d.coordinatedNames(st, b+n))
			}
			skips = -1
		} else if !semi {
			return out
		}
		// on to the next semicolon, past an apposition or an item that
		// names no one
		for j < len(toks) && toks[j].Text != ";" && toks[j].Text != "." {
			j++
		}
		if j >= len(toks) || toks[j].Text != ";" {
			return out
		}
		j++
	}
	return out
}

// attemptOn reports whether token k is a verb of killing or kidnapping in
// its base form after an attempt: "tried to kidnap x y", "an attempt to
// kill x y".
func attemptOn(toks []text.Token, k int) bool {
	return set1(toks[k].Lower, "kill", "kidnap", "assassinate", "abduct") && k >= 2 && toks[k-1].Lower == "to" &&
		set1(toks[k-2].Lower, "tried", "attempted", "attempt", "attempting", "trying")
}

// escapedAttack reports whether the verb at k, "escaped", "survived" or
// "emerged", has an attack after it: "escaped unharmed from an attack",
// "emerged unscathed from a bomb attack", "survived the ambush".
func escapedAttack(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		l := toks[j].Lower
		if set1(l, "attack", "attacks", "attempt", "ambush", "bombing", "explosion", "blast") {
			return true
		}
		if set1(l, ".", ";", ",") {
			return false
		}
	}
	return false
}

// roleCustodyWords tell of suspects: people arrested or charged are no
// victims.
var roleCustodyWords = set(`arrested detained captured accused suspected suspect suspects charged sentenced convicted`)

// custodySentence reports whether a sentence tells of arrests, charges or
// the courts.
func custodySentence(toks []text.Token) bool {
	for _, t := range toks {
		if roleCustodyWords[t.Lower] || set1(t.Lower, "judge", "judicial", "court", "prison", "jail", "bail") {
			return true
		}
	}
	return false
}

// roleCaptiveCues tell of a hostage held or set free: "the rebels freed
// x y", "x y was released", "they are holding x y", "took as hostages
// the engineers x y and z w".
var roleCaptiveCues = set(`released freed rescued holding hostage hostages`)

// roleClashWords are nouns of a fight between armed sides, which a death
// in it tells of rather than of an attack.
var roleClashWords = set(`confrontation confrontations clash clashes combat shootout shoot-out fighting battle crossfire`)

// clashAfter reports whether a noun of a clash follows the verb at k
// within a few words: "died during a confrontation with the police".
func clashAfter(toks []text.Token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if roleClashWords[toks[j].Lower] {
			return true
		}
	}
	return false
}

// roleDeathVerbs tell that their subject died: in a sentence near an
// attack report, of the attack.
var roleDeathVerbs = set(`died perished`)

// cueBefore reports whether a victim cue or a casualty noun stands in the
// clause before token k: "killed ten people, including".
func cueBefore(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && k-j <= 10; j-- {
		l := toks[j].Lower
		if l == ";" || l == "." {
			return false
		}
		if roleVictimCues[l] || roleVictimNouns[l] || roleDeathVerbs[l] {
			return true
		}
	}
	return false
}

// roleVictimNouns are the people an attack struck, said without a name:
// "the victim", "the dead".
var roleVictimNouns = set(`victim victims dead wounded injured body bodies hostage hostages deceased`)

// identifiedAs returns the token of the "as" after "identified" and the
// victims it names, "identified the dead men as", "identified the
// bodies as", or 0.
func identifiedAs(toks []text.Token, k int) int {
	if toks[k].Lower != "identified" {
		return 0
	}
	victims := false
	for j := k + 1; j < len(toks) && j <= k+5; j++ {
		l := toks[j].Lower
		if l == "as" {
			if victims {
				return j
			}
			return 0
		}
		if toks[j].Kind == text.Punct {
			return 0
		}
		victims = victims || roleVictimNouns[l]
	}
	return 0
}

// identifiedVictim reports whether token k is "identified" followed by
// "as" in a sentence about the victims: "the dead were identified as".
func identifiedVictim(toks []text.Token, k int) bool {
	if toks[k].Lower != "identified" || k+1 >= len(toks) || toks[k+1].Lower != "as" {
		return false
	}
	lo := k - 5
	people := false
	for j := k - 1; j >= 0 && j >= lo; j-- {
		l := toks[j].Lower
		if roleVictimNouns[l] {
			return true
		}
		if roleAttackerHeads[l] || attackerNouns[l] || roleVagueMods[l] || set1(l, ".", ";", "said", "by", "arrested", "captured", "detained", "suspected", "accused", "suspect", "suspects") {
			return false // "the gunman was identified as", "the arrested men"
		}
		if roleVictimCues[l] {
			return true // "the man who was killed was identified as"
		}
		if isPeopleNoun(l) || roleHumanNouns[l] || set1(l, "man", "woman", "citizen", "boy", "girl") {
			people = true // "the teacher was identified as"
		}
		if toks[j].Text == "," && j >= k-3 {
			// "the victims, whose bodies were found at dawn, were
			// identified as": past the clause set off by commas
			for c := j - 1; c >= 0 && c >= j-20; c-- {
				if toks[c].Text == "," {
					j, lo = c, c-3
					break
				}
			}
		}
	}
	return people
}

// listedVictims reports whether token k is "were", "are", "is" or "was"
// after a noun of victims in its clause: "the dead were", "the injured
// workers are", "one of the victims is".
func listedVictims(toks []text.Token, k int) bool {
	if !set1(toks[k].Lower, "were", "are", "is", "was") {
		return false
	}
	cue := false
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		l := toks[j].Lower
		if (l == "who" || l == "that") && cue && j > 0 && isPeopleNoun(toks[j-1].Lower) {
			// "the students who disappeared on monday are x and y"
			return true
		}
		if l == "," || l == ";" || l == "." || l == "that" || l == "who" || j < k-5 {
			return false
		}
		if roleVictimCues[l] || l == "disappeared" {
			cue = true
			if strings.HasSuffix(l, "ed") && j > 0 && isPeopleNoun(toks[j-1].Lower) && !set1(lowerAt(toks, j+1), "by", "in") {
				// "one of the students killed last week was x";
				// "among the priests murdered was x"
				return true
			}
		}
		if roleVictimNouns[l] {
			return true
		}
	}
	return false
}

// passiveAt reports whether the verb at k is a passive: "was killed",
// "were also shot", "had been kidnapped".
func passiveAt(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		l := toks[j].Lower
		if set1(l, "was", "were", "been") {
			return true
		}
		if !roleVictimAdverbs[l] && !strings.HasSuffix(l, "ly") {
			return false
		}
	}
	return false
}

// dropMonths leaves out a month read as a victim's name: "killed on 3
// august".
func dropMonths(xs []string) []string {
	out := xs[:0:0]
	for _, x := range xs {
		if !roleMonths[strings.ToLower(x)] {
			out = append(out, x)
		}
	}
	return out
}

// roleMonths are month names, which a lower-case text can make look like
// first names.
var roleMonths = set(`january february march april may june july august september october november december`)

// subjectNames returns the people named in the subject of a passive
// victim cue at k, before its verb: "the jesuit ignacio ellacuria, rector
// of the university, and five other priests were murdered".
func (d *docState) subjectNames(st *evSentence, k int) []string {
	toks := st.toks
	var out, owners []string // owners: those whose home or car the subject names
	add := func(a, e int) {
		s := d.span(toks, a, e)
		out = appendNew(out, s)
		if ownerAt(toks, e+1) {
			owners = appendNew(owners, s)
		}
	}
	for x := 0; x < k; x++ {
		l := toks[x].Lower
		if l == "which" && x > 0 && toks[x-1].Text == "," {
			// "colonel x y, commander of the garrison, which was
			// attacked": the garrison; but "x y's residence, which was
			// attacked": x y too
			out = append(out[:0], owners...)
			continue
		}
		if l == "according" {
			// "according to colonel x y, the bus was attacked": the
			// source, up to the comma
			out, owners = out[:0], nil
			for x+1 < k && toks[x+1].Text != "," {
				x++
			}
			continue
		}
		// the subject ends where a clause of its own begins ("the
		// garrison of colonel x y, which was attacked"), or after a
		// note in brackets ("(party leader x y) the country was
		// attacked")
		if set1(l, "said", "that", "reported", "by", "according", "when", "after", "while", "because", "where", "following") ||
			l == ")" && set1(lowerAt(toks, x+1), "the", "a", "an", "this", "our", "we", "i") ||
			roleCustodyWords[l] || isTriggerVerb(l) && x < k-2 {
			out, owners = out[:0], nil
			continue
		}
		if n := nameAt(toks, x); n > 0 {
			if !kinOfBefore(toks, x) && !passiveAgentAt(toks, x) && !kinAfter(toks, x+n) {
				// (not "the son of x y": the son was struck; nor
				// "announced by president x y": the speaker; nor "x
				// y's bodyguard")
				add(x, x+n-1)
			}
			x += n - 1
			continue
		}
		for _, cm := range st.ms {
			if cm.tok == x && cm.e.Type == dossier.Person && cm.end <= k {
				if !kinOfBefore(toks, x) && !passiveAgentAt(toks, x) && !kinAfter(toks, cm.end) {
					add(cm.tok, cm.end-1)
				}
				x = cm.end - 1
				break
			}
		}
	}
	return out
}

// ownerAt reports whether a possessive and a noun of a home or a vehicle
// follow the name that ends before token e: "x y's residence", "x y's
// country house".
func ownerAt(toks []text.Token, e int) bool {
	e, ok := afterPossessive(toks, e)
	if !ok {
		return false
	}
	return roleOwnedHeads[lowerAt(toks, e)] || roleOwnedHeads[lowerAt(toks, e+1)]
}

// modsBefore returns the first token of the run of modifiers from mods
// that ends right before token k.
func modsBefore(toks []text.Token, k, lo int, mods map[string]bool) int {
	s := k
	for s-1 >= lo && s-1 >= 0 && mods[toks[s-1].Lower] {
		s--
	}
	return s
}

// span returns the source text of tokens a through b.
func (d *docState) span(toks []text.Token, a, b int) string {
	return strings.TrimSpace(d.src[toks[a].Start:toks[b].End])
}

// weaponAt returns the weapon phrase headed by token k.
func (d *docState) weaponAt(toks []text.Token, k, lo int) (string, bool) {
	l := toks[k].Lower
	// a weapon noun that modifies another: "bomb attack", "dynamite charge"
	if k+1 < len(toks) {
		n := toks[k+1].Lower
		if mods := roleWeaponNeedMod[n]; mods != nil && contains(mods, l) || set1(n, "launcher", "launchers") {
			return "", false // the next noun heads the phrase: "rocket launchers"
		}
		if set1(n, "squad", "squads", "threat", "threats", "factory", "factories", "experts", "disposal") {
			return "", false
		}
	}
	if set1(l, "dynamite", "explosives", "tnt") && k-2 >= lo && toks[k-1].Lower == "of" {
		// "a charge of dynamite": the charge is the weapon
		if roleWeaponAmounts[toks[k-2].Lower] {
			return d.span(toks, k-2, k), true
		}
	}
	s := k
	for s-1 >= lo && s-1 >= 0 {
		if c := caliberTokens(toks, s, lo); c < s {
			s = c
		} else if roleWeaponMods[toks[s-1].Lower] || caliber(toks[s-1].Lower) {
			s--
		} else {
			break
		}
	}
	if ammunitionFor(toks, s) {
		return "", false // "rounds for rifles": the ammunition, not the arm used
	}
	if mods := roleWeaponNeedMod[l]; mods != nil {
		cal := k > 0 && set1(l, "weapons", "weapon") && (caliber(toks[k-1].Lower) || caliberTokens(toks, k, lo) < k)
		if s == k || !contains(mods, toks[k-1].Lower) && !cal {
			// "charge of dynamite" names its weapon after "of"
			return "", false
		}
	}
	return d.span(toks, s, k), true
}

// caliber reports whether a modifier gives a firearm's calibre: "caliber",
// "9-mm", ".38-caliber", "7.62mm".
func caliber(l string) bool {
	if set1(l, "caliber", "calibre", "heavy-caliber", "high-caliber", "large-caliber", "small-caliber") {
		return true
	}
	n := strings.TrimSuffix(strings.TrimSuffix(l, "-caliber"), "-calibre")
	if n == l {
		n = strings.TrimSuffix(l, "mm")
		if n == l {
			return false
		}
		n = strings.TrimSuffix(n, "-")
	}
	return n != "" && strings.Trim(n, "0123456789.") == ""
}

// caliberTokens returns the first token of a calibre written in tokens of
// its own before token s ("9 - mm", "9 mm", ". 50 - caliber"), or s when
// there is none.
func caliberTokens(toks []text.Token, s, lo int) int {
	if s-2 < lo || s-2 < 0 || !set1(toks[s-1].Lower, "mm", "caliber", "calibre", "-caliber", "-calibre") {
		return s
	}
	j := s - 2
	if toks[j].Text == "-" && j-1 >= lo && j-1 >= 0 {
		j--
	}
	if toks[j].Kind != text.Number {
		return s
	}
	if j-1 >= lo && j-1 >= 0 && toks[j-1].Text == "." && toks[j-1].End == toks[j].Start {
		j-- // ".50-caliber"
	}
	return j
}

// roleAmmunition are nouns of what a weapon fires or is fed with.
var roleAmmunition = set(`ammunition rounds round cartridges cartridge bullets bullet clips clip magazines shells
	grenades spare parts`)

// ammunitionFor reports whether the weapon phrase starting at token s is
// what ammunition is for: "rounds for rifles", "cartridges for the
// foreign-made rifles".
func ammunitionFor(toks []text.Token, s int) bool {
	for j := s - 1; j >= 1 && j >= s-3; j-- {
		if toks[j].Lower != "for" {
			if toks[j].Kind != text.Word || evNPStop[toks[j].Lower] {
				return false
			}
			continue
		}
		for i := j - 1; i >= 0 && i >= j-4; i-- {
			if roleAmmunition[toks[i].Lower] {
				return true
			}
		}
		return false
	}
	return false
}

// roleWeaponAmounts are the nouns of an amount of explosive that "of"
// joins to it: "a charge of dynamite", "sticks of dynamite".
var roleWeaponAmounts = set(`charge charges package packages stick sticks`)

// roleSeizureWords tell of arms taken rather than used: "rifles were
// seized", "the confiscated weapons", "an arms cache".
var roleSeizureWords = set(`seized seize seizing seizure confiscated confiscate confiscation captured cache caches arsenal
	arsenals stockpile seizures recovered impounded smuggling smuggled shipment shipments`)

// seizedNear reports whether a seizure word stands within forty tokens of
// the weapon at k, with no full stop or semicolon between: lists of arms
// seized run long ("police seized the following material: ..., and
// rifles").
func seizedNear(toks []text.Token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-40; j-- {
		if roleSeizureWords[toks[j].Lower] {
			return true
		}
		if set1(toks[j].Text, ".", ";") {
			break
		}
	}
	for j := k + 1; j < len(toks) && j <= k+40; j++ {
		if roleSeizureWords[toks[j].Lower] {
			return true
		}
		if set1(toks[j].Text, ".", ";") {
			break
		}
	}
	return false
}

// contains reports whether xs holds s.
func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// attackerAt returns the attacker phrase headed by token k: "urban
// guerrillas", "heavily armed men", "members of the x front".
func (d *docState) attackerAt(toks []text.Token, k, lo int) (string, bool) {
	l := toks[k].Lower
	if k+1 < len(toks) {
		n := toks[k+1].Lower
		// a noun modifier: "guerrilla attack", "terrorist groups"
		if l == "guerrilla" || l == "terrorist" || l == "group" || l == "groups" {
			if !set1(n, ",", ".", "and", "who", "that", "which", "had", "have", "has", "fled", "attacked", "killed", "were", "was") {
				return "", false
			}
		}
	}
	// "members of the X front": the members as the text names them
	if l == "members" {
		if k+1 >= len(toks) || toks[k+1].Lower != "of" {
			return "", false
		}
		e := k + 2
		// one "of" only: "members of the 8th front of the x army" names the front
		for e < len(toks) && e < k+10 && toks[e].Kind == text.Word && !evNPStop[toks[e].Lower] && toks[e].Lower != "of" &&
			!isTriggerVerb(toks[e].Lower) && !roleVictimCues[toks[e].Lower] && !perpResponsibleWords[toks[e].Lower] {
			e++
		}
		if e > k+3 || e == k+3 && toks[k+2].Lower != "the" {
			return d.span(toks, k, e-1), true
		}
		return "", false
	}
	mods := roleAttackerMods
	if perpCollectiveHeads[l] {
		mods = perpCollectiveSpanMods // "right-wing squads", "paramilitary groups"
	}
	s := modsBefore(toks, k, lo, mods)
	if s > lo && toks[s-1].Lower == "heavily" {
		s--
	}
	e := k
	if roleVagueHeads[l] {
		// "men wearing military uniforms", "men in civilian clothes"
		ok := k+1 < len(toks) && set1(toks[k+1].Lower, "wearing", "dressed", "disguised")
		if x := dressAfter(toks, k); x > k {
			ok, e = true, x
		}
		for j := s; j < k; j++ {
			if roleVagueMods[toks[j].Lower] || toks[j].Lower == "armed" || perpCollectiveHeads[l] && perpCollectiveMods[toks[j].Lower] {
				ok = true
			}
		}
		if !ok && rolePersonHeads[l] && (agentAt(toks, s, lo) || ridingAfter(toks, k)) {
			// "shot by two men", "two men riding a motorcycle"
			ok = true
		}
		if !ok {
			return "", false
		}
	}
	// a victim, not a doer: "killed two guerrillas", "guerrillas were killed"
	if s > 0 && roleVictimCues[toks[s-1].Lower] {
		return "", false
	}
	// denied: "no guerrilla group was involved"
	if s > 0 && set1(toks[s-1].Lower, "no", "neither", "nor") {
		return "", false
	}
	// vague nouns keep their count, as in "three heavily armed men": the
	// count is what tells them apart
	if roleVagueHeads[l] && s > lo && (roleCounts[toks[s-1].Lower] || toks[s-1].Kind == text.Number) &&
		!(s-1 > 0 && roleVictimCues[toks[s-2].Lower]) {
		s--
	}
	// "a group of armed men": the group is how the report names them
	if s-2 >= lo && toks[s-1].Lower == "of" && set1(toks[s-2].Lower, "group", "band") {
		s -= 2
	}
	return d.span(toks, s, e), true
}

// rolePersonHeads are the vague nouns of persons a passive's agent or a
// rider makes attackers.
var rolePersonHeads = set(`men man individuals individual persons`)

// agentAt reports whether the phrase starting at token s, after its
// count, is the agent of a passive: "by two men".
func agentAt(toks []text.Token, s, lo int) bool {
	if s > lo && (roleCounts[toks[s-1].Lower] || toks[s-1].Kind == text.Number || set1(toks[s-1].Lower, "a", "an", "some")) {
		s--
	}
	return s > lo && toks[s-1].Lower == "by"
}

// ridingAfter reports whether the persons at token k ride something, as
// attackers on motorcycles do: "men riding a motorcycle", "men traveling
// on motorcycles", "men aboard a car".
func ridingAfter(toks []text.Token, k int) bool {
	return k+1 < len(toks) && set1(toks[k+1].Lower, "riding", "traveling", "travelling", "aboard", "driving")
}

// roleDress are the words of what attackers wore.
var roleDress = set(`uniform uniforms clothes clothing fatigues hoods masks ski civilian military police army olive green
	camouflage dark black school drab`)

// dressAfter returns the last token of what the people at k wore, as in
// "men wearing military uniforms" or "men in civilian clothes"; k when
// nothing follows.
func dressAfter(toks []text.Token, k int) int {
	if k+2 >= len(toks) || !set1(toks[k+1].Lower, "wearing", "dressed", "disguised", "in") {
		return k
	}
	j := k + 2
	if set1(toks[j].Lower, "in", "as") && toks[k+1].Lower != "in" {
		j++
	}
	if j < len(toks) && set1(toks[j].Lower, "a", "an", "the") {
		j++ // "dressed in a military uniform"
	}
	e := k
	for x := j; x < len(toks) && x < j+3 && roleDress[toks[x].Lower]; x++ {
		e = x
	}
	if e == k || !set1(toks[e].Lower, "uniform", "uniforms", "clothes", "clothing", "fatigues", "hoods", "masks") {
		return k
	}
	return e
}

// targetAt returns the physical target phrase headed by token k, with up
// to five modifiers before it ("power towers", "soviet embassy") and what
// names it after ("the offices of the x bank"), and the phrase's last
// token.
func (d *docState) targetAt(st *evSentence, k, lo int) (string, int, bool) {
	toks := st.toks
	// a noun modifier of a following noun: "bus station", "car bomb",
	// "hospital officials"; a speaker: "the ministry condemned"
	if k+1 < len(toks) {
		n := toks[k+1].Lower
		if roleTargetHeads[n] || roleWeaponHeads[n] || n == "bomb" || n == "damage" || roleSpeakerWords[n] || roleHumanNouns[n] || humanNouns[n] {
			return "", 0, false // "university students", "bank employees"
		}
	}
	if k > 0 && set1(toks[k-1].Lower, "at", "from", "to") && set1(toks[k].Lower, "home", "house", "office") {
		return "", 0, false
	}
	if toks[k].Lower == "exchange" && k+2 < len(toks) && toks[k+1].Lower == "of" && set1(toks[k+2].Lower, "fire", "gunfire", "shots") {
		return "", 0, false // "an exchange of fire"
	}
	if roleVehicles[toks[k].Lower] && vehicleCarrier(toks, k) {
		return "", 0, false // "a car loaded with dynamite", "men riding in a car"
	}
	if mods := roleTargetNeedMod[toks[k].Lower]; mods != nil && (k == 0 || !mods[toks[k-1].Lower]) {
		return "", 0, false // "the political system"
	}
	if set1(toks[k].Lower, "branch", "branches") && !branchOfBusiness(toks, k) {
		return "", 0, false // "the movement's northern branch"
	}
	if k > 0 && toks[k].Lower == "home" && (strings.HasSuffix(toks[k-1].Lower, "ing") || set1(toks[k-1].Lower, "way", "went", "returned", "came", "walked", "drove", "headed")) {
		return "", 0, false // "walking home", "on his way home"
	}
	s := k
	for s-1 >= lo && k-s < roleTargetMaxMods {
		p := toks[s-1]
		if p.Text == "-" && s-2 >= lo && s < k && toks[s-2].Kind == text.Word && !evNPStop[toks[s-2].Lower] && !roleTargetStop[toks[s-2].Lower] {
			s-- // a hyphen spaced inside a name: "the alpha - beta pipeline"
			continue
		}
		if p.Kind == text.Punct && p.Text != "." || p.Kind == text.Number || roleTargetStop[p.Lower] || evNPStop[p.Lower] ||
			isTriggerVerb(p.Lower) || hitVerbs[p.Lower] || roleVictimCues[p.Lower] || inDate(st, s-1) || edVerb(p.Lower) || p.Text == "." ||
			strings.HasSuffix(p.Lower, "ly") || p.Lower == "s" || p.Lower == "'s" || isApos(p.Text) || roleTargetLoose[p.Lower] {
			break
		}
		s--
	}
	for s < k && toks[s].Text == "-" {
		s++
	}
	// modifiers joined by "and" before one head: "the planning and
	// economic ministry", "the alpha and beta banks"
	if s < k && s-3 >= lo && toks[s-1].Lower == "and" && modifierWord(st, s-2) &&
		(roleTargetStop[toks[s-3].Lower] || evNPStop[toks[s-3].Lower]) {
		s -= 2
	}
	// a name glossed in parentheses before the head: "the arvo (arvale
	// workers union) headquarters" is the arvo headquarters
	if s == k && k > lo && toks[k-1].Text == ")" {
		if o := openParen(toks, k-1, lo); o > lo {
			b := o
			for b-1 >= lo && o-b < 2 && modifierWord(st, b-1) {
				b--
			}
			if b < o && !destinationAt(toks, b) {
				return d.span(toks, b, o-1) + " " + d.span(toks, k, k), k, true
			}
		}
	}
	if destinationAt(toks, s) {
		return "", 0, false
	}
	s = d.afterPlaceName(st, s, k)
	// a possessor that is a name or a noun: "x's car", "the newsman's home"
	if s == k || s == k-1 && !roleTargetHeads[toks[k-1].Lower] {
		if ps := possessorStart(st, s, lo); ps >= 0 {
			return d.span(toks, ps, k), k, true
		}
	}
	// a bare head named by what follows: "offices of the x federation"
	if (s == k || roleOwnedHeads[toks[k].Lower] || roleSeatHeads[toks[k].Lower]) && k+2 < len(toks) && toks[k+1].Lower == "of" {
		e := k + 2
		if toks[e].Lower == "the" {
			e++
		}
		b := e
		inner := false
		for e < len(toks) && e-b < 8 {
			l := toks[e].Lower
			if !inner && e > b && e+1 < len(toks) && (l == "of" || l == "'s") && toks[e+1].Kind == text.Word && !evNPStop[toks[e+1].Lower] {
				// "the headquarters of the department of security",
				// "the headquarters of the country's police"
				inner = true
				e++
				continue
			}
			if !inner && e > b && isApos(toks[e].Text) && e+2 < len(toks) && toks[e+1].Lower == "s" && toks[e+2].Kind == text.Word &&
				!evNPStop[toks[e+2].Lower] {
				inner = true // "the offices of the country's police"
				e += 2
				continue
			}
			if l == "and" && e > b && andModifiers(st, e) {
				// "the agriculture and livestock ministry", "the
				// alpha and beta banks": modifiers of one head
				e++
				continue
			}
			if !(toks[e].Kind == text.Word || toks[e].Text == "-" && e > b) || evNPStop[l] || isTriggerVerb(l) || roleVictimCues[l] || inDate(st, e) ||
				e > b && edVerb(l) {
				break // "the branch of the x bank located in"
			}
			e++
		}
		for e > b && set1(toks[e-1].Lower, "of", "'s") {
			e--
		}
		for e > b && toks[e-1].Text == "-" {
			e--
		}
		if e > b && e-b < 8 {
			return d.span(toks, s, e-1), e - 1, true
		}
	}
	// a name in Spanish after the head: "the newspaper el vigia"
	if k+2 < len(toks) && set1(toks[k+1].Lower, "el", "la", "los", "las") && toks[k+2].Kind == text.Word &&
		!evNPStop[toks[k+2].Lower] && !roleTargetStop[toks[k+2].Lower] && !isTriggerVerb(toks[k+2].Lower) {
		return d.span(toks, s, k+2), k + 2, true
	}
	return d.span(toks, s, k), k, true
}

// afterPlaceName returns the first token of a target phrase from s to
// head k without the place name it starts with: "the vardela hotel" is
// the hotel, whose place the event's location gives.
func (d *docState) afterPlaceName(st *evSentence, s, k int) int {
	toks := st.toks
	if s == 0 || !set1(toks[s-1].Lower, "a", "an", "the") {
		return s // a name ("gama building") or a phrase cut short ("the alpha - beta pipeline")
	}
	for _, cm := range st.ms {
		if cm.e.Type != dossier.Location || cm.tok != s || cm.end > k || toks[cm.end].Kind != text.Word {
			continue
		}
		n := strings.ToLower(d.span(toks, cm.tok, cm.end-1))
		if d.ex.Places == nil || d.ex.Places.Ambiguous(n) || commonWords[n] || len(n) < 4 || roleOwnerUnits[toks[cm.end-1].Lower] {
			return s // "main", "tank": a word, not the place
		}
		for j := cm.end; j < k; j++ {
			if roleTargetHeads[toks[j].Lower] || roleOwnerUnits[toks[j].Lower] {
				return s // "the vardela hospital ambulance": the owner's name
			}
		}
		return cm.end
	}
	return s
}

// roleOwnerUnits are nouns of the administrations and bodies that own
// things, whose place names are part of their names: "the vardela
// department truck".
var roleOwnerUnits = set(`department province municipality municipal city state county district council company
	corporation enterprise`)

// andModifiers reports whether the "and" at token a joins modifiers of one
// target noun that follows: "agriculture and livestock ministry", "the
// alpha and beta banks", "the homes of government and city officials",
// not "the party and killed".
func andModifiers(st *evSentence, a int) bool {
	if a < 1 || !modifierWord(st, a-1) {
		return false
	}
	for j := a + 1; j < len(st.toks) && j <= a+3; j++ {
		if l := st.toks[j].Lower; roleTargetHeads[l] || roleHumanNouns[l] || humanNouns[l] {
			return j > a+1
		}
		if !modifierWord(st, j) {
			return false
		}
	}
	return false
}

// roleTargetMaxMods is the most words kept before a target noun: a name
// may run long ("the alpha beta gamma delta radio stations").
const roleTargetMaxMods = 5

// roleTargetEdMods are modifiers ending in -ed that say what kind of
// thing a target is rather than what was done to it.
var roleTargetEdMods = set(`armored armoured`)

// edVerb reports whether a word before a target noun ends in -ed as a
// verb does ("destroyed", "damaged"): not an adjective of kind such as
// "armored" or a hyphened one such as "state-owned".
func edVerb(l string) bool {
	return strings.HasSuffix(l, "ed") && len(l) > 3 && !roleTargetEdMods[l] && !strings.Contains(l, "-")
}

// modifierWord reports whether token j can modify a target noun: a word
// that is no target or weapon noun, no function word, no verb and no
// person.
func modifierWord(st *evSentence, j int) bool {
	p := st.toks[j]
	l := p.Lower
	return p.Kind == text.Word && !roleTargetHeads[l] && !roleWeaponHeads[l] && !roleTargetStop[l] && !evNPStop[l] &&
		!isTriggerVerb(l) && !hitVerbs[l] && !roleVictimCues[l] && !strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "ly") &&
		!roleHumanNouns[l] && !humanNouns[l] && !roleAttackerHeads[l] && !inDate(st, j)
}

// openParen returns the "(" that opens the parenthesis closed at token c,
// at most a dozen tokens before it and not before lo; -1 if there is none.
func openParen(toks []text.Token, c, lo int) int {
	for j := c - 1; j >= lo && j >= c-12; j-- {
		switch toks[j].Text {
		case "(":
			return j
		case ")", ".":
			return -1
		}
	}
	return -1
}

// roleOwnedHeads are the target nouns of things a person owns or lives
// in, whose owner the attack struck as well: "the home of senator x y".
var roleOwnedHeads = set(`home homes house houses residence residences car cars vehicle vehicles automobile
	farm ranch estate apartment mansion`)

// roleSeatHeads are target nouns of the premises of a business or an
// organisation, which "of" names whatever modifiers come before: "the
// political office of x y", "the main branch of the x bank".
var roleSeatHeads = set(`office offices branch branches headquarters building buildings facilities installations`)

// targetOwners returns the people named as the owners of the target
// headed by token k: "the residence of x y", "the homes of minister x y
// and governor z w", "president x y's car". A possessor must be a full
// name: "x's car" after "x y" was named says too little.
func (d *docState) targetOwners(st *evSentence, k, lo int) []string {
	toks := st.toks
	if !roleOwnedHeads[toks[k].Lower] {
		return nil
	}
	if lowerAt(toks, k+1) == "of" {
		if s, e := d.victimAfter(st, k); s != "" && e <= k+9 {
			return appendAll([]string{s}, d.coordinatedNames(st, e+1))
		}
		return nil
	}
	// the possessor ends with "'s" or "s'" right before the head or its
	// one modifier
	for e := k - 1; e >= lo && e >= k-2; e-- {
		var n int
		switch {
		case toks[e].Lower == "'s":
			n = e - 1
		case toks[e].Lower == "s" && e >= 1 && isApos(toks[e-1].Text):
			n = e - 2
		default:
			continue
		}
		if n < lo {
			return nil
		}
		for _, cm := range st.ms {
			if cm.end-1 == n && cm.e.Type == dossier.Person && cm.end-cm.tok > 1 {
				return []string{d.span(toks, cm.tok, n)}
			}
		}
		for b := max(lo, n-3); b < n; b++ {
			if nameAt(toks, b) == n-b+1 {
				return []string{d.span(toks, b, n)}
			}
		}
		return nil
	}
	return nil
}

// roleVehicles are the target nouns of vehicles, which an attack may
// strike or use.
var roleVehicles = set(`car cars vehicle vehicles automobile automobiles truck trucks jeep bus buses van pickup motorcycle
	plane planes aircraft airplane airplanes helicopter helicopters`)

// roleAircraft are the vehicles that fly, which strike from the air.
var roleAircraft = set(`plane planes aircraft airplane airplanes helicopter helicopters`)

// roleStrikeVerbs are what an aircraft does when it is the attacker's:
// "the plane strafed the area", "helicopters fired rockets".
var roleStrikeVerbs = set(`dropped strafed machinegunned fired bombed launched attacked shot opened bombing firing strafing
	dropping launching attacking`)

// vehicleCarrier reports whether the vehicle at k carried the bomb or the
// attackers rather than being struck: "a car loaded with dynamite", "a
// van parked outside", "the vehicle used in the attack", "men riding in a
// car".
func vehicleCarrier(toks []text.Token, k int) bool {
	if k+1 < len(toks) && set1(toks[k+1].Lower, "parked", "used", "fitted", "equipped", "armed") {
		return true
	}
	if roleAircraft[toks[k].Lower] {
		// "the plane strafed", "helicopters are firing rockets"
		j := k + 1
		if j < len(toks) && set1(toks[j].Lower, "is", "are", "was", "were", "have", "has", "had", "also", "then") {
			j++
		}
		if j < len(toks) && roleStrikeVerbs[toks[j].Lower] {
			return true
		}
	}
	n := k + 1
	if n+1 < len(toks) && toks[n].Text == "," {
		n++ // "a truck, packed with dynamite, exploded"
	}
	if n < len(toks) && set1(toks[n].Lower, "loaded", "filled", "full", "packed", "stuffed") {
		// with explosives, not with soldiers
		for j := n + 1; j < len(toks) && j <= n+5; j++ {
			if roleWeaponHeads[toks[j].Lower] {
				return true
			}
		}
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		l := toks[j].Lower
		if set1(l, "riding", "travelling", "traveling", "used", "aboard") {
			return true
		}
		if toks[j].Kind == text.Number {
			continue // "used two cars", "used 2 cars"
		}
		if toks[j].Kind != text.Word || isTriggerVerb(l) {
			break
		}
	}
	return carriedIn(toks, k) || vehicleBlast(toks, k)
}

// roleStowVerbs put a bomb inside something: "a bomb placed in a truck".
var roleStowVerbs = set(`placed planted hidden hid left put concealed installed packed loaded stashed`)

// roleRiderHeads are the nouns of persons a vehicle carries: "men in a
// car fired", "the gunmen in a jeep".
var roleRiderHeads = set(`men man individuals persons people gunmen gunman terrorists guerrillas youths assailants attackers
	killers subversives rebels occupants`)

// carriedIn reports whether the vehicle at k, said without an owner ("a
// truck", "an unmarked car"), is what a bomb was stowed in or the
// attackers rode in: "dynamite placed in a truck", "men in a vehicle
// with tinted windows".
func carriedIn(toks []text.Token, k int) bool {
	j := k - 1
	for j >= 0 && k-j <= 3 && toks[j].Kind == text.Word && !set1(toks[j].Lower, "in", "inside", "into", "a", "an") {
		j-- // modifiers: "a white pickup truck"
	}
	if j < 0 || !set1(toks[j].Lower, "a", "an") {
		return false
	}
	j--
	if j < 0 || !set1(toks[j].Lower, "in", "inside", "into") {
		return false
	}
	if j > 0 && roleRiderHeads[toks[j-1].Lower] {
		return true
	}
	for b := j - 1; b >= 0 && j-b <= 3; b-- {
		if roleStowVerbs[toks[b].Lower] {
			return true
		}
		if toks[b].Kind != text.Word {
			break
		}
	}
	return false
}

// vehicleBlast reports whether the road vehicle at k is the bomb that went
// off: "the explosion of a car near the base". An aircraft that blows up
// is struck by a bomb on board.
func vehicleBlast(toks []text.Token, k int) bool {
	if roleAircraft[toks[k].Lower] {
		return false
	}
	j := k - 1
	for j >= 0 && k-j <= 2 && toks[j].Kind == text.Word && !set1(toks[j].Lower, "a", "an", "of") {
		j--
	}
	return j >= 2 && set1(toks[j].Lower, "a", "an") && toks[j-1].Lower == "of" && set1(toks[j-2].Lower, "explosion", "blast", "detonation")
}

// branchOfBusiness reports whether the branch at k is a bank's or a
// shop's: "a bank branch", "the branch of the x bank".
func branchOfBusiness(toks []text.Token, k int) bool {
	for j := max(0, k-2); j < len(toks) && j <= k+5; j++ {
		if j != k && (roleTargetHeads[toks[j].Lower] && !set1(toks[j].Lower, "branch", "branches") || set1(toks[j].Lower, "banking", "savings")) {
			return true
		}
	}
	return false
}

// possessorStart returns the first token of a possessor that ends with
// "'s" right before token s: a person's name or a noun with up to two
// modifiers ("the soviet newsman's"); -1 if there is none or it is a
// pronoun, a date or a place.
func possessorStart(st *evSentence, s, lo int) int {
	toks := st.toks
	e := s - 1 // the "s" or "'s"
	switch {
	case e >= 1 && toks[e].Lower == "'s":
		e--
	case e >= 2 && toks[e].Lower == "s" && isApos(toks[e-1].Text):
		e -= 2
	case e >= 1 && isApos(toks[e].Text) && strings.HasSuffix(toks[e-1].Lower, "s"):
		e-- // "the guards' post"
	default:
		return -1
	}
	if toks[e].Kind != text.Word || evNPStop[toks[e].Lower] || roleTargetStop[toks[e].Lower] || inDate(st, e) {
		return -1
	}
	for _, cm := range st.ms {
		if cm.end-1 == e && cm.e.Type == dossier.Location {
			return -1 // "the capital's", "bogota's main square"
		}
		if cm.end-1 == e && cm.e.Type == dossier.Person && cm.tok >= lo {
			return cm.tok
		}
	}
	// a name written in lower case, with its titles: "president x y's"
	for n := 4; n >= 2; n-- {
		if b := e - n + 1; b >= lo && nameAt(toks, b) == n {
			for b-1 >= lo && (roleTitles[toks[b-1].Lower] || roleNameTitles[toks[b-1].Lower]) {
				b--
			}
			return b
		}
	}
	b := e
	for b-1 >= lo && e-b < 2 && toks[b-1].Kind == text.Word && !evNPStop[toks[b-1].Lower] && !roleTargetStop[toks[b-1].Lower] &&
		!isTriggerVerb(toks[b-1].Lower) && !roleVictimCues[toks[b-1].Lower] && !strings.HasSuffix(toks[b-1].Lower, "ed") &&
		!inDate(st, b-1) {
		b--
	}
	if b-1 >= lo && set1(toks[b-1].Lower, "el", "la", "los", "las") {
		b-- // "el tiempo's offices"
	}
	// modifiers other than titles need an article before them: "the
	// soviet newsman's", "president x's", not "stole villagers'"
	for x := b; x < e; x++ {
		if !roleTitles[toks[x].Lower] && !roleNameTitles[toks[x].Lower] && (b == 0 || !set1(toks[b-1].Lower, "the", "a", "an")) {
			b = e
		}
	}
	if roleGenericPlaces[toks[e].Lower] {
		return -1
	}
	return b
}

// roleGenericPlaces are nouns of places whose things are no one's in
// particular: "the country's pipelines", "the city's buildings".
var roleGenericPlaces = set(`city country nation capital department province town region state area world`)

// victimAfter returns the person named after a victim cue and the last
// token of the name: "killed X", "the murder of X", "killed two
// reporters, X and Y".
func (d *docState) victimAfter(st *evSentence, k int) (string, int) {
	toks := st.toks
	j := k + 1
	if o := ofAfterAdjunct(toks, k); o > 0 {
		j = o // "the murder on 26 may of x", "the killing in arvessa of x"
	}
	if j < len(toks) && toks[j].Lower == "of" {
		j++
	} else if j < len(toks) && set1(toks[j].Lower, "were", "are", ":") && strings.HasSuffix(toks[k].Lower, "ed") {
		j++ // "also injured were x and y"
	}
	for j < len(toks) && roleTargetStop[toks[j].Lower] && !set1(toks[j].Lower, "two", "three", "four", "five", "six") {
		j++
	}
	j += ageAt(toks, j) // "the shooting of 26-year-old x y"
	if j+2 < len(toks) && firstNames[toks[j].Lower] && !roleNotNames[toks[j].Lower] && !commonWords[toks[j].Lower] &&
		toks[j+1].Lower == "and" && d.nameLen(st, j) == 0 {
		// a first name alone before a full one: "identified as x and
		// y z", the surname said once
		if b, n := d.nextName(st, j+2); b == j+2 && n > 1 {
			return d.span(toks, j, j), j
		}
	}
	// a named person
	for _, cm := range st.ms {
		if cm.tok >= j && cm.tok <= j+7 && cm.e.Type == dossier.Person {
			ok := true
			for x := j; x < cm.tok; x++ {
				if !roleTitles[toks[x].Lower] && toks[x].Kind != text.Word && !titleDotAt(toks, x) {
					ok = false
				}
			}
			if ok && kinOfBefore(toks, cm.tok) {
				return "", 0 // "kidnapped the son of x y": the son
			}
			if ok {
				if n := lowerNameAt(toks, cm.tok); cm.tok+n > cm.end {
					return d.span(toks, cm.tok, cm.tok+n-1), cm.tok + n - 1 // "antonio roldan" of "antonio roldan betancur"
				}
				return d.span(toks, cm.tok, cm.end-1), cm.end - 1
			}
		}
	}
	// a name the text does not capitalise: "jesuit priest ignacio
	// ellacuria"; after people described, the names that follow them:
	// "two reporters, x and y"
	for x, lim := j, j+8; x < len(toks) && x < lim; x++ {
		if toks[x].Text == "(" {
			// "the attack against das (the security police) director x y"
			c := x + 1
			for c < len(toks) && c < x+8 && toks[c].Text != ")" {
				c++
			}
			if c < len(toks) && toks[c].Text == ")" {
				lim += c - x + 1
				x = c
				continue
			}
		}
		if n := nameAt(toks, x); n > 0 {
			if kinOfBefore(toks, x) {
				return "", 0
			}
			return d.span(toks, x, x+n-1), x + n - 1
		}
		if set1(toks[x].Text, ",", ":") && x > j && (isPeopleNoun(toks[x-1].Lower) || roleGroupOfPeople[toks[x-1].Lower] ||
			x+1 < len(toks) && roleNameTitles[toks[x+1].Lower]) {
			if lowerAt(toks, x+1) == "and" && isPeopleNoun(toks[x-1].Lower) {
				x++ // "of a judge, a police commander, and senator x y"
				lim += 2
			}
			lim += 2
			continue // "two reporters, x and y"; "the head of the police, general x y"
		}
		if titleDotAt(toks, x) {
			continue // "the murder of dr. x y"
		}
		if toks[x].Lower == "and" && x > j && (roleNameTitles[toks[x-1].Lower] || roleTitles[toks[x-1].Lower]) {
			continue // "the murder of senator and candidate x y"
		}
		if toks[x].Kind != text.Word || evNPStop[toks[x].Lower] && toks[x].Lower != "of" {
			break
		}
	}
	return "", 0
}

// roleDeedNouns are the nouns of a deed whose victim "of" introduces.
var roleDeedNouns = set(`murder murders assassination assassinations killing killings death deaths kidnapping kidnaping abduction
	disappearance massacre`)

// ofAfterAdjunct returns the token of the "of" that follows a deed noun at
// k past a phrase of time or place ("the murder on 26 may of x", "the
// recent killing in arvessa of x"), or 0.
func ofAfterAdjunct(toks []text.Token, k int) int {
	if !roleDeedNouns[toks[k].Lower] || !set1(lowerAt(toks, k+1), "on", "in", "during", "last", "this", "yesterday") {
		return 0
	}
	for j := k + 2; j < len(toks) && j <= k+7; j++ {
		if toks[j].Lower == "of" {
			if lowerAt(toks, j+1) == "" || toks[j+1].Kind == text.Number || set1(toks[j-1].Lower, "city", "town", "department", "province") {
				return 0 // "on 3 may of 1990", "in the city of x"
			}
			return j
		}
		if toks[j].Kind == text.Punct || evNPStop[toks[j].Lower] && toks[j].Lower != "the" || isTriggerVerb(toks[j].Lower) {
			return 0
		}
	}
	return 0
}

// roleGroupOfPeople are nouns of a few people named after them: "a young
// couple, x y and z w".
var roleGroupOfPeople = set(`couple brothers sisters family`)

// isPeopleNoun reports whether l is a noun of people: "reporters",
// "mayor", "bodyguard".
func isPeopleNoun(l string) bool {
	return roleHumanNouns[l] || humanNouns[l] || personNouns[l] || roleTitles[l] || roleNameTitles[l] || roleKinNouns[l]
}

// roleKinNouns are nouns of a person's kin and companions, which a name
// follows: "his daughter x y", "his assistant, x y".
var roleKinNouns = set(`wife husband son sons daughter daughters brother brothers mother companion companions assistant
	secretary colleague colleagues nephew niece cousin`)

// coordinatedNames returns the names listed after a victim's name that
// ends before token k: "x, y and z", "x and his bodyguard y", "x, 32; y,
// 24".
func (d *docState) coordinatedNames(st *evSentence, k int) []string {
	toks := st.toks
	var out []string
	for k < len(toks) {
		j := k
		// a remark in parentheses after the name: "x (a teacher) and
		// y", "x, (son of the mayor) and y"
		if n := parenLen(toks, j+1); n > 0 && toks[j].Text == "," {
			j += 1 + n
		} else {
			j += parenLen(toks, j)
		}
		// an age after the name: "x, 32,"
		if j+1 < len(toks) && toks[j].Text == "," && toks[j+1].Kind == text.Number && ageAt(toks, j+1) == 0 {
			j += 2 // (not the age before the next name: "x, 30-year-old y")
		}
		sep := false
		for j < len(toks) && (set1(toks[j].Text, ",", ";") || toks[j].Lower == "and" || joinWithAt(toks, j) > 0) {
			sep = true
			j += max(1, joinWithAt(toks, j))
			if toks[j-1].Lower == "and" && lowerAt(toks, j) == "of" {
				j++ // "the murders of x, y, and of z"
			}
		}
		if !sep {
			break
		}
		b, n := d.nextName(st, j)
		if n == 0 {
			// in a list of names, a name whose first name is not known:
			// "x y, z w and u v" (titles and nouns of people before it)
			b, n = listNameAt(toks, j)
		}
		if n == 0 && j > 0 && set1(toks[j-1].Text, ",", ";") {
			// an apposition between the names: "x, leader of the party,
			// and the union leader y"; "x, 55, from arvessa; y"; "x; a
			// boy known as z; y"
			if a := appositionEnd(toks, j); a > 0 {
				j = a
				for j < len(toks) && (set1(toks[j].Text, ",", ";") || toks[j].Lower == "and") {
					j++
				}
				b, n = d.nextName(st, j)
			}
		}
		if n == 0 || roleSpeechVerbs[lowerAt(toks, b+n)] {
			break // (not the speaker after the list: "..., x y said")
		}
		out = append(out, d.span(toks, b, b+n-1))
		k = b + n
	}
	return out
}

// parenLen returns the number of tokens of a remark in parentheses that
// opens at token j, "(a teacher)" or "(son of the mayor)", up to twelve
// tokens long and holding no sentence end, or 0.
func parenLen(toks []text.Token, j int) int {
	if j >= len(toks) || toks[j].Text != "(" {
		return 0
	}
	for x := j + 1; x < len(toks) && x <= j+12; x++ {
		switch toks[x].Text {
		case ")":
			return x - j + 1
		case "(", ".", ";":
			return 0
		}
	}
	return 0
}

// joinWithAt returns the length of a coordinator of several words at
// token j, "along with", "together with" or "as well as", or 0.
func joinWithAt(toks []text.Token, j int) int {
	l, n := lowerAt(toks, j), lowerAt(toks, j+1)
	switch {
	case (l == "along" || l == "together") && n == "with":
		return 2
	case l == "as" && n == "well" && lowerAt(toks, j+2) == "as":
		return 3
	}
	return 0
}

// listNameAt returns the first token and the length of a name in a list
// of names at token j, after an age and up to three nouns of people,
// titles or nationalities: two to four words that are no common words,
// ending where the list goes on or the sentence ends; n is 0 if none.
func listNameAt(toks []text.Token, j int) (b, n int) {
	j += ageAt(toks, j)
	for i := 0; i < 3 && j < len(toks) && (isPeopleNoun(toks[j].Lower) || roleForceMods[toks[j].Lower] || set1(toks[j].Lower, "his", "her", "their")); i++ {
		j++
	}
	for j+n < len(toks) && n < 5 {
		t := toks[j+n]
		l := t.Lower
		if t.Kind != text.Word || evNPStop[l] && l != "de" || roleTitles[l] || personTitles[l] || isPeopleNoun(l) || isTriggerVerb(l) ||
			roleVictimCues[l] || commonWords[l] && !firstNames[l] || notNameWord(l) || roleMonths[l] {
			break
		}
		n++
	}
	if n < 2 || n > 4 || toks[j].Lower == "de" || toks[j+n-1].Lower == "de" || facilityAfter(toks, j+n) {
		return j, 0
	}
	if j+n < len(toks) && !set1(toks[j+n].Text, ",", ";", ".", "(") && toks[j+n].Lower != "and" {
		return j, 0
	}
	return j, n
}

// ageAt returns the number of tokens of an age written before a name at
// token j, "26-year-old" or "4-month-old", or 0.
func ageAt(toks []text.Token, j int) int {
	if j+2 < len(toks) && toks[j].Kind == text.Number && toks[j+1].Text == "-" && strings.HasSuffix(toks[j+2].Lower, "-old") {
		return 3
	}
	return 0
}

// nextName returns the first token and the length of a person's name at
// token j, after titles and descriptions: "his bodyguard", "the
// guatemalan union leader"; n is 0 if none.
func (d *docState) nextName(st *evSentence, j int) (b, n int) {
	toks := st.toks
	j += ageAt(toks, j) // "and 40-year-old x y"
	for i := 0; i < 5 && j < len(toks) && (isPeopleNoun(toks[j].Lower) || set1(toks[j].Lower, "his", "her", "their", "the") ||
		toks[j].Lower == "and" && i > 0 && roleNameTitles[toks[j-1].Lower] && j+1 < len(toks) && isPeopleNoun(toks[j+1].Lower)); i++ {
		j++ // (and "senator and presidential candidate x y")
	}
	if j > 0 && j+1 < len(toks) && toks[j].Text == "," && isPeopleNoun(toks[j-1].Lower) {
		j++ // "and his assistant, x y"
	}
	n = d.nameLen(st, j)
	for x := j; n == 0 && x < j+5 && x+1 < len(toks) && toks[x].Kind == text.Word && !evNPStop[toks[x].Lower] &&
		!isTriggerVerb(toks[x].Lower) && !roleVictimCues[toks[x].Lower]; x++ {
		if n = d.nameLen(st, x+1); n > 0 && isPeopleNoun(toks[x].Lower) {
			j = x + 1
		} else {
			n = 0
		}
	}
	return j, n
}

// appositionEnd returns the token of the comma or semicolon that closes an
// apposition starting at token j (after a comma), or 0 when there is none
// within sixteen tokens: words only, no verb of its own.
func appositionEnd(toks []text.Token, j int) int {
	for x := j; x < len(toks) && x < j+16; x++ {
		t := toks[x]
		if x > j && set1(t.Text, ",", ";") {
			return x
		}
		if t.Kind == text.Punct && !set1(t.Text, "(", ")", "-") || isTriggerVerb(t.Lower) || roleVictimCues[t.Lower] ||
			set1(t.Lower, "and", "who", "which", "that", "said", "was", "were", "is", "are") {
			return 0
		}
	}
	return 0
}

// nameLen returns the length of a person's name at token k: a person
// mention or a lower-case name (see nameAt); 0 if none.
func (d *docState) nameLen(st *evSentence, k int) int {
	for _, cm := range st.ms {
		if cm.tok == k && cm.e.Type == dossier.Person {
			return cm.end - cm.tok
		}
	}
	return nameAt(st.toks, k)
}

// lowerNameAt returns the length of a person's name written in lower case
// at token k: a known first name and one to three more words that are no
// common words, titles or function words ("luis carlos galan"); 0 if none.
func lowerNameAt(toks []text.Token, k int) int {
	if k >= len(toks) || !firstNames[toks[k].Lower] || roleNotNames[toks[k].Lower] {
		return 0 // "said x y": the verb, not the name
	}
	if k > 0 && rolePlacePrefixes[toks[k-1].Lower] {
		return 0 // "san miguel", "santo domingo": a place
	}
	n := 1
	for k+n < len(toks) && n < 5 {
		t := toks[k+n]
		l := t.Lower
		if t.Kind != text.Word || evNPStop[l] && l != "de" || roleTitles[l] || personTitles[l] || isTriggerVerb(l) ||
			roleVictimCues[l] || commonWords[l] && !firstNames[l] || notNameWord(l) || notInName(l) {
			break
		}
		n++
	}
	for n > 1 && toks[k+n-1].Lower == "de" {
		n--
	}
	if n < 2 || facilityAfter(toks, k+n) {
		return 0
	}
	return n
}

// roleNotNames are words that end a person's name written in lower case:
// verbs, adverbs and nouns that follow a name but are none ("luis perez
// took", "carlos ruiz almost", "pedro diaz continues").
var roleNotNames = set(`took takes take continues continued almost also who whose which that said says told
	confirmed denied died dies remains remained lives lived left arrived returned went came added stated
	sought fought shows showed brought thought caught taught bought sent spent held kept
	has have had is was were will would could should may might must did does do be been being
	himself herself themselves here there now today yesterday already still yet again later
	operation case trial murder murders assassination kidnapping death deaths funeral family body
	residence home house office car vehicle farm ranch estate street avenue`)

// notNameWord reports whether a lower-case word cannot continue a
// person's name: a word of roleNotNames, a past tense, a gerund, an
// adverb or a noun in -tion.
func notNameWord(l string) bool {
	return roleNotNames[l] || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || adverbLike(l) ||
		strings.HasSuffix(l, "tion")
}

// adverbLike reports whether a word in -ly reads as an adverb rather than
// a surname: "reportedly" and "fatally" do, "kelly" and "connolly"
// (-elly, -olly, -illy after a consonant) do not, but for the adverbs
// of roleLyAdverbs.
func adverbLike(l string) bool {
	if !strings.HasSuffix(l, "ly") {
		return false
	}
	if len(l) >= 5 && (strings.HasSuffix(l, "elly") || strings.HasSuffix(l, "olly") || strings.HasSuffix(l, "illy")) &&
		!strings.ContainsRune("aeiou", rune(l[len(l)-5])) {
		return roleLyAdverbs[l]
	}
	return true
}

// roleLyAdverbs are adverbs that adverbLike would take for surnames.
var roleLyAdverbs = set(`cruelly wholly shrilly stilly jolly`)

// rolePlacePrefixes begin the names of places that look like a person's:
// "san miguel", "santo domingo", "puerto lopez".
var rolePlacePrefixes = set(`san santa santo sao puerto villa ciudad`)

// roleNotInNames are nouns of places, organisations and things that no
// person's name holds: "the x y velodrome", "the christian democratic
// party", "the x gas station".
var roleNotInNames = set(`party democracy democratic national station port defense rescue velodrome stadium canton
	radio television newspaper front movement army police`)

// notInName reports whether the lower-case word l cannot be part of a
// person's name: a word of roleNotInNames or a target or facility noun.
func notInName(l string) bool {
	return roleNotInNames[l] || roleTargetHeads[l] || facilityHeads[l]
}

// facilityAfter reports whether the word at k makes the name before it a
// facility's: "benito juarez station", "martin rodriguez velodrome".
func facilityAfter(toks []text.Token, k int) bool {
	if k >= len(toks) {
		return false
	}
	l := toks[k].Lower
	return roleTargetHeads[l] || facilityHeads[l] || set1(l, "velodrome", "stadium", "park", "square", "bridge", "highway",
		"neighborhood", "district", "canton", "hacienda", "avenue", "street", "boulevard", "radio", "television",
		"foundation", "institute", "command", "front", "brigade", "battalion", "unit", "party", "movement")
}

// roleNameTitles are titles that a person's name follows: after one, a
// name needs no known first name ("senator federico estrada velez").
var roleNameTitles = set(`mr mr. mrs mrs. dr dr. senator deputy judge colonel col col. general gen gen. major lieutenant
	captain attorney archbishop bishop congressman councilman governor ambassador rector professor candidate
	mayor minister sergeant ms ms. msgr msgr. monsignor engineer engineers photographer photographers reporter
	reporters newsman newsmen cameraman journalist journalists priest priests father sister comrade comrades
	activist activists citizen businessman industrialist rancher councilwoman commissioner inspector
	magistrate prosecutor president hopeful leader director`)

// nameAt returns the length of a lower-case name at token k: one that
// lowerNameAt finds, or two to four uncommon words after a title.
func nameAt(toks []text.Token, k int) int {
	if n := lowerNameAt(toks, k); n > 0 {
		return n
	}
	t := k - 1
	if titleDotAt(toks, t) {
		t-- // "dr. x y"
	}
	if t < 0 || !roleNameTitles[toks[t].Lower] || roleNameTitles[toks[k].Lower] {
		return 0 // "citizen sister x y": the name follows the last title
	}
	n := 0
	for k+n < len(toks) && n < 4 {
		t := toks[k+n]
		l := t.Lower
		if t.Kind != text.Word || evNPStop[l] && l != "de" || roleTitles[l] || personTitles[l] || isTriggerVerb(l) ||
			roleVictimCues[l] || commonWords[l] || notNameWord(l) || notInName(l) {
			break
		}
		n++
	}
	for n > 1 && toks[k+n-1].Lower == "de" {
		n--
	}
	if n < 2 || facilityAfter(toks, k+n) {
		return 0
	}
	return n
}

// titleDotAt reports whether token k is the dot of an abbreviated title
// before a name: "dr." or "col." written with its dot.
func titleDotAt(toks []text.Token, k int) bool {
	return k > 0 && k < len(toks) && toks[k].Text == "." && roleNameTitles[toks[k-1].Lower] && len(toks[k-1].Lower) <= 4 &&
		k+1 < len(toks) && toks[k+1].Kind == text.Word
}

// victimBefore returns the person named before a victim cue: "X was
// kidnapped", "X's murder".
func (d *docState) victimBefore(st *evSentence, k int) string {
	toks := st.toks
	e := k - 1
	// "was seriously wounded", "were also killed"
	for e > 0 && e > k-3 && (roleVictimAdverbs[toks[e].Lower] || strings.HasSuffix(toks[e].Lower, "ly")) {
		e--
	}
	switch {
	case roleDeathVerbs[toks[k].Lower] && e >= 0 && set1(toks[e].Lower, "has", "had", "have"):
		e-- // "x y has died"
	case roleDeathVerbs[toks[k].Lower] || set1(toks[k].Lower, "escaped", "survived", "emerged"):
		// "x y died", "x y later died", "x y escaped": the name ends here
	case e >= 1 && toks[e].Lower == "found" && set1(toks[e-1].Lower, "was", "were", "been"):
		// "x y was found murdered", "has been found dead"
		e -= 2
		if e >= 1 && toks[e+1].Lower == "been" && set1(toks[e].Lower, "had", "has", "have") {
			e--
		}
	case e >= 0 && set1(toks[e].Lower, "was", "were"):
		e--
	case e >= 0 && set1(toks[e].Lower, "is", "are", "remains", "remain") && toks[k].Lower == "in":
		e-- // "x is in the hands of the front"
	case e >= 1 && toks[e].Lower == "been" && set1(toks[e-1].Lower, "had", "has", "have"):
		e -= 2
	case e >= 1 && toks[e].Text == "," && e == k-1 && set1(toks[k].Lower, "kidnapped", "kidnaped", "abducted", "murdered", "assassinated"):
		// "x, kidnapped on 2 may in arvessa, was freed": the name
		// before the participle
		e--
	case e >= 0 && toks[e].Lower == "'s" && !strings.HasSuffix(toks[k].Lower, "ed"):
		e--
	case e >= 1 && toks[e].Lower == "s" && isApos(toks[e-1].Text) && !strings.HasSuffix(toks[k].Lower, "ed"):
		e -= 2
	default:
		return ""
	}
	// "X (name as received) was killed": the name before the note
	if e >= 0 && toks[e].Text == ")" {
		for j := e - 1; j > 0 && j >= e-8; j-- {
			if toks[j].Text == "(" {
				e = j - 1
				break
			}
		}
	}
	comma := -1 // the comma that closes the subject, if any
	// "X, who was kidnapped"
	if e >= 2 && toks[e].Lower == "who" && toks[e-1].Text == "," {
		e -= 2
	} else if e >= 2 && toks[e].Text == "," {
		comma = e
		// "X, a judge of the high court, was murdered": the name before
		// the apposition
		for j := e - 1; j > 0 && j >= e-12; j-- {
			if toks[j].Text == "," {
				e = j - 1
				if e >= 2 && toks[e].Kind == text.Number && toks[e-1].Text == "," {
					e -= 2 // "x y, 21, a member of the patrols, was shot"
				}
				break
			}
			if toks[j].Kind == text.Punct && !set1(toks[j].Text, "(", ")", "-", "'s") && !isApos(toks[j].Text) || isTriggerVerb(toks[j].Lower) ||
				roleVictimCues[toks[j].Lower] {
				break
			}
		}
	}
	b := d.nameEndingAt(st, e)
	if b < 0 && comma >= 0 {
		// a longer subject: "x y, 28, a leader of the party, died";
		// "journalist x y, who was sent to arvessa to cover the war,
		// was injured"
		if b2, e2 := d.subjectBeforeClause(st, comma); b2 >= 0 {
			return d.span(toks, b2, e2)
		}
	}
	if b >= 0 && kinOfBefore(toks, b) {
		// "x, the son of minister y, was wounded": x, not y; "the
		// daughter of senator y was kidnapped": no one named
		b = -1
		for c := e - 1; c > 0 && c >= e-12; c-- {
			if toks[c].Text == "," {
				if b2 := d.nameEndingAt(st, c-1); b2 >= 0 && !kinOfBefore(toks, b2) && c-1 < e {
					return d.span(toks, b2, c-1)
				}
			}
		}
	}
	if b < 0 {
		return ""
	}
	return d.span(toks, b, e)
}

// roleSubjectMax is how far back a subject's name may stand before the
// comma that closes its appositions and relative clauses.
const roleSubjectMax = 40

// subjectBeforeClause returns the first and last token of the person's
// name that opens a subject closed by the comma at token c, past the
// appositions and relative clauses between them: "x y, 28, a leader of
// the party, mtl, died"; "journalist x y, who was sent to arvessa to
// cover the war, was injured". The name must open its clause (see
// clauseOpenAt), and the words between may not tell of harm or speech of
// their own ("x, who said y was killed, ..."); -1 if none.
func (d *docState) subjectBeforeClause(st *evSentence, c int) (int, int) {
	toks := st.toks
	for j := c - 1; j > 0 && j >= c-roleSubjectMax; j-- {
		t := toks[j]
		if set1(t.Text, ";", ".", ":") || roleVictimCues[t.Lower] || roleDeathVerbs[t.Lower] || roleSpeechVerbs[t.Lower] ||
			roleCustodyWords[t.Lower] {
			return -1, -1
		}
		if t.Text != "," {
			continue
		}
		e := j - 1
		if e > 0 && toks[e].Text == ")" {
			for x := e - 1; x > 0 && x >= e-8; x-- {
				if toks[x].Text == "(" {
					e = x - 1
					break
				}
			}
		}
		if b := d.nameEndingAt(st, e); b >= 0 && clauseOpenAt(toks, b) && !kinOfBefore(toks, b) && !passiveAgentAt(toks, b) {
			if b > 0 && unknownWordAt(toks, b-1) && (b == 1 || toks[b-2].Text == "\"" || toks[b-2].Lower == "that") {
				b-- // a first name the lexicon does not know: "that jecar x y"
			}
			return b, e
		}
	}
	return -1, -1
}

// clauseOpenAt reports whether the name that starts at token b opens its
// clause, after up to three words of description ("british engineer x
// y"): the sentence starts there, or a comma, a colon, a quote or "that"
// comes before.
func clauseOpenAt(toks []text.Token, b int) bool {
	j := b - 1
	for i := 0; i < 3 && j >= 0; i, j = i+1, j-1 {
		l := toks[j].Lower
		if toks[j].Kind != text.Word || evNPStop[l] || isTriggerVerb(l) || roleSpeechVerbs[l] || roleVictimCues[l] ||
			strings.HasSuffix(l, "ed") || l == "that" {
			break
		}
	}
	return j < 0 || set1(toks[j].Text, ",", ":", "\"", "--") || toks[j].Lower == "that"
}

// unknownWordAt reports whether token k is a word of no known class: no
// common word, title, noun of people, function word or verb.
func unknownWordAt(toks []text.Token, k int) bool {
	l := toks[k].Lower
	return toks[k].Kind == text.Word && !commonWords[l] && !evNPStop[l] && !isPeopleNoun(l) && !roleTitles[l] && !isTriggerVerb(l) &&
		!roleSpeechVerbs[l] && !notNameWord(l) && !roleForceMods[l] && !roleMonths[l] && !strings.HasSuffix(l, "ed")
}

// nameEndingAt returns the first token of a person's name that ends at
// token e, or -1.
func (d *docState) nameEndingAt(st *evSentence, e int) int {
	if e < 0 {
		return -1
	}
	for _, cm := range st.ms {
		if cm.end-1 == e && cm.e.Type == dossier.Person {
			return cm.tok
		}
	}
	for s := max(0, e-4); s < e; s++ {
		if nameAt(st.toks, s) == e-s+1 {
			return s
		}
	}
	return -1
}

// passiveAgentAt reports whether the name that starts at token b is the
// agent of a passive, after "by" and titles: "announced by president x
// y".
func passiveAgentAt(toks []text.Token, b int) bool {
	for j := b - 1; j >= 0 && j >= b-4; j-- {
		l := toks[j].Lower
		if l == "by" {
			return true
		}
		if toks[j].Kind != text.Word || !(roleNameTitles[l] || roleTitles[l] || set1(l, "former", "the")) {
			return false
		}
	}
	return false
}

// afterPossessive returns the token after a possessive "'s" (one token or
// an apostrophe and "s") that starts at token e, and whether one does.
func afterPossessive(toks []text.Token, e int) (int, bool) {
	switch {
	case lowerAt(toks, e) == "'s":
		return e + 1, true
	case e < len(toks) && isApos(toks[e].Text) && lowerAt(toks, e+1) == "s":
		return e + 2, true
	}
	return e, false
}

// kinAfter reports whether a possessive and a noun of kin or people
// follow the name that ends before token e: "x y's bodyguard", "x y's
// two sons".
func kinAfter(toks []text.Token, e int) bool {
	e, ok := afterPossessive(toks, e)
	if !ok {
		return false
	}
	for i := 0; i < 2 && e < len(toks); i, e = i+1, e+1 {
		l := toks[e].Lower
		if roleKinOf[l] || roleKinNouns[l] || isPeopleNoun(l) {
			return true
		}
	}
	return false
}

// roleKinOf are nouns of a person's kin or staff that "of" and the
// person's name follow: "the son of", "a bodyguard of".
var roleKinOf = set(`son sons daughter daughters wife husband widow brother brothers sister sisters father mother
	nephew niece cousin grandson granddaughter relative relatives bodyguard bodyguards driver chauffeur law`)

// kinOfBefore reports whether the name that starts at token b follows a
// noun of kin and "of", past titles: "the son of former minister x y",
// "the son-in-law of general x y". The one struck is then the kin.
func kinOfBefore(toks []text.Token, b int) bool {
	for j := b - 1; j > 0 && j >= b-4; j-- {
		l := toks[j].Lower
		if l == "of" {
			return roleKinOf[toks[j-1].Lower] || roleKinNouns[toks[j-1].Lower] || strings.HasSuffix(toks[j-1].Lower, "-law")
		}
		if toks[j].Kind != text.Word || !(roleNameTitles[l] || roleTitles[l] || set1(l, "former", "retired", "late", "the")) {
			return false
		}
	}
	return false
}

// roleVictimAdverbs stand between "was" and a victim cue: "was also
// killed", "were reportedly kidnapped".
var roleVictimAdverbs = set(`also reportedly allegedly apparently then later critically seriously badly slightly fatally
	mortally gravely brutally allegedly just`)

// dropBareHeads leaves out a filler that is only the last word of another:
// "embassy" beside "soviet embassy" is one thing said twice.
func dropBareHeads(xs []string) []string {
	out := xs[:0:0]
	for _, x := range xs {
		bare := false
		for _, y := range xs {
			if len(y) > len(x) && strings.HasSuffix(strings.ToLower(y), " "+strings.ToLower(x)) {
				bare = true
				break
			}
		}
		if !bare {
			out = append(out, x)
		}
	}
	return out
}

// roleSideDrop are the attacker nouns a sentence without an attack of
// its own does not name the attackers by: bodies in general ("the
// guerrilla groups", "x front members", though "members of the x army"
// names whose they are) and deeds ("the murderers"), which such a
// sentence tells of as a side.
var roleSideDrop = set(`group groups squad squads cell cells unit units column columns band bands members murderers
	attackers assailants assassins criminals kidnappers killers`)

// describedAttackers reports whether a perpetrator phrase from a sentence
// without an attack of its own names attackers: see roleSideDrop.
func describedAttackers(x string) bool {
	f := strings.Fields(strings.ToLower(x))
	if len(f) == 0 {
		return false
	}
	h := f[len(f)-1]
	for i, w := range f {
		if w == "of" && i > 0 && len(f) > i+1 {
			h = f[len(f)-1] // "a group of armed men", "members of the x army"
			break
		}
		if (w == "wearing" || w == "dressed" || w == "in") && i > 0 {
			h = f[i-1]
			break
		}
	}
	return !roleSideDrop[h]
}

// sideFillers adds to side the role fillers of a sentence that follows an
// attack report without a trigger of its own.
func (d *docState) sideFillers(st *evSentence, side *evMention) {
	m := &evMention{lo: 0, hi: len(st.toks)}
	d.roleFillers(st, m) // its victims are every sentence's: see events
	side.weapons = append(side.weapons, m.weapons...)
	for _, x := range m.indiv {
		if describedAttackers(x) {
			side.indiv = append(side.indiv, x)
		}
	}
	if side.force == "" {
		side.force = m.force // "the church was bombed by the air force"
	}
	// the damage the attack did: "two cars were damaged", "damage to
	// over 20 stores"
	for _, t := range st.toks {
		if roleDamageWords[t.Lower] {
			side.targets = append(side.targets, m.targets...)
			break
		}
	}
}

// roleDamageWords tell of harm done to things.
var roleDamageWords = set(`damaged destroyed damage destruction burned razed shattered demolished wrecked`)

// attackerGroup returns the armed group an attacker noun at k belongs to:
// "fmln guerrillas", "members of the x front", "x urban commandos".
func attackerGroup(st *evSentence, k int) *dossier.Entity {
	toks := st.toks
	for _, cm := range st.ms {
		if cm.e.Type != dossier.ArmedGroup {
			continue
		}
		// the group right before the noun or its modifiers
		if cm.end <= k && k-cm.end <= 2 {
			ok := true
			for j := cm.end; j < k; j++ {
				if !roleAttackerMods[toks[j].Lower] {
					ok = false
				}
			}
			if ok {
				return cm.e
			}
		}
		// "members of the group", "guerrillas of the group"
		if cm.tok > k && cm.tok <= k+3 && k+1 < len(toks) && toks[k+1].Lower == "of" {
			return cm.e
		}
	}
	return nil
}

// soleGroup returns the only armed group an extraction names, or nil.
func soleGroup(x *dossier.Extraction) *dossier.Entity {
	var g *dossier.Entity
	for i := range x.Entities {
		if x.Entities[i].Type != dossier.ArmedGroup {
			continue
		}
		if g != nil {
			return nil
		}
		g = &x.Entities[i]
	}
	return g
}

// roleMemberHeads are attacker nouns that say the attackers belong to an
// organised group: guerrillas and rebels have one, gunmen need not.
var roleMemberHeads = set(`guerrillas guerrilla guerillas rebels commandos members subversives sappers narcoterrorists
	narco-terrorists terrorists insurgents extremists militants fighters`)

// memberAttackers reports whether one of the attacker phrases is headed
// by a noun of roleMemberHeads.
func memberAttackers(xs []string) bool {
	for _, x := range xs {
		f := strings.Fields(strings.ToLower(x))
		if len(f) > 0 && (roleMemberHeads[f[len(f)-1]] || f[0] == "members") {
			return true
		}
	}
	return false
}

// dropPartNames leaves out a name that is the start or the end of a longer
// one: "antonio roldan" beside "antonio roldan betancur".
func dropPartNames(xs []string) []string {
	out := xs[:0:0]
	for _, x := range xs {
		lx := strings.ToLower(x)
		part := false
		for _, y := range xs {
			ly := strings.ToLower(y)
			if len(ly) > len(lx) && (strings.HasPrefix(ly, lx+" ") || strings.HasSuffix(ly, " "+lx)) {
				part = true
				break
			}
		}
		if !part {
			out = append(out, x)
		}
	}
	return out
}

// fullNames gives each victim of evs named by two or more words the given
// names the document writes with it elsewhere: "rodriguez porth" is "jose
// antonio rodriguez porth", and "elena vargas" is "elena maria vargas",
// when the story names them so once. A name written with different given
// names in different places ("x gacha" and "y gacha", father and son) is
// left as it is. The document is read once for all the victims.
func (d *docState) fullNames(evs []dossier.Event) {
	// where the victims' first words stand in the document
	at := map[string][][2]int{}
	for _, ev := range evs {
		for _, v := range ev.Victims {
			if w := strings.Fields(strings.ToLower(v)); len(w) > 1 {
				at[w[0]] = nil
			}
		}
	}
	if len(at) == 0 {
		return
	}
	for si := range d.sents {
		for k, t := range d.sents[si].Tokens {
			if xs, ok := at[t.Lower]; ok {
				at[t.Lower] = append(xs, [2]int{si, k})
			}
		}
	}
	for i := range evs {
		out := make([]string, 0, len(evs[i].Victims))
		for _, v := range evs[i].Victims {
			out = appendNew(out, d.fullName(v, at))
		}
		evs[i].Victims = dropDoers(dropPartNames(out), evs[i].PerpetratorIndividuals)
	}
}

// fullName returns the fullest form of the name x the document writes,
// given where each first word stands (see fullNames), or x.
func (d *docState) fullName(x string, at map[string][][2]int) string {
	words := strings.Fields(strings.ToLower(x))
	if len(words) < 2 {
		return x
	}
	var forms []string // the fuller forms, as written
	for _, p := range at[words[0]] {
		toks, k := d.sents[p[0]].Tokens, p[1]
		b, e := k, 0
		if wordsAt(toks, k, words) {
			// given names before it: "jose antonio" + "x y"
			for b > 0 && k-b < 3 && givenNameAt(toks, b-1) {
				b--
			}
			e = k + len(words) - 1
		}
		if b == k && givenNameAt(toks, k) {
			// a middle name: "elena" + "maria" + "vargas"
			for m := 1; m <= 2 && k+m < len(toks) && givenNameAt(toks, k+m); m++ {
				if wordsAt(toks, k+m+1, words[1:]) {
					e = k + m + len(words) - 1
					break
				}
			}
		}
		if b < k || e >= k+len(words) {
			forms = append(forms, d.src[toks[b].Start:toks[e].End])
		}
	}
	return fullestForm(x, forms)
}

// fullestForm returns the longest of forms when every other form's words
// are among its own in order, or x when the forms name different people
// or there are none.
func fullestForm(x string, forms []string) string {
	best := ""
	for _, f := range forms {
		if len(f) > len(best) {
			best = f
		}
	}
	if best == "" {
		return x
	}
	bw := strings.Fields(strings.ToLower(best))
	for _, f := range forms {
		if !subsequence(strings.Fields(strings.ToLower(f)), bw) {
			return x // two people of one family name
		}
	}
	return best
}

// subsequence reports whether the words of a appear in b in the same order.
func subsequence(a, b []string) bool {
	i := 0
	for _, w := range b {
		if i < len(a) && a[i] == w {
			i++
		}
	}
	return i == len(a)
}

// givenNameAt reports whether token k is a given name that can open a
// person's full name: not a title, nor a common word that is a name too
// ("said", "will").
func givenNameAt(toks []text.Token, k int) bool {
	l := toks[k].Lower
	return firstNames[l] && !personTitles[l] && !commonWords[l] && !roleNotNames[l] && !isTriggerVerb(l)
}

// wordsAt reports whether the tokens from k on are words, lower-cased.
func wordsAt(toks []text.Token, k int, words []string) bool {
	for i, w := range words {
		if k+i >= len(toks) || toks[k+i].Lower != w {
			return false
		}
	}
	return true
}

// rolePeopleWords head phrases that name people, who are victims and not
// physical targets: "the six priests", "him".
var rolePeopleWords = set(`him her them us me jesuits priests secretary members president people persons leader
	leaders troops`)

// roleNoTargetHeads head phrases that follow an attack verb but name no
// physical thing: "attacked the nation", "an attack on freedom".
var roleNoTargetHeads = set(`nation freedom population outskirts mafias mafia relative relatives democracy peace
	country people government society life lives rights`)

// physicalTargets leaves out of an attack's targets the people: phrases
// headed by a person noun, and the names of its victims.
func physicalTargets(targets, victims []string) []string {
	out := targets[:0:0]
	for _, t := range targets {
		lt := strings.ToLower(t)
		f := strings.Fields(lt)
		if len(f) == 0 {
			continue
		}
		h := f[len(f)-1]
		for i, w := range f {
			if w == "of" && i > 0 {
				h = f[i-1] // "the offices of the farmers society"
				break
			}
		}
		if rolePeopleWords[h] || roleHumanNouns[h] || humanNouns[h] || personNouns[h] || roleNoTargetHeads[h] ||
			!roleTargetHeads[h] && (strings.HasSuffix(h, "ly") || strings.HasSuffix(h, "ed") || strings.HasSuffix(h, "ing") && h != "building") {
			continue
		}
		named := false
		for _, v := range victims {
			lv := strings.ToLower(v)
			if strings.Contains(lv, lt) || strings.Contains(lt, lv) && !strings.Contains(lt, lv+"'") && !strings.Contains(lt, lv+"’") &&
				!strings.Contains(lt, " of ") {
				named = true
				break
			}
		}
		if !named {
			out = append(out, t)
		}
	}
	return out
}

// State forces accused: "blamed the army for", "five soldiers accused of
// the massacre", "members of the armed forces were responsible". Only an
// accusation names them: their raids and clashes are no attacks (see
// counterNouns), and neither is an attack on them.

// roleForceMods are the modifiers kept before a state force's name or
// its men: nationalities, "government", "second" of "second
// lieutenants".
var roleForceMods = set(`salvadoran colombian peruvian guatemalan honduran nicaraguan bolivian chilean ecuadoran
	panamanian mexican venezuelan argentine brazilian cuban government regular military second`)

// roleForcePeople are nouns of a state force's men: "five soldiers", "army
// officers".
var roleForcePeople = set(`soldiers soldier troops officers officer personnel guardsmen policemen agents lieutenants
	lieutenant colonels colonel sergeants sergeant corporal corporals subsergeant subsergeants`)

// roleForceRanks are nouns of roleForcePeople that name no force on their
// own: "officers" may be a company's.
var roleForceRanks = set(`officers officer personnel agents lieutenants lieutenant colonels colonel sergeants sergeant`)

// forceOrgAt returns the end (exclusive) of a state force's name starting
// at token k: "army", "armed forces", "air force", "national guard",
// "death squads"; 0 if none.
func forceOrgAt(toks []text.Token, k int) int {
	l, n := toks[k].Lower, lowerAt(toks, k+1)
	switch {
	case l == "army" && (n != "of" || armyOfDeed(toks, k+2)): // not "the army of national liberation"
		return k + 1
	case l == "navy":
		return k + 1
	case l == "armed" && n == "forces", l == "air" && n == "force", l == "national" && (n == "guard" || n == "police"),
		l == "treasury" && n == "police", l == "security" && n == "forces", l == "death" && (n == "squads" || n == "squad"):
		return k + 2
	case l == "military" && k > 0 && set1(toks[k-1].Lower, "the", "salvadoran", "colombian", "peruvian", "guatemalan", "honduran") &&
		(k+1 >= len(toks) || toks[k+1].Kind != text.Word || evNPStop[n] || set1(n, "high", "was", "were", "is", "are", "had", "has")):
		return k + 1
	}
	return 0
}

// forceAt returns the state force phrase at token k: the individuals as
// the text counts them ("five soldiers", "eight members of the army") and
// the force they belong to ("army"), and the phrase's end (exclusive); e
// is 0 when none starts at k.
func forceAt(toks []text.Token, k int) (org, ind [2]int, e int) {
	s := k
	for s < len(toks) && s-k < 3 && roleForceMods[toks[s].Lower] {
		s++
	}
	if oe := forceOrgAt(toks, s); oe > 0 {
		if oe+1 < len(toks) && toks[oe].Lower == "death" && set1(toks[oe+1].Lower, "squads", "squad") {
			oe += 2 // "armed forces death squads"
		}
		org = [2]int{k, oe}
		// "army officers", "armed forces members"
		if oe < len(toks) && (roleForcePeople[toks[oe].Lower] || toks[oe].Lower == "members") {
			return org, [2]int{k, oe + 1}, oe + 1
		}
		return org, [2]int{}, oe
	}
	if s < len(toks) && roleForcePeople[toks[s].Lower] {
		// a lone officer needs a count: "one colonel", not "colonel x y"
		if !strings.HasSuffix(toks[s].Lower, "s") && toks[s].Lower != "personnel" &&
			!(k > 0 && (toks[k-1].Kind == text.Number || set1(toks[k-1].Lower, "one", "a", "an"))) {
			return [2]int{}, [2]int{}, 0
		}
		// "two soldiers of the salvadoran armed forces"
		if lowerAt(toks, s+1) == "of" {
			j := s + 2
			if lowerAt(toks, j) == "the" {
				j++
			}
			if o, _, oe := forceAt(toks, j); oe > 0 && o[1] > 0 {
				return o, [2]int{k, oe}, oe
			}
		}
		// "officers" alone may be anyone's: it needs a count or a force
		if s == k && roleForceRanks[toks[s].Lower] && !(k > 0 && (toks[k-1].Kind == text.Number || roleCounts[toks[k-1].Lower] || toks[k-1].Lower == "one")) {
			return [2]int{}, [2]int{}, 0
		}
		return [2]int{}, [2]int{k, s + 1}, s + 1
	}
	// "members of the armed forces"
	if toks[k].Lower == "members" && lowerAt(toks, k+1) == "of" {
		j := k + 2
		if lowerAt(toks, j) == "the" {
			j++
		}
		if o, _, oe := forceAt(toks, j); oe > 0 && o[1] > 0 {
			return o, [2]int{k, oe}, oe
		}
	}
	return [2]int{}, [2]int{}, 0
}

// withCount widens a phrase of people to the count before it: "five
// soldiers", "the 16 soldiers".
func withCount(toks []text.Token, p [2]int) [2]int {
	if p[0] > 0 && (toks[p[0]-1].Kind == text.Number || roleCounts[toks[p[0]-1].Lower] || set1(toks[p[0]-1].Lower, "one", "eleven", "twelve")) {
		p[0]--
	}
	return p
}

// forcesIn returns the state forces named in tokens [a, b) as an
// accusation's object or subject: the force's name and the individuals.
// An attacker noun or a group's name in the span means the accusation is
// about them: "blamed the guerrillas for attacking an army post".
func (d *docState) forcesIn(st *evSentence, a, b int) (org string, inds []string) {
	toks := st.toks
	a, b = max(a, 0), min(b, len(toks))
	for k := a; k < b; k++ {
		if attackerNouns[toks[k].Lower] || roleAttackerHeads[toks[k].Lower] && toks[k].Lower != "members" {
			return "", nil
		}
	}
	for _, cm := range st.ms {
		if cm.e.Type == dossier.ArmedGroup && cm.tok >= a && cm.tok < b {
			return "", nil
		}
	}
	for k := a; k < b; k++ {
		o, ind, e := forceAt(toks, k)
		if e == 0 {
			// "attributed to the drug mafias"
			if ce := crimeOrgAt(toks, k); ce > 0 && ce <= b && org == "" {
				org = d.span(toks, k, ce-1)
				k = ce - 1
			}
			continue
		}
		if e > b {
			continue
		}
		if o[1] > 0 && org == "" {
			org = d.span(toks, o[0], o[1]-1)
		}
		if ind[1] > 0 {
			ind = withCount(toks, ind)
			inds = append(inds, d.span(toks, ind[0], ind[1]-1))
		}
		k = e - 1
	}
	return org, inds
}

// accusedForces returns the state forces an accusation cue at t names:
// after it for "blamed x", "accused x of", "attributed to x",
// "perpetrated by x"; before it for "x was accused", "x were responsible",
// "soldiers accused of".
func (d *docState) accusedForces(st *evSentence, t int, before bool) (string, []string) {
	toks := st.toks
	if before {
		a := t - 1
		for a >= 0 && t-a <= 8 {
			l := toks[a].Lower
			if l == ";" || l == "." || l == "," || l == "that" || l == "who" || l == "which" || isTriggerVerb(l) {
				break
			}
			a--
		}
		return d.forcesIn(st, a+1, t)
	}
	b := t + 1
	if lowerAt(toks, b) == "to" || lowerAt(toks, b) == "by" {
		b++
	}
	e := b
	for e < len(toks) && e-b < 14 {
		l := toks[e].Lower
		if l == ";" || l == "." || set1(l, "for", "in", "with", "that", "who", "which") || isTriggerVerb(l) ||
			l == "of" && !(e > 0 && toks[e-1].Lower == "members") {
			break
		}
		e++
	}
	return d.forcesIn(st, b, e)
}

// targetTied reports whether the physical target headed by token k is
// tied to the mention's trigger the way an attack report ties what it
// struck: not the scene of a killing or a kidnapping without bombs or
// fire, not the doer ("fired
// on by a helicopter"), not a speaker ("the church stated", "told the
// radio station") and, before the trigger, near it or the subject of a
// passive one ("the embassy was attacked").
func targetTied(toks []text.Token, m *evMention, k int) bool {
	var g *evGroup
	if len(m.groups) > 0 {
		g = m.groups[0]
	}
	if g != nil && personTrigger(g) && m.bomb == 0 && m.votes[evArson] == 0 && m.votes[evBombing] == 0 {
		return false
	}
	p, pj := phraseOpener(toks, k)
	if p == "by" || p == "from" && k-pj <= 3 {
		return false // "fired on by a helicopter", "hurled from a car"
	}
	if k+1 < len(toks) && roleSpeechVerbs[toks[k+1].Lower] ||
		k+2 < len(toks) && set1(toks[k+1].Lower, "has", "have", "had", "is", "was") && roleSpeechVerbs[toks[k+2].Lower] {
		return false
	}
	if pj >= 0 && (roleSpeechVerbs[p] || p == "to" && pj > 0 && set1(toks[pj-1].Lower, "according", "told", "said", "reported")) {
		return false
	}
	if speakerWhere(toks, k) {
		return false
	}
	if g != nil && haltedAt(toks, g.tok) {
		return false // "to suspend their sabotage of the power lines"
	}
	if g != nil && k < g.tok && g.tok-k > 6 && !passiveSubject(toks, k, g.tok) && !struckSubject(toks, k) {
		return false
	}
	return true
}

// roleStruckVerbs are participles that tell a thing was struck: "the
// bank was destroyed", "two buses were set on fire".
var roleStruckVerbs = set(`damaged destroyed burned burnt razed demolished wrecked attacked bombed dynamited sabotaged
	blown set hit gutted torched`)

// struckSubject reports whether the phrase headed by token k, alone or in
// a list of such phrases, is the subject of a passive verb of harm: "the
// office was heavily damaged", "two stores, a bank and a bus were
// destroyed".
func struckSubject(toks []text.Token, k int) bool {
	for a := k + 1; a < len(toks) && a-k <= 16; a++ {
		l := toks[a].Lower
		if set1(l, "was", "were", "is", "are", "been", "be") {
			v := a + 1
			for v < len(toks) && (strings.HasSuffix(toks[v].Lower, "ly") || set1(toks[v].Lower, "also", "been", "being")) {
				v++
			}
			return v < len(toks) && roleStruckVerbs[toks[v].Lower] && (toks[v].Lower != "set" || fireAfter(toks, v))
		}
		if toks[a].Kind == text.Punct && toks[a].Text != "," && toks[a].Text != "-" || set1(l, "that", "which", "who", "where", "when", "but", "by") ||
			isTriggerVerb(l) || edVerb(l) || roleStruckVerbs[l] {
			return false
		}
	}
	return false
}

// speakerWhere reports whether the noun at k speaks after a phrase of
// where it is: "the embassy in ostrava has confirmed".
func speakerWhere(toks []text.Token, k int) bool {
	if k+3 >= len(toks) || !set1(toks[k+1].Lower, "in", "at") {
		return false
	}
	for j := k + 2; j < len(toks) && j <= k+5; j++ {
		l := toks[j].Lower
		if roleSpeechVerbs[l] {
			return j > k+2
		}
		if toks[j].Kind != text.Word || evNPStop[l] && !set1(l, "has", "have", "had") || isTriggerVerb(l) {
			return false
		}
	}
	return false
}

// roleSpeechVerbs follow a speaker or precede whom it spoke to: "the
// church stated", "told the station".
var roleSpeechVerbs = set(`said says stated states reported reports announced announces asserted asserts told tells added
	adds denied denies condemned condemns confirmed confirms declared declares explained noted indicated charged claimed
	informed pointed urged warned`)

// personTrigger reports whether a trigger group tells of a killing, a
// wounding or a kidnapping: the buildings such a report names are where it
// happened.
func personTrigger(g *evGroup) bool {
	for _, w := range g.words {
		for _, x := range w.words {
			if strings.HasPrefix(x, "murder") || strings.HasPrefix(x, "assassinat") || strings.HasPrefix(x, "kill") ||
				strings.HasPrefix(x, "kidnap") || strings.HasPrefix(x, "abduct") || x == "massacre" || x == "massacres" ||
				woundVerbs[x] {
				return true
			}
		}
	}
	return false
}

// phraseOpener returns the word that opens the noun phrase headed by
// token k, a preposition, a verb or a punctuation mark, and its index
// (-1 and "" at the start of the sentence).
func phraseOpener(toks []text.Token, k int) (string, int) {
	j := k - 1
	for j >= 0 && k-j <= 6 && toks[j].Kind == text.Word && !roleLocatives[toks[j].Lower] &&
		!set1(toks[j].Lower, "on", "against", "of", "by", "with", "and", "or") && !isTriggerVerb(toks[j].Lower) && !evNPStop[toks[j].Lower] {
		j--
	}
	if j < 0 {
		return "", j
	}
	return toks[j].Lower, j
}

// passiveSubject reports whether the phrase headed by token k is the
// subject of a passive trigger at token t: "the embassy was also
// attacked".
func passiveSubject(toks []text.Token, k, t int) bool {
	a := t - 1
	for a > k && (strings.HasSuffix(toks[a].Lower, "ly") || set1(toks[a].Lower, "also", "been", "later", "then", "being")) {
		a--
	}
	if a <= k || a-k > 8 || !set1(toks[a].Lower, "was", "were", "is", "are", "be", "been", "has", "have", "had") {
		return false
	}
	for x := k + 1; x < a; x++ {
		l := toks[x].Lower
		if toks[x].Kind != text.Word && !isApos(toks[x].Text) || set1(l, "that", "which", "who", "where", "when", "and", "but") || isTriggerVerb(l) {
			return false
		}
	}
	return true
}

// roleBareAttackers are attacker nouns that, alone, name the attackers of a
// report only where it tells the attack: in a sentence without a trigger
// they are the side of a war, not the doers.
var roleBareAttackers = set(`guerrillas guerrilla guerillas rebels rebel terrorists terrorist subversives insurgents`)

// roleAffilNouns are nouns of a person's place in a group: "a leader of
// the x front", "the candidate for the x movement".
var roleAffilNouns = set(`leader leaders candidate candidates member founder founders commander chief head spokesman
	spokesmen representative representatives official officials militant militants president secretary delegate
	delegates negotiator negotiators`)

// affiliation reports whether the phrase that starts at token b (the
// name of a group, maybe after "the" and a modifier or two) completes a
// noun of a person's place in the group: "candidate for the disbanded x
// guerrilla group", "a leader of the x front".
func affiliation(toks []text.Token, b int) bool {
	for k := b - 1; k >= 0 && b-k <= 4; k-- {
		l := toks[k].Lower
		if set1(l, "of", "for") {
			return k > 0 && roleAffilNouns[toks[k-1].Lower]
		}
		if toks[k].Kind != text.Word {
			return false
		}
	}
	return false
}

// appositiveAffiliation reports whether the group's name at token b
// completes a noun of a person's place set off by a comma, as a victim is
// described: "carlos x, presidential candidate for the y front, was
// shot".
func appositiveAffiliation(toks []text.Token, b int) bool {
	if !affiliation(toks, b) {
		return false
	}
	k := b - 1
	for k >= 0 && !set1(toks[k].Lower, "of", "for") {
		k--
	}
	for j := k - 2; j >= 0 && k-j <= 4; j-- {
		if toks[j].Text == "," {
			return true
		}
		if toks[j].Kind != text.Word {
			return false
		}
	}
	return false
}

// affiliatedNoun reports whether the attacker noun at k names group g
// as someone's group: the group's name before it completes a noun of a
// person's place set off by a comma ("x, the candidate for the y
// guerrilla group").
func affiliatedNoun(st *evSentence, k int, g *dossier.Entity) bool {
	for _, cm := range st.ms {
		if cm.e == g && cm.end <= k && k-cm.end <= 2 {
			return appositiveAffiliation(st.toks, cm.tok)
		}
	}
	return false
}

// membersSpeak reports whether the members at token k are the subject of
// a verb of speech or protest: "x members protested the murder".
func membersSpeak(toks []text.Token, k int) bool {
	j := k + 1
	for j < len(toks) && j <= k+3 && set1(toks[j].Lower, "are", "were", "have", "has", "had", "also", "today", "yesterday") {
		j++
	}
	l := lowerAt(toks, j)
	return roleSpeechVerbs[l] || set1(l, "protesting", "protested", "protest", "demanded", "demanding", "mourned", "mourning",
		"marched", "marching", "demonstrated", "demonstrating", "gathered", "attended", "buried")
}

// roleHaltWords ask for, promise or announce that attacks stop: what
// such attacks would strike was not struck by one attack.
var roleHaltWords = set(`suspend suspends suspended suspending suspension halt halts halted halting cease ceases ceasing
	cessation end stop stops stopping renounce renounces renounced renouncing`)

// haltedAt reports whether the trigger at t is the object of a word of
// stopping attacks: "suspend their sabotage of", "a suspension of
// attacks on", "an end to the bombing of".
func haltedAt(toks []text.Token, t int) bool {
	for j := t - 1; j >= 0 && t-j <= 4; j-- {
		l := toks[j].Lower
		if roleHaltWords[l] {
			return true
		}
		if !set1(l, "the", "their", "its", "all", "of", "to", "further", "new") {
			return false
		}
	}
	return false
}
