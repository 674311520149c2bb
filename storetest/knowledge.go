package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"dossier"
	"dossier/crosscheck"
)

// resolutionCase is a series of documents and what resolution must make of
// their entities.
type resolutionCase struct {
	name  string
	docs  map[string][]ent // text → entities
	order []string         // texts in put order
	wants []want
	count map[dossier.EntityType]int // global entities by type
	// entities maps every entity's name to its number of documents
	entities map[string]int
}

// ent is an entity of a resolution case's document.
type ent struct {
	typ     dossier.EntityType
	name    string
	aliases []string
}

// want is what Find must say about one entity of a resolution case.
type want struct {
	find    string   // a name
	same    []string // other names that find the same single entity
	name    string   // its name, when the case pins it
	docs    int      // its number of documents
	merged  []string // names its merge reasons must mention
	notSame []string // names that find only other entities
}

const group = dossier.ArmedGroup

var resolutionCases = []resolutionCase{
	{
		name: "an alias in an earlier document joins a later one",
		order: []string{
			"The Grey Lantern Front, also known as the GLF, burned a toll gate.\n",
			"The GLF denied burning the toll gate.\n",
		},
		docs: map[string][]ent{
			"The Grey Lantern Front, also known as the GLF, burned a toll gate.\n": {{group, "Grey Lantern Front", []string{"GLF"}}},
			"The GLF denied burning the toll gate.\n":                              {{group, "GLF", nil}},
		},
		wants: []want{{find: "Grey Lantern Front", same: []string{"GLF", "glf", "the GLF"}, name: "Grey Lantern Front", docs: 2, merged: []string{"GLF"}}},
		count: map[dossier.EntityType]int{group: 1},
	},
	{
		name: "an alias in a later document joins an earlier one",
		order: []string{
			"The GLF denied burning the toll gate.\n",
			"The Grey Lantern Front, also known as the GLF, burned a toll gate.\n",
		},
		docs: map[string][]ent{
			"The Grey Lantern Front, also known as the GLF, burned a toll gate.\n": {{group, "Grey Lantern Front", []string{"GLF"}}},
			"The GLF denied burning the toll gate.\n":                              {{group, "GLF", nil}},
		},
		wants: []want{{find: "Grey Lantern Front", same: []string{"GLF"}, docs: 2, merged: []string{"Grey Lantern Front"}}},
		count: map[dossier.EntityType]int{group: 1},
	},
	{
		name: "a document naming two stored entities as one merges them",
		order: []string{
			"The Saltmarsh Riders torched a ferry.\n",
			"The Marsh Company denied it.\n",
			"The Saltmarsh Riders, also called the Marsh Company, hold the delta.\n",
		},
		docs: map[string][]ent{
			"The Saltmarsh Riders torched a ferry.\n":                                {{group, "Saltmarsh Riders", nil}},
			"The Marsh Company denied it.\n":                                         {{group, "Marsh Company", nil}},
			"The Saltmarsh Riders, also called the Marsh Company, hold the delta.\n": {{group, "Saltmarsh Riders", []string{"Marsh Company"}}},
		},
		wants: []want{{find: "Saltmarsh Riders", same: []string{"Marsh Company", "marsh company"}, docs: 3, merged: []string{"Saltmarsh Riders", "Marsh Company"}}},
		count: map[dossier.EntityType]int{group: 1},
	},
	{
		name: "a later entity of a document merges the entity an earlier one resolved to",
		order: []string{
			"The Marsh Company torched a ferry.\n",
			"The Saltmarsh Riders denied it.\n",
			"The Saltmarsh Riders hold the delta; the Marsh Company, as the Saltmarsh Riders are also called, collect tolls.\n",
		},
		docs: map[string][]ent{
			"The Marsh Company torched a ferry.\n": {{group, "Marsh Company", nil}},
			"The Saltmarsh Riders denied it.\n":    {{group, "Saltmarsh Riders", nil}},
			"The Saltmarsh Riders hold the delta; the Marsh Company, as the Saltmarsh Riders are also called, collect tolls.\n": {
				{group, "Saltmarsh Riders", nil}, {group, "Marsh Company", []string{"Saltmarsh Riders"}}},
		},
		wants:    []want{{find: "Saltmarsh Riders", same: []string{"Marsh Company"}, docs: 3, merged: []string{"Saltmarsh Riders"}}},
		count:    map[dossier.EntityType]int{group: 1},
		entities: map[string]int{"Marsh Company": 3},
	},
	{
		name: "a branch loosely called by its parent's name never joins the parent",
		order: []string{
			"The Grey Lantern Front holds three valleys.\n",
			"Grey Lantern Front – Northern Wing, which villagers simply call the Grey Lantern Front, shelled the mill.\n",
			"The Grey Lantern Front denied it.\n",
		},
		docs: map[string][]ent{
			"The Grey Lantern Front holds three valleys.\n": {{group, "Grey Lantern Front", nil}},
			"Grey Lantern Front – Northern Wing, which villagers simply call the Grey Lantern Front, shelled the mill.\n": {
				{group, "Grey Lantern Front – Northern Wing", []string{"Grey Lantern Front"}}},
			"The Grey Lantern Front denied it.\n": {{group, "Grey Lantern Front", nil}},
		},
		wants: []want{{find: "Grey Lantern Front – Northern Wing", same: []string{"grey lantern front northern wing"}, docs: 1}},
		count: map[dossier.EntityType]int{group: 2},
		entities: map[string]int{
			"Grey Lantern Front":                 2,
			"Grey Lantern Front – Northern Wing": 1,
		},
	},
	{
		name: "one name, three types",
		order: []string{
			"Crews repaired the road into Marrowby at dawn.\n",
			"The Marrowby group said it had no part in the raid.\n",
			"Marrowby, the aid network, sent blankets.\n",
		},
		docs: map[string][]ent{
			"Crews repaired the road into Marrowby at dawn.\n":      {{dossier.Location, "Marrowby", nil}},
			"The Marrowby group said it had no part in the raid.\n": {{group, "Marrowby", nil}},
			"Marrowby, the aid network, sent blankets.\n":           {{dossier.Organization, "Marrowby", nil}},
		},
		count: map[dossier.EntityType]int{dossier.Location: 1, group: 1, dossier.Organization: 1},
	},
	{
		name: "a surname alone does not join two people",
		order: []string{
			"Petra Holm runs the clinic.\n",
			"Anna Holm, a farmer, saw the fire.\n",
			"Holm said the figure was low.\n",
			"Petra Holm said so again.\n",
		},
		docs: map[string][]ent{
			"Petra Holm runs the clinic.\n":        {{dossier.Person, "Petra Holm", nil}},
			"Anna Holm, a farmer, saw the fire.\n": {{dossier.Person, "Anna Holm", nil}},
			"Holm said the figure was low.\n":      {{dossier.Person, "Holm", nil}},
			"Petra Holm said so again.\n":          {{dossier.Person, "Petra Holm", nil}},
		},
		wants:    []want{{find: "Petra Holm", docs: 2, notSame: []string{"Anna Holm", "Holm"}}},
		count:    map[dossier.EntityType]int{dossier.Person: 3},
		entities: map[string]int{"Petra Holm": 2, "Anna Holm": 1, "Holm": 1},
	},
}

// check puts the case's documents into s and checks the entities.
func (tc resolutionCase) check(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	for i, text := range tc.order {
		d := newDoc(t, fmt.Sprintf("doc%d.txt", i+1), text)
		for j, e := range tc.docs[text] {
			d.entity(fmt.Sprintf("e%d", j+1), e.typ, e.name, e.aliases...)
		}
		put(t, s, d.x)
	}
	for typ, n := range tc.count {
		es, err := s.Entities(ctx, typ)
		if err != nil {
			t.Fatal(err)
		}
		if len(es) != n {
			t.Errorf("%d %s entities %v, want %d", len(es), typ, names(es), n)
		}
	}
	if tc.entities != nil {
		es, err := s.Entities(ctx, "")
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]int{}
		for _, e := range es {
			got[e.Name] = e.Documents
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.entities) {
			t.Errorf("entities (name: documents) = %v, want %v", got, tc.entities)
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
			es, err := s.Find(ctx, n)
			if err != nil {
				t.Errorf("Find(%q): %v", n, err)
			}
			for _, o := range es {
				if o.ID == g.ID {
					t.Errorf("Find(%q) gives %s#%d, the entity of %q: they must stay apart", n, o.Name, o.ID, w.find)
				}
			}
		}
		d := dossierOf(t, s, g.ID)
		for _, m := range w.merged {
			found := false
			for _, mg := range d.Merges {
				if strings.Contains(mg.Reason, m) && mg.Into == g.Name && !mg.At.IsZero() {
					found = true
				}
			}
			if !found {
				t.Errorf("no merge of %s gives a reason naming %q: %+v", g.Name, m, d.Merges)
			}
		}
	}
}

func testDossier(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	docs := []*doc{ambush(t), tollRises(t), rival(t)}
	putAll(t, s, docs...)
	texts := map[string]string{}
	for _, d := range docs {
		texts[d.x.Document.ID] = d.x.Document.Text
	}
	// check tells whether evidence is the byte range of its document; the
	// fixtures put multi-byte characters before the spans, so a store
	// counting characters fails it
	check := func(what string, f dossier.SourcedFact) {
		t.Helper()
		text, ok := texts[f.DocumentID]
		if !ok {
			t.Errorf("%s: unknown document %q", what, f.DocumentID)
			return
		}
		ev := f.Evidence
		if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End {
			t.Errorf("%s: evidence [%d,%d) outside the text", what, ev.Start, ev.End)
			return
		}
		if want := text[ev.Start:ev.End]; ev.Text != want {
			t.Errorf("%s: evidence [%d,%d) is %q, want %q", what, ev.Start, ev.End, ev.Text, want)
		}
		if f.Path == "" {
			t.Errorf("%s: no document path", what)
		}
	}

	glf := findOne(t, s, "GLF")
	kess := findOne(t, s, "Kessmoor")
	ilse := findOne(t, s, "Ilse Vardan")
	tomas := findOne(t, s, "Tomas Reel")
	d := dossierOf(t, s, glf.ID)
	if d.Entity != glf {
		t.Errorf("dossier entity = %+v, want %+v", d.Entity, glf)
	}
	wantMentions := 0
	for _, x := range docs {
		wantMentions += len(x.x.Entities[0].Mentions)
	}
	if glf.Name != "Grey Lantern Front" || glf.Documents != 3 || glf.Mentions != wantMentions {
		t.Errorf("entity = %+v, want Grey Lantern Front in 3 documents with %d mentions", glf, wantMentions)
	}

	// aliases: its own name first, each use with its document and sentence
	if len(d.Aliases) != 2 || d.Aliases[0].Name != "Grey Lantern Front" || d.Aliases[1].Name != "GLF" {
		t.Fatalf("aliases = %+v, want Grey Lantern Front then GLF", d.Aliases)
	}
	var hows []string
	for _, a := range d.Aliases {
		for _, f := range a.Documents {
			check("alias "+a.Name, f)
			if !strings.Contains(f.Evidence.Text, a.Name) {
				t.Errorf("alias %s: evidence %q does not use it", a.Name, f.Evidence.Text)
			}
			hows = append(hows, a.Name+"/"+f.How+"/"+f.Published)
		}
	}
	slices.Sort(hows)
	if want := []string{"GLF/name/2023-05-05", "GLF/stated/2023-05-03", "Grey Lantern Front/name/2023-05-03", "Grey Lantern Front/name/2023-06-01"}; !slices.Equal(hows, want) {
		t.Errorf("alias uses (name/how/published) = %v, want %v", hows, want)
	}

	// claims, with the entities their values name
	if len(d.Claims) != 6 {
		t.Fatalf("%d claims, want 6: %+v", len(d.Claims), d.Claims)
	}
	var leaders []string
	for _, c := range d.Claims {
		check("claim "+c.Predicate, c.SourcedFact)
		if c.Claim.Evidence != c.SourcedFact.Evidence {
			t.Errorf("claim %s: evidence %+v, document evidence %+v", c.Predicate, c.Claim.Evidence, c.SourcedFact.Evidence)
		}
		if c.Subject != glf.Name || c.Hedge != "stated" || c.Title == "" || c.Published == "" || c.SourcedFact.Source == "" || c.Origin != "" {
			t.Errorf("claim %+v: want subject %s, hedge, title, date and source of its document, no origin", c, glf.Name)
		}
		switch c.Predicate {
		case "leader":
			leaders = append(leaders, dossier.Deref(c.Value))
			want := map[string]int64{"Ilse Vardan": ilse.ID, "Tomas Reel": tomas.ID}[dossier.Deref(c.Value)]
			if c.ValueEntity != want || c.ValueName != dossier.Deref(c.Value) {
				t.Errorf("leader claim %q: value entity %d %q, want %d", dossier.Deref(c.Value), c.ValueEntity, c.ValueName, want)
			}
		case "operates_in":
			if c.ValueEntity != kess.ID {
				t.Errorf("operates_in claim: value entity %d, want Kessmoor %d", c.ValueEntity, kess.ID)
			}
		}
	}
	slices.Sort(leaders)
	if want := []string{"Ilse Vardan", "Ilse Vardan", "Tomas Reel"}; !slices.Equal(leaders, want) {
		t.Errorf("leader claims %v, want %v", leaders, want)
	}

	// facts by the crosscheck: the stored claims carry what it needs
	crosscheck.Dossier(d)
	status := map[string]dossier.Status{}
	for _, f := range d.Facts {
		status[f.Predicate+" "+f.Value] = f.Status
	}
	wantStatus := map[string]dossier.Status{
		"operates_in Kessmoor": dossier.Corroborated, // the provincial council, and the wire
		"founded 2019":         dossier.SingleSource,
		"leader Ilse Vardan":   dossier.Contradicted,
		"leader Tomas Reel":    dossier.Contradicted,
	}
	if fmt.Sprint(status) != fmt.Sprint(wantStatus) {
		t.Errorf("facts = %v, want %v", status, wantStatus)
	}
	if len(d.Conflicts) != 1 || d.Conflicts[0].Predicate != "leader" || d.Conflicts[0].EntityID != glf.ID {
		t.Errorf("conflicts = %+v, want one about the leader", d.Conflicts)
	}

	// related entities, from stated relations and from claims naming one
	related := map[string]int64{}
	for _, r := range d.Related {
		related[r.Predicate+" "+r.Name] = r.EntityID
		if len(r.Sources) == 0 {
			t.Errorf("related %s %s has no sources", r.Predicate, r.Name)
		}
		for _, f := range r.Sources {
			check("related "+r.Predicate, f)
		}
	}
	wantRelated := map[string]int64{"operates_in Kessmoor": kess.ID, "leader Ilse Vardan": ilse.ID, "leader Tomas Reel": tomas.ID}
	if fmt.Sprint(related) != fmt.Sprint(wantRelated) {
		t.Errorf("related = %v, want %v", related, wantRelated)
	}

	// documents and mentions
	var ids []string
	for _, r := range d.Documents {
		ids = append(ids, r.ID)
	}
	if want := []string{docs[0].x.Document.ID, docs[1].x.Document.ID, docs[2].x.Document.ID}; !slices.Equal(ids, want) {
		t.Errorf("documents = %v, want the three in ingest order", ids)
	}
	if len(d.Mentions) != wantMentions {
		t.Errorf("%d mentions, want %d", len(d.Mentions), wantMentions)
	}
	for _, m := range d.Mentions {
		check("mention", m)
		if m.Evidence.Text != "GLF" && m.Evidence.Text != "Grey Lantern Front" {
			t.Errorf("mention %q is not a name of the group", m.Evidence.Text)
		}
	}

	// merges: the wire's GLF joined the Grey Lantern Front
	if len(d.Merges) == 0 || !strings.Contains(d.Merges[0].Reason, "GLF") || d.Merges[0].From != "GLF" || d.Merges[0].Into != glf.Name {
		t.Errorf("merges = %+v, want GLF joining %s", d.Merges, glf.Name)
	}

	// the place's dossier shows the relation from its side
	pd := dossierOf(t, s, kess.ID)
	found := false
	for _, r := range pd.Related {
		if r.Predicate == "area_of" && r.EntityID == glf.ID {
			found = true
		}
	}
	if !found {
		t.Errorf("Kessmoor related = %+v, want area_of %s", pd.Related, glf.Name)
	}
	// and Ilse Vardan's, the group she leads
	found = false
	for _, r := range dossierOf(t, s, ilse.ID).Related {
		if r.Predicate == "leads" && r.EntityID == glf.ID {
			found = true
		}
	}
	if !found {
		t.Errorf("Ilse Vardan's dossier does not say she leads %s", glf.Name)
	}

	top := int64(0)
	es, _ := s.Entities(ctx, "")
	for _, e := range es {
		top = max(top, e.ID)
	}
	if _, err := s.Dossier(ctx, top+1000); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Dossier(unknown) = %v, want ErrNotFound", err)
	}
}

// testAliasOrder checks a dossier lists the entity's own name first, then
// the names used in the most documents.
func testAliasOrder(t *testing.T, s dossier.Store) {
	putAll(t, s,
		newDoc(t, "a.txt", "The Grey Lantern Front marched at dawn.\nIts fighters call it the Lantern Men.\nOthers just say the GLF.\n").
			entity("e1", dossier.ArmedGroup, "Grey Lantern Front", "Lantern Men", "GLF"),
		newDoc(t, "b.txt", "The GLF returned.\n").entity("e1", dossier.ArmedGroup, "GLF"),
		newDoc(t, "c.txt", "The GLF left again.\n").entity("e1", dossier.ArmedGroup, "GLF"),
	)
	d := dossierOf(t, s, findOne(t, s, "Lantern Men").ID)
	var got []string
	for _, a := range d.Aliases {
		got = append(got, fmt.Sprintf("%s (%d)", a.Name, len(a.Documents)))
	}
	if want := []string{"Grey Lantern Front (1)", "GLF (3)", "Lantern Men (1)"}; !slices.Equal(got, want) {
		t.Errorf("aliases = %v, want %v", got, want)
	}
}
