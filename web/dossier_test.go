package web

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"dossier"
	"dossier/crosscheck"
)

// TestDossierFactsUncapped checks, on every entity of the demo knowledge
// base (each under the dossier's limits), that the facts the store
// computes and caps are those the crosscheck finds in the claims listed,
// with their counts, and that the API writes the counts.
func TestDossierFactsUncapped(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	es, err := f.st.Entities(ctx, "")
	if err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, e := range es {
		d, err := f.st.Dossier(ctx, e.ID)
		if err != nil {
			t.Fatal(err)
		}
		if d.ClaimCount != len(d.Claims) {
			t.Fatalf("%s: %d claims listed of %d: the demo entities are under the limits", e.Name, len(d.Claims), d.ClaimCount)
		}
		facts, conflicts := crosscheck.Check(d.Entity.Name, d.Entity.ID, d.Claims)
		if len(facts) != len(d.Facts) || len(conflicts) != len(d.Conflicts) {
			t.Errorf("%s: %d facts, %d conflicts; uncapped %d, %d", e.Name, len(d.Facts), len(d.Conflicts), len(facts), len(conflicts))
			continue
		}
		for i, want := range facts {
			got := d.Facts[i]
			if got.Predicate != want.Predicate || got.Value != want.Value || got.Status != want.Status || got.Reason != want.Reason ||
				got.ClaimCount != len(want.Claims) || got.SourceCount != len(want.Sources) || len(got.Claims) != len(want.Claims) {
				t.Errorf("%s: fact %d = %s %q %s (%d claims of %d, %d sources): %s\nuncapped %s %q %s (%d claims, %d sources): %s", e.Name, i,
					got.Predicate, got.Value, got.Status, len(got.Claims), got.ClaimCount, got.SourceCount, got.Reason,
					want.Predicate, want.Value, want.Status, len(want.Claims), len(want.Sources), want.Reason)
			}
		}
		for i, want := range conflicts {
			if d.Conflicts[i].Reason != want.Reason {
				t.Errorf("%s: conflict %d: %s\nuncapped %s", e.Name, i, d.Conflicts[i].Reason, want.Reason)
			}
		}
		checked += len(facts)
	}
	if checked == 0 {
		t.Fatal("no fact in the demo knowledge base")
	}

	// the API writes the counts
	id := f.covenant(t)
	w := f.do(t, "GET", fmt.Sprintf("/api/v1/entities/%d", id), "", "", "")
	if w.Code != 200 {
		t.Fatalf("GET entity: %d %s", w.Code, w.Body)
	}
	var out struct {
		ClaimCount *int `json:"claim_count"`
		Claims     []json.RawMessage
		Facts      []struct {
			ClaimCount  *int `json:"claim_count"`
			SourceCount *int `json:"source_count"`
			Claims      []json.RawMessage
			Sources     []string
		}
		Aliases []struct {
			DocumentCount int `json:"document_count"`
		}
	}
	if err := json.Unmarshal(w.Body.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if out.ClaimCount == nil || *out.ClaimCount != len(out.Claims) {
		t.Errorf("claim_count %v, %d claims", out.ClaimCount, len(out.Claims))
	}
	for i, fa := range out.Facts {
		if fa.ClaimCount == nil || fa.SourceCount == nil || *fa.ClaimCount != len(fa.Claims) || *fa.SourceCount != len(fa.Sources) {
			t.Errorf("fact %d: claim_count %v source_count %v, %d claims, %d sources", i, fa.ClaimCount, fa.SourceCount, len(fa.Claims), len(fa.Sources))
		}
	}
	for i, a := range out.Aliases {
		if a.DocumentCount == 0 {
			t.Errorf("alias %d: no document_count", i)
		}
	}
}

// TestFactSectionsCapped checks that the dossier page shows the best
// supported facts of a long section and counts the others and the claims
// it does not list.
func TestFactSectionsCapped(t *testing.T) {
	d := &dossier.Dossier{Entity: dossier.GlobalEntity{ID: 1, Name: "Vesper Reach"}}
	for i := range maxPageFacts + 5 {
		f := dossier.Fact{Predicate: "strength", Value: fmt.Sprint(100 * (i + 1)), Time: fmt.Sprint(2000 + i), Status: dossier.SingleSource,
			Sources: []string{"the Tallow Commission"}, SourceCount: 1, ClaimCount: 30,
			Claims: []dossier.StoredClaim{{Claim: dossier.Claim{Predicate: "strength"}}}}
		if i >= 5 {
			f.SourceCount = 2 // better supported than the first five
		}
		d.Facts = append(d.Facts, f)
	}
	secs := factSections(d)
	if len(secs) != 1 {
		t.Fatalf("%d sections", len(secs))
	}
	sec := secs[0]
	if len(sec.Facts) != maxPageFacts || sec.More != 5 {
		t.Errorf("%d facts shown, %d more; want %d, 5", len(sec.Facts), sec.More, maxPageFacts)
	}
	for _, fv := range sec.Facts {
		if fv.SourceCount != 2 {
			t.Errorf("a fact with %d sources is shown before better supported ones", fv.SourceCount)
		}
		if fv.More != 29 {
			t.Errorf("fact %s: %d more claims, want 29", fv.Value, fv.More)
		}
	}
	for i := 1; i < len(sec.Facts); i++ {
		if sec.Facts[i-1].Time > sec.Facts[i].Time {
			t.Errorf("strength facts out of time order: %s before %s", sec.Facts[i-1].Time, sec.Facts[i].Time)
		}
	}
	// the page says so
	if !strings.Contains(renderEntitySection(t, d), "5 more facts") {
		t.Error("the page does not count the facts it does not show")
	}
}

// renderEntitySection renders the facts of d with the dossier page's
// template.
func renderEntitySection(t *testing.T, d *dossier.Dossier) string {
	t.Helper()
	s, err := New(Options{Store: newFixture(t).st})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	if err := s.pages["entity"].Execute(&b, pageData{Title: d.Entity.Name, Data: map[string]any{
		"D": d, "Sections": factSections(d), "Aliases": []any{}, "Related": []any{}, "Documents": []dossier.DocumentRef{}, "DocumentsTotal": 0, "EventsTotal": 0}}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
