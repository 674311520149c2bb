package dossier

import (
	"context"
	"errors"
	"time"
)

// Errors returned by a Store. Callers check them with errors.Is.
var (
	// ErrNotFound means the named document or entity does not exist.
	ErrNotFound = errors.New("not found")
	// ErrInvalid means the caller passed an argument the store cannot use.
	ErrInvalid = errors.New("invalid argument")
)

// PutResult says what a Store did with a document.
type PutResult struct {
	// Added is false when the document was already stored (same ID): the put
	// was a no-op.
	Added bool
	// DocumentID is the stored document's ID.
	DocumentID string
}

// GlobalEntity is an entity of the knowledge base: one actor, organization,
// person or place, resolved across every document that mentions it.
type GlobalEntity struct {
	ID        int64      `json:"id"`
	Name      string     `json:"name"`
	Type      EntityType `json:"type"`
	Country   *string    `json:"country"`
	Lat       *float64   `json:"lat"`
	Lon       *float64   `json:"lon"`
	Admin1    string     `json:"admin1,omitempty"`
	Documents int        `json:"documents"`
	Mentions  int        `json:"mentions"`
}

// AliasUse is one name of a global entity with the documents that use it.
type AliasUse struct {
	Name      string        `json:"name"`
	Documents []SourcedFact `json:"documents"`
	// DocumentCount is the number of documents that use the name; a store
	// may list only the first few of them in Documents. Zero means unknown
	// (count Documents).
	DocumentCount int `json:"document_count,omitempty"`
}

// SourcedFact ties an item of a dossier to the document and sentence it came
// from.
type SourcedFact struct {
	DocumentID string   `json:"document"`
	Title      string   `json:"title,omitempty"`
	Path       string   `json:"path,omitempty"`
	Published  string   `json:"published,omitempty"`
	Source     string   `json:"source,omitempty"`
	How        string   `json:"how,omitempty"`
	Evidence   Evidence `json:"evidence"`
	// Origin is the document this one is a syndicated copy of, followed to
	// the first; empty for an original.
	Origin string `json:"origin,omitempty"`
}

// RelatedEntity is an entity linked to another by a predicate, with the
// evidence for the link.
type RelatedEntity struct {
	Predicate string        `json:"predicate"`
	EntityID  int64         `json:"entity_id,omitempty"`
	Name      string        `json:"name"`
	Type      EntityType    `json:"type,omitempty"`
	Sources   []SourcedFact `json:"sources"`
	// DocumentCount is the number of documents that state the link; a
	// store may list only the first few of them in Sources. Zero means
	// unknown (count Sources).
	DocumentCount int `json:"document_count,omitempty"`
}

// Merge records why two entities became one.
type Merge struct {
	Into   string    `json:"into"`
	From   string    `json:"from"`
	Reason string    `json:"reason"`
	At     time.Time `json:"at"`
}

// DocumentRef is a document as listed in a dossier or by Documents.
type DocumentRef struct {
	ID        string `json:"id"`
	Path      string `json:"path"`
	Title     string `json:"title,omitempty"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	Dateline  string `json:"dateline,omitempty"`
	Language  string `json:"language,omitempty"`
	URL       string `json:"url,omitempty"`
	CopyOf    string `json:"copy_of,omitempty"`
	Mentions  int    `json:"mentions,omitempty"`
	Words     int    `json:"words,omitempty"`
}

// StoredClaim is a claim as kept in the store, with its document.
type StoredClaim struct {
	Claim
	// SourcedFact is the document the claim comes from; its JSON is an
	// object of its own so that its evidence and source do not collide
	// with the claim's.
	SourcedFact `json:"document_ref"`
	// ValueEntity is the global entity the claim's value names, or 0.
	ValueEntity int64 `json:"value_entity,omitempty"`
	// ValueName is that entity's name in the knowledge base.
	ValueName string `json:"value_name,omitempty"`
	// SourceEntity is the global entity the cited source names, or 0, and
	// SourceName its name in the knowledge base.
	SourceEntity int64  `json:"source_entity,omitempty"`
	SourceName   string `json:"source_name,omitempty"`
}

// Status is the verdict of the crosscheck on a fact.
type Status string

// Crosscheck verdicts.
const (
	Corroborated Status = "corroborated"  // two or more independent sources agree
	SingleSource Status = "single-source" // one independent source
	Contradicted Status = "contradicted"  // an incompatible claim exists
)

// Fact is a group of claims about one entity that say the same thing (the
// same value, or compatible figures for the same time), with the
// crosscheck's verdict.
type Fact struct {
	Predicate string        `json:"predicate"`
	Value     string        `json:"value"`
	Time      string        `json:"time,omitempty"`
	Status    Status        `json:"status"`
	Reason    string        `json:"reason"`
	Sources   []string      `json:"sources"` // the independent sources, in words
	Claims    []StoredClaim `json:"claims"`
	// ClaimCount and SourceCount are the numbers of claims and independent
	// sources of the fact; Claims and Sources may list only some of them
	// (a store caps them). Zero means unknown (count the lists).
	ClaimCount  int `json:"claim_count,omitempty"`
	SourceCount int `json:"source_count,omitempty"`
}

// Conflict is a contradiction between two facts about one entity.
type Conflict struct {
	Entity    string `json:"entity"`
	EntityID  int64  `json:"entity_id"`
	Predicate string `json:"predicate"`
	A         Fact   `json:"a"`
	B         Fact   `json:"b"`
	Reason    string `json:"reason"`
}

// Dossier is everything the knowledge base knows about one entity.
type Dossier struct {
	Entity    GlobalEntity    `json:"entity"`
	Aliases   []AliasUse      `json:"aliases"`
	Related   []RelatedEntity `json:"related"`
	Claims    []StoredClaim   `json:"claims"`
	Facts     []Fact          `json:"facts"`
	Conflicts []Conflict      `json:"conflicts"`
	Documents []DocumentRef   `json:"documents"`
	Mentions  []SourcedFact   `json:"mentions"`
	Merges    []Merge         `json:"merges"`
	// ClaimCount is the number of claims about the entity; Claims may list
	// only some of them (a store caps it). Zero means unknown (count
	// Claims).
	ClaimCount int `json:"claim_count,omitempty"`
	// FactCount is the number of facts about the entity when Facts lists
	// only some of them (a store caps them per predicate); zero when
	// Facts lists them all.
	FactCount int `json:"fact_count,omitempty"`
}

// Store keeps documents and their extractions and answers questions about
// them. Implementations: sqlite (default), postgres.
type Store interface {
	// Put stores an extraction in one transaction: whole or not at all.
	// Putting a document whose ID is already stored changes nothing.
	Put(ctx context.Context, x *Extraction) (PutResult, error)
	// HasDocument reports whether a document with the ID is stored.
	HasDocument(ctx context.Context, id string) (bool, error)
	// Documents lists the stored documents, oldest ingest first.
	Documents(ctx context.Context) ([]DocumentRef, error)
	// Document returns one stored document with its extraction, or
	// ErrNotFound.
	Document(ctx context.Context, id string) (*Extraction, error)
	// Entities lists global entities, optionally of one type (empty: all),
	// most documents first.
	Entities(ctx context.Context, typ EntityType) ([]GlobalEntity, error)
	// Find returns the global entities whose name or alias equals name,
	// case-insensitively, best first; ErrNotFound when none does.
	Find(ctx context.Context, name string) ([]GlobalEntity, error)
	// Dossier returns everything known about one global entity.
	Dossier(ctx context.Context, id int64) (*Dossier, error)
	// Signatures returns the near-duplicate signatures of stored documents,
	// to link syndicated copies at ingest.
	Signatures(ctx context.Context) ([]Signature, error)
	// Close releases the store.
	Close() error
}

// Signature is a document's MinHash signature, for near-duplicate detection.
type Signature struct {
	DocumentID string
	Values     []uint64
}

// EventReport is one document's account of an event, with its own figures.
type EventReport struct {
	Event
	// SourcedFact is the document of the report, as its own JSON object.
	SourcedFact   `json:"document_ref"`
	PerpetratorID int64 `json:"perpetrator_id,omitempty"`
}

// Figure is a casualty count across the reports of an event: the latest
// report's range, and the lowest and highest numbers any report gives.
type Figure struct {
	LatestMin *float64 `json:"latest_min"`
	LatestMax *float64 `json:"latest_max"`
	Low       *float64 `json:"low"`
	High      *float64 `json:"high"`
	// Differ is true when the reports give different figures.
	Differ bool `json:"differ"`
}

// EventRecord is one attack of the knowledge base, merged from every
// document that reports it.
type EventRecord struct {
	ID            int64    `json:"id"`
	Type          string   `json:"type"`
	Subtype       string   `json:"subtype,omitempty"`
	Date          string   `json:"date,omitempty"`
	Location      string   `json:"location,omitempty"`
	Country       string   `json:"country,omitempty"`
	Admin1        string   `json:"admin1,omitempty"`
	Lat           *float64 `json:"lat"`
	Lon           *float64 `json:"lon"`
	Perpetrator   string   `json:"perpetrator,omitempty"`
	PerpetratorID int64    `json:"perpetrator_id,omitempty"`
	Claimed       bool     `json:"claimed"`
	Killed        Figure   `json:"killed"`
	Injured       Figure   `json:"injured"`
	// KilledOrInjured is a figure of killed and wounded that reports give
	// only together.
	KilledOrInjured Figure        `json:"killed_or_injured"`
	Reports         []EventReport `json:"reports"`
}

// EventFilter selects events. Zero fields do not filter.
type EventFilter struct {
	ActorID int64  // perpetrator entity
	Country string // ISO 3166-1 alpha-2
	Since   string // YYYY[-MM[-DD]], inclusive
	Until   string // inclusive
	Type    string
	Limit   int
	Offset  int
}

// EventStore is implemented by stores that keep events.
type EventStore interface {
	// Events lists merged events, oldest first.
	Events(ctx context.Context, f EventFilter) ([]EventRecord, error)
}

// NearCopyFinder is implemented by stores that find near-duplicates of a
// document among the stored ones without loading every signature.
type NearCopyFinder interface {
	// NearCopy returns the stored original most similar to sig, with its
	// estimated Jaccard similarity, when it reaches threshold; among equals
	// the earliest stored.
	NearCopy(ctx context.Context, sig []uint64, threshold float64) (id string, sim float64, ok bool, err error)
}

// Batcher is implemented by stores that can store many documents in one
// transaction, which is much faster than one transaction each. A batch is
// stored whole or not at all, and so is each of its documents.
type Batcher interface {
	// Begin starts a batch. Until it is committed, nothing of it is
	// visible outside it, and the store's own methods may wait for it.
	Begin(ctx context.Context) (Batch, error)
}

// Batch is a transaction of a Batcher.
type Batch interface {
	// HasDocument reports whether a document with the ID is stored,
	// including by this batch.
	HasDocument(ctx context.Context, id string) (bool, error)
	// NearCopy finds a near-copy as NearCopyFinder does, among the stored
	// documents and those of the batch.
	NearCopy(ctx context.Context, sig []uint64, threshold float64) (id string, sim float64, ok bool, err error)
	// Put stores an extraction as Store.Put does. When it fails, the whole
	// batch has failed: nothing of it will be kept, and the caller puts the
	// batch's other documents again in a new one.
	Put(ctx context.Context, x *Extraction) (PutResult, error)
	// Commit makes every document put in the batch durable and visible.
	Commit() error
	// Rollback drops the batch.
	Rollback() error
}
