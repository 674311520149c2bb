package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"dossier"
	"dossier/demo"
	"dossier/export"
)

// eventFlags are the filters shared by events, timeline, export and
// severity.
type eventFlags struct {
	db, actor, country, since, until, typ *string
}

func (app *App) eventFlagSet(fs *flag.FlagSet) eventFlags {
	return eventFlags{
		db:      fs.String("db", app.defaultDB(), "database `path`"),
		actor:   fs.String("actor", "", "only events of this group (any of its names)"),
		country: fs.String("country", "", "only events in this country (ISO code, e.g. AF)"),
		since:   fs.String("since", "", "only events on or after this `date` (YYYY[-MM[-DD]])"),
		until:   fs.String("until", "", "only events on or before this `date`"),
		typ:     fs.String("type", "", "only events of this type (bombing, attack, kidnapping, arson, hostage, robbery, other)"),
	}
}

// loadEvents opens the store and lists the events the flags select.
func (app *App) loadEvents(ctx context.Context, ef eventFlags) ([]dossier.EventRecord, error) {
	st, err := app.openExisting(ctx, *ef.db)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	f := dossier.EventFilter{Country: *ef.country, Since: *ef.since, Until: *ef.until, Type: *ef.typ}
	if *ef.actor != "" {
		es, err := find(ctx, st, *ef.actor)
		if err != nil {
			return nil, err
		}
		f.ActorID = es[0].ID
	}
	return st.Events(ctx, f)
}

func runEvents(ctx context.Context, app *App, args []string) error {
	fs := app.flags("events", "dossier events [--db PATH] [--actor NAME] [--country CC] [--since DATE] [--until DATE] [--type TYPE] [--json]")
	ef := app.eventFlagSet(fs)
	asJSON := fs.Bool("json", false, "write JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	evs, err := app.loadEvents(ctx, ef)
	if err != nil {
		return err
	}
	if *asJSON {
		return export.JSON(app.Stdout, evs)
	}
	tw := tabwriter.NewWriter(app.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\tDATE\tTYPE\tLOCATION\tCOUNTRY\tPERPETRATOR\tKILLED\tINJURED\tKILLED OR INJURED\tREPORTS\n")
	for _, e := range evs {
		perp := e.Perpetrator
		if e.Claimed {
			perp += " (claimed)"
		} else if how := export.Blame(e); how != "" && perp != "" {
			perp += " (" + how + ")"
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%d\n", e.ID, dash(e.Date), e.Type, dash(e.Location), dash(e.Country), dash(perp),
			export.FormatFigure(e.Killed), export.FormatFigure(e.Injured), export.FormatFigure(e.KilledOrInjured), len(e.Reports))
	}
	return tw.Flush()
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func runTimeline(ctx context.Context, app *App, args []string) error {
	fs := app.flags("timeline", "dossier timeline [--db PATH] [--json] NAME-OR-ALIAS")
	ef := app.eventFlagSet(fs)
	asJSON := fs.Bool("json", false, "write JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError{"name a group, e.g. dossier timeline ISKP"}
	}
	name := strings.Join(fs.Args(), " ")
	ef.actor = &name
	evs, err := app.loadEvents(ctx, ef)
	if err != nil {
		return err
	}
	months, undated := export.Timeline(evs)
	if *asJSON {
		if months == nil {
			months = []export.Month{}
		}
		return writeJSON(app.Stdout, months)
	}
	tw := tabwriter.NewWriter(app.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "MONTH\tEVENTS\tKILLED\tINJURED\t\n")
	for _, m := range months {
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%s\n", m.Month, m.Events, m.Killed, m.Injured, strings.Repeat("█", min(m.Events, 40)))
	}
	tw.Flush()
	if undated > 0 {
		fmt.Fprintf(app.Stdout, "%d event(s) dated to the year only or not at all are not in the table.\n", undated)
	}
	return nil
}

func runExport(ctx context.Context, app *App, args []string) error {
	if len(args) == 0 || args[0] != "events" {
		return usageError{"what to export: events"}
	}
	fs := app.flags("export events", "dossier export events [--format csv|json|geojson] [filters] [-o FILE]")
	ef := app.eventFlagSet(fs)
	format := fs.String("format", "csv", "csv, json or geojson")
	out := fs.String("o", "", "write to this `file` instead of standard output")
	if err := parse(fs, args[1:]); err != nil {
		return err
	}
	write := map[string]func(io.Writer, []dossier.EventRecord) error{"csv": export.CSV, "json": export.JSON, "geojson": export.GeoJSON}[*format]
	if write == nil {
		return usageError{fmt.Sprintf("unknown format %q", *format)}
	}
	evs, err := app.loadEvents(ctx, ef)
	if err != nil {
		return err
	}
	w := app.Stdout
	if *out != "" {
		f, err := os.Create(*out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	return write(w, evs)
}

func runSeverity(ctx context.Context, app *App, args []string) error {
	fs := app.flags("severity", "dossier severity [--by actor|country] [filters] [--json]")
	ef := app.eventFlagSet(fs)
	by := fs.String("by", "actor", "sum up by actor or country")
	asJSON := fs.Bool("json", false, "write JSON")
	if err := parse(fs, args); err != nil {
		return err
	}
	key := map[string]func(dossier.EventRecord) string{
		"actor":   func(e dossier.EventRecord) string { return e.Perpetrator },
		"country": func(e dossier.EventRecord) string { return e.Country },
	}[*by]
	if key == nil {
		return usageError{"--by takes actor or country"}
	}
	evs, err := app.loadEvents(ctx, ef)
	if err != nil {
		return err
	}
	rows := export.Severity(evs, key)
	if *asJSON {
		if rows == nil {
			rows = []export.SeverityRow{}
		}
		return writeJSON(app.Stdout, rows)
	}
	tw := tabwriter.NewWriter(app.Stdout, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "%s\tINCIDENTS\tFATALITIES\tINJURIES\tHOSTAGE EVENTS\tSCORE\n", strings.ToUpper(*by))
	for _, r := range rows {
		fmt.Fprintf(tw, "%s\t%d\t%.0f\t%.0f\t%d\t%.1f\n", r.Key, r.Incidents, r.Fatalities, r.Injuries, r.Hostages, r.Score)
	}
	tw.Flush()
	fmt.Fprintf(app.Stdout, "score = %.0f×incidents + %.0f×fatalities + %.1f×injuries + %.1f×hostage events (Global Terrorism Index weights)\n",
		export.WeightIncident, export.WeightFatality, export.WeightInjury, export.WeightHostage)
	return nil
}

func runGenerate(ctx context.Context, app *App, args []string) error {
	fs := app.flags("generate", "dossier generate [--n N] [--paragraphs P] [--seed S] DIR")
	n := fs.Int("n", 1000, "number of articles")
	paras := fs.Int("paragraphs", 13, "paragraphs per article (13 gives about 600 words)")
	seed := fs.Uint64("seed", 1, "random seed")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"give the folder to write to"}
	}
	words, err := demo.Generate(fs.Arg(0), *n, *seed, *paras)
	if err != nil {
		return err
	}
	fmt.Fprintf(app.Stdout, "wrote %d generated articles (%d words) to %s: for speed measurements only\n", *n, words, fs.Arg(0))
	return nil
}
