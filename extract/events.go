package extract

import "dossier"

// events extracts the concrete attacks a document describes.
func (d *docState) events(x *dossier.Extraction) {}
