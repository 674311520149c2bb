// Package render writes dossier's answers as text for a terminal: the
// dossier of an entity, lists of actors and documents. Every fact is
// followed by the document and sentence it came from.
package render

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"dossier"
)

// Options tune the text output.
type Options struct {
	// Width is the width evidence sentences are cut to; 0 means 110.
	Width int
	// MaxSources is how many sources are printed per item; 0 means 3.
	MaxSources int
}

func (o Options) width() int {
	if o.Width > 0 {
		return o.Width
	}
	return 110
}

func (o Options) maxSources() int {
	if o.MaxSources > 0 {
		return o.MaxSources
	}
	return 3
}

// Dossier writes everything known about one entity.
func Dossier(w io.Writer, d *dossier.Dossier, opt Options) error {
	ew := &errWriter{w: w}
	e := d.Entity
	fmt.Fprintf(ew, "%s\n%s\n", e.Name, strings.Repeat("=", utf8.RuneCountInString(e.Name)))
	fmt.Fprintf(ew, "type: %s   documents: %d   mentions: %d   id: %d\n", e.Type, e.Documents, e.Mentions, e.ID)
	if e.Country != nil {
		fmt.Fprintf(ew, "country: %s", *e.Country)
		if e.Admin1 != "" {
			fmt.Fprintf(ew, "   admin1: %s", e.Admin1)
		}
		if e.Lat != nil && e.Lon != nil {
			fmt.Fprintf(ew, "   coordinates: %.4f, %.4f", *e.Lat, *e.Lon)
		}
		fmt.Fprintln(ew)
	}
	if len(d.Aliases) > 0 {
		fmt.Fprintf(ew, "\nNames and aliases (%d)\n", len(d.Aliases))
		for _, a := range d.Aliases {
			docs := distinctDocs(a.Documents)
			fmt.Fprintf(ew, "  %s — %d document(s), %s\n", a.Name, max(docs, a.DocumentCount), hows(a.Documents))
			writeSources(ew, a.Documents, a.DocumentCount-docs, opt)
		}
	}
	// relations that the facts below already show with their status are
	// not repeated
	inFacts := map[string]bool{}
	for _, f := range d.Facts {
		inFacts[f.Predicate] = true
	}
	var related []dossier.RelatedEntity
	for _, r := range d.Related {
		if !inFacts[r.Predicate] {
			related = append(related, r)
		}
	}
	if len(related) > 0 {
		fmt.Fprintf(ew, "\nRelated entities (%d)\n", len(related))
		for _, r := range related {
			typ := ""
			if r.Type != "" {
				typ = " [" + string(r.Type) + "]"
			}
			fmt.Fprintf(ew, "  %s: %s%s\n", strings.ReplaceAll(r.Predicate, "_", " "), r.Name, typ)
			writeSources(ew, r.Sources, r.DocumentCount-distinctDocs(r.Sources), opt)
		}
	}
	writeFacts(ew, d, opt)
	if len(d.Documents) > 0 {
		if d.Entity.Documents > len(d.Documents) {
			fmt.Fprintf(ew, "\nDocuments (the first %d of %d)\n", len(d.Documents), d.Entity.Documents)
		} else {
			fmt.Fprintf(ew, "\nDocuments (%d)\n", len(d.Documents))
		}
		tw := tabwriter.NewWriter(ew, 2, 4, 2, ' ', 0)
		for _, doc := range d.Documents {
			copyOf := ""
			if doc.CopyOf != "" {
				copyOf = "copy of " + short(doc.CopyOf)
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%d mentions\t%s\t%s\n", short(doc.ID), orDash(doc.Published), orDash(doc.Source), doc.Mentions, title(doc), copyOf)
		}
		tw.Flush()
	}
	if len(d.Merges) > 0 {
		fmt.Fprintf(ew, "\nWhy these names are one entity (%d)\n", len(d.Merges))
		seen := map[string]bool{}
		for _, m := range d.Merges {
			if seen[m.Reason] {
				continue
			}
			seen[m.Reason] = true
			fmt.Fprintf(ew, "  - %s\n", m.Reason)
		}
	}
	return ew.err
}

// sections order the facts of a dossier.
var sections = []struct {
	title string
	preds []string
}{
	{"Leadership", []string{"leader"}},
	{"Strength over time", []string{"strength"}},
	{"Origins", []string{"founded", "formed_from"}},
	{"Affiliations and rivals", []string{"affiliated_with", "rival_of"}},
	{"Areas of operation and control", []string{"operates_in", "controls"}},
	{"Activity", []string{"attack_count"}},
	{"Targets", []string{"targets"}},
	{"Rankings", []string{"ranking"}},
}

// writeFacts writes the crosschecked facts of a dossier by section, each
// with its status, its independent sources and the evidence of each claim.
func writeFacts(w io.Writer, d *dossier.Dossier, opt Options) {
	if d.FactCount > len(d.Facts) {
		fmt.Fprintf(w, "\nFacts: %d of %d listed, the best supported of each kind; the others have fewer sources.\n", len(d.Facts), d.FactCount)
	}
	for _, sec := range sections {
		var fs []dossier.Fact
		for _, f := range d.Facts {
			for _, p := range sec.preds {
				if f.Predicate == p {
					fs = append(fs, f)
				}
			}
		}
		if len(fs) == 0 {
			continue
		}
		if sec.title == "Strength over time" {
			sort.SliceStable(fs, func(a, b int) bool { return fs[a].Time < fs[b].Time })
		}
		fmt.Fprintf(w, "\n%s\n", sec.title)
		for _, f := range fs {
			label := ""
			if len(sec.preds) > 1 {
				label = strings.ReplaceAll(f.Predicate, "_", " ") + ": "
			}
			tm := ""
			if f.Time != "" {
				tm = " (" + f.Time + ")"
			}
			fmt.Fprintf(w, "  [%s] %s%s%s\n", f.Status, label, f.Value, tm)
			fmt.Fprintf(w, "      %s\n", f.Reason)
			var facts []dossier.SourcedFact
			for _, c := range f.Claims {
				sf := c.SourcedFact
				sf.Evidence = c.Claim.Evidence
				facts = append(facts, sf)
			}
			writeSources(w, facts, f.ClaimCount-len(f.Claims), opt)
		}
	}
	if len(d.Conflicts) > 0 {
		fmt.Fprintf(w, "\nContradictions (%d)\n", len(d.Conflicts))
		for _, c := range d.Conflicts {
			fmt.Fprintf(w, "  - %s\n", c.Reason)
		}
	}
}

// Conflicts writes contradictions with the evidence on both sides.
func Conflicts(w io.Writer, cs []dossier.Conflict, opt Options) error {
	ew := &errWriter{w: w}
	if len(cs) == 0 {
		fmt.Fprintln(ew, "No contradictions found.")
		return ew.err
	}
	for _, c := range cs {
		fmt.Fprintf(ew, "%s — %s\n  %s\n", c.Entity, strings.ReplaceAll(c.Predicate, "_", " "), c.Reason)
		for _, f := range []dossier.Fact{c.A, c.B} {
			fmt.Fprintf(ew, "    %s:\n", f.Value)
			var facts []dossier.SourcedFact
			for _, cl := range f.Claims {
				sf := cl.SourcedFact
				sf.Evidence = cl.Claim.Evidence
				facts = append(facts, sf)
			}
			writeSources(ew, facts, f.ClaimCount-len(f.Claims), opt)
		}
		fmt.Fprintln(ew)
	}
	return ew.err
}

// ClaimValue formats a claim's value: its text, its numeric range and unit.
func ClaimValue(c *dossier.Claim) string {
	var parts []string
	if c.Value != nil && (c.Unit == nil || *c.Unit != *c.Value) {
		parts = append(parts, *c.Value)
	}
	if r := Range(c.Min, c.Max); r != "" {
		if c.Unit != nil {
			r += " " + *c.Unit
		}
		if c.Value == nil || !strings.Contains(*c.Value, r) {
			parts = append(parts, r)
		}
	}
	if len(parts) == 0 {
		return "(no value)"
	}
	return strings.Join(parts, ", ")
}

// Range formats a numeric range with open sides: "1500–2000", "≥ 150",
// "≤ 20", "13".
func Range(min, max *float64) string {
	f := func(v float64) string { return strings.TrimSuffix(fmt.Sprintf("%.0f", v), ".0") }
	switch {
	case min != nil && max != nil && *min == *max:
		return f(*min)
	case min != nil && max != nil:
		return f(*min) + "–" + f(*max)
	case min != nil:
		return "≥ " + f(*min)
	case max != nil:
		return "≤ " + f(*max)
	}
	return ""
}

func distinctDocs(fs []dossier.SourcedFact) int {
	seen := map[string]bool{}
	for _, f := range fs {
		seen[f.DocumentID] = true
	}
	return len(seen)
}

func hows(fs []dossier.SourcedFact) string {
	seen := map[string]bool{}
	var out []string
	for _, f := range fs {
		if f.How != "" && !seen[f.How] {
			seen[f.How] = true
			out = append(out, f.How)
		}
	}
	sort.Strings(out)
	return strings.Join(out, ", ")
}

// writeSources writes up to MaxSources facts as "doc: “sentence”" lines,
// then how many are not written: those of fs and more, the number a store
// counted but did not list.
func writeSources(w io.Writer, fs []dossier.SourcedFact, more int, opt Options) {
	more = max(more, 0)
	seen := map[string]bool{}
	n := 0
	for _, f := range fs {
		k := f.DocumentID + f.Evidence.Text
		if seen[k] {
			continue
		}
		seen[k] = true
		if n == opt.maxSources() {
			rest := 0
			for _, g := range fs {
				if !seen[g.DocumentID+g.Evidence.Text] {
					rest++
					seen[g.DocumentID+g.Evidence.Text] = true
				}
			}
			fmt.Fprintf(w, "      … and %d more\n", rest+1+more)
			return
		}
		n++
		label := short(f.DocumentID)
		if f.Source != "" {
			label += " " + f.Source
		}
		if f.Published != "" {
			label += " " + f.Published
		}
		fmt.Fprintf(w, "      [%s @%d] “%s”\n", label, f.Evidence.Start, Cut(f.Evidence.Text, opt.width()))
	}
	if more > 0 {
		fmt.Fprintf(w, "      … and %d more\n", more)
	}
}

// Cut shortens s to at most n runes on one line, ending with … when cut.
func Cut(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

func short(id string) string {
	if len(id) > 10 {
		return id[:10]
	}
	return id
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func title(d dossier.DocumentRef) string {
	if d.Title != "" {
		return Cut(d.Title, 60)
	}
	return d.Path
}

// Actors writes a table of global entities.
func Actors(w io.Writer, es []dossier.GlobalEntity) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\tTYPE\tNAME\tDOCS\tMENTIONS\tCOUNTRY\n")
	for _, e := range es {
		c := "-"
		if e.Country != nil {
			c = *e.Country
		}
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%s\n", e.ID, e.Type, e.Name, e.Documents, e.Mentions, c)
	}
	return tw.Flush()
}

// Documents writes a table of documents.
func Documents(w io.Writer, ds []dossier.DocumentRef) error {
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	fmt.Fprintf(tw, "ID\tPUBLISHED\tSOURCE\tDATELINE\tWORDS\tTITLE\tNOTE\n")
	for _, d := range ds {
		note := ""
		if d.CopyOf != "" {
			note = "copy of " + short(d.CopyOf)
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\t%s\n", short(d.ID), orDash(d.Published), orDash(d.Source), orDash(d.Dateline), d.Words, title(d), note)
	}
	return tw.Flush()
}

// errWriter remembers the first write error.
type errWriter struct {
	w   io.Writer
	err error
}

// Write implements io.Writer, keeping the first error.
func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return len(p), nil
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, nil
}
