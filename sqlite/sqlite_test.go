package sqlite

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"dossier"
	"dossier/storetest"
)

// The texts of these tests are original and about fictional groups and
// places, except where the built-in knowledge of real actors is the point
// (ISIS and ISIS-K), where only the names are used.

// builder makes an extraction by hand. Each line of the text is a sentence.
type builder struct {
	t *testing.T
	x *dossier.Extraction
}

func newDoc(t *testing.T, path, text string) *builder {
	t.Helper()
	x := &dossier.Extraction{Document: dossier.Document{
		ID: dossier.TextID(text), Path: path, Text: text, Language: "en", Format: "txt",
		Title: dossier.Str(strings.SplitN(text, "\n", 2)[0]),
	}}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		x.Sentences = append(x.Sentences, dossier.Span{Start: start, End: start + len(strings.TrimSuffix(line, "\n"))})
		start += len(line)
	}
	return &builder{t: t, x: x}
}

// evidence returns the evidence for the first occurrence of s.
func (b *builder) evidence(s string) dossier.Evidence {
	b.t.Helper()
	i := strings.Index(b.x.Document.Text, s)
	if i < 0 {
		b.t.Fatalf("%q not in the text", s)
	}
	return dossier.Evidence{Start: i, End: i + len(s), Text: s}
}

// sentence returns the evidence of the sentence holding the first
// occurrence of s.
func (b *builder) sentence(s string) dossier.Evidence {
	b.t.Helper()
	ev := b.x.SentenceOf(b.evidence(s).Start)
	if ev.Text == "" {
		b.t.Fatalf("%q is in no sentence", s)
	}
	return ev
}

// entity adds an entity named name whose other names are aliases (each
// stated in the sentence that first uses it), with a mention for every
// occurrence of every name.
func (b *builder) entity(id string, typ dossier.EntityType, name string, aliases ...string) *dossier.Entity {
	b.t.Helper()
	e := dossier.Entity{ID: id, Name: name, Type: typ, Aliases: aliases}
	text := b.x.Document.Text
	for _, n := range append([]string{name}, aliases...) {
		found := false
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			found = true
			s := off + i
			e.Mentions = append(e.Mentions, dossier.Mention{Start: s, End: s + len(n), Text: n})
			off = s + len(n)
		}
		if !found {
			b.t.Fatalf("name %q not in the text", n)
		}
	}
	slices.SortFunc(e.Mentions, func(a, b dossier.Mention) int { return a.Start - b.Start })
	for _, a := range aliases {
		e.AliasEvidence = append(e.AliasEvidence, dossier.AliasEvidence{Alias: a, How: "stated", Evidence: b.sentence(a)})
	}
	b.x.Entities = append(b.x.Entities, e)
	return &b.x.Entities[len(b.x.Entities)-1]
}

// place adds a location entity with coordinates.
func (b *builder) place(id, name, country string, lat, lon float64) *dossier.Entity {
	e := b.entity(id, dossier.Location, name)
	e.Country, e.Lat, e.Lon = &country, &lat, &lon
	return e
}

func (b *builder) relation(subject, predicate, object, evidence string) {
	b.t.Helper()
	s, o := b.x.EntityByID(subject), b.x.EntityByID(object)
	if s == nil || o == nil {
		b.t.Fatalf("relation %s %s %s: no such entity", subject, predicate, object)
	}
	s.Relations = append(s.Relations, dossier.Relation{Predicate: predicate, Object: o.Name, ObjectID: o.ID, Evidence: b.sentence(evidence)})
}

func (b *builder) claim(subject, predicate, value, evidence string) {
	b.t.Helper()
	s := b.x.EntityByID(subject)
	if s == nil {
		b.t.Fatalf("claim about %s: no such entity", subject)
	}
	b.x.Claims = append(b.x.Claims, dossier.Claim{Subject: s.Name, SubjectEntity: subject, Predicate: predicate,
		Value: dossier.Str(value), Hedge: "stated", Evidence: b.sentence(evidence)})
}

// opener opens a fresh store of one kind.
type opener struct {
	name string
	open func(t *testing.T) *Store
}

var openers = []opener{
	{"memory", func(t *testing.T) *Store { return openAt(t, ":memory:") }},
	{"file", func(t *testing.T) *Store { return openAt(t, filepath.Join(t.TempDir(), "kb.db")) }},
}

var fixedNow = time.Date(2024, 3, 16, 9, 30, 0, 0, time.UTC)

func openAt(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path, nil)
	if err != nil {
		t.Fatalf("Open(%s): %v", path, err)
	}
	s.Now = func() time.Time { return fixedNow }
	t.Cleanup(func() { s.Close() })
	return s
}

// eachStore runs f against an in-memory and a file database.
func eachStore(t *testing.T, f func(t *testing.T, s *Store)) {
	for _, o := range openers {
		t.Run(o.name, func(t *testing.T) { f(t, o.open(t)) })
	}
}

var tables = []string{"documents", "entities", "entity_keys", "doc_entities", "aliases", "mentions", "relations", "claims", "merges"}

// counts returns the number of rows of every table.
func counts(t *testing.T, s *Store) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tb := range tables {
		var n int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM ` + tb).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", tb, err)
		}
		out[tb] = n
	}
	return out
}

// docRows returns the number of rows about one document in every table
// that has a document column.
func docRows(t *testing.T, s *Store, id string) map[string]int {
	t.Helper()
	out := map[string]int{}
	for _, tb := range tables {
		// the rows of a document name it by its seq, but merges by its id
		where := "doc = (SELECT seq FROM documents WHERE id = ?)"
		switch tb {
		case "documents":
			where = "id = ?"
		case "merges":
			where = "document_id = ?"
		case "entities", "entity_keys":
			continue
		}
		var n int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM `+tb+` WHERE `+where, id).Scan(&n); err != nil {
			t.Fatalf("count %s: %v", tb, err)
		}
		if n > 0 {
			out[tb] = n
		}
	}
	return out
}

func put(t *testing.T, s *Store, x *dossier.Extraction) dossier.PutResult {
	t.Helper()
	res, err := s.Put(context.Background(), x)
	if err != nil {
		t.Fatalf("Put(%s): %v", x.Document.Path, err)
	}
	checkCounts(t, s)
	return res
}

// checkCounts checks that the document and mention counts Put keeps on
// each entity are those of its rows.
func checkCounts(t *testing.T, s *Store) {
	t.Helper()
	rows, err := s.db.Query(`SELECT id, name, n_docs, n_mentions,
		(SELECT COUNT(DISTINCT doc) FROM doc_entities WHERE entity_id = e.id),
		(SELECT COUNT(*) FROM mentions WHERE entity_id = e.id) FROM entities e`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var name string
		var kd, km, d, m int
		if err := rows.Scan(&id, &name, &kd, &km, &d, &m); err != nil {
			t.Fatal(err)
		}
		if kd != d || km != m {
			t.Errorf("entity %d %q: kept counts %d documents, %d mentions; rows say %d, %d", id, name, kd, km, d, m)
		}
	}
}

func find(t *testing.T, s *Store, name string) []dossier.GlobalEntity {
	t.Helper()
	es, err := s.Find(context.Background(), name)
	if err != nil {
		t.Fatalf("Find(%q): %v", name, err)
	}
	return es
}

func findOne(t *testing.T, s *Store, name string) dossier.GlobalEntity {
	t.Helper()
	es := find(t, s, name)
	if len(es) != 1 {
		t.Fatalf("Find(%q) = %d entities %v, want 1", name, len(es), names(es))
	}
	return es[0]
}

func names(es []dossier.GlobalEntity) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s[%s]#%d", e.Name, e.Type, e.ID))
	}
	return out
}

func dossierOf(t *testing.T, s *Store, id int64) *dossier.Dossier {
	t.Helper()
	d, err := s.Dossier(context.Background(), id)
	if err != nil {
		t.Fatalf("Dossier(%d): %v", id, err)
	}
	return d
}

// wolves is a document naming a group by two names.
func wolves(t *testing.T) *builder {
	b := newDoc(t, "wolves.txt", "Northern Wolves raid a depot near Dornhal\n"+
		"The Northern Wolves, also known as the NW Front, raided a grain depot near Dornhal on Tuesday.\n"+
		"The NW Front is led by Harald Venn, police said.\n")
	b.entity("e1", dossier.ArmedGroup, "Northern Wolves", "NW Front")
	b.place("e2", "Dornhal", "XA", 48.2, 66.1)
	b.entity("e3", dossier.Person, "Harald Venn")
	b.relation("e1", "operates_in", "e2", "raided a grain depot")
	b.claim("e1", "leader", "Harald Venn", "is led by")
	return b
}

func TestMigrations(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	s, err := Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	v1, err := s.SchemaVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if v1 < 1 {
		t.Fatalf("SchemaVersion = %d after Open, want >= 1", v1)
	}
	var applied int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&applied); err != nil {
		t.Fatal(err)
	}
	names, _ := migrations.ReadDir("migrations")
	if applied != len(names) {
		t.Errorf("schema_migrations has %d rows, want one per migration (%d)", applied, len(names))
	}
	put(t, s, wolves(t).x)
	before := counts(t, s)
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}

	// Reopening applies nothing again and keeps the data.
	for i := range 2 {
		s, err = Open(ctx, path, nil)
		if err != nil {
			t.Fatalf("reopen %d: %v", i, err)
		}
		v2, err := s.SchemaVersion(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if v2 != v1 {
			t.Errorf("reopen %d: SchemaVersion = %d, want %d", i, v2, v1)
		}
		var n int
		if err := s.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		if n != applied {
			t.Errorf("reopen %d: schema_migrations has %d rows, want %d", i, n, applied)
		}
		if got := counts(t, s); !mapsEqual(got, before) {
			t.Errorf("reopen %d: row counts %v, want %v", i, got, before)
		}
		s.Close()
	}
}

func mapsEqual(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

func TestPut(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		x := wolves(t).x
		res := put(t, s, x)
		if !res.Added || res.DocumentID != x.Document.ID {
			t.Fatalf("first Put = %+v, want Added with ID %s", res, x.Document.ID)
		}
		if ok, err := s.HasDocument(ctx, x.Document.ID); err != nil || !ok {
			t.Fatalf("HasDocument after Put = %v, %v", ok, err)
		}
		after := counts(t, s)
		for _, tb := range tables {
			if tb == "merges" {
				continue
			}
			if after[tb] == 0 {
				t.Errorf("table %s is empty after Put", tb)
			}
		}
		got, err := s.Document(ctx, x.Document.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Document.Text != x.Document.Text || len(got.Entities) != len(x.Entities) || len(got.Claims) != 1 {
			t.Errorf("Document returned a different extraction: %d entities, %d claims", len(got.Entities), len(got.Claims))
		}

		// idempotent
		for i := range 2 {
			res := put(t, s, wolves(t).x)
			if res.Added || res.DocumentID != x.Document.ID {
				t.Errorf("Put again (%d) = %+v, want not Added", i, res)
			}
			if c := counts(t, s); !mapsEqual(c, after) {
				t.Errorf("Put again (%d) changed row counts: %v, want %v", i, c, after)
			}
		}

		// an ID that is not the hash of the text
		for _, tc := range []struct {
			name string
			id   string
		}{
			{"empty", ""},
			{"other text's", dossier.TextID("something else")},
			{"upper case", strings.ToUpper(dossier.TextID("Bad id\n"))},
		} {
			bad := newDoc(t, "bad.txt", "Bad id\n")
			bad.x.Document.ID = tc.id
			_, err := s.Put(ctx, bad.x)
			if !errors.Is(err, dossier.ErrInvalid) {
				t.Errorf("Put with %s id: err = %v, want ErrInvalid", tc.name, err)
			}
			if c := counts(t, s); !mapsEqual(c, after) {
				t.Errorf("Put with %s id changed row counts: %v, want %v", tc.name, c, after)
			}
		}
	})
}

// TestPutWholeOrNothing makes Put fail midway, after the document row is
// written, and checks nothing of the document stays.
func TestPutWholeOrNothing(t *testing.T) {
	t.Run("duplicate local entity id", func(t *testing.T) {
		eachStore(t, func(t *testing.T, s *Store) {
			put(t, s, newDocWith(t, "other.txt", "The Saren Rangers were seen near Orvane.\n", "Saren Rangers").x)
			before := counts(t, s)
			b := wolves(t)
			// a buggy extractor giving two entities one id: the second
			// doc_entities insert breaks the primary key, after the
			// document, the first entity and its keys were written.
			b.x.Entities[2].ID = b.x.Entities[0].ID
			_, err := s.Put(context.Background(), b.x)
			if err == nil {
				t.Fatal("Put with a duplicate local entity id succeeded")
			}
			if rows := docRows(t, s, b.x.Document.ID); len(rows) > 0 {
				t.Errorf("failed Put left rows: %v", rows)
			}
			if c := counts(t, s); !mapsEqual(c, before) {
				t.Errorf("failed Put changed row counts: %v, want %v", c, before)
			}
			// the store still works
			if res := put(t, s, wolves(t).x); !res.Added {
				t.Error("Put after a failed Put was not added")
			}
		})
	})
	t.Run("context cancelled midway", func(t *testing.T) {
		eachStore(t, func(t *testing.T, s *Store) {
			put(t, s, newDocWith(t, "other.txt", "The Saren Rangers were seen near Orvane.\n", "Saren Rangers").x)
			before := counts(t, s)
			// Cancel after every possible number of context checks, until
			// Put gets through: every failure must leave nothing.
			failures, reachedInsert := 0, 0
			for after := int64(0); ; after++ {
				if after > 10000 {
					t.Fatal("Put never succeeded")
				}
				x := wolves(t).x
				fc, cancel := storetest.CancelAfter(context.Background(), after)
				var nowCalls atomic.Int64
				s.Now = func() time.Time { nowCalls.Add(1); return fixedNow }
				res, err := s.Put(fc, x)
				cancel()
				if err == nil {
					if !res.Added {
						t.Fatalf("cut after %d: Put = %+v without error, want Added", after, res)
					}
					if rows := docRows(t, s, x.Document.ID); rows["documents"] != 1 || rows["mentions"] == 0 || rows["claims"] != 1 {
						t.Fatalf("cut after %d: Put succeeded but stored %v", after, rows)
					}
					break
				}
				failures++
				if nowCalls.Load() > 0 {
					reachedInsert++
				}
				if rows := docRows(t, s, x.Document.ID); len(rows) > 0 {
					t.Fatalf("cut after %d context checks: Put failed (%v) and left rows %v", after, err, rows)
				}
				if c := counts(t, s); !mapsEqual(c, before) {
					t.Fatalf("cut after %d context checks: Put failed (%v) and changed row counts: %v, want %v", after, err, c, before)
				}
			}
			t.Logf("%d cuts failed, %d of them after the document insert began", failures, reachedInsert)
			// the wolves document runs a few dozen statements: many cuts
			// must have landed inside the transaction.
			if reachedInsert < 10 {
				t.Errorf("only %d of %d failed Puts got as far as the document insert; the test does not cut midway", reachedInsert, failures)
			}
		})
	})
}

// newDocWith returns a document naming one armed group.
func newDocWith(t *testing.T, path, text, group string, aliases ...string) *builder {
	b := newDoc(t, path, text)
	b.entity("e1", dossier.ArmedGroup, group, aliases...)
	return b
}

func TestResolution(t *testing.T) {
	type doc struct {
		text string
		ents [][]string // type, name, aliases...
	}
	type want struct {
		find    string   // a name
		same    []string // names that find the same single entity
		name    string   // its name
		docs    int      // its number of documents
		merged  []string // names the merge reasons must mention
		notSame []string // names that find other entities
	}
	tests := []struct {
		name  string
		docs  []doc
		wants []want
		count map[dossier.EntityType]int // global entities by type
	}{
		{
			name: "alias in one document joins a later document",
			docs: []doc{
				{"The Northern Wolves, also known as the NW Front, burned a bridge.\n", [][]string{{"armed_group", "Northern Wolves", "NW Front"}}},
				{"The NW Front denied burning the bridge.\n", [][]string{{"armed_group", "NW Front"}}},
			},
			wants: []want{{find: "Northern Wolves", same: []string{"NW Front", "nw front", "the NW-Front"}, name: "Northern Wolves", docs: 2, merged: []string{"NW Front"}}},
			count: map[dossier.EntityType]int{dossier.ArmedGroup: 1},
		},
		{
			name: "alias in a later document joins an earlier one",
			docs: []doc{
				{"The NW Front denied burning the bridge.\n", [][]string{{"armed_group", "NW Front"}}},
				{"The Northern Wolves, also known as the NW Front, burned a bridge.\n", [][]string{{"armed_group", "Northern Wolves", "NW Front"}}},
			},
			wants: []want{{find: "Northern Wolves", same: []string{"NW Front"}, docs: 2, merged: []string{"Northern Wolves"}}},
			count: map[dossier.EntityType]int{dossier.ArmedGroup: 1},
		},
		{
			name: "entities named apart in one document and joined by the next count that document once",
			docs: []doc{
				{"The Northern Wolves and the NW Front both denied it.\n", [][]string{{"armed_group", "Northern Wolves"}, {"armed_group", "NW Front"}}},
				{"The Northern Wolves, also known as the NW Front, burned a bridge.\n", [][]string{{"armed_group", "Northern Wolves", "NW Front"}}},
			},
			wants: []want{{find: "Northern Wolves", same: []string{"NW Front"}, docs: 2}},
			count: map[dossier.EntityType]int{dossier.ArmedGroup: 1},
		},
		{
			name: "a document naming two known entities as one merges them",
			docs: []doc{
				{"The Northern Wolves burned a bridge.\n", [][]string{{"armed_group", "Northern Wolves"}}},
				{"The NW Front denied it.\n", [][]string{{"armed_group", "NW Front"}}},
				{"The Northern Wolves, also known as the NW Front, hold the valley.\n", [][]string{{"armed_group", "Northern Wolves", "NW Front"}}},
			},
			wants: []want{{find: "Northern Wolves", same: []string{"NW Front"}, docs: 3, merged: []string{"Northern Wolves", "NW Front"}}},
			count: map[dossier.EntityType]int{dossier.ArmedGroup: 1},
		},
		{
			name: "a branch never joins its parent",
			docs: []doc{
				{"The Crimson Covenant spans three states.\n", [][]string{{"armed_group", "Crimson Covenant"}}},
				{"Crimson Covenant – Saren Province claimed the bombing.\n", [][]string{{"armed_group", "Crimson Covenant – Saren Province"}}},
				{"The Crimson Covenant denied it.\n", [][]string{{"armed_group", "Crimson Covenant"}}},
			},
			wants: []want{
				{find: "Crimson Covenant", docs: 2, notSame: []string{"Crimson Covenant – Saren Province"}},
				{find: "Crimson Covenant – Saren Province", same: []string{"crimson covenant saren province"}, docs: 1},
			},
			count: map[dossier.EntityType]int{dossier.ArmedGroup: 2},
		},
		{
			name: "a branch loosely called by its parent's name stays a branch",
			docs: []doc{
				{"The Crimson Covenant spans three states.\n", [][]string{{"armed_group", "Crimson Covenant"}}},
				{"Crimson Covenant – Saren Province, which locals simply call the Crimson Covenant, claimed it.\n",
					[][]string{{"armed_group", "Crimson Covenant – Saren Province", "Crimson Covenant"}}},
			},
			wants: []want{
				{find: "Crimson Covenant – Saren Province", docs: 1},
			},
			count: map[dossier.EntityType]int{dossier.ArmedGroup: 2},
		},
		{
			name: "known branch and parent: ISIS-K and ISIS",
			docs: []doc{
				{"ISIS claimed the attack.\n", [][]string{{"armed_group", "ISIS"}}},
				{"ISIS-K claimed the attack.\n", [][]string{{"armed_group", "ISIS-K"}}},
				{"The Islamic State Khorasan Province, or ISKP, is a branch of the Islamic State.\n",
					[][]string{{"armed_group", "Islamic State Khorasan Province", "ISKP"}, {"armed_group", "Islamic State"}}},
			},
			wants: []want{
				{find: "ISIS-K", same: []string{"isis k", "ISKP", "Islamic State Khorasan Province", "is-k"}, name: "Islamic State Khorasan Province", docs: 2, notSame: []string{"ISIS", "Islamic State"}},
				{find: "ISIS", same: []string{"Islamic State", "isis"}, name: "Islamic State", docs: 2},
			},
			count: map[dossier.EntityType]int{dossier.ArmedGroup: 2},
		},
		{
			name: "same name, different types",
			docs: []doc{
				{"Fighters entered Veltrana at dawn.\n", [][]string{{"location", "Veltrana"}}},
				{"The Veltrana group said it had no part in the raid.\n", [][]string{{"armed_group", "Veltrana"}}},
				{"Veltrana, the aid network, sent food.\n", [][]string{{"organization", "Veltrana"}}},
			},
			count: map[dossier.EntityType]int{dossier.Location: 1, dossier.ArmedGroup: 1, dossier.Organization: 1},
		},
		{
			name: "a surname alone does not join two people",
			docs: []doc{
				{"Petra Lund runs the programme.\n", [][]string{{"person", "Petra Lund"}}},
				{"Anna Lund, a farmer, saw the fire.\n", [][]string{{"person", "Anna Lund"}}},
				{"Lund said the figure was low.\n", [][]string{{"person", "Lund"}}},
				{"Petra Lund said so again.\n", [][]string{{"person", "Petra Lund"}}},
			},
			wants: []want{{find: "Petra Lund", docs: 2, notSame: []string{"Anna Lund", "Lund"}}},
			count: map[dossier.EntityType]int{dossier.Person: 3},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := openAt(t, ":memory:")
			for i, d := range tc.docs {
				b := newDoc(t, fmt.Sprintf("doc%d.txt", i+1), d.text)
				for j, e := range d.ents {
					b.entity(fmt.Sprintf("e%d", j+1), dossier.EntityType(e[0]), e[1], e[2:]...)
				}
				put(t, s, b.x)
			}
			for typ, n := range tc.count {
				es, err := s.Entities(context.Background(), typ)
				if err != nil {
					t.Fatal(err)
				}
				if len(es) != n {
					t.Errorf("%d %s entities %v, want %d", len(es), typ, names(es), n)
				}
			}
			for _, w := range tc.wants {
				g := findOne(t, s, w.find)
				if w.name != "" && g.Name != w.name {
					t.Errorf("Find(%q) named %q, want %q", w.find, g.Name, w.name)
				}
				if g.Documents != w.docs {
					t.Errorf("Find(%q) = %s in %d documents, want %d", w.find, g.Name, g.Documents, w.docs)
				}
				for _, n := range w.same {
					if o := findOne(t, s, n); o.ID != g.ID {
						t.Errorf("Find(%q) = %s#%d, want the entity of %q, %s#%d", n, o.Name, o.ID, w.find, g.Name, g.ID)
					}
				}
				for _, n := range w.notSame {
					for _, o := range find(t, s, n) {
						if o.ID == g.ID {
							t.Errorf("Find(%q) gives %s#%d, the entity of %q: they must stay apart", n, o.Name, o.ID, w.find)
						}
					}
				}
				d := dossierOf(t, s, g.ID)
				for _, m := range w.merged {
					found := false
					for _, mg := range d.Merges {
						if strings.Contains(mg.Reason, m) && mg.Reason != "" && mg.At.Equal(fixedNow) {
							found = true
						}
					}
					if !found {
						t.Errorf("merges of %s mention no %q (at %v): %+v", g.Name, m, fixedNow, d.Merges)
					}
				}
			}
		})
	}
}

// TestParentRelation checks a known branch is related to its parent,
// whichever is stored first.
func TestParentRelation(t *testing.T) {
	for _, order := range []string{"parent first", "branch first"} {
		t.Run(order, func(t *testing.T) {
			s := openAt(t, ":memory:")
			parent := newDocWith(t, "is.txt", "The Islamic State lost its last town.\n", "Islamic State").x
			branch := newDocWith(t, "isk.txt", "ISIS-K claimed the attack.\n", "ISIS-K").x
			if order == "parent first" {
				put(t, s, parent)
				put(t, s, branch)
			} else {
				put(t, s, branch)
				put(t, s, parent)
			}
			isk, is := findOne(t, s, "ISKP"), findOne(t, s, "ISIS")
			if isk.ID == is.ID {
				t.Fatalf("ISIS-K and ISIS are one entity %s", isk.Name)
			}
			d := dossierOf(t, s, isk.ID)
			var rel *dossier.RelatedEntity
			for i, r := range d.Related {
				if r.Predicate == "parent" {
					rel = &d.Related[i]
				}
			}
			if rel == nil {
				t.Fatalf("%s has no parent relation: %+v", isk.Name, d.Related)
			}
			if rel.Name != "Islamic State" || rel.EntityID != is.ID || rel.Type != dossier.ArmedGroup {
				t.Errorf("parent of %s = %q #%d [%s], want Islamic State #%d [armed_group]", isk.Name, rel.Name, rel.EntityID, rel.Type, is.ID)
			}
			if len(rel.Sources) == 0 || rel.Sources[0].Evidence.Text != "ISIS-K claimed the attack." {
				t.Errorf("parent relation sources = %+v, want the sentence naming the branch", rel.Sources)
			}
			pd := dossierOf(t, s, is.ID)
			found := false
			for _, r := range pd.Related {
				if r.Predicate == "branch" && r.EntityID == isk.ID {
					found = true
				}
			}
			if !found {
				t.Errorf("Islamic State's dossier does not list %s as a branch: %+v", isk.Name, pd.Related)
			}
		})
	}
}

func TestFind(t *testing.T) {
	s := openAt(t, ":memory:")
	put(t, s, newDocWith(t, "a.txt", "ISIS-K claimed the attack.\n", "ISIS-K").x)
	put(t, s, newDocWith(t, "b.txt", "The Vael People’s Liberation Army (VPLA) opened talks.\n", "Vael People’s Liberation Army", "VPLA").x)
	ctx := context.Background()
	for _, tc := range []struct {
		query, want string
		err         error
	}{
		{"ISIS-K", "Islamic State Khorasan Province", nil},
		{"isis k", "Islamic State Khorasan Province", nil},
		{"ISIS K", "Islamic State Khorasan Province", nil},
		{"  Isis-K ", "Islamic State Khorasan Province", nil},
		{"the ISIS-K", "Islamic State Khorasan Province", nil},
		{"ISKP", "Islamic State Khorasan Province", nil},
		{"Vael People's Liberation Army", "Vael People’s Liberation Army", nil},
		{"VAEL PEOPLES LIBERATION ARMY", "Vael People’s Liberation Army", nil},
		{"v.p.l.a.", "Vael People’s Liberation Army", nil},
		{"Northern Wolves", "", dossier.ErrNotFound},
		{"ISIS", "", dossier.ErrNotFound},
		{"", "", dossier.ErrInvalid},
		{" -- ", "", dossier.ErrInvalid},
	} {
		es, err := s.Find(ctx, tc.query)
		if tc.err != nil {
			if !errors.Is(err, tc.err) {
				t.Errorf("Find(%q) = %v, %v; want error %v", tc.query, names(es), err, tc.err)
			}
			continue
		}
		if err != nil || len(es) != 1 || es[0].Name != tc.want {
			t.Errorf("Find(%q) = %v, %v; want [%s]", tc.query, names(es), err, tc.want)
		}
	}
}

// TestDossierEvidence checks every evidence text of a dossier is the byte
// range of its document, with multi-byte characters before the spans.
func TestDossierEvidence(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		text := "«Ærø café» — “Northern Wolves” strike again\n" +
			"Crédit à Dornhal: l’été dernier, the Northern Wolves — known as the NW Front — torched a dépôt near Dornhal.\n" +
			"Naïve observers say the NW Front is led by Søren Ødegård.\n"
		b := newDoc(t, "évidence.txt", text)
		b.entity("e1", dossier.ArmedGroup, "Northern Wolves", "NW Front")
		b.place("e2", "Dornhal", "XA", 48.2, 66.1)
		b.entity("e3", dossier.Person, "Søren Ødegård")
		b.relation("e1", "operates_in", "e2", "torched")
		b.claim("e1", "leader", "Søren Ødegård", "is led by")
		put(t, s, b.x)

		g := findOne(t, s, "nw front")
		d := dossierOf(t, s, g.ID)
		check := func(what string, ev dossier.Evidence) {
			t.Helper()
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End {
				t.Errorf("%s: evidence [%d,%d) outside the text", what, ev.Start, ev.End)
				return
			}
			if want := text[ev.Start:ev.End]; ev.Text != want {
				t.Errorf("%s: evidence [%d,%d) text %q, want %q", what, ev.Start, ev.End, ev.Text, want)
			}
		}
		var checked, multibyte int
		sensitive := func(ev dossier.Evidence) {
			// the same range counted in characters is other text: the
			// test would see a store that counted characters
			r := []rune(text)
			if ev.End <= len(r) && string(r[ev.Start:ev.End]) != ev.Text {
				multibyte++
			} else if ev.End > len(r) {
				multibyte++
			}
		}
		if len(d.Aliases) != 2 || d.Aliases[0].Name != "Northern Wolves" || d.Aliases[1].Name != "NW Front" {
			t.Errorf("aliases = %+v, want Northern Wolves then NW Front", d.Aliases)
		}
		for _, a := range d.Aliases {
			if len(a.Documents) == 0 {
				t.Errorf("alias %s has no documents", a.Name)
			}
			for _, f := range a.Documents {
				if f.DocumentID != b.x.Document.ID || f.Path != "évidence.txt" {
					t.Errorf("alias %s: document %s %s, want %s", a.Name, f.DocumentID, f.Path, b.x.Document.ID)
				}
				check("alias "+a.Name, f.Evidence)
				sensitive(f.Evidence)
				checked++
				if a.Name == "NW Front" && (f.How != "stated" || !strings.Contains(f.Evidence.Text, "known as the NW Front")) {
					t.Errorf("alias NW Front: how %q evidence %q, want stated in the sentence that says so", f.How, f.Evidence.Text)
				}
			}
		}
		for _, f := range d.Mentions {
			check("mention", f.Evidence)
			sensitive(f.Evidence)
			checked++
			if f.Evidence.Text != "Northern Wolves" && f.Evidence.Text != "NW Front" {
				t.Errorf("mention text %q is not a name of the group", f.Evidence.Text)
			}
		}
		if len(d.Mentions) != 4 {
			t.Errorf("%d mentions, want 4", len(d.Mentions))
		}
		if len(d.Claims) != 1 || dossier.Deref(d.Claims[0].Value) != "Søren Ødegård" {
			t.Fatalf("claims = %+v, want the leader claim", d.Claims)
		}
		check("claim", d.Claims[0].Claim.Evidence)
		check("claim source", d.Claims[0].SourcedFact.Evidence)
		sensitive(d.Claims[0].Claim.Evidence)
		checked++
		// the stated relation, and the leader claim whose value is an
		// entity of the document
		want := map[string]string{"operates_in": "Dornhal", "leader": "Søren Ødegård"}
		if len(d.Related) != len(want) {
			t.Fatalf("related = %+v, want %v", d.Related, want)
		}
		for _, r := range d.Related {
			if want[r.Predicate] != r.Name {
				t.Errorf("related %s %q, want %q", r.Predicate, r.Name, want[r.Predicate])
			}
			for _, f := range r.Sources {
				check("relation", f.Evidence)
				sensitive(f.Evidence)
				checked++
			}
		}
		if multibyte != checked {
			t.Errorf("only %d of %d evidence spans differ when counted in characters; the test text must put multi-byte characters before every span", multibyte, checked)
		}
		if len(d.Documents) != 1 || d.Documents[0].ID != b.x.Document.ID || d.Documents[0].Mentions != 4 {
			t.Errorf("documents = %+v, want the one document with 4 mentions", d.Documents)
		}

		// the place's dossier: coordinates and the inverse relation
		p := findOne(t, s, "dornhal")
		if p.Type != dossier.Location || dossier.Deref(p.Country) != "XA" || p.Lat == nil || *p.Lat != 48.2 || p.Lon == nil || *p.Lon != 66.1 {
			t.Errorf("Dornhal = %+v, want a location in XA at 48.2,66.1", p)
		}
		pd := dossierOf(t, s, p.ID)
		if len(pd.Related) != 1 || pd.Related[0].Predicate != "area_of" || pd.Related[0].EntityID != g.ID {
			t.Errorf("Dornhal related = %+v, want area_of Northern Wolves", pd.Related)
		}
		for _, f := range pd.Related[0].Sources {
			check("inverse relation", f.Evidence)
		}

		if _, err := s.Dossier(context.Background(), 9999); !errors.Is(err, dossier.ErrNotFound) {
			t.Errorf("Dossier(9999) = %v, want ErrNotFound", err)
		}
	})
}

func TestListing(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		if ds, err := s.Documents(ctx); err != nil || len(ds) != 0 {
			t.Fatalf("Documents of an empty store = %v, %v", ds, err)
		}
		// put in an order that is neither by path nor by id
		docs := []*dossier.Extraction{
			newDocWith(t, "z.txt", "The Orchard took two hostages. The Orchard wants money.\n", "Orchard").x,
			newDocWith(t, "a.txt", "The Northern Wolves burned a bridge.\n", "Northern Wolves").x,
			newDocWith(t, "m.txt", "The Orchard denied it.\n", "Orchard").x,
		}
		for _, x := range docs {
			put(t, s, x)
		}
		ds, err := s.Documents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, d := range ds {
			got = append(got, d.Path)
		}
		if want := []string{"z.txt", "a.txt", "m.txt"}; !slices.Equal(got, want) {
			t.Errorf("Documents order = %v, want ingest order %v", got, want)
		}
		if ds[0].Mentions != 2 || ds[0].Words != 9 || ds[0].Title != "The Orchard took two hostages. The Orchard wants money." {
			t.Errorf("Documents[0] = %+v, want 2 mentions, 9 words and the title", ds[0])
		}

		es, err := s.Entities(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != 2 || es[0].Name != "Orchard" || es[0].Documents != 2 || es[0].Mentions != 3 || es[1].Name != "Northern Wolves" {
			t.Errorf("Entities = %+v, want Orchard (2 documents) then Northern Wolves", es)
		}
		if es, err := s.Entities(ctx, dossier.Person); err != nil || len(es) != 0 {
			t.Errorf("Entities(person) = %v, %v; want none", es, err)
		}

		// Document by id and prefix
		id := docs[1].Document.ID
		for _, q := range []string{id, id[:12], id[:6]} {
			x, err := s.Document(ctx, q)
			if err != nil {
				t.Errorf("Document(%s): %v", q, err)
				continue
			}
			if x.Document.ID != id || x.Document.Path != "a.txt" {
				t.Errorf("Document(%s) = %s, want %s", q, x.Document.ID, id)
			}
		}
		if _, err := s.Document(ctx, id[:5]); !errors.Is(err, dossier.ErrInvalid) {
			t.Errorf("Document(5-char prefix) = %v, want ErrInvalid", err)
		}
		missing := dossier.TextID("never stored")
		if _, err := s.Document(ctx, missing); !errors.Is(err, dossier.ErrNotFound) {
			t.Errorf("Document(unknown) = %v, want ErrNotFound", err)
		}
	})
}

func TestDocumentAmbiguousPrefix(t *testing.T) {
	// two texts whose IDs share their first six hex digits
	seen := map[string]string{}
	var a, b string
	for i := 0; a == ""; i++ {
		text := fmt.Sprintf("Report %d from Kessovar.\n", i)
		p := dossier.TextID(text)[:6]
		if o, ok := seen[p]; ok {
			a, b = o, text
		}
		seen[p] = text
	}
	s := openAt(t, ":memory:")
	put(t, s, newDoc(t, "a.txt", a).x)
	put(t, s, newDoc(t, "b.txt", b).x)
	ctx := context.Background()
	prefix := dossier.TextID(a)[:6]
	if _, err := s.Document(ctx, prefix); !errors.Is(err, dossier.ErrInvalid) {
		t.Errorf("Document(%s) with two matches = %v, want ErrInvalid", prefix, err)
	}
	for _, text := range []string{a, b} {
		id := dossier.TextID(text)
		// a longer prefix tells them apart, unless they share it too
		n := 7
		for dossier.TextID(a)[:n] == dossier.TextID(b)[:n] {
			n++
		}
		x, err := s.Document(ctx, id[:n])
		if err != nil || x.Document.Text != text {
			t.Errorf("Document(%s) = %v, want %q", id[:n], err, text)
		}
	}
}

func TestSignatures(t *testing.T) {
	s := openAt(t, ":memory:")
	orig := newDoc(t, "a.txt", "The original story.\n").x
	orig.Document.Signature = []uint64{1, 1 << 63, 42}
	cp := newDoc(t, "b.txt", "The original story, copied.\n").x
	cp.Document.Signature = []uint64{1, 1 << 63, 43}
	cp.Document.CopyOf, cp.Document.CopySimilarity = orig.Document.ID, 0.9
	bare := newDoc(t, "c.txt", "No signature.\n").x
	for _, x := range []*dossier.Extraction{orig, cp, bare} {
		put(t, s, x)
	}
	sigs, err := s.Signatures(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(sigs) != 1 || sigs[0].DocumentID != orig.Document.ID || !slices.Equal(sigs[0].Values, orig.Document.Signature) {
		t.Errorf("Signatures = %+v, want only the original's, intact", sigs)
	}
	ds, _ := s.Documents(context.Background())
	if len(ds) != 3 || ds[1].CopyOf != orig.Document.ID {
		t.Errorf("Documents = %+v, want b.txt a copy of a.txt", ds)
	}
	// a copy of a document that is not stored is refused
	bad := newDoc(t, "d.txt", "Copy of nothing.\n").x
	bad.Document.CopyOf = dossier.TextID("absent")
	if _, err := s.Put(context.Background(), bad); err == nil {
		t.Error("Put of a copy of an unstored document succeeded")
	}
}

// TestMigrationGap checks that a migration numbered below the newest
// applied one but never applied itself (two lines of development each
// added one) is applied on Open.
func TestMigrationGap(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kb.db")
	s := openAt(t, path)
	for _, q := range []string{
		`DROP TRIGGER dossier_cache_relation`, `DROP TRIGGER dossier_cache_relation_object`,
		`DROP TRIGGER dossier_cache_rename`, `DROP TRIGGER dossier_cache_entity_delete`,
		`DROP TABLE dossier_refs`, `DROP TABLE dossier_cache`,
		`DELETE FROM schema_migrations WHERE version = 6`,
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	s.Close()
	s = openAt(t, path)
	var n int
	if err := s.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations WHERE version = 6`).Scan(&n); err != nil || n != 1 {
		t.Fatalf("migration 6 applied %d times (%v), want once", n, err)
	}
	x := wolves(t).x
	put(t, s, x)
	g := findOne(t, s, "Northern Wolves")
	if _, err := s.Dossier(ctx, g.ID); err != nil {
		t.Errorf("Dossier after the gap was filled: %v", err)
	}
}
