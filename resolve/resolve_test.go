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
