package extract

import "dossier/gazetteer"

// gazetteerPlaces adapts a gazetteer to the Places the extractor needs.
type gazetteerPlaces struct{ g *gazetteer.Gazetteer }

// FromGazetteer returns Places backed by g.
func FromGazetteer(g *gazetteer.Gazetteer) Places { return gazetteerPlaces{g} }

// Place implements Places.
func (p gazetteerPlaces) Place(name string) (Place, bool) {
	pl, ok := p.g.Best(name)
	if !ok {
		return Place{}, false
	}
	return Place{Name: pl.Name, Kind: pl.Kind.String(), Country: pl.Country, Admin1: pl.Admin1, Lat: pl.Lat, Lon: pl.Lon}, true
}

// Ambiguous implements Places.
func (p gazetteerPlaces) Ambiguous(name string) bool { return p.g.Ambiguous(name) }

// Demonym implements Places.
func (p gazetteerPlaces) Demonym(word string) (string, bool) { return p.g.Demonym(word) }
