package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"dossier"
	"dossier/storetest"
)

// TestConformance runs the store conformance suite against a database file,
// as the command line opens one (WAL, foreign keys, immediate
// transactions).
func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) dossier.Store {
		s, err := Open(context.Background(), filepath.Join(t.TempDir(), "kb.db"), nil)
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}
