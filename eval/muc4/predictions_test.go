package muc4

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func TestGRITID(t *testing.T) {
	tests := []struct{ in, want string }{
		{"TST1-MUC3-0001", "10001"},
		{"TST2-MUC4-0100", "20100"},
		{"TST4-MUC4-0099", "40099"},
		{"DEV-MUC3-0001", "DEV-MUC3-0001"},
		{"TST3-MUC4-00x1", "TST3-MUC4-00x1"},
		{"TST3-MUC4-", "TST3-MUC4-"},
		{"x", "x"},
		{"-1", "-1"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := GRITID(tt.in); got != tt.want {
			t.Errorf("GRITID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// gritPredFile is the part of a predictions file GRIT's eval.py reads.
type gritPredFile map[string]struct {
	DocID        string                `json:"docid"`
	PredExtracts map[string][][]string `json:"pred_extracts"`
	GoldExtracts map[string][][]string `json:"gold_extracts"`
}

func TestWritePredictions(t *testing.T) {
	doc := fictionalDoc()
	other := Doc{ID: "DEV-MUC3-0007", Gold: map[string][][]string{Victim: {{"x", "y"}}}}
	preds := map[string]Prediction{doc.ID: {PerpOrg: {"rdf", "The R.D.F."}, "Location": {"villa sur"}}}
	var buf bytes.Buffer
	if err := WritePredictions(&buf, []Doc{doc, other}, preds); err != nil {
		t.Fatal(err)
	}
	var got gritPredFile
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v in\n%s", err, buf.Bytes())
	}
	a, ok := got["90001"]
	if !ok || a.DocID != doc.ID {
		t.Fatalf("no entry 90001 for %s in %v", doc.ID, got)
	}
	if want := [][]string{{"rdf"}, {"The R.D.F."}}; !reflect.DeepEqual(a.PredExtracts[PerpOrg], want) {
		t.Errorf("pred PerpOrg = %q, want %q", a.PredExtracts[PerpOrg], want)
	}
	if !reflect.DeepEqual(a.GoldExtracts, doc.Gold) {
		t.Errorf("gold = %v, want %v", a.GoldExtracts, doc.Gold)
	}
	b := got["DEV-MUC3-0007"]
	if len(b.PredExtracts) != len(Roles) || len(b.GoldExtracts) != len(Roles) {
		t.Errorf("doc without prediction: pred %v gold %v, want all five roles", b.PredExtracts, b.GoldExtracts)
	}
	// Empty roles are [], not null; other roles are not written; document
	// order is kept.
	s := buf.String()
	if strings.Contains(s, "null") || strings.Contains(s, "Location") {
		t.Errorf("unexpected null or extra role in\n%s", s)
	}
	if strings.Index(s, "90001") > strings.Index(s, "DEV-MUC3-0007") {
		t.Errorf("documents out of order:\n%s", s)
	}
	golden := filepath.Join("testdata", "predictions.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("output differs from %s (run with -update to accept):\n%s", golden, buf.Bytes())
	}
}

func TestWritePredictionsDuplicateGRITID(t *testing.T) {
	docs := []Doc{{ID: "TST1-MUC3-0001"}, {ID: "XYZ1-MUC4-1"}}
	if err := WritePredictions(&bytes.Buffer{}, docs, nil); err == nil {
		t.Fatal("no error for two docs with GRIT id 10001")
	}
}

func TestWriteTable(t *testing.T) {
	doc := fictionalDoc()
	preds := map[string]Prediction{doc.ID: {
		PerpInd: {"gunmen", "the rebels"},
		PerpOrg: {"rdf"},
		Target:  {"the old bridge"},
		Weapon:  {"dynamite"},
	}}
	rep := Score([]Doc{doc}, preds, true)
	rep.Failures = []Failure{{DocID: "TST9-MUC9-0002", Err: "model timed out"}}
	var buf bytes.Buffer
	if err := rep.WriteTable(&buf); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "table.golden")
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("table differs from %s (run with -update to accept):\n%s", golden, buf.Bytes())
	}
	// The report is also what `--json` would print.
	if _, err := json.Marshal(rep); err != nil {
		t.Fatal(err)
	}
}
