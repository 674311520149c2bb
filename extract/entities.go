package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"dossier"
)

// cluster is one entity of a document under construction.
type cluster struct {
	root  int
	ms    []int // mention indices, in text order
	typ   dossier.EntityType
	actor *Actor
	place *Place
	name  string
}

// clusters groups the typed mentions by their union-find root.
func (d *docState) clusters() []*cluster {
	by := map[int]*cluster{}
	var out []*cluster
	for i, m := range d.ms {
		if m.name == "" {
			continue
		}
		r := d.find(i)
		c := by[r]
		if c == nil {
			c = &cluster{root: r}
			by[r] = c
			out = append(out, c)
		}
		c.ms = append(c.ms, i)
	}
	kept := out[:0]
	for _, c := range out {
		votes := map[dossier.EntityType]int{}
		named := 0
		for _, i := range c.ms {
			m := d.ms[i]
			if m.ref {
				continue
			}
			named++
			if m.actor != nil && c.actor == nil {
				c.actor = m.actor
			}
			if m.place != nil && c.place == nil {
				c.place = m.place
			}
			if m.typ != "" {
				votes[m.typ]++
			}
		}
		if named == 0 {
			continue
		}
		switch {
		case c.actor != nil:
			c.typ = c.actor.Type
		default:
			best := 0
			for _, t := range []dossier.EntityType{dossier.ArmedGroup, dossier.Organization, dossier.Person, dossier.Location} {
				if votes[t] > best {
					c.typ, best = t, votes[t]
				}
			}
		}
		if c.typ == "" {
			continue
		}
		c.name = d.canonical(c)
		kept = append(kept, c)
	}
	return kept
}

// canonical picks the name a cluster goes by in this document: the most
// used full name (not an acronym), the longest on a tie.
func (d *docState) canonical(c *cluster) string {
	count := map[string]int{}
	first := map[string]string{}
	for _, i := range c.ms {
		m := d.ms[i]
		if m.ref {
			continue
		}
		k := Key(m.name)
		count[k]++
		if _, ok := first[k]; !ok {
			first[k] = m.name
		}
	}
	best, bestScore := "", -1
	for k, n := range count {
		name := first[k]
		score := n * 100
		if !shortForm(name) {
			score += 10000
		}
		if c.typ == dossier.Person {
			score = len(words(name))*10000 + n*100
		}
		score += len(name)
		if score > bestScore || score == bestScore && name < best {
			best, bestScore = name, score
		}
	}
	return best
}

// entities writes the document's entities into x.
func (d *docState) entities(x *dossier.Extraction) {
	cs := d.clusters()
	sort.SliceStable(cs, func(a, b int) bool { return d.ms[cs[a].ms[0]].start < d.ms[cs[b].ms[0]].start })
	d.ents = map[int]*dossier.Entity{}
	for n, c := range cs {
		e := dossier.Entity{ID: fmt.Sprintf("e%d", n+1), Name: c.name, Type: c.typ, Aliases: []string{}}
		seen := map[string]bool{Key(c.name): true} // contract aliases: distinct keys
		surface := map[string]bool{c.name: true}   // alias evidence: distinct spellings
		for _, i := range c.ms {
			m := d.ms[i]
			e.Mentions = append(e.Mentions, dossier.Mention{Start: m.start, End: m.end, Text: d.src[m.start:m.end], Sentence: m.sent, Ref: m.ref})
			if m.ref || surface[m.name] {
				continue
			}
			surface[m.name] = true
			how := m.how
			if l, ok := d.aliasHow[i]; ok {
				how = l.how
			}
			if how == "" || how == "doc" {
				how = "same-entity"
			}
			ev := x.SentenceOf(m.start)
			e.AliasEvidence = append(e.AliasEvidence, dossier.AliasEvidence{Alias: m.name, How: how, Evidence: ev})
			// The contract's aliases are a group's other names; the names of
			// organizations, persons and places stay in the alias evidence.
			if c.typ == dossier.ArmedGroup && !seen[Key(m.name)] {
				seen[Key(m.name)] = true
				e.Aliases = append(e.Aliases, m.name)
			}
		}
		if c.place != nil {
			cc, lat, lon := c.place.Country, c.place.Lat, c.place.Lon
			e.Country, e.Lat, e.Lon, e.Admin1 = &cc, &lat, &lon, c.place.Admin1
		}
		x.Entities = append(x.Entities, e)
		d.ents[c.root] = &x.Entities[len(x.Entities)-1]
	}
	// re-point after append growth
	d.ents = map[int]*dossier.Entity{}
	for n, c := range cs {
		d.ents[c.root] = &x.Entities[n]
	}
	d.parents(x)
}

// parents links a branch to its parent group when the document names both
// and the branch's name extends the parent's (Crimson Covenant – Saren
// Province and Crimson Covenant), with the branch's first sentence as
// evidence.
func (d *docState) parents(x *dossier.Extraction) {
	names := func(e *dossier.Entity) []string {
		out := []string{e.Name}
		for _, a := range e.AliasEvidence {
			out = append(out, a.Alias)
		}
		return out
	}
	for i := range x.Entities {
		child := &x.Entities[i]
		if child.Type != dossier.ArmedGroup || len(child.Mentions) == 0 {
			continue
		}
	next:
		for j := range x.Entities {
			parent := &x.Entities[j]
			if i == j || parent.Type != dossier.ArmedGroup {
				continue
			}
			for _, cn := range names(child) {
				for _, pn := range names(parent) {
					if d.stemOf(pn, cn) {
						child.Relations = append(child.Relations, dossier.Relation{Predicate: "parent", Object: parent.Name, ObjectID: parent.ID,
							Evidence: x.SentenceOf(child.Mentions[0].Start)})
						break next
					}
				}
			}
		}
	}
}

// entityOf returns the entity of mention i, or nil.
func (d *docState) entityOf(i int) *dossier.Entity {
	return d.ents[d.find(i)]
}

// shortForm reports whether a name is an acronym or abbreviation rather
// than a full name: ISKP, IS-K, LeT, JuD, U.N.
func shortForm(name string) bool {
	if strings.Contains(name, " ") {
		return false
	}
	caps, letters := 0, 0
	for _, r := range name {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				caps++
			}
		}
	}
	return letters <= 6 && caps >= 2
}
