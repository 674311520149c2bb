package assemble

import (
	"sort"
	"time"

	"dossier"
)

// Limits of a dossier, so that a group named in tens of thousands of
// documents still answers quickly: the documents and mentions listed (the
// entity's counts stay exact), and the documents shown for each alias.
const (
	ListLimit      = 500
	SourcesPerItem = 20
)

// inverse names a relation's predicate seen from its object's side.
var inverse = map[string]string{
	"parent":          "branch",
	"affiliated_with": "has_affiliate",
	"rival_of":        "rival_of",
	"operates_in":     "area_of",
	"controls":        "controlled_by",
	"formed_from":     "gave_rise_to",
	"leader":          "leads",
}

// Inverse returns the predicate of a relation seen from its object: the
// Northern Wolves operate in Dornhal, so Dornhal is their area_of.
func Inverse(pred string) string {
	if p, ok := inverse[pred]; ok {
		return p
	}
	return pred + " (of)"
}

// Dossier assembles a dossier from rows read in any order of kinds. Each
// method takes the rows of one kind in the order the dossier lists them.
type Dossier struct {
	d       *dossier.Dossier
	aliases map[string]int
	related map[string]int
}

// NewDossier starts the dossier of a global entity, every list empty (not
// nil, so that JSON shows []).
func NewDossier(g dossier.GlobalEntity) *Dossier {
	return &Dossier{
		d: &dossier.Dossier{Entity: g, Aliases: []dossier.AliasUse{}, Related: []dossier.RelatedEntity{}, Claims: []dossier.StoredClaim{},
			Facts: []dossier.Fact{}, Conflicts: []dossier.Conflict{}, Merges: []dossier.Merge{}},
		aliases: map[string]int{},
		related: map[string]int{},
	}
}

// Entity returns the entity of the dossier.
func (b *Dossier) Entity() dossier.GlobalEntity { return b.d.Entity }

// Alias adds a use of one of the entity's names; uses of one name are
// grouped.
func (b *Dossier) Alias(name string, f dossier.SourcedFact) {
	i, ok := b.aliases[name]
	if !ok {
		i = len(b.d.Aliases)
		b.aliases[name] = i
		b.d.Aliases = append(b.d.Aliases, dossier.AliasUse{Name: name})
	}
	b.d.Aliases[i].Documents = append(b.d.Aliases[i].Documents, f)
}

// Related adds the evidence for a relation of the entity to another, by
// predicate, other entity (id 0 when it has none) and its name. With
// inverse, the relation is the other's and points at this entity: the
// predicate is turned around. A relation of the entity to itself is
// dropped.
func (b *Dossier) Related(pred string, inverse bool, id int64, name string, typ dossier.EntityType, f dossier.SourcedFact) {
	if id == b.d.Entity.ID {
		return
	}
	if inverse {
		pred = Inverse(pred)
	}
	k := pred + "\x00" + name
	i, ok := b.related[k]
	if !ok {
		i = len(b.d.Related)
		b.related[k] = i
		b.d.Related = append(b.d.Related, dossier.RelatedEntity{Predicate: pred, EntityID: id, Name: name, Type: typ})
	}
	b.d.Related[i].Sources = append(b.d.Related[i].Sources, f)
}

// Claim adds a claim about the entity. Its subject becomes the entity's
// name and its document's evidence the claim's.
func (b *Dossier) Claim(c dossier.StoredClaim) {
	c.Subject = b.d.Entity.Name
	c.SourcedFact.Evidence = c.Claim.Evidence
	b.d.Claims = append(b.d.Claims, c)
}

// Document adds a document that mentions the entity.
func (b *Dossier) Document(d dossier.DocumentRef) { b.d.Documents = append(b.d.Documents, d) }

// Mention adds a mention of the entity; ref tells a referring expression
// ("the group") from a name.
func (b *Dossier) Mention(f dossier.SourcedFact, ref bool) {
	f.How = "name"
	if ref {
		f.How = "reference"
	}
	b.d.Mentions = append(b.d.Mentions, f)
}

// Merge adds the record of another entity joining this one.
func (b *Dossier) Merge(from, reason string, at time.Time) {
	b.d.Merges = append(b.d.Merges, dossier.Merge{Into: b.d.Entity.Name, From: from, Reason: reason, At: at})
}

// Done returns the dossier: aliases with the entity's own name first, then
// by number of documents.
func (b *Dossier) Done() *dossier.Dossier {
	a, name := b.d.Aliases, b.d.Entity.Name
	sort.SliceStable(a, func(i, j int) bool {
		if (a[i].Name == name) != (a[j].Name == name) {
			return a[i].Name == name
		}
		return len(a[i].Documents) > len(a[j].Documents)
	})
	return b.d
}
