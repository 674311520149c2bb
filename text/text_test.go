package text

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"two sentences", "The group struck at dawn. Police said 12 died.", []string{"The group struck at dawn.", "Police said 12 died."}},
		{"abbreviations", "Mr. Dravik met Gen. Osei in the U.S. capital. They talked.", []string{"Mr. Dravik met Gen. Osei in the U.S. capital.", "They talked."}},
		{"initials", "J. R. Tolvay founded it. It grew.", []string{"J. R. Tolvay founded it.", "It grew."}},
		{"closing quote", "He said it was “a business model.” Then he left.", []string{"He said it was “a business model.”", "Then he left."}},
		{"paragraphs without final stop", "Who are the Reds\n\nThe Reds are a militia.", []string{"Who are the Reds", "The Reds are a militia."}},
		{"decimal", "Losses rose 2.5 percent. Yes.", []string{"Losses rose 2.5 percent.", "Yes."}},
		{"lower-case continuation", "The toll rose to 12 a.m. local time and more.", []string{"The toll rose to 12 a.m. local time and more."}},
		{"question and exclamation", "Who did it? Nobody knows! Police are looking.", []string{"Who did it?", "Nobody knows!", "Police are looking."}},
		{"heading line", "Narrative Summary\nThe group formed in 2009.", []string{"Narrative Summary", "The group formed in 2009."}},
		{"empty", "  \n\n ", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Split(tt.in)
			var texts []string
			for _, s := range got {
				texts = append(texts, s.Text(tt.in))
			}
			if strings.Join(texts, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.in, texts, tt.want)
			}
		})
	}
}

func TestParaStart(t *testing.T) {
	src := "Title line\n\nFirst one. Second one.\n\nThird one."
	var got []bool
	for _, s := range Split(src) {
		got = append(got, s.ParaStart)
	}
	want := []bool{true, true, false, true}
	if len(got) != len(want) {
		t.Fatalf("got %v sentences, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("sentence %d ParaStart = %v, want %v", i, got[i], want[i])
		}
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ISIS-K and IS-K", []string{"ISIS-K", "and", "IS-K"}},
		{"ISIS- Khorasan", []string{"ISIS", "-", "Khorasan"}},
		{"the Taliban’s rule", []string{"the", "Taliban", "’", "s", "rule"}},
		{"Shehab al-Muhajir", []string{"Shehab", "al-Muhajir"}},
		{"1,500 to 2,000 fighters", []string{"1,500", "to", "2,000", "fighters"}},
		{"the U.S. and U.N.", []string{"the", "U.S.", "and", "U.N."}},
		{"Lashkar-e-Taiba (LeT)", []string{"Lashkar-e-Taiba", "(", "LeT", ")"}},
		{"1980s, 2nd", []string{"1980s", ",", "2nd"}},
		{"Qa’ida", []string{"Qa’ida"}},
		{"People's Army", []string{"People", "'", "s", "Army"}},
	}
	for _, tt := range tests {
		toks := Tokenize(tt.in, 0, len(tt.in))
		var got []string
		for _, tok := range toks {
			got = append(got, tok.Text)
			if tt.in[tok.Start:tok.End] != tok.Text {
				t.Errorf("%q: token %q has offsets [%d,%d) pointing at %q", tt.in, tok.Text, tok.Start, tok.End, tt.in[tok.Start:tok.End])
			}
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenFlags(t *testing.T) {
	toks := Tokenize("ISKP Kabul al-Qaeda UN x", 0, 24)
	type flags struct{ cap, all bool }
	want := []flags{{true, true}, {true, false}, {false, false}, {true, true}, {false, false}}
	for i, w := range want {
		if toks[i].Cap() != w.cap || toks[i].AllCaps() != w.all {
			t.Errorf("%q: Cap=%v AllCaps=%v, want %v %v", toks[i].Text, toks[i].Cap(), toks[i].AllCaps(), w.cap, w.all)
		}
	}
	if toks[1].Lower != "kabul" {
		t.Errorf("Lower = %q", toks[1].Lower)
	}
}

// FuzzSplit checks that sentences and tokens always lie inside the text, in
// order, on rune boundaries, and cover every non-space character.
func FuzzSplit(f *testing.F) {
	for _, s := range []string{"", "A. B.", "Mr. X said “no.” Then?", "ISIS- K\n\n\nx", "1,5.0 a.k.a. U.S.", "\xff\xfe", "’s ’ ’s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		prev := 0
		covered := 0
		for _, s := range Split(src) {
			if s.Start < prev || s.End < s.Start || s.End > len(src) {
				t.Fatalf("sentence [%d,%d) out of order or bounds (prev %d, len %d)", s.Start, s.End, prev, len(src))
			}
			if !utf8.ValidString(src) {
				continue
			}
			if !utf8.RuneStart(src[s.Start]) || (s.End < len(src) && !utf8.RuneStart(src[s.End])) {
				t.Fatalf("sentence [%d,%d) not on rune boundaries", s.Start, s.End)
			}
			tp := s.Start
			for _, tok := range s.Tokens {
				if tok.Start < tp || tok.End > s.End || tok.End <= tok.Start {
					t.Fatalf("token %q [%d,%d) outside sentence [%d,%d)", tok.Text, tok.Start, tok.End, s.Start, s.End)
				}
				if src[tok.Start:tok.End] != tok.Text {
					t.Fatalf("token text %q != src %q", tok.Text, src[tok.Start:tok.End])
				}
				tp = tok.End
				covered += len(strings.TrimSpace(tok.Text))
			}
			prev = s.End
		}
		if utf8.ValidString(src) {
			nonSpace := len(strings.Join(strings.Fields(strings.ReplaceAll(src, "\u00a0", " ")), ""))
			if covered != nonSpace {
				t.Fatalf("tokens cover %d non-space bytes, text has %d", covered, nonSpace)
			}
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	para := "The Crimson Covenant, also known as CC, claimed the attack on Thursday. Police said at least 12 people died, according to Gen. Osei. "
	src := strings.Repeat(para, 40)
	words := len(strings.Fields(src))
	b.ReportAllocs()
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Split(src)
	}
	b.ReportMetric(float64(words*b.N)/b.Elapsed().Seconds(), "words/s")
}
