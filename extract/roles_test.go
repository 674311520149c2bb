package extract_test

import (
	"strings"
	"testing"
)

// TestRoleFillers checks the role fillers of attacks told in lower case,
// as wire copy of the 1980s was archived.
func TestRoleFillers(t *testing.T) {
	tests := []struct {
		name, text           string
		ind, target, victim  []string
		weapon, perp, nofill []string
	}{
		{
			name:   "car bomb and target",
			text:   "urban guerrillas set off a car bomb outside the customs building in vardela yesterday. the blast destroyed the customs building.",
			ind:    []string{"urban guerrillas"},
			weapon: []string{"car bomb"},
			target: []string{"customs building"},
		},
		{
			name:   "dynamite and towers",
			text:   "heavily armed men blew up two power towers with dynamite near the town of ostrava.",
			ind:    []string{"heavily armed men"},
			weapon: []string{"dynamite"},
			target: []string{"power towers"},
		},
		{
			name:   "named victim after cue",
			text:   "unidentified gunmen murdered judge carlos mendoza ruales in the city of ostrava on tuesday.",
			ind:    []string{"unidentified gunmen"},
			victim: []string{"carlos mendoza ruales"},
		},
		{
			name:   "victim in a later sentence",
			text:   "a bomb exploded at the electoral office in ostrava last night. the police said that miguel rosales pardo was kidnapped by the same commando.",
			weapon: []string{"bomb"},
			target: []string{"electoral office"},
			victim: []string{"miguel rosales pardo"},
		},
		{
			name:   "bare head beside its phrase",
			text:   "rebels attacked the soviet embassy in ostrava with grenades. the embassy was damaged.",
			target: []string{"soviet embassy"},
			weapon: []string{"grenades"},
			nofill: []string{"embassy"},
		},
		{
			name:   "members of a group",
			text:   "members of the fmln attacked a police post in ostrava with rifles.",
			ind:    []string{"members of the fmln"},
			perp:   []string{"the fmln"},
			weapon: []string{"rifles"},
		},
		{
			name:   "vague nouns need a modifier",
			text:   "men attacked a bus in ostrava with machetes.",
			weapon: []string{"machetes"},
			nofill: []string{"men"},
		},
		{
			name:   "speakers are no targets",
			text:   "guerrillas attacked a bus in ostrava, hospital officials said, and the ministry condemned the attack.",
			target: []string{"bus"},
			nofill: []string{"hospital", "ministry"},
		},
		{
			name:   "possessive victim",
			text:   "guerrillas attacked a bus in ostrava to avenge commander julio ferreira mata's murder.",
			victim: []string{"julio ferreira mata"},
		},
		{
			name:   "weapon noun as a modifier",
			text:   "a bomb squad defused a grenade in ostrava after guerrillas attacked the town hall.",
			nofill: []string{"bomb"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var ind, tg, vi, we, perp []string
			for _, e := range x.Events {
				ind = append(ind, e.PerpetratorIndividuals...)
				tg = append(tg, e.Targets...)
				vi = append(vi, e.Victims...)
				we = append(we, e.Weapons...)
				if e.Perpetrator != nil {
					perp = append(perp, *e.Perpetrator)
				}
			}
			for _, c := range []struct {
				role      string
				got, want []string
			}{{"perpetrator individuals", ind, tc.ind}, {"targets", tg, tc.target}, {"victims", vi, tc.victim}, {"weapons", we, tc.weapon}, {"perpetrator", perp, tc.perp}} {
				for _, w := range c.want {
					if !has(c.got, w) {
						t.Errorf("%s: want %q in %q%s", c.role, w, c.got, showEvents(x.Events))
					}
				}
			}
			all := strings.Join(append(append(append(ind, tg...), vi...), we...), "|")
			for _, n := range tc.nofill {
				for _, f := range strings.Split(all, "|") {
					if f == n {
						t.Errorf("unwanted filler %q in %q", n, all)
					}
				}
			}
		})
	}
}
