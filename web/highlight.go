package web

import (
	"sort"
	"unicode/utf8"
)

// Highlight layers: when two highlights start at the same byte, the lower
// layer encloses the higher.
const (
	layerFocus   = iota // the sentence a link pointed at (?hl=start-end)
	layerEvent          // an event's evidence
	layerClaim          // a claim's evidence
	layerMention        // a mention of an entity: a link
)

// highlight is a byte range of a document's text to mark or link.
type highlight struct {
	Start, End int
	Layer      int
	Class      string
	Href       string // set for a link (mentions); marks have none
	Title      string
	ID         string  // element id, on the first piece only
	Badges     []badge // links written after the highlight ends
}

// badge is a small link after a highlighted passage, to what the passage
// is evidence of.
type badge struct {
	Href, Label, Title string
}

// token is one piece of a highlighted text: an opening or closing tag, a
// badge, or text. Templates write tokens in order.
type token struct {
	Open, Close bool
	Link        bool // <a> rather than <mark>
	Class       string
	Href        string
	Title       string
	ID          string
	Badge       *badge
	Text        string
}

// validSpan aligns a byte range to rune starts within text and reports
// whether anything is left.
func validSpan(text string, start, end int) (int, int, bool) {
	start, end = max(start, 0), min(end, len(text))
	for start < end && !utf8.RuneStart(text[start]) {
		start++
	}
	for end < len(text) && end > start && !utf8.RuneStart(text[end]) {
		end++
	}
	return start, end, start < end
}

// segment splits text into tokens that nest properly: highlights that
// cross are closed and reopened around each other, links are never nested
// (overlapping mentions keep the first), and badges wait until no link is
// open. Ranges outside text or not on rune boundaries are clamped and
// aligned; empty ones are dropped.
func segment(text string, in []highlight) []token {
	var hs []highlight
	for _, h := range in {
		s, e, ok := validSpan(text, h.Start, h.End)
		if !ok {
			continue
		}
		h.Start, h.End = s, e
		hs = append(hs, h)
	}
	sort.SliceStable(hs, func(a, b int) bool {
		if hs[a].Start != hs[b].Start {
			return hs[a].Start < hs[b].Start
		}
		if hs[a].Layer != hs[b].Layer {
			return hs[a].Layer < hs[b].Layer
		}
		return hs[a].End > hs[b].End
	})
	// links never overlap: keep the first of overlapping links
	kept := hs[:0]
	lastLinkEnd := -1
	for _, h := range hs {
		if h.Href != "" {
			if h.Start < lastLinkEnd {
				continue
			}
			lastLinkEnd = h.End
		}
		kept = append(kept, h)
	}
	hs = kept
	// points where something starts or ends
	var points []int
	for _, h := range hs {
		points = append(points, h.Start, h.End)
	}
	sort.Ints(points)
	var out []token
	var stack []*highlight
	var pending []*badge
	pos, next := 0, 0
	open := func(h *highlight, first bool) {
		t := token{Open: true, Link: h.Href != "", Class: h.Class, Href: h.Href, Title: h.Title}
		if first {
			t.ID = h.ID
		}
		out = append(out, t)
		stack = append(stack, h)
	}
	linkOpen := func() bool {
		for _, h := range stack {
			if h.Href != "" {
				return true
			}
		}
		return false
	}
	for i, p := range points {
		if i > 0 && p == points[i-1] {
			continue
		}
		if p > pos {
			out = append(out, token{Text: text[pos:p]})
			pos = p
		}
		// close what ends here, and whatever is open inside it
		ends := func() bool {
			for _, h := range stack {
				if h.End == p {
					return true
				}
			}
			return false
		}
		var reopen []*highlight
		for ends() {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			out = append(out, token{Close: true, Link: top.Href != ""})
			if top.End == p {
				for i := range top.Badges {
					pending = append(pending, &top.Badges[i])
				}
			} else {
				reopen = append(reopen, top)
			}
		}
		if len(pending) > 0 && !linkOpen() {
			for _, b := range pending {
				out = append(out, token{Badge: b})
			}
			pending = nil
		}
		for j := len(reopen) - 1; j >= 0; j-- {
			open(reopen[j], false)
		}
		for next < len(hs) && hs[next].Start == p {
			open(&hs[next], true)
			next++
		}
	}
	if pos < len(text) {
		out = append(out, token{Text: text[pos:]})
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		out = append(out, token{Close: true, Link: top.Href != ""})
	}
	for _, b := range pending {
		out = append(out, token{Badge: b})
	}
	return out
}
