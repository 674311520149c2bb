package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"dossier"
	"dossier/crosscheck"
)

// The Vesper Reach is a fictional group; genReport writes the i-th of a
// series of original reports about it: its alias, its strength (one of a
// few figures for a few years, cited from one of a few bodies), its
// leader (a second name in a few reports, so that the crosscheck finds a
// contradiction) and where it operates.
var (
	vesperSources = []string{"the Tallow Commission", "the Orne Monitoring Group", "district officials"}
	vesperPlaces  = []string{"Marrowby", "Quellin Ford"}
)

func genReport(t *testing.T, i int) *dossier.Extraction {
	t.Helper()
	leader := "Odo Farrant"
	if i%7 == 3 {
		leader = "Brisa Mell"
	}
	strength := 300 + 100*(i%4)
	year := 2019 + i%3
	place := vesperPlaces[i%2]
	src := vesperSources[i%3]
	text := fmt.Sprintf("Report %d on the Vesper Reach.\n"+
		"The Vesper Reach, also called the VR Cell, had about %d fighters in %d, according to %s.\n"+
		"The group is led by %s, residents of %s said.\n"+
		"The Vesper Reach operates in %s.", i, strength, year, src, leader, place, place)
	b := newDoc(t, fmt.Sprintf("vesper-%04d.txt", i), text)
	b.x.Document.Published = dossier.Str(fmt.Sprintf("%d-%02d-%02d", year, 1+i%12, 1+i%28))
	b.x.Document.Source = dossier.Str([]string{"Lantern Post", "Ferrow Daily"}[i%2])
	b.entity("e1", dossier.ArmedGroup, "Vesper Reach", "VR Cell")
	b.entity("e2", dossier.Person, leader)
	b.entity("e3", dossier.Location, place)
	b.relation("e1", "operates_in", "e3", "The Vesper Reach operates in")
	mn, mx := float64(strength), float64(strength)
	b.x.Claims = append(b.x.Claims, dossier.Claim{Subject: "Vesper Reach", SubjectEntity: "e1", Predicate: "strength", Min: &mn, Max: &mx,
		Unit: dossier.Str("fighters"), Time: dossier.Str(fmt.Sprint(year)), Source: dossier.Str(src), Hedge: "reported", Evidence: b.sentence("fighters in")})
	b.claim("e1", "leader", leader, "The group is led by")
	return b.x
}

// vesperStore stores n reports about the Vesper Reach and returns the
// store and the group's id.
func vesperStore(t *testing.T, n int) (*Store, int64) {
	t.Helper()
	s := openAt(t, ":memory:")
	for i := range n {
		put(t, s, genReport(t, i))
	}
	return s, findOne(t, s, "Vesper Reach").ID
}

// allClaims reads every claim about an entity with its evidence, as the
// dossier did before it was capped: the reference the capped one is
// checked against.
func allClaims(t *testing.T, s *Store, id int64, name string) []dossier.StoredClaim {
	t.Helper()
	rows, err := s.db.Query(`SELECT c.predicate, c.value, c.min, c.max, c.unit, c.time, c.source, c.hedge,
		d.id, COALESCE(d.title,''), d.path, COALESCE(d.published,''), COALESCE(d.source,''), c.ev_start, c.ev_end, `+ev("c.ev")+`,
		COALESCE(d.copy_of, ''), COALESCE(ve.id, 0), COALESCE(ve.name, ''), COALESCE(se.id, 0), COALESCE(se.name, '')
		FROM claims c JOIN documents d ON d.seq = c.doc
		LEFT JOIN entities ve ON ve.id = (SELECT de.entity_id FROM doc_entities de WHERE de.doc = c.doc AND de.name = c.value LIMIT 1)
		LEFT JOIN entities se ON se.id = (SELECT de.entity_id FROM doc_entities de WHERE de.doc = c.doc AND de.name = c.source LIMIT 1)
		WHERE c.entity_id = ? ORDER BY c.predicate, d.seq, c.ev_start`, id)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []dossier.StoredClaim
	for rows.Next() {
		var c dossier.StoredClaim
		var value, unit, tm, src sql.NullString
		var mn, mx sql.NullFloat64
		if err := rows.Scan(&c.Predicate, &value, &mn, &mx, &unit, &tm, &src, &c.Hedge, &c.DocumentID, &c.Title, &c.Path, &c.Published, &c.SourcedFact.Source,
			&c.Claim.Evidence.Start, &c.Claim.Evidence.End, &c.Claim.Evidence.Text, &c.Origin, &c.ValueEntity, &c.ValueName, &c.SourceEntity, &c.SourceName); err != nil {
			t.Fatal(err)
		}
		c.Subject = name
		c.Value, c.Unit, c.Time, c.Claim.Source = nullStr(value), nullStr(unit), nullStr(tm), nullStr(src)
		c.Min, c.Max = nullF(mn), nullF(mx)
		c.SourcedFact.Evidence = c.Claim.Evidence
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// count runs a COUNT query.
func count(t *testing.T, s *Store, q string, args ...any) int {
	t.Helper()
	var n int
	if err := s.db.QueryRow(q, args...).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// claimKey identifies a claim for comparisons.
func claimKey(c dossier.StoredClaim) string {
	return fmt.Sprintf("%s@%d-%d %s", c.DocumentID, c.Claim.Evidence.Start, c.Claim.Evidence.End, c.Predicate)
}

// checkFacts checks that the facts of a (capped) dossier are those the
// crosscheck finds in every claim: same facts in the same order, status,
// reason and counts, and claims that are some of the fact's, with their
// evidence.
func checkFacts(t *testing.T, d *dossier.Dossier, all []dossier.StoredClaim) {
	t.Helper()
	want, wantConflicts := crosscheck.Check(d.Entity.Name, d.Entity.ID, all)
	if len(d.Facts) != len(want) {
		t.Fatalf("%d facts, want %d", len(d.Facts), len(want))
	}
	perFact := claimsPerFact(len(want))
	for i, f := range d.Facts {
		w := want[i]
		if f.Predicate != w.Predicate || f.Value != w.Value || f.Time != w.Time || f.Status != w.Status || f.Reason != w.Reason {
			t.Errorf("fact %d = %s %q (%s) %s: %s\nwant %s %q (%s) %s: %s", i, f.Predicate, f.Value, f.Time, f.Status, f.Reason, w.Predicate, w.Value, w.Time, w.Status, w.Reason)
		}
		if f.ClaimCount != len(w.Claims) || f.SourceCount != len(w.Sources) {
			t.Errorf("fact %d %q: counts %d claims, %d sources; want %d, %d", i, f.Value, f.ClaimCount, f.SourceCount, len(w.Claims), len(w.Sources))
		}
		if len(f.Claims) != min(len(w.Claims), perFact) {
			t.Errorf("fact %d %q: %d claims listed, want %d", i, f.Value, len(f.Claims), min(len(w.Claims), perFact))
		}
		if len(f.Sources) != min(len(w.Sources), SourcesPerItem) || !slices.Equal(f.Sources, w.Sources[:len(f.Sources)]) {
			t.Errorf("fact %d %q: sources %q, want the first of %q", i, f.Value, f.Sources, w.Sources)
		}
		of := map[string]dossier.StoredClaim{}
		for _, c := range w.Claims {
			of[claimKey(c)] = c
		}
		for _, c := range f.Claims {
			wc, ok := of[claimKey(c)]
			if !ok {
				t.Errorf("fact %d %q lists a claim not its own: %s", i, f.Value, claimKey(c))
				continue
			}
			if c.Claim.Evidence != wc.Claim.Evidence || c.SourcedFact.Evidence != wc.Claim.Evidence {
				t.Errorf("fact %d %q: claim %s evidence %+v, want %+v", i, f.Value, claimKey(c), c.Claim.Evidence, wc.Claim.Evidence)
			}
		}
	}
	if len(d.Conflicts) != len(wantConflicts) {
		t.Fatalf("%d conflicts, want %d", len(d.Conflicts), len(wantConflicts))
	}
	for i, c := range d.Conflicts {
		if c.Reason != wantConflicts[i].Reason {
			t.Errorf("conflict %d: %s\nwant %s", i, c.Reason, wantConflicts[i].Reason)
		}
		for _, side := range []dossier.Fact{c.A, c.B} {
			if len(side.Claims) > crosscheck.BriefClaims {
				t.Errorf("conflict %d: a side lists %d claims", i, len(side.Claims))
			}
			for _, cl := range side.Claims {
				if cl.Claim.Evidence.Text == "" {
					t.Errorf("conflict %d: claim %s has no evidence", i, claimKey(cl))
				}
			}
		}
	}
}

// TestDossierCapped checks that a dossier with more than its limits lists
// only so many items but keeps exact counts, and that its facts are those
// of every claim.
func TestDossierCapped(t *testing.T) {
	tests := []struct {
		name    string
		reports int
	}{
		{"under every limit", 6},
		{"more claims and mentions than listed", 260},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, id := vesperStore(t, tc.reports)
			d := dossierOf(t, s, id)
			n := tc.reports
			if d.Entity.Documents != n {
				t.Errorf("Documents = %d, want %d", d.Entity.Documents, n)
			}
			if len(d.Documents) != min(n, ListLimit) {
				t.Errorf("%d documents listed, want %d", len(d.Documents), min(n, ListLimit))
			}
			mentions := count(t, s, `SELECT COUNT(*) FROM mentions WHERE entity_id = ?`, id)
			if d.Entity.Mentions != mentions || len(d.Mentions) != min(mentions, ListLimit) {
				t.Errorf("mentions: %d counted, %d listed; want %d, %d", d.Entity.Mentions, len(d.Mentions), mentions, min(mentions, ListLimit))
			}
			all := allClaims(t, s, id, d.Entity.Name)
			if d.ClaimCount != len(all) || len(all) != 2*n {
				t.Errorf("ClaimCount = %d, stored %d, want %d", d.ClaimCount, len(all), 2*n)
			}
			if len(d.Claims) != min(len(all), ListLimit) {
				t.Errorf("%d claims listed, want %d", len(d.Claims), min(len(all), ListLimit))
			}
			for i, c := range d.Claims {
				if claimKey(c) != claimKey(all[i]) || c.Claim.Evidence != all[i].Claim.Evidence {
					t.Errorf("claim %d = %s %q, want %s %q", i, claimKey(c), c.Claim.Evidence.Text, claimKey(all[i]), all[i].Claim.Evidence.Text)
					break
				}
			}
			checkFacts(t, d, all)
			if len(d.Conflicts) == 0 && n > 3 {
				t.Error("no conflict between the two leaders")
			}
			wantAliases := map[string]int{"Vesper Reach": n, "VR Cell": n}
			for _, a := range d.Aliases {
				if a.DocumentCount != wantAliases[a.Name] {
					t.Errorf("alias %q: %d documents, want %d", a.Name, a.DocumentCount, wantAliases[a.Name])
				}
				// counted from the rows in order, as SQL counts them
				if rows := count(t, s, `SELECT COUNT(DISTINCT doc) FROM aliases WHERE entity_id = ? AND alias = ?`, id, a.Name); a.DocumentCount != rows {
					t.Errorf("alias %q: %d documents, the rows say %d", a.Name, a.DocumentCount, rows)
				}
				if len(a.Documents) != min(a.DocumentCount, SourcesPerItem) {
					t.Errorf("alias %q: %d uses listed, want %d", a.Name, len(a.Documents), min(a.DocumentCount, SourcesPerItem))
				}
				for _, f := range a.Documents {
					if f.Evidence.Text == "" || !strings.Contains(f.Evidence.Text, a.Name) {
						t.Errorf("alias %q: evidence %q", a.Name, f.Evidence.Text)
					}
				}
			}
			if len(d.Aliases) != 2 || d.Aliases[0].Name != "Vesper Reach" {
				t.Errorf("aliases %v", d.Aliases)
			}
			related := map[string]int{}
			for _, r := range d.Related {
				related[r.Predicate+" "+r.Name] = r.DocumentCount
				if len(r.Sources) != min(r.DocumentCount, SourcesPerItem) {
					t.Errorf("related %s %s: %d sources listed of %d", r.Predicate, r.Name, len(r.Sources), r.DocumentCount)
				}
			}
			// leader relations come from the leader claims
			leaders := count(t, s, `SELECT COUNT(DISTINCT doc) FROM relations WHERE entity_id = ? AND predicate = 'leader' AND object_name = 'Odo Farrant'`, id)
			want := map[string]int{"operates_in Marrowby": (n + 1) / 2, "operates_in Quellin Ford": n / 2, "leader Odo Farrant": leaders}
			for k, v := range want {
				if related[k] != v {
					t.Errorf("related %s: %d documents, want %d (all %v)", k, related[k], v, related)
				}
			}
		})
	}
}

// TestDossierCache checks that a dossier is computed once and read from
// the cache after, and computed again when a document about the entity,
// or a change to an entity it names, makes it stale.
func TestDossierCache(t *testing.T) {
	ctx := context.Background()
	cached := func(t *testing.T, s *Store, id int64) bool {
		t.Helper()
		return count(t, s, `SELECT COUNT(*) FROM dossier_cache WHERE entity_id = ?`, id) == 1
	}
	tests := []struct {
		name string
		// change changes the store after the dossier of the Vesper Reach
		// is cached; check checks its next dossier.
		change func(t *testing.T, s *Store, id int64)
		stale  bool
		check  func(t *testing.T, before, after *dossier.Dossier)
	}{
		{
			name:   "unchanged",
			change: func(t *testing.T, s *Store, id int64) {},
			check: func(t *testing.T, before, after *dossier.Dossier) {
				if !reflect.DeepEqual(before, after) {
					t.Error("the cached dossier differs from the computed one")
				}
			},
		},
		{
			name:   "a new document about it",
			change: func(t *testing.T, s *Store, id int64) { put(t, s, genReport(t, 99)) },
			stale:  true,
			check: func(t *testing.T, before, after *dossier.Dossier) {
				if after.Entity.Documents != before.Entity.Documents+1 || after.ClaimCount != before.ClaimCount+2 {
					t.Errorf("after a new report: %d documents, %d claims; before %d, %d", after.Entity.Documents, after.ClaimCount, before.Entity.Documents, before.ClaimCount)
				}
				if !slices.ContainsFunc(after.Documents, func(r dossier.DocumentRef) bool { return r.Path == "vesper-0099.txt" }) {
					t.Error("the new report is not listed")
				}
			},
		},
		{
			name: "a document about something else",
			change: func(t *testing.T, s *Store, id int64) {
				b := newDoc(t, "other.txt", "The Hollin Guard withdrew from Tarsk.")
				b.entity("e1", dossier.ArmedGroup, "Hollin Guard")
				put(t, s, b.x)
			},
			check: func(t *testing.T, before, after *dossier.Dossier) {
				if !reflect.DeepEqual(before, after) {
					t.Error("a document about another group changed the dossier")
				}
			},
		},
		{
			name: "an entity it names is renamed",
			change: func(t *testing.T, s *Store, id int64) {
				if _, err := s.db.Exec(`UPDATE entities SET name = 'Quellin Crossing' WHERE name = 'Quellin Ford'`); err != nil {
					t.Fatal(err)
				}
			},
			stale: true,
			check: func(t *testing.T, before, after *dossier.Dossier) {
				if !slices.ContainsFunc(after.Related, func(r dossier.RelatedEntity) bool { return r.Name == "Quellin Crossing" }) {
					t.Errorf("related entities after the rename: %v", after.Related)
				}
			},
		},
		{
			name: "a relation to it from a document that does not name it",
			change: func(t *testing.T, s *Store, id int64) {
				b := newDoc(t, "branch.txt", "The Ashfall Wing struck a depot.")
				b.entity("e1", dossier.ArmedGroup, "Ashfall Wing")
				put(t, s, b.x)
				var wing int64
				if err := s.db.QueryRow(`SELECT id FROM entities WHERE name = 'Ashfall Wing'`).Scan(&wing); err != nil {
					t.Fatal(err)
				}
				// as Put stores a branch's parent from built-in knowledge
				if _, err := s.db.Exec(`INSERT INTO relations(entity_id, predicate, object_id, object_name, doc, how, ev_start, ev_end)
					SELECT ?, 'parent', ?, 'Vesper Reach', seq, 'built-in knowledge', 0, 10 FROM documents WHERE path = 'branch.txt'`, wing, id); err != nil {
					t.Fatal(err)
				}
			},
			stale: true,
			check: func(t *testing.T, before, after *dossier.Dossier) {
				if !slices.ContainsFunc(after.Related, func(r dossier.RelatedEntity) bool { return r.Predicate == "branch" && r.Name == "Ashfall Wing" }) {
					t.Errorf("related entities: %v", after.Related)
				}
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, id := vesperStore(t, 12)
			before := dossierOf(t, s, id)
			if !cached(t, s, id) {
				t.Fatal("the dossier was not cached")
			}
			if again := dossierOf(t, s, id); !reflect.DeepEqual(before, again) {
				t.Fatal("the dossier read from the cache differs from the computed one")
			}
			tc.change(t, s, id)
			if _, body, err := s.cachedDossier(ctx, id); err != nil || (body == nil) != tc.stale {
				t.Fatalf("after the change: cached %v, want stale %v (err %v)", body != nil, tc.stale, err)
			}
			after := dossierOf(t, s, id)
			tc.check(t, before, after)
			if !cached(t, s, id) {
				t.Error("the new dossier was not cached")
			}
			// the cached dossier is the one a fresh computation gives
			fresh, _, err := s.computeDossier(ctx, after.Entity)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fresh, after) {
				t.Error("the cached dossier differs from a fresh one")
			}
		})
	}
}

// TestWarm checks that Warm computes the dossiers of the entities with
// enough documents that are not cached, and only those.
func TestWarm(t *testing.T) {
	ctx := context.Background()
	s, id := vesperStore(t, 8)
	warm := func(min int) int {
		t.Helper()
		n, err := s.Warm(ctx, min)
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// the group (8 documents), Marrowby and Quellin Ford (4 each), Odo
	// Farrant (7), Brisa Mell (1)
	if n := warm(4); n != 4 {
		t.Errorf("Warm(4) computed %d dossiers, want 4", n)
	}
	if n := warm(4); n != 0 {
		t.Errorf("Warm(4) again computed %d dossiers, want 0", n)
	}
	if n := warm(1); n != 1 {
		t.Errorf("Warm(1) computed %d dossiers, want 1", n)
	}
	put(t, s, genReport(t, 8)) // the group, Marrowby, Odo Farrant
	if n := warm(1); n != 3 {
		t.Errorf("Warm(1) after a report computed %d dossiers, want 3", n)
	}
	if count(t, s, `SELECT COUNT(*) FROM dossier_cache WHERE entity_id = ? AND docs = 9`, id) != 1 {
		t.Error("the group's dossier is not cached with its 9 documents")
	}
}

// TestWarmGrowth checks that Warm leaves the changed dossier of a big
// entity to the first request until its documents grew by WarmGrowth
// percent, and that the request then computes it (no stale dossier).
func TestWarmGrowth(t *testing.T) {
	ctx := context.Background()
	s, id := vesperStore(t, 40)
	s.warmBig = 30 // the group is big
	if _, err := s.Warm(ctx, 30); err != nil {
		t.Fatal(err)
	}
	cached := func() int {
		t.Helper()
		return count(t, s, `SELECT docs FROM dossier_cache WHERE entity_id = ?`, id)
	}
	if n := cached(); n != 40 {
		t.Fatalf("the group's dossier is cached with %d documents, want 40", n)
	}
	put(t, s, genReport(t, 40)) // 41 documents: 2.5% more
	if _, err := s.Warm(ctx, 30); err != nil {
		t.Fatal(err)
	}
	if n := cached(); n != 40 {
		t.Errorf("Warm computed the group's dossier again at 2.5%% more documents (cached with %d)", n)
	}
	d, err := s.Dossier(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.Entity.Documents != 41 || cached() != 41 {
		t.Errorf("the request answered %d documents and cached %d, want 41", d.Entity.Documents, cached())
	}
	for i := 41; i < 43; i++ {
		put(t, s, genReport(t, i)) // 43 documents: 4.9% more than 41
	}
	if _, err := s.Warm(ctx, 30); err != nil {
		t.Fatal(err)
	}
	if n := cached(); n != 41 {
		t.Errorf("Warm computed the group's dossier again at 4.9%% more documents (cached with %d)", n)
	}
	put(t, s, genReport(t, 43)) // 44 documents: 7.3% more
	if _, err := s.Warm(ctx, 30); err != nil {
		t.Fatal(err)
	}
	if n := cached(); n != 44 {
		t.Errorf("Warm did not compute the group's dossier at 7.3%% more documents (cached with %d)", n)
	}
}

// fill sets every settable field of v (a pointer) to a value that is not
// its zero value, pointers to zero values included, so that a codec that
// drops a field, or a field added later, fails the round trip.
func fill(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Pointer:
		if depth%2 == 0 {
			v.Set(reflect.New(v.Type().Elem())) // a pointer to a zero value
		} else {
			v.Set(reflect.New(v.Type().Elem()))
			fill(v.Elem(), depth+1)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeOf(time.Time{}) {
			v.Set(reflect.ValueOf(time.Date(2024, 3, 16, 9, 30, 0, 0, time.UTC)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), depth+i)
			}
		}
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 2, 2)
		for i := range 2 {
			fill(s.Index(i), depth+i)
		}
		v.Set(s)
	case reflect.String:
		v.SetString(fmt.Sprintf("s%d", depth))
	case reflect.Int, reflect.Int64:
		v.SetInt(int64(depth + 1))
	case reflect.Float64:
		v.SetFloat(float64(depth) + 0.5)
	case reflect.Bool:
		v.SetBool(true)
	}
}

// TestDossierCodec checks that the cache's encoding keeps every field of a
// dossier, pointers to zero values included.
func TestDossierCodec(t *testing.T) {
	tests := []struct {
		name string
		d    func() *dossier.Dossier
	}{
		{"every field set", func() *dossier.Dossier {
			var d dossier.Dossier
			fill(reflect.ValueOf(&d).Elem(), 0)
			return &d
		}},
		{"every list empty", func() *dossier.Dossier {
			return &dossier.Dossier{Aliases: []dossier.AliasUse{}, Related: []dossier.RelatedEntity{}, Claims: []dossier.StoredClaim{},
				Facts: []dossier.Fact{}, Conflicts: []dossier.Conflict{}, Documents: []dossier.DocumentRef{}, Mentions: []dossier.SourcedFact{}, Merges: []dossier.Merge{}}
		}},
		{"shared claims", func() *dossier.Dossier {
			var c dossier.StoredClaim
			fill(reflect.ValueOf(&c).Elem(), 1)
			other := c
			other.Claim.Evidence.Start++ // its document's evidence differs from its own
			f := dossier.Fact{Predicate: "leader", Claims: []dossier.StoredClaim{c, other}}
			return &dossier.Dossier{Claims: []dossier.StoredClaim{c}, Facts: []dossier.Fact{f}, Conflicts: []dossier.Conflict{{A: f, B: f}}}
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := tc.d()
			b, err := encodeDossier(d)
			if err != nil {
				t.Fatal(err)
			}
			got, err := decodeDossier(b)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, d) {
				t.Errorf("round trip:\n got %+v\nwant %+v", got, d)
			}
		})
	}
	if _, err := decodeDossier([]byte(`{"wire_docs":[],"wire_claims":[{"d":3}]}`)); err == nil {
		t.Error("a claim of no document decodes")
	}
}

// TestClaimsPerFact checks the claims each fact lists: SourcesPerItem,
// fewer for many facts, never fewer than MinFactClaims.
func TestClaimsPerFact(t *testing.T) {
	for _, tc := range []struct{ facts, want int }{
		{0, SourcesPerItem}, {1, SourcesPerItem}, {FactClaims / SourcesPerItem, SourcesPerItem},
		{400, FactClaims / 400}, {100000, MinFactClaims},
	} {
		if got := claimsPerFact(tc.facts); got != tc.want {
			t.Errorf("claimsPerFact(%d) = %d, want %d", tc.facts, got, tc.want)
		}
	}
}
