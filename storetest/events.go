package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"dossier"
	"dossier/near"
)

// eventStore returns s as an EventStore, or skips the test.
func eventStore(t *testing.T, s dossier.Store) dossier.EventStore {
	t.Helper()
	es, ok := s.(dossier.EventStore)
	if !ok {
		t.Skipf("%T does not implement dossier.EventStore", s)
	}
	return es
}

// where lists events as "date place" for messages and comparisons.
func where(evs []dossier.EventRecord) []string {
	out := []string{}
	for _, e := range evs {
		out = append(out, e.Date+" "+e.Location)
	}
	return out
}

func testEvents(t *testing.T, s dossier.Store) {
	es := eventStore(t, s)
	ctx := context.Background()
	putAll(t, s, marketBomb(t), ambush(t), kidnapping(t), tollRises(t), rival(t))
	glf, riders := findOne(t, s, "GLF"), findOne(t, s, "Saltmarsh Riders")
	const (
		kess   = "2023-05-02 Kessmoor"
		velmar = "2023-07-19 Velmar"
		dun    = "2024-01-10 Dunhollow"
	)
	for _, tc := range []struct {
		name string
		f    dossier.EventFilter
		want []string
	}{
		{"all, oldest first", dossier.EventFilter{}, []string{kess, velmar, dun}},
		{"actor", dossier.EventFilter{ActorID: glf.ID}, []string{kess, dun}},
		{"other actor", dossier.EventFilter{ActorID: riders.ID}, []string{velmar}},
		{"actor without events", dossier.EventFilter{ActorID: findOne(t, s, "Ilse Vardan").ID}, nil},
		{"country, any case", dossier.EventFilter{Country: "xb"}, []string{kess, dun}},
		{"country", dossier.EventFilter{Country: "XC"}, []string{velmar}},
		{"country without events", dossier.EventFilter{Country: "XA"}, nil},
		{"since a month", dossier.EventFilter{Since: "2023-07"}, []string{velmar, dun}},
		{"since a day, inclusive", dossier.EventFilter{Since: "2023-07-19"}, []string{velmar, dun}},
		{"since the next day", dossier.EventFilter{Since: "2023-07-20"}, []string{dun}},
		{"until a day, inclusive", dossier.EventFilter{Until: "2023-07-19"}, []string{kess, velmar}},
		{"until a month", dossier.EventFilter{Until: "2023-05"}, []string{kess}},
		{"one year", dossier.EventFilter{Since: "2023", Until: "2023"}, []string{kess, velmar}},
		{"a later year", dossier.EventFilter{Since: "2025"}, nil},
		{"type", dossier.EventFilter{Type: "kidnapping"}, []string{velmar}},
		{"other type", dossier.EventFilter{Type: "bombing"}, []string{dun}},
		{"type without events", dossier.EventFilter{Type: "assassination"}, nil},
		{"actor and year", dossier.EventFilter{ActorID: glf.ID, Since: "2024"}, []string{dun}},
		{"actor and country", dossier.EventFilter{ActorID: riders.ID, Country: "XB"}, nil},
		{"first page", dossier.EventFilter{Limit: 2}, []string{kess, velmar}},
		{"second page", dossier.EventFilter{Limit: 2, Offset: 2}, []string{dun}},
		{"middle", dossier.EventFilter{Limit: 1, Offset: 1}, []string{velmar}},
		{"past the end", dossier.EventFilter{Limit: 5, Offset: 10}, nil},
		{"page of a filter", dossier.EventFilter{Country: "XB", Limit: 1, Offset: 1}, []string{dun}},
	} {
		evs, err := es.Events(ctx, tc.f)
		if err != nil {
			t.Errorf("%s: Events(%+v): %v", tc.name, tc.f, err)
			continue
		}
		if got := where(evs); !slices.Equal(got, tc.want) && !(len(got) == 0 && len(tc.want) == 0) {
			t.Errorf("%s: Events(%+v) = %v, want %v", tc.name, tc.f, got, tc.want)
		}
	}

	// the records themselves
	evs, err := es.Events(ctx, dossier.EventFilter{})
	if err != nil || len(evs) != 3 {
		t.Fatalf("Events = %v, %v", where(evs), err)
	}
	k, v, d := evs[0], evs[1], evs[2]
	if k.Type != "attack" || k.Country != "XB" || k.PerpetratorID != glf.ID || k.Perpetrator != glf.Name || !k.Claimed ||
		k.Lat == nil || *k.Lat != kessmoorLat || k.Lon == nil || *k.Lon != kessmoorLon || len(k.Reports) != 2 {
		t.Errorf("Kessmoor ambush = %+v, want an attack in XB at Kessmoor by %s with 2 reports", k, glf.Name)
	}
	if v.Type != "kidnapping" || v.Country != "XC" || v.PerpetratorID != riders.ID || v.Perpetrator != "Saltmarsh Riders" || len(v.Reports) != 1 ||
		v.Killed.LatestMin != nil || v.Killed.Differ {
		t.Errorf("Velmar kidnapping = %+v, want a kidnapping in XC by the Saltmarsh Riders, one report, no figures", v)
	}
	if d.Type != "bombing" || d.Killed.LatestMin == nil || *d.Killed.LatestMin != 2 || d.Killed.Differ || d.Lat == nil || *d.Lat != dunhollowLat {
		t.Errorf("Dunhollow bombing = %+v, want a bombing that killed 2", d)
	}
	// every report's evidence is the text of its document
	texts := map[string]string{}
	for _, x := range []*doc{marketBomb(t), ambush(t), kidnapping(t), tollRises(t)} {
		texts[x.x.Document.ID] = x.x.Document.Text
	}
	for _, e := range evs {
		for _, r := range e.Reports {
			text := texts[r.DocumentID]
			for _, ev := range append([]dossier.Evidence{r.SourcedFact.Evidence}, r.Event.Evidence...) {
				if ev.End > len(text) || text[ev.Start:ev.End] != ev.Text || ev.Text == "" {
					t.Errorf("event %s report from %s: evidence %+v is not its text", e.Date, r.Path, ev)
				}
			}
		}
	}
}

// testEventMerge stores several reports of one raid, the first with a
// partial date, and a raid elsewhere the same day.
func testEventMerge(t *testing.T, s dossier.Store) {
	es := eventStore(t, s)
	ctx := context.Background()
	far := newDoc(t, "bridge/far.txt", "The Ashen Oar raided the Tarn Gate checkpoint the same day.\n").
		meta("2023-09-16", "Outlet 5").
		entity("e1", dossier.ArmedGroup, "Ashen Oar").
		place("e2", "Tarn Gate", "XA", 49.9, 3.1).
		event("v1", "attack", "2023-09-14", "e2", "e1", 1, -1, "raided the Tarn Gate")
	putAll(t, s,
		bridgeReport(t, 1, "2023-09-20", "2023-09", 9), // the month only, published last
		bridgeReport(t, 2, "2023-09-14", "2023-09-14", 5),
		bridgeReport(t, 3, "2023-09-15", "2023-09-13", 7), // a day off, as relative dates are
		far,
	)
	evs, err := es.Events(ctx, dossier.EventFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if got := where(evs); !slices.Equal(got, []string{"2023-09-14 Hollin Bridge", "2023-09-14 Tarn Gate"}) {
		t.Fatalf("events = %v, want the Hollin Bridge raid (with its full date) and the Tarn Gate raid", got)
	}
	e := evs[0]
	var paths []string
	for _, r := range e.Reports {
		paths = append(paths, r.Path)
	}
	// reports by publication date
	if want := []string{"bridge/2.txt", "bridge/3.txt", "bridge/1.txt"}; !slices.Equal(paths, want) {
		t.Errorf("reports = %v, want %v", paths, want)
	}
	k := e.Killed
	if k.LatestMin == nil || *k.LatestMin != 9 || k.LatestMax == nil || *k.LatestMax != 9 || k.Low == nil || *k.Low != 5 || k.High == nil || *k.High != 9 || !k.Differ {
		t.Errorf("killed = %s, want latest 9, range 5–9, differing", figure(k))
	}
	if e.Injured.LatestMin != nil || e.Injured.Low != nil || e.Injured.Differ {
		t.Errorf("injured = %s, want none", figure(e.Injured))
	}
	oar := findOne(t, s, "Ashen Oar")
	if e.PerpetratorID != oar.ID || evs[1].PerpetratorID != oar.ID || oar.Documents != 4 {
		t.Errorf("perpetrators %d and %d, want the Ashen Oar #%d (in 4 documents)", e.PerpetratorID, evs[1].PerpetratorID, oar.ID)
	}
}

func figure(f dossier.Figure) string {
	p := func(v *float64) string {
		if v == nil {
			return "nil"
		}
		return fmt.Sprint(*v)
	}
	return fmt.Sprintf("latest %s–%s, low %s, high %s, differ %v", p(f.LatestMin), p(f.LatestMax), p(f.Low), p(f.High), f.Differ)
}

func testNearCopy(t *testing.T, s dossier.Store) {
	ctx := context.Background()
	nf, ok := s.(dossier.NearCopyFinder)
	if !ok {
		t.Skipf("%T does not implement dossier.NearCopyFinder", s)
	}
	orig, unrelated := harbour(t, ""), mountain(t)
	putAll(t, s, orig, unrelated)
	origID := orig.x.Document.ID
	cp := harbour(t, origID)
	if cp.x.Document.CopySimilarity < near.DefaultThreshold {
		t.Fatalf("the fixture's copy is only %.2f similar", cp.x.Document.CopySimilarity)
	}
	check := func(when string) {
		t.Helper()
		id, sim, found, err := nf.NearCopy(ctx, cp.x.Document.Signature, 0)
		if err != nil || !found || id != origID || sim < near.DefaultThreshold || sim > 1 {
			t.Errorf("%s: NearCopy(copy) = %.12s, %.2f, %v, %v; want the original", when, id, sim, found, err)
		}
		sig := near.Signature(strings.ToUpper(mountainStory) + " An extra line about the weather closes the report.")
		if id, _, found, err := nf.NearCopy(ctx, sig, 0); err != nil || !found || id != unrelated.x.Document.ID {
			t.Errorf("%s: NearCopy(mountain story) = %.12s, %v, %v; want the mountain story", when, id, found, err)
		}
		if id, _, found, err := nf.NearCopy(ctx, near.Signature(orchardStory), 0); err != nil || found {
			t.Errorf("%s: NearCopy(another story) = %.12s, %v, %v; want nothing", when, id, found, err)
		}
		if id, _, found, err := nf.NearCopy(ctx, cp.x.Document.Signature, 0.999); err != nil || found {
			t.Errorf("%s: NearCopy(copy, threshold 0.999) = %.12s, %v, %v; want nothing", when, id, found, err)
		}
		if _, _, found, err := nf.NearCopy(ctx, nil, 0); err != nil || found {
			t.Errorf("%s: NearCopy(no signature) = %v, %v; want nothing", when, found, err)
		}
	}
	check("before the copy is stored")
	put(t, s, cp.x)
	check("after the copy is stored")

	// the copy is listed as one, and only originals have signatures
	ds, err := s.Documents(ctx)
	if err != nil || len(ds) != 3 || ds[2].CopyOf != origID || ds[0].CopyOf != "" {
		t.Errorf("Documents = %+v, %v; want the third a copy of the first", ds, err)
	}
	sigs, err := s.Signatures(ctx)
	if err != nil || len(sigs) != 2 || sigs[0].DocumentID != origID || !slices.Equal(sigs[0].Values, orig.x.Document.Signature) ||
		sigs[1].DocumentID != unrelated.x.Document.ID {
		t.Errorf("Signatures = %d, %v; want the two originals', intact, in ingest order", len(sigs), err)
	}
	// a claim in the copy is the original's: the crosscheck's independence
	d := dossierOf(t, s, findOne(t, s, "Tidewater Guild").ID)
	var origins []string
	for _, c := range d.Claims {
		origins = append(origins, c.Origin)
	}
	if !slices.Equal(origins, []string{"", origID}) {
		t.Errorf("claim origins = %q, want none for the original and the original for the copy", origins)
	}
}

// testConcurrentPuts stores documents naming one group under several
// names from several goroutines at once: one global entity must result.
func testConcurrentPuts(t *testing.T, s dossier.Store) {
	const n = 8
	forms := []string{"Saltmarsh Riders", "Riders of the Saltmarsh"}
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i := range n {
		text := fmt.Sprintf("Dispatch %d: the Saltmarsh Riders, or Riders of the Saltmarsh, crossed the delta.\n", i)
		d := newDoc(t, fmt.Sprintf("delta/%d.txt", i), text).entity("e1", dossier.ArmedGroup, forms[i%2], forms[(i+1)%2])
		wg.Add(1)
		go func() {
			defer wg.Done()
			res, err := s.Put(context.Background(), d.x)
			if err == nil && !res.Added {
				err = fmt.Errorf("Put(%s) = %+v, want Added", d.x.Document.Path, res)
			}
			errs <- err
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Error(err)
		}
	}
	es, err := s.Entities(context.Background(), dossier.ArmedGroup)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 1 || es[0].Documents != n {
		t.Errorf("armed groups = %v, want one in %d documents", counted(es), n)
	}
	if ds, err := s.Documents(context.Background()); err != nil || len(ds) != n {
		t.Errorf("%d documents, %v; want %d", len(ds), err, n)
	}
}

// counted lists entities with their numbers of documents.
func counted(es []dossier.GlobalEntity) []string {
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%s#%d (%d documents)", e.Name, e.ID, e.Documents))
	}
	return out
}

// testBatch checks a Batcher's batches: what a rolled-back batch put is
// gone, and after a commit exactly the documents whose Put succeeded are
// stored, each whole, even when another document of the batch failed
// (a store may fail the whole batch then, and store nothing of it).
func testBatch(t *testing.T, s dossier.Store) {
	bs, ok := s.(dossier.Batcher)
	if !ok {
		t.Skipf("%T does not implement dossier.Batcher", s)
	}
	ctx := context.Background()
	b, err := bs.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	x := ambush(t).x
	if res, err := b.Put(ctx, x); err != nil || !res.Added {
		t.Fatalf("batch Put = %+v, %v", res, err)
	}
	if ok, err := b.HasDocument(ctx, x.Document.ID); err != nil || !ok {
		t.Errorf("batch HasDocument of its own document = %v, %v", ok, err)
	}
	if err := b.Rollback(); err != nil {
		t.Fatalf("Rollback: %v", err)
	}
	empty := snapshot(t, s)
	if len(empty.Documents) != 0 || len(empty.Entities) != 0 || len(empty.Events) != 0 {
		t.Fatalf("a rolled-back batch left %+v", empty)
	}

	b, err = bs.Begin(ctx)
	if err != nil {
		t.Fatalf("Begin: %v", err)
	}
	orig := harbour(t, "")
	bad := rival(t)
	bad.x.Entities[2].ID = bad.x.Entities[0].ID // two entities with one id
	var added []string
	failed := false
	for i, d := range []*doc{kidnapping(t), ambush(t), ambush(t), orig, bad, tollRises(t)} {
		res, err := b.Put(ctx, d.x)
		switch {
		case d == bad && err == nil:
			t.Fatalf("batch Put of a document with two entities of one id succeeded")
		case d == bad:
			failed = true
		case err != nil && !failed:
			t.Fatalf("batch Put %d (%s): %v", i, d.x.Document.Path, err)
		case err == nil && res.Added:
			added = append(added, d.x.Document.ID)
		case err == nil && i != 2:
			t.Errorf("batch Put %d (%s) = %+v, want Added", i, d.x.Document.Path, res)
		}
		if d == orig {
			if nf, ok := b.(dossier.NearCopyFinder); ok {
				id, _, found, err := nf.NearCopy(ctx, harbour(t, orig.x.Document.ID).x.Document.Signature, 0)
				if err != nil || !found || id != orig.x.Document.ID {
					t.Errorf("batch NearCopy of a copy of a document it put = %.12s, %v, %v", id, found, err)
				}
			}
		}
	}
	var want []string
	if err := b.Commit(); err != nil {
		t.Logf("the store failed the batch with the bad document: %v", err)
	} else {
		want = added
	}
	ds, err := s.Documents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("stored %d documents after the batch, want %d (the Puts that succeeded, if it committed)", len(got), len(want))
	}
	if slices.Contains(got, bad.x.Document.ID) {
		t.Errorf("the failed document is stored")
	}
	if _, err := s.Find(ctx, "Tomas Reel"); !errors.Is(err, dossier.ErrNotFound) {
		t.Errorf("Find(Tomas Reel), of the failed document only: %v, want ErrNotFound", err)
	}
	if len(want) == 4 {
		g := findOne(t, s, "GLF")
		if g.Documents != 2 {
			t.Errorf("GLF in %d documents, want 2", g.Documents)
		}
	}
}
