package extract_test

import (
	"slices"
	"strings"
	"testing"

	"dossier"
)

// TestCaselessSentences checks that a text without capitals is split at
// the dots that end its sentences, and only there.
func TestCaselessSentences(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			name: "every dot before a space ends a sentence",
			text: "a bomb exploded in vardela. two people died.  the police blamed the tesmar front.",
			want: []string{"a bomb exploded in vardela.", "two people died.", "the police blamed the tesmar front."},
		},
		{
			name: "abbreviations and initials do not",
			text: "gen. ruiz of the u.s. army met mr. j. tesmar at 10 a.m. today. he left.",
			want: []string{"gen. ruiz of the u.s. army met mr. j. tesmar at 10 a.m. today.", "he left."},
		},
		{
			name: "a number after an abbreviation continues it",
			text: "troops of detachment no. 4 left vardela? nobody knows.",
			want: []string{"troops of detachment no. 4 left vardela?", "nobody knows."},
		},
		{
			name: "closing quotes stay with their sentence",
			text: `he said "it is over." the talks ended.`,
			want: []string{`he said "it is over."`, "the talks ended."},
		},
		{
			name: "a text with capitals is left to the ordinary splitter",
			text: "A bomb exploded in Vardela. two people died.",
			want: []string{"A bomb exploded in Vardela. two people died."},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var got []string
			for _, s := range x.Sentences {
				got = append(got, tc.text[s.Start:s.End])
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("sentences\n got %q\nwant %q", got, tc.want)
			}
		})
	}
}

// TestCaselessNameNotPlace checks that in a text without capitals the
// surnames of a person's name are not read as places, while the place the
// sentence names still is.
func TestCaselessNameNotPlace(t *testing.T) {
	tests := []struct {
		name, text string
		place      string   // a location wanted among the entities
		notPlaces  []string // locations not wanted
	}{
		{
			name:      "surnames after a first name",
			text:      "gunmen shot marco velden ruiz in bogota yesterday.",
			place:     "bogota",
			notPlaces: []string{"velden", "ruiz"},
		},
		{
			name:      "a surname before a comma",
			text:      "the police said that lucia moreno, a teacher, was kidnapped in bogota.",
			place:     "bogota",
			notPlaces: []string{"moreno"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var locs []string
			for _, e := range x.Entities {
				if e.Type == dossier.Location {
					locs = append(locs, strings.TrimSuffix(strings.ToLower(e.Name), "."))
				}
			}
			if !slices.Contains(locs, tc.place) {
				t.Errorf("want location %q in %q", tc.place, locs)
			}
			for _, n := range tc.notPlaces {
				if slices.Contains(locs, n) {
					t.Errorf("unwanted location %q in %q", n, locs)
				}
			}
		})
	}
}
