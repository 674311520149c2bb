package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"dossier"
	"dossier/demo"
	"dossier/extract"
)

// cli runs the command in-process with its own database and home.
type cli struct {
	t   *testing.T
	env map[string]string
}

func newCLI(t *testing.T) *cli {
	dir := t.TempDir()
	return &cli{t: t, env: map[string]string{
		"DOSSIER_DB": filepath.Join(dir, "data", "kb.db"),
		"HOME":       dir,
	}}
}

type result struct {
	code           int
	stdout, stderr string
}

func (c *cli) run(args ...string) result {
	c.t.Helper()
	var out, errb bytes.Buffer
	app := &App{Stdout: &out, Stderr: &errb, Stdin: strings.NewReader(""),
		Log:    slog.New(slog.NewTextHandler(io.Discard, nil)),
		Getenv: func(k string) string { return c.env[k] }}
	code := app.Main(context.Background(), args)
	return result{code, out.String(), errb.String()}
}

// must runs a command that must exit with code.
func (c *cli) must(code int, args ...string) result {
	c.t.Helper()
	r := c.run(args...)
	if r.code != code {
		c.t.Fatalf("dossier %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(args, " "), r.code, code, r.stdout, r.stderr)
	}
	return r
}

// show returns the dossier `show NAME --json` prints.
func (c *cli) show(name string) *dossier.Dossier {
	c.t.Helper()
	r := c.must(0, "show", name, "--json")
	var d dossier.Dossier
	if err := json.Unmarshal([]byte(r.stdout), &d); err != nil {
		c.t.Fatalf("show %s --json: %v\n%s", name, err, r.stdout)
	}
	return &d
}

func (c *cli) docs() []dossier.DocumentRef {
	c.t.Helper()
	r := c.must(0, "docs", "--json")
	var ds []dossier.DocumentRef
	if err := json.Unmarshal([]byte(r.stdout), &ds); err != nil {
		c.t.Fatalf("docs --json: %v\n%s", err, r.stdout)
	}
	return ds
}

func (c *cli) actors(typ dossier.EntityType) []dossier.GlobalEntity {
	c.t.Helper()
	r := c.must(0, "actors", "--type", string(typ), "--json")
	var es []dossier.GlobalEntity
	if err := json.Unmarshal([]byte(r.stdout), &es); err != nil {
		c.t.Fatalf("actors --json: %v\n%s", err, r.stdout)
	}
	return es
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestDemo(t *testing.T) {
	c := newCLI(t)
	r := c.must(0, "demo")
	for _, want := range []string{"Crimson Covenant\n================", "Names and aliases", "Armed groups in the knowledge base"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("demo output lacks %q:\n%s", want, r.stdout)
		}
	}
	if _, err := os.Stat(c.env["DOSSIER_DB"]); err == nil {
		t.Error("demo wrote to the default database; it must use a temporary one")
	}
}

func TestIngestReportsBadFile(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.txt")
	bad := filepath.Join(dir, "bad.txt")
	writeFile(t, good, "Depot raided near Dornhal\n\nGunmen of the Northern Wolves raided a grain depot near Dornhal on Tuesday, police said.\n")
	writeFile(t, bad, "Depot\x00\x00raided")

	r := c.must(1, "ingest", dir)
	var errs []string
	for _, line := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(line, "error: ") {
			errs = append(errs, line)
		}
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], "error: "+bad+": ") || !strings.Contains(errs[0], "binary") {
		t.Errorf("stderr error lines %q, want one \"error: %s: <reason>\"", errs, bad)
	}
	if !strings.Contains(r.stdout, good) {
		t.Errorf("stdout does not report %s:\n%s", good, r.stdout)
	}
	ds := c.docs()
	if len(ds) != 1 || ds[0].Path != good {
		t.Errorf("docs --json = %+v, want exactly %s", ds, good)
	}

	// ingesting it again stores nothing new, and still fails on bad.txt
	c.must(1, "ingest", dir)
	if ds := c.docs(); len(ds) != 1 {
		t.Errorf("after a second ingest, %d documents, want 1", len(ds))
	}
	// a good file alone succeeds
	c.must(0, "ingest", good)
	// no path is a usage error
	if r := c.must(2, "ingest"); !strings.Contains(r.stderr, "usage:") {
		t.Errorf("ingest without paths: stderr %q, want the usage", r.stderr)
	}
}

func TestQueries(t *testing.T) {
	c := newCLI(t)
	// before any ingest: a helpful message, not an empty database
	if r := c.must(1, "show", "Crimson Covenant"); !strings.Contains(r.stderr, "no database") || !strings.Contains(r.stderr, "dossier ingest") {
		t.Errorf("show without a database: stderr %q", r.stderr)
	}
	if _, err := os.Stat(c.env["DOSSIER_DB"]); err == nil {
		t.Error("show created the database")
	}

	c.must(0, "demo", "--db", c.env["DOSSIER_DB"])

	r := c.must(0, "show", "Crimson Covenant", "--json")
	var raw map[string]json.RawMessage
	if err := json.Unmarshal([]byte(r.stdout), &raw); err != nil {
		t.Fatalf("show --json is not a JSON object: %v\n%s", err, r.stdout)
	}
	for _, k := range []string{"entity", "aliases", "documents", "related", "claims", "mentions", "merges"} {
		if _, ok := raw[k]; !ok {
			t.Errorf("show --json lacks %q", k)
		}
	}
	d := c.show("Crimson Covenant")
	if d.Entity.Name != "Crimson Covenant" || d.Entity.Type != dossier.ArmedGroup || d.Entity.Documents < 2 {
		t.Errorf("show Crimson Covenant: entity %+v", d.Entity)
	}
	if len(d.Aliases) == 0 || d.Aliases[0].Name != "Crimson Covenant" || len(d.Aliases[0].Documents) == 0 {
		t.Errorf("show Crimson Covenant: aliases %+v, want its own name first, with documents", d.Aliases)
	}
	if len(d.Documents) != d.Entity.Documents {
		t.Errorf("show Crimson Covenant: %d documents listed, entity says %d", len(d.Documents), d.Entity.Documents)
	}
	// any spelling of a name, and flags before or after it
	if o := c.show("the CRIMSON-covenant"); o.Entity.ID != d.Entity.ID {
		t.Errorf("show the CRIMSON-covenant = %s, want %s", o.Entity.Name, d.Entity.Name)
	}
	if r := c.must(0, "show", "--json", "Crimson", "Covenant"); !strings.Contains(r.stdout, `"entity"`) {
		t.Errorf("show --json Crimson Covenant: %s", r.stdout)
	}
	if r := c.must(0, "show", "Crimson Covenant"); !strings.Contains(r.stdout, "Names and aliases") {
		t.Errorf("show (text) lacks its aliases:\n%s", r.stdout)
	}

	r = c.must(1, "show", "Nobody Anyone Knows")
	if !strings.Contains(r.stderr, `"Nobody Anyone Knows"`) || !strings.Contains(r.stderr, "dossier actors") {
		t.Errorf("show of an unknown name: stderr %q, want the name and a pointer to 'dossier actors'", r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("show of an unknown name wrote to stdout: %q", r.stdout)
	}
	if r := c.must(2, "show"); !strings.Contains(r.stderr, "usage:") {
		t.Errorf("show without a name: stderr %q", r.stderr)
	}

	if r := c.must(2, "actors", "--type", "bogus"); !strings.Contains(r.stderr, "bogus") || !strings.Contains(r.stderr, "usage:") {
		t.Errorf("actors --type bogus: stderr %q, want the type and the usage", r.stderr)
	}
	c.must(2, "actors", "--no-such-flag")
	groups := c.actors(dossier.ArmedGroup)
	if len(groups) == 0 {
		t.Fatal("actors --type armed_group lists nothing")
	}
	for i, g := range groups {
		if g.Type != dossier.ArmedGroup {
			t.Errorf("actors --type armed_group lists %s [%s]", g.Name, g.Type)
		}
		if i > 0 && g.Documents > groups[i-1].Documents {
			t.Errorf("actors not sorted by documents: %s (%d) after %s (%d)", g.Name, g.Documents, groups[i-1].Name, groups[i-1].Documents)
		}
	}
	if r := c.must(0, "actors"); !strings.Contains(r.stdout, "Crimson Covenant") {
		t.Errorf("actors (text) lacks the Crimson Covenant:\n%s", r.stdout)
	}
	if ds := c.docs(); len(ds) != 20 {
		t.Errorf("docs --json lists %d documents, want the demo's 20", len(ds))
	}

	if r := c.must(2, "frobnicate"); !strings.Contains(r.stderr, "unknown command") {
		t.Errorf("unknown command: stderr %q", r.stderr)
	}
	c.must(0, "help")
	c.must(0, "show", "--help")
}

func TestExtractJSON(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	var files []string
	for _, name := range []string{"2024-03-14-meridian-dornhal-bombing.txt", "frontier-monitor-crimson-covenant-explainer.html", "northline-post-feed.jsonl"} {
		b, err := fs.ReadFile(demo.Corpus(), name)
		if err != nil {
			t.Fatal(err)
		}
		p := filepath.Join(dir, name)
		writeFile(t, p, string(b))
		files = append(files, p)
	}
	r := c.must(0, append([]string{"extract", "--json"}, files...)...)
	if _, err := os.Stat(c.env["DOSSIER_DB"]); err == nil {
		t.Error("extract created a database")
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 6 { // 1 + 1 + 4 JSON lines
		t.Fatalf("extract --json wrote %d lines, want 6:\n%s", len(lines), r.stdout)
	}
	var events, claims, mentions int
	for i, line := range lines {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal([]byte(line), &obj); err != nil {
			t.Fatalf("line %d is not a JSON object: %v", i+1, err)
		}
		for _, k := range []string{"document", "entities", "events", "claims"} {
			if _, ok := obj[k]; !ok {
				t.Errorf("line %d lacks %q", i+1, k)
			}
		}
		var doc map[string]json.RawMessage
		json.Unmarshal(obj["document"], &doc)
		for _, k := range []string{"id", "path", "url", "title", "published", "source", "dateline", "language", "text"} {
			if _, ok := doc[k]; !ok {
				t.Errorf("line %d: document lacks %q", i+1, k)
			}
		}
		for _, k := range []string{"entities", "events", "claims"} {
			if !bytes.HasPrefix(obj[k], []byte("[")) {
				t.Errorf("line %d: %s is %s, want an array", i+1, k, obj[k])
			}
		}
		var ents []map[string]json.RawMessage
		json.Unmarshal(obj["entities"], &ents)
		for _, e := range ents {
			for _, k := range []string{"id", "name", "type", "aliases", "country", "lat", "lon", "mentions"} {
				if _, ok := e[k]; !ok {
					t.Errorf("line %d: entity %s lacks %q", i+1, e["name"], k)
				}
			}
		}

		var x dossier.Extraction
		if err := json.Unmarshal([]byte(line), &x); err != nil {
			t.Fatal(err)
		}
		text := x.Document.Text
		if x.Document.ID != dossier.TextID(text) {
			t.Errorf("line %d: id %s is not the hash of the text", i+1, x.Document.ID)
		}
		if x.Document.Path != files[min(i, 2)] {
			t.Errorf("line %d: path %q, want %q", i+1, x.Document.Path, files[min(i, 2)])
		}
		span := func(what string, start, end int, s string) {
			t.Helper()
			if start < 0 || end > len(text) || start > end {
				t.Errorf("line %d: %s [%d,%d) outside the text (%d bytes)", i+1, what, start, end, len(text))
				return
			}
			if text[start:end] != s {
				t.Errorf("line %d: %s [%d,%d) is %q in the text, %q in the output", i+1, what, start, end, text[start:end], s)
			}
		}
		for _, e := range x.Entities {
			if !e.Type.Valid() {
				t.Errorf("line %d: entity %s has type %q", i+1, e.Name, e.Type)
			}
			if len(e.Mentions) == 0 {
				t.Errorf("line %d: entity %s has no mentions", i+1, e.Name)
			}
			for _, m := range e.Mentions {
				span("mention of "+e.Name, m.Start, m.End, m.Text)
				mentions++
			}
		}
		for _, v := range x.Events {
			for _, ev := range v.Evidence {
				span("evidence of event "+v.ID, ev.Start, ev.End, ev.Text)
			}
			events++
		}
		for _, cl := range x.Claims {
			span("evidence of claim "+cl.Predicate, cl.Evidence.Start, cl.Evidence.End, cl.Evidence.Text)
			if x.EntityByID(cl.SubjectEntity) == nil {
				t.Errorf("line %d: claim %s about %q names no entity of the document (%q)", i+1, cl.Predicate, cl.Subject, cl.SubjectEntity)
			}
			claims++
		}
	}
	if mentions == 0 {
		t.Error("the wire story, the explainer and the feed gave no mentions")
	}
	t.Logf("%d mentions, %d events and %d claims checked", mentions, events, claims)

	// text output, and a file that fails
	bad := filepath.Join(dir, "empty.txt")
	writeFile(t, bad, "")
	r = c.must(1, "extract", files[0], bad)
	if !strings.Contains(r.stdout, "Crimson Covenant") || !strings.Contains(r.stderr, "error: "+bad+": ") {
		t.Errorf("extract FILE BAD: stdout %q stderr %q", r.stdout, r.stderr)
	}
}

// TestSeeds checks the acceptance points of the issue on the seed articles
// of the shared folder, when it is there.
func TestSeeds(t *testing.T) {
	seeds := filepath.Join("..", "..", "..", "shared", "seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skipf("no seeds at %s", seeds)
	}
	c := newCLI(t)
	c.must(0, "ingest", seeds)

	// ISIS-K under every name it goes by
	iskp := c.show("ISKP")
	if o := c.show("IS-K"); o.Entity.ID != iskp.Entity.ID {
		t.Errorf("show IS-K = %s #%d, show ISKP = %s #%d: want one entity", o.Entity.Name, o.Entity.ID, iskp.Entity.Name, iskp.Entity.ID)
	}
	if iskp.Entity.Type != dossier.ArmedGroup {
		t.Errorf("ISKP is %s, want armed_group", iskp.Entity.Type)
	}
	var aliases []string
	for _, a := range iskp.Aliases {
		aliases = append(aliases, a.Name)
	}
	for _, want := range []string{"Islamic State Khorasan Province", "ISIS-K", "ISKP", "ISK", "IS-K", "ISIS-Khorasan"} {
		if !slices.Contains(aliases, want) {
			t.Errorf("ISKP aliases %q lack %q", aliases, want)
		}
	}

	// the Islamic State: a separate entity, its parent
	is := c.show("Islamic State")
	if is.Entity.ID == iskp.Entity.ID || is.Entity.Type != dossier.ArmedGroup {
		t.Errorf("show Islamic State = %s #%d [%s], want an armed group apart from ISKP #%d", is.Entity.Name, is.Entity.ID, is.Entity.Type, iskp.Entity.ID)
	}
	parent := false
	for _, r := range iskp.Related {
		if r.Predicate == "parent" && r.EntityID == is.Entity.ID {
			parent = true
		}
	}
	if !parent {
		t.Errorf("ISKP related %+v, want parent #%d %s", iskp.Related, is.Entity.ID, is.Entity.Name)
	}

	// types
	for _, tc := range []struct {
		typ   dossier.EntityType
		names []string
	}{
		{dossier.ArmedGroup, []string{"Taliban", "Tehrik-i-Taliban Pakistan", "Islamic Movement of Uzbekistan"}},
		{dossier.Organization, []string{"United Nations", "SITE Intelligence Group", "Institute for the Study of War", "International Committee of the Red Cross"}},
		{dossier.Person, []string{"Shehab al-Muhajir", "Jennifer Cafarella"}},
	} {
		for _, n := range tc.names {
			d := c.show(n)
			if d.Entity.Type != tc.typ || extract.Key(d.Entity.Name) != extract.Key(n) {
				t.Errorf("show %s = %s [%s], want %s [%s]", n, d.Entity.Name, d.Entity.Type, n, tc.typ)
			}
		}
	}

	// the Pakistani Taliban: one entity, not the Taliban
	ttp := c.show("Tehrik-i-Taliban Pakistan")
	for _, n := range []string{"Pakistan Taliban", "Pakistani Taliban"} {
		if d := c.show(n); d.Entity.ID != ttp.Entity.ID {
			t.Errorf("show %s = %s #%d, want Tehrik-i-Taliban Pakistan #%d", n, d.Entity.Name, d.Entity.ID, ttp.Entity.ID)
		}
	}
	if tal := c.show("Taliban"); tal.Entity.ID == ttp.Entity.ID {
		t.Error("the Taliban and the Pakistani Taliban are one entity")
	}
	ttpNames := map[string]bool{}
	for _, n := range []string{"Tehrik-i-Taliban Pakistan", "Pakistan Taliban", "Pakistani Taliban", "TTP"} {
		ttpNames[extract.Key(n)] = true
	}
	groups := c.actors(dossier.ArmedGroup)
	var ttps []string
	for _, g := range groups {
		if ttpNames[extract.Key(g.Name)] {
			ttps = append(ttps, g.Name)
		}
	}
	if len(ttps) != 1 {
		t.Errorf("armed groups named as the Pakistani Taliban: %q, want one", ttps)
	}

	// Cafarella is one person
	var cafarellas []string
	for _, typ := range []dossier.EntityType{dossier.Person, dossier.Organization, dossier.ArmedGroup, dossier.Location} {
		for _, e := range c.actors(typ) {
			if strings.Contains(e.Name, "Cafarella") {
				cafarellas = append(cafarellas, e.Name+" ["+string(e.Type)+"]")
			}
		}
	}
	if len(cafarellas) != 1 {
		t.Errorf("entities named Cafarella: %q, want exactly one", cafarellas)
	}

	// places
	for _, n := range []string{"Kabul", "Kunar", "Nangarhar", "Nuristan", "Jawzjan", "Faryab"} {
		e := c.show(n).Entity
		if e.Type != dossier.Location || dossier.Deref(e.Country) != "AF" || e.Lat == nil || e.Lon == nil {
			t.Errorf("show %s = %s [%s] country %q coordinates %v,%v; want a location in AF with coordinates", n, e.Name, e.Type, dossier.Deref(e.Country), e.Lat, e.Lon)
		}
	}

	// the attack: one event from both articles, dated from the weekday one
	// gives and the day the other was published, claimed by ISIS-K, with
	// 13 killed and "more than 150" killed and wounded kept together
	var evs []dossier.EventRecord
	if err := json.Unmarshal([]byte(c.must(0, "events", "--actor", "ISIS-K", "--json").stdout), &evs); err != nil {
		t.Fatal(err)
	}
	var kabul []dossier.EventRecord
	for _, e := range evs {
		if strings.Contains(e.Location, "Kabul") {
			kabul = append(kabul, e)
		}
	}
	if len(kabul) != 1 {
		t.Fatalf("ISIS-K events at Kabul: %+v, want one", kabul)
	}
	e := kabul[0]
	if e.Date != "2021-08-26" || e.Type != "bombing" || !e.Claimed || e.PerpetratorID != iskp.Entity.ID || e.Country != "AF" || len(e.Reports) != 2 {
		t.Errorf("the Kabul airport attack: %s %s claimed %v by #%d in %q from %d reports; want a bombing on 2021-08-26 claimed by ISKP #%d in AF from 2 reports",
			e.Type, e.Date, e.Claimed, e.PerpetratorID, e.Country, len(e.Reports), iskp.Entity.ID)
	}
	if e.Lat == nil || e.Lon == nil || e.Admin1 != "Kabul" {
		t.Errorf("the Kabul airport attack is at %v,%v in %q: want Kabul's coordinates and first-level division", e.Lat, e.Lon, e.Admin1)
	}
	// what seed 000 expects the group to try is no attack
	var all []dossier.EventRecord
	if err := json.Unmarshal([]byte(c.must(0, "events", "--json").stdout), &all); err != nil {
		t.Fatal(err)
	}
	for _, ev := range all {
		if ev.PerpetratorID == 0 && ev.Location == "" {
			t.Errorf("event #%d (%s) has neither perpetrator nor place: %+v", ev.ID, ev.Type, ev.Reports)
		}
	}
	if k := e.Killed.LatestMin; k == nil || *k != 13 {
		t.Errorf("killed %+v, want at least 13", e.Killed)
	}
	if b := e.KilledOrInjured.LatestMin; b == nil || *b != 150 || e.Injured.LatestMin != nil {
		t.Errorf("killed or injured %+v, injured %+v: want more than 150 killed and wounded together, no injured figure", e.KilledOrInjured, e.Injured)
	}

	// document metadata
	seen := 0
	for _, d := range c.docs() {
		switch {
		case strings.HasPrefix(filepath.Base(d.Path), "004_"):
			seen++
			if d.Published != "2021-08-27" || d.Dateline != "Kabul" {
				t.Errorf("004: published %q dateline %q, want 2021-08-27 and Kabul", d.Published, d.Dateline)
			}
		case strings.HasPrefix(filepath.Base(d.Path), "000_"):
			seen++
			if d.Source != "MENA Research and Study Center" {
				t.Errorf("000: source %q, want MENA Research and Study Center", d.Source)
			}
		}
	}
	if seen != 2 {
		t.Errorf("found %d of the seed documents 000 and 004", seen)
	}
}

// TestIngestNoWarm checks that ingest prepares the dossiers of entities
// named in many documents after storing, unless told not to.
func TestIngestNoWarm(t *testing.T) {
	c := newCLI(t)
	dir := t.TempDir()
	c.must(0, "generate", "--n", "30", "--seed", "7", dir)
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) < 30 {
		t.Fatalf("generate wrote %d files (%v)", len(names), err)
	}
	half := t.TempDir()
	for _, n := range names[:25] {
		if err := os.Rename(n, filepath.Join(half, filepath.Base(n))); err != nil {
			t.Fatal(err)
		}
	}
	const prepared = "prepared the dossiers of"
	if r := c.must(0, "ingest", "--no-warm", half); strings.Contains(r.stderr, prepared) {
		t.Errorf("ingest --no-warm prepared dossiers:\n%s", r.stderr)
	}
	if r := c.must(0, "ingest", dir); !strings.Contains(r.stderr, prepared) {
		t.Errorf("ingest did not prepare the dossiers of entities named in %d documents or more:\n%s", warmMinDocs, r.stderr)
	}
}
