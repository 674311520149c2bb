package web

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"testing"

	"dossier"
)

// decode parses a JSON answer into a generic value.
func decode(t *testing.T, body []byte) any {
	t.Helper()
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("answer is not JSON: %v\n%s", err, body)
	}
	return v
}

// get follows a path of object keys and array indexes into a decoded value.
func get(v any, path ...any) any {
	for _, p := range path {
		switch k := p.(type) {
		case string:
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		case int:
			a, ok := v.([]any)
			if !ok || k >= len(a) {
				return nil
			}
			v = a[k]
		}
	}
	return v
}

func length(v any) int {
	a, _ := v.([]any)
	return len(a)
}

// checkErrorShape checks an error answer is exactly
// {"error": {"code": code, "message": "..."}}.
func checkErrorShape(t *testing.T, body []byte, code string) {
	t.Helper()
	var e map[string]map[string]any
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("error answer is not {\"error\": {...}}: %v\n%s", err, body)
	}
	if len(e) != 1 || len(e["error"]) != 2 {
		t.Errorf("error answer has other fields: %s", body)
	}
	if e["error"]["code"] != code {
		t.Errorf("error code = %v, want %s", e["error"]["code"], code)
	}
	if m, _ := e["error"]["message"].(string); m == "" {
		t.Errorf("error answer has no message: %s", body)
	}
}

func TestAPI(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	cov := f.covenant(t)
	evs, err := f.st.Events(ctx, dossier.EventFilter{ActorID: cov})
	if err != nil || len(evs) < 3 {
		t.Fatalf("the fixture's Covenant events: %d, %v", len(evs), err)
	}
	docs, total, err := f.st.DocumentPage(ctx, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	doc := docs[0].ID

	for _, tc := range []struct {
		name, method, path string
		status             int
		code               string // error code, for errors
		check              func(t *testing.T, v any)
	}{
		{name: "openapi", method: "GET", path: "/api/v1/openapi.json", status: 200, check: func(t *testing.T, v any) {
			if get(v, "openapi") != "3.0.3" {
				t.Errorf("openapi = %v", get(v, "openapi"))
			}
		}},
		{name: "search by name", method: "GET", path: "/api/v1/search?q=Covenant", status: 200, check: func(t *testing.T, v any) {
			if get(v, "entities", 0, "name") != "Crimson Covenant" {
				t.Errorf("first entity = %v, want Crimson Covenant", get(v, "entities", 0, "name"))
			}
			if length(get(v, "documents")) == 0 || length(get(v, "claims")) == 0 || length(get(v, "events")) == 0 {
				t.Errorf("search found no documents, claims or events: %v", v)
			}
			if get(v, "events", 0, "reports", 0, "document") == nil || get(v, "events", 0, "reports", 0, "evidence", 0, "text") == nil {
				t.Errorf("search event reports lack their document or evidence: %v", get(v, "events", 0))
			}
			marks := get(v, "documents", 0, "snippet", "marks")
			if length(marks) == 0 {
				t.Errorf("snippet without marks: %v", get(v, "documents", 0, "snippet"))
			}
		}},
		{name: "search finds an alias", method: "GET", path: "/api/v1/search?q=" + url.QueryEscape("Vetra Sangal"), status: 200, check: func(t *testing.T, v any) {
			if get(v, "entities", 0, "name") != "Crimson Covenant" || get(v, "entities", 0, "matched") != "Vetra Sangal" {
				t.Errorf("first entity = %v (matched %v), want Crimson Covenant by the alias Vetra Sangal", get(v, "entities", 0, "name"), get(v, "entities", 0, "matched"))
			}
		}},
		{name: "search by alias prefix", method: "GET", path: "/api/v1/search?q=vetra+san", status: 200, check: func(t *testing.T, v any) {
			if get(v, "entities", 0, "name") != "Crimson Covenant" {
				t.Errorf("first entity = %v", get(v, "entities", 0, "name"))
			}
		}},
		{name: "search limit", method: "GET", path: "/api/v1/search?q=the&limit=2", status: 200, check: func(t *testing.T, v any) {
			if n := length(get(v, "documents")); n != 2 {
				t.Errorf("%d documents, want 2", n)
			}
			if n, _ := get(v, "documents_total").(float64); n <= 2 {
				t.Errorf("documents_total = %v, want more than the limit", n)
			}
		}},
		{name: "search without query", method: "GET", path: "/api/v1/search", status: 400, code: "invalid_argument"},
		{name: "search punctuation", method: "GET", path: "/api/v1/search?q=" + url.QueryEscape(`"*" OR`), status: 200},
		{name: "search only symbols", method: "GET", path: "/api/v1/search?q=***", status: 400, code: "invalid_argument"},
		{name: "search bad limit", method: "GET", path: "/api/v1/search?q=x&limit=0", status: 400, code: "invalid_argument"},
		{name: "entities by type", method: "GET", path: "/api/v1/entities?type=armed_group", status: 200, check: func(t *testing.T, v any) {
			items := get(v, "items").([]any)
			if len(items) == 0 || get(v, "total").(float64) < float64(len(items)) {
				t.Fatalf("items %d, total %v", len(items), get(v, "total"))
			}
			aliases := map[string]bool{}
			for _, it := range items {
				if get(it, "type") != "armed_group" {
					t.Errorf("entity of type %v", get(it, "type"))
				}
				if get(it, "name") == "Crimson Covenant" {
					for _, a := range get(it, "aliases").([]any) {
						aliases[a.(string)] = true
					}
				}
			}
			if !aliases["Vetra Sangal"] || aliases["Crimson Covenant"] {
				t.Errorf("the Covenant's aliases = %v", aliases)
			}
		}},
		{name: "entities page", method: "GET", path: "/api/v1/entities?limit=2&offset=1", status: 200, check: func(t *testing.T, v any) {
			if length(get(v, "items")) != 2 || get(v, "offset") != 1.0 || get(v, "limit") != 2.0 {
				t.Errorf("page = %v items, offset %v, limit %v", length(get(v, "items")), get(v, "offset"), get(v, "limit"))
			}
		}},
		{name: "entities past the end", method: "GET", path: "/api/v1/entities?offset=100000", status: 200, check: func(t *testing.T, v any) {
			if items, ok := get(v, "items").([]any); !ok || len(items) != 0 {
				t.Errorf("items = %v, want []", get(v, "items"))
			}
		}},
		{name: "entities bad type", method: "GET", path: "/api/v1/entities?type=bogus", status: 400, code: "invalid_argument"},
		{name: "entities bad offset", method: "GET", path: "/api/v1/entities?offset=-1", status: 400, code: "invalid_argument"},
		{name: "dossier", method: "GET", path: fmt.Sprintf("/api/v1/entities/%d", cov), status: 200, check: func(t *testing.T, v any) {
			if get(v, "entity", "name") != "Crimson Covenant" {
				t.Errorf("entity = %v", get(v, "entity"))
			}
			facts := get(v, "facts").([]any)
			if len(facts) == 0 {
				t.Fatal("no facts")
			}
			statuses := map[any]bool{}
			for _, fa := range facts {
				statuses[get(fa, "status")] = true
				for _, c := range get(fa, "claims").([]any) {
					if s, _ := get(c, "evidence", "text").(string); s == "" {
						t.Errorf("claim without evidence text: %v", c)
					}
					if get(c, "document") == nil {
						t.Errorf("claim without document: %v", c)
					}
				}
			}
			for s := range statuses {
				if s != "corroborated" && s != "single-source" && s != "contradicted" {
					t.Errorf("status %v", s)
				}
			}
			if length(get(v, "aliases")) < 3 || length(get(v, "conflicts")) == 0 {
				t.Errorf("%d aliases, %d conflicts", length(get(v, "aliases")), length(get(v, "conflicts")))
			}
		}},
		{name: "dossier not found", method: "GET", path: "/api/v1/entities/999999", status: 404, code: "not_found"},
		{name: "dossier bad id", method: "GET", path: "/api/v1/entities/abc", status: 400, code: "invalid_argument"},
		{name: "events of an actor by name", method: "GET", path: "/api/v1/events?actor=" + url.QueryEscape("Vetra Sangal"), status: 200, check: func(t *testing.T, v any) {
			if get(v, "total").(float64) < 3 {
				t.Errorf("total = %v, want the Covenant's events", get(v, "total"))
			}
		}},
		{name: "events first page", method: "GET", path: fmt.Sprintf("/api/v1/events?actor=%d&limit=2", cov), status: 200, check: func(t *testing.T, v any) {
			if length(get(v, "items")) != 2 || get(v, "total").(float64) != float64(len(evs)) {
				t.Errorf("%d items, total %v; want 2 of %d", length(get(v, "items")), get(v, "total"), len(evs))
			}
			if get(v, "items", 0, "id") != float64(evs[0].ID) || get(v, "items", 1, "id") != float64(evs[1].ID) {
				t.Errorf("first page = %v, %v; want events %d, %d", get(v, "items", 0, "id"), get(v, "items", 1, "id"), evs[0].ID, evs[1].ID)
			}
		}},
		{name: "events second page", method: "GET", path: fmt.Sprintf("/api/v1/events?actor=%d&limit=2&offset=2", cov), status: 200, check: func(t *testing.T, v any) {
			if get(v, "items", 0, "id") != float64(evs[2].ID) {
				t.Errorf("second page starts with %v, want event %d", get(v, "items", 0, "id"), evs[2].ID)
			}
		}},
		{name: "events filtered", method: "GET", path: fmt.Sprintf("/api/v1/events?actor=%d&type=bombing&since=2024-03&until=2024-03&country=xa", cov), status: 200, check: func(t *testing.T, v any) {
			if get(v, "total") != 1.0 || get(v, "items", 0, "type") != "bombing" || length(get(v, "items", 0, "reports")) != 2 {
				t.Errorf("filtered events = %v", v)
			}
		}},
		{name: "events bad date", method: "GET", path: "/api/v1/events?since=March", status: 400, code: "invalid_argument"},
		{name: "events bad country", method: "GET", path: "/api/v1/events?country=XAX", status: 400, code: "invalid_argument"},
		{name: "events bad limit", method: "GET", path: "/api/v1/events?limit=100000", status: 400, code: "invalid_argument"},
		{name: "events unknown actor", method: "GET", path: "/api/v1/events?actor=Nobody+Anywhere", status: 404, code: "not_found"},
		{name: "event", method: "GET", path: fmt.Sprintf("/api/v1/events/%d", evs[0].ID), status: 200, check: func(t *testing.T, v any) {
			if get(v, "id") != float64(evs[0].ID) || length(get(v, "reports")) == 0 {
				t.Errorf("event = %v", v)
			}
			for _, r := range get(v, "reports").([]any) {
				if s, _ := get(r, "evidence", 0, "text").(string); s == "" || get(r, "document") == nil {
					t.Errorf("report without evidence or document: %v", r)
				}
			}
		}},
		{name: "event not found", method: "GET", path: "/api/v1/events/999999", status: 404, code: "not_found"},
		{name: "documents", method: "GET", path: "/api/v1/documents?limit=5", status: 200, check: func(t *testing.T, v any) {
			if length(get(v, "items")) != 5 || get(v, "total") != float64(total) {
				t.Errorf("%d items, total %v (want 5 of %d)", length(get(v, "items")), get(v, "total"), total)
			}
		}},
		{name: "document", method: "GET", path: "/api/v1/documents/" + doc, status: 200, check: func(t *testing.T, v any) {
			if get(v, "document", "id") != doc || get(v, "document", "text") == "" || length(get(v, "entities")) == 0 {
				t.Errorf("document = %v", get(v, "document"))
			}
			if m, _ := get(v, "links", "entities").(map[string]any); len(m) == 0 {
				t.Errorf("no entity links: %v", get(v, "links"))
			}
		}},
		{name: "document by prefix", method: "GET", path: "/api/v1/documents/" + doc[:8], status: 200},
		{name: "document not hex", method: "GET", path: "/api/v1/documents/zz-top", status: 400, code: "invalid_argument"},
		{name: "document not found", method: "GET", path: "/api/v1/documents/abcdef0123456789", status: 404, code: "not_found"},
		{name: "unknown API path", method: "GET", path: "/api/v1/nothing", status: 404, code: "not_found"},
		{name: "unknown API path, POST", method: "POST", path: "/api/v1/nothing", status: 404, code: "not_found"},
		{name: "wrong method", method: "DELETE", path: "/api/v1/documents", status: 405, code: "method_not_allowed"},
		{name: "HEAD", method: "HEAD", path: "/api/v1/entities", status: 200},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := f.do(t, tc.method, tc.path, "", "", "")
			if w.Code != tc.status {
				t.Fatalf("%s %s: status %d, want %d\n%s", tc.method, tc.path, w.Code, tc.status, w.Body)
			}
			if tc.method == "HEAD" {
				return
			}
			if ct := w.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
				t.Errorf("Content-Type %q", ct)
			}
			if tc.code != "" {
				checkErrorShape(t, w.Body.Bytes(), tc.code)
				return
			}
			v := decode(t, w.Body.Bytes())
			if tc.check != nil {
				tc.check(t, v)
			}
		})
	}
}

func TestAPIMethodNotAllowedSaysAllow(t *testing.T) {
	f := newFixture(t)
	w := f.do(t, "PUT", "/api/v1/documents", "", "", testToken)
	if w.Code != 405 || w.Header().Get("Allow") != "GET, HEAD, POST" {
		t.Errorf("PUT: %d, Allow %q", w.Code, w.Header().Get("Allow"))
	}
}

func TestPostDocument(t *testing.T) {
	const article = `{"text": "Members of the Ashen Circle, a militia also known as the Grey Lanterns, burned a customs office in Orvane on Monday, police said.", "title": "Customs office burned in Orvane", "source": "Valley Dispatch", "published": "2024-07-02", "url": "https://example.org/orvane"}`
	limited := func(o *Options) { o.MaxBodyBytes = 1 << 10 }
	for _, tc := range []struct {
		name, contentType, body, token string
		status                         int
		code                           string
	}{
		{name: "no token", contentType: "application/json", body: article, status: 401, code: "unauthorized"},
		{name: "wrong token", contentType: "application/json", body: article, token: "not-the-token-at-all", status: 401, code: "unauthorized"},
		{name: "json", contentType: "application/json", body: article, token: testToken, status: 201},
		{name: "plain text", contentType: "text/plain; charset=utf-8", body: "The Ashen Circle claimed an attack on a depot in Brisca.", token: testToken, status: 201},
		{name: "xml", contentType: "application/xml", body: "<a/>", token: testToken, status: 415, code: "unsupported_media_type"},
		{name: "no text", contentType: "application/json", body: `{"title": "t"}`, token: testToken, status: 400, code: "invalid_argument"},
		{name: "unknown field", contentType: "application/json", body: `{"text": "t", "body": "b"}`, token: testToken, status: 400, code: "invalid_argument"},
		{name: "not json", contentType: "application/json", body: `{"text": `, token: testToken, status: 400, code: "invalid_argument"},
		{name: "empty", contentType: "text/plain", body: " ", token: testToken, status: 400, code: "invalid_argument"},
		{name: "too large", contentType: "text/plain", body: strings.Repeat("The Ashen Circle. ", 200), token: testToken, status: 413, code: "too_large"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var f *fixture
			if tc.code == "too_large" {
				f = newFixture(t, limited)
			} else {
				f = newFixture(t)
			}
			w := f.do(t, "POST", "/api/v1/documents", tc.contentType, tc.body, tc.token)
			if w.Code != tc.status {
				t.Fatalf("status %d, want %d\n%s", w.Code, tc.status, w.Body)
			}
			if tc.code != "" {
				checkErrorShape(t, w.Body.Bytes(), tc.code)
				if tc.code == "unauthorized" && !strings.HasPrefix(w.Header().Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("WWW-Authenticate = %q", w.Header().Get("WWW-Authenticate"))
				}
				return
			}
			v := decode(t, w.Body.Bytes())
			id, _ := get(v, "documents", 0, "id").(string)
			if id == "" || get(v, "documents", 0, "added") != true {
				t.Fatalf("answer = %v", v)
			}
			if w.Header().Get("Location") != "/api/v1/documents/"+id {
				t.Errorf("Location = %q", w.Header().Get("Location"))
			}
			// stored, searchable, and a second post changes nothing
			if w := f.do(t, "GET", "/api/v1/documents/"+id, "", "", ""); w.Code != 200 {
				t.Errorf("GET the posted document: %d", w.Code)
			}
			s := decode(t, f.do(t, "GET", "/api/v1/search?q=Ashen", "", "", "").Body.Bytes())
			if length(get(s, "documents")) != 1 {
				t.Errorf("search for the posted document: %v", get(s, "documents"))
			}
			again := f.do(t, "POST", "/api/v1/documents", tc.contentType, tc.body, tc.token)
			if again.Code != 200 || get(decode(t, again.Body.Bytes()), "documents", 0, "added") != false {
				t.Errorf("second post: %d %s", again.Code, again.Body)
			}
		})
	}
}

func TestPostWithoutIngester(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.Ingester = nil })
	w := f.do(t, "POST", "/api/v1/documents", "text/plain", "text", testToken)
	if w.Code != 503 {
		t.Fatalf("status %d, want 503", w.Code)
	}
	checkErrorShape(t, w.Body.Bytes(), "unavailable")
}

func TestWritesRefusedWithoutToken(t *testing.T) {
	f := newFixture(t, func(o *Options) { o.Token = "" })
	for _, tok := range []string{"", testToken, "x"} {
		if w := f.do(t, "POST", "/api/v1/documents", "text/plain", "text", tok); w.Code != 401 {
			t.Errorf("token %q: status %d, want 401 when the server has no token", tok, w.Code)
		}
	}
}

// TestOpenAPIMatchesRoutes checks that every path and method of the
// OpenAPI document is a route of the server, and every API route is in the
// document.
func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]json.RawMessage `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &doc); err != nil {
		t.Fatal(err)
	}
	var documented []string
	for p, ops := range doc.Paths {
		for m := range ops {
			if m == "parameters" {
				continue
			}
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	f := newFixture(t)
	var served []string
	for _, rt := range f.srv.routes {
		if rt.api && rt.method != anyMethod {
			served = append(served, rt.method+" "+rt.pattern)
		}
	}
	slices.Sort(documented)
	slices.Sort(served)
	if !slices.Equal(documented, served) {
		t.Errorf("OpenAPI paths and server routes differ:\ndocumented: %q\nserved:     %q", documented, served)
	}
	// and each documented route answers something other than 404/405 for
	// the method (with the path parameters filled in)
	for _, r := range documented {
		method, path, _ := strings.Cut(r, " ")
		path = strings.ReplaceAll(path, "{id}", "1")
		w := f.do(t, method, path, "", "", "")
		if w.Code == http.StatusMethodNotAllowed || w.Code == http.StatusNotFound && !strings.Contains(path, "/1") {
			t.Errorf("%s %s: %d", method, path, w.Code)
		}
	}
	// every operation has an operationId and responses
	for p, ops := range doc.Paths {
		for m, raw := range ops {
			var op struct {
				OperationID string                     `json:"operationId"`
				Responses   map[string]json.RawMessage `json:"responses"`
			}
			if err := json.Unmarshal(raw, &op); err != nil {
				t.Fatal(err)
			}
			if op.OperationID == "" || len(op.Responses) == 0 {
				t.Errorf("%s %s: no operationId or responses", m, p)
			}
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	f := newFixture(t)
	for _, path := range []string{"/", "/search?q=Covenant", "/api/v1/entities", "/api/v1/nothing", "/nothing", "/static/style.css"} {
		w := f.do(t, "GET", path, "", "", "")
		h := w.Header()
		csp := h.Get("Content-Security-Policy")
		for _, want := range []string{"default-src 'self'", "script-src 'none'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'"} {
			if !strings.Contains(csp, want) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, want)
			}
		}
		if strings.Contains(csp, "unsafe-inline") || strings.Contains(csp, "unsafe-eval") {
			t.Errorf("%s: CSP allows unsafe code: %q", path, csp)
		}
		for k, v := range map[string]string{"X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer", "X-Frame-Options": "DENY"} {
			if h.Get(k) != v {
				t.Errorf("%s: %s = %q, want %q", path, k, h.Get(k), v)
			}
		}
	}
}

// TestDossierCacheFollowsWrites checks that a cached dossier is not served
// after a document about the entity is stored.
func TestDossierCacheFollowsWrites(t *testing.T) {
	f := newFixture(t)
	path := fmt.Sprintf("/api/v1/entities/%d", f.covenant(t))
	docs := func() float64 {
		t.Helper()
		return get(decode(t, f.do(t, "GET", path, "", "", "").Body.Bytes()), "entity", "documents").(float64)
	}
	before := docs()
	if again := docs(); again != before {
		t.Fatalf("documents %v then %v with no write", before, again)
	}
	body := `{"text": "The Crimson Covenant, also known as Vetra Sangal, set fire to a grain store near Brisca on Friday, police said.", "title": "Grain store burned near Brisca"}`
	if w := f.do(t, "POST", "/api/v1/documents", "application/json", body, testToken); w.Code != 201 {
		t.Fatalf("POST: %d %s", w.Code, w.Body)
	}
	if after := docs(); after != before+1 {
		t.Errorf("documents %v after storing one more about it, want %v", after, before+1)
	}
}
