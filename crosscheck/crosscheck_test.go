package crosscheck

import (
	"strings"
	"testing"

	"dossier"
)

func f(v float64) *float64 { return &v }
func s(v string) *string   { return &v }

// claim builds a stored claim of document doc (an original unless origin
// is set) citing src (nil: the article's own voice).
func claim(pred, doc, origin string, src *string, value *string, min, max *float64, time *string) dossier.StoredClaim {
	return dossier.StoredClaim{
		Claim:       dossier.Claim{Subject: "Northern Wolves", Predicate: pred, Value: value, Min: min, Max: max, Time: time, Source: src, Hedge: "stated"},
		SourcedFact: dossier.SourcedFact{DocumentID: doc, Source: "Outlet " + doc, Origin: origin},
	}
}

func statuses(fs []dossier.Fact) map[string]dossier.Status {
	m := map[string]dossier.Status{}
	for _, f := range fs {
		m[f.Predicate+" "+f.Value] = f.Status
	}
	return m
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name      string
		claims    []dossier.StoredClaim
		want      map[string]dossier.Status
		conflicts int
	}{
		{
			name: "two outlets agree",
			claims: []dossier.StoredClaim{
				claim("leader", "a", "", nil, s("Ilya Brask"), nil, nil, nil),
				claim("leader", "b", "", nil, s("Ilya Brask"), nil, nil, nil),
			},
			want: map[string]dossier.Status{"leader Ilya Brask": dossier.Corroborated},
		},
		{
			name: "a syndicated copy is not a second source",
			claims: []dossier.StoredClaim{
				claim("leader", "a", "", nil, s("Ilya Brask"), nil, nil, nil),
				claim("leader", "b", "a", nil, s("Ilya Brask"), nil, nil, nil),
			},
			want: map[string]dossier.Status{"leader Ilya Brask": dossier.SingleSource},
		},
		{
			name: "two articles quoting the same report are one source",
			claims: []dossier.StoredClaim{
				claim("operates_in", "a", "", s("Regional Security Council"), s("Dornhal"), nil, nil, nil),
				claim("operates_in", "b", "", s("the Regional Security Council"), s("Dornhal"), nil, nil, nil),
			},
			want: map[string]dossier.Status{"operates_in Dornhal": dossier.SingleSource},
		},
		{
			name: "different leaders at the same time contradict",
			claims: []dossier.StoredClaim{
				claim("leader", "a", "", nil, s("Ilya Brask"), nil, nil, s("2024")),
				claim("leader", "b", "", nil, s("Anselm Dravik"), nil, nil, s("2024")),
			},
			want:      map[string]dossier.Status{"leader Ilya Brask": dossier.Contradicted, "leader Anselm Dravik": dossier.Contradicted},
			conflicts: 1,
		},
		{
			name: "leaders years apart succeed each other",
			claims: []dossier.StoredClaim{
				claim("leader", "a", "", nil, s("Ilya Brask"), nil, nil, s("2015")),
				claim("leader", "b", "", nil, s("Anselm Dravik"), nil, nil, s("2023")),
			},
			want: map[string]dossier.Status{"leader Ilya Brask": dossier.SingleSource, "leader Anselm Dravik": dossier.SingleSource},
		},
		{
			name: "different founding years contradict; same year in other words agrees",
			claims: []dossier.StoredClaim{
				claim("founded", "a", "", nil, s("January 2015"), nil, nil, nil),
				claim("founded", "b", "", nil, s("2015"), nil, nil, nil),
				claim("founded", "c", "", nil, s("late 2014"), nil, nil, nil),
			},
			want:      map[string]dossier.Status{"founded January 2015": dossier.Contradicted, "founded late 2014": dossier.Contradicted},
			conflicts: 1,
		},
		{
			name: "overlapping ranges agree and are shown side by side",
			claims: []dossier.StoredClaim{
				claim("strength", "a", "", s("United Nations"), nil, f(1500), f(2000), nil),
				claim("strength", "b", "", s("Security Council"), nil, f(500), nil, nil),
			},
			want: map[string]dossier.Status{"strength 1500–2000 | at least 500": dossier.Corroborated},
		},
		{
			name: "disjoint ranges for the same time contradict",
			claims: []dossier.StoredClaim{
				claim("strength", "a", "", nil, nil, f(1200), f(1800), s("2023")),
				claim("strength", "b", "", nil, nil, f(3000), f(4500), s("2023")),
			},
			want:      map[string]dossier.Status{"strength 1200–1800": dossier.Contradicted, "strength 3000–4500": dossier.Contradicted},
			conflicts: 1,
		},
		{
			name: "different periods are a change over time",
			claims: []dossier.StoredClaim{
				claim("attack_count", "a", "", nil, nil, f(77), f(77), s("2021-01..2021-04")),
				claim("attack_count", "a", "", nil, nil, f(21), f(21), s("2020")),
			},
			want: map[string]dossier.Status{"attack_count 77": dossier.SingleSource, "attack_count 21": dossier.SingleSource},
		},
		{
			name: "an open bound does not chain disjoint ranges",
			claims: []dossier.StoredClaim{
				claim("strength", "a", "", nil, nil, f(500), f(700), nil),
				claim("strength", "b", "", nil, nil, f(300), nil, nil),
				claim("strength", "c", "", nil, nil, f(5000), f(7000), nil),
			},
			want:      map[string]dossier.Status{"strength 500–700 | at least 300": dossier.Contradicted, "strength 5000–7000": dossier.Contradicted},
			conflicts: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			facts, conflicts := Check("Northern Wolves", 1, tt.claims)
			got := statuses(facts)
			if len(got) != len(tt.want) {
				t.Errorf("facts %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: %q, want %q (all: %v)", k, got[k], v, got)
				}
			}
			if len(conflicts) != tt.conflicts {
				t.Errorf("%d conflicts, want %d: %+v", len(conflicts), tt.conflicts, conflicts)
			}
			for _, c := range conflicts {
				if c.Reason == "" || c.Entity != "Northern Wolves" {
					t.Errorf("conflict without reason or entity: %+v", c)
				}
			}
			for _, fct := range facts {
				if fct.Reason == "" || len(fct.Sources) == 0 {
					t.Errorf("fact %q has no reason or sources", fct.Value)
				}
				if fct.Status == dossier.Corroborated && !strings.Contains(fct.Reason, "independent") {
					t.Errorf("corroborated fact reason %q", fct.Reason)
				}
			}
		})
	}
}
