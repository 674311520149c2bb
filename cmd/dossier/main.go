// Command dossier turns news articles about armed groups, terrorism and
// political violence into a sourced, queryable knowledge base.
//
// Run "dossier help" for the commands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

// command is one subcommand.
type command struct {
	name  string
	usage string
	short string
	run   func(ctx context.Context, app *App, args []string) error
}

// App holds what every command shares: where output goes and the
// configuration read from the environment.
type App struct {
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	Log            *slog.Logger
	// Getenv reads the environment; tests replace it.
	Getenv func(string) string
}

// exitError carries an exit status without a message of its own: the
// command has already said what went wrong.
type exitError struct{ code int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// usageError is a mistake in the command line.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func commands() []command {
	return []command{
		{"demo", "dossier demo [--db PATH]", "ingest the built-in demo corpus and print a dossier", runDemo},
		{"ingest", "dossier ingest [--db PATH] [--places FILE] [--workers N] [-q] PATH...", "read articles (files, folders, - for stdin) into the knowledge base", runIngest},
		{"extract", "dossier extract [--json] [--places FILE] FILE...", "extract entities, events and claims from files without a database", runExtract},
		{"actors", "dossier actors [--db PATH] [--type TYPE] [--json]", "list entities with their types and document counts", runActors},
		{"show", "dossier show [--db PATH] [--json] NAME-OR-ALIAS", "print the dossier of an entity, found by any of its names", runShow},
		{"conflicts", "dossier conflicts [--db PATH] [--json] [NAME-OR-ALIAS]", "list contradictions between sources", runConflicts},
		{"docs", "dossier docs [--db PATH] [--json]", "list the stored documents", runDocs},
		{"events", "dossier events [--actor NAME] [--country CC] [--since DATE] [--until DATE] [--json]", "list attacks, merged across sources", runEvents},
		{"timeline", "dossier timeline NAME-OR-ALIAS", "events per month of a group, with killed and injured", runTimeline},
		{"export", "dossier export events --format csv|json|geojson", "export events with ACLED/GTD-style columns", runExport},
		{"generate", "dossier generate [--n N] DIR", "write N generated articles for speed measurements", runGenerate},
		{"serve", "dossier serve [--db PATH] [--addr 127.0.0.1:8080] [--token TOKEN]", "serve the JSON API and the web pages", runServe},
		{"severity", "dossier severity [--by actor|country]", "incidents, fatalities, injuries and a GTI-weighted score", runSeverity},
		{"eval", "dossier eval news|muc4 [-v] [--json] FILE", "score extraction against gold annotations (news, MUC-4)", runEval},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	app := &App{Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, Getenv: os.Getenv,
		Log: slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	os.Exit(app.Main(ctx, os.Args[1:]))
}

// Main runs the command line args and returns the exit status.
func (app *App) Main(ctx context.Context, args []string) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		app.help(app.Stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, app, args[1:])
		var ee exitError
		var ue usageError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &ee):
			return ee.code
		case errors.As(err, &ue):
			fmt.Fprintf(app.Stderr, "dossier %s: %s\nusage: %s\n", c.name, ue.msg, c.usage)
			return 2
		case errors.Is(err, errHelp):
			return 0
		default:
			fmt.Fprintf(app.Stderr, "dossier %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(app.Stderr, "dossier: unknown command %q\n\n", args[0])
	app.help(app.Stderr)
	return 2
}

func (app *App) help(w io.Writer) {
	fmt.Fprintf(w, "dossier: a sourced knowledge base of armed groups, attacks and claims, built from news articles.\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.short)
	}
	fmt.Fprintf(w, "\nRun 'dossier COMMAND --help' for a command's flags.\nThe database is %s unless --db or DOSSIER_DB says otherwise.\n", app.defaultDB())
}

// defaultDB returns the database path used when --db is not given:
// $DOSSIER_DB, else $XDG_DATA_HOME/dossier/dossier.db, else
// ~/.local/share/dossier/dossier.db.
func (app *App) defaultDB() string {
	if p := app.Getenv("DOSSIER_DB"); p != "" {
		return p
	}
	if x := app.Getenv("XDG_DATA_HOME"); x != "" {
		return filepath.Join(x, "dossier", "dossier.db")
	}
	if h := app.Getenv("HOME"); h != "" {
		return filepath.Join(h, ".local", "share", "dossier", "dossier.db")
	}
	return "dossier.db"
}
