// Package eval scores dossier's extraction against hand-annotated gold data.
//
// News implements `dossier eval news GOLD.jsonl`: it loads each gold
// article, runs an Extractor on it and scores the result with Score, by the
// rules of the extraction contract (shared/contract/extract-json.md,
// "Scoring against ..."):
//
//   - Events match one to one, best first, by place (or by date when the
//     gold event has no place); matched pairs are scored slot by slot.
//   - Alias pairs are unordered pairs of normalised names inside one set.
//   - Claims match by subject (alias-aware), predicate, and value or
//     min/max; attribution accuracy is the share of matched claims whose
//     source is right.
//
// Conventions the contract leaves open are documented on Score, Counts and
// the helpers in match.go.
package eval

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"dossier"
)

// Extractor turns one document into an extraction; the pipeline's extractor
// satisfies it.
type Extractor interface {
	Extract(ctx context.Context, doc *dossier.Document) (*dossier.Extraction, error)
}

// SamePlace reports whether two place names resolve to the same gazetteer
// place. It widens the contract's text rule for event locations.
type SamePlace func(a, b string) bool

// Options tune scoring and loading. The zero value is usable.
type Options struct {
	// SamePlace, when set, also matches event locations that resolve to the
	// same gazetteer place.
	SamePlace SamePlace
	// Ingest, when set, turns one JSON line article record ({"text": ...,
	// "published": ..., "title": ..., "url": ..., and any other keys of a
	// JSON Lines source) into a document, as `dossier ingest` would for a
	// .jsonl file: cleaning, language, dateline. When nil the scorer builds
	// the document itself from the record's text, published, title and url,
	// with the text unchanged.
	Ingest func(line []byte) (*dossier.Document, error)
	// Load, when set, reads an article given by a gold line's path that is
	// neither a .txt file nor a JSON Lines reference (an HTML page, say),
	// as ingest would; the gold line's metadata then replaces the page's.
	// When nil such files are read as plain text records (see Ingest).
	Load func(path string) (*dossier.Document, error)
	// Logger receives progress and extractor failures; nil means
	// slog.Default().
	Logger *slog.Logger
}

// News scores an extractor on a news gold file. For each gold line it reads
// the article (ID.txt beside the gold file, or the line's path), gives it
// the gold line's published, title and url as ingesting a JSON line with
// those fields would, runs ex on it, and scores all extractions with Score.
//
// A missing article or a bad gold file is an error. An extractor error on
// one document is not: it is logged, listed in Report.Failures, and the
// document is scored as an empty prediction.
func News(ctx context.Context, goldPath string, ex Extractor, opt Options) (*Report, error) {
	log := opt.Logger
	if log == nil {
		log = slog.Default()
	}
	f, err := os.Open(goldPath)
	if err != nil {
		return nil, fmt.Errorf("eval news: %w", err)
	}
	gold, err := ReadGold(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("eval news: %s: %w", goldPath, err)
	}
	dir := filepath.Dir(goldPath)
	preds := make(map[string]*dossier.Extraction, len(gold))
	var failures []Issue
	for i := range gold {
		g := &gold[i]
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("eval news: %w", err)
		}
		doc, err := loadDocument(dir, g, opt)
		if err != nil {
			return nil, fmt.Errorf("eval news: gold id %s: %w", g.ID, err)
		}
		x, err := ex.Extract(ctx, doc)
		if err == nil && x == nil {
			err = errors.New("extractor returned no extraction")
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil, fmt.Errorf("eval news: gold id %s: %w", g.ID, err)
			}
			log.Warn("extraction failed", "doc", g.ID, "stage", "eval", "err", err)
			failures = append(failures, Issue{Doc: g.ID, Kind: "extract", Desc: err.Error()})
			continue
		}
		log.Debug("extracted", "doc", g.ID, "stage", "eval",
			"events", len(x.Events), "entities", len(x.Entities), "claims", len(x.Claims))
		preds[g.ID] = x
	}
	r := Score(gold, preds, opt)
	r.Failures = failures
	return r, nil
}

// loadDocument builds the document a gold line describes. A text file, or
// line N of a JSON Lines file, becomes a JSON line record {"text": ...,
// "published": ..., "title": ..., "url": ...} in which the gold line's
// metadata replaces the file's wherever the gold line gives the key (even as
// null); the record goes to Options.Ingest, or is read directly when that
// is nil. Other files go to Options.Load when set, and get the gold
// metadata afterwards.
func loadDocument(dir string, g *Gold, opt Options) (*dossier.Document, error) {
	rel := g.Path
	if rel == "" {
		rel = g.ID + ".txt"
	}
	file, line, err := splitRef(rel)
	if err != nil {
		return nil, err
	}
	path := file
	if !filepath.IsAbs(path) {
		path = filepath.Join(dir, file)
	}
	doc, err := readDocument(path, line, g, opt)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", rel, err)
	}
	doc.Path = path
	doc.ID = dossier.TextID(doc.Text)
	return doc, nil
}

// readDocument reads the article at path (line n when n > 0) for gold line g.
func readDocument(path string, n int, g *Gold, opt Options) (*dossier.Document, error) {
	if n == 0 && opt.Load != nil && !strings.EqualFold(filepath.Ext(path), ".txt") {
		doc, err := opt.Load(path)
		if err == nil && doc == nil {
			err = errors.New("loader returned no document")
		}
		if err != nil {
			return nil, err
		}
		if g.Published != nil || g.hasPublished {
			doc.Published = dossier.Str(strings.TrimSpace(deref(g.Published)))
		}
		if g.Title != nil || g.hasTitle {
			doc.Title = dossier.Str(strings.TrimSpace(deref(g.Title)))
		}
		if g.URL != nil || g.hasURL {
			doc.URL = dossier.Str(strings.TrimSpace(deref(g.URL)))
		}
		return doc, nil
	}
	rec := map[string]any{}
	if n > 0 {
		b, err := readJSONLine(path, n)
		if err != nil {
			return nil, err
		}
		d := json.NewDecoder(bytes.NewReader(b))
		d.UseNumber()
		if err := d.Decode(&rec); err != nil {
			return nil, fmt.Errorf("line %d: %w", n, err)
		}
	} else {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		rec["text"] = string(b)
	}
	override := func(key string, v *string, has bool) {
		if v != nil || has {
			rec[key] = v
		}
	}
	override("published", g.Published, g.hasPublished)
	override("title", g.Title, g.hasTitle)
	override("url", g.URL, g.hasURL)
	line, err := json.Marshal(rec)
	if err != nil {
		return nil, err
	}
	if opt.Ingest != nil {
		doc, err := opt.Ingest(line)
		if err == nil && doc == nil {
			err = errors.New("ingest returned no document")
		}
		return doc, err
	}
	var r jsonRecord
	if err := json.Unmarshal(line, &r); err != nil {
		return nil, fmt.Errorf("article record: %w", err)
	}
	return &dossier.Document{
		Text:      r.Text,
		Published: dossier.Str(dayOf(deref(r.Published))),
		Title:     dossier.Str(strings.TrimSpace(deref(r.Title))),
		URL:       dossier.Str(strings.TrimSpace(deref(r.URL))),
		Format:    "json",
	}, nil
}

// splitRef splits a gold path "file.jsonl#N" into the file and line N
// (1-based); a path without "#" gives line 0.
func splitRef(ref string) (file string, line int, err error) {
	i := strings.LastIndexByte(ref, '#')
	if i < 0 {
		return ref, 0, nil
	}
	file, num := ref[:i], ref[i+1:]
	n, err := strconv.Atoi(num)
	if err != nil || n < 1 || file == "" || strings.HasPrefix(num, "+") {
		return "", 0, fmt.Errorf("path %q: want FILE#N with N a line number from 1", ref)
	}
	return file, n, nil
}

// jsonRecord is the part of a JSON Lines article record the scorer reads.
type jsonRecord struct {
	Text      string  `json:"text"`
	Published *string `json:"published"`
	Title     *string `json:"title"`
	URL       *string `json:"url"`
}

// readJSONLine returns line n (1-based) of a JSON Lines file.
func readJSONLine(path string, n int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	br := bufio.NewReader(f)
	for i := 1; ; i++ {
		b, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, fmt.Errorf("line %d: %w", i, err)
		}
		if err != nil && len(b) == 0 {
			return nil, fmt.Errorf("line %d: file has only %d lines", n, i-1)
		}
		if i == n {
			return b, nil
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: file has only %d lines", n, i)
		}
	}
}

// dayOf cuts a timestamp such as 2015-11-13T21:00:00Z to its day; other
// strings are returned trimmed.
func dayOf(s string) string {
	s = strings.TrimSpace(s)
	if len(s) > 10 && validDate(s[:10]) && len(strings.Split(s[:10], "-")) == 3 {
		return s[:10]
	}
	return s
}
