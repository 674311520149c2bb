package web

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"

	"dossier"
	"dossier/export"
)

// The charts and the map are drawn on the server as SVG figures: lists of
// shapes that one template writes out (templates/svg.html). Colours and
// fonts come from classes in static/style.css, so the Content-Security-
// Policy needs no inline style.

// figure is an SVG image: a title and description for assistive
// technology, a view box, and shapes.
type figure struct {
	ID, Title, Desc string
	W, H            float64
	Shapes          []shape
}

// shape is one SVG element. Kind is rect, line, circle, text or path.
type shape struct {
	Kind       string
	X, Y, W, H float64 // rect; x, y of text and circle centre
	X2, Y2, R  float64 // line end; circle radius
	D          string  // path data
	Class      string
	Text       string // text content
	Anchor     string // text-anchor: start, middle, end
	Title      string // tooltip
	Href       string // link target, making the shape focusable
	Label      string // accessible name of the link
}

func (f *figure) add(s shape) { f.Shapes = append(f.Shapes, s) }

func (f *figure) text(x, y float64, anchor, class, text string) {
	f.add(shape{Kind: "text", X: x, Y: y, Anchor: anchor, Class: class, Text: text})
}

func (f *figure) line(x1, y1, x2, y2 float64, class string) {
	f.add(shape{Kind: "line", X: x1, Y: y1, X2: x2, Y2: y2, Class: class})
}

// fmtNum writes a coordinate or value with at most one decimal.
func fmtNum(v float64) string {
	return strconv.FormatFloat(math.Round(v*10)/10, 'f', -1, 64)
}

// niceTicks returns the top of an axis from 0 that holds max, and its ticks,
// about n of them at steps of 1, 2 or 5 times a power of ten.
func niceTicks(max float64, n int) (float64, []float64) {
	if max <= 0 || math.IsNaN(max) || math.IsInf(max, 0) {
		return 1, []float64{0, 1}
	}
	raw := max / float64(n)
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	step := mag
	for _, m := range []float64{1, 2, 5, 10} {
		if m*mag >= raw {
			step = m * mag
			break
		}
	}
	if step < 1 && max >= 1 {
		step = 1
	}
	top := math.Ceil(max/step) * step
	var ticks []float64
	for v := 0.0; v <= top+step/2; v += step {
		ticks = append(ticks, v)
	}
	return top, ticks
}

// legend draws swatches with labels in a row from x at y.
func (f *figure) legend(x, y float64, items [][2]string) {
	for _, it := range items {
		f.add(shape{Kind: "rect", X: x, Y: y - 10, W: 12, H: 12, Class: it[0]})
		f.text(x+17, y, "start", "legend", it[1])
		x += 17 + float64(len([]rune(it[1])))*7.2 + 18
	}
}

// monthRange returns every month from first to last, YYYY-MM.
func monthRange(first, last string) []string {
	y, m := ym(first)
	ly, lm := ym(last)
	var out []string
	for (y < ly || y == ly && m <= lm) && len(out) < 600 {
		out = append(out, fmt.Sprintf("%04d-%02d", y, m))
		m++
		if m > 12 {
			y, m = y+1, 1
		}
	}
	return out
}

func ym(s string) (int, int) {
	y, _ := strconv.Atoi(s[:4])
	m, _ := strconv.Atoi(s[5:7])
	return y, m
}

// timelineFigure draws events per month (top panel) and killed and injured
// per month (bottom panel) on one month axis. link, when set, gives the
// events page of a month. It returns nil when no event is dated to a month.
func timelineFigure(id string, events []dossier.EventRecord, link func(month string) string) *figure {
	months, undated := export.Timeline(events)
	if len(months) == 0 {
		return nil
	}
	by := map[string]export.Month{}
	for _, m := range months {
		by[m.Month] = m
	}
	all := monthRange(months[0].Month, months[len(months)-1].Month)
	const (
		w, left, right = 720.0, 64.0, 16.0
		top1, h1       = 56.0, 110.0
		top2, h2       = 206.0, 130.0
		axisY          = top2 + h2
	)
	f := &figure{ID: id, W: w, H: axisY + 44,
		Title: "Events per month, with people killed and injured",
		Desc:  fmt.Sprintf("%d events in %d months from %s to %s.", len(events)-undated, len(all), all[0], all[len(all)-1])}
	if undated > 0 {
		f.Desc += fmt.Sprintf(" %d more are dated only to a year and not shown.", undated)
	}
	plotW := w - left - right
	band := plotW / float64(len(all))
	var maxEv, maxPeople float64
	for _, m := range months {
		maxEv = math.Max(maxEv, float64(m.Events))
		maxPeople = math.Max(maxPeople, math.Max(m.Killed, m.Injured))
	}
	topEv, ticksEv := niceTicks(maxEv, 3)
	topP, ticksP := niceTicks(maxPeople, 4)
	f.legend(left, 16, [][2]string{{"bar-events", "Events"}, {"bar-killed", "Killed"}, {"bar-injured", "Injured"}})
	// axes and grid
	for _, p := range []struct {
		top, h, max float64
		ticks       []float64
		title       string
	}{{top1, h1, topEv, ticksEv, "events / month"}, {top2, h2, topP, ticksP, "people / month"}} {
		for _, t := range p.ticks {
			y := p.top + p.h - t/p.max*p.h
			f.line(left, y, w-right, y, "grid")
			f.text(left-6, y+4, "end", "tick", fmtNum(t))
		}
		f.line(left, p.top, left, p.top+p.h, "axis")
		f.line(left, p.top+p.h, w-right, p.top+p.h, "axis")
		f.text(left, p.top-6, "start", "axis-title", p.title)
	}
	every := int(math.Ceil(float64(len(all)) / 10))
	for i, mo := range all {
		x := left + float64(i)*band
		m := by[mo]
		if m.Events > 0 {
			h := float64(m.Events) / topEv * h1
			s := shape{Kind: "rect", X: x + band*0.15, Y: top1 + h1 - h, W: band * 0.7, H: h, Class: "bar-events",
				Title: fmt.Sprintf("%s: %d event(s)", mo, m.Events)}
			if link != nil {
				s.Href, s.Label = link(mo), fmt.Sprintf("events of %s", mo)
			}
			f.add(s)
		}
		for j, v := range []struct {
			n     float64
			class string
			what  string
		}{{m.Killed, "bar-killed", "killed"}, {m.Injured, "bar-injured", "injured"}} {
			if v.n <= 0 {
				continue
			}
			h := v.n / topP * h2
			f.add(shape{Kind: "rect", X: x + band*0.1 + float64(j)*band*0.4, Y: top2 + h2 - h, W: band * 0.4, H: h, Class: v.class,
				Title: fmt.Sprintf("%s: %s %s", mo, fmtNum(v.n), v.what)})
		}
		if i%every == 0 {
			f.line(x+band/2, axisY, x+band/2, axisY+4, "axis")
			f.text(x+band/2, axisY+18, "middle", "tick", mo)
		}
	}
	f.text(left+plotW/2, axisY+38, "middle", "axis-title", "month (YYYY-MM)")
	return f
}

// statusClass is the CSS class of a crosscheck status.
func statusClass(s dossier.Status) string {
	switch s {
	case dossier.Corroborated:
		return "st-corroborated"
	case dossier.Contradicted:
		return "st-contradicted"
	}
	return "st-single"
}

// estimate is one strength figure of a dossier, placed in time.
type estimate struct {
	When     string  // YYYY[-MM[-DD]]
	T        float64 // years
	Min, Max *float64
	Unit     string
	Status   dossier.Status
	Source   string
	Claim    dossier.StoredClaim
}

// yearOf turns YYYY[-MM[-DD]] into fractional years, or false.
func yearOf(s string) (float64, bool) {
	if len(s) < 4 {
		return 0, false
	}
	y, err := strconv.Atoi(s[:4])
	if err != nil {
		return 0, false
	}
	t := float64(y) + 0.5
	if len(s) >= 7 {
		if m, err := strconv.Atoi(s[5:7]); err == nil && m >= 1 && m <= 12 {
			t = float64(y) + (float64(m)-0.5)/12
		}
	}
	return t, true
}

// strengthEstimates lists the strength claims of a dossier's facts with the
// time they are about (else their article's date), oldest first.
func strengthEstimates(d *dossier.Dossier) []estimate {
	var out []estimate
	for _, f := range d.Facts {
		if f.Predicate != "strength" {
			continue
		}
		for _, c := range f.Claims {
			when := dossier.Deref(c.Time)
			if _, ok := yearOf(when); !ok {
				when = c.Published
			}
			t, ok := yearOf(when)
			if !ok || c.Min == nil && c.Max == nil {
				continue
			}
			e := estimate{When: when, T: t, Min: c.Min, Max: c.Max, Unit: dossier.Deref(c.Unit), Status: f.Status, Claim: c}
			e.Source = dossier.Deref(c.Claim.Source)
			if e.Source == "" {
				e.Source = c.SourcedFact.Source
			}
			out = append(out, e)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].T < out[b].T })
	return out
}

// strengthFigure draws strength estimates over time: a range bar for a
// range, a dot for a single figure, an arrow up for "at least", coloured
// by the crosscheck's verdict.
func strengthFigure(id string, es []estimate) *figure {
	if len(es) == 0 {
		return nil
	}
	const (
		w, left, right, top, h = 720.0, 72.0, 24.0, 56.0, 200.0
	)
	units := map[string]int{}
	var maxV float64
	t0, t1 := math.Inf(1), math.Inf(-1)
	for _, e := range es {
		for _, v := range []*float64{e.Min, e.Max} {
			if v != nil {
				maxV = math.Max(maxV, *v)
			}
		}
		t0, t1 = math.Min(t0, e.T), math.Max(t1, e.T)
		if e.Unit != "" {
			units[e.Unit]++
		}
	}
	unit, best := "", 0
	for u, n := range units {
		if n > best || n == best && u < unit {
			unit, best = u, n
		}
	}
	if unit == "" {
		unit = "count"
	}
	y0, y1 := math.Floor(t0), math.Floor(t1)+1
	topV, ticks := niceTicks(maxV*1.05, 4)
	f := &figure{ID: id, W: w, H: top + h + 50, Title: "Strength estimates over time",
		Desc: fmt.Sprintf("%d estimates from %.0f to %.0f, in %s.", len(es), y0, y1-1, unit)}
	plotW := w - left - right
	xOf := func(t float64) float64 { return left + (t-y0)/(y1-y0)*plotW }
	yOf := func(v float64) float64 { return top + h - v/topV*h }
	f.legend(left, 16, [][2]string{{"st-corroborated", "corroborated"}, {"st-single", "single source"}, {"st-contradicted", "contradicted"}})
	f.text(w-right, 14, "end", "legend", "bar: range · dot: one figure · arrow: at least")
	for _, t := range ticks {
		f.line(left, yOf(t), w-right, yOf(t), "grid")
		f.text(left-6, yOf(t)+4, "end", "tick", fmtNum(t))
	}
	f.line(left, top, left, top+h, "axis")
	f.line(left, top+h, w-right, top+h, "axis")
	f.text(left, top-6, "start", "axis-title", unit)
	step := math.Max(1, math.Ceil((y1-y0)/10))
	for y := y0; y <= y1; y += step {
		f.line(xOf(y), top+h, xOf(y), top+h+4, "axis")
		f.text(xOf(y), top+h+18, "middle", "tick", fmt.Sprintf("%.0f", y))
	}
	f.text(left+plotW/2, top+h+40, "middle", "axis-title", "year the estimate is about")
	// spread estimates of the same time apart
	seen := map[float64]int{}
	for _, e := range es {
		k := seen[e.T]
		seen[e.T]++
		x := xOf(e.T) + float64(k%5)*7 - 14*float64(min(k, 1))
		cls := statusClass(e.Status)
		title := fmt.Sprintf("%s %s (%s), %s: %s", rangeWords(e.Min, e.Max), e.Unit, e.When, orWords(e.Source, "no source"), e.Status)
		switch {
		case e.Min != nil && e.Max != nil && *e.Min != *e.Max:
			f.add(shape{Kind: "rect", X: x - 4, Y: yOf(*e.Max), W: 8, H: math.Max(2, yOf(*e.Min)-yOf(*e.Max)), Class: cls, Title: title})
		case e.Min != nil && e.Max == nil:
			// at least: a dot with an arrow up
			y := yOf(*e.Min)
			f.line(x, y, x, y-22, cls+" open")
			f.add(shape{Kind: "path", D: fmt.Sprintf("M%s,%sL%s,%sL%s,%sZ", fmtNum(x-4), fmtNum(y-20), fmtNum(x+4), fmtNum(y-20), fmtNum(x), fmtNum(y-28)), Class: cls})
			f.add(shape{Kind: "circle", X: x, Y: y, R: 5, Class: cls, Title: title})
		default:
			v := e.Min
			if v == nil {
				v = e.Max
			}
			f.add(shape{Kind: "circle", X: x, Y: yOf(*v), R: 5, Class: cls, Title: title})
		}
	}
	return f
}

func orWords(s, alt string) string {
	if s == "" {
		return alt
	}
	return s
}

// rangeWords writes a numeric range: "500–700", "600", "at least 300".
func rangeWords(lo, hi *float64) string {
	switch {
	case lo != nil && hi != nil && *lo == *hi:
		return fmtNum(*lo)
	case lo != nil && hi != nil:
		return fmtNum(*lo) + "–" + fmtNum(*hi)
	case lo != nil:
		return "at least " + fmtNum(*lo)
	case hi != nil:
		return "at most " + fmtNum(*hi)
	}
	return "?"
}

var countries = sync.OnceValues(func() ([]Country, error) { return DecodeTopoJSON(countriesTopoJSON, "countries") })

// mapFigure draws events with coordinates as dots, sized by people
// killed, over country outlines, with a graticule labelled in degrees. It
// returns nil when no event has coordinates.
func mapFigure(id string, events []dossier.EventRecord, link func(e dossier.EventRecord) string) (*figure, error) {
	var lons, lats []float64
	var located []dossier.EventRecord
	for _, e := range events {
		if e.Lat != nil && e.Lon != nil {
			lons, lats = append(lons, *e.Lon), append(lats, *e.Lat)
			located = append(located, e)
		}
	}
	if len(located) == 0 {
		return nil, nil
	}
	cs, err := countries()
	if err != nil {
		return nil, err
	}
	const w, pad = 720.0, 40.0
	p := fitProjection(lons, lats, w-2*pad, 8)
	f := &figure{ID: id, W: w, H: p.H + 2*pad + 30, Title: "Map of events",
		Desc: fmt.Sprintf("%d events with known places, between %.1f° and %.1f° longitude and %.1f° and %.1f° latitude.", len(located), p.West, p.East, p.South, p.North)}
	at := func(lon, lat float64) (float64, float64) {
		x, y := p.Point(lon, lat)
		return x + pad, y + pad
	}
	f.add(shape{Kind: "rect", X: pad, Y: pad, W: p.W, H: p.H, Class: "sea"})
	var labels []shape
	for _, c := range cs {
		if c.Box[2] < p.West || c.Box[0] > p.East || c.Box[3] < p.South || c.Box[1] > p.North {
			continue
		}
		f.add(shape{Kind: "path", D: svgPath(p, c.Rings, pad, pad), Class: "land", Title: c.Name})
		// the name near the middle of its visible part: the mean of its
		// outline's points held inside the frame
		var sx, sy float64
		var n int
		for _, r := range c.Rings {
			for _, q := range r {
				sx += math.Min(math.Max(q[0], p.West), p.East)
				sy += math.Min(math.Max(q[1], p.South), p.North)
				n++
			}
		}
		if n == 0 {
			continue
		}
		x, y := at(sx/float64(n), sy/float64(n))
		if x < pad+50 || x > pad+p.W-50 || y < pad+16 || y > pad+p.H-8 {
			continue
		}
		clash := false
		for _, l := range labels {
			if math.Abs(l.X-x) < 110 && math.Abs(l.Y-y) < 18 {
				clash = true
			}
		}
		if !clash {
			labels = append(labels, shape{Kind: "text", X: x, Y: y, Anchor: "middle", Class: "country-label", Text: c.Name})
		}
	}
	f.Shapes = append(f.Shapes, labels...)
	// graticule: frame edges carry degree labels; the margins cover land
	// drawn beyond the frame
	span := math.Max(p.East-p.West, p.North-p.South)
	_, ticks := niceTicks(span, 5)
	step := ticks[1]
	f.add(shape{Kind: "rect", X: 0, Y: 0, W: w, H: pad, Class: "margin"})
	f.add(shape{Kind: "rect", X: 0, Y: pad + p.H, W: w, H: f.H - pad - p.H, Class: "margin"})
	f.add(shape{Kind: "rect", X: 0, Y: 0, W: pad, H: f.H, Class: "margin"})
	f.add(shape{Kind: "rect", X: pad + p.W, Y: 0, W: pad, H: f.H, Class: "margin"})
	for lon := math.Ceil(p.West/step) * step; lon <= p.East; lon += step {
		x, _ := at(lon, 0)
		f.line(x, pad, x, pad+p.H, "graticule")
		f.text(x, pad+p.H+16, "middle", "tick", degrees(lon, "E", "W"))
	}
	for lat := math.Ceil(p.South/step) * step; lat <= p.North; lat += step {
		_, y := at(0, lat)
		f.line(pad, y, pad+p.W, y, "graticule")
		f.text(pad-4, y+4, "end", "tick", degrees(lat, "N", "S"))
	}
	f.add(shape{Kind: "rect", X: pad, Y: pad, W: p.W, H: p.H, Class: "frame"})
	// biggest first, so small dots stay on top
	sort.SliceStable(located, func(a, b int) bool { return killed(located[a]) > killed(located[b]) })
	for _, e := range located {
		x, y := at(*e.Lon, *e.Lat)
		k := killed(e)
		s := shape{Kind: "circle", X: x, Y: y, R: dotRadius(k), Class: "ev-dot",
			Title: fmt.Sprintf("%s %s in %s: %s killed", orWords(e.Date, "undated"), e.Type, orWords(e.Location, "?"), fmtNum(k))}
		if link != nil {
			s.Href, s.Label = link(e), s.Title
		}
		f.add(s)
	}
	// legend: dot sizes and attribution
	ly := pad + p.H + 54
	f.text(pad, ly, "start", "legend", "killed:")
	x := pad + 56
	for _, k := range []float64{0, 10, 50} {
		r := dotRadius(k)
		f.add(shape{Kind: "circle", X: x + r, Y: ly - 4, R: r, Class: "ev-dot"})
		f.text(x+2*r+4, ly, "start", "legend", fmtNum(k))
		x += 2*r + 36
	}
	f.text(w-pad, ly, "end", "legend", "Country outlines: Natural Earth (public domain)")
	f.H = ly + 12
	return f, nil
}

// killed is the number of people an event killed as the timeline counts
// it: the latest report's lower bound, else its upper bound.
func killed(e dossier.EventRecord) float64 {
	for _, v := range []*float64{e.Killed.LatestMin, e.Killed.LatestMax} {
		if v != nil {
			return *v
		}
	}
	return 0
}

func dotRadius(k float64) float64 { return math.Min(4+2*math.Sqrt(k), 20) }

func degrees(v float64, pos, neg string) string {
	h := pos
	if v < 0 {
		v, h = -v, neg
	}
	s := strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
	if v == 0 {
		return "0°"
	}
	return s + "°" + h
}

// figureText lists a figure's shapes' tooltips, for tests and text
// alternatives.
func figureText(f *figure) string {
	var b strings.Builder
	for _, s := range f.Shapes {
		if s.Title != "" {
			b.WriteString(s.Title)
			b.WriteByte('\n')
		}
	}
	return b.String()
}
