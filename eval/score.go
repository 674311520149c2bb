package eval

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"dossier"
)

// Counts are the true positives, false positives and false negatives of one
// field, with the precision, recall and F1 they give. By convention 0/0 is 0:
// precision is 0 when nothing was predicted, recall is 0 when there was
// nothing to find, and F1 is 0 when precision and recall are both 0. (WriteTable
// prints "-" for a field with no counts at all.)
type Counts struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// add adds to the counts; finish must be called again after.
func (c *Counts) add(tp, fp, fn int) {
	c.TP += tp
	c.FP += fp
	c.FN += fn
}

// finish computes precision, recall and F1 from the counts.
func (c *Counts) finish() {
	c.Precision = ratio(c.TP, c.TP+c.FP)
	c.Recall = ratio(c.TP, c.TP+c.FN)
	c.F1 = 0
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	}
}

// Empty reports whether the field had nothing predicted and nothing to find.
func (c Counts) Empty() bool { return c.TP+c.FP+c.FN == 0 }

// ratio returns a/b, or 0 when b is 0.
func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Field is the counts of one named field: an event slot or a claim predicate.
type Field struct {
	Name string `json:"name"`
	Counts
}

// Accuracy is the share of Right among Total (0 when Total is 0).
type Accuracy struct {
	Right    int     `json:"right"`
	Total    int     `json:"total"`
	Accuracy float64 `json:"accuracy"`
}

// Issue is one scoring disagreement or failure, for error analysis.
type Issue struct {
	// Doc is the gold line's id.
	Doc string `json:"doc"`
	// Kind is event, slot, alias, claim, source or extract.
	Kind string `json:"kind"`
	// Desc says what was missed, wrongly predicted or wrong.
	Desc string `json:"desc"`
}

// Report is the result of scoring extractions against a news gold file.
type Report struct {
	// Docs is the number of gold documents scored.
	Docs int `json:"docs"`
	// Events counts event matches: a TP is a matched pair, an FP an
	// unmatched predicted event, an FN an unmatched gold event.
	Events Counts `json:"events"`
	// Slots scores the ten event slots of matched pairs, in contract order
	// (type, date, location, country, perpetrator, claimed, killed_min,
	// killed_max, injured_min, injured_max): TP is a right non-null slot,
	// TP+FP the non-null predicted slots, TP+FN the non-null gold slots.
	// Unmatched events add nothing here (Events counts them). claimed is a
	// JSON boolean, never null, so it counts on both sides of every pair.
	// Slot rules: type and country compare case-insensitively; date by
	// dateAgrees (a partial gold date is right for any prediction at the
	// same or finer precision that starts with it); location by the event
	// place rule; perpetrator through the gold alias sets (see Score);
	// numbers by equality.
	Slots []Field `json:"slots"`
	// SlotsAll sums Slots.
	SlotsAll Counts `json:"slots_all"`
	// AliasPairs scores unordered pairs of names of one group.
	AliasPairs Counts `json:"alias_pairs"`
	// Claims counts claim matches, overall and per predicate (sorted by
	// name; an FP counts under the predicted predicate, an FN under the gold
	// one).
	Claims            Counts  `json:"claims"`
	ClaimsByPredicate []Field `json:"claims_by_predicate"`
	// Attribution is the share of matched claims whose source is right.
	Attribution Accuracy `json:"attribution"`
	// Misses are gold items no prediction matched.
	Misses []Issue `json:"misses"`
	// FalsePositives are predicted items that matched no gold item.
	FalsePositives []Issue `json:"false_positives"`
	// Wrong are slots and sources that disagree inside matched pairs.
	Wrong []Issue `json:"wrong"`
	// Failures are documents the extractor failed on; they were scored as
	// empty predictions.
	Failures []Issue `json:"failures,omitempty"`
}

// Slot returns the counts of the named event slot (zero if unknown).
func (r *Report) Slot(name string) Counts {
	for _, f := range r.Slots {
		if f.Name == name {
			return f.Counts
		}
	}
	return Counts{}
}

// Predicate returns the claim counts of the named predicate (zero if none).
func (r *Report) Predicate(name string) Counts {
	for _, f := range r.ClaimsByPredicate {
		if f.Name == name {
			return f.Counts
		}
	}
	return Counts{}
}

// slotNames are the scored event slots, in contract order.
var slotNames = [...]string{"type", "date", "location", "country", "perpetrator", "claimed",
	"killed_min", "killed_max", "injured_min", "injured_max"}

// Score scores predicted extractions against gold annotations. preds is keyed
// by gold id (Gold.ID, not the document hash); a gold line without a
// prediction is scored as an empty one, and predictions for ids not in gold
// are ignored.
//
// Names of groups (event perpetrator, claim subject) are compared through the
// document's gold alias sets only: two names are the same group when they
// are equal after normalisation (lowercase, letters and digits only) or both
// belong to one gold alias set of that document. The predicted entities'
// aliases are not used for this, since they are what the alias score
// measures and would let one over-merged entity excuse any perpetrator.
//
// Claim sources are right when both are null (the article's own voice) or
// when, lowercased with punctuation dropped, one contains the other.
func Score(gold []Gold, preds map[string]*dossier.Extraction, opt Options) *Report {
	r := &Report{Misses: []Issue{}, FalsePositives: []Issue{}, Wrong: []Issue{}}
	slots := make([]Counts, len(slotNames))
	byPred := map[string]*Counts{}
	for i := range gold {
		g := &gold[i]
		x := preds[g.ID]
		if x == nil {
			x = &dossier.Extraction{}
		}
		d := docScorer{g: g, x: x, ix: newAliasIndex(g.Aliases), opt: opt, r: r}
		d.events(slots)
		d.aliases()
		d.claims(byPred)
		r.Docs++
	}
	r.Events.finish()
	for i, c := range slots {
		c.finish()
		r.Slots = append(r.Slots, Field{Name: slotNames[i], Counts: c})
		r.SlotsAll.add(c.TP, c.FP, c.FN)
	}
	r.SlotsAll.finish()
	r.AliasPairs.finish()
	r.Claims.finish()
	names := make([]string, 0, len(byPred))
	for n := range byPred {
		names = append(names, n)
	}
	sort.Strings(names)
	r.ClaimsByPredicate = []Field{}
	for _, n := range names {
		c := byPred[n]
		c.finish()
		r.ClaimsByPredicate = append(r.ClaimsByPredicate, Field{Name: n, Counts: *c})
	}
	r.Attribution.Accuracy = ratio(r.Attribution.Right, r.Attribution.Total)
	return r
}

// docScorer scores one document.
type docScorer struct {
	g   *Gold
	x   *dossier.Extraction
	ix  aliasIndex
	opt Options
	r   *Report
}

func (d *docScorer) miss(kind, format string, args ...any) {
	d.r.Misses = append(d.r.Misses, Issue{Doc: d.g.ID, Kind: kind, Desc: fmt.Sprintf(format, args...)})
}

func (d *docScorer) falsePositive(kind, format string, args ...any) {
	d.r.FalsePositives = append(d.r.FalsePositives, Issue{Doc: d.g.ID, Kind: kind, Desc: fmt.Sprintf(format, args...)})
}

func (d *docScorer) wrong(kind, format string, args ...any) {
	d.r.Wrong = append(d.r.Wrong, Issue{Doc: d.g.ID, Kind: kind, Desc: fmt.Sprintf(format, args...)})
}

// pair is a candidate match of gold item g and predicted item p.
type pair struct{ g, p, score int }

// greedy picks pairs best first (highest score, then lowest gold index, then
// lowest predicted index), each gold and each predicted item at most once.
// It returns, for each gold item, the predicted index or -1.
func greedy(cands []pair, nGold, nPred int) []int {
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	gm := make([]int, nGold)
	for i := range gm {
		gm[i] = -1
	}
	used := make([]bool, nPred)
	for _, c := range cands {
		if gm[c.g] < 0 && !used[c.p] {
			gm[c.g] = c.p
			used[c.p] = true
		}
	}
	return gm
}

// goldPlaces returns the gold event's location and alternative names.
func goldPlaces(g *GoldEvent) []string {
	var out []string
	if !blank(g.Location) {
		out = append(out, *g.Location)
	}
	for _, a := range g.LocationAlt {
		if strings.TrimSpace(a) != "" {
			out = append(out, a)
		}
	}
	return out
}

// placeMatches reports whether a predicted location names one of the gold
// places: by the text rule or, when a SamePlace hook is set, because both
// resolve to the same gazetteer place.
func (d *docScorer) placeMatches(pred *string, places []string) bool {
	if blank(pred) {
		return false
	}
	for _, g := range places {
		if samePlaceName(*pred, g) || (d.opt.SamePlace != nil && d.opt.SamePlace(*pred, g)) {
			return true
		}
	}
	return false
}

// eventMatches applies the contract's event match rule: the location names
// the same place as the gold location (or an alternative), or, when the
// gold event has no location, the date agrees.
func (d *docScorer) eventMatches(g *GoldEvent, p *dossier.Event) bool {
	if places := goldPlaces(g); len(places) > 0 {
		return d.placeMatches(p.Location, places)
	}
	if !blank(g.Date) && !blank(p.Date) {
		return dateAgrees(*p.Date, *g.Date)
	}
	return false
}

// slotCheck is the judgement of one slot of a matched event pair.
type slotCheck struct {
	pred, gold, right bool
	got, want         string
}

// slots judges the ten slots of a matched event pair.
func (d *docScorer) slots(g *GoldEvent, p *dossier.Event) [len(slotNames)]slotCheck {
	var s [len(slotNames)]slotCheck
	str := func(v *string) string {
		if blank(v) {
			return "null"
		}
		return strings.TrimSpace(*v)
	}
	text := func(i int, pred, gold *string, right func(p, g string) bool) {
		s[i] = slotCheck{pred: !blank(pred), gold: !blank(gold), got: str(pred), want: str(gold)}
		s[i].right = s[i].pred && s[i].gold && right(strings.TrimSpace(*pred), strings.TrimSpace(*gold))
	}
	num := func(i int, pred, gold *float64) {
		s[i] = slotCheck{pred: pred != nil, gold: gold != nil, got: numText(pred), want: numText(gold)}
		s[i].right = pred != nil && gold != nil && *pred == *gold
	}
	text(0, &p.Type, &g.Type, strings.EqualFold)
	text(1, p.Date, g.Date, dateAgrees)
	places := goldPlaces(g)
	s[2] = slotCheck{pred: !blank(p.Location), gold: len(places) > 0, got: str(p.Location),
		want: strings.Join(places, " | "), right: d.placeMatches(p.Location, places)}
	if len(places) == 0 {
		s[2].want = "null"
	}
	text(3, p.Country, g.Country, strings.EqualFold)
	text(4, p.Perpetrator, g.Perpetrator, d.ix.same)
	s[5] = slotCheck{pred: true, gold: true, right: p.Claimed == g.Claimed,
		got: strconv.FormatBool(p.Claimed), want: strconv.FormatBool(g.Claimed)}
	num(6, p.KilledMin, g.KilledMin)
	num(7, p.KilledMax, g.KilledMax)
	num(8, p.InjuredMin, g.InjuredMin)
	num(9, p.InjuredMax, g.InjuredMax)
	return s
}

// events matches and scores the document's events.
func (d *docScorer) events(slots []Counts) {
	ge, pe := d.g.Events, d.x.Events
	var cands []pair
	for i := range ge {
		for j := range pe {
			if !d.eventMatches(&ge[i], &pe[j]) {
				continue
			}
			// Best is the pair with the most right slots.
			score := 0
			for _, s := range d.slots(&ge[i], &pe[j]) {
				if s.right {
					score++
				}
			}
			cands = append(cands, pair{g: i, p: j, score: score})
		}
	}
	gm := greedy(cands, len(ge), len(pe))
	used := make([]bool, len(pe))
	for i, j := range gm {
		if j < 0 {
			d.r.Events.add(0, 0, 1)
			d.miss("event", "%s", goldEventText(&ge[i]))
			continue
		}
		used[j] = true
		d.r.Events.add(1, 0, 0)
		for k, s := range d.slots(&ge[i], &pe[j]) {
			tp, fp, fn := 0, 0, 0
			switch {
			case s.right:
				tp = 1
			default:
				if s.pred {
					fp = 1
				}
				if s.gold {
					fn = 1
				}
			}
			slots[k].add(tp, fp, fn)
			if !s.right && (s.pred || s.gold) {
				d.wrong("slot", "%s: %s = %s, gold %s", goldEventText(&ge[i]), slotNames[k], s.got, s.want)
			}
		}
	}
	for j := range pe {
		if !used[j] {
			d.r.Events.add(0, 1, 0)
			d.falsePositive("event", "%s", predEventText(&pe[j]))
		}
	}
}

// aliasPairs returns the unordered pairs of distinct normalised names of
// each name set, keyed "a\x00b" with a < b, with a readable description.
func aliasPairs(sets [][]string) (map[string]string, []string) {
	pairs := map[string]string{}
	var order []string
	for _, set := range sets {
		var names, shown []string
		seen := map[string]bool{}
		for _, n := range set {
			k := normName(n)
			if k == "" || seen[k] {
				continue
			}
			seen[k] = true
			names = append(names, k)
			shown = append(shown, n)
		}
		for i := range names {
			for j := i + 1; j < len(names); j++ {
				a, b, sa, sb := names[i], names[j], shown[i], shown[j]
				if b < a {
					a, b, sa, sb = b, a, sb, sa
				}
				key := a + "\x00" + b
				if _, dup := pairs[key]; !dup {
					pairs[key] = fmt.Sprintf("%q ~ %q", sa, sb)
					order = append(order, key)
				}
			}
		}
	}
	return pairs, order
}

// aliases scores the document's alias pairs.
func (d *docScorer) aliases() {
	gold, gorder := aliasPairs(d.g.Aliases)
	var sets [][]string
	for _, e := range d.x.Entities {
		sets = append(sets, append([]string{e.Name}, e.Aliases...))
	}
	pred, porder := aliasPairs(sets)
	for _, k := range gorder {
		if _, ok := pred[k]; ok {
			d.r.AliasPairs.add(1, 0, 0)
		} else {
			d.r.AliasPairs.add(0, 0, 1)
			d.miss("alias", "%s", gold[k])
		}
	}
	for _, k := range porder {
		if _, ok := gold[k]; !ok {
			d.r.AliasPairs.add(0, 1, 0)
			d.falsePositive("alias", "%s", pred[k])
		}
	}
}

// claimScore returns how well predicted claim p matches gold claim g, or -1
// when it does not match: subject (alias-aware) and predicate must agree,
// and the value (case-insensitive containment either way) or min/max. A
// gold claim with neither value nor numbers is matched by a prediction with
// neither.
func (d *docScorer) claimScore(g *GoldClaim, p *dossier.Claim) int {
	if !d.ix.same(p.Subject, g.Subject) || predicateKey(p.Predicate) != predicateKey(g.Predicate) {
		return -1
	}
	gv, pv := normValue(deref(g.Value)), normValue(deref(p.Value))
	numbers := g.Min != nil || g.Max != nil
	score := -1
	if containsEither(gv, pv) {
		score = 2
		if gv == pv {
			score = 4
		}
	}
	if numbers && eqNum(g.Min, p.Min) && eqNum(g.Max, p.Max) {
		score = max(score, 0) + 3
	}
	if score < 0 && gv == "" && !numbers && pv == "" && p.Min == nil && p.Max == nil {
		score = 0
	}
	if score >= 0 && sameSource(g.Source, p.Source) {
		score++
	}
	return score
}

// predicateKey is the comparison form of a predicate.
func predicateKey(p string) string { return strings.ToLower(strings.TrimSpace(p)) }

// claims matches and scores the document's claims.
func (d *docScorer) claims(byPred map[string]*Counts) {
	gc, pc := d.g.Claims, d.x.Claims
	counts := func(pred string) *Counts {
		k := predicateKey(pred)
		if byPred[k] == nil {
			byPred[k] = &Counts{}
		}
		return byPred[k]
	}
	var cands []pair
	for i := range gc {
		for j := range pc {
			if s := d.claimScore(&gc[i], &pc[j]); s >= 0 {
				cands = append(cands, pair{g: i, p: j, score: s})
			}
		}
	}
	gm := greedy(cands, len(gc), len(pc))
	used := make([]bool, len(pc))
	for i, j := range gm {
		g := &gc[i]
		if j < 0 {
			d.r.Claims.add(0, 0, 1)
			counts(g.Predicate).add(0, 0, 1)
			d.miss("claim", "%s", goldClaimText(g))
			continue
		}
		used[j] = true
		d.r.Claims.add(1, 0, 0)
		counts(g.Predicate).add(1, 0, 0)
		d.r.Attribution.Total++
		if sameSource(g.Source, pc[j].Source) {
			d.r.Attribution.Right++
		} else {
			d.wrong("source", "%s: source = %s, gold %s", goldClaimText(g), quoteOrNull(pc[j].Source), quoteOrNull(g.Source))
		}
	}
	for j := range pc {
		if !used[j] {
			d.r.Claims.add(0, 1, 0)
			counts(pc[j].Predicate).add(0, 1, 0)
			d.falsePositive("claim", "%s", predClaimText(&pc[j]))
		}
	}
}

// numText formats an optional number.
func numText(v *float64) string {
	if v == nil {
		return "null"
	}
	return strconv.FormatFloat(*v, 'f', -1, 64)
}

// rangeText formats an optional min–max range, or "" when both are nil.
func rangeText(lo, hi *float64) string {
	if lo == nil && hi == nil {
		return ""
	}
	l, h := "?", "?"
	if lo != nil {
		l = numText(lo)
	}
	if hi != nil {
		h = numText(hi)
	}
	if l == h {
		return l
	}
	return l + "–" + h
}

// quoteOrNull quotes a string, or gives null for a blank one.
func quoteOrNull(s *string) string {
	if blank(s) {
		return "null"
	}
	return strconv.Quote(*s)
}

// eventText describes an event in one line.
func eventText(typ string, date, loc, country, perp *string, claimed bool, km, kx, im, ix *float64) string {
	var b strings.Builder
	b.WriteString(typ)
	if !blank(date) {
		b.WriteString(" " + *date)
	}
	if !blank(loc) {
		b.WriteString(" in " + *loc)
	}
	if !blank(country) {
		b.WriteString(" (" + *country + ")")
	}
	if !blank(perp) {
		b.WriteString(" by " + *perp)
	}
	if claimed {
		b.WriteString(", claimed")
	}
	if k := rangeText(km, kx); k != "" {
		b.WriteString(", killed " + k)
	}
	if k := rangeText(im, ix); k != "" {
		b.WriteString(", injured " + k)
	}
	return b.String()
}

func goldEventText(e *GoldEvent) string {
	return eventText(e.Type, e.Date, e.Location, e.Country, e.Perpetrator, e.Claimed,
		e.KilledMin, e.KilledMax, e.InjuredMin, e.InjuredMax)
}

func predEventText(e *dossier.Event) string {
	return eventText(e.Type, e.Date, e.Location, e.Country, e.Perpetrator, e.Claimed,
		e.KilledMin, e.KilledMax, e.InjuredMin, e.InjuredMax)
}

// claimText describes a claim in one line.
func claimText(subject, predicate string, value *string, lo, hi *float64, source *string) string {
	s := subject + " " + predicate
	if !blank(value) {
		s += " " + strconv.Quote(*value)
	}
	if r := rangeText(lo, hi); r != "" {
		s += " [" + r + "]"
	}
	if !blank(source) {
		s += " (source: " + *source + ")"
	}
	return s
}

func goldClaimText(c *GoldClaim) string {
	return claimText(c.Subject, c.Predicate, c.Value, c.Min, c.Max, c.Source)
}

func predClaimText(c *dossier.Claim) string {
	return claimText(c.Subject, c.Predicate, c.Value, c.Min, c.Max, c.Source)
}
