package numbers

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"dossier/text"
)

// TestNewsDev measures how many casualty figures and group strengths of a
// news-dev gold file Find recovers as Count quantities with the gold range.
// It runs only when DOSSIER_NEWSDEV names the directory holding gold.jsonl
// and the NN.txt files, and logs what it misses; it fails only on I/O.
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
	type pair struct{ Min, Max *float64 }
	var total, found int
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var g struct {
			ID     string
			Events []struct {
				KilledMin  *float64 `json:"killed_min"`
				KilledMax  *float64 `json:"killed_max"`
				InjuredMin *float64 `json:"injured_min"`
				InjuredMax *float64 `json:"injured_max"`
			}
			Claims []struct {
				Predicate string
				Min, Max  *float64
			}
		}
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatal(err)
		}
		b, err := os.ReadFile(filepath.Join(dir, g.ID+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		src := string(b)
		var qs []Quantity
		for _, s := range text.Split(src) {
			qs = append(qs, Find(src, s.Tokens)...)
		}
		want := map[string]pair{}
		for k, e := range g.Events {
			if e.KilledMin != nil || e.KilledMax != nil {
				want["event "+itoa(k)+" killed"] = pair{e.KilledMin, e.KilledMax}
			}
			if e.InjuredMin != nil || e.InjuredMax != nil {
				want["event "+itoa(k)+" injured"] = pair{e.InjuredMin, e.InjuredMax}
			}
		}
		for k, c := range g.Claims {
			if c.Min != nil || c.Max != nil {
				want["claim "+itoa(k)+" "+c.Predicate] = pair{c.Min, c.Max}
			}
		}
		for field, p := range want {
			total++
			ok := false
			for _, q := range qs {
				if q.Kind == Count && eq(q.Min, p.Min) && eq(q.Max, p.Max) {
					ok = true
					break
				}
			}
			if ok {
				found++
			} else {
				t.Logf("miss %s %s: want %s..%s", g.ID, field, fmtp(p.Min), fmtp(p.Max))
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Logf("figures found as Count with the gold range: %d/%d", found, total)
}

func eq(a, b *float64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

func itoa(n int) string { return strconv.Itoa(n) }

func fmtp(p *float64) string {
	if p == nil {
		return "nil"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}
