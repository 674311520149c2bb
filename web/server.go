// Package web serves dossier's knowledge base over HTTP: a JSON API under
// /api/v1, described by the OpenAPI 3 document at /api/v1/openapi.json,
// and web pages rendered on the server with html/template: search, the
// dossier of an entity (facts with their crosscheck status and sources,
// strength estimates, a timeline and a map of its events, related
// entities), events with their reports side by side, and documents with
// every mention, claim and event highlighted and linked (provenance).
//
// Everything the pages use is embedded (templates, style sheet, country
// outlines); nothing is fetched from elsewhere and the pages run no
// script. Article text is untrusted: templates escape it, and every answer
// carries a Content-Security-Policy that forbids scripts, inline styles and
// framing. Writes (POST /api/v1/documents) need a bearer token.
//
// Errors are answered in one shape, {"error": {"code", "message"}}, with
// the status that classify maps from dossier.ErrNotFound, ErrInvalid and
// this package's errors.
package web

import (
	"context"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"runtime/debug"
	"sort"
	"strings"
	"sync"
	"time"

	"dossier"
	"dossier/sqlite"
)

// Store is what the server reads and writes: a dossier.Store that keeps
// events, with search and the lookups pages need. *sqlite.Store is one.
type Store interface {
	dossier.Store
	dossier.EventStore
	// Search finds entities, documents, claims and events matching a query.
	Search(ctx context.Context, q string, limit int) (*sqlite.SearchResult, error)
	// Event returns one event, or dossier.ErrNotFound.
	Event(ctx context.Context, id int64) (*dossier.EventRecord, error)
	// EventsBrief lists events with their figures but not their reports'
	// text, for charts.
	EventsBrief(ctx context.Context, f dossier.EventFilter) ([]dossier.EventRecord, error)
	// LatestEventsBrief lists the latest f.Limit events as EventsBrief
	// does, with how many the filter selects.
	LatestEventsBrief(ctx context.Context, f dossier.EventFilter) ([]dossier.EventRecord, int, error)
	// CountEvents counts the events a filter selects, ignoring its limit.
	CountEvents(ctx context.Context, f dossier.EventFilter) (int, error)
	// EntityNames returns the names and aliases of entities.
	EntityNames(ctx context.Context, ids []int64) (map[int64][]string, error)
	// Version grows with every document stored; answers are cached under it.
	Version(ctx context.Context) (int64, error)
	// EventTypes lists the event types stored.
	EventTypes(ctx context.Context) ([]string, error)
	// DocumentPage returns a page of documents and the total.
	DocumentPage(ctx context.Context, limit, offset int) ([]dossier.DocumentRef, int, error)
	// DocumentLinks maps a document's entities and events to global ones.
	DocumentLinks(ctx context.Context, id string) (*sqlite.DocumentLinks, error)
}

var _ Store = (*sqlite.Store)(nil)

// Ingester reads, extracts and stores a posted article.
type Ingester interface {
	// Ingest stores the articles in data. name's extension says the format
	// (.json: an object with text, title, url, published, source; .txt:
	// plain text; .html: a page). A problem with the input is an error
	// wrapping dossier.ErrInvalid.
	Ingest(ctx context.Context, name string, data []byte) ([]IngestResult, error)
}

// IngestResult says what happened to one posted article.
type IngestResult struct {
	ID string `json:"id"`
	// Added is false when the same text was stored already.
	Added  bool   `json:"added"`
	CopyOf string `json:"copy_of,omitempty"`
	Title  string `json:"title,omitempty"`
}

// DefaultMaxBodyBytes is the largest request body read when
// Options.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 10 << 20

// RequestTimeout bounds the work of one request.
const RequestTimeout = 60 * time.Second

// ShutdownTimeout is how long Serve waits for requests in flight when its
// context ends.
const ShutdownTimeout = 30 * time.Second

// Options configure a Server.
type Options struct {
	Store Store
	// Ingester stores posted articles; nil turns POST /api/v1/documents off
	// (503).
	Ingester Ingester
	// Token is the bearer token writes need; empty refuses every write.
	Token string
	// Logger logs requests (debug) and failures; nil discards.
	Logger *slog.Logger
	// MaxBodyBytes limits request bodies; 0 means DefaultMaxBodyBytes.
	MaxBodyBytes int64
	// CacheSize is how many crosschecked dossiers are kept between
	// requests (until a document is stored); 0 means DefaultCacheSize, a
	// negative number turns the cache off.
	CacheSize int
}

// DefaultCacheSize is the number of dossiers cached when
// Options.CacheSize is 0.
const DefaultCacheSize = 16

// Server is dossier's HTTP server.
type Server struct {
	opt      Options
	log      *slog.Logger
	pages    map[string]*template.Template
	routes   []route
	handler  http.Handler
	ingestMu sync.Mutex // one ingest at a time: the store has one writer
	dossiers *dossierCache
}

// anyMethod is the method of a route that answers every method.
const anyMethod = "*"

// route is one method and path of the server.
type route struct {
	method, pattern string
	api             bool // JSON errors rather than an HTML page
	auth            bool // needs the bearer token
	h               func(w http.ResponseWriter, r *http.Request) error
}

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

//go:embed openapi.json
var openAPI []byte

// New returns a server on opt.Store.
func New(opt Options) (*Server, error) {
	if opt.Store == nil {
		return nil, errors.New("web: no store")
	}
	if opt.MaxBodyBytes <= 0 {
		opt.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if opt.Logger == nil {
		opt.Logger = slog.New(slog.DiscardHandler)
	}
	if opt.Token != "" && len(opt.Token) < MinTokenLength {
		return nil, fmt.Errorf("web: the token is shorter than %d characters", MinTokenLength)
	}
	if !json.Valid(openAPI) {
		return nil, errors.New("web: openapi.json is not valid JSON")
	}
	if opt.CacheSize == 0 {
		opt.CacheSize = DefaultCacheSize
	}
	s := &Server{opt: opt, log: opt.Logger, dossiers: newDossierCache(opt.CacheSize)}
	if err := s.parseTemplates(); err != nil {
		return nil, err
	}
	s.routes = []route{
		{method: "GET", pattern: "/api/v1/openapi.json", api: true, h: s.apiOpenAPI},
		{method: "GET", pattern: "/api/v1/search", api: true, h: s.apiSearch},
		{method: "GET", pattern: "/api/v1/entities", api: true, h: s.apiEntities},
		{method: "GET", pattern: "/api/v1/entities/{id}", api: true, h: s.apiEntity},
		{method: "GET", pattern: "/api/v1/events", api: true, h: s.apiEvents},
		{method: "GET", pattern: "/api/v1/events/{id}", api: true, h: s.apiEvent},
		{method: "GET", pattern: "/api/v1/documents", api: true, h: s.apiDocuments},
		{method: "POST", pattern: "/api/v1/documents", api: true, auth: true, h: s.apiPostDocument},
		{method: "GET", pattern: "/api/v1/documents/{id}", api: true, h: s.apiDocument},
		{method: anyMethod, pattern: "/api/v1/", api: true, h: notFound},

		{method: "GET", pattern: "/{$}", h: s.pageHome},
		{method: "GET", pattern: "/search", h: s.pageSearch},
		{method: "GET", pattern: "/entities", h: s.pageEntities},
		{method: "GET", pattern: "/entities/{id}", h: s.pageEntity},
		{method: "GET", pattern: "/events", h: s.pageEvents},
		{method: "GET", pattern: "/events/{id}", h: s.pageEvent},
		{method: "GET", pattern: "/documents", h: s.pageDocuments},
		{method: "GET", pattern: "/documents/{id}", h: s.pageDocument},
		{method: "GET", pattern: "/static/", h: s.static},
		{method: anyMethod, pattern: "/", h: notFound},
	}
	mux := http.NewServeMux()
	byPattern := map[string][]route{}
	var patterns []string
	for _, rt := range s.routes {
		if _, ok := byPattern[rt.pattern]; !ok {
			patterns = append(patterns, rt.pattern)
		}
		byPattern[rt.pattern] = append(byPattern[rt.pattern], rt)
	}
	for _, p := range patterns {
		mux.Handle(p, s.dispatch(byPattern[p]))
	}
	s.handler = s.recoverPanics(s.secure(s.logRequests(mux)))
	return s, nil
}

func notFound(w http.ResponseWriter, r *http.Request) error {
	return fmt.Errorf("%s: %w", r.URL.Path, dossier.ErrNotFound)
}

// Handler returns the server's handler, with its middleware.
func (s *Server) Handler() http.Handler { return s.handler }

// dispatch answers a path's routes by method (HEAD as GET), checks the
// token of routes that need it, and writes errors.
func (s *Server) dispatch(rs []route) http.Handler {
	var allow []string
	for _, rt := range rs {
		allow = append(allow, rt.method)
		if rt.method == "GET" {
			allow = append(allow, "HEAD")
		}
	}
	sort.Strings(allow)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		method := r.Method
		if method == "HEAD" {
			method = "GET"
		}
		for _, rt := range rs {
			if rt.method != method && rt.method != anyMethod {
				continue
			}
			var err error
			if rt.auth && !authorized(r, s.opt.Token) {
				w.Header().Set("WWW-Authenticate", `Bearer realm="dossier"`)
				err = fmt.Errorf("%w: this endpoint needs the header Authorization: Bearer TOKEN", ErrUnauthorized)
			} else {
				err = rt.h(w, r)
			}
			if err != nil {
				s.fail(w, r, rt.api, err)
			}
			return
		}
		w.Header().Set("Allow", strings.Join(allow, ", "))
		s.fail(w, r, rs[0].api, fmt.Errorf("%w: %s %s (allowed: %s)", ErrMethod, r.Method, r.URL.Path, strings.Join(allow, ", ")))
	})
}

// fail answers an error: JSON for the API, an HTML page otherwise.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, api bool, err error) {
	status, code, msg := classify(err)
	if status >= 500 {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	if api {
		writeJSON(w, status, apiError{Error: errorBody{Code: code, Message: msg}})
		return
	}
	s.render(w, r, status, "error", "Error", map[string]any{"Status": status, "StatusText": http.StatusText(status), "Code": code, "Message": msg})
}

// contentSecurityPolicy allows the page's own style sheet and images and
// nothing else: no script at all, no inline style, no plugins, no framing.
const contentSecurityPolicy = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; " +
	"font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// secure sets the security headers of every answer and the timeout of
// every request.
func (s *Server) secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		h.Set("Cross-Origin-Resource-Policy", "same-origin")
		h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
		ctx, cancel := context.WithTimeout(r.Context(), RequestTimeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// statusWriter remembers the status written.
type statusWriter struct {
	http.ResponseWriter
	status int
}

// WriteHeader implements http.ResponseWriter, noting the status.
func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

// Write implements http.ResponseWriter.
func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		s.log.Debug("request", "method", r.Method, "path", r.URL.Path, "status", sw.status, "duration", time.Since(start))
	})
}

// recoverPanics turns a handler's panic into a 500 answer and a log line.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", v, "stack", string(debug.Stack()))
				s.fail(w, r, strings.HasPrefix(r.URL.Path, "/api/"), fmt.Errorf("panic: %v", v))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// static serves the embedded style sheet and icons.
func (s *Server) static(w http.ResponseWriter, r *http.Request) error {
	sub, err := fs.Sub(staticFS, "static")
	if err != nil {
		return err
	}
	name := strings.TrimPrefix(r.URL.Path, "/static/")
	if _, err := fs.Stat(sub, name); err != nil || name == "" || strings.HasSuffix(name, "/") {
		return fmt.Errorf("%s: %w", r.URL.Path, dossier.ErrNotFound)
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.ServeFileFS(w, r, sub, name)
	return nil
}

// Serve answers requests on ln until ctx ends, then stops taking new
// connections and waits up to ShutdownTimeout for the requests in flight
// (an ingest finishes and is stored) before it returns.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       2 * time.Minute,
		WriteTimeout:      2 * time.Minute,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve: %w", err)
	case <-ctx.Done():
	}
	s.log.Info("shutting down: finishing requests in flight", "timeout", ShutdownTimeout)
	sctx, cancel := context.WithTimeout(context.Background(), ShutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(sctx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("serve: %w", err)
	}
	return nil
}
