package muc4

import (
	"math"
	"math/rand/v2"
	"reflect"
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{`The "Santo Lucar" farm.`, "santo lucar farm"},
		{"an anthem of a town", "anthem of town"},
		{"M-19", "m19"},
		{"A.B.", "ab"},
		{"the-the", "thethe"},
		{"a_b", "ab"},
		{"  many \t spaces\n", "many spaces"},
		{"théâtre THE", "théâtre"},
		{"another theory", "another theory"},
		{"the", ""},
		{"ä a", "ä"},
		{"x\u001cy", "x y"},
		{"\u0130stanbul", "i\u0307stanbul"},
		{"ΟΔΟΣ", "οδος"},
		{"ΣΑΣ x", "σας x"},
		{"Σ", "σ"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadNouns(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"the church", []string{"church"}},
		{"church of san jose", []string{"church", "jose"}},
		{"three masked youths", []string{"youths"}},
		{"some soldiers", []string{"soldiers"}},
		{"members of the red dawn front", []string{"members", "front"}},
		{"the men who attacked the post", []string{"men"}},
		{"3 bombs", []string{"bombs"}},
		{"32", nil},
		{"rdf", []string{"rdf"}},
		{"the mayor's house", []string{"house"}},
		{"rifles and grenades", []string{"rifles", "grenades"}},
		{"", nil},
	}
	for _, tt := range tests {
		if got := headNouns(Normalize(tt.in)); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("headNouns(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHeadMatch(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"the church", "church of san jose", true},
		{"the old bridge", "bridge of san lucar", true},
		{"police station", "police officers", false},
		{"fmln", "the fmln", true},
		{"house of the mayor", "mayor", true},
		{"32", "32", true},
		{"32", "33", false},
	}
	mk := func(s string) normMention {
		n := Normalize(s)
		return normMention{norm: n, heads: headNouns(n)}
	}
	for _, tt := range tests {
		if got := headMatch(mk(tt.a), mk(tt.b)); got != tt.want {
			t.Errorf("headMatch(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestMaxAssign(t *testing.T) {
	tests := []struct {
		name  string
		w     [][]int
		total int
		match []int
	}{
		// Greedy by rows takes (0,0)=4 and ends with 5.
		{"greedy fails weighted", [][]int{{4, 3, 0}, {3, 0, 0}, {0, 0, 1}}, 7, []int{1, 0, 2}},
		// Greedy by rows takes (0,0) and leaves row 1 unmatched.
		{"greedy fails 0/1", [][]int{{1, 1, 0}, {1, 0, 0}, {0, 0, 1}}, 3, []int{1, 0, 2}},
		{"more columns", [][]int{{0, 0, 1}, {0, 1, 1}}, 2, []int{2, 1}},
		{"more rows", [][]int{{1}, {5}, {2}}, 5, []int{-1, 0, -1}},
		{"no columns", [][]int{{}, {}}, 0, []int{-1, -1}},
		{"no rows", nil, 0, nil},
		{"all zero", [][]int{{0, 0}, {0, 0}}, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			total, match := maxAssign(tt.w)
			if total != tt.total {
				t.Errorf("total = %d, want %d", total, tt.total)
			}
			if tt.match != nil && !reflect.DeepEqual(match, tt.match) {
				t.Errorf("match = %v, want %v", match, tt.match)
			}
			checkAssignment(t, tt.w, total, match)
		})
	}
}

// checkAssignment checks that match is one-to-one and sums to total.
func checkAssignment(t *testing.T, w [][]int, total int, match []int) {
	t.Helper()
	if len(match) != len(w) {
		t.Fatalf("len(match) = %d, want %d", len(match), len(w))
	}
	used := map[int]bool{}
	sum := 0
	for i, j := range match {
		if j < 0 {
			continue
		}
		if used[j] {
			t.Fatalf("column %d assigned twice in %v", j, match)
		}
		used[j] = true
		sum += w[i][j]
	}
	if sum != total {
		t.Fatalf("match %v sums to %d, total says %d", match, sum, total)
	}
}

// bruteMax is the best assignment total by trying every injection.
func bruteMax(w [][]int) int {
	if len(w) == 0 || len(w[0]) == 0 {
		return 0
	}
	best := 0
	used := make([]bool, len(w[0]))
	var rec func(i, sum int)
	rec = func(i, sum int) {
		if i == len(w) {
			best = max(best, sum)
			return
		}
		rec(i+1, sum) // row left out
		for j := range used {
			if !used[j] {
				used[j] = true
				rec(i+1, sum+w[i][j])
				used[j] = false
			}
		}
	}
	rec(0, 0)
	return best
}

func TestMaxAssignAgainstBruteForce(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for k := range 2000 {
		n, m := 1+rng.IntN(5), 1+rng.IntN(5)
		w := make([][]int, n)
		for i := range w {
			w[i] = make([]int, m)
			for j := range w[i] {
				if k%2 == 0 {
					w[i][j] = rng.IntN(2) // the 0/1 case CEAF-REE uses
				} else {
					w[i][j] = rng.IntN(10)
				}
			}
		}
		total, match := maxAssign(w)
		if want := bruteMax(w); total != want {
			t.Fatalf("maxAssign(%v) = %d, brute force %d", w, total, want)
		}
		checkAssignment(t, w, total, match)
	}
}

// fictionalDoc is a made-up document with one or two entities per role.
func fictionalDoc() Doc {
	return Doc{
		ID:   "TST9-MUC9-0001",
		Text: "gunmen of the red dawn front (rdf) blew up the bridge of san lucar with dynamite and kidnapped ana pereda.",
		Gold: map[string][][]string{
			PerpInd: {{"gunmen"}},
			PerpOrg: {{"red dawn front", "rdf"}},
			Target:  {{"bridge of san lucar"}},
			Victim:  {{"ana pereda"}},
			Weapon:  {{"dynamite"}},
		},
	}
}

func TestScore(t *testing.T) {
	doc := fictionalDoc()
	tests := []struct {
		name     string
		pred     Prediction
		headNoun bool
		// per role: matched, predicted (gold is always 1 per role)
		want map[string][2]int
		f1   float64 // strict micro F1, or head-noun micro F1 when headNoun
	}{
		{
			name: "perfect",
			pred: Prediction{PerpInd: {"gunmen"}, PerpOrg: {"red dawn front"}, Target: {"bridge of san lucar"}, Victim: {"ana pereda"}, Weapon: {"dynamite"}},
			want: map[string][2]int{PerpInd: {1, 1}, PerpOrg: {1, 1}, Target: {1, 1}, Victim: {1, 1}, Weapon: {1, 1}},
			f1:   1,
		},
		{
			name: "empty",
			pred: nil,
			want: map[string][2]int{},
			f1:   0,
		},
		{
			name: "alternative mention after normalisation",
			pred: Prediction{PerpOrg: {"The R.D.F."}},
			want: map[string][2]int{PerpOrg: {1, 1}},
			f1:   2 * 1 * 0.2 / 1.2,
		},
		{
			name: "two predictions for one gold entity",
			pred: Prediction{PerpOrg: {"rdf", "red dawn front"}},
			want: map[string][2]int{PerpOrg: {1, 2}},
			f1:   2 * 0.5 * 0.2 / 0.7,
		},
		{
			name: "same string twice",
			pred: Prediction{Victim: {"ana pereda", "Ana Pereda"}},
			want: map[string][2]int{Victim: {1, 2}},
			f1:   2 * 0.5 * 0.2 / 0.7,
		},
		{
			name: "right string wrong role",
			pred: Prediction{PerpInd: {"rdf"}},
			want: map[string][2]int{PerpInd: {0, 1}},
			f1:   0,
		},
		{
			name: "other roles ignored",
			pred: Prediction{"Location": {"san lucar"}, Weapon: {"dynamite"}},
			want: map[string][2]int{Weapon: {1, 1}},
			f1:   2 * 1 * 0.2 / 1.2,
		},
		{
			name: "head noun off: partial string is wrong",
			pred: Prediction{Target: {"the old bridge"}},
			want: map[string][2]int{Target: {0, 1}},
			f1:   0,
		},
		{
			name:     "head noun on: shared head matches",
			pred:     Prediction{Target: {"the old bridge"}},
			headNoun: true,
			want:     map[string][2]int{Target: {1, 1}},
			f1:       2 * 1 * 0.2 / 1.2,
		},
		{
			name: "empty string is a false positive",
			pred: Prediction{Weapon: {"", "the"}},
			want: map[string][2]int{Weapon: {0, 2}},
			f1:   0,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep := Score([]Doc{doc}, map[string]Prediction{doc.ID: tt.pred}, tt.headNoun)
			table := rep.Strict
			if tt.headNoun {
				if rep.HeadNoun == nil {
					t.Fatal("no head-noun table")
				}
				table = *rep.HeadNoun
			} else if rep.HeadNoun != nil {
				t.Fatal("head-noun table not asked for")
			}
			for _, role := range Roles {
				c := table.Role(role)
				w := tt.want[role]
				if c.Matched != w[0] || c.Predicted != w[1] || c.Gold != 1 {
					t.Errorf("%s: matched/predicted/gold = %d/%d/%d, want %d/%d/1", role, c.Matched, c.Predicted, c.Gold, w[0], w[1])
				}
			}
			if math.Abs(table.Micro.F1-tt.f1) > 1e-9 {
				t.Errorf("micro F1 = %v, want %v", table.Micro.F1, tt.f1)
			}
			if tt.pred == nil && (table.Micro.Recall != 0 || table.Micro.Precision != 0 || table.Micro.Gold != 5) {
				t.Errorf("empty prediction: micro = %+v", table.Micro)
			}
		})
	}
}

func TestScoreOptimalAlignment(t *testing.T) {
	// "soldiers" fits both gold entities, "troops" only the first: taking
	// the first fit for "soldiers" would leave "troops" unmatched.
	doc := Doc{ID: "d", Gold: map[string][][]string{
		PerpInd: {{"soldiers", "troops"}, {"soldiers"}},
	}}
	rep := Score([]Doc{doc}, map[string]Prediction{"d": {PerpInd: {"soldiers", "troops"}}}, false)
	if c := rep.Strict.Role(PerpInd); c.Matched != 2 || c.Predicted != 2 || c.Gold != 2 {
		t.Errorf("PerpInd = %+v, want 2 matched of 2", c)
	}
}

func TestScoreMicroPoolsDocuments(t *testing.T) {
	a := Doc{ID: "a", Gold: map[string][][]string{Victim: {{"x"}, {"y"}}}}
	b := Doc{ID: "b", Gold: map[string][][]string{Weapon: {{"z"}}}}
	preds := map[string]Prediction{
		"a":     {Victim: {"x", "q"}},
		"b":     {Weapon: {"z"}},
		"other": {Weapon: {"z"}}, // not a scored doc
	}
	rep := Score([]Doc{a, b}, preds, false)
	m := rep.Strict.Micro
	if m.Matched != 2 || m.Predicted != 3 || m.Gold != 3 {
		t.Fatalf("micro = %+v, want 2/3/3", m)
	}
	if math.Abs(m.Precision-2.0/3) > 1e-9 || math.Abs(m.Recall-2.0/3) > 1e-9 || math.Abs(m.F1-2.0/3) > 1e-9 {
		t.Errorf("micro P/R/F1 = %v/%v/%v, want 2/3 each", m.Precision, m.Recall, m.F1)
	}
	if rep.Docs != 2 {
		t.Errorf("Docs = %d, want 2", rep.Docs)
	}
}
