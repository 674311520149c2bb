package numbers

import (
	"fmt"
	"testing"

	"dossier/text"
)

// corpus is original fictional text for fuzz seeds and benchmarks.
const corpus = `The Velm Liberation Front, which analysts say has between 1,500 and 2,000 fighters, claimed the attack on Oskar on Thursday.
At least 22 people were killed and more than 150 wounded, officials said; a doctor put the toll at around 30.
Estimates of its strength vary from several thousand armed members to as low as 500, according to the Marran Institute.
The group carried out 48 attacks in the first four months of 2021, up from 31 in the same period in 2020.
Dozens of villagers fled after gunmen killing and wounding more than 40 stormed the 12th district at 10:30 p.m.
A 23-year-old man, Tavi Oru, 19, and two dozen guards were detained; a $7 million bounty was offered.
Nearly 300 schoolgirls, aged 12 to 17, were taken from Dunmore in 2014, and tens of thousands have been displaced since the 1990s.`

func FuzzFind(f *testing.F) {
	f.Add(corpus)
	for _, s := range []string{"x ٣ y １２", "1,500-2,000", "30 000 000", "between 2 and", "from 3 to as low as 1", "9/11/2001", "+44 20 7946", "1.2.3", "1,2,3", "a a a dozen", "half a", "twenty-first-century", "$", "100-plus-odd", "99999999999999999999999999999999999999 million"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		toks := text.Tokenize(src, 0, len(src))
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tk := range toks {
			starts[tk.Start], ends[tk.End] = true, true
		}
		prev := 0
		for _, q := range Find(src, toks) {
			if q.Start < prev || q.Start >= q.End || q.End > len(src) {
				t.Fatalf("bad or overlapping span [%d,%d) after %d in %q", q.Start, q.End, prev, src)
			}
			if !starts[q.Start] || !ends[q.End] {
				t.Fatalf("span [%d,%d) %q not on token boundaries", q.Start, q.End, q.Text)
			}
			if src[q.Start:q.End] != q.Text {
				t.Fatalf("Text %q != src %q", q.Text, src[q.Start:q.End])
			}
			if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
				t.Fatalf("%q: min %v > max %v", q.Text, *q.Min, *q.Max)
			}
			if q.Min == nil && q.Max == nil {
				t.Fatalf("%q: no bound at all", q.Text)
			}
			prev = q.End
		}
	})
}

func BenchmarkFind(b *testing.B) {
	sents := text.Split(corpus)
	words := 0
	for _, s := range sents {
		for _, t := range s.Tokens {
			if t.Kind != text.Punct {
				words++
			}
		}
	}
	n := 0
	for b.Loop() {
		for _, s := range sents {
			n += len(Find(corpus, s.Tokens))
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func ExampleFind() {
	src := "Rebels killed at least 14 people and as many as 35 in Oskar."
	for _, q := range Find(src, text.Tokenize(src, 0, len(src))) {
		fmt.Println(q.Text, q.Kind, *q.Min, *q.Max, q.Unit)
	}
	// Output: at least 14 people and as many as 35 count 14 35 people
}
