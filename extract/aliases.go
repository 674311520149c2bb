package extract

import (
	"strings"

	"dossier"
	"dossier/text"
)

// aliasTriggers are the phrases that state an alias, with the kind of link
// they make. Longest first.
var aliasTriggers = []struct {
	words []string
	how   string
}{
	{[]string{"also", "known", "as"}, "stated"},
	{[]string{"commonly", "known", "as"}, "stated"},
	{[]string{"widely", "known", "as"}, "stated"},
	{[]string{"better", "known", "as"}, "stated"},
	{[]string{"otherwise", "known", "as"}, "stated"},
	{[]string{"sometimes", "known", "as"}, "stated"},
	{[]string{"formerly", "known", "as"}, "former"},
	{[]string{"previously", "known", "as"}, "former"},
	{[]string{"once", "known", "as"}, "former"},
	{[]string{"later", "renamed"}, "renamed"},
	{[]string{"renamed", "itself"}, "renamed"},
	{[]string{"renamed"}, "renamed"},
	{[]string{"known", "locally", "as"}, "stated"},
	{[]string{"known", "as"}, "stated"},
	{[]string{"a.k.a"}, "stated"},
	{[]string{"a.k.a."}, "stated"},
	{[]string{"aka"}, "stated"},
	{[]string{"also", "called"}, "stated"},
	{[]string{"calls", "itself"}, "stated"},
	{[]string{"called", "itself"}, "stated"},
	{[]string{"also", "referred", "to", "as"}, "stated"},
	{[]string{"referred", "to", "as"}, "stated"},
	{[]string{"or", "simply"}, "stated"},
}

// fillers may stand between a name and an alias trigger: "X, which is also
// known as", "X, commonly known as".
var aliasFillers = set(`, which who that is was are also commonly widely often sometimes now usually and or`)

// pendingAlias is an alias stated of a referring expression ("the
// organization, commonly known as X"), joined once references are linked.
type pendingAlias struct {
	ref, alias int
	how        string
}

// aliasStatements finds alias statements and parenthetical short forms and
// joins the clusters they name.
func (d *docState) aliasStatements() {
	idx := map[*mention]int{}
	for i, m := range d.ms {
		idx[m] = i
	}
	bySent := map[int][]int{}
	for i, m := range d.ms {
		bySent[m.sent] = append(bySent[m.sent], i)
	}
	for si := range d.sents {
		s := &d.sents[si]
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		d.parentheticals(s, ms)
		d.selfNames(s, ms)
		toks := s.Tokens
		for t := 0; t < len(toks); t++ {
			if rt, n := referAs(toks, t); rt >= 0 {
				// "refer to the group variously as X, Y": the group is the
				// referring expression inside the trigger
				left := -1
				for _, i := range ms {
					if d.ms[i].start == toks[rt].Start {
						left = i
					}
				}
				if left >= 0 {
					for _, r := range d.mentionList(s, ms, t+n) {
						if d.ms[left].ref {
							d.pending = append(d.pending, pendingAlias{left, r, "stated"})
						} else {
							d.union(left, r, "stated")
						}
					}
				}
				t += n - 1
				continue
			}
			n, how := matchTrigger(toks, t)
			if n == 0 {
				continue
			}
			left := d.mentionEndingBefore(s, ms, t)
			if left < 0 && t > 0 && (toks[t-1].Lower == "is" || toks[t-1].Lower == "was" || toks[t-1].Lower == "are") {
				// "The Saren branch of X, which claimed the attack, is known
				// officially as Y": the sentence's subject
				left = d.firstGroupMention(ms)
			}
			if left < 0 && t == 0 {
				// "Also known as: X; Y" heading a profile's line: the
				// names of the group the profile's name line gave
				left = d.groupBeforeSentence(si)
			}
			if left < 0 {
				// "aka X; Y; Z" heading a profile: the names are one entity
				list := d.mentionList(s, ms, t+n)
				for _, r := range list[min(1, len(list)):] {
					if d.ms[r].typ != dossier.Location && d.ms[list[0]].typ != dossier.Location {
						d.union(list[0], r, "list")
					}
				}
				t += n - 1
				continue
			}
			for _, r := range d.mentionList(s, ms, t+n) {
				if d.ms[r].typ == dossier.Location || d.ms[left].typ == dossier.Location {
					continue
				}
				if d.ms[left].ref {
					d.pending = append(d.pending, pendingAlias{left, r, how})
					continue
				}
				d.union(left, r, how)
			}
			t += n - 1
		}
	}
}

// selfNames joins the names of three more alias statements:
//   - "X, as Y has called itself since 2017"
//   - "X began in 2009 as Y", "started out as Y" (a former name)
//   - "most people call it “the Reds”" (the sentence's group)
func (d *docState) selfNames(s *text.Sentence, ms []int) {
	toks := s.Tokens
	for t := 0; t+1 < len(toks); t++ {
		l := toks[t].Lower
		switch {
		case l == "as":
			y := d.mentionAt(ms, toks[t+1].Start)
			if y < 0 && t+2 < len(toks) && toks[t+1].Lower == "the" {
				y = d.mentionAt(ms, toks[t+2].Start)
			}
			if y < 0 {
				continue
			}
			k := tokenAt(s, d.ms[y].end)
			for k < len(toks) && (toks[k].Lower == "has" || toks[k].Lower == "have" || toks[k].Lower == "had") {
				k++
			}
			if k+1 < len(toks) && (toks[k].Lower == "called" || toks[k].Lower == "calls" || toks[k].Lower == "styled" || toks[k].Lower == "named") && toks[k+1].Lower == "itself" {
				if x := d.mentionEndingBefore(s, ms, t); x >= 0 {
					d.union(x, y, "renamed")
				}
				continue
			}
			// "began in 2009 as the Vael Popular Resistance"
			for v := t - 1; v >= 0 && v >= t-6; v-- {
				if beganVerbs[toks[v].Lower] {
					if x := d.firstGroupMention(ms); x >= 0 && x != y && tokenAt(s, d.ms[x].end) <= v {
						if d.ms[x].ref {
							d.pending = append(d.pending, pendingAlias{x, y, "former"})
						} else {
							d.union(x, y, "former")
						}
					}
					break
				}
			}
		case l == "when":
			// "X was founded in 2019, when Y, a local militia, pledged
			// allegiance to Z and took its name": Y is X's former name
			if !renamedAfter(toks, t+1) {
				continue
			}
			v := -1
			for k := t - 1; k >= 0 && k >= t-8; k-- {
				if beganVerbs[toks[k].Lower] {
					v = k
					break
				}
			}
			if v < 0 {
				continue
			}
			x := d.firstGroupMention(ms)
			k := t + 1
			if k < len(toks) && toks[k].Lower == "the" {
				k++
			}
			if k >= len(toks) {
				continue
			}
			y := d.mentionAt(ms, toks[k].Start)
			if x < 0 || y < 0 || x == y || tokenAt(s, d.ms[x].end) > v || d.ms[y].typ == dossier.Location {
				continue
			}
			if d.ms[x].ref {
				d.pending = append(d.pending, pendingAlias{x, y, "former"})
			} else {
				d.union(x, y, "former")
			}
		case (l == "call" || l == "calls") && toks[t+1].Lower != "it" && toks[t+1].Lower != "for" && toks[t+1].Lower != "on":
			// "X, which residents often call simply “the Reds”"
			w := -1
			for k := t - 1; k >= 0 && k >= t-5; k-- {
				if toks[k].Lower == "which" || toks[k].Lower == "whom" {
					w = k
					break
				}
				if toks[k].Kind == text.Punct {
					break
				}
			}
			if w < 0 {
				continue
			}
			x := d.mentionEndingBefore(s, ms, w)
			k := t + 1
			for k < len(toks) && (isQuote(toks[k].Text) || toks[k].Lower == "simply" || toks[k].Lower == "the" || toks[k].Lower == "just") {
				k++
			}
			if x < 0 || k >= len(toks) {
				continue
			}
			y := d.mentionAt(ms, toks[k].Start)
			if y < 0 || x == y || d.ms[y].typ == dossier.Location || d.ms[x].typ == dossier.Location {
				continue
			}
			if d.ms[x].ref {
				d.pending = append(d.pending, pendingAlias{x, y, "stated"})
			} else {
				d.union(x, y, "stated")
			}
		case (l == "call" || l == "calls" || l == "called") && toks[t+1].Lower == "it" && t+2 < len(toks):
			k := t + 2
			for k < len(toks) && isQuote(toks[k].Text) {
				k++
			}
			if k < len(toks) && toks[k].Lower == "the" {
				k++
			}
			if k >= len(toks) {
				continue
			}
			y := d.mentionAt(ms, toks[k].Start)
			x := d.firstGroupMention(ms)
			if y < 0 || x < 0 || x == y || d.ms[y].typ == dossier.Location {
				continue
			}
			if d.ms[x].ref {
				d.pending = append(d.pending, pendingAlias{x, y, "stated"})
			} else {
				d.union(x, y, "stated")
			}
		}
	}
}

// groupBeforeSentence returns the last named armed group mention of the
// two sentences before sentence si ("Name: The Crimson Covenant" above
// "Also known as: ..."), or -1.
func (d *docState) groupBeforeSentence(si int) int {
	best := -1
	for i, m := range d.ms {
		if m.sent >= si {
			break
		}
		if m.sent >= si-2 && !m.ref && m.name != "" && m.typ == dossier.ArmedGroup {
			best = i
		}
	}
	return best
}

// renamedAfter reports whether the clause from token t on says its subject
// took a new name: "took its name", "adopted the name", "renamed itself",
// "rebranded".
func renamedAfter(toks []text.Token, t int) bool {
	for k := t; k < len(toks) && k < t+30; k++ {
		l := toks[k].Lower
		if l == ";" || l == "." {
			return false
		}
		if l == "rebranded" || l == "renamed" && k+1 < len(toks) && toks[k+1].Lower == "itself" {
			return true
		}
		if (l == "took" || l == "adopted" || l == "assumed" || l == "changed") && k+2 < len(toks) &&
			(toks[k+1].Lower == "its" || toks[k+1].Lower == "the" || toks[k+1].Lower == "their") && toks[k+2].Lower == "name" {
			return true
		}
	}
	return false
}

// beganVerbs start a group's history: "began in 2009 as ...".
var beganVerbs = set(`began begun started emerged founded formed created established`)

// firstGroupMention returns the first group or referring mention of a
// sentence, or -1.
func (d *docState) firstGroupMention(ms []int) int {
	for _, i := range ms {
		m := d.ms[i]
		if m.name != "" && (m.ref || m.typ == dossier.ArmedGroup || m.typ == "") {
			return i
		}
	}
	return -1
}

// matchTrigger returns the number of tokens of an alias trigger starting at
// t, or 0, and the kind of link it makes.
func matchTrigger(toks []text.Token, t int) (int, string) {
	for _, tr := range aliasTriggers {
		if t+len(tr.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range tr.words {
			if toks[t+k].Lower != w {
				ok = false
				break
			}
		}
		if ok {
			n := len(tr.words)
			// a.k.a. may tokenise with a trailing dot
			if t+n < len(toks) && toks[t+n].Text == "." && strings.HasPrefix(tr.words[0], "a.k") {
				n++
			}
			if t+n < len(toks) && toks[t+n].Text == ":" {
				n++
			}
			return n, tr.how
		}
	}
	w := toks[t].Lower
	switch {
	case w == "known":
		// "known to its members as", "known to police by the acronym",
		// "known simply as", "known locally as"
		for k := t + 1; k < len(toks) && k <= t+7; k++ {
			l := toks[k].Lower
			if l == "as" {
				return k + 1 - t, "stated"
			}
			if l == "by" && k+2 < len(toks) && toks[k+1].Lower == "the" && nameWords[toks[k+2].Lower] {
				return k + 3 - t, "stated"
			}
			if toks[k].Kind == text.Punct || l == "and" || l == "for" || l == "in" || l == "of" {
				return 0, ""
			}
		}
	case (w == "shortened" || w == "abbreviated") && t+1 < len(toks) && (toks[t+1].Lower == "to" || toks[t+1].Lower == "as"):
		return 2, "acronym"
	case (w == "called" || w == "dubbed" || w == "nicknamed") && t > 0 && (calledAdverbs[toks[t-1].Lower] || toks[t-1].Text == ","):
		if t+1 < len(toks) && toks[t+1].Lower == "simply" {
			return 2, "stated"
		}
		return 1, "stated"
	case (w == "formerly" || w == "previously") && t+1 < len(toks) && (toks[t+1].Lower == "the" || namey(toks[t+1])):
		return 1, "former"
	}
	return 0, ""
}

// nameWords name a name: "known by the acronym BOM".
var nameWords = set(`acronym name initials nickname abbreviation`)

// calledAdverbs may precede "called" in an alias statement: "often called".
var calledAdverbs = set(`often also usually sometimes commonly widely locally popularly simply`)

// referAs matches "refer(s) to the group (variously) as" at t and returns the
// token of the referring expression and the number of tokens, or -1.
func referAs(toks []text.Token, t int) (ref, n int) {
	w := toks[t].Lower
	if w != "refer" && w != "refers" && w != "referred" && w != "referring" {
		return -1, 0
	}
	if t+2 >= len(toks) || toks[t+1].Lower != "to" {
		return -1, 0
	}
	ref = t + 2
	for k := t + 2; k < len(toks) && k <= t+7; k++ {
		if toks[k].Lower == "as" {
			return ref, k + 1 - t
		}
		if toks[k].Kind == text.Punct {
			break
		}
	}
	return -1, 0
}

// mentionEndingBefore returns the mention that ends just before token t,
// with only fillers between, or -1.
func (d *docState) mentionEndingBefore(s *text.Sentence, ms []int, t int) int {
	toks := s.Tokens
	k := t - 1
	for k >= 0 {
		if aliasFillers[toks[k].Lower] || toks[k].Text == "(" {
			k--
			continue
		}
		// skip a parenthetical: "Vael People's Liberation Army (VPLA), formerly ..."
		if toks[k].Text == ")" {
			j := k - 1
			for j >= 0 && toks[j].Text != "(" && k-j < 8 {
				j--
			}
			if j >= 0 && toks[j].Text == "(" {
				k = j - 1
				continue
			}
		}
		break
	}
	if k < 0 {
		return -1
	}
	end := toks[k].End
	// closing quote after a quoted name
	for _, i := range ms {
		m := d.ms[i]
		if m.name == "" {
			continue
		}
		if m.end == end || (m.end > toks[k].Start && m.end <= end) {
			return i
		}
	}
	return -1
}

// mentionList returns the mentions that form a list starting at token t:
// "ISIS-K, ISKP and ISK", "“X” or “Y”".
func (d *docState) mentionList(s *text.Sentence, ms []int, t int) []int {
	toks := s.Tokens
	var out []int
	k := t
	for k < len(toks) {
		// skip separators and quotes
		for k < len(toks) && (toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "and" || toks[k].Lower == "or" || isQuote(toks[k].Text) || toks[k].Lower == "simply" || toks[k].Lower == "the" || toks[k].Text == "(") {
			k++
		}
		if k >= len(toks) {
			break
		}
		found := d.mentionAt(ms, toks[k].Start)
		if found < 0 && k > t && toks[k-1].Text == "," {
			// "CC-SP, CCSP and, in older files, CSP": skip a short aside
			e := k
			for e < len(toks) && e-k < 5 && toks[e].Text != "," && !namey(toks[e]) {
				e++
			}
			if e < len(toks) && toks[e].Text == "," && e+1 < len(toks) {
				if f := d.mentionAt(ms, toks[e+1].Start); f >= 0 {
					k, found = e+1, f
				}
			}
		}
		if found < 0 {
			break
		}
		out = append(out, found)
		// move past the mention
		for k < len(toks) && toks[k].Start < d.ms[found].end {
			k++
		}
		// "X (the group's own name); Y": an aside after a name
		if k < len(toks) && toks[k].Text == "(" {
			e := k + 1
			for e < len(toks) && e-k < 10 && toks[e].Text != ")" {
				e++
			}
			if e < len(toks) && toks[e].Text == ")" {
				k = e + 1
			}
		}
		// the list goes on only after a separator
		if k < len(toks) && !(toks[k].Text == "," || toks[k].Text == ";" || toks[k].Lower == "and" || toks[k].Lower == "or" || isQuote(toks[k].Text)) {
			break
		}
		if k < len(toks) && toks[k].Text == "," && k+1 < len(toks) && !(namey(toks[k+1]) || isQuote(toks[k+1].Text) || toks[k+1].Lower == "and" || toks[k+1].Lower == "or") {
			break
		}
	}
	return out
}

// mentionAt returns the named mention of ms that starts at offset off, or
// -1.
func (d *docState) mentionAt(ms []int, off int) int {
	for _, i := range ms {
		m := d.ms[i]
		if m.start == off && !m.ref && m.name != "" {
			return i
		}
	}
	return -1
}

func isQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "‘", "’", "'":
		return true
	}
	return false
}

// parentheticals joins "Long Name (LN)" and "LN (Long Name)".
func (d *docState) parentheticals(s *text.Sentence, ms []int) {
	for a := 0; a+1 < len(ms); a++ {
		m, n := d.ms[ms[a]], d.ms[ms[a+1]]
		if m.ref || n.ref || m.name == "" || n.name == "" {
			continue
		}
		between := strings.TrimSpace(d.src[m.end:n.start])
		if between != "(" {
			continue
		}
		if !strings.HasPrefix(strings.TrimLeft(d.src[n.end:], " "), ")") {
			continue
		}
		if m.typ == dossier.Location || n.typ == dossier.Location {
			continue
		}
		short, long := n.name, m.name
		if len(short) > len(long) {
			short, long = long, short
		}
		if isAcronym(strings.ReplaceAll(strings.ReplaceAll(short, "-", ""), ".", "")) || d.abbreviates(short, long) {
			d.union(ms[a], ms[a+1], "acronym")
		}
	}
}
