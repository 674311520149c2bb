package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"strings"

	"dossier"
	"dossier/eval/muc4"
	"dossier/extract"
)

// eventPredictor answers MUC-4 role fillers with the extractor's events:
// the same extraction that serves news, no special mode.
type eventPredictor struct{ ex *extract.Extractor }

// Predict implements muc4.Predictor.
func (p eventPredictor) Predict(ctx context.Context, d muc4.Doc) (muc4.Prediction, error) {
	x, err := p.ex.Extract(ctx, &dossier.Document{Path: d.ID, Text: d.Text, Language: "en"})
	if err != nil {
		return nil, err
	}
	pred := muc4.Prediction{}
	seen := map[string]bool{}
	add := func(role, s string) {
		k := role + "\x00" + muc4.Normalize(s)
		if s == "" || seen[k] {
			return
		}
		seen[k] = true
		pred[role] = append(pred[role], s)
	}
	story := storyMonth(d.Text, x)
	for _, e := range x.Events {
		if longPast(e) || old(e, story) {
			// MUC-4 keeps recent incidents only, of the last two months:
			// "a dynamite attack last year", or one dated 1980 in a
			// story that writes 1989, is background
			continue
		}
		if unspecific(e) {
			// MUC-4 keeps only incidents told specifically: one
			// sentence that names neither place nor anything struck is
			// a passing or general mention ("the attacks must stop")
			continue
		}
		if clashOnly(e) {
			// nor clashes: fighting with, or an ambush of, armed forces
			// that strikes nothing civilian
			continue
		}
		if militaryOnly(e) {
			// MUC-4 leaves out guerrilla warfare: attacks whose every
			// target is a military or police force or installation
			continue
		}
		for _, s := range e.PerpetratorIndividuals {
			if formation(s) {
				// "a death squad", "the commando unit": one body of
				// men, as an organisation is, not the individuals
				continue
			}
			add(muc4.PerpInd, s)
		}
		add(muc4.PerpOrg, perpOrg(x, e))
		targets := e.Targets
		if e.Type == "kidnapping" && len(e.Weapons) == 0 {
			// MUC-4's physical target slot does not apply to
			// kidnappings: the house or the car they were taken from
			// was not attacked
			targets = nil
		}
		milTarget := false
		for _, s := range targets {
			milTarget = milTarget || military(s)
		}
		for _, s := range targets {
			if milTarget && forceVehicle(s) {
				// "the last vehicle" of an attacked army convoy is the
				// force's own
				continue
			}
			if deedPhrase(s) {
				// "destroying power pylons": a deed read as a thing
				continue
			}
			if military(s) {
				// guerrilla warfare again: the garrison or the
				// helicopter struck beside civilian things (police
				// posts and guard posts are often kept)
				continue
			}
			add(muc4.Target, s)
		}
		for _, s := range e.Victims {
			// MUC-4's victim slot (HUM TGT: NAME) holds names, not
			// descriptions such as "two policemen", and names in full: a
			// lone word is a surname said again or no name at all
			if !description(s) && len(strings.Fields(s)) > 1 && !rankedSoldier(d.Text, s) {
				add(muc4.Victim, s)
			}
		}
		for _, s := range specificWeapons(e.Weapons) {
			add(muc4.Weapon, s)
		}
	}
	pred[muc4.PerpInd] = dropDeedNouns(pred[muc4.PerpInd])
	return pred, nil
}

// specificWeapons leaves out an event's generic word for one explosive
// when the event names it more specifically: a report that tells of "the
// dynamite attack" and of "a powerful bomb" used one charge, and MUC-4
// keeps the material ("dynamite"); "a bomb" said again as "the explosive
// device" is the bomb. A plural ("bombs", "explosive devices") tells of
// several charges, which are kept.
func specificWeapons(ws []string) []string {
	has := map[string]bool{}
	for _, w := range ws {
		has[muc4.Normalize(w)] = true
	}
	if has["bombs"] || has["explosive devices"] {
		return ws
	}
	drop := map[string]bool{}
	if has["dynamite"] {
		drop["bomb"], drop["explosive device"] = true, true
	}
	if has["bomb"] {
		drop["explosive device"] = true
	}
	var out []string
	for _, w := range ws {
		if !drop[muc4.Normalize(w)] {
			out = append(out, w)
		}
	}
	return out
}

// formationHeads are singular nouns of one armed body of men.
var formationHeads = wordSet(`squad unit`)

// formation reports whether a perpetrator phrase names one armed body
// ("a death squad", "the commando unit") rather than its men.
func formation(s string) bool {
	return formationHeads[lastWord(s)]
}

// deedNouns name perpetrators only by what they did: "the kidnappers",
// "the murderers".
var deedNouns = wordSet(`murderers kidnappers attackers assailants criminals killers assassins`)

// dropDeedNouns leaves out a perpetrator said only as a bare deed noun
// ("the attackers") when the document describes perpetrators otherwise
// ("three armed men"): it is a second mention of them, and one gold
// entity matches one filler only.
func dropDeedNouns(xs []string) []string {
	other := false
	for _, x := range xs {
		if !deedNouns[muc4.Normalize(x)] {
			other = true
		}
	}
	if !other {
		return xs
	}
	var out []string
	for _, x := range xs {
		if !deedNouns[muc4.Normalize(x)] {
			out = append(out, x)
		}
	}
	return out
}

// perpOrg returns the name of the organisation an event's perpetrator
// is, as MUC-4 keys write it, or "".
func perpOrg(x *dossier.Extraction, e dossier.Event) string {
	if e.PerpetratorEntity != nil {
		if ent := x.EntityByID(*e.PerpetratorEntity); ent != nil && len(ent.Mentions) > 0 {
			// the text's own words for the group, as MUC-4 keys list
			// them: the name it uses most
			return usualName(ent)
		}
		return ""
	}
	if e.Perpetrator != nil {
		return *e.Perpetrator
	}
	return ""
}

// usualName returns the name MUC-4 keys list for a group: its acronym
// when the story gives one ("the tesmar liberation front (tlf)"), as the
// keys list it among the names of almost every group that has one;
// otherwise the form of its name the mentions use most, the first of
// equals.
func usualName(ent *dossier.Entity) string {
	if a := acronymOf(ent); a != "" {
		return a
	}
	n := map[string]int{}
	best, bestN := "", 0
	for _, m := range ent.Mentions {
		if m.Ref && best != "" {
			continue // "the group" names no group
		}
		k := muc4.Normalize(m.Text)
		n[k]++
		if n[k] > bestN {
			best, bestN = m.Text, n[k]
		}
	}
	return best
}

// acronymOf returns the acronym an entity's mentions use beside a name
// they write in full ("fmln" beside "the farabundo marti national
// liberation front"), or "": a single word of at most five letters that
// the extractor knows as the group's acronym or whose letters start words
// of the full name.
func acronymOf(ent *dossier.Entity) string {
	var long [][]string
	for _, m := range ent.Mentions {
		if f := strings.Fields(strings.ToLower(m.Text)); !m.Ref && len(f) > 2 {
			long = append(long, f)
		}
	}
	for _, m := range ent.Mentions {
		a := strings.ToLower(m.Text)
		if m.Ref || strings.ContainsAny(a, " .") || len(a) < 2 || len(a) > 5 {
			continue
		}
		if len(long) > 0 && knownAcronym(ent, a) {
			return m.Text
		}
		for _, f := range long {
			if initialsOf(a, f) {
				return m.Text
			}
		}
	}
	return ""
}

// knownAcronym reports whether a is an alias of ent that the extractor
// read as an acronym or knows as one of the group's names ("eln" for
// the army of national liberation).
func knownAcronym(ent *dossier.Entity, a string) bool {
	for _, ae := range ent.AliasEvidence {
		if (ae.How == "acronym" || ae.How == "known") && strings.EqualFold(ae.Alias, a) {
			return true
		}
	}
	return false
}

// initialsOf reports whether each letter of a starts a word of f, a word
// for each letter, in any order: acronyms often keep the word order of
// another language ("fmln" for the farabundo marti national liberation
// front).
func initialsOf(a string, f []string) bool {
	n := map[byte]int{}
	for _, w := range f {
		if w != "" && w != "the" && w != "of" {
			n[w[0]]++
		}
	}
	for i := 0; i < len(a); i++ {
		if n[a[i]] == 0 {
			return false
		}
		n[a[i]]--
	}
	return true
}

func runEvalMUC4(ctx context.Context, app *App, args []string) error {
	fs := app.flags("eval muc4", "dossier eval muc4 [--predictions OUT.json] [--json] FILE")
	out := fs.String("predictions", "", "write the predicted fillers per document in GRIT's format to this `file`")
	asJSON := fs.Bool("json", false, "write the report as JSON")
	limit := fs.Int("limit", 0, "score only the first N documents")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"give one file in the processed_gtt or processed_grit format"}
	}
	k, err := app.knowledge()
	if err != nil {
		return err
	}
	rep, preds, err := muc4.Run(ctx, fs.Arg(0), eventPredictor{k.ex}, muc4.Options{Limit: *limit, Logger: app.Log})
	if err != nil {
		return err
	}
	if *out != "" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		docs, err := muc4.Read(f)
		f.Close()
		if err != nil {
			return err
		}
		w, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := muc4.WritePredictions(w, docs, preds); err != nil {
			w.Close()
			return fmt.Errorf("write predictions: %w", err)
		}
		if err := w.Close(); err != nil {
			return err
		}
	}
	if *asJSON {
		return writeJSON(app.Stdout, rep)
	}
	return rep.WriteTable(app.Stdout)
}

// descriptionHeads end a victim description rather than a name.
var descriptionHeads = map[string]bool{
	"people": true, "persons": true, "civilians": true, "soldiers": true, "policemen": true, "police": true, "peasants": true,
	"students": true, "children": true, "women": true, "men": true, "workers": true, "members": true, "guards": true,
	"troops": true, "officers": true, "agents": true, "residents": true, "passengers": true, "employees": true,
	"soldier": true, "policeman": true, "peasant": true, "civilian": true, "guard": true, "officer": true, "agent": true,
	"person": true, "worker": true, "member": true, "family": true, "relatives": true, "bodyguards": true, "bodyguard": true,
	"woman": true, "man": true, "child": true, "girl": true, "boy": true, "girls": true, "boys": true, "minor": true, "minors": true,
	"leader": true, "leaders": true, "priest": true, "priests": true, "nuns": true, "citizen": true, "citizens": true,
	"sailors": true, "judges": true, "judge": true, "fishermen": true, "journalists": true, "journalist": true, "newsmen": true,
	"officials": true, "official": true, "businessmen": true, "individuals": true, "personalities": true, "traffickers": true,
	"vehicles": true,
}

// description reports whether a victim phrase describes people rather
// than naming them: its last word is a common noun of people.
func description(s string) bool {
	return descriptionHeads[lastWord(s)]
}

// rankWords are the ranks and nouns of soldiers and junior officers that
// a name follows ("lieutenant x y", "soldier x y"); generals and colonels,
// often struck as public figures, are not among them.
var rankWords = wordSet(`soldier soldiers private corporal sergeant lieutenant captain major lt lt. sgt sgt. cpl cpl. capt capt. maj maj.
	guardsman militiaman`)

// rankedSoldier reports whether a story writes a victim's name after a
// soldier's rank wherever it writes the name in full: MUC-4 leaves out
// the soldiers of its guerrilla warfare as victims.
func rankedSoldier(text, name string) bool {
	lt, ln := strings.ToLower(text), strings.ToLower(name)
	n := 0
	for i := 0; ; {
		j := strings.Index(lt[i:], ln)
		if j < 0 {
			break
		}
		j += i
		before := strings.Fields(lt[max(0, j-30):j])
		if len(before) == 0 || !rankWords[before[len(before)-1]] {
			return false
		}
		n++
		i = j + len(ln)
	}
	return n > 0
}

// vehicleWords are the nouns of road vehicles and of the premises a
// force keeps ("the headquarters", "the installations").
var vehicleWords = wordSet(`vehicle vehicles truck trucks jeep jeeps car cars headquarters installations facilities`)

// vehicleCounts are the words before a vehicle noun that say which or
// how many, not whose.
var vehicleCounts = wordSet(`last first one two three the a an`)

// forceVehicle reports whether a target phrase is a vehicle or premises
// said without an owner or a kind ("the last vehicle", "one truck", "the
// headquarters"): beside a military target it is one of the force's own.
func forceVehicle(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 || !vehicleWords[f[len(f)-1]] {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !vehicleCounts[w] {
			return false
		}
	}
	return true
}

// militaryWords mark a target or victim phrase as a military or police
// force or installation.
var militaryWords = wordSet(`army military soldiers soldier troops garrison garrisons barracks regiment
	battalion battalions brigade brigades patrol patrols convoy positions position outpost outposts detachment
	guardsmen guard guards helicopter helicopters gunship gunships airbase personnel sergeant corporal
	unit units police policemen policeman carabineros carabinero forces force enemy navy naval paramilitary
	reinforcements militia militiamen regiments detachments infantry platoon platoons squadron squadrons aircraft`)

// deedGerunds are the -ing forms of verbs of harm, which start a clause
// rather than the name of a thing struck.
var deedGerunds = wordSet(`bombing destroying causing attacking burning damaging sabotaging blowing killing dynamiting`)

// deedPhrase reports whether a target phrase starts with a verb of harm
// ("bombing pipelines", "causing property"): the words of a deed, not a
// thing struck.
func deedPhrase(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 1 && deedGerunds[f[0]]
}

// lastWord returns the last word of a phrase in lower case, or "".
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// wordSet returns the set of the white-space separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// unspecific reports whether an event is told in a single sentence that
// names no place, no target and no victim.
func unspecific(e dossier.Event) bool {
	return len(e.Targets)+len(e.Victims) == 0 && len(e.Evidence) == 1 && e.Location == nil && !toldAsDeed(e.Evidence[0].Text)
}

// deedVerbs are the past forms of the verbs that report an attack done.
var deedVerbs = wordSet(`killed kidnapped kidnaped murdered assassinated exploded attacked bombed detonated ambushed
	abducted shot burned machinegunned dynamited destroyed wounded injured`)

// hedgeWords make a sentence about an attack an opinion, a charge, a
// denial or a possibility rather than a report of it.
var hedgeWords = wordSet(`accused accuse accuses blamed blame blames responsible condemn condemns condemned denied denies
	may might could would if will must should`)

// dayWords date a deed to a day near the story's: "yesterday", "on
// monday".
var dayWords = wordSet(`yesterday today tonight monday tuesday wednesday thursday friday saturday sunday`)

// toldAsDeed reports whether a sentence reports an attack as a deed done
// on a day: a past form of an attack verb, a day ("yesterday", "on
// monday", "last night", "on 4 may"), and no word of a charge, a
// denial or a possibility.
func toldAsDeed(s string) bool {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	})
	deed, day := false, false
	digit := func(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }
	for i, w := range f {
		prev, next := "", ""
		if i > 0 {
			prev = f[i-1]
		}
		if i+1 < len(f) {
			next = f[i+1]
		}
		if hedgeWords[w] && !(w == "may" && (digit(prev) || digit(next))) {
			return false // (not the month: "on 4 may")
		}
		deed = deed || deedVerbs[w]
		day = day || dayWords[w] || prev == "last" && w == "night" || prev == "this" && w == "morning" ||
			prev == "on" && digit(w)
	}
	return deed && day
}

// policeWords are the militaryWords of police and guards, whose posts
// MUC-4 often keeps as targets.
var policeWords = wordSet(`police policemen policeman guard guards guardsmen carabineros carabinero`)

// military reports whether a target phrase names a military force or
// installation, not a police one.
func military(x string) bool {
	f := strings.Fields(strings.ToLower(x))
	for i, w := range f {
		if militaryWords[w] && !policeWords[w] || w == "staff" && i > 0 && f[i-1] == "general" {
			return true // "the general staff installations" too
		}
	}
	return false
}

// militaryOnly reports whether every target and victim of an event is a
// military or police force or installation, as in a clash or an ambush
// of a patrol; an event with neither is not.
func militaryOnly(e dossier.Event) bool {
	n, army := 0, false
	for _, s := range e.Targets {
		army = army || military(s)
	}
	for _, xs := range [][]string{e.Targets, e.Victims} {
		for _, x := range xs {
			if army && forceVehicle(x) {
				// "one truck" beside an attacked army convoy is the
				// force's own (not beside a police post: a passer-by's
				// car)
				continue
			}
			mil := false
			owner := false
			for _, w := range strings.Fields(strings.ToLower(x)) {
				owner = owner || w == "of"
				if militaryWords[w] && !(owner && policeWords[w]) {
					// "the headquarters of the secret police" is
					// a building MUC-4 keeps, as it keeps police posts
					mil = true
					break
				}
			}
			if !mil {
				return false
			}
			n++
		}
	}
	return n > 0
}

// clashOnly reports whether an event is an armed clash (the extractor's
// subtype for fighting with, or attacks on, armed forces), whatever it
// names as struck: the building or the bus caught in a battle between
// armed sides is no target of a terrorist incident; or an ambush whose
// every target is a military one (its dead are the force's men).
func clashOnly(e dossier.Event) bool {
	if e.Subtype == nil {
		return false
	}
	switch *e.Subtype {
	case "armed clash":
		return true
	case "ambush":
		if len(e.Targets) == 0 {
			return false
		}
	default:
		return false
	}
	mil := false
	for _, s := range e.Targets {
		mil = mil || military(s)
	}
	for _, s := range e.Targets {
		if !military(s) && !(mil && forceVehicle(s)) {
			return false // (not "one truck" beside an army convoy: the force's own)
		}
	}
	return true
}

// countWords are the small counts written as words.
var countWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "several": 3, "many": 3}

// longPast reports whether an event the story does not date is told as
// more than two months old ("last year", "three years ago", "five months
// ago"): MUC-4's bound of a recent incident.
func longPast(e dossier.Event) bool {
	if e.Date != nil || e.DateText == nil {
		return false
	}
	f := strings.Fields(strings.ToLower(*e.DateText))
	if len(f) > 0 && (f[0] == "in" || f[0] == "on") {
		f = f[1:]
	}
	switch {
	case len(f) == 2 && f[0] == "last" && (f[1] == "year" || f[1] == "decade"):
		return true
	case len(f) >= 3 && f[len(f)-1] == "ago":
		unit := f[len(f)-2]
		if strings.HasPrefix(unit, "year") || strings.HasPrefix(unit, "decade") {
			return true
		}
		if strings.HasPrefix(unit, "month") {
			n, ok := countWords[f[len(f)-3]]
			if !ok {
				n, _ = strconv.Atoi(f[len(f)-3])
			}
			return n > 2
		}
	}
	return false
}

// monthNames are the month names that make a bare year a calendar date:
// "24 march 1980".
var monthNames = wordSet(`january february march april may june july august september october november december`)

// monthOf parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" into a count of months
// from year 0: the date's first month, or its last when end is set; 0
// when s is no date.
func monthOf(s string, end bool) int {
	f := strings.Split(s, "-")
	y, err := strconv.Atoi(f[0])
	if err != nil || y <= 0 {
		return 0
	}
	m := 1
	if end {
		m = 12
	}
	if len(f) > 1 {
		if mm, err := strconv.Atoi(f[1]); err == nil && mm >= 1 && mm <= 12 {
			m = mm
		}
	}
	return y*12 + m - 1
}

// storyMonth returns the latest month a story writes out with its year
// ("in 1989", "march 1990", "on 4 october 1989"; not the hour "at 1830"),
// as a count of months; 0 when it writes none.
func storyMonth(text string, x *dossier.Extraction) int {
	best := 0
	for _, v := range x.Dates {
		if v.Value == "" || v.Start < 0 || v.Start > len(text) {
			continue
		}
		f := strings.Fields(strings.ToLower(v.Text))
		before := strings.Fields(strings.ToLower(text[max(0, v.Start-20):v.Start]))
		prev := ""
		if len(before) > 0 {
			prev = before[len(before)-1]
		}
		explicit := len(v.Value) > 4 || len(f) > 1 && (f[0] == "in" || f[0] == "of" || f[0] == "during" || monthNames[f[0]]) ||
			monthNames[prev] || prev == "in" || prev == "of" || prev == "during"
		if m := monthOf(v.Value, false); explicit && m > best {
			best = m
		}
	}
	return best
}

// old reports whether an event's date ends more than two months before
// the story's month.
func old(e dossier.Event, story int) bool {
	if e.Date == nil || story == 0 {
		return false
	}
	m := monthOf(*e.Date, true)
	return m > 0 && story-m > 2
}
