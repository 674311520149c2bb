// Package resolve decides which entities of different documents are one:
// the same group under its many names, the same person, the same place.
//
// A document's entity meets the knowledge base's entities through name keys
// (see extract.Key). Resolution never joins entities of different types,
// never joins two different known actors, and never joins a branch with its
// parent (ISIS-K with ISIS) even when one document loosely calls the branch
// by its parent's name. Every join carries a reason in words.
package resolve

import (
	"fmt"
	"sort"
	"strings"

	"dossier"
	"dossier/extract"
)

// Identity is what resolution knows of one document entity.
type Identity struct {
	// Name is the name a new global entity takes: a known actor's canonical
	// name, a gazetteer place name, or the document's own name.
	Name string
	Type dossier.EntityType
	// Keys identify the entity: the keys of its names, and of a known
	// actor's names.
	Keys []string
	// Actor is the canonical name of the known actor it is, or "".
	Actor string
	// Parent is the canonical name of the known parent group, or "".
	Parent string
	// Names are the surface forms the document uses for it.
	Names []string
}

// Candidate is a global entity that shares a key with a document entity.
type Candidate struct {
	ID    int64
	Name  string
	Type  dossier.EntityType
	Actor string
	// Key is the shared key.
	Key string
}

// Resolver identifies document entities with the help of built-in
// knowledge. It is safe for concurrent use.
type Resolver struct {
	Know *extract.Knowledge
}

// New returns a Resolver using the built-in actor knowledge.
func New() *Resolver { return &Resolver{Know: extract.DefaultKnowledge()} }

// Identify returns the identity of a document entity.
func (r *Resolver) Identify(e *dossier.Entity) Identity {
	id := Identity{Name: e.Name, Type: e.Type}
	keys := map[string]bool{}
	addKey := func(n string) {
		if k := extract.Key(n); k != "" && !keys[k] {
			keys[k] = true
			id.Keys = append(id.Keys, k)
		}
	}
	names := map[string]bool{}
	addName := func(n string) {
		n = strings.Join(strings.Fields(n), " ")
		if n != "" && !names[n] {
			names[n] = true
			id.Names = append(id.Names, n)
		}
	}
	addName(e.Name)
	for _, a := range e.Aliases {
		addName(a)
	}
	for _, a := range e.AliasEvidence {
		addName(a.Alias)
	}
	if e.Type == dossier.Person {
		// a person is identified by full names only: "Cafarella" alone is
		// too weak to join people across documents.
		for _, n := range id.Names {
			if strings.Contains(n, " ") {
				addKey(n)
			}
		}
		if len(id.Keys) == 0 {
			addKey(e.Name)
		}
		return id
	}
	for _, n := range id.Names {
		addKey(n)
	}
	if e.Type == dossier.Location && e.Country != nil && e.Lat != nil && e.Lon != nil {
		// one place however spelled: Jawzjan, Jowzjan
		k := fmt.Sprintf("geo:%s:%.2f:%.2f", *e.Country, *e.Lat, *e.Lon)
		keys[k] = true
		id.Keys = append(id.Keys, k)
	}
	if e.Type == dossier.ArmedGroup || e.Type == dossier.Organization {
		for _, n := range id.Names {
			if a := r.Know.Lookup(n, true); a != nil && a.Type == e.Type {
				id.Actor, id.Parent, id.Name = a.Name, a.Parent, a.Name
				addKey(a.Name)
				for _, al := range a.Aliases {
					addKey(al)
				}
				break
			}
		}
	}
	sort.Strings(id.Keys)
	return id
}

// Accept reports whether a document entity may join a candidate, and why
// (or why not).
func (r *Resolver) Accept(id Identity, c Candidate) (bool, string) {
	if c.Type != id.Type {
		return false, fmt.Sprintf("types differ: %s vs %s", id.Type, c.Type)
	}
	if id.Actor != "" && c.Actor != "" {
		if id.Actor != c.Actor {
			return false, fmt.Sprintf("different known actors: %s vs %s", id.Actor, c.Actor)
		}
		return true, fmt.Sprintf("both are the known actor %s (shared name key %q)", id.Actor, c.Key)
	}
	for _, n := range id.Names {
		if extract.StemOf(c.Name, n, r.Know.Expand) || extract.StemOf(n, c.Name, r.Know.Expand) {
			return false, fmt.Sprintf("%q and %q are a group and its branch", n, c.Name)
		}
	}
	if strings.HasPrefix(c.Key, "geo:") {
		return true, "both resolve to the same gazetteer place"
	}
	return true, fmt.Sprintf("shares the name key %q", c.Key)
}

// ParentOf returns the canonical name of the group that a document entity
// is a branch of, from built-in knowledge, or "".
func (r *Resolver) ParentOf(id Identity) string { return id.Parent }

// Accepted returns the candidates Accept takes for id, in their order, with
// the reason for each. A store joins the candidates it returns into one
// entity, so it leaves out a candidate that may not join one taken before
// (see Joinable): a document entity that shares a name with a group and
// with that group's branch joins only the first of them, it does not make
// the branch and its parent one.
func (r *Resolver) Accepted(id Identity, cands []Candidate) (accepted []Candidate, reasons []string) {
next:
	for _, c := range cands {
		ok, why := r.Accept(id, c)
		if !ok {
			continue
		}
		for _, a := range accepted {
			if a.ID != c.ID {
				if ok, _ := r.Joinable(a, c); !ok {
					continue next
				}
			}
		}
		accepted = append(accepted, c)
		reasons = append(reasons, why)
	}
	return accepted, reasons
}

// Joinable reports whether two entities of the knowledge base may become
// one, and why not: not two different known actors, and not a group and
// its branch ("Northern Wolves" and "Northern Wolves – Ridge Province").
func (r *Resolver) Joinable(a, b Candidate) (bool, string) {
	if a.Type != b.Type {
		return false, fmt.Sprintf("types differ: %s vs %s", a.Type, b.Type)
	}
	if a.Actor != "" && b.Actor != "" && a.Actor != b.Actor {
		return false, fmt.Sprintf("different known actors: %s vs %s", a.Actor, b.Actor)
	}
	if extract.StemOf(a.Name, b.Name, r.Know.Expand) || extract.StemOf(b.Name, a.Name, r.Know.Expand) {
		return false, fmt.Sprintf("%q and %q are a group and its branch", a.Name, b.Name)
	}
	return true, ""
}
