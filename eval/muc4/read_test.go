package muc4

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// Fictional lines in both processed forms. The GTT doc has two templates
// whose fillers overlap; the GRIT line holds what GRIT's preprocessing makes
// of them.
const (
	gttLine = `{"docid": "TST9-MUC9-0001", "doctext": "rebels of the red dawn front attacked the post at villa sur. the rdf later bombed the bridge.", "templates": [` +
		`{"incident_type": "attack", "PerpInd": [[["rebels", 0]]], "PerpOrg": [[["red dawn front", 14], ["rdf", 62]]], "Target": [[["post", 42]]], "Victim": [], "Weapon": []}, ` +
		`{"incident_type": "bombing", "PerpInd": [], "PerpOrg": [[["rdf", 62]]], "Target": [[["the bridge", 82], ["bridge", 86]]], "Victim": [], "Weapon": [[["bomb", 99]]]}]}`
	gritLine = `{"docid": "TST9-MUC9-0001", "doctext": "rebels of the red dawn front attacked the post at villa sur. the rdf later bombed the bridge.", "extracts": {` +
		`"PerpInd": [[["rebels", 0]]], "PerpOrg": [[["red dawn front", 14], ["rdf", 62]]], "Target": [[["post", 42]], [["the bridge", 82], ["bridge", 86]]], "Victim": [], "Weapon": [[["bomb", 99]]]}}`
)

func TestReadGTTUnionEqualsGRIT(t *testing.T) {
	gtt, err := Read(strings.NewReader(gttLine + "\n"))
	if err != nil {
		t.Fatal(err)
	}
	grit, err := Read(strings.NewReader(gritLine))
	if err != nil {
		t.Fatal(err)
	}
	if len(gtt) != 1 || len(grit) != 1 {
		t.Fatalf("got %d and %d docs, want 1 and 1", len(gtt), len(grit))
	}
	if !reflect.DeepEqual(gtt[0].Gold, grit[0].Gold) {
		t.Errorf("GTT union\n%v\nGRIT extracts\n%v", gtt[0].Gold, grit[0].Gold)
	}
	if got := len(gtt[0].Templates); got != 2 {
		t.Fatalf("templates = %d, want 2", got)
	}
	if tt := gtt[0].Templates[1]; tt.IncidentType != "bombing" || !reflect.DeepEqual(tt.Roles[Weapon], [][]string{{"bomb"}}) || tt.Roles[Victim] == nil {
		t.Errorf("template 2 = %+v", tt)
	}
	if grit[0].Templates != nil {
		t.Errorf("GRIT line has templates %v", grit[0].Templates)
	}
}

func TestUnionTemplates(t *testing.T) {
	e := func(ms ...string) entity {
		var out entity
		for i, m := range ms {
			out = append(out, mention{m, 10 * (len(m) + i)})
		}
		return out
	}
	at := func(off int, ms ...string) entity {
		en := e(ms...)
		en[0].off = off
		return en
	}
	tests := []struct {
		name  string
		temps []map[string][]entity
		want  [][]string
	}{
		{"subset of earlier is dropped",
			[]map[string][]entity{{Victim: {at(5, "ana pereda", "pereda")}}, {Victim: {at(5, "pereda")}}},
			[][]string{{"ana pereda", "pereda"}}},
		{"superset of earlier is dropped, earlier kept",
			[]map[string][]entity{{Victim: {at(5, "pereda")}}, {Victim: {at(1, "ana pereda", "pereda")}}},
			[][]string{{"pereda"}}},
		{"sharing one mention is not merging",
			[]map[string][]entity{{Victim: {at(5, "ana", "pereda")}}, {Victim: {at(1, "pereda", "the widow")}}},
			[][]string{{"pereda", "the widow"}, {"ana", "pereda"}}},
		{"sorted by first mention, stable",
			[]map[string][]entity{{Victim: {at(9, "b"), at(3, "a")}}, {Victim: {at(3, "c")}}},
			[][]string{{"a"}, {"c"}, {"b"}}},
		{"within one template too",
			[]map[string][]entity{{Victim: {at(2, "x"), at(2, "x")}}},
			[][]string{{"x"}}},
		{"nothing", nil, [][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := unionTemplates(tt.temps)
			if !reflect.DeepEqual(got[Victim], tt.want) {
				t.Errorf("Victim = %q, want %q", got[Victim], tt.want)
			}
			for _, r := range Roles {
				if got[r] == nil {
					t.Errorf("role %s is nil", r)
				}
			}
		})
	}
}

func TestReadDropsEmptyEntitiesAndSkipsBlankLines(t *testing.T) {
	in := "\n" + `{"docid": "a", "doctext": "x", "extracts": {"Victim": [[], [["x", 0]]]}}` + "\r\n\n" +
		`{"docid": "b", "doctext": "", "templates": []}`
	docs, err := Read(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2", len(docs))
	}
	if got := docs[0].Gold[Victim]; !reflect.DeepEqual(got, [][]string{{"x"}}) {
		t.Errorf("Victim = %q", got)
	}
	for _, d := range docs {
		for _, r := range Roles {
			if d.Gold[r] == nil {
				t.Errorf("doc %s role %s: nil", d.ID, r)
			}
		}
	}
	if docs[1].Templates == nil || len(docs[1].Templates) != 0 {
		t.Errorf("irrelevant doc templates = %#v, want empty non-nil", docs[1].Templates)
	}
}

func TestReadErrors(t *testing.T) {
	ok := `{"docid": "a", "doctext": "x", "extracts": {}}`
	tests := []struct {
		name, in, want string
	}{
		{"bad json", ok + "\n{", "line 2: decode"},
		{"no docid", `{"doctext": "x", "extracts": {}}`, `line 1: missing "docid"`},
		{"no doctext", `{"docid": "a", "extracts": {}}`, `line 1: doc a: missing "doctext"`},
		{"neither", `{"docid": "a", "doctext": "x"}`, "neither"},
		{"both", `{"docid": "a", "doctext": "x", "extracts": {}, "templates": []}`, "both"},
		{"unknown role", `{"docid": "a", "doctext": "x", "extracts": {"Place": []}}`, `unknown role "Place"`},
		{"unknown template key", `{"docid": "a", "doctext": "x", "templates": [{"Date": []}]}`, `template 1: unknown key "Date"`},
		{"mention not a pair", `{"docid": "a", "doctext": "x", "extracts": {"Victim": [["x"]]}}`, "Victim: mention"},
		{"pair of wrong length", `{"docid": "a", "doctext": "x", "extracts": {"Victim": [[["x", 0, 1]]]}}`, "3 elements"},
		{"offset not a number", `{"docid": "a", "doctext": "x", "extracts": {"Victim": [[["x", "0"]]]}}`, `mention "x" offset`},
		{"incident type not a string", `{"docid": "a", "doctext": "x", "templates": [{"incident_type": 3}]}`, "incident_type"},
		{"duplicate", ok + "\n\n" + ok, `line 3: duplicate docid "a" (first on line 1)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q, want it to contain %q", err, tt.want)
			}
		})
	}
}

func FuzzRead(f *testing.F) {
	f.Add([]byte(gttLine + "\n" + strings.Replace(gritLine, "0001", "0002", 1)))
	f.Add([]byte(`{"docid": "a", "doctext": "", "templates": [{"incident_type": "arson", "Victim": [[], [["", -1]]]}]}`))
	f.Add([]byte("{}\n\n[]"))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs, err := Read(bytes.NewReader(data))
		if err != nil {
			return
		}
		ids := map[string]bool{}
		for _, d := range docs {
			if d.ID == "" || ids[d.ID] {
				t.Fatalf("bad or repeated id %q", d.ID)
			}
			ids[d.ID] = true
			for _, r := range Roles {
				if d.Gold[r] == nil {
					t.Fatalf("doc %q role %s: nil", d.ID, r)
				}
				for _, e := range d.Gold[r] {
					if len(e) == 0 {
						t.Fatalf("doc %q role %s: empty entity", d.ID, r)
					}
				}
			}
		}
		// What was read can be scored and written.
		rep := Score(docs, nil, true)
		if rep.Strict.Micro.Matched != 0 {
			t.Fatalf("nothing predicted but %d matched", rep.Strict.Micro.Matched)
		}
		var buf bytes.Buffer
		if err := WritePredictions(&buf, docs, nil); err == nil && !json.Valid(buf.Bytes()) {
			t.Fatalf("invalid predictions JSON: %s", buf.Bytes())
		}
	})
}
