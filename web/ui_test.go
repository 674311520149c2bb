package web

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"dossier"
)

func TestPages(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	cov := f.covenant(t)
	evs, err := f.st.Events(ctx, dossier.EventFilter{ActorID: cov})
	if err != nil {
		t.Fatal(err)
	}
	var bombing dossier.EventRecord
	for _, e := range evs {
		if e.Type == "bombing" && e.Location == "Halvin" {
			bombing = e
		}
	}
	if bombing.ID == 0 {
		t.Fatal("no Halvin bombing in the fixture")
	}
	d, err := f.st.Dossier(ctx, cov)
	if err != nil {
		t.Fatal(err)
	}
	docID := d.Documents[0].ID
	for _, tc := range []struct {
		path   string
		status int
		want   []string // substrings of the page
	}{
		{"/", 200, []string{"<h1>dossier</h1>", "Crimson Covenant", `role="search"`}},
		{"/search", 200, []string{"<h1>Search</h1>"}},
		{"/search?q=Covenant", 200, []string{`class="hit-entity" href="/entities/` + fmt.Sprint(cov) + `">Crimson Covenant</a>`, `<mark class="match">`, "Documents", "Claims", "Events"}},
		{"/search?q=" + url.QueryEscape("Vetra Sangal"), 200, []string{">Crimson Covenant</a>", "matched “Vetra Sangal”"}},
		{"/search?q=zzzzqqq", 200, []string{"Nothing matches"}},
		{"/entities?type=armed_group", 200, []string{"Crimson Covenant", `aria-current="page"`}},
		{fmt.Sprintf("/entities/%d", cov), 200, []string{
			"<h1>Crimson Covenant</h1>", "Names and aliases", "Vetra Sangal", "Key facts",
			`class="badge st-contradicted"`, `class="badge st-corroborated"`, "Strength estimates over time",
			`<svg id="timeline"`, `<svg id="map"`, `<svg id="strength-chart"`, `class="land"`, `class="ev-dot"`, "Natural Earth",
			"events / month", "people / month", "Killed", "Injured", "Related entities", "Why these names are one entity",
			`href="/documents/`}},
		{"/entities/999999", 404, []string{"Not Found", `data-code="not_found"`}},
		{"/entities/x", 400, []string{`data-code="invalid_argument"`}},
		{"/events", 200, []string{"Filter", `id="events-table"`, "bombing in Halvin"}},
		{fmt.Sprintf("/events?actor=%d&type=bombing", cov), 200, []string{"Events of Crimson Covenant", "1 events", "bombing in Halvin"}},
		{"/events?since=nonsense", 400, []string{"since must be a date"}},
		{fmt.Sprintf("/events/%d", bombing.ID), 200, []string{"bombing in Halvin", "Valley Dispatch", "Ridge Observer", "What each source reported",
			"(blamed by officials)",
			"11", "9", "24", "21", `<svg id="map"`, "?hl="}},
		{"/documents", 200, []string{"Documents", "Group profile: The Crimson Covenant"}},
		{"/documents/" + docID, 200, []string{`class="doc-text"`, `class="m m-armed_group"`, `href="/entities/`}},
		{"/documents/" + docID + "?hl=0-10", 200, []string{`<mark class="hl" id="hl"`}},
		{"/documents/" + docID + "?hl=bogus", 200, []string{`class="doc-text"`}},
		{"/documents/" + docID + "?hl=5-999999999", 200, []string{`id="hl"`}},
		{"/documents/ffffffffffff", 404, []string{"Not Found"}},
		{"/nothing/here", 404, []string{"Not Found"}},
		{"/static/style.css", 200, []string{".doc-text"}},
		{"/static/nothing.css", 404, nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			w := f.do(t, "GET", tc.path, "", "", "")
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d", w.Code, tc.status)
			}
			body := w.Body.String()
			for _, s := range tc.want {
				if !strings.Contains(body, s) {
					t.Errorf("page lacks %q", s)
				}
			}
			if strings.HasPrefix(tc.path, "/static/") {
				return
			}
			if ct := w.Header().Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			// no inline script or style: the CSP would block them
			for _, bad := range []string{"<script", "style=", "javascript:"} {
				if strings.Contains(body, bad) {
					t.Errorf("page holds %q", bad)
				}
			}
		})
	}
}

// TestFactEvidenceLink follows the first source link of a fact on the
// dossier page to the document view and checks the highlighted passage is
// the claim's evidence.
func TestFactEvidenceLink(t *testing.T) {
	f := newFixture(t)
	cov := f.covenant(t)
	page := f.do(t, "GET", fmt.Sprintf("/entities/%d", cov), "", "", "").Body.String()
	m := regexp.MustCompile(`<li class="fact">[\s\S]*?<q>([^<]*)</q> <a class="evidence-link" href="(/documents/[0-9a-f]+\?hl=\d+-\d+#hl)"`).FindStringSubmatch(page)
	if m == nil {
		t.Fatal("no evidence link in the facts")
	}
	quote, href := htmlUnescape(m[1]), htmlUnescape(m[2])
	// a browser keeps the fragment to itself
	href, _, _ = strings.Cut(href, "#")
	doc := f.do(t, "GET", href, "", "", "").Body.String()
	hm := regexp.MustCompile(`<mark class="hl" id="hl"[^>]*>([\s\S]*?)</mark>`).FindStringSubmatch(doc)
	if hm == nil {
		t.Fatalf("%s: no highlighted passage", href)
	}
	// the passage holds links to mentions; compare its text
	text := htmlUnescape(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(hm[1], ""))
	if !strings.HasPrefix(text, strings.TrimSpace(quote)) && !strings.HasPrefix(quote, text) {
		t.Errorf("highlighted %q, want the evidence %q", text, quote)
	}
}

// activeContent parses a page and lists what could run code or load
// something: script, iframe, object, embed and img elements, event handler
// attributes, javascript: URLs, and svg elements other than the charts.
func activeContent(t *testing.T, page string) []string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "iframe", "object", "embed", "img", "base", "meta":
				if n.Data != "meta" || attr(n, "http-equiv") != "" {
					out = append(out, "element <"+n.Data+">")
				}
			case "svg":
				if attr(n, "class") != "chart" {
					out = append(out, "an <svg> that is not a chart")
				}
			}
			for _, a := range n.Attr {
				v := strings.ToLower(strings.TrimSpace(a.Val))
				switch {
				case strings.HasPrefix(strings.ToLower(a.Key), "on"):
					out = append(out, fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val))
				case (a.Key == "href" || a.Key == "src" || a.Key == "action" || a.Key == "formaction") && (strings.HasPrefix(v, "javascript:") || strings.HasPrefix(v, "data:")):
					out = append(out, fmt.Sprintf("<%s %s=%q>", n.Data, a.Key, a.Val))
				case a.Key == "style" || a.Key == "autofocus" && n.Data != "input":
					out = append(out, fmt.Sprintf("<%s %s>", n.Data, a.Key))
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)
	return out
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func htmlUnescape(s string) string {
	r := strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&quot;", `"`)
	return r.Replace(s)
}

// TestHostileArticleStaysText posts an article whose text, title, source
// and URL hold script, event handlers and javascript: links, and checks
// that every page showing it escapes them.
func TestHostileArticleStaysText(t *testing.T) {
	f := newFixture(t)
	w := f.do(t, "POST", "/api/v1/documents", "application/json", hostileJSON(), testToken)
	if w.Code != 201 {
		t.Fatalf("POST: %d %s", w.Code, w.Body)
	}
	id, _ := get(decode(t, w.Body.Bytes()), "documents", 0, "id").(string)
	// the payloads were stored as text
	x, err := f.st.Document(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(x.Document.Text, "<script>") || !strings.Contains(dossier.Deref(x.Document.Title), "onerror") {
		t.Fatalf("the payloads were not stored as given: text %q, title %q", x.Document.Text, dossier.Deref(x.Document.Title))
	}
	for _, path := range []string{"/documents/" + id, "/documents/" + id + "?hl=60-140", "/search?q=sanctions+list", "/search?q=" + url.QueryEscape("<script>"), "/documents", "/"} {
		body := f.do(t, "GET", path, "", "", "").Body.String()
		for _, p := range activeContent(t, body) {
			t.Errorf("%s: %s", path, p)
		}
		if strings.HasPrefix(path, "/documents/") && !strings.Contains(body, "&lt;script&gt;window.__pwned") {
			t.Errorf("%s: the escaped script is not shown as text", path)
		}
	}
	// JSON escapes markup too
	js := f.do(t, "GET", "/api/v1/documents/"+id, "", "", "").Body.String()
	if strings.Contains(js, "<script>") || !strings.Contains(js, `\u003cscript\u003e`) {
		t.Errorf("the API answer holds raw markup")
	}
}
