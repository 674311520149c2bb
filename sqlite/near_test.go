package sqlite

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dossier"
	"dossier/assemble"
	"dossier/near"
)

// storyText is an original text of about n words about fictional places,
// the same for the same seed.
func storyText(seed, n int) string {
	words := strings.Fields(`the convoy left Velmora at dawn and crossed the Ardent river
		before the militia of the Grey Pass stopped it near the old mill where
		elders of Tarrow said the road had been closed since the spring floods`)
	var b strings.Builder
	for i := range n {
		b.WriteString(words[(i*7+seed*3+i/5)%len(words)])
		if i%13 == 12 {
			b.WriteString(" " + strconv.Itoa(seed*100+i) + ".\n")
		} else {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// TestBandsMigration checks that a store of the schema before migration
// 10 (band keys and signatures keyed by the document's text id) keeps
// finding near-copies of its documents once upgraded, and that deleting a
// document takes its band keys and signature with it.
func TestBandsMigration(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	db := oldSchema(t, path, 9)
	// three originals stored the old way, out of id order
	var texts, ids []string
	for i := range 3 {
		text := storyText(i, 300)
		id := dossier.TextID(text)
		sig := near.Signature(text)
		if _, err := db.Exec(`INSERT INTO documents(id, seq, path, text, extraction, ingested_at) VALUES(?, ?, ?, ?, '{}', '2026-01-01T00:00:00Z')`,
			id, i+1, fmt.Sprintf("%d.txt", i), text); err != nil {
			t.Fatal(err)
		}
		for b, k := range near.BandKeys(sig) {
			if _, err := db.Exec(`INSERT INTO doc_bands(band, key, document_id) VALUES(?, ?, ?)`, b, int64(k), id); err != nil {
				t.Fatal(err)
			}
		}
		if _, err := db.Exec(`INSERT INTO signatures(document_id, seq, signature) VALUES(?, ?, ?)`, id, i+1, assemble.EncodeSignature(sig)); err != nil {
			t.Fatal(err)
		}
		texts, ids = append(texts, text), append(ids, id)
	}
	db.Close()

	s := openAt(t, path)
	sigs, err := s.Signatures(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sigs) != 3 {
		t.Fatalf("Signatures after the migration: %d, want 3", len(sigs))
	}
	for i, sg := range sigs {
		if sg.DocumentID != ids[i] || !slices.Equal(sg.Values, near.Signature(texts[i])) {
			t.Errorf("signature %d = %s, want %s's, intact and in order", i, sg.DocumentID, ids[i])
		}
	}
	for i, text := range texts {
		// the same story with its last sentence changed
		edited := text[:len(text)-40] + " and the road to Velmora stayed shut.\n"
		id, sim, ok, err := s.NearCopy(ctx, near.Signature(edited), 0)
		if err != nil || !ok || id != ids[i] || sim < near.DefaultThreshold {
			t.Errorf("NearCopy of story %d edited = %s %.2f %v %v, want %s", i, id, sim, ok, err, ids[i])
		}
	}
	if _, err := s.db.Exec(`DELETE FROM documents WHERE id = ?`, ids[1]); err != nil {
		t.Fatal(err)
	}
	var bands, signatures int
	if err := s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM doc_bands), (SELECT COUNT(*) FROM signatures)`).Scan(&bands, &signatures); err != nil {
		t.Fatal(err)
	}
	if bands != 2*near.Bands || signatures != 2 {
		t.Errorf("after deleting a document: %d band keys and %d signatures, want %d and 2", bands, signatures, 2*near.Bands)
	}
	if id, _, ok, _ := s.NearCopy(ctx, near.Signature(texts[1]), 0); ok {
		t.Errorf("NearCopy of a deleted document found %s", id)
	}
}
