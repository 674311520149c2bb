// Package numbers finds numeric expressions in English news text and
// normalises them to ranges, with byte offsets into the text.
//
// Find works on the tokens of one sentence (package text) and returns every
// numeric expression, longest match first and without overlaps: digits
// ("13", "1,500", "30 000", "2.5 million", "1.2m"), number words ("thirteen",
// "twenty-two", "a dozen", "two million"), vague amounts ("dozens",
// "several thousand", "tens of thousands"), ranges ("1,500 to 2,000",
// "between 1,500 and 2,000", "1,500-2,000", "from several thousand fighters
// to as low as 500") and bounded figures ("more than 150", "up to 20",
// "around 150").
//
// # Ranges
//
// The rules follow the extraction contract and the news-dev annotation rules:
//
//	exact number                 "13"             min = max = 13
//	lower bound                  "more than 150"  min 150, max nil
//	  (more than, over, above, at least, no fewer than, upwards of,
//	   in excess of, as low as, as few as, N or more, N+, N-odd, N-plus)
//	upper bound                  "up to 20"       min nil, max 20
//	  (up to, nearly, almost, fewer than, less than, under, below,
//	   as many as, as high as, no more than, at most, close to, N or fewer)
//	approximate                  "around 150"     min = max = 150, Approx
//	  (around, about, some, roughly, approximately, an estimated, circa,
//	   N or so, a couple)
//	range                        "1,500 to 2,000" min 1500, max 2000
//	lower then upper bound       "at least 14 people and as many as 35"
//	                                              min 11, max 30
//
// "More than 150" gives min 150, not 151, as the contract asks.
//
// Vague amounts give a documented lower bound, max nil and Vague set:
//
//	a few, several, a handful     3
//	dozens                        24     (a dozen is exactly 12)
//	scores (of)                   40
//	tens (of)                     20
//	hundreds                      200
//	thousands, many thousands     2,000
//	millions                      2,000,000
//	several/a few + scale         3 × scale: "several thousand" 3,000,
//	                              "a few hundred" 300, "several dozen" 36
//	tens/hundreds of thousands    20,000 / 200,000 (likewise millions)
//
// A range whose upper end is vague or open ("from several thousand to as low
// as 500") keeps only its lower bound: min 500, max nil.
//
// # Kinds
//
// Not every number is a count. Each Quantity has a Kind, and only Count is a
// count of people, fighters or attacks; callers building casualty figures or
// group strengths must ignore the others. Years ("in 2014", "the 2013
// attack", "1990-1994", "1980s"), days of the month ("Nov. 2", "15 April"),
// clock times ("10:30 p.m.", "8am"), durations ("three days", "12-hour"),
// ages ("a 23-year-old", "aged 25", "Amina, 17,"), ordinals ("first",
// "11th"), percentages, money ("$7 million"), measures ("100 metres"),
// hyphenated modifiers ("21,000-seat") and labels or identifiers ("Flight
// 253", "9/11", phone numbers, "2021-08-27") all get their own Kind. Numbers
// glued to letters ("M23", "G-20") are part of a word and are not reported.
package numbers

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/text"
)

// Kind says what a numeric expression measures.
type Kind uint8

// The kinds of numeric expression.
const (
	Count      Kind = iota // a count of things: people, fighters, attacks
	Year                   // a year, a range of years or a decade
	DayOfMonth             // the day in a date: "Nov. 2", "15 April"
	Time                   // a clock time: "10:30 p.m.", "8am"
	Duration               // a length of time: "three days", "12-hour"
	Age                    // an age: "23-year-old", "aged 25"
	Ordinal                // "first", "2nd", "11th"
	Percent                // "20%", "20 percent"
	Money                  // "$7 million", "220,000 dollars"
	Measure                // distances, weights: "100 metres", "5km"
	Compound               // a number fused into a modifier: "21,000-seat"
	Other                  // labels and identifiers: "Flight 253", "9/11"
)

var kindNames = [...]string{
	Count: "count", Year: "year", DayOfMonth: "day", Time: "time",
	Duration: "duration", Age: "age", Ordinal: "ordinal", Percent: "percent",
	Money: "money", Measure: "measure", Compound: "compound", Other: "other",
}

// String returns the kind's lower-case name.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Range is a normalised amount. A nil Min or Max is an unbounded side.
type Range struct {
	Min, Max *float64
	// Approx reports a hedged figure: "around 150", "some 300".
	Approx bool
	// Vague reports a vague amount ("dozens", "several thousand") whose Min
	// is a documented lower bound.
	Vague bool
}

// Exact reports whether the range is a single figure (Min = Max).
func (r Range) Exact() bool { return r.Min != nil && r.Max != nil && *r.Min == *r.Max }

// Quantity is one numeric expression found in a sentence.
type Quantity struct {
	// Start and End are the byte offsets of the expression, bounding words
	// ("more than"), currency and percent signs included, the unit noun
	// excluded unless it sits inside a range ("from 300 fighters to 500").
	Start, End int
	Text       string
	Kind       Kind
	Range
	// Unit is the noun phrase after the number, lower-case as written
	// ("fighters", "active fighters", "people"), at most three words; "percent"
	// for percentages and the currency for money. Empty when no noun follows
	// or the number is partitive ("one of the attackers").
	Unit string
	// Combined reports a count of killed and wounded together ("killing and
	// wounding more than 150", "150 dead or injured").
	Combined bool
}

// amt is an amount read from one or more tokens.
type amt struct {
	v          float64
	vague      bool
	approx     bool
	scale      float64 // the scale word or suffix applied, 0 if none
	first, end int     // tokens [first, end)
	kind       Kind    // Count unless the tokens say otherwise
	max        float64 // last year of a decade
	unit       string  // unit fused with the number: "km", "year-old"
	plain4     bool    // four bare digits, a possible year
	digits     bool    // written in digits
	suffix     boundKind
	ofOK       bool // "of" after it introduces the unit ("dozens of people")
}

// endpoint is an amount with its bounding phrase and currency.
type endpoint struct {
	first, end int
	a          amt
	bound      boundKind
	money      string
}

// match is a quantity with its token extent.
type match struct {
	q          Quantity
	first, end int // tokens of the expression
	unitEnd    int // token after the unit
}

type scanner struct {
	src  string
	toks []text.Token
}

// Find returns the numeric expressions in toks, a sentence of src as
// produced by text.Tokenize or text.Split, in text order. Expressions do not
// overlap; at each position the longest reading wins.
func Find(src string, toks []text.Token) []Quantity {
	s := &scanner{src: src, toks: toks}
	var ms []match
	for i := 0; i < len(toks); {
		m, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		ms = append(ms, m)
		i = max(m.unitEnd, m.end, i+1)
	}
	ms = s.mergeBounds(ms)
	out := make([]Quantity, len(ms))
	for i, m := range ms {
		out[i] = m.q
	}
	return out
}

// Parse reads the first numeric expression of s ("more than 150",
// "between 1,500 and 2,000 fighters") and returns its range. It reports
// false when s holds none.
func Parse(s string) (Range, bool) {
	qs := Find(s, text.Tokenize(s, 0, len(s)))
	if len(qs) == 0 {
		return Range{}, false
	}
	return qs[0].Range, true
}

func (s *scanner) low(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.toks[i].Lower
}

func (s *scanner) is(i int, k text.Kind) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].Kind == k
}

// adj reports whether tokens i and i+1 touch, with no space between.
func (s *scanner) adj(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].End == s.toks[i+1].Start
}

// month reports whether token i is a capitalised month name.
func (s *scanner) month(i int) bool {
	if !s.is(i, text.Word) || !s.toks[i].Cap() {
		return false
	}
	_, ok := months[s.toks[i].Lower]
	return ok
}

// monthBefore reports whether a month name ends right before token i
// ("Nov. 2", "April 15").
func (s *scanner) monthBefore(i int) bool {
	k := i - 1
	if s.low(k) == "." {
		k--
	}
	return s.month(k)
}

// monthAfter reports whether a month name starts at token i ("15 April",
// "15th of April").
func (s *scanner) monthAfter(i int) bool {
	if s.low(i) == "of" {
		i++
	}
	return s.month(i)
}

// match reads the longest numeric expression starting at token i.
func (s *scanner) match(i int) (match, bool) {
	switch s.low(i) {
	case "between", "from":
		return s.rangeAfter(i)
	}
	a, ok := s.endpoint(i)
	if !ok || s.notOne(a) {
		return match{}, false
	}
	if a.a.kind == Count && a.a.suffix == noBound {
		if m, ok := s.plainRange(a); ok {
			return m, true
		}
	}
	return s.finish(a, nil, a.first, a.end), true
}

// plainRange reads "A to B", "A-B" and "A or B" after endpoint a.
func (s *scanner) plainRange(a endpoint) (match, bool) {
	c := a.end
	conn := s.low(c)
	if !(conn == "to" || conn == "or" || dashes[conn]) {
		return match{}, false
	}
	if s.low(a.first-1) == "from" && changeVerbs[s.low(a.first-2)] {
		return match{}, false
	}
	b, ok := s.endpoint(c + 1)
	if !ok || b.a.kind != Count || b.a.suffix != noBound {
		return match{}, false
	}
	if dashes[conn] && b.bound != noBound {
		return match{}, false
	}
	if a.a.digits != b.a.digits && (conn == "or" || dashes[conn]) {
		return match{}, false
	}
	distribute(&a, &b)
	if !(b.a.v > a.a.v) {
		return match{}, false
	}
	if conn == "or" && (a.a.vague || b.a.vague || b.a.v > 2*a.a.v+1) {
		return match{}, false
	}
	if conn == "to" && b.bound != noBound && b.bound != approx {
		return match{}, false
	}
	return s.finish(a, &b, a.first, b.end), true
}

// rangeAfter reads "between A and B" and "from A [unit] to B" at token i.
func (s *scanner) rangeAfter(i int) (match, bool) {
	kw := s.low(i)
	if kw == "from" && changeVerbs[s.low(i-1)] {
		return match{}, false
	}
	a, ok := s.endpoint(i + 1)
	if !ok || !(a.a.kind == Count || a.a.kind == Year) {
		return match{}, false
	}
	c := a.end
	unit, uend := "", c
	if kw == "from" && a.a.kind == Count {
		unit, uend = s.unit(c, a.a.ofOK)
		c = uend
	}
	conn := s.low(c)
	okConn := conn == "to" || dashes[conn] || (kw == "between" && conn == "and")
	if !okConn {
		return match{}, false
	}
	b, ok := s.endpoint(c + 1)
	if !ok || b.a.kind != a.a.kind {
		return match{}, false
	}
	distribute(&a, &b)
	m := s.finish(a, &b, i, b.end)
	if unit != "" {
		m.q.Unit = unit
		if m.unitEnd < b.end {
			m.unitEnd = b.end
		}
	}
	return m, true
}

// distribute applies a scale written only on the second end of a range to
// the first: "2 to 3 million" is 2,000,000 to 3,000,000.
func distribute(a, b *endpoint) {
	if a.a.scale == 0 && b.a.scale > 1 && !a.a.vague && a.a.v*b.a.scale <= b.a.v {
		a.a.v *= b.a.scale
		a.a.scale = b.a.scale
	}
}

// bound reads a bounding phrase at token i and returns its kind and the
// token after it.
func (s *scanner) bound(i int) (boundKind, int) {
	best, end := noBound, i
	for _, b := range bounds {
		if i+len(b.words) <= end {
			continue
		}
		ok := true
		for k, w := range b.words {
			if s.low(i+k) != w {
				ok = false
				break
			}
		}
		if ok {
			best, end = b.kind, i+len(b.words)
		}
	}
	return best, end
}

// currency reads a currency sign or code at token i.
func (s *scanner) currency(i int) (string, int) {
	w := s.low(i)
	if s.is(i, text.Punct) {
		if currencySymbols[w] {
			return w, i + 1
		}
		return "", i
	}
	switch w {
	case "us", "a", "c", "nz", "hk", "s":
		if s.adj(i) && s.low(i+1) == "$" && s.toks[i].Cap() {
			return w + "$", i + 2
		}
	}
	if currencySymbols[w] {
		k := i + 1
		if s.low(k) == "." {
			k++
		}
		if s.is(k, text.Number) {
			return w, k
		}
	}
	return "", i
}

// endpoint reads [bound] [currency] amount [suffix] at token i.
func (s *scanner) endpoint(i int) (endpoint, bool) {
	e := endpoint{first: i}
	j := i
	if b, k := s.bound(i); b != noBound {
		e.bound, j = b, k
	}
	if c, k := s.currency(j); c != "" {
		e.money, j = c, k
	}
	a, ok := s.amount(j)
	if !ok {
		return e, false
	}
	e.a, e.end = a, a.end
	if a.kind != Count {
		return e, true
	}
	k := a.end
	switch {
	case s.low(k) == "or" && s.low(k+1) == "more":
		e.a.suffix, e.end = lower, k+2
	case s.low(k) == "or" && s.low(k+1) == "so":
		e.a.suffix, e.end = approx, k+2
	case s.low(k) == "or" && (s.low(k+1) == "fewer" || s.low(k+1) == "less"):
		e.a.suffix, e.end = upper, k+2
	case s.low(k) == "+" && s.adj(k-1):
		e.a.suffix, e.end = lower, k+1
	case dashes[s.low(k)] && s.adj(k-1) && s.adj(k) && (s.low(k+1) == "plus" || s.low(k+1) == "odd"):
		e.a.suffix, e.end = lower, k+2
	}
	return e, true
}

// amount reads a bare amount at token i.
func (s *scanner) amount(i int) (amt, bool) {
	if i < 0 || i >= len(s.toks) {
		return amt{}, false
	}
	t := s.toks[i]
	switch {
	case t.Kind == text.Number:
		return s.digitAmount(i)
	case t.Kind == text.Word && t.Text[0] >= '0' && t.Text[0] <= '9':
		return s.gluedAmount(i)
	case t.Kind == text.Word:
		if a, ok := s.vagueAmount(i); ok {
			return a, true
		}
		if v, ok := ordinals[t.Lower]; ok {
			return amt{v: v, first: i, end: i + 1, kind: Ordinal}, true
		}
		return s.wordAmount(i)
	}
	return amt{}, false
}

// digitAmount reads a number written in digits at token i, with a thousands
// group separated by a space ("30 000") and a scale word ("2.5 million").
func (s *scanner) digitAmount(i int) (amt, bool) {
	t := s.toks[i]
	v, ok := parseDigits(t.Text)
	if !ok {
		return amt{}, false
	}
	a := amt{v: v, first: i, end: i + 1, digits: true}
	// Identifiers: +44 ..., 9/11, 24/7, 2021-08-27, 555-123-4567.
	if i > 0 && s.toks[i-1].Text == "+" && s.adj(i-1) && (i < 2 || !s.is(i-2, text.Number)) {
		a.kind = Other
	}
	j, groups, sep := i+1, 1, ""
	for j+1 < len(s.toks) && s.adj(j-1) && s.adj(j) && s.is(j, text.Punct) && s.is(j+1, text.Number) {
		p := s.toks[j].Text
		if p != "/" && p != "-" && p != "." {
			break
		}
		if sep != "" && p != sep {
			break
		}
		sep = p
		groups++
		j += 2
	}
	if (sep == "/" && groups >= 2) || groups >= 3 {
		a.kind, a.end = Other, j
		return a, true
	}
	if a.kind == Other {
		for a.end < len(s.toks) && s.is(a.end, text.Number) {
			a.end++
		}
		return a, true
	}
	// Clock time 10:30.
	if s.low(i+1) == ":" && s.adj(i) && s.adj(i+1) && s.is(i+2, text.Number) && len(s.toks[i+2].Text) == 2 {
		a.kind, a.end = Time, i+3
		if timeWords[s.low(a.end)] {
			a.end++
		}
		return a, true
	}
	digits := allDigits(t.Text)
	// Thousands separated by a space: 30 000.
	if digits && len(t.Text) <= 3 {
		for a.end < len(s.toks) && s.is(a.end, text.Number) && len(s.toks[a.end].Text) == 3 &&
			allDigits(s.toks[a.end].Text) && s.singleSpace(a.end-1) {
			a.v = a.v*1000 + mustAtoi(s.toks[a.end].Text)
			a.end++
			digits = false
		}
	}
	a.plain4 = digits && len(t.Text) == 4 && a.end == i+1
	if w := s.low(a.end); scales[w] != 0 || w == "dozen" {
		sc := scales[w]
		if w == "dozen" {
			sc = 12
		}
		a.v *= sc
		a.scale = sc
		a.end++
		a.plain4 = false
	}
	return a, true
}

// singleSpace reports whether tokens i and i+1 are separated by exactly one
// space character.
func (s *scanner) singleSpace(i int) bool {
	gap := s.src[s.toks[i].End:s.toks[i+1].Start]
	r, w := utf8.DecodeRuneInString(gap)
	return w == len(gap) && w > 0 && (r == ' ' || r == '\u00a0' || r == '\u202f' || r == '\u2009')
}

// gluedAmount reads a number glued to letters: "1.2m", "5bn", "8am", "2nd",
// "1980s", "5km".
func (s *scanner) gluedAmount(i int) (amt, bool) {
	t := s.toks[i]
	k := strings.IndexFunc(t.Text, unicode.IsLetter)
	if k <= 0 {
		return amt{}, false
	}
	num, sfx := t.Text[:k], strings.ToLower(t.Text[k:])
	v, ok := parseDigits(num)
	if !ok {
		return amt{}, false
	}
	a := amt{v: v, first: i, end: i + 1, digits: true}
	switch sfx {
	case "st", "nd", "rd", "th":
		a.kind = Ordinal
	case "s":
		if !(allDigits(num) && len(num) == 4 && int(v)%10 == 0) {
			return amt{}, false
		}
		a.kind, a.max = Year, v+9
	case "m", "mn", "million":
		a.v, a.scale = v*1e6, 1e6
	case "bn", "b", "billion":
		a.v, a.scale = v*1e9, 1e9
	case "k", "thousand":
		a.v, a.scale = v*1e3, 1e3
	case "am", "pm", "hrs", "gmt", "h":
		a.kind = Time
	default:
		if !measureUnits[sfx] && sfx != "kmh" && sfx != "g" {
			return amt{}, false
		}
		a.kind, a.unit = Measure, sfx
	}
	return a, true
}

// vagueAmount reads "dozens", "hundreds of thousands", "several hundred",
// "a few", "a couple" at token i.
func (s *scanner) vagueAmount(i int) (amt, bool) {
	w := s.low(i)
	if v, ok := vaguePlural[w]; ok {
		if needsOf[w] && s.low(i+1) != "of" {
			return amt{}, false
		}
		a := amt{v: v, vague: true, first: i, end: i + 1, ofOK: true}
		if s.low(i+1) == "of" {
			if sc, ok := pluralScale[s.low(i+2)]; ok {
				a.v, a.scale, a.end = v*sc, sc, i+3
			}
		}
		return a, true
	}
	var v float64
	j := i
	a := amt{first: i, vague: true, ofOK: true}
	switch {
	case w == "several":
		v, j = 3, i+1
	case (w == "a" || w == "an") && (s.low(i+1) == "few" || s.low(i+1) == "handful"):
		v, j = 3, i+2
	case w == "a" && s.low(i+1) == "couple":
		v, j = 2, i+2
		a.vague, a.approx = false, true
		if s.low(j) == "of" && (scales[s.low(j+1)] != 0 || s.low(j+1) == "dozen") {
			j++
		}
	case w == "many":
		if _, ok := pluralScale[s.low(i+1)]; ok {
			b, _ := s.vagueAmount(i + 1)
			b.first = i
			return b, true
		}
		return amt{}, false
	default:
		return amt{}, false
	}
	if _, ok := pluralScale[s.low(j)]; ok && w == "several" {
		b, _ := s.vagueAmount(j)
		b.first = i
		return b, true
	}
	for {
		if sc, ok := scales[s.low(j)]; ok {
			v *= sc
			a.scale = sc
			j++
			continue
		}
		if s.low(j) == "dozen" {
			v *= 12
			a.scale = 12
			j++
			continue
		}
		break
	}
	a.v, a.end = v, j
	return a, true
}

// wordAmount reads a number written in words at token i: "thirteen",
// "twenty-two", "two hundred and fifty", "a dozen", "half a million",
// "five-year" (a compound, whose tail becomes the unit).
func (s *scanner) wordAmount(i int) (amt, bool) {
	var total, cur float64
	seen, lastTen, lastScale := false, false, false
	bigScale := math.Inf(1)
	j := i
	a := amt{first: i}
	switch {
	case (s.low(i) == "a" || s.low(i) == "an") && isScaleWord(s.low(i+1)):
		cur, seen, j = 1, true, i+1
	case s.low(i) == "half" && s.low(i+1) == "a" && isScaleWord(s.low(i+2)):
		cur, seen, j = 0.5, true, i+2
	}
	step := func(p string) bool {
		if v, ok := small[p]; ok {
			switch {
			case !seen:
			case lastTen && v > 0 && v < 10:
			case lastScale:
			default:
				return false
			}
			cur += v
			lastTen = v >= 20 && int(v)%10 == 0
			lastScale, seen = false, true
			return true
		}
		if !seen || cur == 0 {
			return false
		}
		switch {
		case p == "hundred":
			if cur >= 100 {
				return false
			}
			cur *= 100
		case p == "dozen":
			cur *= 12
			a.scale = 12
		default:
			sc, ok := scales[p]
			if !ok || sc >= bigScale {
				return false
			}
			total += cur * sc
			cur = 0
			bigScale = sc
			a.scale = sc
		}
		lastScale, lastTen = true, false
		return true
	}
	var tail []string
	for j < len(s.toks) && s.toks[j].Kind == text.Word {
		if s.toks[j].Lower == "and" && lastScale && j+1 < len(s.toks) {
			if _, ok := small[strings.SplitN(s.toks[j+1].Lower, "-", 2)[0]]; ok {
				j++
				continue
			}
			break
		}
		parts := strings.Split(s.toks[j].Lower, "-")
		n := 0
		for _, p := range parts {
			if !step(p) {
				break
			}
			n++
		}
		if n == 0 {
			break
		}
		j++
		if n < len(parts) {
			tail = parts[n:]
			break
		}
	}
	if !seen || j == a.first {
		return amt{}, false
	}
	if s.low(j-1) == "and" {
		j--
	}
	a.v, a.end = total+cur, j
	if tail != nil {
		switch {
		case len(tail) == 1 && (tail[0] == "odd" || tail[0] == "plus"):
			a.suffix = lower
		case fractions[tail[0]]:
			return amt{}, false
		case len(tail) == 1 && ordinals[tail[0]] > 0 && ordinals[tail[0]] < 10 && lastTen:
			a.v += ordinals[tail[0]]
			a.kind = Ordinal
		case len(tail) >= 2 && tail[len(tail)-1] == "old":
			a.kind, a.unit = Age, strings.Join(tail, "-")
		case timeUnits[tail[0]]:
			a.kind, a.unit = Duration, strings.Join(tail, "-")
		case measureUnits[tail[0]]:
			a.kind, a.unit = Measure, strings.Join(tail, "-")
		default:
			for _, p := range tail {
				if p == "" || !isLetters(p) {
					return amt{}, false
				}
			}
			a.kind, a.unit = Compound, strings.Join(tail, "-")
		}
	}
	return a, true
}

func isScaleWord(w string) bool {
	_, ok := scales[w]
	return (ok && w != "mn" && w != "bn") || w == "dozen"
}

// finish turns one endpoint, or two for a range, into a match: it sets the
// range, the kind, the unit and the combined flag.
func (s *scanner) finish(a endpoint, b *endpoint, first, end int) match {
	m := match{first: first, end: end, unitEnd: end}
	q := &m.q
	q.Kind = a.a.kind
	if b == nil {
		q.Range = single(a)
		if a.a.kind == Year && a.a.max > 0 {
			q.Range = Range{Min: ptr(a.a.v), Max: ptr(a.a.max)}
		}
	} else {
		q.Range = hull(a, b)
	}
	if a.money != "" || (b != nil && b.money != "") {
		q.Kind, q.Unit = Money, a.money
		if q.Unit == "" {
			q.Unit = b.money
		}
	}
	if a.a.unit != "" {
		q.Unit = a.a.unit
	}
	last := a
	if b != nil {
		last = *b
	}
	k := m.end
	if q.Kind == Count {
		switch w := s.low(k); {
		case timeWords[w] && b == nil:
			q.Kind, m.end = Time, k+1
		case w == "%":
			q.Kind, q.Unit, m.end = Percent, "percent", k+1
		case w == "percent" || w == "pct" || w == "percentage":
			q.Kind, q.Unit, m.unitEnd = Percent, "percent", k+1
		case w == "per" && s.low(k+1) == "cent":
			q.Kind, q.Unit, m.unitEnd = Percent, "percent", k+2
		case currencyWords[w] && !(w == "pound" || w == "pounds") || (w == "pounds" && s.low(k+1) != "of"):
			q.Kind, q.Unit, m.unitEnd = Money, w, k+1
		case dashes[w] && s.adj(k-1) && s.adj(k) && s.is(k+1, text.Word):
			u := s.low(k + 1)
			m.end = k + 2
			q.Unit = u
			switch {
			case u == "strong":
				q.Unit = "" // "a 5,000-strong force": a count of the force
			case strings.HasSuffix(u, "-old"):
				q.Kind = Age
			case timeUnits[u]:
				q.Kind = Duration
			case measureUnits[u]:
				q.Kind = Measure
			default:
				q.Kind = Compound
			}
		}
	}
	if q.Kind == Count && b == nil && a.bound == noBound {
		switch {
		case s.ageBefore(first), s.ageAfter(m.end), s.nameComma(first, m.end, a):
			q.Kind = Age
		case a.a.digits && a.a.scale == 0 && a.a.v >= 1 && a.a.v <= 31 && a.a.v == math.Trunc(a.a.v) &&
			(s.monthBefore(first) || s.monthAfter(m.end)):
			q.Kind = DayOfMonth
		}
	}
	if a.a.kind == Ordinal && b == nil && (s.monthBefore(first) || s.monthAfter(m.end)) && a.a.digits {
		q.Kind = DayOfMonth
	}
	if q.Kind == Count && s.isYear(a, a.first, m.end) && (b == nil || s.isYear(*b, b.first, m.end)) {
		q.Kind = Year
	}
	if q.Kind == Count && b == nil && a.bound == noBound && s.label(first, m.end) {
		q.Kind = Other
	}
	switch q.Kind {
	case Count, Ordinal, Duration, Measure:
		if q.Unit == "" {
			q.Unit, m.unitEnd = s.unit(m.end, last.a.ofOK)
		}
	}
	if q.Kind == Count {
		head := q.Unit
		if i := strings.IndexByte(head, ' '); i >= 0 {
			head = head[:i]
		}
		switch {
		case timeUnits[head] && !strings.Contains(q.Unit, " old"):
			q.Kind = Duration
		case strings.HasPrefix(q.Unit, "years old") || strings.HasPrefix(q.Unit, "year old"):
			q.Kind = Age
		case measureUnits[head]:
			q.Kind = Measure
		case currencyWords[head] && head != "pound" && head != "pounds":
			q.Kind = Money
		}
		q.Combined = s.combined(first, m.unitEnd)
	}
	q.Start, q.End = s.toks[first].Start, s.toks[m.end-1].End
	q.Text = s.src[q.Start:q.End]
	return m
}

// single returns the range of one endpoint.
func single(e endpoint) (r Range) {
	v := e.a.v
	r.Vague, r.Approx = e.a.vague, e.a.approx
	kind := e.bound
	if kind == noBound {
		kind = e.a.suffix
	}
	switch kind {
	case lower:
		r.Min = ptr(v)
	case upper:
		r.Max = ptr(v)
	case approx:
		r.Approx = true
		r.Min = ptr(v)
		if !e.a.vague {
			r.Max = ptr(v)
		}
	default:
		r.Min = ptr(v)
		if !e.a.vague {
			r.Max = ptr(v)
		}
	}
	return r
}

// hull returns the range spanned by two endpoints, in either order. The
// range has no upper bound when its higher end is vague or open upwards.
func hull(a endpoint, b *endpoint) Range {
	lo, hi := a, *b
	if hi.a.v < lo.a.v {
		lo, hi = hi, lo
	}
	r := Range{
		Approx: a.bound == approx || b.bound == approx || a.a.approx || b.a.approx || a.a.suffix == approx,
		Vague:  a.a.vague || b.a.vague,
	}
	if lo.bound != upper {
		r.Min = ptr(lo.a.v)
	}
	if !(hi.a.vague || hi.bound == lower || hi.a.suffix == lower) {
		r.Max = ptr(hi.a.v)
	}
	return r
}

func ptr(v float64) *float64 { return &v }

// isYear decides whether endpoint e, spanning tokens [first, end), is a year.
func (s *scanner) isYear(e endpoint, first, end int) bool {
	if !e.a.plain4 || e.bound != noBound || e.money != "" || e.a.suffix != noBound {
		return false
	}
	if e.a.v < 1000 || e.a.v > 2100 {
		return false
	}
	p := first - 1
	if s.monthBefore(first) || (s.low(p) == "," && (s.monthBefore(p) || s.monthBefore(p-1))) {
		return true
	}
	if s.low(p) == "-" && s.adj(p-1) {
		return true // mid-2015 split oddly, or 1990-1994 second half
	}
	if yearLead[s.low(p)] {
		return e.a.v >= 1800
	}
	if s.countNoun(end) {
		return false
	}
	return e.a.v >= 1800
}

// countNoun reports whether token i looks like a plural noun a count could
// apply to ("fighters", "people").
func (s *scanner) countNoun(i int) bool {
	for i < len(s.toks) && s.toks[i].Kind == text.Punct && quotes[s.toks[i].Text] {
		i++
	}
	if !s.is(i, text.Word) || stopUnit[s.low(i)] || s.toks[i].Cap() {
		return false
	}
	return plural(s.low(i))
}

// ageBefore reports "aged 25", "age 25", "at the age of 25".
func (s *scanner) ageBefore(first int) bool {
	p := s.low(first - 1)
	return p == "aged" || p == "age" || (p == "of" && s.low(first-2) == "age")
}

// ageAfter reports "25 years old", "25-year-old" written apart.
func (s *scanner) ageAfter(end int) bool {
	w := s.low(end)
	if w == "years" || w == "year" {
		return s.low(end+1) == "old" || s.low(end+1) == "of" && s.low(end+2) == "age"
	}
	return false
}

// nameComma reports the "Amina Gumbu, 17, a student" pattern.
func (s *scanner) nameComma(first, end int, e endpoint) bool {
	if !e.a.digits || e.a.v < 1 || e.a.v > 110 || e.a.v != math.Trunc(e.a.v) || e.a.scale != 0 {
		return false
	}
	if s.low(first-1) != "," || !s.is(first-2, text.Word) || !s.toks[first-2].Cap() {
		return false
	}
	if s.month(first-2) || weekday(s.low(first-2)) {
		return false
	}
	n := s.low(end)
	return n == "," || n == ")" || n == ";"
}

// label reports a number that is part of a name: "Flight 253", "No. 5",
// "#1".
func (s *scanner) label(first, end int) bool {
	p := first - 1
	if s.low(p) == "#" && s.adj(p) {
		return true
	}
	if s.low(p) == "." && s.low(p-1) == "no" {
		return true
	}
	if !s.is(p, text.Word) || !s.toks[p].Cap() {
		return false
	}
	if labelWords[s.low(p)] {
		return true
	}
	return false
}

// notOne reports a "one" that is a pronoun or determiner, not a count: "no
// one", "the one who", "one another", "one day".
func (s *scanner) notOne(e endpoint) bool {
	if e.a.digits || e.end != e.a.first+1 || s.low(e.a.first) != "one" {
		return false
	}
	switch s.low(e.a.first - 1) {
	case "no", "any", "every", "each", "some", "which", "the", "this", "that", "someone", "anyone":
		return true
	}
	switch s.low(e.end) {
	case "another", "'", "who", "thing":
		return true
	}
	return false
}

// unit reads the noun phrase after a number starting at token j. With ofOK,
// a leading "of" is skipped ("dozens of people"); otherwise "of" is
// partitive and there is no unit.
func (s *scanner) unit(j int, ofOK bool) (string, int) {
	k := j
	if s.low(k) == "of" {
		if !ofOK {
			return "", j
		}
		k++
	}
	var words []string
	last := j
	for k < len(s.toks) && len(words) < 3 {
		t := s.toks[k]
		if t.Kind == text.Punct && quotes[t.Text] {
			k++
			continue
		}
		if t.Kind != text.Word || stopUnit[t.Lower] || !startsLetter(t.Text) {
			break
		}
		if verbish(t.Lower) && !ingNouns[t.Lower] {
			n := k + 1
			for n < len(s.toks) && s.toks[n].Kind == text.Punct && quotes[s.toks[n].Text] {
				n++
			}
			if !s.is(n, text.Word) || stopUnit[s.low(n)] || verbish(s.low(n)) || !startsLetter(s.toks[n].Text) {
				break
			}
		}
		if isNumberWord(t.Lower) {
			break
		}
		words = append(words, t.Lower)
		k++
		last = k
		if plural(t.Lower) {
			break
		}
	}
	return strings.Join(words, " "), last
}

// combined reports killed and wounded counted together around a quantity
// spanning tokens [first, end): "killing and wounding 150", "150 dead or
// injured", "150 people were killed and wounded".
func (s *scanner) combined(first, end int) bool {
	pair := func(i int) bool {
		x, c, y := s.low(i), s.low(i+1), s.low(i+2)
		if c != "and" && c != "or" && c != "," && c != "/" {
			return false
		}
		return (killWords[x] && hurtWords[y]) || (hurtWords[x] && killWords[y])
	}
	if first >= 3 && pair(first-3) {
		return true
	}
	k := end
	for _, w := range []string{"people", "were", "have", "had", "been", "are", "was"} {
		if s.low(k) == w {
			k++
		}
	}
	return pair(k)
}

// mergeBounds joins a lower bound followed by an upper bound into one range:
// "at least 14 people and as many as 35".
func (s *scanner) mergeBounds(ms []match) []match {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		m := ms[i]
		if i+1 < len(ms) {
			n := ms[i+1]
			if m.q.Kind == Count && n.q.Kind == Count && m.q.Min != nil && m.q.Max == nil && !m.q.Vague &&
				n.q.Max != nil && n.q.Min == nil && *n.q.Max >= *m.q.Min && s.onlyJoiners(m.unitEnd, n.first) &&
				(n.q.Unit == "" || n.q.Unit == m.q.Unit) {
				m.q.Max = n.q.Max
				m.q.Approx = m.q.Approx || n.q.Approx
				m.q.End = n.q.End
				m.q.Text = s.src[m.q.Start:m.q.End]
				m.q.Combined = m.q.Combined || n.q.Combined
				m.end, m.unitEnd = n.end, n.unitEnd
				i++
			}
		}
		out = append(out, m)
	}
	return out
}

// onlyJoiners reports whether tokens [i, j) only join two figures.
func (s *scanner) onlyJoiners(i, j int) bool {
	if j <= i || j-i > 4 {
		return false
	}
	and := false
	for k := i; k < j; k++ {
		switch s.low(k) {
		case "and", "but", "or":
			and = true
		case ",", "possibly", "perhaps", "maybe", "even", "probably":
		default:
			return false
		}
	}
	return and
}

func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// isNumberWord reports whether w starts a number ("two", "dozens").
func isNumberWord(w string) bool {
	w, _, _ = strings.Cut(w, "-")
	_, a := small[w]
	_, b := scales[w]
	_, c := vaguePlural[w]
	_, d := ordinals[w]
	return a || b || c || d || w == "dozen" || w == "several"
}

// plural reports whether w looks like a plural noun, which ends a unit.
func plural(w string) bool {
	switch w {
	case "people", "men", "women", "children", "police", "personnel",
		"others", "gunmen", "policemen", "militia", "staff", "troops":
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

func verbish(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func isLetters(s string) bool {
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func mustAtoi(s string) float64 {
	n, _ := strconv.Atoi(s)
	return float64(n)
}

// parseDigits parses "13", "1,500", "2.5", "1,500.75" and "1.500.000". It
// rejects malformed groupings such as "1,5" or "1,2,3".
func parseDigits(s string) (float64, bool) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return 0, false
	}
	if strings.Contains(s, ",") {
		groups := strings.Split(s, ",")
		if len(groups[0]) > 3 {
			return 0, false
		}
		for k, g := range groups[1:] {
			if k == len(groups)-2 {
				if d := strings.IndexByte(g, '.'); d >= 0 {
					if d != 3 || strings.Count(g, ".") != 1 {
						return 0, false
					}
					continue
				}
			}
			if len(g) != 3 || !allDigits(g) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	} else if strings.Count(s, ".") > 1 {
		groups := strings.Split(s, ".")
		if len(groups[0]) > 3 {
			return 0, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ".", "")
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}
