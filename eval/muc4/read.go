package muc4

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"sort"
)

// Read reads MUC-4 documents from JSON Lines in either processed form: a
// GTT line ({"docid", "doctext", "templates": [...]}, from xinyadu/gtt) or a
// GRIT line ({"docid", "doctext", "extracts": {...}}, from
// xinyadu/grit_doc_event_entity); the two may be mixed. Mentions are
// [string, offset] pairs; the offsets are only used to order entities.
// Entities without mentions are dropped, as GRIT's eval.py drops them.
//
// For a GTT line, Doc.Gold is the union of the templates' fillers per role
// computed as GRIT's preprocessing does (data/muc/scripts/preprocess.py,
// read_files): templates and fillers are visited in order and a filler is
// added unless its strings are a subset or a superset of an entity already
// added (the first one seen is kept, nothing is merged), then entities are
// stably sorted by the offset of their first string. On the dev split this
// reproduces GRIT's extracts exactly. (GRIT applied the rule to the key's
// strings before dropping those absent from the text, which GTT's file no
// longer has, so one train document differs.)
//
// Blank lines are skipped. Errors name the 1-based line number; a document
// id seen twice is an error.
func Read(r io.Reader) ([]Doc, error) {
	br := bufio.NewReader(r)
	var docs []Doc
	seen := map[string]int{}
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && !errors.Is(err, io.EOF) {
			return docs, fmt.Errorf("muc4: line %d: %w", n, err)
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			doc, perr := parseLine(trimmed)
			if perr != nil {
				return docs, fmt.Errorf("muc4: line %d: %w", n, perr)
			}
			if first, dup := seen[doc.ID]; dup {
				return docs, fmt.Errorf("muc4: line %d: duplicate docid %q (first on line %d)", n, doc.ID, first)
			}
			seen[doc.ID] = n
			docs = append(docs, doc)
		}
		if err != nil { // io.EOF
			return docs, nil
		}
	}
}

// rawLine is one line of either processed form.
type rawLine struct {
	DocID     *string         `json:"docid"`
	DocText   *string         `json:"doctext"`
	Extracts  json.RawMessage `json:"extracts"`
	Templates json.RawMessage `json:"templates"`
}

// mention is one [string, offset] pair.
type mention struct {
	s   string
	off int
}

// UnmarshalJSON decodes a [string, integer] pair.
func (m *mention) UnmarshalJSON(b []byte) error {
	var pair []json.RawMessage
	if err := json.Unmarshal(b, &pair); err != nil {
		return fmt.Errorf("mention: want [string, offset]: %w", err)
	}
	if len(pair) != 2 {
		return fmt.Errorf("mention: want [string, offset], got %d elements", len(pair))
	}
	if err := json.Unmarshal(pair[0], &m.s); err != nil {
		return fmt.Errorf("mention string: %w", err)
	}
	if err := json.Unmarshal(pair[1], &m.off); err != nil {
		return fmt.Errorf("mention %q offset: %w", m.s, err)
	}
	return nil
}

// entity is a list of coreferent mentions.
type entity []mention

func (e entity) strings() []string {
	out := make([]string, len(e))
	for i, m := range e {
		out[i] = m.s
	}
	return out
}

// isNull reports whether a raw JSON value is absent or null.
func isNull(b json.RawMessage) bool {
	return len(b) == 0 || string(b) == "null"
}

func parseLine(line []byte) (Doc, error) {
	var raw rawLine
	if err := json.Unmarshal(line, &raw); err != nil {
		return Doc{}, fmt.Errorf("decode: %w", err)
	}
	if raw.DocID == nil || *raw.DocID == "" {
		return Doc{}, errors.New(`missing "docid"`)
	}
	doc := Doc{ID: *raw.DocID}
	if raw.DocText == nil {
		return Doc{}, fmt.Errorf("doc %s: missing \"doctext\"", doc.ID)
	}
	doc.Text = *raw.DocText
	hasExtracts, hasTemplates := !isNull(raw.Extracts), !isNull(raw.Templates)
	switch {
	case hasExtracts && hasTemplates:
		return Doc{}, fmt.Errorf(`doc %s: has both "extracts" and "templates"`, doc.ID)
	case hasExtracts:
		roles, err := parseRoles(raw.Extracts)
		if err != nil {
			return Doc{}, fmt.Errorf("doc %s: extracts: %w", doc.ID, err)
		}
		doc.Gold = make(map[string][][]string, len(Roles))
		for _, role := range Roles {
			doc.Gold[role] = entityStrings(roles[role])
		}
	case hasTemplates:
		var temps []map[string]json.RawMessage
		if err := json.Unmarshal(raw.Templates, &temps); err != nil {
			return Doc{}, fmt.Errorf("doc %s: templates: %w", doc.ID, err)
		}
		all := make([]map[string][]entity, 0, len(temps))
		doc.Templates = make([]Template, 0, len(temps))
		for i, tm := range temps {
			t, roles, err := parseTemplate(tm)
			if err != nil {
				return Doc{}, fmt.Errorf("doc %s: template %d: %w", doc.ID, i+1, err)
			}
			doc.Templates = append(doc.Templates, t)
			all = append(all, roles)
		}
		doc.Gold = unionTemplates(all)
	default:
		return Doc{}, fmt.Errorf(`doc %s: neither "extracts" nor "templates"`, doc.ID)
	}
	return doc, nil
}

// parseRoles decodes {role: [entity, ...]} where every key must be a role.
func parseRoles(b json.RawMessage) (map[string][]entity, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	out := make(map[string][]entity, len(Roles))
	for k, v := range m {
		if !isRole(k) {
			return nil, fmt.Errorf("unknown role %q", k)
		}
		ents, err := parseEntities(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", k, err)
		}
		out[k] = ents
	}
	return out, nil
}

// parseEntities decodes a role's list of entities, dropping empty ones.
func parseEntities(b json.RawMessage) ([]entity, error) {
	var ents []entity
	if err := json.Unmarshal(b, &ents); err != nil {
		return nil, err
	}
	return slices.DeleteFunc(ents, func(e entity) bool { return len(e) == 0 }), nil
}

// parseTemplate decodes one GTT template: "incident_type" and the roles.
func parseTemplate(m map[string]json.RawMessage) (Template, map[string][]entity, error) {
	t := Template{Roles: make(map[string][][]string, len(Roles))}
	roles := make(map[string][]entity, len(Roles))
	for k, v := range m {
		if k == "incident_type" {
			if err := json.Unmarshal(v, &t.IncidentType); err != nil {
				return t, nil, fmt.Errorf("incident_type: %w", err)
			}
			continue
		}
		if !isRole(k) {
			return t, nil, fmt.Errorf("unknown key %q", k)
		}
		ents, err := parseEntities(v)
		if err != nil {
			return t, nil, fmt.Errorf("%s: %w", k, err)
		}
		roles[k] = ents
	}
	for _, role := range Roles {
		t.Roles[role] = entityStrings(roles[role])
	}
	return t, roles, nil
}

// unionTemplates merges the templates' entities per role by GRIT's rule
// (see Read).
func unionTemplates(temps []map[string][]entity) map[string][][]string {
	gold := make(map[string][][]string, len(Roles))
	for _, role := range Roles {
		var kept []entity
		for _, t := range temps {
			for _, cand := range t[role] {
				cs := cand.strings()
				dup := false
				for _, e := range kept {
					es := e.strings()
					if subset(cs, es) || subset(es, cs) {
						dup = true
						break
					}
				}
				if !dup {
					kept = append(kept, cand)
				}
			}
		}
		sort.SliceStable(kept, func(i, j int) bool { return kept[i][0].off < kept[j][0].off })
		gold[role] = entityStrings(kept)
	}
	return gold
}

// subset reports whether every string of a is in b.
func subset(a, b []string) bool {
	for _, s := range a {
		if !slices.Contains(b, s) {
			return false
		}
	}
	return true
}

// entityStrings turns entities into their string lists; never nil.
func entityStrings(ents []entity) [][]string {
	out := make([][]string, 0, len(ents))
	for _, e := range ents {
		out = append(out, e.strings())
	}
	return out
}
