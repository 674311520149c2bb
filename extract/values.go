package extract

import "dossier"

// values records the date and number mentions of the document.
func (d *docState) values(x *dossier.Extraction) {}

// claims extracts attributed claims about the document's entities.
func (d *docState) claims(x *dossier.Extraction) {}

// events extracts concrete attacks.
func (d *docState) events(x *dossier.Extraction) {}
