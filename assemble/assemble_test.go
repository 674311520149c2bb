package assemble

import (
	"fmt"
	"testing"

	"dossier"
)

func TestCut(t *testing.T) {
	text := "Brünn said so." // ü is two bytes: [2,4)
	for _, tc := range []struct {
		start, end int
		want       string
	}{
		{0, 6, "Brünn"},
		{7, 14, "said so"},
		{-3, 2, "Br"},
		{12, 99, "so."},
		{5, 3, ""},
		{0, 3, "Br\uFFFD"}, // cuts ü in half
		{3, 5, "\uFFFDn"},
	} {
		if got := Cut(text, tc.start, tc.end); got != tc.want {
			t.Errorf("Cut(%d, %d) = %q, want %q", tc.start, tc.end, got, tc.want)
		}
	}
}

func TestDateWindow(t *testing.T) {
	for _, tc := range []struct {
		date, lo, hi string
		partial      [2]string
	}{
		{"2024-03-01", "2024-02-29", "2024-03-02", [2]string{"2024-03", "2024"}},
		{"2023-12-31", "2023-12-30", "2024-01-01", [2]string{"2023-12", "2023"}},
		{"2024-03", "2024-03", "2024-03~", [2]string{"2024", "2024"}},
		{"2024", "2024", "2024~", [2]string{"2024", "2024"}},
	} {
		lo, hi, p := DateWindow(tc.date)
		if lo != tc.lo || hi != tc.hi || p != tc.partial {
			t.Errorf("DateWindow(%s) = %s, %s, %v; want %s, %s, %v", tc.date, lo, hi, p, tc.lo, tc.hi, tc.partial)
		}
	}
}

func TestFigure(t *testing.T) {
	report := func(published string, lo, hi *float64) dossier.EventReport {
		var r dossier.EventReport
		r.Published, r.KilledMin, r.KilledMax = published, lo, hi
		return r
	}
	n := func(v float64) *float64 { return &v }
	str := func(f dossier.Figure) string {
		p := func(v *float64) string {
			if v == nil {
				return "-"
			}
			return fmt.Sprint(*v)
		}
		return fmt.Sprintf("%s-%s [%s,%s] %v", p(f.LatestMin), p(f.LatestMax), p(f.Low), p(f.High), f.Differ)
	}
	for _, tc := range []struct {
		name    string
		reports []dossier.EventReport
		want    string
	}{
		{"none", nil, "--- [-,-] false"},
		{"no figures", []dossier.EventReport{report("2024-01-01", nil, nil)}, "--- [-,-] false"},
		{"one", []dossier.EventReport{report("2024-01-01", n(3), n(3))}, "3-3 [3,3] false"},
		{"latest published wins, not latest listed", []dossier.EventReport{report("2024-01-03", n(9), n(9)), report("2024-01-01", n(4), n(6))}, "9-9 [4,9] true"},
		{"same figure twice", []dossier.EventReport{report("2024-01-01", n(5), n(5)), report("2024-01-02", n(5), n(5))}, "5-5 [5,5] false"},
		{"open range", []dossier.EventReport{report("2024-01-01", n(10), nil), report("2024-01-02", nil, nil)}, "10-- [10,10] false"},
	} {
		f := Figure(tc.reports, func(e *dossier.Event) (*float64, *float64) { return e.KilledMin, e.KilledMax })
		if got := str(f); got != tc.want {
			t.Errorf("%s: %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestSignatureRoundTrip(t *testing.T) {
	sig := []uint64{0, 1, 1 << 63, ^uint64(0)}
	got := DecodeSignature(EncodeSignature(sig))
	if fmt.Sprint(got) != fmt.Sprint(sig) {
		t.Errorf("round trip = %v, want %v", got, sig)
	}
	if EncodeSignature(nil) != nil {
		t.Error("EncodeSignature(nil) is not nil")
	}
}

func TestWeekdayDate(t *testing.T) {
	for _, tc := range []struct {
		name string
		rs   []WeekdayReport
		want string
	}{
		{"weekday dated by another report", []WeekdayReport{{DateText: "on Thursday"}, {Published: "2024-03-15"}}, "2024-03-14"},
		{"the earliest publication", []WeekdayReport{{Published: "2024-03-19"}, {DateText: "on Thursday night"}, {Published: "2024-03-15T08:00:00Z"}}, "2024-03-14"},
		{"the same day", []WeekdayReport{{DateText: "on Friday"}, {Published: "2024-03-15"}}, "2024-03-15"},
		{"no weekday", []WeekdayReport{{DateText: "recently"}, {Published: "2024-03-15"}}, ""},
		{"no publication date", []WeekdayReport{{DateText: "on Thursday"}, {Published: "2024-03"}}, ""},
		{"nothing", nil, ""},
	} {
		if got := WeekdayDate(tc.rs); got != tc.want {
			t.Errorf("%s: WeekdayDate = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestEventKeyPlace(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	cc := "XV"
	velmora := &dossier.Entity{Name: "Velmora", Type: dossier.Location, Country: &cc, Lat: f(10), Lon: f(20), Admin1: "North Reach",
		Mentions: []dossier.Mention{{Text: "Velmora"}}}
	port := &dossier.Entity{Name: "Port Velmora", Type: dossier.Location, Country: &cc, Lat: f(11), Lon: f(21),
		Mentions: []dossier.Mention{{Text: "Port Velmora"}}}
	x := &dossier.Extraction{Entities: []dossier.Entity{*velmora, *port}}
	places := Places(x)
	tests := []struct {
		loc     string
		lat     float64
		admin1  string
		located bool
	}{
		{"Velmora", 10, "North Reach", true},
		{"Velmora airport", 10, "North Reach", true},
		{"the market of Velmora", 10, "North Reach", true},
		{"Port Velmora ferry terminal", 11, "", true},
		{"Velmoran embassy", 0, "", false},
		{"Dunmere", 0, "", false},
		{"", 0, "", false},
	}
	for _, tc := range tests {
		loc := tc.loc
		key, admin1 := EventKey(&dossier.Event{Type: "bombing", Location: &loc}, places, nil)
		if got := key.Lat != nil; got != tc.located {
			t.Errorf("%q: located %v, want %v", tc.loc, got, tc.located)
			continue
		}
		if tc.located && (*key.Lat != tc.lat || admin1 != tc.admin1 || key.Country != cc) {
			t.Errorf("%q: lat %v admin1 %q country %q, want %v %q %q", tc.loc, *key.Lat, admin1, key.Country, tc.lat, tc.admin1, cc)
		}
	}
}
