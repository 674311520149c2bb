package resolve

import "testing"

func TestSameEvent(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	dornhal := EventKey{Type: "bombing", Date: "2024-03-14", Country: "XA", Location: "Dornhal", Lat: f(47.05), Lon: f(64.62), PerpetratorID: 7}
	tests := []struct {
		name string
		b    EventKey
		want bool
	}{
		{"same report", dornhal, true},
		{"a day apart, generic type", EventKey{Type: "attack", Date: "2024-03-13", Country: "XA", Location: "Dornhal bus station", PerpetratorID: 7}, true},
		{"month only", EventKey{Type: "bombing", Date: "2024-03", Location: "Dornhal"}, true},
		{"nearby place by coordinates", EventKey{Type: "bombing", Date: "2024-03-14", Location: "Kessovar road", Lat: f(47.10), Lon: f(64.70)}, true},
		{"two days apart", EventKey{Type: "bombing", Date: "2024-03-16", Location: "Dornhal"}, false},
		{"other city far away", EventKey{Type: "bombing", Date: "2024-03-14", Location: "Halvin", Lat: f(49.02), Lon: f(67.85)}, false},
		{"other perpetrator", EventKey{Type: "bombing", Date: "2024-03-14", Location: "Dornhal", PerpetratorID: 9}, false},
		{"kidnapping is not a bombing", EventKey{Type: "kidnapping", Date: "2024-03-14", Location: "Dornhal"}, false},
		{"other country", EventKey{Type: "bombing", Date: "2024-03-14", Country: "XB", Location: "Dornhal"}, false},
		{"no place, same perpetrator", EventKey{Type: "bombing", Date: "2024-03-14", Country: "XA", PerpetratorID: 7}, true},
		{"no place, no perpetrator", EventKey{Type: "bombing", Date: "2024-03-14", Country: "XA"}, false},
		{"no place, other perpetrator", EventKey{Type: "bombing", Date: "2024-03-14", PerpetratorID: 8}, false},
	}
	for _, tt := range tests {
		if got, why := SameEvent(dornhal, tt.b); got != tt.want {
			t.Errorf("%s: SameEvent = %v (%s), want %v", tt.name, got, why, tt.want)
		}
	}
	undated := EventKey{Type: "bombing", Location: "Kabul airport", PerpetratorID: 3}
	if ok, _ := SameEvent(undated, EventKey{Type: "attack", Location: "Kabul airport", PerpetratorID: 3}); !ok {
		t.Error("undated reports of one place and perpetrator should be one event")
	}
	if ok, _ := SameEvent(undated, EventKey{Type: "attack", Location: "Kabul airport"}); ok {
		t.Error("undated reports without a shared perpetrator should stay apart")
	}
}
