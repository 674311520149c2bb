package extract

import (
	"strings"
	"testing"
)

// FuzzKeyFastPath checks that Key's path for ASCII names gives what the
// general path gives.
func FuzzKeyFastPath(f *testing.F) {
	for _, s := range []string{"The Crimson Covenant", "IS-K", "al-Qaeda's 2nd Front", "  the  ", "M-19", "Vardela (VPLA)", "Sant’Ana", "Émile"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.TrimSpace(s)
		if len(want) > 4 && strings.EqualFold(want[:4], "the ") {
			want = want[4:]
		}
		want = keyRunes(want)
		if got := Key(s); got != want {
			t.Errorf("Key(%q) = %q, want %q", s, got, want)
		}
	})
}
