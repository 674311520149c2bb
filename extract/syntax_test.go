package extract_test

import "testing"

// TestSyntacticDoers checks the doers of an attack reached through the
// syntax of their clause: the subject of a verb joined with "and" to the
// attack verb and the subject of a verb whose object names the attack,
// in lower case as wire copy and in capitals. The subject of a verb
// before "and" is no doer when the second verb tells of no attack.
func TestSyntacticDoers(t *testing.T) {
	tests := []struct {
		name, text string
		ind        []string // wanted among the perpetrator individuals
		noind      []string
		event      bool // an event is wanted
	}{
		{"arrived and shot", "a column of rebels arrived in vardela on friday and shot two farmers.", []string{"rebels"}, nil, true},
		{"arrived and shot, capitals", "A column of rebels arrived in Vardela on Friday and shot two farmers.", []string{"rebels"}, nil, true},
		{"intercepted and set on fire", "the rebels intercepted a bus near vardela on friday and set it on fire.", []string{"rebels"}, nil, true},
		{"intercepted and set on fire, capitals", "The rebels intercepted a bus near Vardela on Friday and set it on fire.", []string{"rebels"}, nil, true},
		{"staged an attack", "several masked men staged an armed attack on the orvalle town hall on friday.", []string{"masked men"}, nil, true},
		{"carried out an attack", "Urban commandos carried out an attack on the Orvalle town hall on Friday.", []string{"urban commandos"}, nil, true},
		{"arrived and found", "police arrived at the farm near vardela on friday and found the bodies of two farmers.", nil, []string{"police"}, false},
		{"soldiers arrived and killed rebels", "soldiers arrived in vardela on friday and killed two rebels.", nil, []string{"soldiers"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if tc.event && len(x.Events) == 0 {
				t.Fatalf("want an event, got none")
			}
			if !tc.event && len(tc.ind) == 0 && len(x.Events) > 0 && len(tc.noind) == 0 {
				t.Errorf("want no event, got%s", showEvents(x.Events))
			}
			var ind []string
			for _, e := range x.Events {
				ind = append(ind, e.PerpetratorIndividuals...)
			}
			for _, w := range tc.ind {
				if !has(ind, w) {
					t.Errorf("want %q in %q%s", w, ind, showEvents(x.Events))
				}
			}
			for _, n := range tc.noind {
				if has(ind, n) {
					t.Errorf("unwanted %q in %q", n, ind)
				}
			}
		})
	}
}
