package extract

import "testing"

func TestKey(t *testing.T) {
	for in, want := range map[string]string{
		"ISIS-K":           "isisk",
		"the ISIS K":       "isisk",
		"Al-Qa’ida":        "alqaida",
		"Jamā'at":          "jamaat",
		"U.N.":             "un",
		"The":              "the",
		"  Boko   Haram  ": "bokoharam",
	} {
		if got := Key(in); got != want {
			t.Errorf("Key(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAbbreviates(t *testing.T) {
	k := DefaultKnowledge()
	tests := []struct {
		short, long string
		want        bool
	}{
		{"ISKP", "Islamic State Khorasan Province", true},
		{"ISK", "Islamic State Khorasan Province", true},
		{"IS-K", "Islamic State Khorasan Province", true},
		{"ISIS-K", "Islamic State Khorasan Province", true},
		{"IS-Khorasan", "Islamic State Khorasan Province", true},
		{"ISIS-K", "ISIS-Khorasan", true},
		{"ISW", "Institute for the Study of War", true},
		{"CC-SP", "Crimson Covenant – Saren Province", true},
		{"Shabab", "Al Shabab", true},
		{"Black Orchard", "Black Orchard Movement", true},
		// a parent is not a short form of its branch
		{"ISIS", "ISIS-Khorasan", false},
		{"IS", "Islamic State Khorasan Province", false},
		{"Crimson Covenant", "Crimson Covenant – Saren Province", false},
		// weak single words are never short forms
		{"Islamic", "Islamic State", false},
		{"Army", "Vael People's Liberation Army", false},
		{"ISKP", "ISKP", false},
	}
	for _, tt := range tests {
		if got := Abbreviates(tt.short, tt.long, k.Expand); got != tt.want {
			t.Errorf("Abbreviates(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
}

func TestStemOf(t *testing.T) {
	k := DefaultKnowledge()
	tests := []struct {
		parent, child string
		want          bool
	}{
		{"ISIS", "ISIS-K", true},
		{"ISIS", "ISIS-Khorasan", true},
		{"Islamic State", "ISIS-K", true},
		{"Islamic State", "Islamic State Khorasan Province", true},
		{"Crimson Covenant", "Crimson Covenant – Saren Province", true},
		{"ISIS-Khorasan", "ISIS Khorasan Province", false}, // only a generic word added
		{"ISIS-K", "Islamic State Khorasan Province", false},
		{"Taliban", "Islamic State", false},
	}
	for _, tt := range tests {
		if got := StemOf(tt.parent, tt.child, k.Expand); got != tt.want {
			t.Errorf("StemOf(%q, %q) = %v, want %v", tt.parent, tt.child, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		max  int
		want int
	}{
		{"cafarella", "cavarella", 2, 1},
		{"dravik", "dravic", 2, 1},
		{"abc", "abc", 1, 0},
		{"kabul", "kandahar", 2, 3},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b, tt.max); got != tt.want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", tt.a, tt.b, tt.max, got, tt.want)
		}
	}
}

func TestKnowledgeLookupCase(t *testing.T) {
	k := DefaultKnowledge()
	if a := k.Lookup("IS", false); a == nil || a.Name != "Islamic State" {
		t.Errorf("Lookup(IS) = %v, want Islamic State", a)
	}
	if a := k.Lookup("is", false); a != nil {
		t.Errorf("Lookup(is) = %v, want nil: a lower-case word is not an acronym", a.Name)
	}
	if a := k.Lookup("taliban", false); a == nil || a.Name != "Taliban" {
		t.Errorf("Lookup(taliban) = %v", a)
	}
	if a := k.Lookup("Pakistan Taliban", false); a == nil || a.Name != "Tehrik-i-Taliban Pakistan" {
		t.Errorf("Lookup(Pakistan Taliban) = %v", a)
	}
}
