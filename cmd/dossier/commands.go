package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"dossier"
	"dossier/crosscheck"
	"dossier/demo"
	"dossier/eval"
	"dossier/extract"
	"dossier/gazetteer"
	"dossier/ingest"
	"dossier/pipeline"
	"dossier/postgres"
	"dossier/render"
	"dossier/resolve"
	"dossier/sqlite"
)

var errHelp = flag.ErrHelp

// flags returns a FlagSet for a command that prints its usage to the app's
// stderr.
func (app *App) flags(name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(app.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(app.Stderr, "usage: %s\n\nflags:\n", usage)
		fs.PrintDefaults()
	}
	return fs
}

// parse parses flags, allowing them after positional arguments too
// ("dossier show ISKP --json").
func parse(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return errHelp
			}
			return usageError{err.Error()}
		}
		args = fs.Args()
		if len(args) == 0 {
			break
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

// knowledge is what extraction needs: places (with the user's overlay) and
// the extractor built on them.
type knowledge struct {
	gaz *gazetteer.Gazetteer
	ex  *extract.Extractor
}

func (app *App) knowledge(placesFiles ...string) (*knowledge, error) {
	g, err := gazetteer.Embedded()
	if err != nil {
		return nil, err
	}
	if p := app.Getenv("DOSSIER_PLACES"); p != "" {
		placesFiles = append(placesFiles, filepath.SplitList(p)...)
	}
	for _, f := range placesFiles {
		if f == "" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("places: %w", err)
		}
		if err := g.LoadExtra(bytes.NewReader(b)); err != nil {
			return nil, fmt.Errorf("places %s: %w", f, err)
		}
	}
	return &knowledge{gaz: g, ex: extract.New(extract.FromGazetteer(g))}, nil
}

func (k *knowledge) ingestOptions(stdin io.Reader) ingest.Options {
	return ingest.Options{Stdin: stdin, IsPlace: func(name string) bool { _, ok := k.gaz.Best(name); return ok }}
}

// kbStore is what the commands need of a knowledge base: sqlite.Store and
// postgres.Store are ones.
type kbStore interface {
	dossier.Store
	dossier.EventStore
}

// isPostgres reports whether a --db value is a PostgreSQL connection URL.
func isPostgres(path string) bool {
	return strings.HasPrefix(path, "postgres://") || strings.HasPrefix(path, "postgresql://")
}

// openStore opens the knowledge base at path: a PostgreSQL URL, or an
// SQLite file (created with its folder when missing).
func (app *App) openStore(ctx context.Context, path string) (kbStore, error) {
	if isPostgres(path) {
		return postgres.Open(ctx, path, resolve.New())
	}
	if path != ":memory:" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return nil, fmt.Errorf("database folder: %w", err)
		}
	}
	return sqlite.Open(ctx, path, resolve.New())
}

func runIngest(ctx context.Context, app *App, args []string) error {
	fs := app.flags("ingest", "dossier ingest [--db PATH] [--places FILE] [--workers N] [--no-warm] [-q] PATH...")
	db := fs.String("db", app.defaultDB(), "database `path`")
	places := fs.String("places", "", "TSV `file` of extra places (see the gazetteer package) to resolve place names against")
	workers := fs.Int("workers", 0, "extraction goroutines (0: one per CPU)")
	quiet := fs.Bool("q", false, "print only errors and the summary")
	noWarm := fs.Bool("no-warm", false, "do not prepare the dossiers of entities named in many documents after storing (they are then computed on the first request for them, by serve, or by the next ingest)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"give at least one file or folder, or - for standard input"}
	}
	k, err := app.knowledge(*places)
	if err != nil {
		return err
	}
	st, err := app.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	stats, err := app.ingest(ctx, k, st, fs.Args(), ingestRun{workers: *workers, quiet: *quiet, noWarm: *noWarm})
	if err != nil {
		return err
	}
	if stats.Failed > 0 {
		return exitError{1}
	}
	return nil
}

// ingestRun says how app.ingest runs: with how many extraction
// goroutines (0: one per CPU), whether it prints only errors and the
// summary, and whether it skips preparing dossiers at the end.
type ingestRun struct {
	workers       int
	quiet, noWarm bool
}

// ingest runs the pipeline with progress and per-file reports.
func (app *App) ingest(ctx context.Context, k *knowledge, st dossier.Store, paths []string, run ingestRun) (pipeline.Stats, error) {
	workers, quiet := run.workers, run.quiet
	var bar *progressbar.ProgressBar
	if f, ok := app.Stderr.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if n := ingest.CountFiles(paths); n > 5 {
			bar = progressbar.NewOptions(n, progressbar.OptionSetWriter(f), progressbar.OptionSetDescription("ingest"),
				progressbar.OptionShowCount(), progressbar.OptionShowIts(), progressbar.OptionSetItsString("files"),
				progressbar.OptionClearOnFinish(), progressbar.OptionThrottle(100*time.Millisecond))
		}
	}
	start := time.Now()
	last := 0
	g := &pipeline.Ingester{Store: st, Extractor: k.ex, Options: k.ingestOptions(app.Stdin), Workers: workers,
		OnReport: func(r pipeline.Report) {
			if bar != nil && r.Seq > last {
				bar.Set(r.Seq)
				last = r.Seq
			}
			switch {
			case r.Outcome == pipeline.Failed:
				if bar != nil {
					bar.Clear()
				}
				fmt.Fprintf(app.Stderr, "error: %v\n", r.Err)
			case quiet || bar != nil || r.Outcome == pipeline.Skipped:
			case r.Outcome == pipeline.Copy:
				fmt.Fprintf(app.Stdout, "%-9s %s  %s (near-copy of %.10s, similarity %.2f)\n", r.Outcome, short(r.Doc.ID), r.Path, r.Doc.CopyOf, r.Doc.CopySimilarity)
			default:
				fmt.Fprintf(app.Stdout, "%-9s %s  %s\n", r.Outcome, short(r.Doc.ID), r.Path)
			}
		}}
	stats, err := g.Run(ctx, paths)
	if bar != nil {
		bar.Finish()
	}
	el := time.Since(start)
	fmt.Fprintf(app.Stderr, "ingested: %d added, %d near-copies linked, %d already stored, %d failed, %d skipped (unknown type) in %s (%.1f documents/s, %.0f words/s)\n",
		stats.Added, stats.Copies, stats.Duplicates, stats.Failed, stats.Skipped, el.Round(time.Millisecond),
		float64(stats.Added+stats.Copies)/el.Seconds(), float64(stats.Words)/el.Seconds())
	if err != nil {
		return stats, err
	}
	// the dossiers of the groups named often are computed now rather than
	// on the first request for them
	if w, ok := st.(interface {
		Warm(context.Context, int) (int, error)
	}); ok && stats.Added+stats.Copies > 0 && !run.noWarm {
		start := time.Now()
		n, err := w.Warm(ctx, warmMinDocs)
		if err != nil {
			return stats, err
		}
		if n > 0 && !quiet {
			fmt.Fprintf(app.Stderr, "prepared the dossiers of %d entities named in %d or more documents in %s\n", n, warmMinDocs, time.Since(start).Round(time.Millisecond))
		}
	}
	return stats, nil
}

// warmMinDocs is the number of documents from which an entity's dossier is
// computed at the end of an ingest: below it, computing it on request is
// quick anyway.
const warmMinDocs = 20

func short(id string) string {
	if len(id) > 10 {
		return id[:10]
	}
	return id
}

func runExtract(ctx context.Context, app *App, args []string) error {
	fs := app.flags("extract", "dossier extract [--json] [--places FILE] FILE...")
	asJSON := fs.Bool("json", false, "write one JSON object per document (JSON Lines), as the extract contract defines")
	places := fs.String("places", "", "TSV `file` of extra places")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"give at least one file, or - for standard input"}
	}
	k, err := app.knowledge(*places)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(app.Stdout)
	defer out.Flush()
	failed := 0
	err = ingest.Walk(ctx, fs.Args(), k.ingestOptions(app.Stdin), func(it ingest.Item) error {
		if it.Err != nil {
			failed++
			fmt.Fprintf(app.Stderr, "error: %v\n", it.Err)
			return nil
		}
		if it.Doc == nil {
			return nil
		}
		x, err := k.ex.Extract(ctx, it.Doc)
		if err != nil {
			failed++
			fmt.Fprintf(app.Stderr, "error: %s: %v\n", it.Path, err)
			return nil
		}
		if *asJSON {
			b, err := json.Marshal(x)
			if err != nil {
				return err
			}
			out.Write(b)
			out.WriteByte('\n')
			return nil
		}
		writeExtraction(out, x)
		return nil
	})
	if err != nil {
		return err
	}
	if failed > 0 {
		out.Flush()
		return exitError{1}
	}
	return nil
}

// writeExtraction prints an extraction for a person to read.
func writeExtraction(w io.Writer, x *dossier.Extraction) {
	d := x.Document
	fmt.Fprintf(w, "%s  %s\n", short(d.ID), d.Path)
	fmt.Fprintf(w, "  title: %s\n  published: %s   source: %s   dateline: %s   language: %s\n",
		orDash(d.Title), orDash(d.Published), orDash(d.Source), orDash(d.Dateline), d.Language)
	for _, e := range x.Entities {
		fmt.Fprintf(w, "  %-4s %-13s %s", e.ID, e.Type, e.Name)
		if len(e.Aliases) > 0 {
			fmt.Fprintf(w, "  aka %s", strings.Join(e.Aliases, ", "))
		}
		if e.Country != nil {
			fmt.Fprintf(w, "  [%s", *e.Country)
			if e.Lat != nil {
				fmt.Fprintf(w, " %.3f,%.3f", *e.Lat, *e.Lon)
			}
			fmt.Fprint(w, "]")
		}
		fmt.Fprintf(w, "  (%d mentions)\n", len(e.Mentions))
	}
	for _, c := range x.Claims {
		src := "-"
		if c.Source != nil {
			src = *c.Source
		}
		fmt.Fprintf(w, "  claim %s %s: %s  [%s; source %s]\n", c.Subject, c.Predicate, render.ClaimValue(&c), c.Hedge, src)
	}
	for _, e := range x.Events {
		fmt.Fprintf(w, "  event %s %s at %s on %s\n", e.ID, e.Type, orDash(e.Location), orDash(e.Date))
	}
	fmt.Fprintln(w)
}

func orDash(p *string) string {
	if p == nil || *p == "" {
		return "-"
	}
	return *p
}

func runActors(ctx context.Context, app *App, args []string) error {
	fs := app.flags("actors", "dossier actors [--db PATH] [--type TYPE] [--json]")
	db := fs.String("db", app.defaultDB(), "database `path`")
	typ := fs.String("type", "", "only entities of this `type`: person, armed_group, organization, location")
	asJSON := fs.Bool("json", false, "write JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *typ != "" && !dossier.EntityType(*typ).Valid() {
		return usageError{fmt.Sprintf("unknown type %q", *typ)}
	}
	st, err := app.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	es, err := st.Entities(ctx, dossier.EntityType(*typ))
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(app.Stdout, es)
	}
	return render.Actors(app.Stdout, es)
}

// openExisting opens a database that must exist already.
func (app *App) openExisting(ctx context.Context, path string) (kbStore, error) {
	if path != ":memory:" && !isPostgres(path) {
		if _, err := os.Stat(path); errors.Is(err, fs.ErrNotExist) {
			return nil, fmt.Errorf("no database at %s: run 'dossier ingest PATH...' first, or give --db", path)
		}
	}
	return app.openStore(ctx, path)
}

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func runShow(ctx context.Context, app *App, args []string) error {
	fs := app.flags("show", "dossier show [--db PATH] [--json] NAME-OR-ALIAS")
	db := fs.String("db", app.defaultDB(), "database `path`")
	asJSON := fs.Bool("json", false, "write JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"name an entity, e.g. dossier show ISKP"}
	}
	name := strings.Join(fs.Args(), " ")
	st, err := app.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	return app.show(ctx, st, name, *asJSON)
}

// find returns the entities named name, best first, or an error a person
// can act on.
func find(ctx context.Context, st dossier.Store, name string) ([]dossier.GlobalEntity, error) {
	es, err := st.Find(ctx, name)
	if errors.Is(err, dossier.ErrNotFound) {
		return nil, fmt.Errorf("no entity is named %q; 'dossier actors' lists them", name)
	}
	return es, err
}

func (app *App) show(ctx context.Context, st dossier.Store, name string, asJSON bool) error {
	es, err := find(ctx, st, name)
	if err != nil {
		return err
	}
	d, err := st.Dossier(ctx, es[0].ID)
	if err != nil {
		return err
	}
	crosscheck.Dossier(d)
	if asJSON {
		return writeJSON(app.Stdout, d)
	}
	if err := render.Dossier(app.Stdout, d, render.Options{}); err != nil {
		return err
	}
	if len(es) > 1 {
		fmt.Fprintf(app.Stdout, "\nOther entities named %q:\n", name)
		for _, e := range es[1:] {
			fmt.Fprintf(app.Stdout, "  %s [%s], %d documents\n", e.Name, e.Type, e.Documents)
		}
	}
	return nil
}

func runConflicts(ctx context.Context, app *App, args []string) error {
	fs := app.flags("conflicts", "dossier conflicts [--db PATH] [--json] [NAME-OR-ALIAS]")
	db := fs.String("db", app.defaultDB(), "database `path`")
	asJSON := fs.Bool("json", false, "write JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := app.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	var es []dossier.GlobalEntity
	if fs.NArg() > 0 {
		found, err := find(ctx, st, strings.Join(fs.Args(), " "))
		if err != nil {
			return err
		}
		es = found[:1]
	} else if es, err = st.Entities(ctx, ""); err != nil {
		return err
	}
	all := []dossier.Conflict{}
	for _, e := range es {
		if e.Type == dossier.Location || e.Type == dossier.Person {
			continue
		}
		d, err := st.Dossier(ctx, e.ID)
		if err != nil {
			return err
		}
		crosscheck.Dossier(d)
		all = append(all, d.Conflicts...)
	}
	if *asJSON {
		return writeJSON(app.Stdout, all)
	}
	return render.Conflicts(app.Stdout, all, render.Options{})
}

func runDocs(ctx context.Context, app *App, args []string) error {
	fs := app.flags("docs", "dossier docs [--db PATH] [--json]")
	db := fs.String("db", app.defaultDB(), "database `path`")
	asJSON := fs.Bool("json", false, "write JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := app.openExisting(ctx, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	ds, err := st.Documents(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		if ds == nil {
			ds = []dossier.DocumentRef{}
		}
		return writeJSON(app.Stdout, ds)
	}
	return render.Documents(app.Stdout, ds)
}

func runDemo(ctx context.Context, app *App, args []string) error {
	fs := app.flags("demo", "dossier demo [--db PATH]")
	db := fs.String("db", "", "keep the demo database at this `path` (default: a temporary one, removed afterwards)")
	if err := parse(fs, args); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "dossier-demo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	corpus := filepath.Join(dir, "corpus")
	if err := os.CopyFS(corpus, demo.Corpus()); err != nil {
		return fmt.Errorf("demo corpus: %w", err)
	}
	placesFile := filepath.Join(dir, "places.tsv")
	if err := os.WriteFile(placesFile, demo.Places(), 0o644); err != nil {
		return err
	}
	path := *db
	if path == "" {
		path = filepath.Join(dir, "demo.db")
	}
	k, err := app.knowledge(placesFile)
	if err != nil {
		return err
	}
	st, err := app.openStore(ctx, path)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintf(app.Stdout, "Ingesting the demo corpus: original articles about fictional groups and places.\n\n")
	if _, err := app.ingest(ctx, k, st, []string{corpus}, ingestRun{}); err != nil {
		return err
	}
	es, err := st.Entities(ctx, dossier.ArmedGroup)
	if err != nil {
		return err
	}
	fmt.Fprintf(app.Stdout, "\nArmed groups in the knowledge base:\n")
	if err := render.Actors(app.Stdout, es); err != nil {
		return err
	}
	if len(es) == 0 {
		return errors.New("the demo found no armed group: extraction is broken")
	}
	fmt.Fprintln(app.Stdout)
	if err := app.show(ctx, st, es[0].Name, false); err != nil {
		return err
	}
	if *db != "" {
		fmt.Fprintf(app.Stdout, "\nThe demo database is kept at %s: try 'dossier show --db %s \"%s\"' or 'dossier serve --db %s'.\n", path, path, es[0].Name, path)
	} else {
		fmt.Fprintf(app.Stdout, "\nRun 'dossier demo --db demo.db' to keep the database, then explore it with 'dossier actors --db demo.db',\n"+
			"'dossier conflicts --db demo.db', 'dossier events --db demo.db' or in a browser with 'dossier serve --db demo.db'.\n")
	}
	return nil
}

func runEval(ctx context.Context, app *App, args []string) error {
	if len(args) > 0 && args[0] == "muc4" {
		return runEvalMUC4(ctx, app, args[1:])
	}
	if len(args) == 0 || args[0] != "news" {
		return usageError{"the evaluation to run: news or muc4"}
	}
	fs := app.flags("eval news", "dossier eval news [-v] [--json] [--places FILE] GOLD.jsonl")
	verbose := fs.Bool("v", false, "list misses, false positives and wrong slots")
	asJSON := fs.Bool("json", false, "write the report as JSON")
	places := fs.String("places", "", "TSV `file` of extra places")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"give one gold file"}
	}
	k, err := app.knowledge(*places)
	if err != nil {
		return err
	}
	opt := eval.Options{
		Logger: app.Log,
		SamePlace: func(a, b string) bool {
			pa, oka := k.gaz.Best(a)
			pb, okb := k.gaz.Best(b)
			return oka && okb && pa.ID == pb.ID
		},
		Ingest: func(line []byte) (*dossier.Document, error) {
			docs, err := k.ingestOptions(nil).Parse("gold.jsonl", line)
			if err != nil {
				return nil, err
			}
			return docs[0], nil
		},
		Load: func(path string) (*dossier.Document, error) {
			b, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			docs, err := k.ingestOptions(nil).Parse(path, b)
			if err != nil {
				return nil, err
			}
			return docs[0], nil
		},
	}
	rep, err := eval.News(ctx, fs.Arg(0), k.ex, opt)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeJSON(app.Stdout, rep)
	}
	return rep.WriteTable(app.Stdout, *verbose)
}
