package near

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
)

func readFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// shingles is the exact shingle set Signature estimates from.
func shingles(text string) map[string]bool {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r)
	})
	set := map[string]bool{}
	for i := 0; i+Shingle <= len(words); i++ {
		set[strings.Join(words[i:i+Shingle], " ")] = true
	}
	return set
}

func jaccard(a, b string) float64 {
	sa, sb := shingles(a), shingles(b)
	inter := 0
	for s := range sa {
		if sb[s] {
			inter++
		}
	}
	union := len(sa) + len(sb) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// TestThreshold justifies DefaultThreshold: a syndicated copy with a new
// headline, a footer and a handful of word edits, or one cut short, scores
// well above it; an independent article about the same attack, sharing its
// names, places and numbers, scores far below it.
func TestThreshold(t *testing.T) {
	orig := readFile(t, "original.txt")
	paras := strings.Split(orig, "\n\n")
	tests := []struct {
		name   string
		text   string
		isCopy bool
	}{
		{"identical", orig, true},
		{"reformatted", strings.ToUpper(strings.ReplaceAll(orig, "\n\n", "\n   \n")), true},
		{"edited copy", readFile(t, "edited.txt"), true},
		{"truncated copy", strings.Join(paras[:len(paras)-2], "\n\n"), true},
		{"same story, other writer", readFile(t, "other.txt"), false},
		{"first paragraphs only", strings.Join(paras[:3], "\n\n"), false},
	}
	so := Signature(orig)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			est := Similarity(so, Signature(tt.text))
			exact := jaccard(orig, tt.text)
			t.Logf("estimate %.3f, exact %.3f", est, exact)
			if got := est >= DefaultThreshold; got != tt.isCopy {
				t.Errorf("estimate %.3f >= %v is %v, want %v", est, DefaultThreshold, got, tt.isCopy)
			}
			if math.Abs(est-exact) > 0.15 {
				t.Errorf("estimate %.3f far from exact Jaccard %.3f", est, exact)
			}
		})
	}
	if s := Similarity(so, Signature(readFile(t, "other.txt"))); s > 0.2 {
		t.Errorf("same-topic article scores %.3f, want < 0.2 for a safe margin", s)
	}
}

// TestEstimate checks the MinHash estimate against the exact Jaccard
// similarity over texts with controlled overlap. The texts come from a
// seeded generator, so the test is deterministic.
func TestEstimate(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := make([]string, 5000)
	for i := range vocab {
		vocab[i] = fmt.Sprintf("w%d", i)
	}
	words := func(n int) []string {
		w := make([]string, n)
		for i := range w {
			w[i] = vocab[rng.IntN(len(vocab))]
		}
		return w
	}
	var sumErr float64
	const trials = 60
	for i := range trials {
		base := words(400)
		other := append([]string(nil), base...)
		edits := rng.IntN(60)
		for range edits {
			other[rng.IntN(len(other))] = vocab[rng.IntN(len(vocab))]
		}
		a, b := strings.Join(base, " "), strings.Join(other, " ")
		est, exact := Similarity(Signature(a), Signature(b)), jaccard(a, b)
		// Standard error is sqrt(J(1-J)/128) <= 0.045; 4 of them is a
		// bound a correct hash family never reaches on these seeds.
		if math.Abs(est-exact) > 0.18 {
			t.Errorf("trial %d: estimate %.3f, exact %.3f", i, est, exact)
		}
		sumErr += est - exact
	}
	if bias := sumErr / trials; math.Abs(bias) > 0.03 {
		t.Errorf("mean error %.3f: the estimate is biased", bias)
	}
}

func TestSignature(t *testing.T) {
	long := strings.Repeat("alpha beta gamma delta epsilon zeta eta theta ", 5)
	tests := []struct {
		name string
		a, b string
		want float64 // exact expected similarity, or -1 for "< 0.5"
	}{
		{"case and punctuation", long, strings.ToUpper(strings.ReplaceAll(long, " ", ", ")), 1},
		{"spacing", long, strings.ReplaceAll(long, " ", " \n\t "), 1},
		{"non-ASCII case", strings.Repeat("Über Straße ÉTÉ Ωmega ", 10), strings.Repeat("über straße été ωmega ", 10), 1},
		{"unrelated", long, strings.Repeat("one two three four five six seven eight nine ten ", 4), -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Similarity(Signature(tt.a), Signature(tt.b))
			if tt.want < 0 {
				if got >= 0.5 {
					t.Errorf("similarity %.3f, want < 0.5", got)
				}
			} else if got != tt.want {
				t.Errorf("similarity %.3f, want %v", got, tt.want)
			}
		})
	}
}

func TestShortText(t *testing.T) {
	short := "Police said the road near the bridge was closed after the blast on Monday and would reopen soon."
	if sig := Signature(short); sig != nil {
		t.Fatalf("Signature of %d-word text = %d values, want nil", len(strings.Fields(short)), len(sig))
	}
	if s := Similarity(Signature(short), Signature(short)); s != 0 {
		t.Errorf("Similarity of short texts = %v, want 0", s)
	}
	var ix Index
	ix.Add("a", Signature(short))
	if ix.Len() != 0 {
		t.Errorf("Len = %d after adding a nil signature, want 0", ix.Len())
	}
	if _, _, ok := ix.Query(Signature(short), 0); ok {
		t.Error("short text matched")
	}
	if sig := Signature(strings.Repeat("word ", MinWords)); len(sig) != NumHashes {
		t.Errorf("Signature of %d words has %d values, want %d", MinWords, len(sig), NumHashes)
	}
	if Signature("") != nil {
		t.Error("Signature of empty text is not nil")
	}
}

func TestIndex(t *testing.T) {
	orig := readFile(t, "original.txt")
	edited := readFile(t, "edited.txt")
	other := readFile(t, "other.txt")

	var ix Index
	if _, _, ok := ix.Query(Signature(orig), 0); ok {
		t.Fatal("empty index matched")
	}
	ix.Add("other", Signature(other))
	ix.Add("orig", Signature(orig))
	ix.Add("orig-again", Signature(orig)) // exact duplicate added later
	ix.Add("edited", Signature(edited))

	tests := []struct {
		name      string
		query     string
		threshold float64
		wantID    string
		wantOK    bool
	}{
		{"exact copy prefers earliest", orig, 0, "orig", true},
		{"edited copy finds the original exactly", edited, 0.99, "edited", true},
		{"edited copy, default threshold", edited, 0, "edited", true},
		{"threshold too high", orig + " " + strings.Repeat("extra words here ", 20), 0.99, "", false},
		{"other article", other, 0, "other", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, sim, ok := ix.Query(Signature(tt.query), tt.threshold)
			if id != tt.wantID || ok != tt.wantOK {
				t.Errorf("Query = %q, %.3f, %v; want %q, %v", id, sim, ok, tt.wantID, tt.wantOK)
			}
		})
	}

	// A fresh index: the edited copy must resolve to the original only.
	var ix2 Index
	ix2.Add("orig", Signature(orig))
	ix2.Add("other", Signature(other))
	id, sim, ok := ix2.Query(Signature(edited), 0)
	if !ok || id != "orig" {
		t.Errorf("edited copy: Query = %q, %.3f, %v; want orig", id, sim, ok)
	}
	if _, _, ok := ix2.Query(Signature(readFile(t, "other.txt")+" Tuesday"), 0.9); !ok {
		t.Error("near-identical text not found at 0.9")
	}
	if _, _, ok := ix2.Query([]uint64{1, 2, 3}, 0); ok {
		t.Error("malformed signature matched")
	}
}

func TestIndexConcurrent(t *testing.T) {
	var ix Index
	texts := make([]string, 8)
	for i := range texts {
		texts[i] = strings.Repeat(fmt.Sprintf("story %d about the matter number %d ", i, i*7), 8)
	}
	done := make(chan bool)
	for i, txt := range texts {
		go func() {
			ix.Add(fmt.Sprint(i), Signature(txt))
			ix.Query(Signature(txt), 0)
			done <- true
		}()
	}
	for range texts {
		<-done
	}
	if ix.Len() != len(texts) {
		t.Errorf("Len = %d, want %d", ix.Len(), len(texts))
	}
}

func TestSignatureAllocs(t *testing.T) {
	text := readFile(t, "original.txt")
	if n := testing.AllocsPerRun(20, func() { Signature(text) }); n > 1 {
		t.Errorf("Signature allocates %v times per call, want 1 (the result)", n)
	}
}

func FuzzSignature(f *testing.F) {
	f.Add(readFile(f, "original.txt"))
	f.Add("a b c")
	f.Add(strings.Repeat("x\xff\u0301 ", 40))
	f.Fuzz(func(t *testing.T, s string) {
		sig := Signature(s)
		if sig != nil && len(sig) != NumHashes {
			t.Fatalf("len %d", len(sig))
		}
		if sig != nil && Similarity(sig, Signature(s)) != 1 {
			t.Fatal("signature not deterministic")
		}
		if sig != nil && Similarity(sig, Signature(strings.ToUpper(s))) < 0 {
			t.Fatal("negative similarity")
		}
	})
}

func BenchmarkSignature(b *testing.B) {
	text := readFile(b, "original.txt") + "\n\n" + readFile(b, "other.txt")
	words := len(strings.Fields(text))
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Signature(text)
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func BenchmarkQuery(b *testing.B) {
	var ix Index
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 10000 {
		var sb strings.Builder
		for range 200 {
			fmt.Fprintf(&sb, "w%d ", rng.IntN(20000))
		}
		ix.Add(fmt.Sprint(i), Signature(sb.String()))
	}
	sig := Signature(readFile(b, "original.txt"))
	for b.Loop() {
		ix.Query(sig, 0)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "queries/s")
}
