// Package crosscheck weighs the claims a knowledge base holds about one
// entity: it groups the claims that say the same thing into facts and
// decides, for each, whether independent sources corroborate it, only one
// source states it, or another claim contradicts it, with the reason in
// words.
//
// Independence: a syndicated copy of an article is the article itself, and
// two articles citing the same upstream source (both "according to the
// United Nations") are that one source. A claim in an article's own voice
// is the article's (its original's) source.
//
// Compatibility: numeric claims (strength, attack counts) agree when their
// ranges overlap and their times may be the same; they contradict when the
// ranges are disjoint for the same (or an unstated) time. For a leader or a
// founding date, two different values contradict; for relations (operates
// in, affiliated with, rivals...) several values are simply several facts.
package crosscheck

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"dossier"
)

// functional predicates have one true value at a time.
var functional = map[string]bool{"leader": true, "founded": true}

// numeric predicates are compared as ranges.
var numeric = map[string]bool{"strength": true, "attack_count": true}

// Check groups the claims about the entity named entity into facts and
// finds the contradictions between them. It sorts claims by predicate,
// keeping the order of the claims of each.
func Check(entity string, entityID int64, claims []dossier.StoredClaim) ([]dossier.Fact, []dossier.Conflict) {
	// the claims of each predicate, as parts of claims sorted by predicate
	// (stably: a store lists them by predicate already, and the order
	// within one is kept), not copies: a group named in tens of thousands
	// of documents has as many claims
	sort.SliceStable(claims, func(a, b int) bool { return claims[a].Predicate < claims[b].Predicate })
	byPred := map[string][]dossier.StoredClaim{}
	var preds []string
	for i := 0; i < len(claims); {
		j := i + 1
		for j < len(claims) && claims[j].Predicate == claims[i].Predicate {
			j++
		}
		preds = append(preds, claims[i].Predicate)
		byPred[claims[i].Predicate] = claims[i:j:j]
		i = j
	}
	var facts []dossier.Fact
	var conflicts []dossier.Conflict
	for _, p := range preds {
		var fs []dossier.Fact
		var cs []dossier.Conflict
		if numeric[p] {
			fs, cs = checkNumeric(p, byPred[p])
		} else {
			fs, cs = checkText(p, byPred[p])
		}
		for i := range cs {
			cs[i].Entity, cs[i].EntityID = entity, entityID
		}
		facts = append(facts, fs...)
		conflicts = append(conflicts, cs...)
	}
	return facts, conflicts
}

// sourceKey names the independent source of a claim: the upstream source
// it cites, else the original article.
func sourceKey(c dossier.StoredClaim) (key, words string) {
	if c.SourceEntity != 0 {
		return fmt.Sprintf("entity:%d", c.SourceEntity), c.SourceName
	}
	if c.Claim.Source != nil && *c.Claim.Source != "" {
		return "cited:" + norm(*c.Claim.Source), *c.Claim.Source
	}
	doc := c.DocumentID
	if c.Origin != "" {
		doc = c.Origin
	}
	who := c.SourcedFact.Source
	switch {
	case who != "":
	case c.Title != "":
		who = "“" + cut(c.Title, 50) + "”"
	default:
		who = "document " + short(doc)
	}
	return "doc:" + doc, who
}

func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func short(id string) string {
	if len(id) > 10 {
		return id[:10]
	}
	return id
}

// norm lower-cases and drops all but letters and digits, and a leading
// "the".
func norm(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		s = s[4:]
	}
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// sources returns the distinct independent sources of claims, in words.
func sources(cs []dossier.StoredClaim) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range cs {
		k, w := sourceKey(c)
		if !seen[k] {
			seen[k] = true
			out = append(out, w)
		}
	}
	return out
}

// verdict sets a fact's status from its independent sources, and its
// counts of claims and sources.
func verdict(f *dossier.Fact) {
	f.ClaimCount, f.SourceCount = len(f.Claims), len(f.Sources)
	if len(f.Sources) >= 2 {
		f.Status = dossier.Corroborated
		f.Reason = fmt.Sprintf("%d independent sources agree: %s", len(f.Sources), named(f.Sources))
		return
	}
	f.Status = dossier.SingleSource
	f.Reason = "only " + strings.Join(f.Sources, "") + " states it"
	if n := len(f.Claims); n > 1 {
		f.Reason += fmt.Sprintf(" (%d reports, not independent)", n)
	}
}

// NamedSources is how many independent sources a reason names; the others
// are counted ("and 12 more").
const NamedSources = 8

// named lists sources in words for a reason: the first NamedSources, then
// how many more there are.
func named(srcs []string) string {
	if len(srcs) <= NamedSources {
		return strings.Join(srcs, "; ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(srcs[:NamedSources], "; "), len(srcs)-NamedSources)
}

// valueKey identifies a text value: the entity it names, else its words.
func valueKey(c dossier.StoredClaim) string {
	v := displayValue(c)
	if c.Predicate == "founded" {
		if y := year(v); y != "" {
			return "year:" + y
		}
	}
	return "text:" + norm(v)
}

// displayValue is how a fact's value reads.
func displayValue(c dossier.StoredClaim) string {
	if c.ValueName != "" {
		return c.ValueName
	}
	return dossier.Deref(c.Value)
}

// year returns the first four-digit year in s.
func year(s string) string {
	for i := 0; i+4 <= len(s); i++ {
		if (i == 0 || s[i-1] < '0' || s[i-1] > '9') && allDigits(s[i:i+4]) && (i+4 == len(s) || s[i+4] < '0' || s[i+4] > '9') {
			return s[i : i+4]
		}
	}
	return ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// checkText groups claims with a text value.
func checkText(pred string, cs []dossier.StoredClaim) ([]dossier.Fact, []dossier.Conflict) {
	idx := map[string]int{}
	var facts []dossier.Fact
	for _, c := range cs {
		k := valueKey(c)
		i, ok := idx[k]
		if !ok {
			i = len(facts)
			idx[k] = i
			facts = append(facts, dossier.Fact{Predicate: pred, Value: displayValue(c)})
		}
		facts[i].Claims = append(facts[i].Claims, c)
		// the more precise wording: "January 2015" over "2015"
		if v := displayValue(c); len(v) > len(facts[i].Value) && pred == "founded" {
			facts[i].Value = v
		}
	}
	for i := range facts {
		facts[i].Sources = sources(facts[i].Claims)
		verdict(&facts[i])
	}
	var conflicts []dossier.Conflict
	if functional[pred] {
		for _, ij := range pairsBySupport(facts) {
			if len(conflicts) == MaxConflicts {
				break
			}
			i, j := ij[0], ij[1]
			{
				a, b := &facts[i], &facts[j]
				why := fmt.Sprintf("%s %q (%s) vs %q (%s)", strings.ReplaceAll(pred, "_", " "), a.Value, named(a.Sources), b.Value, named(b.Sources))
				if pred == "leader" {
					if !sameTime(a.Claims, b.Claims) {
						continue // successive leaders
					}
					why = "different leaders named for the same time: " + why
				} else {
					why = "different founding dates: " + why
				}
				conflicts = append(conflicts, dossier.Conflict{Predicate: pred, A: brief(*a), B: brief(*b), Reason: why})
				a.Status, b.Status = dossier.Contradicted, dossier.Contradicted
				a.Reason, b.Reason = why, why
			}
		}
	}
	return facts, conflicts
}

// sameTime reports whether two groups of leader claims may be about the
// same time: their stated times agree, or (none stated) their documents
// were published within a year of each other or undated.
func sameTime(a, b []dossier.StoredClaim) bool {
	for _, x := range a {
		for _, y := range b {
			tx, ty := dossier.Deref(x.Time), dossier.Deref(y.Time)
			if tx != "" && ty != "" {
				if timeMatch(tx, ty) {
					return true
				}
				continue
			}
			px, py := x.Published, y.Published
			if px == "" || py == "" || withinYear(px, py) {
				return true
			}
		}
	}
	return false
}

// figureGroup is what numeric claims grouped as one fact have in common:
// the range all their figures allow, and the time one of them states.
type figureGroup struct {
	lo, hi float64
	time   string
}

// join adds a claim with the range [lo, hi] at time t (empty: unstated)
// to g when their times may be the same and the ranges overlap, narrowing
// g's range to the overlap, and reports whether it did.
func (g *figureGroup) join(lo, hi float64, t string) bool {
	if g.time != "" && t != "" && g.time != t || lo > g.hi || g.lo > hi {
		return false
	}
	g.lo, g.hi = math.Max(g.lo, lo), math.Min(g.hi, hi)
	if g.time == "" {
		g.time = t
	}
	return true
}

// timeMatch reports whether two stated times may be the same: one is the
// other or a prefix of it ("2021" and "2021-08").
func timeMatch(x, y string) bool {
	return strings.HasPrefix(x, y) || strings.HasPrefix(y, x)
}

// timesMeet reports whether any time of a may be the same as any of b.
func timesMeet(a, b map[string]struct{}) bool {
	for x := range a {
		for y := range b {
			if timeMatch(x, y) {
				return true
			}
		}
	}
	return false
}

func withinYear(a, b string) bool {
	ya, ea := strconv.Atoi(year(a))
	yb, eb := strconv.Atoi(year(b))
	if ea != nil || eb != nil {
		return true
	}
	return ya-yb <= 1 && yb-ya <= 1
}

// interval is a claim's numeric range with open ends as infinities.
func interval(c dossier.StoredClaim) (lo, hi float64, ok bool) {
	if c.Min == nil && c.Max == nil {
		return 0, 0, false
	}
	lo, hi = math.Inf(-1), math.Inf(1)
	if c.Min != nil {
		lo = *c.Min
	}
	if c.Max != nil {
		hi = *c.Max
	}
	return lo, hi, true
}

// checkNumeric groups figures that overlap for the same time and finds the
// disjoint ones.
func checkNumeric(pred string, cs []dossier.StoredClaim) ([]dossier.Fact, []dossier.Conflict) {
	var nums []dossier.StoredClaim
	for _, c := range cs {
		if _, _, ok := interval(c); ok {
			nums = append(nums, c)
		}
	}
	// Greedy grouping by the intersection of the group's ranges: a figure
	// joins the first group (of a compatible time) whose common range it
	// overlaps, so "at least 300" cannot chain 500–700 to 5000–7000.
	var groups []figureGroup
	var facts []dossier.Fact
	// closed ranges first, so open-ended figures join a definite group
	sort.SliceStable(nums, func(a, b int) bool {
		return closed(nums[a]) && !closed(nums[b])
	})
	for _, c := range nums {
		lo, hi, _ := interval(c)
		t := dossier.Deref(c.Time)
		joined := false
		for gi := range groups {
			if groups[gi].join(lo, hi, t) {
				facts[gi].Claims = append(facts[gi].Claims, c)
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, figureGroup{lo, hi, t})
			facts = append(facts, dossier.Fact{Predicate: pred, Time: t, Claims: []dossier.StoredClaim{c}})
		}
	}
	for i := range facts {
		f := &facts[i]
		var vs []string
		for _, c := range f.Claims {
			v := rangeText(c)
			if !contains(vs, v) {
				vs = append(vs, v)
			}
			if f.Time == "" {
				f.Time = dossier.Deref(c.Time)
			}
		}
		f.Value = figures(vs, len(vs))
		f.Sources = sources(f.Claims)
		verdict(f)
		if len(vs) > 1 {
			f.Reason += "; the figures overlap: " + f.Value
		}
	}
	// Facts conflict when their common ranges are disjoint and their times
	// may be the same: compared per fact, not per pair of claims, so that
	// an entity with thousands of figures stays quick.
	type span struct {
		lo, hi  float64
		times   map[string]struct{}
		undated bool
	}
	spans := make([]span, len(facts))
	for i := range facts {
		sp := span{lo: math.Inf(-1), hi: math.Inf(1), times: map[string]struct{}{}}
		for _, c := range facts[i].Claims {
			lo, hi, _ := interval(c)
			sp.lo, sp.hi = math.Max(sp.lo, lo), math.Min(sp.hi, hi)
			if t := dossier.Deref(c.Time); t != "" {
				sp.times[t] = struct{}{}
			} else {
				sp.undated = true
			}
		}
		spans[i] = sp
	}
	meet := func(a, b span) bool { return a.undated || b.undated || timesMeet(a.times, b.times) }
	var conflicts []dossier.Conflict
	for _, ij := range pairsBySupport(facts) {
		i, j := ij[0], ij[1]
		if len(conflicts) == MaxConflicts {
			break
		}
		{
			a, b := &facts[i], &facts[j]
			if !meet(spans[i], spans[j]) || spans[i].lo <= spans[j].hi && spans[j].lo <= spans[i].hi {
				continue // different times (a change over time), or compatible figures
			}
			why := fmt.Sprintf("%s %s (%s) and %s (%s) do not overlap", strings.ReplaceAll(pred, "_", " "), a.Value, named(a.Sources), b.Value, named(b.Sources))
			if a.Time != "" && a.Time == b.Time {
				why += " for the same time " + a.Time
			} else {
				why += " (no time separates them)"
			}
			conflicts = append(conflicts, dossier.Conflict{Predicate: pred, A: brief(*a), B: brief(*b), Reason: why})
			a.Status, b.Status = dossier.Contradicted, dossier.Contradicted
			a.Reason, b.Reason = why, why
		}
	}
	return facts, conflicts
}

// FiguresShown is how many different figures a numeric fact's value
// lists; the others are counted ("and 40 more figures"), so that a fact
// that thousands of claims support does not read as thousands of
// figures.
const FiguresShown = 12

// figures is the value of a numeric fact: the first FiguresShown of its n
// different figures vs.
func figures(vs []string, n int) string {
	if n <= FiguresShown {
		return strings.Join(vs, " | ")
	}
	return fmt.Sprintf("%s | and %d more figures", strings.Join(vs[:FiguresShown], " | "), n-FiguresShown)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// rangeText formats a claim's figure with its unit.
func rangeText(c dossier.StoredClaim) string {
	f := func(v float64) string { return fmt.Sprintf("%.0f", v) }
	var s string
	switch {
	case c.Min != nil && c.Max != nil && *c.Min == *c.Max:
		s = f(*c.Min)
	case c.Min != nil && c.Max != nil:
		s = f(*c.Min) + "–" + f(*c.Max)
	case c.Min != nil:
		s = "at least " + f(*c.Min)
	case c.Max != nil:
		s = "up to " + f(*c.Max)
	}
	if c.Unit != nil && *c.Unit != "" {
		s += " " + *c.Unit
	}
	return s
}

// BriefClaims is how many claims of each side a conflict carries.
const BriefClaims = 3

// brief is a fact as a conflict shows it: a few claims only (one per
// source first, see Limit), so that a conflict does not carry every claim
// of both sides. Its counts stay those of the whole fact.
func brief(f dossier.Fact) dossier.Fact {
	limitFact(&f, BriefClaims, BriefClaims)
	return f
}

// MaxConflicts caps the contradictions reported per predicate of an
// entity: a group with thousands of disjoint estimates would otherwise
// yield millions of pairs. The pairs of the best-supported facts come
// first.
const MaxConflicts = 100

// pairsBySupport returns the index pairs of facts, those of the facts with
// the most sources and claims first, at most enough to find MaxConflicts
// among the best-supported facts.
func pairsBySupport(facts []dossier.Fact) [][2]int {
	return pairsByCounts(len(facts), func(i int) (int, int) { return len(facts[i].Sources), len(facts[i].Claims) })
}

// pairsByCounts is pairsBySupport over n facts whose numbers of sources
// and claims support returns.
func pairsByCounts(n int, support func(i int) (sources, claims int)) [][2]int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool {
		sa, ca := support(order[a])
		sb, cb := support(order[b])
		if sa != sb {
			return sa > sb
		}
		return ca > cb
	})
	// enough facts that MaxConflicts pairs can come from them
	n = min(len(order), 4*MaxConflicts)
	var out [][2]int
	for x := 0; x < n; x++ {
		for y := x + 1; y < n; y++ {
			i, j := order[x], order[y]
			if i > j {
				i, j = j, i
			}
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// Dossier fills d.Facts and d.Conflicts from d.Claims, unless the store
// did already: a store that lists only some claims (d.ClaimCount above
// len(d.Claims)) computes the facts from all of them, and facts from the
// listed claims alone would be wrong.
func Dossier(d *dossier.Dossier) {
	if len(d.Facts) > 0 || d.ClaimCount > len(d.Claims) {
		return
	}
	d.Facts, d.Conflicts = Check(d.Entity.Name, d.Entity.ID, d.Claims)
	if d.Facts == nil {
		d.Facts = []dossier.Fact{}
	}
	if d.Conflicts == nil {
		d.Conflicts = []dossier.Conflict{}
	}
}

// closed reports whether a claim's range has both ends.
func closed(c dossier.StoredClaim) bool { return c.Min != nil && c.Max != nil }

// Limit caps each fact's claims at claims and its sources at sources, and
// the claims and sources of each side of a conflict at BriefClaims, for a
// dossier that shows the facts of an entity named in thousands of
// documents. ClaimCount and SourceCount keep the whole numbers. The claims
// kept are one of each independent source first, in the fact's order, then
// the next ones: the evidence shown covers as many sources as it can.
func Limit(facts []dossier.Fact, conflicts []dossier.Conflict, claims, sources int) {
	for i := range facts {
		limitFact(&facts[i], claims, sources)
	}
	for i := range conflicts {
		limitFact(&conflicts[i].A, BriefClaims, BriefClaims)
		limitFact(&conflicts[i].B, BriefClaims, BriefClaims)
	}
}

// limitFact caps one fact's claims at n and its sources at m, setting its
// counts when they are not set.
func limitFact(f *dossier.Fact, n, m int) {
	if f.ClaimCount == 0 {
		f.ClaimCount = len(f.Claims)
	}
	if f.SourceCount == 0 {
		f.SourceCount = len(f.Sources)
	}
	if len(f.Sources) > m {
		f.Sources = f.Sources[:m:m]
	}
	if len(f.Claims) <= n {
		return
	}
	keep := make([]bool, len(f.Claims))
	seen := map[string]bool{}
	kept := 0
	for i, c := range f.Claims {
		if kept == n {
			break
		}
		if k, _ := sourceKey(c); !seen[k] {
			seen[k] = true
			keep[i] = true
			kept++
		}
	}
	for i := range f.Claims {
		if kept == n {
			break
		}
		if !keep[i] {
			keep[i] = true
			kept++
		}
	}
	out := make([]dossier.StoredClaim, 0, n)
	for i, c := range f.Claims {
		if keep[i] {
			out = append(out, c)
		}
	}
	f.Claims = out
}
