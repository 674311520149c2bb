package resolve

import (
	"slices"
	"testing"

	"dossier"
)

// TestAccepted checks that Accepted keeps, in order, the candidates of the
// same type and not of another known actor, each with its reason.
func TestAccepted(t *testing.T) {
	r := New()
	id := r.Identify(&dossier.Entity{ID: "e1", Name: "Northern Wolves Front", Type: dossier.ArmedGroup,
		Mentions: []dossier.Mention{{Text: "Northern Wolves Front"}}})
	cands := []Candidate{
		{ID: 1, Name: "Northern Wolves Front", Type: dossier.Person, Key: id.Keys[0]},
		{ID: 2, Name: "Northern Wolves Front", Type: dossier.ArmedGroup, Key: id.Keys[0]},
		{ID: 3, Name: "NWF", Type: dossier.ArmedGroup, Key: id.Keys[0]},
		{ID: 4, Name: "Islamic State", Type: dossier.ArmedGroup, Actor: "Islamic State", Key: id.Keys[0]},
	}
	acc, why := r.Accepted(id, cands)
	var ids []int64
	for _, c := range acc {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []int64{2, 3, 4}) || len(why) != len(acc) {
		t.Errorf("Accepted = %v (%q), want 2, 3, 4 with a reason each", ids, why)
	}
	for _, c := range cands {
		ok, _ := r.Accept(id, c)
		if ok != slices.Contains(ids, c.ID) {
			t.Errorf("candidate %d: Accept %v, but Accepted disagrees", c.ID, ok)
		}
	}
}

// TestAcceptedKeepsBranchApart checks that a document entity sharing a
// name with a group and with the group's branch does not join the two.
func TestAcceptedKeepsBranchApart(t *testing.T) {
	r := New()
	id := r.Identify(&dossier.Entity{ID: "e1", Name: "Ridge Defence Battalions", Type: dossier.ArmedGroup,
		Mentions: []dossier.Mention{{Text: "Ridge Defence Battalions"}}})
	cands := []Candidate{
		{ID: 1, Name: "Northern Wolves", Type: dossier.ArmedGroup, Key: id.Keys[0]},
		{ID: 2, Name: "Northern Wolves – Ridge Province", Type: dossier.ArmedGroup, Key: id.Keys[0]},
		{ID: 3, Name: "Ridge Battalions", Type: dossier.ArmedGroup, Key: id.Keys[0]},
	}
	acc, _ := r.Accepted(id, cands)
	var ids []int64
	for _, c := range acc {
		ids = append(ids, c.ID)
	}
	if !slices.Equal(ids, []int64{1, 3}) {
		t.Errorf("Accepted = %v, want 1 and 3: the branch (2) must not join its parent (1)", ids)
	}
	if ok, why := r.Joinable(cands[0], cands[1]); ok || why == "" {
		t.Errorf("Joinable(group, its branch) = %v %q, want false with a reason", ok, why)
	}
}
