package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"dossier"
)

// parseJSON reads one JSON object or an array of objects.
func (o Options) parseJSON(path, text string) ([]*dossier.Document, error) {
	var v any
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w JSON: %v", ErrMalformed, err)}
	}
	if dec.More() {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w JSON: more than one value (use .jsonl for JSON lines)", ErrMalformed)}
	}
	switch x := v.(type) {
	case map[string]any:
		doc, err := o.parseRecord(path, x)
		if err != nil {
			return nil, &Error{Path: path, Err: err}
		}
		return []*dossier.Document{doc}, nil
	case []any:
		var docs []*dossier.Document
		var errs []error
		for i, e := range x {
			rec, ok := e.(map[string]any)
			if !ok {
				errs = append(errs, &Error{Path: path, Item: i + 1, Err: fmt.Errorf("%w: element is %s, not an object", ErrMalformed, jsonKind(e))})
				continue
			}
			doc, err := o.parseRecord(path, rec)
			if err != nil {
				errs = append(errs, &Error{Path: path, Item: i + 1, Err: err})
				continue
			}
			docs = append(docs, doc)
		}
		if len(x) == 0 {
			errs = append(errs, &Error{Path: path, Err: fmt.Errorf("%w: empty array", ErrNoText)})
		}
		return docs, errors.Join(errs...)
	}
	return nil, &Error{Path: path, Err: fmt.Errorf("%w: top-level JSON is %s, not an object or array", ErrMalformed, jsonKind(v))}
}

// parseJSONL reads one JSON object per line; blank lines are skipped.
func (o Options) parseJSONL(path, text string) ([]*dossier.Document, error) {
	var docs []*dossier.Document
	var errs []error
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		var rec map[string]any
		dec := json.NewDecoder(strings.NewReader(line))
		dec.UseNumber()
		err := dec.Decode(&rec)
		if err == nil && dec.More() {
			err = errors.New("text after the object")
		}
		if err != nil || rec == nil {
			if err == nil {
				err = errors.New("not an object")
			}
			errs = append(errs, &Error{Path: path, Line: n, Err: fmt.Errorf("%w JSON: %v", ErrMalformed, err)})
			continue
		}
		doc, err := o.parseRecord(path, rec)
		if err != nil {
			errs = append(errs, &Error{Path: path, Line: n, Err: err})
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errors.Join(errs...)
}

// Record field names, first present wins. Values that are objects give
// their "name" (publisher: {"name": ...}).
var (
	urlKeys       = []string{"url", "link", "canonical_url", "uri"}
	titleKeys     = []string{"title", "headline"}
	publishedKeys = []string{"published", "date", "published_at", "pubDate", "datePublished", "publication_date", "publish_date"}
	sourceKeys    = []string{"source", "publisher", "site", "site_name", "outlet"}
	textKeys      = []string{"text", "content", "body", "article", "maintext"}
	htmlKeys      = []string{"html", "content_html", "body_html", "raw_html"}
	langKeys      = []string{"language", "lang"}
)

// parseRecord turns one JSON object into a document. The text is the first
// of text, content, body (used as HTML when it plainly is HTML); without
// one, html is cleaned as an HTML page. Metadata in the HTML fills what the
// record lacks.
func (o Options) parseRecord(path string, rec map[string]any) (*dossier.Document, error) {
	get := func(keys []string) string {
		for _, k := range keys {
			if s := str(rec[k]); s != "" {
				return s
			}
		}
		return ""
	}
	f := fields{
		url:       get(urlKeys),
		title:     get(titleKeys),
		published: get(publishedKeys),
		source:    get(sourceKeys),
		language:  get(langKeys),
	}
	text := get(textKeys)
	isHTML := false
	if text == "" {
		text, isHTML = get(htmlKeys), true
	} else {
		isHTML = looksLikeHTML(text)
	}
	if text == "" {
		return nil, fmt.Errorf("%w: no text, content, body or html field", ErrNoText)
	}
	if err := checkText(text); err != nil {
		return nil, err
	}
	if isHTML {
		hf, body, err := htmlText(text, isFullPage(text))
		if err != nil {
			return nil, fmt.Errorf("%w HTML: %v", ErrMalformed, err)
		}
		f = f.or(hf)
		text = body
	}
	doc, err := o.newDoc(path, FormatJSON, text, f)
	if err != nil {
		return nil, err
	}
	return doc, nil
}

// checkText rejects a decoded JSON string holding binary data.
func checkText(s string) error {
	if i := strings.IndexByte(s, 0); i >= 0 {
		return fmt.Errorf("%w: NUL character in text", ErrBinary)
	}
	return nil
}

// or returns f with its empty fields taken from g.
func (f fields) or(g fields) fields {
	f.url = firstNonEmpty(f.url, g.url)
	f.title = firstNonEmpty(f.title, g.title)
	f.published = firstNonEmpty(f.published, g.published)
	f.source = firstNonEmpty(f.source, g.source)
	f.language = firstNonEmpty(f.language, g.language)
	return f
}

// looksLikeHTML reports whether s is markup rather than text: it holds a
// closing tag or a line break tag of common text markup.
func looksLikeHTML(s string) bool {
	l := strings.ToLower(s[:min(len(s), 4096)])
	for _, t := range []string{"</p>", "<br", "</div>", "</a>", "</span>", "</li>", "</h1>", "</h2>", "</html>", "<p>"} {
		if strings.Contains(l, t) {
			return true
		}
	}
	return false
}

// isFullPage reports whether s is a whole HTML page rather than a fragment.
func isFullPage(s string) bool {
	l := bytes.ToLower([]byte(s[:min(len(s), 2048)]))
	return bytes.Contains(l, []byte("<html")) || bytes.Contains(l, []byte("<body")) || bytes.Contains(l, []byte("<!doctype"))
}

func jsonKind(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "an array"
	}
	return "an object"
}
