// Package dossier holds the domain of the dossier knowledge base: documents,
// the spans that point into them, the mentions, entities, events and claims
// extracted from them, and the Store that keeps them.
//
// The root package imports no infrastructure. Every other package speaks these
// types to the others: ingest produces Documents, extract turns a Document into
// an Extraction, resolve links extractions across documents, and the store
// packages (sqlite, later postgres) keep them.
//
// Offsets are byte offsets into Document.Text (UTF-8), half-open [Start, End).
package dossier

import (
	"crypto/sha256"
	"encoding/hex"
)

// EntityType is the kind of a named entity, as spelled in the extract contract.
type EntityType string

// The entity types of the extract contract.
const (
	Person       EntityType = "person"
	ArmedGroup   EntityType = "armed_group"
	Organization EntityType = "organization"
	Location     EntityType = "location"
)

// Valid reports whether t is one of the contract's entity types.
func (t EntityType) Valid() bool {
	switch t {
	case Person, ArmedGroup, Organization, Location:
		return true
	}
	return false
}

// MentionKind is the kind of a mention found in text. It extends EntityType
// with dates and numbers, which are mentions but not entities.
type MentionKind string

// Mention kinds beyond the entity types.
const (
	KindDate   MentionKind = "date"
	KindNumber MentionKind = "number"
)

// Span is a half-open byte range [Start, End) into a document's text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of the span in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether s contains o entirely.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Evidence is a span of a document together with the text it covers: the
// unit of provenance attached to every fact.
type Evidence struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Span returns the evidence's byte range.
func (e Evidence) Span() Span { return Span{e.Start, e.End} }

// Document is one article after cleaning. Its ID is the SHA-256 of Text, so
// the same cleaned text always has the same ID.
type Document struct {
	ID        string  `json:"id"`
	Path      string  `json:"path"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Published *string `json:"published"` // YYYY-MM-DD
	Source    *string `json:"source"`    // publisher
	Dateline  *string `json:"dateline"`
	Language  string  `json:"language"`
	Format    string  `json:"format,omitempty"` // txt, html, json, feed
	Text      string  `json:"text"`
	// CopyOf is the ID of an earlier document this one is a near-duplicate
	// (syndicated copy) of, or empty.
	CopyOf string `json:"copy_of,omitempty"`
	// CopySimilarity is the estimated Jaccard similarity to CopyOf.
	CopySimilarity float64 `json:"copy_similarity,omitempty"`
	// Signature is the MinHash signature of the text, for near-duplicate
	// detection; not part of the JSON contract.
	Signature []uint64 `json:"-"`
}

// TextID returns the document ID for a cleaned text: the hex SHA-256.
func TextID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:])
}

// Str returns a pointer to s, or nil when s is empty. It fills the nullable
// string fields of the contract types.
func Str(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

// Deref returns *p, or "" when p is nil.
func Deref(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

// Mention is one occurrence of an entity's name (or a reference to it, such
// as "the group") in a document.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	// Sentence is the index of the sentence holding the mention.
	Sentence int `json:"sentence"`
	// Ref is true for a referring expression ("the group") linked to the
	// entity rather than a name of it.
	Ref bool `json:"ref,omitempty"`
}

// Span returns the mention's byte range.
func (m Mention) Span() Span { return Span{m.Start, m.End} }

// Relation links an entity of a document to another one: a parent
// organization, an affiliation, a rival, a place it operates in.
type Relation struct {
	Predicate string   `json:"predicate"` // parent, affiliated_with, rival_of, operates_in, located_in
	Object    string   `json:"object"`    // canonical name of the other entity
	ObjectID  string   `json:"object_entity,omitempty"`
	Evidence  Evidence `json:"evidence"`
}

// Entity is a person, group, organization or place as one document knows it.
type Entity struct {
	ID       string     `json:"id"`
	Name     string     `json:"name"`
	Type     EntityType `json:"type"`
	Aliases  []string   `json:"aliases"`
	Country  *string    `json:"country"`
	Lat      *float64   `json:"lat"`
	Lon      *float64   `json:"lon"`
	Mentions []Mention  `json:"mentions"`
	// Admin1 is the first-level division a place lies in, when known.
	Admin1 string `json:"admin1,omitempty"`
	// AliasEvidence says, for each alias, the sentence that states or uses it.
	AliasEvidence []AliasEvidence `json:"alias_evidence,omitempty"`
	Relations     []Relation      `json:"relations,omitempty"`
}

// AliasEvidence records why a name is an alias of an entity in a document.
type AliasEvidence struct {
	Alias    string   `json:"alias"`
	How      string   `json:"how"` // stated, acronym, list, quoted, variant, known, coreference
	Evidence Evidence `json:"evidence"`
}

// Event is a concrete attack described by a document.
type Event struct {
	ID                string  `json:"id"`
	Type              string  `json:"type"`
	Subtype           *string `json:"subtype"`
	Date              *string `json:"date"`
	DateText          *string `json:"date_text"`
	Location          *string `json:"location"`
	Country           *string `json:"country"`
	Perpetrator       *string `json:"perpetrator"`
	PerpetratorEntity *string `json:"perpetrator_entity"`
	Claimed           bool    `json:"claimed"`
	// Responsibility says how the text ties the perpetrator to the
	// attack: "claimed" (the group's own claim), "blamed" (someone holds
	// it responsible), "suspected", or "stated" (told as a fact); empty
	// when no perpetrator is named.
	Responsibility string `json:"responsibility,omitempty"`
	// ResponsibilityBy is who blames or suspects the perpetrator, as the
	// text names them ("police", "the interior ministry"), when it does.
	ResponsibilityBy       string   `json:"responsibility_by,omitempty"`
	PerpetratorIndividuals []string `json:"perpetrator_individuals"`
	Targets                []string `json:"targets"`
	Victims                []string `json:"victims"`
	Weapons                []string `json:"weapons"`
	KilledMin              *float64 `json:"killed_min"`
	KilledMax              *float64 `json:"killed_max"`
	InjuredMin             *float64 `json:"injured_min"`
	InjuredMax             *float64 `json:"injured_max"`
	// KilledOrInjuredMin and Max are a figure of killed and wounded given
	// only together ("killing and wounding more than 150 people"): it is
	// neither a death toll nor a count of injured. Absent when there is
	// none (an addition to the extract contract's fields).
	KilledOrInjuredMin *float64   `json:"killed_or_injured_min,omitempty"`
	KilledOrInjuredMax *float64   `json:"killed_or_injured_max,omitempty"`
	Evidence           []Evidence `json:"evidence"`
}

// Claim is an attributed statement about an entity.
type Claim struct {
	Subject       string   `json:"subject"`
	SubjectEntity string   `json:"subject_entity"`
	Predicate     string   `json:"predicate"`
	Value         *string  `json:"value"`
	Min           *float64 `json:"min"`
	Max           *float64 `json:"max"`
	Unit          *string  `json:"unit"`
	Time          *string  `json:"time"`
	Source        *string  `json:"source"`
	Hedge         string   `json:"hedge"`
	Evidence      Evidence `json:"evidence"`
}

// Extraction is everything the pipeline finds in one document: the object
// `dossier extract --json` writes, one per line.
type Extraction struct {
	Document  Document `json:"document"`
	Entities  []Entity `json:"entities"`
	Events    []Event  `json:"events"`
	Claims    []Claim  `json:"claims"`
	Sentences []Span   `json:"sentences,omitempty"`
	// Dates and Numbers are the date and number mentions of the document.
	Dates   []ValueMention `json:"dates,omitempty"`
	Numbers []ValueMention `json:"numbers,omitempty"`
}

// ValueMention is a date or number expression found in the text, with its
// normalized value.
type ValueMention struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Text  string   `json:"text"`
	Value string   `json:"value,omitempty"` // dates: YYYY[-MM[-DD]]
	Min   *float64 `json:"min,omitempty"`   // numbers
	Max   *float64 `json:"max,omitempty"`
}

// EntityByID returns the entity of x with the given local id, or nil.
func (x *Extraction) EntityByID(id string) *Entity {
	for i := range x.Entities {
		if x.Entities[i].ID == id {
			return &x.Entities[i]
		}
	}
	return nil
}

// SentenceOf returns the evidence for the sentence containing byte offset
// off, or the empty evidence when off lies outside every sentence.
func (x *Extraction) SentenceOf(off int) Evidence {
	for _, s := range x.Sentences {
		if s.Start <= off && off < s.End {
			return Evidence{Start: s.Start, End: s.End, Text: x.Document.Text[s.Start:s.End]}
		}
	}
	return Evidence{}
}
