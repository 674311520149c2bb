package muc4

import (
	"fmt"
	"io"
)

// WriteTable prints the report as the published tables: the strict CEAF-REE
// table, then the head-noun one when present, each with one row per role
// and a micro-average row giving P, R and F1 in percent and the matched,
// predicted and gold entity counts; then the number of failed documents,
// if any. It returns the first write error.
func (r *Report) WriteTable(w io.Writer) error {
	ew := &errWriter{w: w}
	writeTable(ew, &r.Strict, fmt.Sprintf("CEAF-REE, strict match (GRIT), documents: %d", r.Docs))
	if r.HeadNoun != nil {
		fmt.Fprintln(ew)
		writeTable(ew, r.HeadNoun, fmt.Sprintf("CEAF-REE, head-noun match, documents: %d", r.Docs))
	}
	if len(r.Failures) > 0 {
		fmt.Fprintf(ew, "\nfailed documents, scored as empty predictions: %d (first: %s: %s)\n",
			len(r.Failures), r.Failures[0].DocID, r.Failures[0].Err)
	}
	return ew.err
}

func writeTable(w io.Writer, t *Table, title string) {
	fmt.Fprintln(w, title)
	fmt.Fprintf(w, "%-10s %7s %7s %7s %8s %6s %6s\n", "role", "P", "R", "F1", "matched", "pred", "gold")
	row := func(name string, c Counts) {
		fmt.Fprintf(w, "%-10s %7.2f %7.2f %7.2f %8d %6d %6d\n", name,
			100*c.Precision, 100*c.Recall, 100*c.F1, c.Matched, c.Predicted, c.Gold)
	}
	for _, r := range t.Roles {
		row(r.Role, r.Counts)
	}
	row("micro avg", t.Micro)
}

// errWriter remembers the first write error and then writes nothing more.
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
