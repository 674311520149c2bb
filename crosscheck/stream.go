package crosscheck

import (
	"fmt"
	"hash/maphash"
	"sort"
	"strconv"
	"strings"

	"dossier"
)

// Stream weighs the claims about one entity as Check and then Limit do,
// but is given the claims one at a time and keeps, for each fact, a
// summary of a size that does not grow with its number of claims: the
// counts of claims and of independent sources, the first claims and the
// first claim of each of the first sources (what Limit and a conflict
// show), the first sources in words (what a reason names), and what the
// contradiction checks compare (the common range of a figure, the times
// and years of a leader's claims). Only the set of the independent
// sources seen grows, by a 64-bit hash per source, so that the count of
// sources stays exact (two sources would have to hash alike to be
// counted as one). The memory grows with the number of facts (different
// values), a few kilobytes each, not with the number of claims: an entity
// named in 300,000 claims that make 8,500 facts is weighed in some tens
// of megabytes instead of holding every claim.
//
// Add takes the claims in the order Check would weigh them: the claims of
// each predicate in their order, and for a numeric predicate (see
// Numeric) those with a closed range (both Min and Max) before the
// others, each part in its order.
type Stream struct {
	entity   string
	entityID int64
	lim      Limits
	seed     maphash.Seed
	preds    map[string]*predSum
	shown    int // facts shown so far: a lower bound of those shown at the end
	err      error
}

// Limits bounds what a Stream's result shows.
type Limits struct {
	// Facts caps the facts shown of each predicate: those with the most
	// independent sources, then the most claims, in their order (0: all).
	// The contradictions are found among all.
	Facts int
	// Claims returns how many claims each fact shows when n facts are
	// shown; it must not grow with n.
	Claims func(n int) int
	// Sources caps the sources each fact shows.
	Sources int
}

// NewStream returns a Stream for the entity named entity whose results
// show what lim allows.
func NewStream(entity string, entityID int64, lim Limits) *Stream {
	if lim.Claims == nil {
		lim.Claims = func(int) int { return BriefClaims }
	}
	return &Stream{entity: entity, entityID: entityID, lim: lim, seed: maphash.MakeSeed(), preds: map[string]*predSum{}}
}

// keep is how many claims and sources of each fact the Stream holds: what
// the facts shown so far allow a fact to show, and a conflict's.
func (s *Stream) keep() int { return max(BriefClaims, s.lim.Claims(s.shown)) }

// Numeric reports whether claims with the predicate pred are figures,
// compared as ranges: Stream takes their closed ranges first.
func Numeric(pred string) bool { return numeric[pred] }

// NumericPredicates lists the predicates Numeric reports, sorted.
func NumericPredicates() []string {
	var out []string
	for p := range numeric {
		out = append(out, p)
	}
	sort.Strings(out)
	return out
}

// predSum is what a Stream keeps of one predicate.
type predSum struct {
	pred  string
	n     int // claims added, numbering them
	facts []*factSum
	idx   map[string]int // facts by value key (text predicates)
	open  bool           // an open range was added (numeric predicates)
}

// held is a claim kept with its place among its predicate's claims; a
// claim kept both as one of the first and as its source's first is held
// once.
type held struct {
	i int
	c *dossier.StoredClaim
}

// factSum is the bounded summary of one fact.
type factSum struct {
	fact     dossier.Fact // predicate, value, time; status and reason once weighed
	claims   int
	first    []held // the first keep claims
	bySource []held // the first claim of each of the first keep sources
	words    []string
	seen     map[uint64]struct{}
	// numeric facts: the common range, the group's time, the figures in
	// words, the stated times and whether a claim states none
	figureGroup
	vs      []string // the first FiguresShown
	vseen   map[uint64]struct{}
	times   map[string]struct{}
	undated bool
	// leader facts: the stated times, and the years of publication of
	// the claims stating no time and of all (wild: no year)
	yearsUntimed, yearsAll map[int]struct{}
	wildUntimed, wildAll   bool
}

// words kept of each fact's sources: enough for a reason and for Limit.
func (s *Stream) keepWords() int { return max(s.lim.Sources, BriefClaims, NamedSources) }

// newFact adds a fact to p.
func (s *Stream) newFact(p *predSum, f *factSum) {
	f.seen, f.times = map[uint64]struct{}{}, map[string]struct{}{}
	p.facts = append(p.facts, f)
	if s.lim.Facts == 0 || len(p.facts) <= s.lim.Facts {
		s.shown++
	}
}

func (s *Stream) add(f *factSum, i int, c dossier.StoredClaim) {
	f.claims++
	keep := s.keep()
	var p *dossier.StoredClaim
	if len(f.first) < keep {
		p = &c
		f.first = append(f.first, held{i, p})
	}
	k, w := sourceKey(c)
	h := maphash.String(s.seed, k)
	if _, ok := f.seen[h]; ok {
		return
	}
	f.seen[h] = struct{}{}
	if len(f.words) < s.keepWords() {
		f.words = append(f.words, w)
	}
	if len(f.bySource) < keep {
		if p == nil {
			p = &c
		}
		f.bySource = append(f.bySource, held{i, p})
	}
}

// Add weighs one more claim.
func (s *Stream) Add(c dossier.StoredClaim) {
	p := s.preds[c.Predicate]
	if p == nil {
		p = &predSum{pred: c.Predicate, idx: map[string]int{}}
		s.preds[c.Predicate] = p
	}
	i := p.n
	p.n++
	if numeric[p.pred] {
		s.addNumeric(p, i, c)
		return
	}
	k := valueKey(c)
	fi, ok := p.idx[k]
	if !ok {
		fi = len(p.facts)
		p.idx[k] = fi
		s.newFact(p, &factSum{fact: dossier.Fact{Predicate: p.pred, Value: displayValue(c)}, yearsUntimed: map[int]struct{}{}, yearsAll: map[int]struct{}{}})
	}
	f := p.facts[fi]
	s.add(f, i, c)
	if v := displayValue(c); len(v) > len(f.fact.Value) && p.pred == "founded" {
		f.fact.Value = v
	}
	if p.pred == "leader" {
		y, err := strconv.Atoi(year(c.Published))
		t := dossier.Deref(c.Time)
		if t != "" {
			f.times[t] = struct{}{}
		}
		switch {
		case err != nil && t == "":
			f.wildUntimed, f.wildAll = true, true
		case err != nil:
			f.wildAll = true
		case t == "":
			f.yearsUntimed[y], f.yearsAll[y] = struct{}{}, struct{}{}
		default:
			f.yearsAll[y] = struct{}{}
		}
	}
}

func (s *Stream) addNumeric(p *predSum, i int, c dossier.StoredClaim) {
	lo, hi, ok := interval(c)
	if !ok {
		return
	}
	if !closed(c) {
		p.open = true
	} else if p.open && s.err == nil {
		s.err = fmt.Errorf("crosscheck: %s: a closed range after an open one", p.pred)
	}
	t := dossier.Deref(c.Time)
	var f *factSum
	for _, g := range p.facts {
		if g.join(lo, hi, t) {
			f = g
			break
		}
	}
	if f == nil {
		f = &factSum{fact: dossier.Fact{Predicate: p.pred, Time: t}, figureGroup: figureGroup{lo, hi, t}, vseen: map[uint64]struct{}{}}
		s.newFact(p, f)
	}
	s.add(f, i, c)
	v := rangeText(c)
	if h := maphash.String(s.seed, v); !hasKey(f.vseen, h) {
		f.vseen[h] = struct{}{}
		if len(f.vs) < FiguresShown {
			f.vs = append(f.vs, v)
		}
	}
	if f.fact.Time == "" {
		f.fact.Time = t
	}
	if t != "" {
		f.times[t] = struct{}{}
	} else {
		f.undated = true
	}
}

func hasKey(m map[uint64]struct{}, k uint64) bool {
	_, ok := m[k]
	return ok
}

// Facts returns how many facts the claims added make.
func (s *Stream) Facts() int {
	n := 0
	for _, p := range s.preds {
		n += len(p.facts)
	}
	return n
}

// named lists a fact's sources for a reason, as named does over all of
// them.
func (f *factSum) named() string {
	n := len(f.seen)
	if n <= NamedSources {
		return strings.Join(f.words[:n], "; ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(f.words[:NamedSources], "; "), n-NamedSources)
}

// verdict is verdict over the summary.
func (f *factSum) verdict() {
	f.fact.ClaimCount, f.fact.SourceCount = f.claims, len(f.seen)
	if len(f.seen) >= 2 {
		f.fact.Status = dossier.Corroborated
		f.fact.Reason = fmt.Sprintf("%d independent sources agree: %s", len(f.seen), f.named())
		return
	}
	f.fact.Status = dossier.SingleSource
	f.fact.Reason = "only " + strings.Join(f.words, "") + " states it"
	if f.claims > 1 {
		f.fact.Reason += fmt.Sprintf(" (%d reports, not independent)", f.claims)
	}
}

// limited is the fact as limitFact(n, m) leaves it: its first m sources,
// and n claims, one of each source first (n at most the Stream's keep at
// the end, m at most its Sources).
func (f *factSum) limited(n, m int) dossier.Fact {
	out := f.fact
	out.Sources = append([]string(nil), f.words[:min(m, len(f.words))]...)
	if f.claims <= n {
		out.Claims = make([]dossier.StoredClaim, len(f.first))
		for i, h := range f.first {
			out.Claims[i] = *h.c
		}
		return out
	}
	kept := map[int]bool{}
	var hs []held
	for _, h := range f.bySource[:min(n, len(f.bySource))] {
		kept[h.i] = true
		hs = append(hs, h)
	}
	for _, h := range f.first {
		if len(hs) == n {
			break
		}
		if !kept[h.i] {
			kept[h.i] = true
			hs = append(hs, h)
		}
	}
	sort.Slice(hs, func(a, b int) bool { return hs[a].i < hs[b].i })
	out.Claims = make([]dossier.StoredClaim, len(hs))
	for i, h := range hs {
		out.Claims[i] = *h.c
	}
	return out
}

// sameTime is sameTime over two leader facts' summaries.
func sameTimeSum(a, b *factSum) bool {
	if timesMeet(a.times, b.times) {
		return true
	}
	// a claim stating no time against any claim of the other: their
	// years of publication
	near := func(untimedWild bool, untimed map[int]struct{}, allWild bool, all map[int]struct{}, allN int) bool {
		if allN == 0 {
			return false
		}
		if untimedWild && allN > 0 {
			return true
		}
		if len(untimed) > 0 && allWild {
			return true
		}
		for x := range untimed {
			for y := range all {
				if x-y <= 1 && y-x <= 1 {
					return true
				}
			}
		}
		return false
	}
	return near(a.wildUntimed, a.yearsUntimed, b.wildAll, b.yearsAll, b.claims) ||
		near(b.wildUntimed, b.yearsUntimed, a.wildAll, a.yearsAll, a.claims)
}

// Result returns the facts and contradictions of the claims added, as
// Check followed by Limit(facts, conflicts, claims, sources) returns them
// with claims the Limits' Claims of the number of facts shown, but at most
// Limits.Facts facts per predicate; and the number of facts of all
// predicates. It returns the error of claims added out of order.
func (s *Stream) Result() (facts []dossier.Fact, conflicts []dossier.Conflict, total int, err error) {
	if s.err != nil {
		return nil, nil, 0, s.err
	}
	preds := make([]string, 0, len(s.preds))
	for p := range s.preds {
		preds = append(preds, p)
	}
	sort.Strings(preds)
	claims := min(s.lim.Claims(s.shown), s.keep())
	for _, pred := range preds {
		p := s.preds[pred]
		total += len(p.facts)
		for _, f := range p.facts {
			if numeric[pred] {
				f.fact.Value = figures(f.vs, len(f.vseen))
			}
			f.verdict()
			if numeric[pred] && len(f.vseen) > 1 {
				f.fact.Reason += "; the figures overlap: " + f.fact.Value
			}
		}
		var cs []dossier.Conflict
		if numeric[pred] {
			cs = s.numericConflicts(p)
		} else if functional[pred] {
			cs = s.textConflicts(p)
		}
		for i := range cs {
			cs[i].Entity, cs[i].EntityID = s.entity, s.entityID
		}
		for _, i := range s.shownFacts(p) {
			facts = append(facts, p.facts[i].limited(claims, s.lim.Sources))
		}
		conflicts = append(conflicts, cs...)
	}
	return facts, conflicts, total, nil
}

// shownFacts returns the indexes of the facts of p shown, in order.
func (s *Stream) shownFacts(p *predSum) []int {
	order := make([]int, len(p.facts))
	for i := range order {
		order[i] = i
	}
	if s.lim.Facts == 0 || len(order) <= s.lim.Facts {
		return order
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := p.facts[order[a]], p.facts[order[b]]
		if len(x.seen) != len(y.seen) {
			return len(x.seen) > len(y.seen)
		}
		return x.claims > y.claims
	})
	order = order[:s.lim.Facts]
	sort.Ints(order)
	return order
}

func (s *Stream) textConflicts(p *predSum) []dossier.Conflict {
	var conflicts []dossier.Conflict
	for _, ij := range pairsByCounts(len(p.facts), func(i int) (int, int) { return len(p.facts[i].seen), p.facts[i].claims }) {
		if len(conflicts) == MaxConflicts {
			break
		}
		a, b := p.facts[ij[0]], p.facts[ij[1]]
		why := fmt.Sprintf("%s %q (%s) vs %q (%s)", strings.ReplaceAll(p.pred, "_", " "), a.fact.Value, a.named(), b.fact.Value, b.named())
		if p.pred == "leader" {
			if !sameTimeSum(a, b) {
				continue // successive leaders
			}
			why = "different leaders named for the same time: " + why
		} else {
			why = "different founding dates: " + why
		}
		conflicts = append(conflicts, dossier.Conflict{Predicate: p.pred, A: a.limited(BriefClaims, BriefClaims), B: b.limited(BriefClaims, BriefClaims), Reason: why})
		a.fact.Status, b.fact.Status = dossier.Contradicted, dossier.Contradicted
		a.fact.Reason, b.fact.Reason = why, why
	}
	return conflicts
}

func (s *Stream) numericConflicts(p *predSum) []dossier.Conflict {
	meet := func(a, b *factSum) bool { return a.undated || b.undated || timesMeet(a.times, b.times) }
	var conflicts []dossier.Conflict
	for _, ij := range pairsByCounts(len(p.facts), func(i int) (int, int) { return len(p.facts[i].seen), p.facts[i].claims }) {
		if len(conflicts) == MaxConflicts {
			break
		}
		a, b := p.facts[ij[0]], p.facts[ij[1]]
		if !meet(a, b) || a.lo <= b.hi && b.lo <= a.hi {
			continue // different times (a change over time), or compatible figures
		}
		why := fmt.Sprintf("%s %s (%s) and %s (%s) do not overlap", strings.ReplaceAll(p.pred, "_", " "), a.fact.Value, a.named(), b.fact.Value, b.named())
		if a.fact.Time != "" && a.fact.Time == b.fact.Time {
			why += " for the same time " + a.fact.Time
		} else {
			why += " (no time separates them)"
		}
		conflicts = append(conflicts, dossier.Conflict{Predicate: p.pred, A: a.limited(BriefClaims, BriefClaims), B: b.limited(BriefClaims, BriefClaims), Reason: why})
		a.fact.Status, b.fact.Status = dossier.Contradicted, dossier.Contradicted
		a.fact.Reason, b.fact.Reason = why, why
	}
	return conflicts
}
