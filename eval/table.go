package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteTable writes the report as an aligned table: events, each event slot
// and all slots, alias pairs, claims overall and per predicate, and
// attribution accuracy. A field with no counts at all shows "-" for its
// scores. With verbose it then lists extractor failures, misses, false
// positives and wrong slots and sources, one per line with the gold id. It
// returns the first write error.
func (r *Report) WriteTable(out io.Writer, verbose bool) error {
	w := &errWriter{w: out}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	// Names are padded to one width so that right alignment, meant for the
	// numbers, leaves them flush left.
	width := len("attribution")
	for _, f := range r.ClaimsByPredicate {
		width = max(width, len(f.Name)+len("  claim "))
	}
	for _, f := range r.Slots {
		width = max(width, len(f.Name)+len("  slot "))
	}
	fmt.Fprintf(tw, "%-*s\ttp\tfp\tfn\tP\tR\tF1\t\n", width, "field")
	row := func(name string, c Counts) {
		name = fmt.Sprintf("%-*s", width, name)
		if c.Empty() {
			fmt.Fprintf(tw, "%s\t0\t0\t0\t-\t-\t-\t\n", name)
			return
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.3f\t%.3f\t%.3f\t\n", name, c.TP, c.FP, c.FN, c.Precision, c.Recall, c.F1)
	}
	row("events", r.Events)
	for _, f := range r.Slots {
		row("  slot "+f.Name, f.Counts)
	}
	row("  slots (all)", r.SlotsAll)
	row("alias pairs", r.AliasPairs)
	row("claims", r.Claims)
	for _, f := range r.ClaimsByPredicate {
		row("  claim "+f.Name, f.Counts)
	}
	tw.Flush()
	acc := "-"
	if r.Attribution.Total > 0 {
		acc = fmt.Sprintf("%.3f", r.Attribution.Accuracy)
	}
	fmt.Fprintf(w, "attribution accuracy: %s (%d of %d matched claims)\n", acc, r.Attribution.Right, r.Attribution.Total)
	fmt.Fprintf(w, "documents: %d", r.Docs)
	if len(r.Failures) > 0 {
		fmt.Fprintf(w, " (%d failed, scored as empty)", len(r.Failures))
	}
	fmt.Fprintln(w)
	if verbose {
		for _, sec := range []struct {
			title  string
			issues []Issue
		}{
			{"extractor failures", r.Failures},
			{"misses (gold not found)", r.Misses},
			{"false positives (predicted, not in gold)", r.FalsePositives},
			{"wrong (in matched pairs)", r.Wrong},
		} {
			if len(sec.issues) == 0 {
				continue
			}
			fmt.Fprintf(w, "\n%s:\n", sec.title)
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			for _, is := range sec.issues {
				fmt.Fprintf(tw, "  %s\t%s\t%s\n", is.Doc, is.Kind, is.Desc)
			}
			tw.Flush()
		}
	}
	if w.err != nil {
		return fmt.Errorf("write table: %w", w.err)
	}
	return nil
}

// errWriter passes writes on until the first error, then drops them and
// keeps the error.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	e.err = err
	return n, err
}
