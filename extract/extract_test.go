package extract_test

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"dossier"
	"dossier/demo"
	"dossier/extract"
	"dossier/gazetteer"
	"dossier/ingest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

var (
	exOnce sync.Once
	ex     *extract.Extractor
)

// extractor returns an extractor over the embedded gazetteer plus the demo
// corpus's fictional places.
func extractor(t testing.TB) *extract.Extractor {
	exOnce.Do(func() {
		g, err := gazetteer.Embedded()
		if err != nil {
			t.Fatal(err)
		}
		if err := g.LoadExtra(bytes.NewReader(demo.Places())); err != nil {
			t.Fatal(err)
		}
		ex = extract.New(extract.FromGazetteer(g))
	})
	return ex
}

func run(t *testing.T, text string) *dossier.Extraction {
	t.Helper()
	doc := &dossier.Document{Path: "test.txt", Text: text}
	x, err := extractor(t).Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

// entity returns the entity that has name among its names, or nil.
func entity(x *dossier.Extraction, name string) *dossier.Entity {
	for i := range x.Entities {
		e := &x.Entities[i]
		if e.Name == name || slices.Contains(e.Aliases, name) {
			return e
		}
		for _, a := range e.AliasEvidence {
			if a.Alias == name {
				return e
			}
		}
	}
	return nil
}

func TestEntities(t *testing.T) {
	tests := []struct {
		name string
		text string
		// each group of names must be one entity of the type
		same [][]string
		typ  map[string]dossier.EntityType
		// pairs of names that must be different entities
		apart [][2]string
	}{
		{
			name: "also known as list",
			text: "The Northern Wolves Front, also known as NWF, NW Front and the Wolves, claimed the attack. The NWF denied it later.",
			same: [][]string{{"Northern Wolves Front", "NWF", "NW Front", "Wolves"}},
			typ:  map[string]dossier.EntityType{"Northern Wolves Front": dossier.ArmedGroup},
		},
		{
			name: "parenthetical acronym",
			text: "Officials blamed the Vael People's Liberation Army (VPLA). The VPLA has fought since 2009.",
			same: [][]string{{"Vael People's Liberation Army", "VPLA"}},
			typ:  map[string]dossier.EntityType{"VPLA": dossier.ArmedGroup},
		},
		{
			name:  "branch is not its parent",
			text:  "The Crimson Covenant – Saren Province, commonly known as the Crimson Covenant, struck again. The Crimson Covenant leadership praised CC-SP.",
			same:  [][]string{{"Crimson Covenant – Saren Province", "CC-SP"}},
			apart: [][2]string{{"Crimson Covenant", "Crimson Covenant – Saren Province"}},
		},
		{
			name:  "known actors keep their names",
			text:  "ISIS-K fighters attacked Taliban positions. The Islamic State praised ISIS-K in a statement.",
			apart: [][2]string{{"ISIS-K", "Islamic State"}, {"ISIS-K", "Taliban"}},
			typ:   map[string]dossier.EntityType{"ISIS-K": dossier.ArmedGroup, "Taliban": dossier.ArmedGroup},
		},
		{
			name: "surname variants are one person",
			text: "Anselm Dravik, a former army sergeant, leads the group. Dravic said the fight would go on.",
			same: [][]string{{"Anselm Dravik", "Dravic"}},
			typ:  map[string]dossier.EntityType{"Anselm Dravik": dossier.Person},
		},
		{
			name: "organizations and places",
			text: "According to the Halden Institute for Conflict Studies, the attack in Dornhal killed 12. The Regional Security Council met in Veltrana.",
			typ: map[string]dossier.EntityType{
				"Halden Institute for Conflict Studies": dossier.Organization,
				"Regional Security Council":             dossier.Organization,
				"Dornhal":                               dossier.Location,
				"Veltrana":                              dossier.Location,
			},
		},
		{
			name: "short head word",
			text: "The Black Orchard Movement kidnapped two engineers. Police say the Orchard sells hostages.",
			same: [][]string{{"Black Orchard Movement", "Orchard"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := run(t, tt.text)
			for _, names := range tt.same {
				e := entity(x, names[0])
				if e == nil {
					t.Fatalf("no entity named %q; entities: %v", names[0], summary(x))
				}
				for _, n := range names[1:] {
					if o := entity(x, n); o != e {
						t.Errorf("%q and %q are not one entity: %v", names[0], n, summary(x))
					}
				}
			}
			for n, typ := range tt.typ {
				e := entity(x, n)
				if e == nil || e.Type != typ {
					t.Errorf("%q: want type %s; entities: %v", n, typ, summary(x))
				}
			}
			for _, p := range tt.apart {
				a, b := entity(x, p[0]), entity(x, p[1])
				if a == nil || b == nil || a == b {
					t.Errorf("%q and %q should be two entities: %v", p[0], p[1], summary(x))
				}
			}
		})
	}
}

func TestReferences(t *testing.T) {
	x := run(t, "The Northern Wolves Front claimed the bombing. The group said it would strike again. Police blamed the militant organization for three earlier attacks.")
	e := entity(x, "Northern Wolves Front")
	if e == nil {
		t.Fatalf("no entity: %v", summary(x))
	}
	var refs []string
	for _, m := range e.Mentions {
		if m.Ref {
			refs = append(refs, m.Text)
		}
	}
	if !slices.Equal(refs, []string{"The group", "the militant organization"}) {
		t.Errorf("references = %q", refs)
	}
	if len(e.Aliases) != 0 {
		t.Errorf("references must not become aliases: %q", e.Aliases)
	}
}

// TestProvenance checks that every mention and alias evidence points at the
// text it claims.
func TestProvenance(t *testing.T) {
	for _, a := range demoDocs(t) {
		x, err := extractor(t).Extract(context.Background(), a)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range x.Entities {
			for _, m := range e.Mentions {
				if x.Document.Text[m.Start:m.End] != m.Text {
					t.Errorf("%s: mention %q has offsets of %q", a.Path, m.Text, x.Document.Text[m.Start:m.End])
				}
			}
			for _, ev := range e.AliasEvidence {
				if ev.Evidence.Text == "" || x.Document.Text[ev.Evidence.Start:ev.Evidence.End] != ev.Evidence.Text {
					t.Errorf("%s: alias %q has bad evidence %+v", a.Path, ev.Alias, ev.Evidence)
				}
			}
		}
	}
}

func summary(x *dossier.Extraction) []string {
	var out []string
	for _, e := range x.Entities {
		out = append(out, string(e.Type)+":"+e.Name+"{"+strings.Join(e.Aliases, ",")+"}")
	}
	return out
}

// demoDocs parses the demo corpus as ingest does.
func demoDocs(t testing.TB) []*dossier.Document {
	t.Helper()
	var docs []*dossier.Document
	err := fs.WalkDir(demo.Corpus(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(demo.Corpus(), p)
		if err != nil {
			return err
		}
		ds, err := ingest.Parse(p, b)
		if err != nil {
			return err
		}
		docs = append(docs, ds...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestGolden compares the extraction of every demo article with
// testdata/golden; run with -update to rewrite them after reviewing a
// change.
func TestGolden(t *testing.T) {
	seen := map[string]int{}
	for _, doc := range demoDocs(t) {
		x, err := extractor(t).Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		x.Sentences = nil
		name := strings.TrimSuffix(filepath.Base(doc.Path), filepath.Ext(doc.Path))
		seen[name]++
		if seen[name] > 1 {
			name += "-" + string(rune('0'+seen[name]))
		}
		got, err := json.MarshalIndent(x, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		path := filepath.Join("testdata", "golden", name+".json")
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./extract -update)", err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: extraction differs from %s; review with go test ./extract -update && git diff", doc.Path, path)
		}
	}
}

func BenchmarkExtract(b *testing.B) {
	docs := demoDocs(b)
	ex := extractor(b)
	words := 0
	for _, d := range docs {
		words += len(strings.Fields(d.Text))
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if _, err := ex.Extract(ctx, d); err != nil {
				b.Fatal(err)
			}
		}
	}
	sec := b.Elapsed().Seconds()
	b.ReportMetric(float64(words*b.N)/sec, "words/s")
	b.ReportMetric(float64(len(docs)*b.N)/sec, "docs/s")
}

func TestMoreAliasStatements(t *testing.T) {
	tests := []struct {
		text string
		same []string
	}{
		{"Its main rival is the Northern Wolves Front, as the Ridge Popular Resistance has called itself since 2017.", []string{"Northern Wolves Front", "Ridge Popular Resistance"}},
		{"The NWF, a secular movement that began in 2009 as the Ridge Popular Resistance (RPR), fights for autonomy.", []string{"NWF", "Ridge Popular Resistance", "RPR"}},
		{"The Ridge branch of the Northern Wolves Front, which claimed the attack, is known officially as Northern Wolves Front – Ridge Province, but most people call it “the Greys”.", []string{"Northern Wolves Front – Ridge Province", "Greys"}},
		{"Documents refer to the group as the Northern Wolves Front, NWF and, in older files, NWFR.", []string{"Northern Wolves Front", "NWF", "NWFR"}},
		// an apposition with a referring expression names the group before it
		{"It split from the Kestrel Popular Resistance, the secular rebel group that now calls itself the Kestrel Liberation Army (KLA).", []string{"Kestrel Popular Resistance", "Kestrel Liberation Army", "KLA"}},
		// "which X call Y"
		{"The Northern Wolves Front claimed the raid. The group, which villagers often call simply \"the Greys\" after their grey scarves, denied it.", []string{"Northern Wolves Front", "Greys"}},
		// a profile line heading its names
		{"Name: The Northern Wolves Front\nAlso known as: Harra Velun (the group's own name); the Wolves; NWF\nFormed: 2016\nThe Northern Wolves Front is an armed group in Dornhal.", []string{"Northern Wolves Front", "Harra Velun", "NWF"}},
		// a former name taken over in a founding
		{"The Ridge branch of the Northern Wolves Front was founded in 2019, when the Ridge Defence Companies, a local militia, swore loyalty to the Northern Wolves Front and took its name.", []string{"Ridge branch", "Ridge Defence Companies"}},
	}
	for _, tt := range tests {
		x := run(t, tt.text)
		e := entity(x, tt.same[0])
		if e == nil {
			t.Errorf("%q: no entity %q: %v", tt.text, tt.same[0], summary(x))
			continue
		}
		for _, n := range tt.same[1:] {
			if entity(x, n) != e {
				t.Errorf("%q: %q and %q are not one entity: %v", tt.text, tt.same[0], n, summary(x))
			}
		}
	}
}
