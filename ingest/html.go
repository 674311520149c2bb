package ingest

import (
	"encoding/json"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"dossier"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// parseHTML returns the document of an HTML page. The main text comes from
// go-readability; when readability finds nothing, or keeps less than a
// quarter of the visible text of the body, the visible body text is used
// instead (short pages and feed-like fragments defeat readability's
// scoring). Script, style, template, noscript, iframe and svg content never
// reaches the text.
//
// Metadata comes from the page, best source first:
//   - title: JSON-LD headline, og:title, twitter:title, readability's title,
//     <title>;
//   - URL: <link rel=canonical>, og:url, JSON-LD url;
//   - published: JSON-LD datePublished, article:published_time,
//     og:published_time, then <meta> name/property/itemprop date, pubdate,
//     publishdate, dc.date, dc.date.issued, dcterms.created, sailthru.date,
//     parsely-pub-date, and <time itemprop=datePublished> or <time pubdate>;
//   - source: JSON-LD publisher.name, og:site_name, dc.publisher;
//   - language: <html lang>, og:locale, content-language.
func (o Options) parseHTML(path, text string) (*dossier.Document, error) {
	f, body, err := htmlText(text, true)
	if err != nil {
		return nil, err
	}
	return o.newDoc(path, FormatHTML, body, f)
}

// htmlText parses an HTML page or fragment and returns its metadata and
// text. page selects readability extraction; fragments (feed items, JSON
// html fields) keep all their visible text.
func htmlText(src string, page bool) (fields, string, error) {
	root, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return fields{}, "", err
	}
	m := pageMeta(root)
	stripInvisible(root)
	visible := render.InnerText(root)
	if !page {
		return m.fields(""), visible, nil
	}
	var base *nurl.URL
	if u, err := nurl.Parse(m.url()); err == nil && u.IsAbs() {
		base = u
	}
	parser := readability.NewParser()
	art, err := parser.ParseAndMutate(root, base)
	text := ""
	if err == nil && art.Node != nil {
		text = render.InnerText(art.Node)
	}
	if len(strings.TrimSpace(text))*4 < len(strings.TrimSpace(visible)) {
		text = visible
	}
	return m.fields(art.Title()), text, nil
}

// stripInvisible removes the elements whose content is never text.
func stripInvisible(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode {
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe,
				atom.Svg, atom.Object, atom.Embed, atom.Canvas:
				n.RemoveChild(c)
				c = next
				continue
			}
		}
		if c.Type == html.CommentNode {
			n.RemoveChild(c)
		} else {
			stripInvisible(c)
		}
		c = next
	}
}

// meta is what a page says about itself.
type meta struct {
	lang, title, canonical string
	tags                   map[string]string // lowercased meta name/property/itemprop → first content
	timePub                string            // <time datetime> marked as publication
	ld                     ldArticle
}

func (m *meta) tag(keys ...string) string {
	for _, k := range keys {
		if v := m.tags[k]; v != "" {
			return v
		}
	}
	return ""
}

func (m *meta) url() string {
	return firstNonEmpty(m.canonical, m.tag("og:url"), m.ld.URL)
}

func (m *meta) fields(readabilityTitle string) fields {
	return fields{
		url:   m.url(),
		title: firstNonEmpty(m.ld.Headline, m.tag("og:title", "twitter:title"), readabilityTitle, m.title),
		published: firstNonEmpty(m.ld.Published, m.tag(
			"article:published_time", "og:published_time", "og:article:published_time",
			"datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
			"dc.date", "dc.date.issued", "dcterms.created", "dcterms.date", "dcterms.issued",
			"sailthru.date", "parsely-pub-date", "article.published", "citation_publication_date",
		), m.timePub),
		source:   firstNonEmpty(m.ld.Publisher, m.tag("og:site_name", "dc.publisher", "dcterms.publisher")),
		language: firstNonEmpty(m.lang, m.tag("og:locale", "content-language", "language", "dc.language")),
	}
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// pageMeta collects the metadata of a parsed page.
func pageMeta(root *html.Node) *meta {
	m := &meta{tags: map[string]string{}}
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Html:
				m.lang = attr(n, "lang")
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = n.FirstChild.Data
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Meta:
				content := attr(n, "content")
				for _, k := range []string{"property", "name", "itemprop", "http-equiv"} {
					if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" && content != "" {
						if _, seen := m.tags[key]; !seen {
							m.tags[key] = content
						}
					}
				}
			case atom.Time:
				if m.timePub == "" && (strings.EqualFold(attr(n, "itemprop"), "datePublished") || hasAttr(n, "pubdate")) {
					m.timePub = attr(n, "datetime")
				}
			case atom.Script:
				if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
					m.ld.merge(n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return m
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return true
		}
	}
	return false
}

// ldArticle is what JSON-LD says about the article of a page.
type ldArticle struct {
	Headline, URL, Published, Publisher string
	// byID holds the objects of the script by @id, to resolve references
	// such as "publisher": {"@id": "...#organization"}.
	byID map[string]map[string]any
}

// merge reads a JSON-LD script and fills the fields still empty from the
// first object typed as an article (or a web page), looking inside arrays
// and @graph.
func (a *ldArticle) merge(src string) {
	src = strings.TrimSpace(src)
	src = strings.TrimSuffix(strings.TrimPrefix(src, "<![CDATA["), "]]>")
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	a.byID = map[string]map[string]any{}
	var index func(v any, depth int)
	index = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				index(e, depth+1)
			}
		case map[string]any:
			if id, ok := x["@id"].(string); ok && len(x) > 1 {
				a.byID[id] = x
			}
			if g, ok := x["@graph"]; ok {
				index(g, depth+1)
			}
		}
	}
	index(v, 0)
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 4 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if isArticleType(x["@type"]) {
				a.fill(x)
			}
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
		}
	}
	visit(v, 0)
}

func (a *ldArticle) fill(x map[string]any) {
	if a.Headline == "" {
		a.Headline = firstNonEmpty(str(x["headline"]), str(x["name"]))
	}
	if a.URL == "" {
		a.URL = firstNonEmpty(str(x["url"]), str(x["mainEntityOfPage"]))
	}
	if a.Published == "" {
		a.Published = firstNonEmpty(str(x["datePublished"]), str(x["dateCreated"]))
	}
	if a.Publisher == "" {
		p := x["publisher"]
		if ref, ok := p.(map[string]any); ok && ref["name"] == nil {
			if id, ok := ref["@id"].(string); ok && a.byID[id] != nil {
				p = a.byID[id]
			}
		}
		// a publisher is a name, never a bare address
		if name := str(p); !strings.HasPrefix(name, "http://") && !strings.HasPrefix(name, "https://") {
			a.Publisher = name
		}
	}
}

func isArticleType(t any) bool {
	switch x := t.(type) {
	case string:
		return strings.HasSuffix(x, "Article") || x == "BlogPosting" || x == "Report" || x == "WebPage"
	case []any:
		for _, e := range x {
			if isArticleType(e) {
				return true
			}
		}
	}
	return false
}

// str returns a JSON value as a string: a string itself, the name (or @id,
// or url) of an object, or the first such value of an array.
func str(v any) string {
	switch x := v.(type) {
	case string:
		return strings.TrimSpace(x)
	case map[string]any:
		return firstNonEmpty(str(x["name"]), str(x["@id"]), str(x["url"]))
	case []any:
		for _, e := range x {
			if s := str(e); s != "" {
				return s
			}
		}
	}
	return ""
}
