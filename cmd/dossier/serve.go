package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"strings"

	"dossier"
	"dossier/sqlite"
	"dossier/web"
)

func runServe(ctx context.Context, app *App, args []string) error {
	fs := app.flags("serve", "dossier serve [--db PATH] [--addr HOST:PORT] [--token TOKEN] [--places FILE] [-v]")
	db := fs.String("db", app.defaultDB(), "database `path`")
	addr := fs.String("addr", "127.0.0.1:8080", "`address` to listen on; only this machine can connect unless you change it")
	token := fs.String("token", "", "bearer `token` that writes (POST /api/v1/documents) need; default $DOSSIER_TOKEN, else the token file beside the database (DB.token), created on first start")
	places := fs.String("places", "", "TSV `file` of extra places, for posted articles")
	verbose := fs.Bool("v", false, "log every request")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usageError{"serve takes no arguments"}
	}
	k, err := app.knowledge(*places)
	if err != nil {
		return err
	}
	kb, err := app.openStore(ctx, *db)
	if err != nil {
		return err
	}
	defer kb.Close()
	st, ok := kb.(*sqlite.Store)
	if !ok {
		return fmt.Errorf("serve: the web UI needs an SQLite knowledge base for now (search and pages use SQLite's full-text index)")
	}
	tok, where, err := serveToken(app, *token, *db)
	if err != nil {
		return err
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(app.Stderr, &slog.HandlerOptions{Level: level}))
	w := startWarmer(ctx, st, log)
	defer w.stop()
	srv, err := web.New(web.Options{Store: st, Ingester: &postIngester{k: k, st: st, stored: w.kick}, Token: tok, Logger: log})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	fmt.Fprintf(app.Stdout, "dossier: serving %s at http://%s/ (API: http://%s/api/v1/openapi.json)\n", *db, ln.Addr(), ln.Addr())
	fmt.Fprintf(app.Stdout, "write token: %s\n", where)
	if host, _, err := net.SplitHostPort(ln.Addr().String()); err == nil {
		if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
			fmt.Fprintf(app.Stderr, "warning: listening on %s: anyone who can reach it can read the knowledge base\n", ln.Addr())
		}
	}
	fmt.Fprintf(app.Stdout, "Press Ctrl-C to stop.\n")
	if err := srv.Serve(ctx, ln); err != nil {
		return err
	}
	fmt.Fprintf(app.Stdout, "dossier: stopped\n")
	return nil
}

// serveToken picks the write token: --token, else $DOSSIER_TOKEN, else the
// token file beside the database, made on first start. It returns the
// token and what to tell the person starting the server.
func serveToken(app *App, flagToken, db string) (token, where string, err error) {
	switch {
	case flagToken != "":
		return flagToken, "from --token", checkToken(flagToken)
	case app.Getenv("DOSSIER_TOKEN") != "":
		t := app.Getenv("DOSSIER_TOKEN")
		return t, "from $DOSSIER_TOKEN", checkToken(t)
	case db == ":memory:":
		t := web.NewToken()
		return t, t + " (new, kept nowhere: the database is in memory)", nil
	}
	path := db + ".token"
	t, created, err := web.LoadOrCreateToken(path)
	if err != nil {
		return "", "", err
	}
	if created {
		return t, fmt.Sprintf("%s (new, saved in %s with mode 0600)", t, path), nil
	}
	return t, "in " + path, nil
}

func checkToken(t string) error {
	if len(t) < web.MinTokenLength {
		return usageError{fmt.Sprintf("the token must have at least %d characters", web.MinTokenLength)}
	}
	return nil
}

// postIngester stores articles posted to the API: parsed by the name's
// format, extracted, linked to the document it is a near-copy of, and
// stored, like one file of 'dossier ingest'.
type postIngester struct {
	k  *knowledge
	st dossier.Store
	// stored, when set, is called after articles were added.
	stored func()
}

// Ingest implements web.Ingester.
func (p *postIngester) Ingest(ctx context.Context, name string, data []byte) ([]web.IngestResult, error) {
	docs, err := p.k.ingestOptions(strings.NewReader("")).Parse(name, data)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", dossier.ErrInvalid, err)
	}
	var out []web.IngestResult
	for _, doc := range docs {
		doc.Path = "POST /api/v1/documents"
		res := web.IngestResult{ID: doc.ID, Title: dossier.Deref(doc.Title)}
		if ok, err := p.st.HasDocument(ctx, doc.ID); err != nil {
			return out, err
		} else if ok {
			out = append(out, res)
			continue
		}
		x, err := p.k.ex.Extract(ctx, doc)
		if err != nil {
			return out, fmt.Errorf("extract: %w", err)
		}
		if f, ok := p.st.(dossier.NearCopyFinder); ok {
			id, sim, found, err := f.NearCopy(ctx, x.Document.Signature, 0)
			if err != nil {
				return out, err
			}
			if found && id != x.Document.ID {
				x.Document.CopyOf, x.Document.CopySimilarity = id, sim
			}
		}
		put, err := p.st.Put(ctx, x)
		if err != nil {
			if errors.Is(err, dossier.ErrInvalid) {
				return out, err
			}
			return out, fmt.Errorf("store: %w", err)
		}
		res.Added, res.CopyOf = put.Added, x.Document.CopyOf
		out = append(out, res)
		if put.Added && p.stored != nil {
			p.stored()
		}
	}
	return out, nil
}

// warmer computes again, in the background, the dossiers that posted
// articles made stale (of entities named in warmMinDocs documents or
// more), one run at a time: the next page of a big group is quick again
// instead of taking the first reader a second.
type warmer struct {
	st interface {
		Warm(context.Context, int) (int, error)
	}
	log    *slog.Logger
	signal chan struct{}
	cancel context.CancelFunc
	done   chan struct{}
}

func startWarmer(ctx context.Context, st interface {
	Warm(context.Context, int) (int, error)
}, log *slog.Logger) *warmer {
	ctx, cancel := context.WithCancel(ctx)
	w := &warmer{st: st, log: log, signal: make(chan struct{}, 1), cancel: cancel, done: make(chan struct{})}
	go w.run(ctx)
	return w
}

// kick asks for a run; kicks during a run make one more run after it.
func (w *warmer) kick() {
	select {
	case w.signal <- struct{}{}:
	default:
	}
}

func (w *warmer) run(ctx context.Context) {
	defer close(w.done)
	for {
		select {
		case <-ctx.Done():
			return
		case <-w.signal:
			n, err := w.st.Warm(ctx, warmMinDocs)
			switch {
			case err != nil && ctx.Err() == nil:
				w.log.Warn("preparing dossiers", "err", err)
			case n > 0:
				w.log.Debug("prepared dossiers", "entities", n)
			}
		}
	}
}

// stop ends the warmer and waits for it.
func (w *warmer) stop() {
	w.cancel()
	<-w.done
}
