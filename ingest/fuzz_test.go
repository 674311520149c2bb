package ingest

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier"
)

// seedCorpus adds the committed corpus files with the given suffixes.
func seedCorpus(f *testing.F, suffixes ...string) {
	for _, s := range suffixes {
		matches, _ := os.ReadDir("testdata/corpus")
		for _, m := range matches {
			if strings.HasSuffix(m.Name(), s) {
				data, err := os.ReadFile("testdata/corpus/" + m.Name())
				if err != nil {
					f.Fatal(err)
				}
				f.Add(data)
			}
		}
	}
}

// fuzzParse parses data as path and checks the invariants of the result.
func fuzzParse(t *testing.T, path string, data []byte) {
	docs, err := Parse(path, data)
	for _, d := range docs {
		checkDoc(t, d)
	}
	for _, e := range Errors(err) {
		var pe *Error
		if !errors.As(e, &pe) || pe.Path != path {
			t.Fatalf("error %v does not name %s", e, path)
		}
		if !utf8.ValidString(e.Error()) {
			t.Fatalf("error message is not UTF-8: %q", e.Error())
		}
	}
	if len(docs) == 0 && err == nil {
		t.Fatal("no documents and no error")
	}
}

func FuzzParseText(f *testing.F) {
	seedCorpus(f, ".txt")
	f.Add([]byte("Title\n\nBy A | 1 May 2020\n\nKABUL, Afghanistan (AP) — text"))
	f.Add([]byte("Caf\xe9 \x96 \xff"))
	f.Add([]byte("\xff\xfeH\x00"))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.txt", data) })
}

func FuzzParseHTML(f *testing.F) {
	seedCorpus(f, ".html")
	f.Add([]byte("<p>a<script>b</script></p>"))
	f.Add([]byte(`<html lang="x"><meta property="article:published_time" content="junk"><script type="application/ld+json">[{"@type":"NewsArticle","publisher":[[{}]]}]</script>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.html", data) })
}

func FuzzParseJSONL(f *testing.F) {
	seedCorpus(f, ".jsonl", ".json")
	f.Add([]byte(`{"text":"a"}` + "\n" + `{"html":"<p>b</p>","date":"2020-13-45"}`))
	f.Add([]byte(`{"text":"<p>x</p>","publisher":{"name":7}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "f.jsonl", data)
		fuzzParse(t, "f.json", data)
	})
}

func FuzzParseFeed(f *testing.F) {
	seedCorpus(f, ".rss", ".atom")
	f.Add([]byte(`<rss><channel><item><description>&lt;p&gt;x&lt;/p&gt;</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) { fuzzParse(t, "f.rss", data) })
}

func FuzzMetadata(f *testing.F) {
	f.Add("Title\n\nPublished: 12 March 2019\n\nKABUL, Afghanistan (AP) — text\n\n© 2021 X")
	f.Add("date 2021-08-27 Kabul: text")
	f.Add("MOGADISHU, Oct 16 (Reuters) - text")
	f.Add("By A | 31 Feb 2020\n\nAll rights reserved to .")
	f.Fuzz(func(t *testing.T, s string) {
		text := Clean(s)
		d := &dossier.Document{Text: text}
		Options{IsPlace: func(p string) bool { return len(p)%2 == 0 }}.Metadata(d)
		for _, p := range []*string{d.Title, d.Published, d.Source, d.Dateline} {
			if p != nil && (*p == "" || !utf8.ValidString(*p)) {
				t.Fatalf("bad field %q", *p)
			}
		}
		if first, _, _ := strings.Cut(text, "\n"); d.Title != nil && !strings.Contains(first, *d.Title) {
			t.Fatalf("title %q is not the first line of %q", *d.Title, text)
		}
		if d.Published != nil && !dateRe.MatchString(*d.Published) {
			t.Fatalf("published %q", *d.Published)
		}
		if d.Text != text {
			t.Fatal("Metadata changed the text")
		}
	})
}

func FuzzClean(f *testing.F) {
	f.Add("a\r\n\r\n\r\nb  \n")
	f.Add("e\u200b\u0301 می\u200cخواهم \u00ad\ufeff")
	f.Add("\xff\xfe\x00")
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if !utf8.ValidString(c) {
			t.Fatalf("Clean(%q) = %q: invalid UTF-8", s, c)
		}
		if again := Clean(c); again != c {
			t.Fatalf("not idempotent: %q → %q → %q", s, c, again)
		}
		if strings.Contains(c, "\r") || strings.Contains(c, "\n\n\n") || strings.Contains(c, " \n") {
			t.Fatalf("Clean(%q) = %q: untidy", s, c)
		}
		if strings.TrimSpace(c) != c {
			t.Fatalf("Clean(%q) = %q: not trimmed", s, c)
		}
	})
}

func BenchmarkParse(b *testing.B) {
	entries, err := os.ReadDir("testdata/corpus")
	if err != nil {
		b.Fatal(err)
	}
	type input struct {
		path string
		data []byte
	}
	var inputs []input
	var size int64
	for _, e := range entries {
		data, err := os.ReadFile("testdata/corpus/" + e.Name())
		if err != nil {
			b.Fatal(err)
		}
		inputs = append(inputs, input{e.Name(), data})
		size += int64(len(data))
	}
	docs := 0
	b.SetBytes(size)
	for b.Loop() {
		for _, in := range inputs {
			d, _ := Parse(in.path, in.data)
			docs += len(d)
		}
	}
	b.ReportMetric(float64(docs)/b.Elapsed().Seconds(), "docs/s")
	b.ReportMetric(float64(size)*float64(b.N)/1e6/b.Elapsed().Seconds(), "MB/s")
}
