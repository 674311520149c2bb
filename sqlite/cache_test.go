package sqlite

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"dossier"
	"dossier/demo"
	"dossier/extract"
	"dossier/gazetteer"
	"dossier/ingest"
)

// TestKeyCache checks that the writer's cache changes nothing: the demo
// corpus and generated articles (whose shuffled alias statements join and
// split groups often) resolve to the same entities, keys, joins and events
// with the cache, without it, in batches, and when two stores (two
// processes) write to one database in turn.
func TestKeyCache(t *testing.T) {
	if testing.Short() {
		t.Skip("extracts 40 articles")
	}
	ctx := context.Background()
	g, err := gazetteer.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if err := g.LoadExtra(bytes.NewReader(demo.Places())); err != nil {
		t.Fatal(err)
	}
	ex := extract.New(extract.FromGazetteer(g))
	dir := t.TempDir()
	if _, err := demo.Generate(dir, 40, 3, 13); err != nil {
		t.Fatal(err)
	}
	var xs []*dossier.Extraction
	err = ingest.Walk(ctx, []string{dir}, ingest.Options{}, func(it ingest.Item) error {
		if it.Err != nil || it.Doc == nil {
			return it.Err
		}
		x, err := ex.Extract(ctx, it.Doc)
		if err != nil {
			return err
		}
		xs = append(xs, x)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	open := func(path string, off bool) *Store {
		s, err := Open(ctx, path, nil)
		if err != nil {
			t.Fatal(err)
		}
		s.keys.off = off
		t.Cleanup(func() { s.Close() })
		return s
	}
	state := func(s *Store) string {
		// the full-text indexes, filled once a transaction, hold every row
		// with its final values
		for _, q := range []string{
			`INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')`,
			`INSERT INTO events_fts(events_fts) VALUES ('integrity-check')`,
			`INSERT INTO claims_fts(claims_fts) VALUES ('integrity-check')`,
		} {
			if _, err := s.db.Exec(q); err != nil {
				t.Errorf("%s: %v", q, err)
			}
		}
		var out bytes.Buffer
		for _, q := range []string{
			`SELECT id, name, type, actor, COALESCE(country, ''), COALESCE(lat, 0), n_docs, n_mentions FROM entities ORDER BY id`,
			`SELECT key, entity_id FROM entity_keys ORDER BY key, entity_id`,
			`SELECT into_id, from_name, document_id FROM merges ORDER BY into_id, from_name, document_id`,
			`SELECT doc, local_id, entity_id FROM doc_entities ORDER BY doc, local_id`,
			`SELECT id, type, date, location, COALESCE(perpetrator_id, 0), COALESCE(cell, 0) FROM events ORDER BY id`,
			`SELECT rowid, type, location, perpetrator FROM events_fts WHERE events_fts MATCH 'bombing OR attack OR kidnapping' ORDER BY rowid`,
			`SELECT rowid FROM documents_fts WHERE documents_fts MATCH 'covenant' ORDER BY rowid`,
			`SELECT COUNT(*) FROM claims_fts`,
		} {
			rows, err := s.db.Query(q)
			if err != nil {
				t.Fatal(err)
			}
			cols, _ := rows.Columns()
			for rows.Next() {
				vals := make([]any, len(cols))
				ptrs := make([]any, len(cols))
				for i := range vals {
					ptrs[i] = &vals[i]
				}
				if err := rows.Scan(ptrs...); err != nil {
					t.Fatal(err)
				}
				fmt.Fprintln(&out, vals...)
			}
			rows.Close()
		}
		return out.String()
	}
	putAll := func(s *Store, xs []*dossier.Extraction) {
		for _, x := range xs {
			if _, err := s.Put(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
	}
	ref := open(filepath.Join(t.TempDir(), "ref.db"), true)
	putAll(ref, xs)
	want := state(ref)
	var joins int
	if err := ref.db.QueryRow(`SELECT COUNT(*) FROM merges`).Scan(&joins); err != nil || joins == 0 {
		t.Fatalf("the corpus joins no entities (%d, %v): the test would prove little", joins, err)
	}

	t.Run("cache", func(t *testing.T) {
		s := open(filepath.Join(t.TempDir(), "a.db"), false)
		putAll(s, xs)
		if got := state(s); got != want {
			t.Errorf("with the cache the store differs:\n%s", firstDiff(got, want))
		}
	})
	t.Run("batches", func(t *testing.T) {
		s := open(filepath.Join(t.TempDir(), "b.db"), false)
		for i := 0; i < len(xs); i += 16 {
			b, err := s.begin(ctx)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range xs[i:min(i+16, len(xs))] {
				if _, err := b.Put(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			if err := b.Commit(); err != nil {
				t.Fatal(err)
			}
		}
		if got := state(s); got != want {
			t.Errorf("in batches the store differs:\n%s", firstDiff(got, want))
		}
	})
	t.Run("two writers", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "c.db")
		a, b := open(path, false), open(path, false)
		for i, x := range xs {
			s := a
			if i%3 == 2 {
				s = b
			}
			if _, err := s.Put(ctx, x); err != nil {
				t.Fatal(err)
			}
		}
		if got := state(a); got != want {
			t.Errorf("with two writers the store differs:\n%s", firstDiff(got, want))
		}
	})
}

// firstDiff shows where two multi-line texts first differ.
func firstDiff(got, want string) string {
	gl, wl := bytes.Split([]byte(got), []byte("\n")), bytes.Split([]byte(want), []byte("\n"))
	for i := 0; i < len(gl) || i < len(wl); i++ {
		var g, w []byte
		if i < len(gl) {
			g = gl[i]
		}
		if i < len(wl) {
			w = wl[i]
		}
		if !reflect.DeepEqual(g, w) {
			return fmt.Sprintf("line %d:\n got %s\nwant %s", i+1, g, w)
		}
	}
	return "(equal)"
}
