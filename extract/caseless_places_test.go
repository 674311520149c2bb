package extract_test

import (
	"strings"
	"testing"

	"dossier"
)

// TestCaselessPlaces checks the places of text written without capitals:
// a run of common words is no place whatever the gazetteer holds by that
// name, and a name never takes in the full stop after it.
func TestCaselessPlaceNames(t *testing.T) {
	tests := []struct {
		text    string
		notName []string // no location named so
	}{
		{"guerrillas killed two peasants in the village of ostrava.", []string{"the village", "ostrava."}},
		{"rebels burned a bus near the capital. the army said nothing.", []string{"the capital", "capital."}},
		{"the mayor of kabul was shot. police said so.", []string{"kabul."}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			for _, e := range x.Entities {
				if e.Type != dossier.Location {
					continue
				}
				for _, n := range tc.notName {
					if strings.EqualFold(e.Name, n) {
						t.Errorf("location %q", e.Name)
					}
				}
				for _, m := range e.Mentions {
					if strings.HasSuffix(m.Text, ".") {
						t.Errorf("location mention %q takes in the full stop", m.Text)
					}
				}
			}
		})
	}
}
