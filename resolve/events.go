package resolve

import (
	"fmt"
	"math"
	"strings"
	"time"

	"dossier/extract"
)

// EventKey is what resolution compares of two reports of attacks.
type EventKey struct {
	Type          string
	Date          string // YYYY, YYYY-MM or YYYY-MM-DD, or ""
	Country       string
	Location      string
	Lat, Lon      *float64
	PerpetratorID int64
}

// family groups event types that may describe the same attack: a bombing is
// also an attack, a hostage taking also a kidnapping.
func family(t string) string {
	switch t {
	case "bombing", "attack":
		return "violence"
	case "kidnapping", "hostage":
		return "abduction"
	}
	return t
}

// MaxPlaceKm is the greatest distance between the places of two reports
// of one attack, when the place names differ.
const MaxPlaceKm = 30

// LocationKey normalizes a place name for comparison.
func LocationKey(s string) string { return extract.Key(s) }

// SameEvent reports whether two reports describe one attack: compatible
// types, dates that agree (the same day, a day apart, or a partial date
// that contains the other), the same place (same name, one name containing
// the other, or coordinates within 30 km; or one report names no place and
// both name the same perpetrator), and no two different perpetrators. It
// says why in words.
func SameEvent(a, b EventKey) (bool, string) {
	if family(a.Type) != family(b.Type) && a.Type != "attack" && b.Type != "attack" {
		return false, "types differ"
	}
	if a.Country != "" && b.Country != "" && a.Country != b.Country {
		return false, "countries differ"
	}
	dateOK, dateWhy := datesMeet(a.Date, b.Date)
	if !dateOK {
		return false, dateWhy
	}
	placeOK, placeWhy := placesMeet(a, b)
	if !placeOK {
		return false, placeWhy
	}
	if a.PerpetratorID != 0 && b.PerpetratorID != 0 && a.PerpetratorID != b.PerpetratorID {
		return false, "perpetrators differ"
	}
	if placeWhy == "a place missing" && (a.PerpetratorID == 0 || a.PerpetratorID != b.PerpetratorID) {
		// without a place, only the same group on the same dates says it
		// is the same attack: a country has many attacks a month
		return false, "a place missing and no shared perpetrator"
	}
	if a.Date == "" && b.Date == "" && (a.PerpetratorID == 0 || a.PerpetratorID != b.PerpetratorID || placeWhy != "same place") {
		return false, "no dates to compare"
	}
	return true, fmt.Sprintf("same type family, %s, %s", dateWhy, placeWhy)
}

func datesMeet(a, b string) (bool, string) {
	if a == "" || b == "" {
		return true, "a date missing"
	}
	if strings.HasPrefix(a, b) || strings.HasPrefix(b, a) {
		return true, "dates agree"
	}
	ta, ea := time.Parse("2006-01-02", a)
	tb, eb := time.Parse("2006-01-02", b)
	if ea == nil && eb == nil {
		d := ta.Sub(tb).Hours() / 24
		if math.Abs(d) <= 1 {
			return true, "dates a day apart"
		}
	}
	return false, "dates differ"
}

func placesMeet(a, b EventKey) (bool, string) {
	ka, kb := LocationKey(a.Location), LocationKey(b.Location)
	if ka != "" && kb != "" && (strings.Contains(ka, kb) || strings.Contains(kb, ka)) {
		return true, "same place"
	}
	if a.Lat != nil && b.Lat != nil && a.Lon != nil && b.Lon != nil {
		if km := distanceKm(*a.Lat, *a.Lon, *b.Lat, *b.Lon); km <= MaxPlaceKm {
			return true, fmt.Sprintf("places %.0f km apart", km)
		}
		return false, "places far apart"
	}
	if ka == "" || kb == "" {
		return a.Country != "" && a.Country == b.Country, "a place missing"
	}
	return false, "places differ"
}

// distanceKm is the great-circle distance between two points.
func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp := (lat2 - lat1) * math.Pi / 180
	dl := (lon2 - lon1) * math.Pi / 180
	h := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}
