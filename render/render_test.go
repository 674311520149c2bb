package render

import (
	"bytes"
	"strings"
	"testing"

	"dossier"
)

func f(v float64) *float64 { return &v }
func s(v string) *string   { return &v }

func TestRange(t *testing.T) {
	for _, tc := range []struct {
		min, max *float64
		want     string
	}{
		{f(13), f(13), "13"},
		{f(1500), f(2000), "1500–2000"},
		{f(150), nil, "≥ 150"},
		{nil, f(20), "≤ 20"},
		{nil, nil, ""},
	} {
		if got := Range(tc.min, tc.max); got != tc.want {
			t.Errorf("Range = %q, want %q", got, tc.want)
		}
	}
}

func TestClaimValue(t *testing.T) {
	for _, tc := range []struct {
		c    dossier.Claim
		want string
	}{
		{dossier.Claim{Value: s("Ilya Brask")}, "Ilya Brask"},
		{dossier.Claim{Value: s("fighters"), Unit: s("fighters"), Min: f(500), Max: f(700)}, "500–700 fighters"},
		{dossier.Claim{}, "(no value)"},
	} {
		if got := ClaimValue(&tc.c); got != tc.want {
			t.Errorf("ClaimValue = %q, want %q", got, tc.want)
		}
	}
}

func TestDossier(t *testing.T) {
	ev := dossier.Evidence{Start: 0, End: 40, Text: "The Northern Wolves are led by Ilya Brask."}
	src := dossier.SourcedFact{DocumentID: "abcdef0123456789", Source: "Meridian Wire", Published: "2024-03-14", Evidence: ev}
	d := &dossier.Dossier{
		Entity:  dossier.GlobalEntity{ID: 1, Name: "Northern Wolves", Type: dossier.ArmedGroup, Documents: 1, Mentions: 5},
		Aliases: []dossier.AliasUse{{Name: "NWF", Documents: []dossier.SourcedFact{src}}},
		Facts: []dossier.Fact{{Predicate: "leader", Value: "Ilya Brask", Status: dossier.Contradicted, Reason: "different leaders",
			Sources: []string{"Meridian Wire"}, Claims: []dossier.StoredClaim{{Claim: dossier.Claim{Evidence: ev}, SourcedFact: src}}}},
		Conflicts: []dossier.Conflict{{Predicate: "leader", Reason: "different leaders named for the same time"}},
		Documents: []dossier.DocumentRef{{ID: "abcdef0123456789", Published: "2024-03-14", Source: "Meridian Wire", Title: "Wolves strike"}},
		Merges:    []dossier.Merge{{Reason: "shares the name key \"nwf\""}},
	}
	var b bytes.Buffer
	if err := Dossier(&b, d, Options{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Northern Wolves\n===============", "type: armed_group", "Names and aliases (1)", "NWF",
		"Leadership", "[contradicted] Ilya Brask", "“The Northern Wolves are led by Ilya Brask.”",
		"Contradictions (1)", "Documents (1)", "Wolves strike", "Why these names are one entity",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("dossier output lacks %q:\n%s", want, out)
		}
	}
}

func TestCut(t *testing.T) {
	if got := Cut("a  b\n c", 10); got != "a b c" {
		t.Errorf("Cut folds space: %q", got)
	}
	if got := Cut(strings.Repeat("x", 20), 5); got != "xxxx…" {
		t.Errorf("Cut = %q", got)
	}
}

// TestDossierCapped checks that what a store counted but did not list is
// said, not dropped.
func TestDossierCapped(t *testing.T) {
	ev := dossier.Evidence{Start: 0, End: 44, Text: "The Northern Wolves number about 900 fighters."}
	src := func(doc string) dossier.SourcedFact {
		return dossier.SourcedFact{DocumentID: doc, Source: "Meridian Wire", Evidence: ev}
	}
	claim := func(doc string) dossier.StoredClaim {
		return dossier.StoredClaim{Claim: dossier.Claim{Predicate: "strength", Evidence: ev}, SourcedFact: src(doc)}
	}
	tests := []struct {
		name string
		d    dossier.Dossier
		want []string
	}{
		{
			name: "alias used by more documents than listed",
			d: dossier.Dossier{Aliases: []dossier.AliasUse{{Name: "NWF", DocumentCount: 250,
				Documents: []dossier.SourcedFact{src("doc-a"), src("doc-b")}}}},
			want: []string{"NWF — 250 document(s)", "… and 248 more"},
		},
		{
			name: "fact with more claims than listed",
			d: dossier.Dossier{Facts: []dossier.Fact{{Predicate: "strength", Value: "900", Status: dossier.SingleSource, ClaimCount: 40,
				Claims: []dossier.StoredClaim{claim("doc-a")}}}},
			want: []string{"[single-source] 900", "… and 39 more"},
		},
		{
			name: "fact with more claims than printed and listed",
			d: dossier.Dossier{Facts: []dossier.Fact{{Predicate: "strength", Value: "900", Status: dossier.SingleSource, ClaimCount: 40,
				Claims: []dossier.StoredClaim{claim("doc-a"), claim("doc-b"), claim("doc-c"), claim("doc-d"), claim("doc-e")}}}},
			want: []string{"… and 37 more"},
		},
		{
			name: "more facts than listed",
			d: dossier.Dossier{FactCount: 340, Facts: []dossier.Fact{{Predicate: "strength", Value: "900", Status: dossier.SingleSource, ClaimCount: 1,
				Claims: []dossier.StoredClaim{claim("doc-a")}}}},
			want: []string{"Facts: 1 of 340 listed"},
		},
		{
			name: "related entity stated by more documents than listed",
			d: dossier.Dossier{Related: []dossier.RelatedEntity{{Predicate: "operates_in", Name: "Dornhal", DocumentCount: 12,
				Sources: []dossier.SourcedFact{src("doc-a")}}}},
			want: []string{"operates in: Dornhal", "… and 11 more"},
		},
		{
			name: "more documents than listed",
			d: dossier.Dossier{Entity: dossier.GlobalEntity{Documents: 9000},
				Documents: []dossier.DocumentRef{{ID: "doc-a"}, {ID: "doc-b"}}},
			want: []string{"Documents (the first 2 of 9000)"},
		},
		{
			name: "everything listed",
			d: dossier.Dossier{Entity: dossier.GlobalEntity{Documents: 1}, Documents: []dossier.DocumentRef{{ID: "doc-a"}},
				Aliases: []dossier.AliasUse{{Name: "NWF", DocumentCount: 1, Documents: []dossier.SourcedFact{src("doc-a")}}}},
			want: []string{"Documents (1)", "NWF — 1 document(s)"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tc.d.Entity.Name = "Northern Wolves"
			var b bytes.Buffer
			if err := Dossier(&b, &tc.d, Options{}); err != nil {
				t.Fatal(err)
			}
			for _, w := range tc.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("output lacks %q:\n%s", w, b.String())
				}
			}
			if tc.name == "everything listed" && strings.Contains(b.String(), "more") {
				t.Errorf("output counts more than there is:\n%s", b.String())
			}
		})
	}
}
