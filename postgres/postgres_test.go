package postgres

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/jackc/pgx/v5"

	"dossier"
	"dossier/storetest"
)

// The tests run against a real server: DOSSIER_PG_URL names a database
// they may create schemas in (scripts/test starts a throwaway cluster and
// sets it). Each test gets a schema of its own, dropped at the end.

// serverURL returns DOSSIER_PG_URL, or skips the test when it is unset
// (fails it under CI=true, where the server must be there).
func serverURL(t *testing.T) string {
	t.Helper()
	u := os.Getenv("DOSSIER_PG_URL")
	if u == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("DOSSIER_PG_URL is not set: under CI=true the PostgreSQL tests must run (scripts/test starts a server)")
		}
		t.Skip("DOSSIER_PG_URL is not set: skipping the PostgreSQL tests (scripts/test starts a throwaway server and sets it)")
	}
	return u
}

// withSearchPath returns the connection string u with its search_path set
// to schema.
func withSearchPath(t *testing.T, u, schema string) string {
	t.Helper()
	if strings.Contains(u, "://") {
		p, err := url.Parse(u)
		if err != nil {
			t.Fatalf("DOSSIER_PG_URL: %v", err)
		}
		q := p.Query()
		q.Set("search_path", schema)
		p.RawQuery = q.Encode()
		return p.String()
	}
	return u + " search_path=" + schema
}

// newSchema creates an empty schema for one test and returns a connection
// string whose knowledge base lives in it; the schema is dropped when the
// test ends.
func newSchema(t *testing.T) string {
	t.Helper()
	base := serverURL(t)
	ctx := context.Background()
	b := make([]byte, 6)
	rand.Read(b)
	schema := "dossier_test_" + hex.EncodeToString(b)
	conn, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatalf("connect to DOSSIER_PG_URL: %v", err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, `CREATE SCHEMA `+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		conn, err := pgx.Connect(ctx, base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	return withSearchPath(t, base, schema)
}

// open opens a store on the knowledge base at u, closed when the test
// ends.
func open(t *testing.T, u string) *Store {
	t.Helper()
	s, err := Open(context.Background(), u, nil)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	serverURL(t)
	storetest.Run(t, func(t *testing.T) dossier.Store { return open(t, newSchema(t)) })
}

func TestMigrations(t *testing.T) {
	u := newSchema(t)
	ctx := context.Background()
	// several processes opening a new knowledge base at once
	var wg sync.WaitGroup
	stores := make([]*Store, 3)
	errs := make([]error, len(stores))
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = Open(ctx, u, nil)
		}()
	}
	wg.Wait()
	for i, s := range stores {
		if errs[i] != nil {
			t.Fatalf("concurrent Open %d: %v", i, errs[i])
		}
		t.Cleanup(func() { s.Close() })
	}
	s := stores[0]
	v, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	names, _ := migrations.ReadDir("migrations")
	var applied int
	if err := s.pool.QueryRow(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	if applied != len(names) || v != len(names) {
		t.Errorf("schema version %d with %d migrations applied, want %d each", v, applied, len(names))
	}
	// reopening applies nothing again
	s2 := open(t, u)
	var again int
	if err := s2.pool.QueryRow(ctx, `SELECT COUNT(*) FROM schema_migrations`).Scan(&again); err != nil {
		t.Fatal(err)
	}
	if again != applied {
		t.Errorf("reopening: %d migrations applied, want %d", again, applied)
	}
}

// TestConcurrentProcesses stores documents naming one group by several
// names through several Stores (each its own pool, as several ingest
// processes would have) at once: one global entity must result, joined by
// merges and not duplicated.
func TestConcurrentProcesses(t *testing.T) {
	u := newSchema(t)
	ctx := context.Background()
	const procs, perProc = 3, 6
	stores := make([]*Store, procs)
	for i := range stores {
		stores[i] = open(t, u)
	}
	forms := []string{"Tidewater Guild", "Guild of the Tidewater", "TWG"}
	var wg sync.WaitGroup
	errs := make(chan error, procs*perProc)
	for p, s := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range perProc {
				n := p*perProc + i
				a, b := forms[n%3], forms[(n+1)%3]
				text := fmt.Sprintf("Notice %d: the %s, or %s, raised its levy at Orrin Sands.\n", n, a, b)
				x := &dossier.Extraction{Document: dossier.Document{ID: dossier.TextID(text), Path: fmt.Sprintf("p%d/%d.txt", p, i), Text: text},
					Sentences: []dossier.Span{{Start: 0, End: len(text) - 1}}}
				ia, ib := strings.Index(text, a), strings.Index(text, b)
				x.Entities = []dossier.Entity{{ID: "e1", Name: a, Type: dossier.ArmedGroup, Aliases: []string{b},
					Mentions:      []dossier.Mention{{Start: ia, End: ia + len(a), Text: a}, {Start: ib, End: ib + len(b), Text: b}},
					AliasEvidence: []dossier.AliasEvidence{{Alias: b, How: "stated", Evidence: dossier.Evidence{Start: 0, End: len(text) - 1, Text: text[:len(text)-1]}}}}}
				res, err := s.Put(ctx, x)
				if err == nil && !res.Added {
					err = fmt.Errorf("Put(%s) not added", x.Document.Path)
				}
				errs <- err
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	es, err := stores[0].Entities(ctx, dossier.ArmedGroup)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Documents != procs*perProc {
		t.Errorf("armed groups %+v, want one in %d documents", es, procs*perProc)
	}
	for _, f := range forms {
		if g, err := stores[1].Find(ctx, f); err != nil || len(g) != 1 {
			t.Errorf("Find(%q) = %+v, %v; want the one group", f, g, err)
		}
	}
}

// TestSamePutTwiceAtOnce puts one document through two Stores at once:
// exactly one Put adds it.
func TestSamePutTwiceAtOnce(t *testing.T) {
	u := newSchema(t)
	ctx := context.Background()
	a, b := open(t, u), open(t, u)
	for round := range 5 {
		text := fmt.Sprintf("Round %d: the Tidewater Guild raised its levy.\n", round)
		x := &dossier.Extraction{Document: dossier.Document{ID: dossier.TextID(text), Path: "x.txt", Text: text},
			Entities: []dossier.Entity{{ID: "e1", Name: "Tidewater Guild", Type: dossier.ArmedGroup,
				Mentions: []dossier.Mention{{Start: 13, End: 28, Text: "Tidewater Guild"}}}}}
		var wg sync.WaitGroup
		results := make([]dossier.PutResult, 2)
		errs := make([]error, 2)
		for i, s := range []*Store{a, b} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				results[i], errs[i] = s.Put(ctx, x)
			}()
		}
		wg.Wait()
		if errs[0] != nil || errs[1] != nil {
			t.Fatalf("round %d: Put errors %v, %v", round, errs[0], errs[1])
		}
		if results[0].Added == results[1].Added {
			t.Errorf("round %d: Added %v and %v, want exactly one", round, results[0].Added, results[1].Added)
		}
	}
	ds, err := a.Documents(ctx)
	if err != nil || len(ds) != 5 {
		t.Errorf("%d documents, %v; want 5", len(ds), err)
	}
	if g, err := a.Find(ctx, "Tidewater Guild"); err != nil || len(g) != 1 || g[0].Documents != 5 || g[0].Mentions != 5 {
		t.Errorf("Find = %+v, %v; want one group in 5 documents with 5 mentions", g, err)
	}
}

// TestNUL checks a text PostgreSQL cannot hold is refused as invalid.
func TestNUL(t *testing.T) {
	s := open(t, newSchema(t))
	text := "A text with a \x00 in it.\n"
	_, err := s.Put(context.Background(), &dossier.Extraction{Document: dossier.Document{ID: dossier.TextID(text), Path: "nul.txt", Text: text}})
	if !errors.Is(err, dossier.ErrInvalid) {
		t.Errorf("Put of a text with NUL: %v, want ErrInvalid", err)
	}
}
