package extract_test

import (
	"strings"
	"testing"

	"dossier"
)

// TestUnknownGroupNames checks that groups the built-in knowledge does not
// hold are recognised by the shape of their names and by the words that
// introduce them, in text without capitals as in capitalised text, and
// that ordinary bodies and descriptions are not taken for armed groups.
func TestUnknownGroupNames(t *testing.T) {
	tests := []struct {
		name, text string
		group      string   // an armed group's name the entities must hold ("" for none)
		alias      string   // an alias of that group
		notGroup   []string // names no armed group may be called
		perp       string   // an event's perpetrator ("" when not checked)
	}{
		{
			name:  "revolutionary movement, lower case",
			text:  "the police hold the orvan tesk revolutionary movement responsible for the bombing of the customs office in vardela on friday.",
			group: "orvan tesk revolutionary movement",
			perp:  "orvan tesk revolutionary movement",
		},
		{
			name:  "acronym in brackets after the name",
			text:  "a bomb planted by members of the liberation front of kestria (flk) destroyed the customs office in vardela on friday. the flk said it would strike again.",
			group: "liberation front of kestria",
			alias: "flk",
			perp:  "flk",
		},
		{
			name:  "acronym between commas",
			text:  "a new guerrilla group calling itself the 12 june people's liberation forces, fplj, claimed responsibility for the bombing of the water plant in ostrava on monday.",
			group: "people's liberation forces",
			alias: "fplj",
		},
		{
			name:  "acronym first, name in brackets",
			text:  "the bomb that destroyed the bridge in vardela on sunday was placed by the mrk (movement of kestrian revolutionaries), the army said.",
			group: "movement of kestrian revolutionaries",
			alias: "mrk",
		},
		{
			name:  "group calling itself",
			text:  "a group calling itself the dorran valek commando unit tonight claimed responsibility for the murder of judge tomas vilar in vardela.",
			group: "dorran valek commando unit",
			perp:  "dorran valek commando unit",
		},
		{
			name:  "self-styled group",
			text:  "the murder of the mayor of ostrava was committed by the self-styled karst-velen group, the police said on tuesday.",
			group: "karst-velen group",
		},
		{
			name:  "a gang called",
			text:  "three members of a gang called the herons were arrested in vardela in connection with the attack on senator tomas vilar.",
			group: "herons",
		},
		{
			name:  "army of ... liberation",
			text:  "the army of kestrian national liberation ambushed a bus near ostrava on monday, killing four passengers.",
			group: "army of kestrian national liberation",
		},
		{
			name:  "capitalised group calling itself",
			text:  "A group calling itself the Ostrava Twelve claimed responsibility for the bombing of the customs office in Vardela on Friday.",
			group: "Ostrava Twelve",
		},
		{
			name:  "capitalised liberation front",
			text:  "The Kestria Liberation Front claimed responsibility for the bombing of the customs office in Vardela on Friday.",
			group: "Kestria Liberation Front",
			perp:  "Kestria Liberation Front",
		},
		{
			name:     "political party is no armed group",
			text:     "oqueli vance, leader of the leftist party kestrian revolutionary movement (mrk), was kidnapped in vardela on monday.",
			notGroup: []string{"kestrian revolutionary movement", "mrk"},
		},
		{
			name:     "party in an election",
			text:     "the candidate of the ruling kestrian popular revolutionary alliance (akpr) won 40 percent of the votes in vardela.",
			notGroup: []string{"kestrian popular revolutionary alliance", "akpr"},
		},
		{
			name:     "descriptions are no names",
			text:     "leftist guerrillas and rebel forces attacked the popular movement offices in vardela on friday.",
			notGroup: []string{"leftist guerrillas", "rebel forces", "popular movement"},
		},
		{
			name:     "agency in brackets",
			text:     "a car bomb exploded in front of the kdv (kestrian department of vigilance) offices in vardela.",
			notGroup: []string{"kdv", "kestrian department of vigilance"},
		},
		{
			name:     "a society calling itself",
			text:     "a nation that calls itself peaceful must not forget judge tomas vilar, the archbishop of vardela said.",
			notGroup: []string{"peaceful"},
		},
		{
			name:     "a unit called is part of a group",
			text:     "the defector told reporters in vardela that she had served in a city commando called harbour dawn command.",
			notGroup: []string{"harbour dawn command"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var groups []string
			var aliases []string
			for _, e := range x.Entities {
				if e.Type != dossier.ArmedGroup {
					continue
				}
				groups = append(groups, e.Name)
				groups = append(groups, e.Aliases...)
				if tc.group != "" && (has([]string{e.Name}, tc.group) || has(e.Aliases, tc.group)) {
					aliases = append(aliases, e.Name)
					aliases = append(aliases, e.Aliases...)
				}
			}
			if tc.group != "" && !has(groups, tc.group) {
				t.Errorf("armed groups: want %q in %q", tc.group, groups)
			}
			if tc.alias != "" && !has(aliases, tc.alias) {
				t.Errorf("names of %q: want %q in %q", tc.group, tc.alias, aliases)
			}
			for _, n := range tc.notGroup {
				for _, g := range groups {
					if strings.EqualFold(g, n) {
						t.Errorf("armed groups: want no %q in %q", n, groups)
					}
				}
			}
			if tc.perp != "" {
				var perps []string
				for _, e := range x.Events {
					if e.Perpetrator != nil {
						perps = append(perps, *e.Perpetrator)
					}
				}
				if !has(perps, tc.perp) {
					t.Errorf("perpetrators: want %q in %q%s", tc.perp, perps, showEvents(x.Events))
				}
			}
		})
	}
}
