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

// MayStart implements placeStarter: whether a place name may begin with
// word.
func (p gazetteerPlaces) MayStart(word string) bool { return p.g.HasPrefix(gazetteer.Normalize(word)) }

// placeStarter is implemented by Places that tell cheaply whether a place
// name may begin with a word, so that most words need no lookup at all.
type placeStarter interface {
	MayStart(word string) bool
}
