package extract_test

import (
	"strings"
	"testing"
)

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
			checkIndividuals(t, x, tc.ind, tc.noind)
		})
	}
}

// TestDescribedDoers checks the attackers a report describes rather than
// names, as subjects of an attack verb: persons told by what they wore,
// rode or carried, vague persons with a modifier that makes them
// attackers, and bands of attackers ("squads", "commands", "a
// detachment"), in lower case and in capitals. A force noun inside what
// they wore ("in army uniforms") does not make the deed a force's; the
// count before such a subject counts the doers, not the dead.
func TestDescribedDoers(t *testing.T) {
	tests := []struct {
		name, text string
		ind        []string // wanted among the perpetrator individuals
		novictim   []string // unwanted among the victims
	}{
		{"dressed in a uniform", "a man dressed in a uniform shot the mayor of vardela on friday.", []string{"man dressed in a uniform"}, nil},
		{"dressed in a uniform, capitals", "A man dressed in a uniform shot the mayor of Vardela on Friday.", []string{"man dressed in a uniform"}, nil},
		{"in army uniforms threw a bomb", "two men dressed in army uniforms threw a bomb at the orvalle town hall.", []string{"two men dressed in army uniforms"}, nil},
		{"wearing police uniforms", "Three men wearing police uniforms threw a grenade at the Orvalle town hall.", []string{"three men wearing police uniforms"}, nil},
		{"armed with rifles", "three individuals armed with rifles killed a farmer near vardela.", []string{"three individuals armed with rifles"}, nil},
		{"someone", "someone threw a bomb at the orvalle town hall on friday.", []string{"someone"}, nil},
		{"unidentified individuals", "Unidentified individuals shot the judge in Vardela on Friday.", []string{"unidentified individuals"}, nil},
		{"right-wing squads", "right-wing squads killed three farmers in vardela.", []string{"right-wing squads"}, nil},
		{"paramilitary squads, capitals", "Paramilitary squads killed three farmers in Vardela.", []string{"paramilitary squads"}, nil},
		{"urban commands", "urban commands attacked the police station in vardela on friday.", []string{"urban commands"}, nil},
		{"guerrilla detachment", "A guerrilla detachment attacked the police station in Vardela on Friday.", []string{"guerrilla detachment"}, nil},
		{"armed men count the doers", "two armed men killed three farmers in vardela.", []string{"two armed men"}, []string{"armed men"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if len(x.Events) == 0 {
				t.Fatalf("want an event, got none")
			}
			var ind, vic []string
			for _, e := range x.Events {
				ind = append(ind, e.PerpetratorIndividuals...)
				vic = append(vic, e.Victims...)
			}
			for _, w := range tc.ind {
				if !has(ind, w) && !has(ind, capitalFirst(w)) {
					t.Errorf("want %q in %q%s", w, ind, showEvents(x.Events))
				}
			}
			for _, n := range tc.novictim {
				if has(vic, n) {
					t.Errorf("unwanted victim %q in %q", n, vic)
				}
			}
		})
	}
}

// capitalFirst returns s with its first letter in capitals.
func capitalFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// TestPassiveAgentBody checks that the body named in the "of" phrase of
// a passive's agent ("by members of the x party") is the perpetrator when
// no known group names it, in lower case and in capitals.
func TestPassiveAgentBody(t *testing.T) {
	tests := []struct{ name, text, perp string }{
		{"members of a party", "a bomb planted by members of the orvalle workers party (owp) exploded at the vardela town hall on friday.", "orvalle workers party"},
		{"members of a party, capitals", "A bomb planted by members of the Orvalle Workers Party (OWP) exploded at the Vardela town hall on Friday.", "Orvalle Workers Party"},
		{"commando of a front", "the mayor of vardela was kidnapped on friday by a commando of the zelvan liberation front.", "zelvan liberation front"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var got []string
			for _, e := range x.Events {
				if e.Perpetrator != nil {
					got = append(got, *e.Perpetrator)
				}
			}
			if !has(got, tc.perp) {
				t.Errorf("want perpetrator %q, got %q%s", tc.perp, got, showEvents(x.Events))
			}
		})
	}
}
