package muc4

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// predictFunc adapts a function to Predictor.
type predictFunc func(ctx context.Context, doc Doc) (Prediction, error)

func (f predictFunc) Predict(ctx context.Context, doc Doc) (Prediction, error) { return f(ctx, doc) }

func writeTemp(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "muc.json")
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestRun(t *testing.T) {
	second := `{"docid": "TST9-MUC9-0002", "doctext": "nothing happened.", "templates": []}`
	path := writeTemp(t, gttLine+"\n"+second+"\n")
	var progress []int
	p := predictFunc(func(ctx context.Context, doc Doc) (Prediction, error) {
		if doc.Gold != nil || doc.Templates != nil {
			t.Errorf("predictor sees gold of %s", doc.ID)
		}
		if doc.ID == "TST9-MUC9-0002" {
			return nil, errors.New("model unavailable")
		}
		if !strings.Contains(doc.Text, "red dawn front") {
			t.Errorf("text of %s not passed", doc.ID)
		}
		return Prediction{PerpOrg: {"red dawn front"}, Weapon: {"bomb"}}, nil
	})
	rep, preds, err := Run(context.Background(), path, p, Options{Progress: func(done, total int) {
		progress = append(progress, done, total)
	}})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 2 || len(preds) != 2 {
		t.Errorf("docs = %d, preds = %d, want 2 and 2", rep.Docs, len(preds))
	}
	if len(rep.Failures) != 1 || rep.Failures[0].DocID != "TST9-MUC9-0002" {
		t.Errorf("failures = %v", rep.Failures)
	}
	if m := rep.Strict.Micro; m.Matched != 2 || m.Predicted != 2 || m.Gold != 5 {
		t.Errorf("micro = %+v, want 2 matched, 2 predicted, 5 gold", m)
	}
	if rep.HeadNoun == nil {
		t.Error("no head-noun table by default")
	}
	if want := []int{1, 2, 2, 2}; len(progress) != 4 || progress[0] != want[0] || progress[2] != want[2] {
		t.Errorf("progress = %v, want %v", progress, want)
	}

	rep, _, err = Run(context.Background(), path, p, Options{StrictOnly: true, Limit: 1})
	if err != nil {
		t.Fatal(err)
	}
	if rep.Docs != 1 || rep.HeadNoun != nil || len(rep.Failures) != 0 {
		t.Errorf("with Limit 1 and StrictOnly: %+v", rep)
	}
}

func TestRunErrors(t *testing.T) {
	nothing := predictFunc(func(ctx context.Context, doc Doc) (Prediction, error) { return nil, ctx.Err() })
	if _, _, err := Run(context.Background(), filepath.Join(t.TempDir(), "absent.json"), nothing, Options{}); err == nil {
		t.Error("no error for a missing file")
	}
	bad := writeTemp(t, gttLine+"\n{oops\n")
	if _, _, err := Run(context.Background(), bad, nothing, Options{}); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("error %v, want one naming line 2", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, _, err := Run(ctx, writeTemp(t, gttLine), nothing, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("error %v, want context.Canceled", err)
	}
}
