package crosscheck

import (
	"fmt"
	"math/rand"
	"reflect"
	"sort"
	"strings"
	"testing"

	"dossier"
)

// randomClaims invents n claims about one group: few values, so that
// facts gather many claims, from docs documents (some syndicated copies,
// some citing an upstream source), over a few years.
func randomClaims(r *rand.Rand, n, docs, values int) []dossier.StoredClaim {
	preds := []string{"leader", "founded", "strength", "attack_count", "operates_in", "affiliated_with"}
	leaders := []string{"Ilya Brask", "Mara Velt", "Oskar Denn", "Tomas Rell", "Ada Quist"}
	places := []string{"the Kessel Valley", "Kessel Valley", "Orvanto", "Lake Semma", "the Drunn Hills", "Port Alvid"}
	founded := []string{"2011", "March 2011", "2014", "in 2009", "the late nineties"}
	times := []string{"", "", "2015", "2015-03", "2016", "2019"}
	out := make([]dossier.StoredClaim, n)
	for i := range out {
		pred := preds[r.Intn(len(preds))]
		doc := fmt.Sprintf("doc%04d", r.Intn(docs))
		c := dossier.StoredClaim{
			Claim: dossier.Claim{Subject: "Northern Wolves", Predicate: pred, Hedge: "stated",
				Evidence: dossier.Evidence{Start: r.Intn(5000)}},
			SourcedFact: dossier.SourcedFact{DocumentID: doc, Title: "Report " + doc, Published: fmt.Sprintf("20%02d-0%d-1%d", 10+r.Intn(10), 1+r.Intn(9), r.Intn(10))},
		}
		if r.Intn(10) == 0 {
			c.Published = ""
		}
		if r.Intn(5) == 0 {
			c.Origin = fmt.Sprintf("doc%04d", r.Intn(docs))
		}
		switch r.Intn(8) {
		case 0:
			c.Claim.Source = s([]string{"the United Nations", "United Nations", "Radio Kessel"}[r.Intn(3)])
		case 1:
			c.SourceEntity, c.SourceName = int64(100+r.Intn(3)), "Ministry of Order"
		case 2:
			c.SourcedFact.Source = "Outlet " + doc
		}
		if t := times[r.Intn(len(times))]; t != "" {
			c.Time = s(t)
		}
		switch pred {
		case "leader":
			c.Value = s(leaders[r.Intn(min(values, len(leaders)))])
		case "founded":
			c.Value = s(founded[r.Intn(min(values, len(founded)))])
		case "strength", "attack_count":
			base := float64(100 * (1 + r.Intn(values)))
			switch r.Intn(4) {
			case 0:
				c.Min = f(base)
			case 1:
				c.Max = f(base + 50)
			case 2:
				c.Min, c.Max = f(base), f(base)
			default:
				c.Min, c.Max = f(base-float64(r.Intn(60))), f(base+float64(r.Intn(60)))
			}
			if r.Intn(20) == 0 {
				c.Min, c.Max = nil, nil
			}
			c.Unit = s("fighters")
		default:
			c.Value = s(places[r.Intn(min(values, len(places)))])
			if r.Intn(4) == 0 {
				c.ValueEntity, c.ValueName = 200, "Kessel Valley"
			}
		}
		out[i] = c
	}
	return out
}

// streamOrder sorts claims as Stream takes them: by predicate, keeping
// their order, the closed ranges of numeric predicates first.
func streamOrder(cs []dossier.StoredClaim) {
	sort.SliceStable(cs, func(a, b int) bool {
		x, y := cs[a], cs[b]
		if x.Predicate != y.Predicate {
			return x.Predicate < y.Predicate
		}
		return Numeric(x.Predicate) && closed(x) && !closed(y)
	})
}

// TestStream checks that Stream gives what Check then Limit give over
// every claim, counts, reasons, the claims shown and the contradictions
// included, whatever the number of claims.
func TestStream(t *testing.T) {
	tests := []struct {
		name                 string
		claims, docs, values int
		perFact, sources     int
	}{
		{"none", 0, 1, 1, 20, 20},
		{"one claim", 1, 1, 1, 20, 20},
		{"few", 12, 5, 3, 20, 20},
		{"one source many reports", 300, 1, 2, 5, 20},
		{"many claims few values", 5000, 400, 2, 20, 20},
		{"many claims many values", 5000, 2000, 40, 3, 20},
		{"more figures than shown", 8000, 3000, 400, 3, 20},
		{"show fewer sources than claims", 3000, 50, 5, 4, 2},
		{"small", 2000, 300, 5, 3, 3},
		{"huge", 40000, 8000, 6, 20, 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewSource(int64(tt.claims*31 + tt.docs)))
			claims := randomClaims(r, tt.claims, tt.docs, tt.values)
			old := append([]dossier.StoredClaim(nil), claims...)
			wantF, wantC := Check("Northern Wolves", 7, old)
			Limit(wantF, wantC, tt.perFact, tt.sources)

			streamOrder(claims)
			st := NewStream("Northern Wolves", 7, Limits{Claims: func(int) int { return tt.perFact }, Sources: tt.sources})
			for _, c := range claims {
				st.Add(c)
			}
			if tt.claims >= 5000 && (len(wantC) == 0 || len(wantF[0].Claims) >= wantF[0].ClaimCount) {
				t.Errorf("nothing to compare: %d contradictions, first fact shows %d of %d claims", len(wantC), len(wantF[0].Claims), wantF[0].ClaimCount)
			}
			if strings.HasPrefix(tt.name, "more figures") && !strings.Contains(fmt.Sprint(wantF), "more figures") {
				t.Error("no fact with more figures than shown")
			}
			if st.Facts() != len(wantF) {
				t.Errorf("Facts() = %d, want %d", st.Facts(), len(wantF))
			}
			gotF, gotC, total, err := st.Result()
			if err != nil {
				t.Fatal(err)
			}
			if total != len(wantF) {
				t.Errorf("total %d facts, want %d", total, len(wantF))
			}
			if len(gotF) != len(wantF) || len(gotC) != len(wantC) {
				t.Fatalf("%d facts, %d conflicts; want %d, %d", len(gotF), len(gotC), len(wantF), len(wantC))
			}
			for i := range wantF {
				if !reflect.DeepEqual(gotF[i], wantF[i]) {
					t.Errorf("fact %d:\n got %+v\nwant %+v", i, gotF[i], wantF[i])
				}
			}
			for i := range wantC {
				if !reflect.DeepEqual(gotC[i], wantC[i]) {
					t.Errorf("conflict %d:\n got %+v\nwant %+v", i, gotC[i], wantC[i])
				}
			}
		})
	}
}

// TestStreamOrder checks that a closed range after an open one of the
// same numeric predicate is an error, not a wrong grouping.
func TestStreamOrder(t *testing.T) {
	st := NewStream("Northern Wolves", 7, Limits{Sources: 20})
	st.Add(claim("strength", "a", "", nil, nil, f(300), nil, nil))
	st.Add(claim("strength", "b", "", nil, nil, f(200), f(400), nil))
	if _, _, _, err := st.Result(); err == nil {
		t.Error("no error for a closed range after an open one")
	}
}

// TestStreamFacts checks that capping the facts of each predicate keeps
// the best-supported ones in their order, with the contradictions and the
// total of the whole, and that the claims each fact shows follow the
// number of facts shown.
func TestStreamFacts(t *testing.T) {
	perFact := func(n int) int { return min(20, max(3, 200/max(n, 1))) }
	tests := []struct {
		name                 string
		claims, docs, values int
		facts                int
	}{
		{"under the cap", 500, 100, 3, 50},
		{"over the cap", 8000, 3000, 400, 10},
		{"cap of one", 3000, 500, 40, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := rand.New(rand.NewSource(int64(tt.claims)))
			claims := randomClaims(r, tt.claims, tt.docs, tt.values)
			streamOrder(claims)
			run := func(facts int) ([]dossier.Fact, []dossier.Conflict, int) {
				st := NewStream("Northern Wolves", 7, Limits{Facts: facts, Claims: perFact, Sources: 20})
				for _, c := range claims {
					st.Add(c)
				}
				fs, cs, total, err := st.Result()
				if err != nil {
					t.Fatal(err)
				}
				return fs, cs, total
			}
			allF, allC, allN := run(0)
			gotF, gotC, gotN := run(tt.facts)
			if gotN != allN || allN != len(allF) {
				t.Errorf("total %d, uncapped %d of %d facts", gotN, allN, len(allF))
			}
			if !reflect.DeepEqual(gotC, allC) {
				t.Errorf("%d contradictions, uncapped %d", len(gotC), len(allC))
			}
			per := map[string][]dossier.Fact{}
			for _, f := range allF {
				per[f.Predicate] = append(per[f.Predicate], f)
			}
			shown := 0
			for _, fs := range per {
				shown += min(len(fs), tt.facts)
			}
			if len(gotF) != shown {
				t.Fatalf("%d facts shown, want %d", len(gotF), shown)
			}
			key := func(f dossier.Fact) string { return f.Predicate + "\x00" + f.Value + "\x00" + f.Time }
			j := 0
			for _, g := range gotF {
				// the same fact, in the same order, with as many claims as
				// the number of facts shown allows
				for j < len(allF) && key(allF[j]) != key(g) {
					j++
				}
				if j == len(allF) {
					t.Fatalf("fact %s %q not among the uncapped ones, or out of order", g.Predicate, g.Value)
				}
				a := allF[j]
				if g.ClaimCount != a.ClaimCount || g.SourceCount != a.SourceCount || g.Status != a.Status || g.Reason != a.Reason {
					t.Errorf("fact %s %q: %d claims %d sources %s; uncapped %d %d %s", g.Predicate, g.Value, g.ClaimCount, g.SourceCount, g.Status, a.ClaimCount, a.SourceCount, a.Status)
				}
				if want := min(a.ClaimCount, perFact(shown)); len(g.Claims) != want {
					t.Errorf("fact %s %q shows %d claims, want %d", g.Predicate, g.Value, len(g.Claims), want)
				}
				j++
			}
			// the facts left out have no more sources than those shown
			shownKeys := map[string]bool{}
			least := map[string]int{}
			for _, g := range gotF {
				shownKeys[key(g)] = true
				if l, ok := least[g.Predicate]; !ok || g.SourceCount < l {
					least[g.Predicate] = g.SourceCount
				}
			}
			for _, f := range allF {
				if !shownKeys[key(f)] && f.SourceCount > least[f.Predicate] {
					t.Errorf("%s %q with %d sources left out, one with %d shown", f.Predicate, f.Value, f.SourceCount, least[f.Predicate])
				}
			}
		})
	}
}
