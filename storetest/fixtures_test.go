package storetest

import (
	"testing"
	"unicode/utf8"

	"dossier"
)

// TestFixtures checks the suite's own documents: every span is the text at
// its offsets, and the ambush report has multi-byte characters before its
// spans (so that a store counting characters fails the suite).
func TestFixtures(t *testing.T) {
	docs := []*doc{ambush(t), tollRises(t), rival(t), kidnapping(t), marketBomb(t), bridgeReport(t, 1, "2023-09-20", "2023-09", 9),
		harbour(t, ""), harbour(t, dossier.TextID("x")), mountain(t)}
	for _, d := range docs {
		x := d.x
		text := x.Document.Text
		at := func(what string, start, end int, got string) {
			t.Helper()
			if start < 0 || end > len(text) || start > end || text[start:end] != got {
				t.Errorf("%s: %s [%d,%d) is not %q", x.Document.Path, what, start, end, got)
			}
		}
		if x.Document.ID != dossier.TextID(text) {
			t.Errorf("%s: id is not the hash of the text", x.Document.Path)
		}
		for _, e := range x.Entities {
			for _, m := range e.Mentions {
				at("mention of "+e.Name, m.Start, m.End, m.Text)
			}
			for _, a := range e.AliasEvidence {
				at("alias "+a.Alias, a.Evidence.Start, a.Evidence.End, a.Evidence.Text)
			}
			for _, r := range e.Relations {
				at("relation", r.Evidence.Start, r.Evidence.End, r.Evidence.Text)
			}
		}
		for _, c := range x.Claims {
			at("claim "+c.Predicate, c.Evidence.Start, c.Evidence.End, c.Evidence.Text)
		}
		for _, ev := range x.Events {
			for _, e := range ev.Evidence {
				at("event "+ev.ID, e.Start, e.End, e.Text)
			}
		}
	}
	a := ambush(t).x
	first := len(a.Document.Text)
	for _, c := range a.Claims {
		first = min(first, c.Evidence.Start)
	}
	if prefix := a.Document.Text[:first]; utf8.RuneCountInString(prefix) == len(prefix) {
		t.Error("the ambush report has no multi-byte character before its claims")
	}
}
