package ingest

import (
	"errors"
	"fmt"
	"html"
	"strings"
	"time"

	"dossier"

	"github.com/mmcdole/gofeed"
)

// parseFeed reads an RSS, Atom or JSON feed: each item becomes a document
// whose text is its content (or its description, if longer) cleaned as an
// HTML fragment, with the item's link, title and publication (or update)
// date. The feed's language is the documents' language; the feed's title
// is their source only when the text names none (see Metadata).
func (o Options) parseFeed(path, text string) ([]*dossier.Document, error) {
	feed, err := gofeed.NewParser().Parse(strings.NewReader(text))
	if err != nil {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w feed: %v", ErrMalformed, err)}
	}
	if len(feed.Items) == 0 {
		return nil, &Error{Path: path, Err: fmt.Errorf("%w: feed has no items", ErrNoText)}
	}
	var docs []*dossier.Document
	var errs []error
	for i, it := range feed.Items {
		doc, err := o.feedItem(path, feed, it)
		if err != nil {
			errs = append(errs, &Error{Path: path, Item: i + 1, Err: err})
			continue
		}
		docs = append(docs, doc)
	}
	return docs, errors.Join(errs...)
}

func (o Options) feedItem(path string, feed *gofeed.Feed, it *gofeed.Item) (*dossier.Document, error) {
	if it == nil {
		return nil, fmt.Errorf("%w: empty item", ErrNoText)
	}
	body := it.Content
	if len(it.Description) > len(body) {
		body = it.Description
	}
	if err := checkText(body); err != nil {
		return nil, err
	}
	hf, text, err := htmlText(body, false)
	if err != nil {
		return nil, fmt.Errorf("%w item HTML: %v", ErrMalformed, err)
	}
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%w: item has no content or description", ErrNoText)
	}
	f := fields{
		url:      it.Link,
		title:    html.UnescapeString(it.Title),
		language: feed.Language,
	}
	// The date as written, in its own time zone; gofeed's parsed times
	// are in UTC and can fall on the next or previous day.
	f.published = normDate(firstNonEmpty(it.Published, it.Updated))
	if f.published == "" {
		switch {
		case it.PublishedParsed != nil:
			f.published = it.PublishedParsed.Format(time.DateOnly)
		case it.UpdatedParsed != nil:
			f.published = it.UpdatedParsed.Format(time.DateOnly)
		}
	}
	doc, err := o.newDoc(path, FormatFeed, text, f.or(hf))
	if err != nil {
		return nil, err
	}
	if doc.Source == nil {
		doc.Source = dossier.Str(oneLine(feed.Title))
	}
	return doc, nil
}
