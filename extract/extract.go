// Package extract turns one cleaned document into an Extraction: mentions
// of people, armed groups, organizations and places, the aliases the
// document states or uses, the entities those mentions make up, dates,
// numbers, and the claims and events built on them.
//
// It works from the document alone plus built-in knowledge (a gazetteer of
// places and a list of well-known actors with their aliases). The knowledge
// types and clusters the names a document uses; it never adds a name the
// document does not contain.
package extract

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"

	"dossier"
	"dossier/text"
)

// Place is a gazetteer place as the extractor needs it.
type Place struct {
	Name    string
	Kind    string // country, admin1, city
	Country string // ISO 3166-1 alpha-2
	Admin1  string
	Lat     float64
	Lon     float64
}

// Places looks up place names. The gazetteer package provides one.
type Places interface {
	// Place returns the best place for a name.
	Place(name string) (Place, bool)
	// Ambiguous reports whether a place name is also a common word or
	// given name, to be trusted only when capitalised in running text.
	Ambiguous(name string) bool
	// Demonym returns the country code of a nationality word (Afghan).
	Demonym(word string) (string, bool)
}

// Extractor extracts from documents. Its fields are read-only after
// construction, so one Extractor may serve many goroutines.
type Extractor struct {
	Know   *Knowledge
	Places Places
}

// New returns an Extractor with the built-in knowledge and the given places.
func New(places Places) *Extractor {
	return &Extractor{Know: DefaultKnowledge(), Places: places}
}

// docState is the working state of one extraction.
type docState struct {
	ex    *Extractor
	doc   *dossier.Document
	src   string
	sents []text.Sentence
	lower bool // the text has no capitals: match names caselessly
	ms    []*mention
	// union-find over mentions
	parent []int
	// why two clusters were joined: alias evidence per mention index
	aliasHow map[int]aliasLink
	// aliases stated of referring expressions, joined after linkRefs
	pending []pendingAlias
	// ents maps a cluster root to its output entity
	ents map[int]*dossier.Entity
	// vals are the dates and numbers of each sentence, found on demand
	vals []*sentValues
	// abbrev and stem remember Abbreviates and StemOf of pairs of names:
	// a document asks of the same pairs many times
	abbrev, stem map[[2]string]bool
	// lowerNames are the unknown groups' names and acronyms found in a
	// text without capitals, with their types; acronymPairs the offsets
	// of a name and of the acronym stated beside it (see groupnames.go)
	lowerNames   map[string]dossier.EntityType
	acronymPairs [][2]int
}

// abbreviates is Abbreviates(short, long) with the extractor's knowledge,
// remembered per document.
func (d *docState) abbreviates(short, long string) bool {
	return remembered(&d.abbrev, short, long, func() bool { return Abbreviates(short, long, d.ex.Know.Expand) })
}

// stemOf is StemOf(parent, child) with the extractor's knowledge,
// remembered per document.
func (d *docState) stemOf(parent, child string) bool {
	return remembered(&d.stem, parent, child, func() bool { return StemOf(parent, child, d.ex.Know.Expand) })
}

// remembered returns f's answer for the pair (a, b), computing it once and
// keeping it in *m.
func remembered(m *map[[2]string]bool, a, b string, f func() bool) bool {
	k := [2]string{a, b}
	if v, ok := (*m)[k]; ok {
		return v
	}
	if *m == nil {
		*m = map[[2]string]bool{}
	}
	v := f()
	(*m)[k] = v
	return v
}

type aliasLink struct {
	how  string
	sent int
}

// Extract runs the pipeline on one document. The document's Text must be
// cleaned already (see package ingest); its ID is recomputed when empty.
func (e *Extractor) Extract(ctx context.Context, doc *dossier.Document) (*dossier.Extraction, error) {
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("extract %s: %w", doc.Path, err)
	}
	if doc.ID == "" {
		doc.ID = dossier.TextID(doc.Text)
	}
	d := &docState{ex: e, doc: doc, src: doc.Text, aliasHow: map[int]aliasLink{}}
	d.lower = !strings.ContainsFunc(doc.Text, unicode.IsUpper)
	d.sents = text.Split(doc.Text)
	if d.lower {
		d.sents = splitCaseless(d.src, d.sents)
	}
	for i := range d.sents {
		d.findMentions(&d.sents[i])
	}
	sort.SliceStable(d.ms, func(a, b int) bool { return d.ms[a].start < d.ms[b].start })
	d.parent = make([]int, len(d.ms))
	for i := range d.parent {
		d.parent[i] = i
	}
	d.quotedForms()
	d.aliasStatements()
	d.joinAcronyms()
	d.resolveUntyped()
	d.linkNames()
	d.linkRefs()
	x := &dossier.Extraction{Document: *doc}
	for _, s := range d.sents {
		x.Sentences = append(x.Sentences, s.Span())
	}
	d.entities(x)
	d.values(x)
	d.claims(x)
	d.events(x)
	if x.Entities == nil {
		x.Entities = []dossier.Entity{}
	}
	if x.Events == nil {
		x.Events = []dossier.Event{}
	}
	if x.Claims == nil {
		x.Claims = []dossier.Claim{}
	}
	return x, nil
}

// addOver records a typed mention that covers shorter ones found before
// (the chunk "al-Qaeda in the South Arabian Peninsula" over the known name
// "al-Qaeda"), dropping them; a mention it only partly overlaps wins.
func (d *docState) addOver(m *mention) {
	kept := d.ms[:0]
	for _, o := range d.ms {
		if o.sent == m.sent && m.start <= o.start && o.end <= m.end && o.end-o.start < m.end-m.start {
			continue
		}
		kept = append(kept, o)
	}
	d.ms = kept
	d.add(m)
}

// add records a mention unless it overlaps one already found.
func (d *docState) add(m *mention) {
	for _, o := range d.ms {
		if o.sent == m.sent && o.start < m.end && m.start < o.end {
			return
		}
	}
	d.ms = append(d.ms, m)
}

func (d *docState) find(i int) int {
	for d.parent[i] != i {
		d.parent[i] = d.parent[d.parent[i]]
		i = d.parent[i]
	}
	return i
}

// union joins the clusters of mentions a and b unless that would join two
// different known actors, a group with its parent, or different types.
func (d *docState) union(a, b int, how string) bool {
	ra, rb := d.find(a), d.find(b)
	if ra == rb {
		return true
	}
	if !d.compatible(ra, rb, strongLink[how]) {
		return false
	}
	d.parent[rb] = ra
	if _, ok := d.aliasHow[b]; !ok {
		d.aliasHow[b] = aliasLink{how: how, sent: d.ms[a].sent}
	}
	return true
}

// strongLink are the kinds of link the text states outright: they may join
// names the built-in knowledge keeps apart, but never a group and its parent.
var strongLink = map[string]bool{"stated": true, "former": true, "renamed": true, "acronym": true, "list": true}

// compatible reports whether two clusters may be joined. A strong link (an
// alias the text states) may join different known actors unless one is the
// other's parent.
func (d *docState) compatible(ra, rb int, strong bool) bool {
	var ta, tb dossier.EntityType
	var aa, ab []*Actor
	var na, nb []string
	for i, m := range d.ms {
		r := d.find(i)
		if r != ra && r != rb {
			continue
		}
		if m.ref {
			continue
		}
		if r == ra {
			if m.typ != "" {
				ta = m.typ
			}
			if m.actor != nil {
				aa = append(aa, m.actor)
			}
			na = append(na, m.name)
		} else {
			if m.typ != "" {
				tb = m.typ
			}
			if m.actor != nil {
				ab = append(ab, m.actor)
			}
			nb = append(nb, m.name)
		}
	}
	if ta != "" && tb != "" && ta != tb {
		return false
	}
	shared := false
	for _, x := range aa {
		for _, y := range ab {
			shared = shared || x == y
		}
	}
	if !shared {
		for _, x := range aa {
			for _, y := range ab {
				if x.Parent == y.Name || y.Parent == x.Name || !strong {
					return false
				}
			}
		}
	}
	if shared && !strong {
		return true
	}
	// never join a branch with its parent: ISIS and ISIS-K
	for _, x := range na {
		for _, y := range nb {
			if d.stemOf(x, y) || d.stemOf(y, x) {
				return false
			}
		}
	}
	return true
}

// quotedForms joins a name with a quoted continuation: ISIS “Khorasan
// Province” names ISIS Khorasan Province.
func (d *docState) quotedForms() {
	for i, m := range d.ms {
		if m.ref || i+1 >= len(d.ms) {
			continue
		}
		n := d.ms[i+1]
		if n.sent != m.sent {
			continue
		}
		between := d.src[m.end:n.start]
		if strings.TrimSpace(between) != "“" && strings.TrimSpace(between) != "\"" && strings.TrimSpace(between) != "‘" {
			continue
		}
		after := d.src[n.end:]
		if !(strings.HasPrefix(after, "”") || strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "’")) {
			continue
		}
		if m.typ != dossier.ArmedGroup && m.typ != dossier.Organization && m.typ != "" {
			continue
		}
		// the quoted part continues the name: replace both by one mention
		m.name = m.name + " " + n.name
		m.end = n.end + len("”")
		if strings.HasPrefix(after, "\"") || strings.HasPrefix(after, "’") {
			m.end = n.end + 1
			if strings.HasPrefix(after, "’") {
				m.end = n.end + len("’")
			}
		}
		m.actor = d.ex.Know.Lookup(m.name, d.lower)
		if m.actor == nil {
			m.how = "quoted"
		}
		n.ref, n.typ, n.how = true, "", "quoted-part"
		n.name = ""
	}
}

// resolveUntyped types candidates by what the document says elsewhere:
// the same name typed elsewhere, an acronym of a typed name, a surname or
// spelling variant of a person.
func (d *docState) resolveUntyped() {
	typed := map[string]dossier.EntityType{}
	for _, m := range d.ms {
		if m.typ != "" && !m.ref {
			typed[Key(m.name)] = m.typ
		}
	}
	for _, m := range d.ms {
		if m.typ != "" || m.ref || m.name == "" {
			continue
		}
		if t, ok := typed[Key(m.name)]; ok {
			m.typ, m.how = t, "doc"
			continue
		}
		// an acronym or short form of a typed group or organization
		for _, o := range d.ms {
			if o.ref || (o.typ != dossier.ArmedGroup && o.typ != dossier.Organization) {
				continue
			}
			if d.abbreviates(m.name, o.name) {
				m.typ, m.how = o.typ, "short-form"
				break
			}
		}
		if m.typ != "" {
			continue
		}
		// "the Covenant" for the Crimson Covenant: one distinctive word of
		// a group's name
		if o := d.groupWithWord(m.name); o != nil && d.actorContext(m) {
			m.typ, m.how = dossier.ArmedGroup, "short-form"
			continue
		}
		// a surname or spelling variant of a person
		if p := d.personFor(m.name); p != nil {
			m.typ, m.how = dossier.Person, "surname"
		}
	}
}

// groupWithWord returns the group mention with the fewest words whose name
// has the single word w among its words (not as its first word when that is
// a generic one), when exactly one group name of that length does.
func (d *docState) groupWithWord(w string) *mention {
	if strings.ContainsAny(w, " -") || len(w) < 4 || weakWords[strings.ToLower(w)] || genericWords[strings.ToLower(w)] || commonWords[strings.ToLower(w)] || isAcronym(w) {
		return nil
	}
	lw := strings.ToLower(w)
	var best *mention
	bestN, ties := 0, 0
	for _, o := range d.ms {
		if o.ref || o.typ != dossier.ArmedGroup {
			continue
		}
		ow := strings.Fields(strings.ToLower(o.name))
		if len(ow) < 2 {
			continue
		}
		// the word must name the group, not the place in its name:
		// "Saren" in "Crimson Covenant – Saren Province", "Yemen" in
		// "al-Qaeda in Yemen"
		has := false
		for k, x := range ow {
			if x != lw {
				continue
			}
			if k+1 < len(ow) && placeQualifier[ow[k+1]] || k > 0 && (ow[k-1] == "in" || ow[k-1] == "of" || ow[k-1] == "for") {
				continue
			}
			has = true
		}
		if !has {
			continue
		}
		switch {
		case best == nil || len(ow) < bestN:
			best, bestN, ties = o, len(ow), 0
		case len(ow) == bestN && Key(o.name) != Key(best.name):
			ties++
		}
	}
	if ties > 0 {
		return nil
	}
	return best
}

// actorContext reports whether a single word stands where a group's short
// name does: after "the" ("the Covenant"), or before a possessive or a noun
// of members or deeds ("Shabab fighters", "Orchard's leader") — not where a
// word is being talked about ("‘Khorasan’ is a historical name").
func (d *docState) actorContext(m *mention) bool {
	toks := d.sents[m.sent].Tokens
	i, j := tokenAt(&d.sents[m.sent], m.start), tokenAt(&d.sents[m.sent], m.end)
	if i > 0 && toks[i-1].Lower == "the" {
		return true
	}
	if j+1 < len(toks) && (toks[j].Text == "'" || toks[j].Text == "’") && toks[j+1].Lower == "s" && toks[j].Start == m.end {
		return true // possessive
	}
	if j < len(toks) {
		switch toks[j].Lower {
		case "fighters", "militants", "gunmen", "members", "commander", "commanders", "leader", "leaders",
			"spokesman", "claimed", "said", "attacked", "killed", "has", "have", "is", "was", "were", "are":
			return !(j+1 < len(toks) && (toks[j+1].Lower == "a" || toks[j+1].Lower == "an") && (toks[j].Lower == "is" || toks[j].Lower == "was"))
		}
	}
	return false
}

// groupByHead returns the cluster root of the one group whose name ends in
// the last word of a referring expression ("the network": the Haqqani
// network) among the names before offset before, or -1 when none or
// several do.
func (d *docState) groupByHead(ref string, before int) int {
	w := lowerWords(ref)
	if len(w) == 0 || w[len(w)-1] == "group" {
		return -1
	}
	head := w[len(w)-1]
	found := -1
	for i, o := range d.ms {
		if o.ref || o.typ != dossier.ArmedGroup || o.name == "" || o.start >= before {
			continue
		}
		ow := lowerWords(o.name)
		if len(ow) < 2 || ow[len(ow)-1] != head {
			continue
		}
		r := d.find(i)
		if found >= 0 && found != r {
			return -1
		}
		found = r
	}
	return found
}

// placeQualifier words follow a place named inside a group's name.
var placeQualifier = set(`province wilayat region branch front sector`)

// branchOf returns the group mention a "Saren branch" names: the group with
// the fewest words whose name has the qualifier's words after its first.
func (d *docState) branchOf(m *mention) *mention {
	w := lowerWords(m.name)
	if len(w) < 2 || !branchWords[w[len(w)-1]] {
		return nil
	}
	q := w[:len(w)-1]
	var best *mention
	for _, o := range d.ms {
		if o == m || o.ref || o.typ != dossier.ArmedGroup {
			continue
		}
		ow := lowerWords(o.name)
		if len(ow) <= len(q)+1 || branchWords[ow[len(ow)-1]] {
			continue
		}
		if containsSeq(ow[1:], q) && (best == nil || len(ow) < len(lowerWords(best.name))) {
			best = o
		}
	}
	return best
}

// branchWords end names that refer to a branch by its qualifier.
var branchWords = set(`branch wing chapter affiliate`)

func containsSeq(hay, needle []string) bool {
	for i := 0; i+len(needle) <= len(hay); i++ {
		if equalWords(hay[i:i+len(needle)], needle) {
			return true
		}
	}
	return false
}

// personFor returns a person mention whose last name equals name or is a
// close spelling variant of it.
func (d *docState) personFor(name string) *mention {
	if strings.ContainsAny(name, " ") || len(name) < 4 {
		return nil
	}
	l := strings.ToLower(name)
	var best *mention
	for _, o := range d.ms {
		if o.typ != dossier.Person || o.ref {
			continue
		}
		w := words(o.name)
		if len(w) < 2 {
			continue
		}
		last := strings.ToLower(w[len(w)-1])
		if last == l || (len(l) >= 6 && l[0] == last[0] && editDistance(l, last, 2) <= 2 && editDistance(l, last, 2)*4 <= len(l)) {
			best = o
			break
		}
	}
	return best
}

// linkNames clusters mentions that name the same entity: equal keys, one
// known actor, short forms and acronyms, person surnames and variants.
func (d *docState) linkNames() {
	byKey := map[string]int{}
	byActor := map[*Actor]int{}
	for i, m := range d.ms {
		if m.ref || m.typ == "" {
			continue
		}
		k := string(m.typ) + "|" + Key(m.name)
		if j, ok := byKey[k]; ok {
			d.union(j, i, "same-name")
		} else {
			byKey[k] = i
		}
		if m.actor != nil {
			if j, ok := byActor[m.actor]; ok {
				d.union(j, i, "known")
			} else {
				byActor[m.actor] = i
			}
		}
	}
	idx := map[*mention]int{}
	for i, m := range d.ms {
		idx[m] = i
	}
	for i, m := range d.ms {
		if m.ref || m.typ != dossier.ArmedGroup {
			continue
		}
		if o := d.branchOf(m); o != nil {
			d.union(idx[o], i, "short-form")
		} else if !strings.Contains(m.name, " ") {
			if o := d.groupWithWord(m.name); o != nil && o != m && d.actorContext(m) {
				d.union(idx[o], i, "short-form")
			}
		}
	}
	for i, m := range d.ms {
		if m.ref || m.typ == "" {
			continue
		}
		for j, o := range d.ms {
			if j == i || o.ref || o.typ != m.typ {
				continue
			}
			switch m.typ {
			case dossier.ArmedGroup, dossier.Organization:
				if d.abbreviates(m.name, o.name) {
					d.union(j, i, "short-form")
				}
			case dossier.Person:
				if !strings.Contains(m.name, " ") {
					if p := d.personFor(m.name); p == o {
						d.union(j, i, "variant")
					}
				}
			}
		}
	}
}

// linkRefs links referring expressions ("the group") to the nearest
// armed group mentioned before them, within three sentences, else to the
// document's most mentioned group.
func (d *docState) linkRefs() {
	// salience: mentions, with extra weight in the title and first sentence
	counts := map[int]int{}
	for i, m := range d.ms {
		if !m.ref && m.typ == dossier.ArmedGroup {
			w := 1
			if m.sent <= 1 {
				w = 3
			}
			counts[d.find(i)] += w
		}
	}
	main, mainN := -1, 0
	for r, n := range counts {
		if n > mainN || n == mainN && r < main {
			main, mainN = r, n
		}
	}
	for i, m := range d.ms {
		if !m.ref || m.name == "" {
			continue
		}
		// the most salient group mentioned in the last three sentences
		ant, antN := -1, -1
		for j := i - 1; j >= 0; j-- {
			o := d.ms[j]
			if o.sent < m.sent-3 {
				break
			}
			if o.typ == dossier.ArmedGroup && o.name != "" {
				r := d.find(j)
				if counts[r] > antN {
					ant, antN = r, counts[r]
				}
			}
		}
		if ant < 0 {
			ant = main
		}
		// "the Vael Popular Resistance, the secular rebel group that":
		// an apposition names the group it follows
		if a := d.appositionOf(i); a >= 0 {
			ant = d.find(a)
		}
		// "the network" for the Haqqani network: the one group whose
		// name ends in the referring noun
		if r := d.groupByHead(m.name, m.start); r >= 0 && d.appositionOf(i) < 0 {
			ant = r
		}
		if ant < 0 {
			m.typ = ""
			continue
		}
		d.parent[i] = ant
	}
	for _, p := range d.pending {
		d.union(p.ref, p.alias, p.how)
	}
}

// appositionOf returns the named group mention that referring mention i
// stands in apposition to ("X, the militant group that ...", "X (XY), the
// group"), or -1.
func (d *docState) appositionOf(i int) int {
	m := d.ms[i]
	for j := i - 1; j >= 0; j-- {
		o := d.ms[j]
		if o.sent != m.sent {
			return -1
		}
		if o.ref || o.name == "" {
			continue
		}
		if o.typ != dossier.ArmedGroup {
			return -1
		}
		between := strings.TrimSpace(d.src[o.end:m.start])
		if between == "," {
			return j
		}
		if strings.HasPrefix(between, "(") && strings.HasSuffix(between, "),") && len(between) < 20 && strings.Count(between, "(") == 1 {
			return j
		}
		return -1
	}
	return -1
}
