package muc4

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
)

// These tests use the real MUC-4 data when it is present (measurement
// only: nothing from it is copied into the repository). MUC4_DIR overrides
// the default location.

func dataDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("MUC4_DIR")
	if dir == "" {
		dir = "/work/shared/data/muc4"
	}
	if _, err := os.Stat(filepath.Join(dir, "processed_gtt", "dev.json")); err != nil {
		t.Skipf("MUC-4 data not available: %v", err)
	}
	return dir
}

func readFile(t *testing.T, path string) []Doc {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, err := Read(f)
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// splitStats are the counts the data README states per split.
type splitStats struct {
	docs, withTemplates, templates int
	entities                       map[string]int // GRIT, after merging; nil if not stated
	noFiller                       int            // docs without any filler; -1 if not stated
}

var readmeStats = map[string]splitStats{
	"train": {1300, 700, 1114, nil, -1},
	"dev":   {200, 116, 191, nil, -1},
	"test":  {200, 126, 209, map[string]int{PerpInd: 138, PerpOrg: 82, Target: 136, Victim: 95, Weapon: 60}, 77},
}

// knownUnionDiffs is how many documents' GTT union differs from GRIT's
// extracts: GRIT merged before dropping strings absent from the text.
var knownUnionDiffs = map[string]int{"train": 1, "dev": 0}

func TestDataGTTUnionAndCounts(t *testing.T) {
	dir := dataDir(t)
	for _, split := range []string{"train", "dev", "test"} {
		gttPath := filepath.Join(dir, "processed_gtt", split+".json")
		if _, err := os.Stat(gttPath); err != nil {
			t.Logf("%s: not available (held out)", split)
			continue
		}
		t.Run(split, func(t *testing.T) {
			gtt := readFile(t, gttPath)
			want := readmeStats[split]
			withT, temps, noFill := 0, 0, 0
			ents := map[string]int{}
			for _, d := range gtt {
				if len(d.Templates) > 0 {
					withT++
				}
				temps += len(d.Templates)
				n := 0
				for _, r := range Roles {
					ents[r] += len(d.Gold[r])
					n += len(d.Gold[r])
				}
				if n == 0 {
					noFill++
				}
			}
			if len(gtt) != want.docs || withT != want.withTemplates || temps != want.templates {
				t.Errorf("docs/with templates/templates = %d/%d/%d, README says %d/%d/%d",
					len(gtt), withT, temps, want.docs, want.withTemplates, want.templates)
			}
			if want.entities != nil && !reflect.DeepEqual(ents, want.entities) {
				t.Errorf("entities per role = %v, README says %v", ents, want.entities)
			}
			if want.noFiller >= 0 && noFill != want.noFiller {
				t.Errorf("docs without filler = %d, README says %d", noFill, want.noFiller)
			}
			t.Logf("%s: %d docs, %d with templates, %d templates, %d without filler, entities %v",
				split, len(gtt), withT, temps, noFill, ents)

			gritPath := filepath.Join(dir, "processed_grit", split+".json")
			if _, err := os.Stat(gritPath); err != nil {
				return
			}
			grit := readFile(t, gritPath)
			byID := map[string]Doc{}
			for _, d := range grit {
				byID[d.ID] = d
			}
			diffs := 0
			for _, d := range gtt {
				g, ok := byID[d.ID]
				if !ok {
					t.Errorf("%s: not in GRIT's file", d.ID)
					continue
				}
				if g.Text != d.Text {
					t.Errorf("%s: texts differ", d.ID)
				}
				if !reflect.DeepEqual(d.Gold, g.Gold) {
					diffs++
					t.Logf("%s: GTT union differs from GRIT extracts", d.ID)
				}
			}
			if wantDiffs, ok := knownUnionDiffs[split]; ok && diffs != wantDiffs {
				t.Errorf("%d docs differ from GRIT's extracts, want %d", diffs, wantDiffs)
			}
		})
	}
}

// oracle predicts the first string of every gold entity.
type oracle struct{ gold map[string]Doc }

func (o oracle) Predict(_ context.Context, doc Doc) (Prediction, error) {
	p := Prediction{}
	for role, ents := range o.gold[doc.ID].Gold {
		for _, e := range ents {
			p[role] = append(p[role], e[0])
		}
	}
	return p, nil
}

// nothing predicts no fillers.
type nothing struct{}

func (nothing) Predict(context.Context, Doc) (Prediction, error) { return nil, nil }

// lexicon predicts, for each role, every listed name found in the text as a
// whole word, once.
type lexicon map[string][]string

func (l lexicon) Predict(_ context.Context, doc Doc) (Prediction, error) {
	p := Prediction{}
	for role, names := range l {
		for _, name := range names {
			if containsWord(doc.Text, name) {
				p[role] = append(p[role], name)
			}
		}
	}
	return p, nil
}

// containsWord reports whether w occurs in s between non-alphanumerics.
func containsWord(s, w string) bool {
	for off := 0; ; {
		i := strings.Index(s[off:], w)
		if i < 0 {
			return false
		}
		i += off
		end := i + len(w)
		before := i == 0 || !isAlnumByte(s[i-1])
		after := end == len(s) || !isAlnumByte(s[end])
		if before && after {
			return true
		}
		off = i + 1
	}
}

func isAlnumByte(b byte) bool {
	return b < 0x80 && (unicode.IsLetter(rune(b)) || unicode.IsDigit(rune(b)))
}

// Well-known names of Latin American armed groups and cartels of 1989-91,
// and common weapon words: general knowledge, not taken from the data.
var (
	orgNames = []string{
		"fmln", "farabundo marti national liberation front", "shining path", "sendero luminoso",
		"urng", "guatemalan national revolutionary unity", "manuel rodriguez patriotic front", "fpmr",
		"medellin cartel", "cali cartel", "extraditables", "m-19", "april 19 movement",
		"eln", "national liberation army", "farc", "revolutionary armed forces of colombia",
		"epl", "popular liberation army", "tupac amaru revolutionary movement", "mrta",
		"cinchoneros", "morazanist patriotic front", "contras", "nicaraguan resistance",
	}
	weaponWords = []string{
		"bomb", "bombs", "car bomb", "dynamite", "explosives", "explosive device", "grenade",
		"grenades", "rifles", "machineguns", "machinegun", "mortar", "mortars", "mines", "firearms",
	}
)

func TestDataDevScores(t *testing.T) {
	dir := dataDir(t)
	path := filepath.Join(dir, "processed_gtt", "dev.json")
	docs := readFile(t, path)
	gold := map[string]Doc{}
	for _, d := range docs {
		gold[d.ID] = d
	}
	ctx := context.Background()
	tests := []struct {
		name string
		p    Predictor
		// wantF1 checks the strict and head-noun micro F1 when >= 0.
		wantF1 float64
	}{
		{"oracle (first gold string per entity)", oracle{gold}, 1},
		{"nothing", nothing{}, 0},
		{"lexicon PerpOrg", lexicon{PerpOrg: orgNames}, -1},
		{"lexicon PerpOrg + Weapon", lexicon{PerpOrg: orgNames, Weapon: weaponWords}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rep, preds, err := Run(ctx, path, tt.p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if tt.wantF1 >= 0 && (rep.Strict.Micro.F1 != tt.wantF1 || rep.HeadNoun.Micro.F1 != tt.wantF1) {
				t.Errorf("micro F1 strict %v, head noun %v, want %v", rep.Strict.Micro.F1, rep.HeadNoun.Micro.F1, tt.wantF1)
			}
			if g := rep.Strict.Micro.Gold; g != 148+82+109+85+51 {
				t.Errorf("gold entities = %d, want 475", g)
			}
			var buf bytes.Buffer
			if err := rep.WriteTable(&buf); err != nil {
				t.Fatal(err)
			}
			t.Logf("dev, %s:\n%s", tt.name, buf.String())
			buf.Reset()
			if err := WritePredictions(&buf, docs, preds); err != nil {
				t.Fatal(err)
			}
			var out map[string]json.RawMessage
			if err := json.Unmarshal(buf.Bytes(), &out); err != nil || len(out) != len(docs) {
				t.Errorf("predictions file: %d entries, err %v", len(out), err)
			}
		})
	}
}
