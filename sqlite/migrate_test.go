package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"dossier"
	"dossier/assemble"
	"dossier/near"
)

// oldSchema creates at path a database with the migrations up to upto
// applied, as a store of that version has them.
func oldSchema(t *testing.T, path string, upto int) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	names, _ := migrations.ReadDir("migrations")
	for _, n := range names {
		v, _ := strconv.Atoi(strings.SplitN(n.Name(), "_", 2)[0])
		if v > upto {
			continue
		}
		body, err := migrations.ReadFile("migrations/" + n.Name())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatalf("%s: %v", n.Name(), err)
		}
		if _, err := db.Exec(`INSERT INTO schema_migrations(version, applied_at) VALUES(?, '2026-01-01T00:00:00Z')`, v); err != nil {
			t.Fatal(err)
		}
	}
	return db
}

// columns returns the columns of table tb in schema sch, or nil when it
// has no such table.
func columns(t *testing.T, db *sql.DB, sch, tb string) []string {
	t.Helper()
	rows, err := db.Query(`SELECT name FROM pragma_table_info(?, ?)`, tb, sch)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var c string
		if err := rows.Scan(&c); err != nil {
			t.Fatal(err)
		}
		out = append(out, c)
	}
	return out
}

// downgrade writes at path the store of the file src as a store of schema
// version upto holds it: every row of every table that version has, in
// the columns it has, documents named by id where they now are by seq,
// and its full-text indexes filled. Caches are left empty.
func downgrade(t *testing.T, src, path string, upto int) {
	t.Helper()
	db := oldSchema(t, path, upto)
	defer db.Close()
	if _, err := db.Exec(`ATTACH DATABASE ? AS n`, "file:"+src); err != nil {
		t.Fatal(err)
	}
	rows, err := db.Query(`SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'
		AND name NOT IN ('schema_migrations', 'entity_names', 'dossier_cache', 'dossier_refs')`)
	if err != nil {
		t.Fatal(err)
	}
	var tables []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		tables = append(tables, n)
	}
	rows.Close()
	for _, tb := range tables {
		now := columns(t, db, "n", tb)
		if now == nil {
			continue
		}
		var cols, exprs []string
		join := ""
		for _, c := range columns(t, db, "main", tb) {
			switch {
			case c == "document_id" && slices.Contains(now, "doc"):
				cols, exprs = append(cols, c), append(exprs, "d.id")
				join = " JOIN n.documents d ON d.seq = x.doc"
			case slices.Contains(now, c):
				cols, exprs = append(cols, c), append(exprs, "x."+c)
			}
		}
		q := `INSERT OR REPLACE INTO main.` + tb + `(rowid, ` + strings.Join(cols, ", ") + `) SELECT x.rowid, ` + strings.Join(exprs, ", ") +
			` FROM n.` + tb + ` x` + join + ` ORDER BY x.rowid`
		if _, err := db.Exec(q); err != nil {
			// a table without rowid
			q = `INSERT OR REPLACE INTO main.` + tb + `(` + strings.Join(cols, ", ") + `) SELECT ` + strings.Join(exprs, ", ") + ` FROM n.` + tb + ` x` + join
			if _, err := db.Exec(q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}
	if upto < 12 {
		// before migration 12 the band table held every original's keys
		if _, err := db.Exec(`DELETE FROM main.search_state WHERE name = 'bands'`); err != nil && upto >= 8 {
			t.Fatal(err)
		}
		if upto >= 10 {
			fillBands(t, db)
		}
	}
	if upto >= 8 {
		// the search indexes are filled a transaction at a time since
		// migration 8, no longer by triggers
		claims := `INSERT INTO claims_fts(predicate, value, source, document_id, ev_start)
				SELECT replace(predicate, '_', ' '), value, source, document_id, ev_start FROM claims`
		if upto >= 11 {
			// since migration 11 an entry points at its claim by rowid
			claims = `INSERT INTO claims_fts(rowid, predicate, value, source)
				SELECT rowid, replace(predicate, '_', ' '), value, source FROM claims`
		}
		for _, q := range []string{
			`INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')`,
			`INSERT INTO events_fts(events_fts) VALUES ('rebuild')`,
			claims,
		} {
			if _, err := db.Exec(q); err != nil {
				t.Fatalf("%s: %v", q, err)
			}
		}
	}
}

// TestMigrationsKeepStores checks that a store made by an older schema
// answers as the same store made by the current one once it is opened
// (and so migrated): its dossiers, documents, events, searches and
// document links. Version 10 names documents by id in the rows of its
// documents; version 2 has no search indexes yet.
// fillBands writes the band keys of every signature of db into its band
// table, as stores before migration 12 kept them.
func fillBands(t *testing.T, db *sql.DB) {
	t.Helper()
	rows, err := db.Query(`SELECT seq, signature FROM main.signatures`)
	if err != nil {
		t.Fatal(err)
	}
	var vals [][3]int64
	for rows.Next() {
		var seq int64
		var blob []byte
		if err := rows.Scan(&seq, &blob); err != nil {
			t.Fatal(err)
		}
		for b, k := range near.BandKeys(assemble.DecodeSignature(blob)) {
			vals = append(vals, [3]int64{int64(b), int64(k), seq})
		}
	}
	rows.Close()
	for _, v := range vals {
		if _, err := db.Exec(`INSERT INTO main.doc_bands(band, key, seq) VALUES(?, ?, ?)`, v[0], v[1], v[2]); err != nil {
			t.Fatal(err)
		}
	}
}

func TestMigrationsKeepStores(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	src := filepath.Join(dir, "now.db")
	s := openAt(t, src)
	searchFixture(t, s)
	put(t, s, newDocWith(t, "ridge.txt", "Ridge Brigade, also known as NW Front, attacked.\n", "Ridge Brigade", "NW Front").x)
	story := newDoc(t, "story.txt", storyText(1, 300))
	story.x.Document.Signature = near.Signature(story.x.Document.Text)
	put(t, s, story.x)
	want := answers(ctx, t, s)
	if len(want) == 0 {
		t.Fatal("no answers from the current store")
	}
	s.Close()
	for _, upto := range []int{2, 10, 11} {
		t.Run(strconv.Itoa(upto), func(t *testing.T) {
			path := filepath.Join(dir, "v"+strconv.Itoa(upto)+".db")
			downgrade(t, src, path, upto)
			old := openAt(t, path)
			got := answers(ctx, t, old)
			for k, w := range want {
				if got[k] != w {
					t.Errorf("%s after migrating from version %d:\n got %s\nwant %s", k, upto, got[k], w)
				}
			}
			if len(got) != len(want) {
				t.Errorf("%d answers, want %d", len(got), len(want))
			}
			// an original stored before is found from its signature (stores
			// before migration 9 kept none)
			if upto >= 9 {
				if id, _, ok, err := old.NearCopy(ctx, story.x.Document.Signature, 0); err != nil || !ok || id != story.x.Document.ID {
					t.Errorf("NearCopy of a stored original after migrating from version %d = %s %v %v", upto, id, ok, err)
				}
			}
			// and it takes new documents as a new store does
			put(t, old, newDocWith(t, "late.txt", "The NW Front attacked again.\n", "NW Front").x)
			res, err := old.Search(ctx, "NW Front", 10)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Documents) != 4 {
				t.Errorf("Search after a new document: %d documents, want 4", len(res.Documents))
			}
		})
	}
}

// answers returns what a store answers, as JSON by question.
func answers(ctx context.Context, t *testing.T, s *Store) map[string]string {
	t.Helper()
	out := map[string]string{}
	add := func(k string, v any, err error) {
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		js, err := json.Marshal(v)
		if err != nil {
			t.Fatal(err)
		}
		out[k] = string(js)
	}
	es, err := s.Entities(ctx, "")
	add("entities", es, err)
	for _, e := range es {
		d, err := s.Dossier(ctx, e.ID)
		add("dossier "+e.Name, d, err)
	}
	docs, err := s.Documents(ctx)
	add("documents", docs, err)
	for _, d := range docs {
		l, err := s.DocumentLinks(ctx, d.ID)
		add("links "+d.Path, l, err)
	}
	evs, err := s.Events(ctx, dossier.EventFilter{})
	add("events", evs, err)
	for _, q := range []string{"NW Front", "Northern Wolves", "fighters", "Kessovar"} {
		r, err := s.Search(ctx, q, 10)
		add("search "+q, r, err)
	}
	return out
}
