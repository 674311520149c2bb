package dates

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"dossier/text"
)

// TestNewsDev measures how many event dates and founding dates of a
// news-dev gold file Find produces somewhere in the article (as a Date or a
// Period end, equal or finer), resolved against the gold publication date. It runs only when DOSSIER_NEWSDEV
// names the directory holding gold.jsonl and the NN.txt files, and logs
// what it misses; it fails only on I/O.
func TestNewsDev(t *testing.T) {
	dir := os.Getenv("DOSSIER_NEWSDEV")
	if dir == "" {
		t.Skip("set DOSSIER_NEWSDEV to the news-dev directory to measure")
	}
	f, err := os.Open(filepath.Join(dir, "gold.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var total, found, exprs, rel, unresolved int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var g struct {
			ID        string
			Published *string
			Events    []struct{ Date *string }
			Claims    []struct {
				Predicate string
				Value     *string
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		var pub Date
		if g.Published != nil {
			pub, _ = ParseISO(*g.Published)
		}
		b, err := os.ReadFile(filepath.Join(dir, g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		got := map[string]bool{}
		for _, s := range text.Split(src) {
			for _, e := range Find(src, s.Tokens, pub) {
				got[e.Date.String()] = true
				if e.Period != nil {
					got[e.Period.From.String()] = true
					got[e.Period.To.String()] = true
				}
				exprs++
				if e.Relative {
					rel++
					if e.Date.IsZero() && e.Period == nil {
						unresolved++
					}
				}
			}
		}
		var want []string
		for k, e := range g.Events {
			if e.Date != nil {
				want = append(want, "event "+strconv.Itoa(k)+" "+*e.Date)
			}
		}
		for _, c := range g.Claims {
			if c.Predicate == "founded" && c.Value != nil {
				v := *c.Value
				for _, e := range Find(v, text.Tokenize(v, 0, len(v)), Date{}) {
					v = e.Date.String()
				}
				want = append(want, "founded "+v)
			}
		}
		for _, w := range want {
			total++
			d := w[len(w)-len(lastField(w)):]
			if agrees(got, d) {
				found++
			} else {
				t.Logf("miss %s %s", g.ID, w)
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("gold dates found: %d/%d; expressions %d, relative %d, relative left unresolved %d", found, total, exprs, rel, unresolved)
}

// agrees reports whether some found date equals the gold date d or refines
// it (a partial gold date "2008-11" is matched by "2008-11-29"), as the
// contract scores it.
func agrees(got map[string]bool, d string) bool {
	for g := range got {
		if g != "" && len(g) >= len(d) && g[:len(d)] == d && (len(g) == len(d) || g[len(d)] == '-') {
			return true
		}
	}
	return false
}

func lastField(s string) string {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == ' ' {
			return s[i+1:]
		}
	}
	return s
}
