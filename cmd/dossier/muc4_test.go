package main

import (
	"context"
	"strings"
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
		{"a building of the police", []string{"headquarters of vardela's secret police"}, nil, false},
		{"a building of the army", []string{"headquarters of the vardela army"}, nil, true},
		{"a police patrol", []string{"police patrol"}, nil, true},
		{"a truck of an attacked convoy", []string{"last vehicle", "one truck", "military convoy"}, nil, true},
		{"a car beside a police post", []string{"police post", "vehicle"}, nil, false},
		{"a truck alone", []string{"one truck"}, nil, false},
		{"a jeep beside soldiers and fishermen", []string{"jeep"}, []string{"five soldiers", "two fishermen"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := militaryOnly(dossier.Event{Targets: tc.targets, Victims: tc.victims}); got != tc.want {
				t.Errorf("militaryOnly(%q, %q) = %v, want %v", tc.targets, tc.victims, got, tc.want)
			}
		})
	}
}

// TestClashOnly checks which armed clashes and ambushes MUC-4 leaves out.
func TestClashOnly(t *testing.T) {
	tests := []struct {
		name, sub string
		targets   []string
		want      bool
	}{
		{"a clash naming nothing", "armed clash", nil, true},
		{"a clash at a garrison", "armed clash", []string{"garrison"}, true},
		{"a clash that struck a bus", "armed clash", []string{"garrison", "bus"}, true},
		{"a clash near a party office", "armed clash", []string{"party headquarters"}, true},
		{"a clash that hit a truck of the convoy", "armed clash", []string{"army convoy", "one truck"}, true},
		{"a clash that hit a truck alone", "armed clash", []string{"one truck"}, true},
		{"an ambush of a convoy and a bus", "ambush", []string{"army convoy", "bus"}, false},
		{"an ambush of a patrol", "ambush", []string{"army patrol"}, true},
		{"an ambush naming nothing", "ambush", nil, false},
		{"an ambush of a bus", "ambush", []string{"bus"}, false},
		{"a gun attack", "gun attack", []string{"garrison"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := clashOnly(dossier.Event{Subtype: dossier.Str(tc.sub), Targets: tc.targets}); got != tc.want {
				t.Errorf("clashOnly(%s, %q) = %v, want %v", tc.sub, tc.targets, got, tc.want)
			}
		})
	}
}

// TestLongPast checks which undated events MUC-4 leaves out as older
// than two months.
func TestLongPast(t *testing.T) {
	tests := []struct {
		dateText string
		dated    bool
		want     bool
	}{
		{"last year", false, true},
		{"three years ago", false, true},
		{"5 months ago", false, true},
		{"two months ago", false, false},
		{"on Thursday", false, false},
		{"last year", true, false},
		{"", false, false},
	}
	for _, tc := range tests {
		e := dossier.Event{}
		if tc.dateText != "" {
			e.DateText = dossier.Str(tc.dateText)
		}
		if tc.dated {
			e.Date = dossier.Str("2023")
		}
		if got := longPast(e); got != tc.want {
			t.Errorf("longPast(%q, dated %v) = %v, want %v", tc.dateText, tc.dated, got, tc.want)
		}
	}
}

// TestOldEvent checks which dated events MUC-4 leaves out as more than two
// months older than the latest date the story writes out.
func TestOldEvent(t *testing.T) {
	text := "in march 1980 gunmen killed an archbishop. on 4 october 1989 a judge was shot at 1830."
	x := &dossier.Extraction{Dates: []dossier.ValueMention{
		{Start: 0, End: 13, Text: "in march 1980", Value: "1980"},
		{Start: 56, End: 60, Text: "1989", Value: "1989"},
		{Start: 81, End: 85, Text: "1830", Value: "1830"},
	}}
	story := storyMonth(text, x)
	if got, want := story, 1989*12; got != want {
		t.Fatalf("storyMonth = %d, want %d (the hour 1830 is no year)", got, want)
	}
	for _, tc := range []struct {
		date string
		want bool
	}{{"1980", true}, {"1988-10", true}, {"1988-11", false}, {"1989-10-04", false}, {"", false}} {
		e := dossier.Event{}
		if tc.date != "" {
			e.Date = dossier.Str(tc.date)
		}
		if got := old(e, story); got != tc.want {
			t.Errorf("old(%q) = %v, want %v", tc.date, got, tc.want)
		}
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
		{"cargo aircraft", true},
		{"general staff headquarters", true},
		{"hospital staff room", false},
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
		{"a deed done yesterday", dossier.Event{Evidence: []dossier.Evidence{{Text: "Rebels of the Tesmar Front kidnapped a rancher yesterday."}}}, false},
		{"a deed done on a date", dossier.Event{Evidence: []dossier.Evidence{{Text: "on 4 may gunmen murdered the mayor of a small town."}}}, false},
		{"a deed done last night", dossier.Event{Evidence: []dossier.Evidence{{Text: "a car bomb exploded last night near the meeting."}}}, false},
		{"a deed with no day", dossier.Event{Evidence: []dossier.Evidence{{Text: "the rebels kidnapped a rancher."}}}, true},
		{"a charge, not a report", dossier.Event{Evidence: []dossier.Evidence{{Text: "the minister blamed the rebels for the rancher kidnapped yesterday."}}}, true},
		{"a possibility", dossier.Event{Evidence: []dossier.Evidence{{Text: "police said rebels could have kidnapped the rancher on monday."}}}, true},
		{"a day but no deed", dossier.Event{Evidence: []dossier.Evidence{{Text: "the attacks must stop today."}}}, true},
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
	// the acronym a story gives beside the full name, even when it uses
	// the full name more, its letters in another language's order
	acr := &dossier.Entity{Mentions: []dossier.Mention{
		{Text: "the orvalle front of popular liberation"}, {Text: "fplo"}, {Text: "the orvalle front of popular liberation"},
	}}
	if got := usualName(acr); got != "fplo" {
		t.Errorf("usualName = %q, want the acronym", got)
	}
	// a short word that is no acronym of the name is not preferred
	short := &dossier.Entity{Mentions: []dossier.Mention{
		{Text: "the orvalle popular front"}, {Text: "the orvalle popular front"}, {Text: "front"},
	}}
	if got := usualName(short); got != "the orvalle popular front" {
		t.Errorf("usualName = %q, want the full name", got)
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

// TestRankedSoldier checks that victims named after a soldier's rank
// wherever the story names them are told apart from civilians and from
// generals.
func TestRankedSoldier(t *testing.T) {
	tests := []struct {
		name, text, victim string
		want               bool
	}{
		{"lieutenant", "lieutenant tomas vask was killed in the ambush.", "tomas vask", true},
		{"soldier, twice", "soldier tomas vask died. the family of soldier tomas vask was told.", "tomas vask", true},
		{"once without a rank", "lieutenant tomas vask was killed. tomas vask was 24.", "tomas vask", false},
		{"a general", "general tomas vask escaped an attack.", "tomas vask", false},
		{"a civilian", "the banker tomas vask was kidnapped.", "tomas vask", false},
		{"not in the text", "a bomb exploded.", "tomas vask", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := rankedSoldier(tc.text, tc.victim); got != tc.want {
				t.Errorf("rankedSoldier(%q, %q) = %v, want %v", tc.text, tc.victim, got, tc.want)
			}
		})
	}
}

// TestPredictKidnapTargets checks that a kidnapping strikes no physical
// target: the hotel the victim was taken from was not attacked.
func TestPredictKidnapTargets(t *testing.T) {
	g, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	p := eventPredictor{extract.New(extract.FromGazetteer(g))}
	pred, err := p.Predict(context.Background(), muc4.Doc{ID: "t1",
		Text: "armed men stormed the vardela hotel and kidnapped engineer carlos dremo on monday."})
	if err != nil {
		t.Fatal(err)
	}
	if got := pred[muc4.Target]; len(got) != 0 {
		t.Errorf("targets = %q, want none for a kidnapping", got)
	}
	if got := pred[muc4.Victim]; len(got) != 1 {
		t.Errorf("victims = %q, want the kidnapped man", got)
	}
}

// TestDescription checks which victim phrases describe people rather than
// name them.
func TestDescription(t *testing.T) {
	for s, want := range map[string]bool{
		"two policemen": true, "three foreign citizens": true, "the sailors": true, "a peasant woman": true,
		"two priests": true, "four nuns": true, "carlos dremo": false, "lucia forna vega": false,
	} {
		if got := description(s); got != want {
			t.Errorf("description(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestForceVehicle checks which vehicles beside a military target are
// the force's own.
func TestForceVehicle(t *testing.T) {
	for s, want := range map[string]bool{
		"the last vehicle": true, "trucks": true, "one jeep": true, "the headquarters": true,
		"party headquarters": false,
		"ambulance":          false, "red cross vehicle": false, "the mayor's car": false, "bus": false,
	} {
		if got := forceVehicle(s); got != want {
			t.Errorf("forceVehicle(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDeedPhrase checks which target phrases are the words of a deed.
func TestDeedPhrase(t *testing.T) {
	for s, want := range map[string]bool{
		"destroying power pylons": true, "bombing bridges": true,
		"building": false, "training school": false, "bombing": false, "power pylons": false,
	} {
		if got := deedPhrase(s); got != want {
			t.Errorf("deedPhrase(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestFormation checks which perpetrator phrases name one armed body
// rather than its men.
func TestFormation(t *testing.T) {
	for s, want := range map[string]bool{
		"death squad": true, "the commando unit": true, "death squads": false, "urban commandos": false,
		"three armed men": false, "guerrilla column": false,
	} {
		if got := formation(s); got != want {
			t.Errorf("formation(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestDropDeedNouns checks that "the attackers" gives way to a
// description of the same people.
func TestDropDeedNouns(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"three armed men", "attackers"}, []string{"three armed men"}},
		{[]string{"kidnappers", "the Kidnappers"}, []string{"kidnappers", "the Kidnappers"}},
		{[]string{"murderers"}, []string{"murderers"}},
		{nil, nil},
	}
	for _, tc := range tests {
		got := dropDeedNouns(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("dropDeedNouns(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSpecificWeapons(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		// "the dynamite attack" and "a powerful bomb": one charge
		{[]string{"dynamite", "bomb"}, []string{"dynamite"}},
		{[]string{"Bomb", "Dynamite", "explosive device"}, []string{"Dynamite"}},
		// "a bomb" said again as "the explosive device"
		{[]string{"bomb", "explosive device"}, []string{"bomb"}},
		// several charges: each kept
		{[]string{"bombs", "dynamite", "bomb"}, []string{"bombs", "dynamite", "bomb"}},
		{[]string{"explosive devices", "dynamite"}, []string{"explosive devices", "dynamite"}},
		// other weapons beside the dynamite stay
		{[]string{"dynamite", "machinegun"}, []string{"dynamite", "machinegun"}},
		{[]string{"car bomb", "dynamite"}, []string{"car bomb", "dynamite"}},
		{nil, nil},
	}
	for _, tc := range tests {
		got := specificWeapons(tc.in)
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("specificWeapons(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
