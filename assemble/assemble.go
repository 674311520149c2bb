// Package assemble holds what dossier's stores share beyond their SQL: the
// rows a document's extraction contributes to the knowledge base (aliases,
// relations, event keys, merge reasons, evidence, near-duplicate
// signatures), and how rows read back assemble into the answers of
// dossier.Store (entity lists, dossiers, event figures).
//
// A store backend (sqlite, postgres) keeps only its queries; every rule
// about what is stored and how it is presented lives here once, so that
// the backends cannot drift apart.
package assemble

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"dossier"
	"dossier/resolve"
)

// MinPrefix is the fewest characters of a document ID that Document
// accepts as a prefix.
const MinPrefix = 6

// CheckDocument returns an error wrapping dossier.ErrInvalid when the
// extraction's document cannot be stored: its ID is not the hash of its
// text.
func CheckDocument(x *dossier.Extraction) error {
	doc := &x.Document
	if doc.ID == "" || doc.ID != dossier.TextID(doc.Text) {
		return fmt.Errorf("put %s: %w: document id is not the hash of its text", doc.Path, dossier.ErrInvalid)
	}
	return nil
}

// CheckPrefix returns an error wrapping dossier.ErrInvalid when id is too
// short to look a document up by.
func CheckPrefix(id string) error {
	if len(id) < MinPrefix {
		return fmt.Errorf("document %q: %w: give at least %d characters of the id", id, dossier.ErrInvalid, MinPrefix)
	}
	return nil
}

// Words returns the number of words of a text, as Documents reports it.
func Words(text string) int { return len(strings.Fields(text)) }

// Cut returns text[start:end] with the bounds clamped to the text and any
// invalid UTF-8 (a range cutting a character) replaced, so that it can be
// stored as text. Evidence spans are byte ranges.
func Cut(text string, start, end int) string {
	start = min(max(start, 0), len(text))
	end = min(max(end, start), len(text))
	s := text[start:end]
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return s
}

// DocLabel names a document in merge reasons: its short ID with its title,
// or its path.
func DocLabel(doc *dossier.Document) string {
	if doc.Title != nil && *doc.Title != "" {
		return fmt.Sprintf("document %.12s (%q)", doc.ID, *doc.Title)
	}
	return fmt.Sprintf("document %.12s (%s)", doc.ID, doc.Path)
}

// JoinReason is the merge reason recorded when a document's entity named
// name joins an existing global entity of another name, why being the
// resolver's reason.
func JoinReason(doc *dossier.Document, name, why string) string {
	return fmt.Sprintf("%q in %s %s", name, DocLabel(doc), why)
}

// MergeReason is the merge reason recorded when a document shows two
// global entities, named a and b, to be one; whyA and whyB are the
// resolver's reasons for accepting each.
func MergeReason(doc *dossier.Document, a, b, whyA, whyB string) string {
	return fmt.Sprintf("%s names %q and %q as one entity (%s; %s)", DocLabel(doc), a, b, whyA, whyB)
}

// Alias is one name of a document entity, with how the document gives it
// and the evidence.
type Alias struct {
	Name     string
	How      string
	Evidence dossier.Evidence
}

// Aliases returns the names a document gives an entity: its own name (with
// the sentence of its first mention) when it is mentioned, then every
// alias with its evidence.
func Aliases(x *dossier.Extraction, e *dossier.Entity) []Alias {
	var out []Alias
	if len(e.Mentions) > 0 {
		out = append(out, Alias{Name: e.Name, How: "name", Evidence: x.SentenceOf(e.Mentions[0].Start)})
	}
	for _, a := range e.AliasEvidence {
		if a.Alias == e.Name {
			continue
		}
		out = append(out, Alias{Name: a.Alias, How: a.How, Evidence: a.Evidence})
	}
	return out
}

// Relation is a link from a document entity to another entity, to store.
// The object is found by exactly one of ObjectLocal (an entity of the same
// document), ObjectActor (the global entity that is a known actor, which
// may be stored later) or neither (a name only).
type Relation struct {
	Predicate string
	// Object is the object's name as the document (or built-in
	// knowledge) gives it.
	Object      string
	ObjectLocal string
	ObjectActor string
	How         string
	Evidence    dossier.Evidence
}

// EntityRelations returns the relations a document entity states, then its
// parent group from built-in knowledge (id is the entity's identity), with
// the sentence naming the entity as evidence.
func EntityRelations(x *dossier.Extraction, e *dossier.Entity, id resolve.Identity) []Relation {
	var out []Relation
	for _, r := range e.Relations {
		out = append(out, Relation{Predicate: r.Predicate, Object: r.Object, ObjectLocal: r.ObjectID, How: "stated", Evidence: r.Evidence})
	}
	if id.Parent != "" && len(e.Mentions) > 0 {
		out = append(out, Relation{Predicate: "parent", Object: id.Parent, ObjectActor: id.Parent,
			How:      "built-in knowledge: " + id.Actor + " is a branch of " + id.Parent,
			Evidence: x.SentenceOf(e.Mentions[0].Start)})
	}
	return out
}

// relationPredicates are the claim predicates whose value can be another
// entity.
var relationPredicates = map[string]bool{
	"leader": true, "affiliated_with": true, "rival_of": true, "operates_in": true,
	"controls": true, "formed_from": true,
}

// LocalNames maps the names of a document's entities to their local IDs
// (the last entity of a name wins), for ClaimRelation.
func LocalNames(x *dossier.Extraction) map[string]string {
	m := make(map[string]string, len(x.Entities))
	for _, e := range x.Entities {
		m[e.Name] = e.ID
	}
	return m
}

// ClaimRelation returns the relation a claim implies when its value names
// another entity of the document (byName from LocalNames): a claim that
// the Northern Wolves are led by Harald Venn also relates the two. The
// caller drops it when both ends resolve to one global entity.
func ClaimRelation(c dossier.Claim, byName map[string]string) (Relation, bool) {
	if c.Value == nil || !relationPredicates[c.Predicate] {
		return Relation{}, false
	}
	local, ok := byName[*c.Value]
	if !ok {
		return Relation{}, false
	}
	how := c.Hedge
	if c.Source != nil {
		how += ", according to " + *c.Source
	}
	return Relation{Predicate: c.Predicate, Object: *c.Value, ObjectLocal: local, How: how, Evidence: c.Evidence}, true
}

// EncodeSignature packs a MinHash signature into bytes (little-endian), or
// nil for an empty one.
func EncodeSignature(sig []uint64) []byte {
	if len(sig) == 0 {
		return nil
	}
	b := make([]byte, 8*len(sig))
	for i, v := range sig {
		binary.LittleEndian.PutUint64(b[8*i:], v)
	}
	return b
}

// DecodeSignature unpacks a signature packed by EncodeSignature.
func DecodeSignature(b []byte) []uint64 {
	out := make([]uint64, len(b)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[8*i:])
	}
	return out
}

// SortEntities orders global entities as Entities and Find list them: most
// documents first, then most mentions, then by name.
func SortEntities(es []dossier.GlobalEntity) {
	sort.SliceStable(es, func(a, b int) bool {
		if es[a].Documents != es[b].Documents {
			return es[a].Documents > es[b].Documents
		}
		if es[a].Mentions != es[b].Mentions {
			return es[a].Mentions > es[b].Mentions
		}
		return es[a].Name < es[b].Name
	})
}
