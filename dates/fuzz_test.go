package dates

import (
	"fmt"
	"reflect"
	"testing"

	"dossier/numbers"
	"dossier/text"
)

// corpus is original fictional text for fuzz seeds and benchmarks.
const corpus = `The Velm Liberation Front claimed the attack on Oskar on Thursday, a week after gunmen stormed a hotel in Dunmore.
The group carried out 48 attacks in the first four months of 2021, up from 31 in the same period in 2020.
Its founder, who set it up in January 2015 and was killed in late 2018, had fought in the 1990s.
Police said yesterday (Aug. 26) that a second cell had been active since early 2019 and last June moved to Marran.
Two days later, on 28 August 2021, the council will meet on Monday to review the attacks of last week.
Earlier this year the front lost 12 fighters; three days ago it lost six more, officials said on 2021-08-24.`

var pubs = []string{"2021-08-27", "2015-04-03", "2016-03", "2020", ""}

func FuzzFind(f *testing.F) {
	for _, p := range pubs {
		f.Add(corpus, p)
	}
	for _, s := range []string{"on ٢ May ٢٠٢١", "yesterday (Nov. 2)", "the first 13 months of 2021", "between December and January", "mid-", "mid-May", "31/31/2021", "2021-02-30", "0000-00-00", "the past 99999999999 years", "a week after 29 February 2020"} {
		f.Add(s, "2021-08-27")
	}
	f.Fuzz(func(t *testing.T, src, published string) {
		pub, _ := ParseISO(published)
		toks := text.Tokenize(src, 0, len(src))
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tk := range toks {
			starts[tk.Start], ends[tk.End] = true, true
		}
		prev := 0
		found := Find(src, toks, pub)
		if len(src)%2 == 1 {
			found = FindCaseless(src, toks, pub) // half the inputs read caseless
		}
		// given the sentence's numbers, the same expressions
		if with := FindWith(src, toks, pub, len(src)%2 == 1, numbers.Find(src, toks)); !reflect.DeepEqual(with, found) {
			t.Fatalf("FindWith = %+v, want %+v", with, found)
		}
		for _, e := range found {
			if e.Start < prev || e.Start >= e.End || e.End > len(src) {
				t.Fatalf("bad or overlapping span [%d,%d) after %d", e.Start, e.End, prev)
			}
			if !starts[e.Start] || !ends[e.End] {
				t.Fatalf("span [%d,%d) %q not on token boundaries", e.Start, e.End, e.Text)
			}
			if src[e.Start:e.End] != e.Text {
				t.Fatalf("Text %q != src %q", e.Text, src[e.Start:e.End])
			}
			check := func(d Date) {
				if d.Month < 0 || d.Month > 12 || d.Day < 0 || (d.Day > 0 && d.Month == 0) {
					t.Fatalf("%q: bad date %#v", e.Text, d)
				}
				if d.Full() && !valid(d.Year, d.Month, d.Day) {
					t.Fatalf("%q: impossible date %v", e.Text, d)
				}
			}
			check(e.Date)
			if e.Period != nil {
				check(e.Period.From)
				check(e.Period.To)
				if e.Period.To.before(e.Period.From) {
					t.Fatalf("%q: period %v runs backwards", e.Text, e.Period)
				}
			}
			if pub.IsZero() && e.Relative && !e.Date.IsZero() {
				t.Fatalf("%q: relative date %v resolved without a publication date", e.Text, e.Date)
			}
			prev = e.End
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
	pub := Date{2021, 8, 27}
	for b.Loop() {
		for _, s := range sents {
			Find(corpus, s.Tokens, pub)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func ExampleFind() {
	src := "The front claimed the blast on Thursday and a raid last June."
	for _, e := range Find(src, text.Tokenize(src, 0, len(src)), Date{2021, 8, 27}) {
		fmt.Println(e.Text, e.Date)
	}
	// Output:
	// on Thursday 2021-08-26
	// last June 2021-06
}
