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

// TestBandTier checks that a near-copy is found whether its original's
// band keys are still held in memory or already written to the band table:
// across the writing, a reopening, a rolled back batch and another
// connection's documents; and that the table and the memory together hold
// each original's keys once.
func TestBandTier(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	s := openAt(t, path)
	s.bands.max = 3
	var texts, ids []string
	story := func(i int) *dossier.Extraction {
		text := storyText(i, 300)
		b := newDoc(t, fmt.Sprintf("%d.txt", i), text)
		b.x.Document.Signature = near.Signature(text)
		return b.x
	}
	putStory := func(s *Store, i int) {
		x := story(i)
		put(t, s, x)
		texts, ids = append(texts, x.Document.Text), append(ids, x.Document.ID)
	}
	check := func(s *Store, when string) {
		t.Helper()
		for i, text := range texts {
			edited := text[:len(text)-40] + " and the road to Velmora stayed shut.\n"
			id, sim, ok, err := s.NearCopy(ctx, near.Signature(edited), 0)
			if err != nil || !ok || id != ids[i] {
				t.Errorf("%s: NearCopy of story %d edited = %s %.2f %v %v, want %s", when, i, id, sim, ok, err, ids[i])
			}
		}
		var rows, mark, sigs int
		if err := s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM doc_bands), (SELECT upto FROM search_state WHERE name = 'bands'), (SELECT COUNT(*) FROM signatures)`).Scan(&rows, &mark, &sigs); err != nil {
			t.Fatal(err)
		}
		if s.bands.loaded && (rows/near.Bands+s.bands.docs != sigs || rows%near.Bands != 0) {
			t.Errorf("%s: %d band keys in the table and %d documents in memory for %d originals", when, rows, s.bands.docs, sigs)
		}
	}
	for i := range 5 {
		putStory(s, i)
	}
	var rows, mark int
	if err := s.db.QueryRow(`SELECT (SELECT COUNT(*) FROM doc_bands), (SELECT upto FROM search_state WHERE name = 'bands')`).Scan(&rows, &mark); err != nil {
		t.Fatal(err)
	}
	if rows != 3*near.Bands || mark != 3 || s.bands.docs != 2 {
		t.Errorf("after 5 originals with a tier of 3: %d band keys in the table up to document %d, %d in memory; want %d, 3, 2", rows, mark, s.bands.docs, 3*near.Bands)
	}
	check(s, "after writing the tier")

	// a batch that rolls back leaves nothing behind
	b, err := s.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	gone := story(50)
	if _, err := b.Put(ctx, gone); err != nil {
		t.Fatal(err)
	}
	if id, _, ok, err := b.(*Batch).NearCopy(ctx, gone.Document.Signature, 0); err != nil || id != gone.Document.ID || !ok {
		t.Errorf("inside its batch, NearCopy of a document = %s %v %v, want itself", id, ok, err)
	}
	b.Rollback()
	if id, _, ok, _ := s.NearCopy(ctx, gone.Document.Signature, 0); ok {
		t.Errorf("NearCopy found %s, of a rolled back batch", id)
	}
	check(s, "after a rollback")

	// another connection's originals are found, wherever their keys are
	other := openAt(t, path)
	other.bands.max = 2
	putStory(other, 5)
	putStory(other, 6)
	check(s, "after another connection wrote")
	putStory(s, 7)
	check(other, "after the first connection wrote")

	s.Close()
	again := openAt(t, path)
	check(again, "reopened")
}
