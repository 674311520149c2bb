package web

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// countriesTopoJSON is Natural Earth's 1:110m Admin 0 countries (public
// domain) as TopoJSON, from the npm package world-atlas 2.0.2 (ISC); see
// assets/ATTRIBUTION.md.
//
//go:embed assets/countries-110m.json
var countriesTopoJSON []byte

// Country is one country's outline: rings of [lon, lat] points.
type Country struct {
	Name  string
	Rings [][][2]float64
	// Box is the bounding box: min lon, min lat, max lon, max lat.
	Box [4]float64
}

// topology is the part of a TopoJSON document the map reads.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects map[string]struct {
		Type       string `json:"type"`
		Geometries []struct {
			Type       string          `json:"type"`
			Arcs       json.RawMessage `json:"arcs"`
			Properties struct {
				Name string `json:"name"`
			} `json:"properties"`
		} `json:"geometries"`
	} `json:"objects"`
}

// DecodeTopoJSON reads the polygons of the named geometry collection of a
// TopoJSON topology (quantized or not): each geometry's rings, with arcs
// delta-decoded, transformed to longitude and latitude, reversed where the
// index is negative (~i), and joined.
func DecodeTopoJSON(data []byte, object string) ([]Country, error) {
	var t topology
	if err := json.Unmarshal(data, &t); err != nil {
		return nil, fmt.Errorf("topojson: %w", err)
	}
	if t.Type != "Topology" {
		return nil, fmt.Errorf("topojson: type %q, want Topology", t.Type)
	}
	obj, ok := t.Objects[object]
	if !ok {
		return nil, fmt.Errorf("topojson: no object %q", object)
	}
	// decode every arc to absolute positions
	arcs := make([][][2]float64, len(t.Arcs))
	for i, a := range t.Arcs {
		pts := make([][2]float64, len(a))
		var x, y float64
		for j, p := range a {
			if t.Transform != nil {
				x += p[0]
				y += p[1]
				pts[j] = [2]float64{x*t.Transform.Scale[0] + t.Transform.Translate[0], y*t.Transform.Scale[1] + t.Transform.Translate[1]}
			} else {
				pts[j] = p
			}
		}
		arcs[i] = pts
	}
	ring := func(idx []int) ([][2]float64, error) {
		var out [][2]float64
		for k, i := range idx {
			rev := i < 0
			if rev {
				i = ^i
			}
			if i >= len(arcs) {
				return nil, fmt.Errorf("topojson: arc %d of %d", i, len(arcs))
			}
			a := arcs[i]
			for j := range a {
				p := a[j]
				if rev {
					p = a[len(a)-1-j]
				}
				if k > 0 && j == 0 {
					continue // the previous arc's last point
				}
				out = append(out, p)
			}
		}
		return out, nil
	}
	var out []Country
	for _, g := range obj.Geometries {
		var polys [][][]int
		switch g.Type {
		case "Polygon":
			var p [][]int
			if err := json.Unmarshal(g.Arcs, &p); err != nil {
				return nil, fmt.Errorf("topojson: %s: %w", g.Properties.Name, err)
			}
			polys = [][][]int{p}
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return nil, fmt.Errorf("topojson: %s: %w", g.Properties.Name, err)
			}
		default:
			continue
		}
		c := Country{Name: g.Properties.Name, Box: [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}}
		for _, p := range polys {
			for _, r := range p {
				pts, err := ring(r)
				if err != nil {
					return nil, err
				}
				for _, q := range pts {
					c.Box[0], c.Box[1] = math.Min(c.Box[0], q[0]), math.Min(c.Box[1], q[1])
					c.Box[2], c.Box[3] = math.Max(c.Box[2], q[0]), math.Max(c.Box[3], q[1])
				}
				c.Rings = append(c.Rings, pts)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

// Projection is an equirectangular (plate carrée) projection of a
// longitude–latitude box onto a W×H pixel frame.
type Projection struct {
	West, South, East, North float64
	W, H                     float64
}

// Point returns the pixel position of a longitude and latitude.
func (p Projection) Point(lon, lat float64) (x, y float64) {
	return (lon - p.West) / (p.East - p.West) * p.W, (p.North - lat) / (p.North - p.South) * p.H
}

// fitProjection returns a projection of the box around points, padded and
// at least minSpan degrees wide and high, keeping degrees square at the
// box's mid latitude, for a frame w pixels wide.
func fitProjection(lons, lats []float64, w float64, minSpan float64) Projection {
	west, east, south, north := 180.0, -180.0, 90.0, -90.0
	for i := range lons {
		west, east = math.Min(west, lons[i]), math.Max(east, lons[i])
		south, north = math.Min(south, lats[i]), math.Max(north, lats[i])
	}
	if len(lons) == 0 {
		west, east, south, north = -180, 180, -60, 85
	}
	cx, cy := (west+east)/2, (south+north)/2
	dx := math.Max(east-west, minSpan) * 1.3
	dy := math.Max(north-south, minSpan) * 1.3
	// degrees of longitude are shorter away from the equator: aspect
	k := math.Max(math.Cos(cy*math.Pi/180), 0.2)
	// keep the frame between 4:3 and 2:1
	ratio := dx * k / dy
	switch {
	case ratio < 4.0/3:
		dx = dy * 4 / 3 / k
	case ratio > 2:
		dy = dx * k / 2
	}
	dx, dy = math.Min(dx, 360), math.Min(dy, 170)
	p := Projection{West: cx - dx/2, East: cx + dx/2, South: cy - dy/2, North: cy + dy/2, W: w}
	p.H = math.Round(w * dy / (dx * k))
	return p
}

// svgPath writes rings projected as an SVG path, shifted by dx, dy: one
// closed subpath per ring, points rounded to a tenth of a pixel, repeated
// points dropped.
func svgPath(p Projection, rings [][][2]float64, dx, dy float64) string {
	var b strings.Builder
	for _, r := range rings {
		lastX, lastY := math.NaN(), math.NaN()
		n := 0
		for _, q := range r {
			x, y := p.Point(q[0], q[1])
			x, y = math.Round((x+dx)*10)/10, math.Round((y+dy)*10)/10
			if x == lastX && y == lastY {
				continue
			}
			if n == 0 {
				b.WriteByte('M')
			} else {
				b.WriteByte('L')
			}
			b.WriteString(strconv.FormatFloat(x, 'f', -1, 64))
			b.WriteByte(',')
			b.WriteString(strconv.FormatFloat(y, 'f', -1, 64))
			lastX, lastY = x, y
			n++
		}
		if n > 0 {
			b.WriteByte('Z')
		}
	}
	return b.String()
}
