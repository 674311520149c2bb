package main

import (
	"context"
	"testing"

	"dossier"
	"dossier/eval/muc4"
	"dossier/extract"
	"dossier/gazetteer"
)

// TestMilitaryOnly checks which events MUC-4 leaves out as guerrilla
// warfare.
func TestMilitaryOnly(t *testing.T) {
	tests := []struct {
		name             string
		targets, victims []string
		want             bool
	}{
		{"an ambushed patrol", []string{"army patrol"}, nil, true},
		{"soldiers and a garrison", []string{"garrison"}, []string{"three soldiers"}, true},
		{"a bus beside a convoy", []string{"military convoy", "bus"}, nil, false},
		{"a navy post and policemen", []string{"naval post"}, []string{"two policemen"}, true},
		{"a named civilian", nil, []string{"carlos dremo"}, false},
		{"nothing struck named", nil, nil, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := militaryOnly(dossier.Event{Targets: tc.targets, Victims: tc.victims}); got != tc.want {
				t.Errorf("militaryOnly(%q, %q) = %v, want %v", tc.targets, tc.victims, got, tc.want)
			}
		})
	}
}

// TestMilitary checks which targets MUC-4 leaves out as military.
func TestMilitary(t *testing.T) {
	tests := []struct {
		target string
		want   bool
	}{
		{"army garrison", true},
		{"military helicopter", true},
		{"police post", false},
		{"national guard headquarters", false},
		{"power towers", false},
	}
	for _, tc := range tests {
		if got := military(tc.target); got != tc.want {
			t.Errorf("military(%q) = %v, want %v", tc.target, got, tc.want)
		}
	}
}

// TestUnspecific checks which events MUC-4 leaves out as mentioned in
// passing.
func TestUnspecific(t *testing.T) {
	place := "Vardela"
	one := []dossier.Evidence{{Text: "the attacks must stop."}}
	two := []dossier.Evidence{{Text: "a bomb exploded."}, {Text: "the blast shook the town."}}
	tests := []struct {
		name string
		e    dossier.Event
		want bool
	}{
		{"one sentence, nothing named", dossier.Event{Evidence: one}, true},
		{"one sentence with a place", dossier.Event{Evidence: one, Location: &place}, false},
		{"one sentence with a target", dossier.Event{Evidence: one, Targets: []string{"bank"}}, false},
		{"one sentence with a victim", dossier.Event{Evidence: one, Victims: []string{"carlos dremo"}}, false},
		{"told twice", dossier.Event{Evidence: two}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := unspecific(tc.e); got != tc.want {
				t.Errorf("unspecific = %v, want %v", got, tc.want)
			}
		})
	}
}

// TestUsualName checks that the name a story uses most for a group is
// the one reported.
func TestUsualName(t *testing.T) {
	ent := &dossier.Entity{Mentions: []dossier.Mention{
		{Text: "the tesmar liberation front"}, {Text: "tlf"}, {Text: "the group", Ref: true}, {Text: "tlf"}, {Text: "the group", Ref: true},
		{Text: "the group", Ref: true},
	}}
	if got := usualName(ent); got != "tlf" {
		t.Errorf("usualName = %q, want %q", got, "tlf")
	}
	one := &dossier.Entity{Mentions: []dossier.Mention{{Text: "the tesmar liberation front"}}}
	if got := usualName(one); got != "the tesmar liberation front" {
		t.Errorf("usualName = %q, want the only mention", got)
	}
}

// TestPredictVictims checks that the victim slot gets full names only.
func TestPredictVictims(t *testing.T) {
	g, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	p := eventPredictor{extract.New(extract.FromGazetteer(g))}
	pred, err := p.Predict(context.Background(), muc4.Doc{ID: "t1",
		Text: "unidentified gunmen murdered judge carlos dremo and two policemen in vardela on monday. dremo had received threats."})
	if err != nil {
		t.Fatal(err)
	}
	got := pred[muc4.Victim]
	if len(got) != 1 || got[0] != "carlos dremo" {
		t.Errorf("victims = %q, want only the full name", got)
	}
}
