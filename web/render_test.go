package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier"
)

// render writes tokens as the document template does, as compact markup.
func renderTokens(ts []token) string {
	var b strings.Builder
	for _, t := range ts {
		switch {
		case t.Open && t.Link:
			fmt.Fprintf(&b, "<a %s>", t.Class)
		case t.Open:
			fmt.Fprintf(&b, "<m %s>", t.Class)
		case t.Close && t.Link:
			b.WriteString("</a>")
		case t.Close:
			b.WriteString("</m>")
		case t.Badge != nil:
			fmt.Fprintf(&b, "[%s]", t.Badge.Label)
		default:
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

func TestSegment(t *testing.T) {
	text := "The Red Hand bombed Dornhal. Police blamed it."
	for _, tc := range []struct {
		name string
		hs   []highlight
		want string
	}{
		{"none", nil, text},
		{"mention", []highlight{{Start: 4, End: 12, Layer: layerMention, Class: "m", Href: "/e/1"}}, "The <a m>Red Hand</a> bombed Dornhal. Police blamed it."},
		{"sentence around mentions, badge after", []highlight{
			{Start: 0, End: 28, Layer: layerClaim, Class: "c", Badges: []badge{{Label: "claim"}}},
			{Start: 4, End: 12, Layer: layerMention, Class: "m", Href: "/e/1"},
			{Start: 20, End: 27, Layer: layerMention, Class: "p", Href: "/e/2"},
		}, "<m c>The <a m>Red Hand</a> bombed <a p>Dornhal</a>.</m>[claim] Police blamed it."},
		{"focus encloses a claim of the same span", []highlight{
			{Start: 0, End: 28, Layer: layerClaim, Class: "c"},
			{Start: 0, End: 28, Layer: layerFocus, Class: "hl"},
		}, "<m hl><m c>The Red Hand bombed Dornhal.</m></m> Police blamed it."},
		{"crossing marks are split", []highlight{
			{Start: 0, End: 20, Layer: layerEvent, Class: "e"},
			{Start: 13, End: 28, Layer: layerClaim, Class: "c"},
		}, "<m e>The Red Hand <m c>bombed </m></m><m c>Dornhal.</m> Police blamed it."},
		{"overlapping links keep the first", []highlight{
			{Start: 4, End: 12, Layer: layerMention, Class: "a", Href: "/1"},
			{Start: 8, End: 19, Layer: layerMention, Class: "b", Href: "/2"},
		}, "The <a a>Red Hand</a> bombed Dornhal. Police blamed it."},
		{"badge waits for the link to close", []highlight{
			{Start: 4, End: 12, Layer: layerMention, Class: "m", Href: "/1"},
			{Start: 0, End: 8, Layer: layerClaim, Class: "c", Badges: []badge{{Label: "b"}}},
		}, "<m c>The <a m>Red </a></m>[b]<a m>Hand</a> bombed Dornhal. Police blamed it."},
		{"out of range and empty spans", []highlight{
			{Start: -5, End: 3, Class: "x"},
			{Start: 40, End: 400, Class: "y"},
			{Start: 10, End: 10, Class: "z"},
			{Start: 30, End: 20, Class: "w"},
		}, "<m x>The</m> Red Hand bombed Dornhal. Police blam<m y>ed it.</m>"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := renderTokens(segment(text, tc.hs)); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
		})
	}
	// offsets inside a multi-byte character are moved to its edges
	u := "Ørsted ☂ Kessovar"
	ts := segment(u, []highlight{{Start: 1, End: 9, Class: "m"}})
	for _, tk := range ts {
		if !utf8.ValidString(tk.Text) {
			t.Errorf("token %q is not valid UTF-8", tk.Text)
		}
	}
}

// checkTokens checks that tokens give back the text, nest properly and
// never put a link inside a link.
func checkTokens(t *testing.T, text string, ts []token) {
	t.Helper()
	var b strings.Builder
	var stack []bool
	for _, tk := range ts {
		switch {
		case tk.Open:
			if tk.Link {
				for _, l := range stack {
					if l {
						t.Fatalf("a link inside a link: %+v", ts)
					}
				}
			}
			stack = append(stack, tk.Link)
		case tk.Close:
			if len(stack) == 0 || stack[len(stack)-1] != tk.Link {
				t.Fatalf("close without its open: %+v", ts)
			}
			stack = stack[:len(stack)-1]
		case tk.Badge != nil:
			for _, l := range stack {
				if l {
					t.Fatalf("a badge link inside a link: %+v", ts)
				}
			}
		default:
			b.WriteString(tk.Text)
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed: %+v", ts)
	}
	if b.String() != text {
		t.Fatalf("text %q, want %q", b.String(), text)
	}
}

func FuzzSegment(f *testing.F) {
	f.Add("The Red Hand bombed Dornhal.", []byte{0, 4, 12, 3, 1, 0, 28, 2, 2, 13, 20, 1})
	f.Add("Ørsted ☂ Kessovar", []byte{1, 9, 3, 0, 2, 200, 1})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		if !utf8.ValidString(text) {
			return
		}
		var hs []highlight
		for i := 0; i+2 < len(spans); i += 3 {
			h := highlight{Start: int(spans[i]) - 5, End: int(spans[i+1]), Layer: int(spans[i+2] % 4), Class: "x"}
			if h.Layer == layerMention {
				h.Href = "/e"
			}
			if spans[i+2]%5 == 0 {
				h.Badges = []badge{{Label: "b"}}
			}
			hs = append(hs, h)
		}
		checkTokens(t, text, segment(text, hs))
	})
}

func TestDecodeTopoJSON(t *testing.T) {
	// two squares sharing an edge: arc 0 is the shared edge, used
	// reversed by the second square; quantized with a transform
	topo := `{"type":"Topology","transform":{"scale":[1,1],"translate":[10,20]},
	"arcs":[[[1,0],[0,1]],[[1,1],[-1,0],[0,-1],[1,0]],[[1,0],[1,0],[0,1],[-1,0]]],
	"objects":{"c":{"type":"GeometryCollection","geometries":[
		{"type":"Polygon","arcs":[[0,1]],"properties":{"name":"West"}},
		{"type":"MultiPolygon","arcs":[[[-1,2]]],"properties":{"name":"East"}},
		{"type":"Point","coordinates":[0,0]}]}}}`
	cs, err := DecodeTopoJSON([]byte(topo), "c")
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) != 2 {
		t.Fatalf("%d countries, want 2", len(cs))
	}
	west := fmt.Sprint(cs[0].Rings)
	if west != "[[[11 20] [11 21] [10 21] [10 20] [11 20]]]" {
		t.Errorf("West = %s", west)
	}
	east := fmt.Sprint(cs[1].Rings)
	if east != "[[[11 21] [11 20] [12 20] [12 21] [11 21]]]" {
		t.Errorf("East = %s", east)
	}
	if cs[1].Box != [4]float64{11, 20, 12, 21} {
		t.Errorf("East box = %v", cs[1].Box)
	}
	for _, bad := range []string{`{"type":"Topology","arcs":[],"objects":{}}`, `{"type":"Feature"}`, `[`,
		`{"type":"Topology","arcs":[],"objects":{"c":{"geometries":[{"type":"Polygon","arcs":[[5]]}]}}}`} {
		if _, err := DecodeTopoJSON([]byte(bad), "c"); err == nil {
			t.Errorf("DecodeTopoJSON(%s): no error", bad)
		}
	}
}

func FuzzDecodeTopoJSON(f *testing.F) {
	f.Add([]byte(`{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":{"geometries":[{"type":"Polygon","arcs":[[0,-1]]}]}}}`))
	f.Add([]byte(`{"type":"Topology","arcs":[],"objects":{"countries":{"geometries":[{"type":"MultiPolygon","arcs":[[[-7]]]}]}}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		cs, err := DecodeTopoJSON(data, "countries")
		if err != nil {
			return
		}
		p := Projection{West: -10, East: 10, South: -10, North: 10, W: 100, H: 100}
		for _, c := range cs {
			svgPath(p, c.Rings, 0, 0)
		}
	})
}

func TestEmbeddedCountries(t *testing.T) {
	cs, err := countries()
	if err != nil {
		t.Fatal(err)
	}
	if len(cs) < 170 {
		t.Fatalf("%d countries", len(cs))
	}
	// the demo's fictional region is placed at 48°N 66°E
	found := false
	for _, c := range cs {
		if c.Name == "Kazakhstan" {
			found = true
			if c.Box[0] > 66 || c.Box[2] < 66 || c.Box[1] > 48 || c.Box[3] < 48 {
				t.Errorf("Kazakhstan box %v does not hold 48°N 66°E", c.Box)
			}
			if len(c.Rings) == 0 || len(c.Rings[0]) < 20 {
				t.Errorf("Kazakhstan has %d rings", len(c.Rings))
			}
		}
	}
	if !found {
		t.Error("no Kazakhstan")
	}
	var raw map[string]any
	if err := json.Unmarshal(countriesTopoJSON, &raw); err != nil || raw["type"] != "Topology" {
		t.Errorf("embedded file: %v", err)
	}
}

func TestProjection(t *testing.T) {
	p := fitProjection([]float64{64, 68}, []float64{46, 49}, 640, 8)
	if p.West >= 64 || p.East <= 68 || p.South >= 46 || p.North <= 49 {
		t.Errorf("box %+v does not hold the points", p)
	}
	x, y := p.Point(p.West, p.North)
	if x != 0 || y != 0 {
		t.Errorf("north-west corner at %v,%v", x, y)
	}
	x, y = p.Point(p.East, p.South)
	if math.Abs(x-p.W) > 1e-9 || math.Abs(y-p.H) > 1e-9 {
		t.Errorf("south-east corner at %v,%v, want %v,%v", x, y, p.W, p.H)
	}
	// degrees are square at the mid latitude
	k := math.Cos((p.North + p.South) / 2 * math.Pi / 180)
	if r := (p.W / (p.East - p.West)) / (p.H / (p.North - p.South)) * (1 / k); math.Abs(r-1) > 0.02 {
		t.Errorf("aspect off by %v", r)
	}
	if got := svgPath(p, [][][2]float64{{{p.West, p.North}, {p.West, p.North}, {p.East, p.South}}}, 10, 5); got != "M10,5L650,"+fmtNum(p.H+5)+"Z" {
		t.Errorf("svgPath = %s", got)
	}
}

func TestNiceTicks(t *testing.T) {
	for _, tc := range []struct {
		max float64
		n   int
	}{{0, 3}, {3, 3}, {7, 3}, {24, 4}, {0.4, 4}, {1800, 4}, {123456, 5}} {
		top, ticks := niceTicks(tc.max, tc.n)
		if top < tc.max || ticks[0] != 0 || ticks[len(ticks)-1] != top {
			t.Errorf("niceTicks(%v, %d) = %v, %v", tc.max, tc.n, top, ticks)
		}
		step := ticks[1] - ticks[0]
		m := step / math.Pow(10, math.Floor(math.Log10(step)))
		if math.Abs(m-1) > 1e-9 && math.Abs(m-2) > 1e-9 && math.Abs(m-5) > 1e-9 {
			t.Errorf("niceTicks(%v): step %v is not 1, 2 or 5 × 10^k", tc.max, step)
		}
		if len(ticks) > 2*tc.n+2 {
			t.Errorf("niceTicks(%v, %d): %d ticks", tc.max, tc.n, len(ticks))
		}
	}
}

func num(v float64) *float64 { return &v }

func TestFigures(t *testing.T) {
	lat, lon := 47.0, 64.6
	evs := []dossier.EventRecord{
		{ID: 1, Type: "bombing", Date: "2024-01-05", Location: "Dornhal", Lat: &lat, Lon: &lon, Killed: dossier.Figure{LatestMin: num(4), LatestMax: num(4)}, Injured: dossier.Figure{LatestMin: num(6), LatestMax: num(6)}},
		{ID: 2, Type: "bombing", Date: "2024-04-05", Killed: dossier.Figure{LatestMin: num(10), LatestMax: num(12)}},
		{ID: 3, Type: "kidnapping", Date: "2024"},
	}
	tl := timelineFigure("t", evs, func(m string) string { return "/events?month=" + m })
	if tl == nil {
		t.Fatal("no timeline")
	}
	var bars, killed, links int
	for _, s := range tl.Shapes {
		if s.Title == "" {
			continue // the legend's swatches
		}
		switch s.Class {
		case "bar-events":
			bars++
			if s.Href != "" {
				links++
			}
		case "bar-killed":
			killed++
		}
	}
	if bars != 2 || killed != 2 || links != 2 {
		t.Errorf("%d event bars (%d linked), %d killed bars; want 2, 2, 2", bars, links, killed)
	}
	txt := figureText(tl)
	if !strings.Contains(txt, "2024-04: 10 killed") || !strings.Contains(tl.Desc, "1 more are dated only to a year") {
		t.Errorf("timeline says %q / %q", txt, tl.Desc)
	}
	if timelineFigure("t", evs[2:], nil) != nil {
		t.Error("a timeline of undated events")
	}
	mp, err := mapFigure("m", evs, nil)
	if err != nil || mp == nil {
		t.Fatalf("map: %v", err)
	}
	var dots, land int
	for _, s := range mp.Shapes {
		if s.Class == "ev-dot" && s.Title != "" {
			dots++
		}
		if s.Class == "land" {
			land++
		}
	}
	if dots != 1 || land == 0 {
		t.Errorf("map: %d event dots, %d countries", dots, land)
	}
	if m, _ := mapFigure("m", evs[1:], nil); m != nil {
		t.Error("a map of events without places")
	}
	d := &dossier.Dossier{Facts: []dossier.Fact{{Predicate: "strength", Status: dossier.Contradicted, Claims: []dossier.StoredClaim{
		{Claim: dossier.Claim{Min: num(500), Max: num(700), Unit: dossier.Str("fighters"), Time: dossier.Str("2023")}},
		{Claim: dossier.Claim{Min: num(300), Unit: dossier.Str("fighters")}, SourcedFact: dossier.SourcedFact{Published: "2024-03-01"}},
		{Claim: dossier.Claim{Min: num(1), Unit: dossier.Str("fighters")}},
	}}}}
	es := strengthEstimates(d)
	if len(es) != 2 || es[0].When != "2023" || es[1].When != "2024-03-01" {
		t.Fatalf("estimates = %+v", es)
	}
	sf := strengthFigure("s", es)
	if !strings.Contains(figureText(sf), "500–700 fighters (2023)") || !strings.Contains(figureText(sf), "at least 300 fighters") {
		t.Errorf("strength chart says %q", figureText(sf))
	}
}

// TestFigureTemplate renders a figure and checks it is SVG with the
// shapes, escaped.
func TestFigureTemplate(t *testing.T) {
	f := newFixture(t)
	fig := &figure{ID: "x", Title: "T <b>", W: 100, H: 50, Shapes: []shape{
		{Kind: "rect", X: 1, Y: 2, W: 3, H: 4, Class: "bar-events", Title: `<script>alert(1)</script>`, Href: "javascript:alert(1)"},
		{Kind: "text", X: 5, Y: 6, Anchor: "middle", Class: "tick", Text: "a & b"},
	}}
	var buf bytes.Buffer
	if err := f.srv.pages["home"].ExecuteTemplate(&buf, "svg", fig); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{`<svg id="x" class="chart" viewBox="0 0 100 50"`, `<title id="x-title">T &lt;b&gt;</title>`, `<rect x="1" y="2" width="3" height="4" class="bar-events">`,
		`&lt;script&gt;`, `text-anchor="middle"`, `a &amp; b`} {
		if !strings.Contains(out, want) {
			t.Errorf("figure lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "javascript:") {
		t.Errorf("a javascript: link got through:\n%s", out)
	}
}
