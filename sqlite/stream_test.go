package sqlite

import (
	"fmt"
	"sort"
	"testing"

	"dossier"
	"dossier/crosscheck"
)

// wideReport is report i of the Harrow Line, a group whose reports give
// figures of every kind (exact, ranges, at least, up to) for many
// different times, name several leaders, cite several sources or none,
// so that its dossier has more facts of a predicate than it shows, facts
// with more figures than a value lists, and contradictions.
func wideReport(t *testing.T, i int) *dossier.Extraction {
	t.Helper()
	leaders := []string{"Sella Varn", "Idris Kolm", "Pell Arden", "Noor Haskel"}
	sources := []string{"the Tallow Commission", "the Orne Monitoring Group", "district officials", "the Carrow Bulletin", ""}
	leader := leaders[(i/3)%len(leaders)]
	src := sources[i%len(sources)]
	year := 2014 + i%6
	var lo, hi *float64
	var figure string
	switch i % 4 {
	case 0: // a figure of its own: disjoint from the others
		v := float64(1000 + 100*i)
		lo, hi = &v, &v
		figure = fmt.Sprintf("about %d fighters", int(v))
	case 1: // a range among a few
		a, b := float64(200+10*(i%13)), float64(260+10*(i%17))
		lo, hi = &a, &b
		figure = fmt.Sprintf("between %d and %d fighters", int(a), int(b))
	case 2: // at least
		a := float64(100 + 5*(i%40))
		lo = &a
		figure = fmt.Sprintf("at least %d fighters", int(a))
	default: // up to
		b := float64(300 + 7*(i%30))
		hi = &b
		figure = fmt.Sprintf("up to %d fighters", int(b))
	}
	text := fmt.Sprintf("Harrow Line report %d.\n"+
		"The Harrow Line had %s in %d.\n"+
		"The Harrow Line is led by %s.\n"+
		"The Harrow Line was founded in %d.", i, figure, year, leader, 1990+i%3)
	b := newDoc(t, fmt.Sprintf("harrow-%04d.txt", i), text)
	b.x.Document.Published = dossier.Str(fmt.Sprintf("%d-%02d-%02d", year, 1+i%12, 1+i%28))
	if i%9 == 0 {
		b.x.Document.Published = nil
	}
	b.x.Document.Source = dossier.Str([]string{"Lantern Post", "Ferrow Daily", "Kestrel Wire"}[i%3])
	b.entity("e1", dossier.ArmedGroup, "Harrow Line")
	b.entity("e2", dossier.Person, leader)
	c := dossier.Claim{Subject: "Harrow Line", SubjectEntity: "e1", Predicate: "strength", Min: lo, Max: hi,
		Unit: dossier.Str("fighters"), Hedge: "reported", Evidence: b.sentence(" fighters")}
	if i%5 != 0 {
		c.Time = dossier.Str(fmt.Sprint(year))
	}
	if src != "" {
		c.Source = dossier.Str(src)
	}
	b.x.Claims = append(b.x.Claims, c)
	b.claim("e1", "leader", leader, "is led by")
	b.claim("e1", "founded", fmt.Sprint(1990+i%3), "was founded in")
	return b.x
}

// TestDossierStreamed checks the dossier computed from the claims one at
// a time against the whole computation it replaced (crosscheck.Check over
// every claim, then the best-supported FactsPerPredicate facts of each
// predicate, then crosscheck.Limit): the same facts in the same order
// with the same claims, sources, counts, statuses and reasons, and the
// same contradictions.
func TestDossierStreamed(t *testing.T) {
	tests := []struct {
		name    string
		gen     func(*testing.T, int) *dossier.Extraction
		reports int
	}{
		{"few reports", wideReport, 12},
		{"one group, few values", genReport, 120},
		{"more facts than shown", wideReport, 500},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openAt(t, ":memory:")
			for i := range tc.reports {
				put(t, s, tc.gen(t, i))
			}
			e := findOne(t, s, tc.gen(t, 0).Entities[0].Name)
			d := dossierOf(t, s, e.ID)
			all := allClaims(t, s, e.ID, d.Entity.Name)
			if d.ClaimCount != len(all) {
				t.Errorf("ClaimCount = %d, want %d", d.ClaimCount, len(all))
			}
			facts, conflicts := crosscheck.Check(d.Entity.Name, d.Entity.ID, append([]dossier.StoredClaim(nil), all...))
			// the facts shown: the best supported of each predicate
			var shown []dossier.Fact
			capped := false
			for i := 0; i < len(facts); {
				j := i
				for j < len(facts) && facts[j].Predicate == facts[i].Predicate {
					j++
				}
				idx := make([]int, j-i)
				for k := range idx {
					idx[k] = i + k
				}
				if len(idx) > FactsPerPredicate {
					capped = true
					sort.SliceStable(idx, func(a, b int) bool {
						x, y := facts[idx[a]], facts[idx[b]]
						if len(x.Sources) != len(y.Sources) {
							return len(x.Sources) > len(y.Sources)
						}
						return len(x.Claims) > len(y.Claims)
					})
					idx = idx[:FactsPerPredicate]
					sort.Ints(idx)
				}
				for _, k := range idx {
					shown = append(shown, facts[k])
				}
				i = j
			}
			crosscheck.Limit(shown, conflicts, claimsPerFact(len(shown)), SourcesPerItem)
			if capped != (d.FactCount > 0) || capped && d.FactCount != len(facts) {
				t.Errorf("FactCount = %d, want %d (capped %v)", d.FactCount, len(facts), capped)
			}
			if tc.reports >= 500 && (!capped || len(conflicts) == 0) {
				t.Errorf("nothing to compare: capped %v, %d contradictions", capped, len(conflicts))
			}
			if len(d.Facts) != len(shown) {
				t.Fatalf("%d facts, want %d", len(d.Facts), len(shown))
			}
			keys := func(cs []dossier.StoredClaim) []string {
				out := make([]string, len(cs))
				for i, c := range cs {
					out[i] = claimKey(c)
					if c.Claim.Evidence.Text == "" {
						out[i] += " (no evidence)"
					}
				}
				return out
			}
			same := func(what string, got, want dossier.Fact) {
				t.Helper()
				if got.Predicate != want.Predicate || got.Value != want.Value || got.Time != want.Time || got.Status != want.Status || got.Reason != want.Reason ||
					got.ClaimCount != want.ClaimCount || got.SourceCount != want.SourceCount || fmt.Sprint(got.Sources) != fmt.Sprint(want.Sources) ||
					fmt.Sprint(keys(got.Claims)) != fmt.Sprint(keys(want.Claims)) {
					t.Errorf("%s:\n got %s %q (%s) %s %d claims %d sources %q %v: %s\nwant %s %q (%s) %s %d claims %d sources %q %v: %s", what,
						got.Predicate, got.Value, got.Time, got.Status, got.ClaimCount, got.SourceCount, got.Sources, keys(got.Claims), got.Reason,
						want.Predicate, want.Value, want.Time, want.Status, want.ClaimCount, want.SourceCount, want.Sources, keys(want.Claims), want.Reason)
				}
			}
			for i := range shown {
				same(fmt.Sprintf("fact %d", i), d.Facts[i], shown[i])
			}
			if len(d.Conflicts) != len(conflicts) {
				t.Fatalf("%d contradictions, want %d", len(d.Conflicts), len(conflicts))
			}
			for i, c := range conflicts {
				got := d.Conflicts[i]
				if got.Reason != c.Reason || got.Entity != c.Entity || got.EntityID != c.EntityID || got.Predicate != c.Predicate {
					t.Errorf("contradiction %d: %s\nwant %s", i, got.Reason, c.Reason)
				}
				same(fmt.Sprintf("contradiction %d A", i), got.A, c.A)
				same(fmt.Sprintf("contradiction %d B", i), got.B, c.B)
			}
		})
	}
}
