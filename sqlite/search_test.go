package sqlite

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"dossier"
)

func TestFTSQuery(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Covenant", `"covenant"*`},
		{"crimson cov", `"crimson" "cov"*`},
		{"ISIS-K", `"isis k"*`},
		{`NEAR("a" OR b)`, `"near a" "or" "b"*`},
		{"  -- ** ", ""},
		{"Dórnhal", `"dórnhal"*`},
	} {
		if got := FTSQuery(tc.in); got != tc.want {
			t.Errorf("FTSQuery(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

func FuzzFTSQuery(f *testing.F) {
	for _, s := range []string{"Covenant", `"a" OR b*`, "ISIS-K", "x NEAR/2 y", "^col:val", "\x00"} {
		f.Add(s)
	}
	st, err := Open(context.Background(), ":memory:", nil)
	if err != nil {
		f.Fatal(err)
	}
	defer st.Close()
	f.Fuzz(func(t *testing.T, q string) {
		// whatever a person types is a valid query or ErrInvalid, never an
		// FTS5 syntax error
		_, err := st.Search(context.Background(), q, 5)
		if err != nil && !errors.Is(err, dossier.ErrInvalid) {
			t.Fatalf("Search(%q): %v", q, err)
		}
	})
}

// searchFixture stores the wolves document, a second one naming the group
// by its alias, and one event.
func searchFixture(t *testing.T, s *Store) {
	t.Helper()
	put(t, s, wolves(t).x)
	b := newDoc(t, "front.txt", "Depot raid claimed\n"+
		"The NW Front claimed the raid on the Kessovar depot in a statement.\n"+
		"Police said the front has about 300 fighters.\n")
	b.entity("e1", dossier.ArmedGroup, "NW Front")
	b.claim("e1", "strength", "300 fighters", "about 300 fighters")
	perp := "e1"
	b.x.Events = []dossier.Event{{ID: "v1", Type: "armed_assault", Date: dossier.Str("2024-03-12"), Location: dossier.Str("Kessovar"),
		Perpetrator: dossier.Str("NW Front"), PerpetratorEntity: &perp, Evidence: []dossier.Evidence{b.sentence("claimed the raid")}}}
	put(t, s, b.x)
}

func TestSearch(t *testing.T) {
	eachStore(t, func(t *testing.T, s *Store) {
		ctx := context.Background()
		searchFixture(t, s)
		for _, tc := range []struct {
			q                      string
			entities, docs, claims []string // entity names, document paths, claim values
			events                 int
			matched                string
		}{
			{q: "Northern Wolves", entities: []string{"Northern Wolves"}, docs: []string{"wolves.txt"}, claims: []string{"Harald Venn", "300 fighters"}, events: 1, matched: "Northern Wolves"},
			// the alias finds the entity under its name, and both documents
			{q: "nw front", entities: []string{"Northern Wolves"}, docs: []string{"wolves.txt", "front.txt"}, claims: []string{"Harald Venn", "300 fighters"}, events: 1, matched: "nw front"},
			{q: "Harald", entities: []string{"Harald Venn"}, docs: []string{"wolves.txt"}, claims: []string{"Harald Venn"}},
			{q: "Kesso", docs: []string{"front.txt"}, events: 1},
			{q: "armed assault", events: 1},
			{q: "zebra", entities: nil},
		} {
			res, err := s.Search(ctx, tc.q, 10)
			if err != nil {
				t.Fatalf("Search(%q): %v", tc.q, err)
			}
			var es, ds, cs []string
			for _, e := range res.Entities {
				es = append(es, e.Name)
			}
			for _, d := range res.Documents {
				ds = append(ds, d.Path)
				if len(d.Snippet.Marks) == 0 {
					t.Errorf("Search(%q): document %s snippet %q has no marks", tc.q, d.Path, d.Snippet.Text)
				}
				for _, m := range d.Snippet.Marks {
					if m.End > len(d.Snippet.Text) || m.Start >= m.End {
						t.Errorf("Search(%q): bad mark %v in %q", tc.q, m, d.Snippet.Text)
					}
				}
			}
			for _, c := range res.Claims {
				cs = append(cs, c.Value)
				if c.Document.Evidence.Text == "" || c.EntityID == 0 {
					t.Errorf("Search(%q): claim %+v lacks evidence or entity", tc.q, c)
				}
			}
			slices.Sort(ds)
			slices.Sort(cs)
			want := slices.Clone(tc.docs)
			slices.Sort(want)
			wantC := slices.Clone(tc.claims)
			slices.Sort(wantC)
			if !slices.Equal(es, tc.entities) || !slices.Equal(ds, want) || !slices.Equal(cs, wantC) || len(res.Events) != tc.events {
				t.Errorf("Search(%q) = entities %q, documents %q, claims %q, %d events; want %q, %q, %q, %d",
					tc.q, es, ds, cs, len(res.Events), tc.entities, want, wantC, tc.events)
			}
			if tc.matched != "" && (len(res.Entities) == 0 || res.Entities[0].Matched != tc.matched) {
				t.Errorf("Search(%q): matched name %+v, want %q", tc.q, res.Entities, tc.matched)
			}
		}
		if _, err := s.Search(ctx, " *** ", 10); !errors.Is(err, dossier.ErrInvalid) {
			t.Errorf("Search of punctuation: err = %v, want ErrInvalid", err)
		}
	})
}

// TestSearchFollowsMerges checks that an alias moved by an entity merge
// finds the merged entity.
func TestSearchFollowsMerges(t *testing.T) {
	s := openAt(t, ":memory:")
	ctx := context.Background()
	put(t, s, newDocWith(t, "a.txt", "Alpha Front attacked.\n", "Alpha Front").x)
	put(t, s, newDocWith(t, "b.txt", "Ridge Brigade attacked.\n", "Ridge Brigade").x)
	put(t, s, newDocWith(t, "c.txt", "Ridge Brigade, also known as Alpha Front, attacked.\n", "Ridge Brigade", "Alpha Front").x)
	es, err := s.Entities(ctx, dossier.ArmedGroup)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 {
		t.Fatalf("entities = %v, want one after the merge", names(es))
	}
	for _, q := range []string{"Alpha", "Ridge"} {
		res, err := s.Search(ctx, q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Entities) != 1 || res.Entities[0].ID != es[0].ID {
			t.Errorf("Search(%q) = %+v, want the merged entity %d", q, res.Entities, es[0].ID)
		}
	}
}

func TestEventLookups(t *testing.T) {
	s := openAt(t, ":memory:")
	ctx := context.Background()
	searchFixture(t, s)
	evs, err := s.Events(ctx, dossier.EventFilter{})
	if err != nil || len(evs) != 1 {
		t.Fatalf("Events = %v, %v", evs, err)
	}
	e, err := s.Event(ctx, evs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if e.Type != "armed_assault" || len(e.Reports) != 1 || e.Perpetrator != "Northern Wolves" {
		t.Errorf("Event = %+v", e)
	}
	if _, err := s.Event(ctx, 999); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Event(999): err = %v, want ErrNotFound", err)
	}
	for _, tc := range []struct {
		f    dossier.EventFilter
		want int
	}{
		{dossier.EventFilter{}, 1},
		{dossier.EventFilter{Type: "bombing"}, 0},
		{dossier.EventFilter{Since: "2024-03", Limit: 0}, 1},
		{dossier.EventFilter{Until: "2023"}, 0},
		{dossier.EventFilter{ActorID: e.PerpetratorID, Limit: 1, Offset: 5}, 1},
	} {
		n, err := s.CountEvents(ctx, tc.f)
		if err != nil {
			t.Fatal(err)
		}
		if n != tc.want {
			t.Errorf("CountEvents(%+v) = %d, want %d", tc.f, n, tc.want)
		}
	}
	brief, err := s.EventsBrief(ctx, dossier.EventFilter{ActorID: e.PerpetratorID})
	if err != nil || len(brief) != 1 || brief[0].ID != e.ID || len(brief[0].Reports) != 1 || brief[0].Perpetrator != e.Perpetrator {
		t.Errorf("EventsBrief = %+v, %v", brief, err)
	}
	docs, total, err := s.DocumentPage(ctx, 1, 1)
	if err != nil || total != 2 || len(docs) != 1 || docs[0].Path != "front.txt" {
		t.Errorf("DocumentPage(1, 1) = %+v, %d, %v", docs, total, err)
	}
	links, err := s.DocumentLinks(ctx, docs[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if links.Entities["e1"] != e.PerpetratorID || links.Events["v1"] != e.ID {
		t.Errorf("DocumentLinks = %+v, want e1→%d, v1→%d", links, e.PerpetratorID, e.ID)
	}
	names, err := s.EntityNames(ctx, []int64{e.PerpetratorID, 999})
	if err != nil || !slices.Contains(names[e.PerpetratorID], "NW Front") || !slices.Contains(names[e.PerpetratorID], "Northern Wolves") || len(names[999]) != 0 {
		t.Errorf("EntityNames = %v, %v", names, err)
	}
	if v, err := s.Version(ctx); err != nil || v != 2 {
		t.Errorf("Version = %d, %v; want 2 after two documents", v, err)
	}
	types, err := s.EventTypes(ctx)
	if err != nil || !slices.Equal(types, []string{"armed_assault"}) {
		t.Errorf("EventTypes = %v, %v", types, err)
	}
}

// TestEventsBriefMatchesEvents checks that the two-query listing gives the
// same events, figures and report counts as Events.
func TestEventsBriefMatchesEvents(t *testing.T) {
	ctx := context.Background()
	s := openAt(t, ":memory:")
	for _, x := range []*dossier.Extraction{
		eventDoc("Northern Wolves bombed the Dornhal bus station on Thursday, killing 12.", "2024-03-14", "2024-03-14", "Dornhal", 12),
		eventDoc("Northern Wolves bombing toll rises to 19 in Dornhal.", "2024-03-15", "2024-03-14", "Dornhal", 19),
		eventDoc("Northern Wolves attack on a Dornhal station killed 21.", "2024-03-16", "2024-03-13", "Dornhal", 21),
		eventDoc("Northern Wolves bombed a market in Halvin, killing 3.", "2024-03-20", "2024-03-14", "Halvin", 3),
	} {
		put(t, s, x)
	}
	for _, f := range []dossier.EventFilter{{}, {Country: "XA"}, {Limit: 1}, {Limit: 1, Offset: 1}, {Since: "2025"}} {
		full, err := s.Events(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		brief, err := s.EventsBrief(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		if len(full) != len(brief) {
			t.Fatalf("filter %+v: %d events, brief %d", f, len(full), len(brief))
		}
		for i := range full {
			a, b := full[i], brief[i]
			deref := func(p *float64) float64 {
				if p == nil {
					return -1
				}
				return *p
			}
			fig := func(f dossier.Figure) string {
				return fmt.Sprint(deref(f.LatestMin), deref(f.LatestMax), deref(f.Low), deref(f.High), f.Differ)
			}
			if a.ID != b.ID || len(a.Reports) != len(b.Reports) || fig(a.Killed) != fig(b.Killed) ||
				fig(a.Injured) != fig(b.Injured) || a.Perpetrator != b.Perpetrator || a.Date != b.Date {
				t.Errorf("filter %+v: event %d differs: killed %s / %s, %d / %d reports", f, i, fig(a.Killed), fig(b.Killed), len(a.Reports), len(b.Reports))
			}
		}
	}
}
