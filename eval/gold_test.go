package eval

import (
	"strings"
	"testing"
)

func TestReadGold(t *testing.T) {
	const file = `{"id":"a","url":"https://example.invalid/a","title":"T","published":"2031-05-02","aliases":[["Crimson Hand Brigade","CHB"]],"events":[{"type":"bombing","date":"2031-05-01","location":"Velmora","location_alt":"Old Quay","country":"XQ","perpetrator":"CHB","claimed":true,"killed_min":3,"killed_max":null,"injured_min":null,"injured_max":null,"also_claimed_by":["Grey Tide"],"note":{"why":"test"},"mention_only":"true"}],"claims":[{"subject":"CHB","predicate":"founded","value":2024,"min":null,"max":null,"source":null,"founder":"Oren Vask","former":1}]}

{"id":"b","published":null,"aliases":[],"events":[{"type":"attack","date":null,"date_partial":"2030-11","location":null,"location_alt":["X","Y"],"country":null,"perpetrator":null,"claimed":false}],"claims":[],"note":7,"unknown_key":[1,2]}
`
	gold, err := ReadGold(strings.NewReader(file))
	if err != nil {
		t.Fatal(err)
	}
	if len(gold) != 2 {
		t.Fatalf("got %d lines, want 2", len(gold))
	}
	a, b := gold[0], gold[1]
	e := a.Events[0]
	if e.Type != "bombing" || deref(e.Date) != "2031-05-01" || len(e.LocationAlt) != 1 || e.LocationAlt[0] != "Old Quay" ||
		!e.Claimed || *e.KilledMin != 3 || e.KilledMax != nil || !e.MentionOnly || e.Note != `{"why":"test"}` ||
		len(e.AlsoClaimedBy) != 1 {
		t.Errorf("event a = %+v", e)
	}
	c := a.Claims[0]
	if deref(c.Value) != "2024" || deref(c.Founder) != "Oren Vask" || !c.Former || c.Source != nil {
		t.Errorf("claim a = %+v", c)
	}
	if !a.hasPublished || !a.hasTitle || !a.hasURL || deref(a.Published) != "2031-05-02" {
		t.Errorf("metadata a: %+v", a)
	}
	if !b.hasPublished || b.Published != nil || b.hasTitle || b.hasURL || b.Note != "7" {
		t.Errorf("metadata b: %+v", b)
	}
	if eb := b.Events[0]; deref(eb.Date) != "2030-11" || len(eb.LocationAlt) != 2 || eb.Claimed {
		t.Errorf("event b = %+v", eb)
	}
}

func TestReadGoldErrors(t *testing.T) {
	ok := `{"id":"a","aliases":[],"events":[],"claims":[]}`
	tests := []struct {
		name, file, want string
	}{
		{"bad json", ok + "\n\n{\"id\":", "gold line 3"},
		{"missing id", ok + "\n{\"aliases\":[]}", "gold line 2: missing id"},
		{"duplicate id", ok + "\n" + ok, "gold line 2: id \"a\" already used on line 1"},
		{"bad date", `{"id":"a","events":[{"type":"attack","date":"13/11/2030"}]}`, "gold line 1: id a: event 1: date"},
		{"bad month", `{"id":"a","events":[{"type":"attack","date":"2030-13"}]}`, "date \"2030-13\""},
		{"event without type", `{"id":"a","events":[{"date":"2030"}]}`, "event 1 has no type"},
		{"claim without predicate", `{"id":"a","claims":[{"subject":"X"}]}`, "claim 1 needs"},
		{"empty alias set", `{"id":"a","aliases":[[]]}`, "alias set 1 is empty"},
		{"number as id", `{"id":1}`, "gold line 1: decode"},
		{"location_alt of numbers", `{"id":"a","events":[{"type":"attack","location_alt":[1]}]}`, "want a name or a list of names"},
		{"killed as text", `{"id":"a","events":[{"type":"attack","killed_min":"many"}]}`, "gold line 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadGold(strings.NewReader(tt.file))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestReadGoldCRLFAndNoFinalNewline(t *testing.T) {
	gold, err := ReadGold(strings.NewReader("{\"id\":\"a\"}\r\n{\"id\":\"b\"}"))
	if err != nil || len(gold) != 2 || gold[1].ID != "b" {
		t.Fatalf("got %v, %v", gold, err)
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id":"a","aliases":[["X","Y"]],"events":[{"type":"attack","date":"2030-11","location_alt":"Q"}],"claims":[{"subject":"X","predicate":"leader","value":3}]}`)
	f.Add("{\"id\":\"a\"}\n{\"id\":\"a\"}")
	f.Add(`{"id":"b","events":[{"type":"x","partial_date":5,"claimed":"yes"}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		gold, err := ReadGold(strings.NewReader(s))
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, g := range gold {
			if g.ID == "" || ids[g.ID] {
				t.Fatalf("accepted empty or duplicate id %q", g.ID)
			}
			ids[g.ID] = true
			for _, e := range g.Events {
				if e.Date != nil && !validDate(*e.Date) {
					t.Fatalf("accepted date %q", *e.Date)
				}
			}
		}
		// Whatever was read scores against itself, and every item is counted
		// once on each side.
		r := Score(gold, predsOf(gold), Options{})
		events, claims := 0, 0
		for _, g := range gold {
			events += len(g.Events)
			claims += len(g.Claims)
		}
		if r.Events.TP+r.Events.FN != events || r.Events.TP+r.Events.FP != events ||
			r.Claims.TP+r.Claims.FN != claims || r.Claims.TP+r.Claims.FP != claims {
			t.Fatalf("miscounted: events %+v of %d, claims %+v of %d", r.Events, events, r.Claims, claims)
		}
	})
}

func FuzzSplitRef(f *testing.F) {
	for _, s := range []string{"a.jsonl#3", "a.txt", "#1", "a#0", "a#+2", "a#b#2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		file, n, err := splitRef(s)
		if err != nil {
			return
		}
		if n < 0 || (n == 0 && file != s) || (n > 0 && !strings.HasPrefix(s, file+"#")) {
			t.Fatalf("splitRef(%q) = %q, %d", s, file, n)
		}
	})
}
