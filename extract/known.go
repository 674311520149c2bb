package extract

import (
	"bufio"
	"bytes"
	_ "embed"
	"fmt"
	"strings"

	"dossier"
	"dossier/text"
)

//go:embed actors.tsv
var actorsTSV []byte

// Actor is an entry of the built-in knowledge of real groups and
// organizations: a canonical name, its type, its parent group and the other
// names it is known by.
type Actor struct {
	Name    string
	Type    dossier.EntityType
	Parent  string
	Aliases []string
}

// Knowledge indexes actors by the keys of all their names.
type Knowledge struct {
	actors []*Actor
	byKey  map[string]*Actor
	maxLen int // longest name in words
	// first maps the lower-case first token of every name to the most
	// tokens a name starting with it has, so a scan tries windows only
	// where a known name may start.
	first map[string]int
}

// LoadKnowledge parses actor lines in the format of actors.tsv: type, name,
// parent (or -), aliases separated by |.
func LoadKnowledge(data []byte) (*Knowledge, error) {
	k := &Knowledge{byKey: make(map[string]*Actor), first: make(map[string]int)}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("actors line %d: want at least 3 tab-separated fields, got %d", n, len(f))
		}
		a := &Actor{Type: dossier.EntityType(f[0]), Name: f[1]}
		if !a.Type.Valid() {
			return nil, fmt.Errorf("actors line %d: unknown type %q", n, f[0])
		}
		if f[2] != "-" {
			a.Parent = f[2]
		}
		if len(f) > 3 && f[3] != "" {
			a.Aliases = strings.Split(f[3], "|")
		}
		k.Add(a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	return k, nil
}

// Add indexes an actor under all its names. A later actor does not take a
// key an earlier one holds.
func (k *Knowledge) Add(a *Actor) {
	k.actors = append(k.actors, a)
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		key := Key(n)
		if key == "" {
			continue
		}
		if _, ok := k.byKey[key]; !ok {
			k.byKey[key] = a
		}
		if w := len(words(n)); w > k.maxLen {
			k.maxLen = w
		}
		toks := text.Tokenize(n, 0, len(n))
		if len(toks) > 0 {
			f := toks[0].Lower
			if len(toks) > k.first[f] {
				k.first[f] = len(toks)
			}
		}
	}
}

// Lookup returns the actor known by name, or nil. Short all-capital aliases
// (ISKP, UN) match only when written in capitals, so that "is" is never the
// Islamic State.
func (k *Knowledge) Lookup(name string, caseless bool) *Actor {
	a := k.byKey[Key(name)]
	if a == nil {
		return nil
	}
	if !caseless && !isAcronym(strings.ReplaceAll(strings.ReplaceAll(name, "-", ""), ".", "")) {
		// a lower-case form of an acronym alias: "is" must not match "IS"
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			if Key(n) == Key(name) {
				if isAcronym(strings.ReplaceAll(strings.ReplaceAll(n, "-", ""), ".", "")) && len(Key(n)) <= 4 && n != name {
					continue
				}
				return a
			}
		}
		return nil
	}
	return a
}

// Expand returns the longer names of the actor a short name belongs to, for
// abbreviation matching: Expand("ISIS") gives "Islamic State" and its other
// long forms.
func (k *Knowledge) Expand(short string) []string {
	a := k.byKey[Key(short)]
	if a == nil {
		return nil
	}
	out := []string{a.Name}
	for _, al := range a.Aliases {
		if len(words(al)) > 1 {
			out = append(out, al)
		}
	}
	return out
}

// Starts returns the most tokens of a known name that starts with the
// lower-case token word, or 0 when none does.
func (k *Knowledge) Starts(word string) int { return k.first[word] }

// MaxWords returns the number of words of the longest known name.
func (k *Knowledge) MaxWords() int { return k.maxLen }

// DefaultKnowledge returns the built-in actor knowledge.
func DefaultKnowledge() *Knowledge {
	k, err := LoadKnowledge(actorsTSV)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return k
}
