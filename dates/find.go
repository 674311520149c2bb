package dates

import (
	"slices"
	"strings"

	"dossier/numbers"
	"dossier/text"
)

// cand is a date expression with its token extent [first, end).
type cand struct {
	e          Expr
	first, end int
}

// qty is a numeric expression of the sentence with the token after it.
type qty struct {
	q   numbers.Quantity
	end int
}

type scanner struct {
	src   string
	toks  []text.Token
	pub   Date
	qs    map[int]qty // numeric expressions by first token
	found []cand
	// caseless is set for text written without capitals, where month
	// and weekday names are read in lower case (see FindCaseless)
	caseless bool
}

// Find returns the date expressions of toks, a sentence of src as produced
// by text.Tokenize or text.Split, in text order and without overlaps,
// resolving relative ones against published (zero when unknown; see the
// package comment for the rules).
func Find(src string, toks []text.Token, published Date) []Expr {
	return FindWith(src, toks, published, false, numbers.Find(src, toks))
}

// FindCaseless is Find for text written without capitals, such as old
// wire copy: month and weekday names count in lower case too ("on 3
// june", "on tuesday"), but "may" and "march", which are also a verb and
// a noun, only beside a day or a year ("on 3 may", "march 1990") or
// after a word that leads a month ("in may"), and not before a verb ("3
// may have fled").
func FindCaseless(src string, toks []text.Token, published Date) []Expr {
	return FindWith(src, toks, published, true, numbers.Find(src, toks))
}

// FindWith is Find, or FindCaseless when caseless is set, given nums,
// the numeric expressions numbers.Find returns for the sentence: a caller
// that needs them too finds them once.
func FindWith(src string, toks []text.Token, published Date, caseless bool, nums []numbers.Quantity) []Expr {
	s := &scanner{src: src, toks: toks, pub: published, qs: map[int]qty{}, caseless: caseless}
	for _, q := range nums {
		first, ok1 := slices.BinarySearchFunc(toks, q.Start, func(t text.Token, off int) int { return t.Start - off })
		last, ok2 := slices.BinarySearchFunc(toks, q.End, func(t text.Token, off int) int { return t.End - off })
		if ok1 && ok2 {
			s.qs[first] = qty{q: q, end: last + 1}
		}
	}
	for i := 0; i < len(toks); {
		c, ok := s.best(i, true)
		if !ok {
			i++
			continue
		}
		s.found = append(s.found, c)
		i = c.end
	}
	cs := s.merge(s.found)
	out := make([]Expr, 0, len(cs))
	for k, c := range cs {
		first := c.first
		if p := s.low(first - 1); (p == "on" || p == "in") && (k == 0 || cs[k-1].end < first) && c.e.Shift == nil {
			first--
		}
		if c.e.Date.Year < 1 {
			c.e.Date = Date{}
		}
		if p := c.e.Period; p != nil && (p.From.Year < 1 || p.To.Year < 1) {
			c.e.Period = nil
		}
		c.e.Start, c.e.End = toks[first].Start, toks[c.end-1].End
		c.e.Text = src[c.e.Start:c.e.End]
		out = append(out, c.e)
	}
	return out
}

// merge joins a relative expression with a date in brackets after it
// ("yesterday (Nov. 2)") and a shift with the absolute date it counts from
// ("two days after 12 May").
func (s *scanner) merge(cs []cand) []cand {
	var out []cand
	for k := 0; k < len(cs); k++ {
		c := cs[k]
		if k+1 < len(cs) {
			n := cs[k+1]
			if s.low(c.end) == "(" && n.first == c.end+1 && s.low(n.end) == ")" && c.e.Shift == nil {
				e := n.e
				e.Relative = e.Relative || c.e.Relative
				if e.Date.IsZero() {
					e.Date = c.e.Date
				}
				out = append(out, cand{e: e, first: c.first, end: n.end + 1})
				k++
				continue
			}
			if c.e.Shift != nil && n.first == c.end && n.e.Shift == nil && n.e.Period == nil && !n.e.Date.IsZero() {
				if d, ok := shift(n.e.Date, *c.e.Shift); ok {
					e := c.e
					e.Date = d
					e.Relative = n.e.Relative
					out = append(out, cand{e: e, first: c.first, end: n.end})
					k++
					continue
				}
			}
		}
		out = append(out, c)
	}
	return out
}

// shift moves d by sh when d is precise enough for it.
func shift(d Date, sh Shift) (Date, bool) {
	switch {
	case sh.Days != 0 && d.Full():
		return d.addDays(sh.Days), true
	case sh.Months != 0 && d.Month != 0:
		return d.addMonths(sh.Months), true
	case sh.Years != 0 && d.Year != 0:
		return Date{Year: d.Year + sh.Years}, true
	}
	return Date{}, false
}

// starters are the lower-case words that can begin a date expression
// besides numbers, month and weekday names.
var starters = map[string]bool{
	"the": true, "last": true, "this": true, "next": true, "early": true,
	"late": true, "earlier": true, "later": true, "between": true,
	"from": true, "today": true, "tonight": true, "yesterday": true,
	"tomorrow": true, "a": true, "an": true, "one": true, "over": true,
	"at": true, "end": true, "beginning": true, "start": true, "past": true,
	"previous": true, "current": true, "coming": true, "middle": true,
}

// canStart reports whether a date expression may begin at token i.
func (s *scanner) canStart(i int) bool {
	t := s.toks[i]
	if _, ok := s.qs[i]; ok || t.Kind == text.Number {
		return true
	}
	if t.Kind != text.Word {
		return false
	}
	if c := t.Text[0]; c >= '0' && c <= '9' {
		return true // 15th
	}
	if starters[t.Lower] || strings.HasPrefix(t.Lower, "mid-") {
		return true
	}
	_, m := monthNames[t.Lower]
	_, w := weekdays[t.Lower]
	return m || w
}

// best returns the longest expression starting at token i.
func (s *scanner) best(i int, qualify bool) (cand, bool) {
	if i >= len(s.toks) || !s.canStart(i) {
		return cand{}, false
	}
	var b cand
	ok := false
	try := func(c cand, yes bool) {
		if yes && (!ok || c.end > b.end) {
			b, ok = c, true
		}
	}
	try(s.iso(i))
	try(s.dayMonth(i))
	try(s.monthDay(i))
	try(s.monthRange(i))
	try(s.monthYear(i))
	try(s.monthAlone(i))
	try(s.year(i))
	try(s.weekday(i))
	try(s.deictic(i))
	try(s.unitRel(i))
	try(s.countShift(i))
	try(s.fixedShift(i))
	try(s.partOf(i))
	try(s.pastN(i))
	try(s.samePeriod(i))
	if qualify {
		try(s.qualified(i))
	}
	return b, ok
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

func (s *scanner) adj(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].End == s.toks[i+1].Start
}

// seq reports whether the tokens from i spell words and returns the token
// after them.
func (s *scanner) seq(i int, words ...string) (int, bool) {
	for k, w := range words {
		if s.low(i+k) != w {
			return i, false
		}
	}
	return i + len(words), true
}

// monthAt reads a month name at token i: a capitalised full name, or an
// abbreviation followed by a dot or a number ("Nov. 2", "Aug 27").
func (s *scanner) monthAt(i int) (m, end int, ok bool) {
	if !s.is(i, text.Word) || !s.toks[i].Cap() && !s.caseless {
		return 0, i, false
	}
	w := s.low(i)
	m, ok = monthNames[w]
	if !ok {
		return 0, i, false
	}
	if abbrev[w] {
		if s.low(i+1) == "." && s.adj(i) {
			return m, i + 2, true
		}
		if s.is(i+1, text.Number) {
			return m, i + 1, true
		}
		return 0, i, false
	}
	return m, i + 1, true
}

// verbReading reports whether the lower-case "may" or "march" at token i
// of caseless text reads as a verb or noun: "3 may have fled", "in march
// to the capital".
func (s *scanner) verbReading(i int) bool {
	return s.caseless && ambiguousMonth[s.low(i)] && !s.toks[i].Cap() && afterModal[s.low(i+1)]
}

// dayAt reads a day of the month at token i: "2", "27", "2nd", "27th".
func (s *scanner) dayAt(i int) (d, end int, ok bool) {
	if i < 0 || i >= len(s.toks) {
		return 0, i, false
	}
	t := s.toks[i]
	num := t.Text
	if t.Kind == text.Word {
		k := strings.IndexFunc(t.Lower, func(r rune) bool { return r < '0' || r > '9' })
		if k <= 0 {
			return 0, i, false
		}
		switch t.Lower[k:] {
		case "st", "nd", "rd", "th":
		default:
			return 0, i, false
		}
		num = t.Text[:k]
	} else if t.Kind != text.Number {
		return 0, i, false
	}
	if len(num) > 2 || !digits(num) {
		return 0, i, false
	}
	d = atoi(num)
	if d < 1 || d > 31 {
		return 0, i, false
	}
	if s.low(i+1) == ":" && s.adj(i) {
		return 0, i, false
	}
	return d, i + 1, true
}

// yearAt reads a four-digit year at token i.
func (s *scanner) yearAt(i int) (y, end int, ok bool) {
	if !s.is(i, text.Number) || len(s.toks[i].Text) != 4 || !digits(s.toks[i].Text) {
		return 0, i, false
	}
	y = atoi(s.toks[i].Text)
	if y < 1000 || y > 2999 {
		return 0, i, false
	}
	return y, i + 1, true
}

// weekdayAt reads a capitalised weekday name at token i.
func (s *scanner) weekdayAt(i int) (int, bool) {
	if !s.is(i, text.Word) || !s.toks[i].Cap() && !s.caseless {
		return 0, false
	}
	wd, ok := weekdays[s.low(i)]
	return wd, ok
}

// skipWeekday skips "Tuesday," before a date.
func (s *scanner) skipWeekday(i int) int {
	if _, ok := s.weekdayAt(i); ok {
		if s.low(i+1) == "," {
			return i + 2
		}
		return i + 1
	}
	return i
}

// iso reads 2021-08-27, 2021-08 and unambiguous 27/08/2021.
func (s *scanner) iso(i int) (cand, bool) {
	if s.is(i, text.Number) && len(s.toks[i].Text) == 4 && s.low(i+1) == "-" && s.adj(i) && s.adj(i+1) && s.is(i+2, text.Number) {
		str := s.toks[i].Text + "-" + s.toks[i+2].Text
		end := i + 3
		if s.low(i+3) == "-" && s.adj(i+2) && s.adj(i+3) && s.is(i+4, text.Number) {
			str += "-" + s.toks[i+4].Text
			end = i + 5
		} else if !strings.HasPrefix(s.toks[i+2].Text, "0") {
			return cand{}, false // 2010-11 is a span of years
		}
		if d, ok := ParseISO(str); ok {
			return cand{e: Expr{Date: d}, first: i, end: end}, true
		}
		return cand{}, false
	}
	// d/m/yyyy or m/d/yyyy when only one reading is valid.
	if s.is(i, text.Number) && s.low(i+1) == "/" && s.is(i+2, text.Number) && s.low(i+3) == "/" {
		y, end, ok := s.yearAt(i + 4)
		if !ok || !s.adj(i) || !s.adj(i+1) || !s.adj(i+2) || !s.adj(i+3) {
			return cand{}, false
		}
		a, b := atoi(s.toks[i].Text), atoi(s.toks[i+2].Text)
		var d Date
		switch {
		case a > 12 && valid(y, b, a):
			d = Date{y, b, a}
		case b > 12 && valid(y, a, b):
			d = Date{y, a, b}
		case a == b && valid(y, a, a):
			d = Date{y, a, a}
		default:
			return cand{}, false
		}
		return cand{e: Expr{Date: d}, first: i, end: end}, true
	}
	return cand{}, false
}

// dayMonth reads "27 August 2021", "Tuesday 27 August", "the 15th of April".
func (s *scanner) dayMonth(i int) (cand, bool) {
	j := s.skipWeekday(i)
	if s.low(j) == "the" {
		j++
	}
	d, j, ok := s.dayAt(j)
	if !ok {
		return cand{}, false
	}
	if s.low(j) == "of" {
		j++
	}
	mi := j
	m, j, ok := s.monthAt(j)
	if !ok || s.verbReading(mi) {
		return cand{}, false
	}
	k := j
	if s.low(k) == "," {
		k++
	}
	if y, end, ok := s.yearAt(k); ok {
		if !valid(y, m, d) {
			return cand{}, false
		}
		return cand{e: Expr{Date: Date{y, m, d}}, first: i, end: end}, true
	}
	if !valid(0, m, d) {
		return cand{}, false
	}
	return cand{e: s.monthDayNoYear(m, d, i), first: i, end: j}, true
}

// monthDay reads "August 27, 2021", "Tuesday, April 19", "Aug. 27".
func (s *scanner) monthDay(i int) (cand, bool) {
	j := s.skipWeekday(i)
	m, j, ok := s.monthAt(j)
	if !ok {
		return cand{}, false
	}
	d, j, ok := s.dayAt(j)
	if !ok {
		return cand{}, false
	}
	k := j
	if s.low(k) == "," {
		k++
	}
	if y, end, ok := s.yearAt(k); ok {
		if !valid(y, m, d) {
			return cand{}, false
		}
		return cand{e: Expr{Date: Date{y, m, d}}, first: i, end: end}, true
	}
	if !valid(0, m, d) || s.countsNoun(j) {
		return cand{}, false // "in April 15 people died"
	}
	return cand{e: s.monthDayNoYear(m, d, i), first: i, end: j}, true
}

// countsNoun reports a lower-case plural word at token i, which makes a
// number before it a count rather than a day.
func (s *scanner) countsNoun(i int) bool {
	if !s.is(i, text.Word) || s.toks[i].Cap() {
		return false
	}
	w := s.low(i)
	return w == "people" || w == "men" || w == "women" || w == "children" ||
		len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
}

// monthDayNoYear resolves a month and day without a year.
func (s *scanner) monthDayNoYear(m, d, at int) Expr {
	e := Expr{Relative: true}
	if !s.pub.Full() {
		return e
	}
	dt := Date{s.pub.Year, m, d}
	if s.future(at) {
		if dt.before(s.pub) {
			dt.Year++
		}
	} else if s.pub.before(dt) {
		dt.Year--
	}
	if valid(dt.Year, m, d) {
		e.Date = dt
	}
	return e
}

// monthYear reads "January 2015", "Dec. 2019", "May of 2012".
func (s *scanner) monthYear(i int) (cand, bool) {
	m, j, ok := s.monthAt(i)
	if !ok {
		return cand{}, false
	}
	if s.low(j) == "," || s.low(j) == "of" {
		j++
	}
	y, end, ok := s.yearAt(j)
	if !ok {
		return cand{}, false
	}
	return cand{e: Expr{Date: Date{Year: y, Month: m}}, first: i, end: end}, true
}

// monthMode says how a month without a year is placed around the
// publication date.
type monthMode uint8

const (
	onOrBefore     monthMode = iota // "in June"
	strictlyBefore                  // "last June"
	strictlyAfter                   // "next June"
	sameYear                        // "this June"
	onOrAfter                       // "in June" after "will"
)

// monthAlone reads a month without a day: "in June", "last June", "this
// June", "June last year".
func (s *scanner) monthAlone(i int) (cand, bool) {
	mode, j := onOrBefore, i
	switch s.low(i) {
	case "last":
		mode, j = strictlyBefore, i+1
	case "next":
		mode, j = strictlyAfter, i+1
	case "this":
		mode, j = sameYear, i+1
	}
	m, end, ok := s.monthAt(j)
	if !ok {
		return cand{}, false
	}
	if s.caseless && ambiguousMonth[s.low(j)] && (j != i || !monthLead[s.low(i-1)] || s.verbReading(j)) {
		return cand{}, false // "this may be", "a march on the capital"
	}
	if j == i && !monthLead[s.low(i-1)] {
		if ambiguousMonth[s.low(j)] {
			return cand{}, false // "May" the verb, "March" the noun
		}
		if s.is(end, text.Word) && s.toks[end].Cap() {
			return cand{}, false // "April Oru", a first name
		}
	}
	yearShift, explicit := 0, false
	k := end
	if s.low(k) == "of" {
		k++
	}
	switch {
	case s.low(k) == "last" && s.low(k+1) == "year":
		yearShift, explicit, end = -1, true, k+2
	case s.low(k) == "this" && s.low(k+1) == "year":
		explicit, end = true, k+2
	case s.low(k) == "next" && s.low(k+1) == "year":
		yearShift, explicit, end = 1, true, k+2
	}
	e := Expr{Relative: true}
	if s.pub.Year != 0 && (explicit || mode == sameYear || s.pub.Month != 0) {
		y := s.pub.Year + yearShift
		if !explicit {
			if mode == onOrBefore && s.future(j) {
				mode = onOrAfter
			}
			switch mode {
			case onOrBefore:
				if m > s.pub.Month {
					y--
				}
			case strictlyBefore:
				if m >= s.pub.Month {
					y--
				}
			case strictlyAfter:
				if m <= s.pub.Month {
					y++
				}
			case onOrAfter:
				if m < s.pub.Month {
					y++
				}
			}
		}
		e.Date = Date{Year: y, Month: m}
	}
	return cand{e: e, first: i, end: end}, true
}

// monthRange reads "between January and April", "from January to April
// 2021", "January-April 2021".
func (s *scanner) monthRange(i int) (cand, bool) {
	j := i
	kw := s.low(i)
	if kw == "between" || kw == "from" {
		j++
	}
	m1, j, ok := s.monthAt(j)
	if !ok {
		return cand{}, false
	}
	y1, k, hasY1 := s.yearAt(j)
	if hasY1 {
		j = k
	}
	conn := s.low(j)
	switch {
	case kw == "between" && conn == "and":
	case conn == "to" || conn == "until" || conn == "through" || conn == "-" || conn == "–":
	default:
		return cand{}, false
	}
	m2, end, ok := s.monthAt(j + 1)
	if !ok {
		return cand{}, false
	}
	y2, k, hasY2 := s.yearAt(end)
	if hasY2 {
		end = k
	} else if s.low(end) == "," {
		if y, k, ok := s.yearAt(end + 1); ok {
			y2, end, hasY2 = y, k, true
		}
	}
	e := Expr{}
	switch {
	case hasY1 && hasY2:
	case hasY2:
		y1 = y2
		if m1 > m2 {
			y1--
		}
	case hasY1:
		y2 = y1
		if m2 < m1 {
			y2++
		}
	default:
		e.Relative = true
		if s.pub.Year == 0 || s.pub.Month == 0 {
			return cand{e: e, first: i, end: end}, true
		}
		y2 = s.pub.Year
		if m2 > s.pub.Month {
			y2--
		}
		y1 = y2
		if m1 > m2 {
			y1--
		}
	}
	p := Period{From: Date{Year: y1, Month: m1}, To: Date{Year: y2, Month: m2}}
	if p.To.before(p.From) {
		return cand{}, false
	}
	e.Period = &p
	e.Date = common(p.From, p.To)
	return cand{e: e, first: i, end: end}, true
}

// year reads the years that package numbers finds: "2019", "the 2013
// attack", "1990-1994", "between 2010 and 2014", "the 1990s".
func (s *scanner) year(i int) (cand, bool) {
	first := i
	if s.low(i) == "the" {
		i++
	}
	q, ok := s.qs[i]
	if !ok || q.q.Kind != numbers.Year || q.q.Min == nil || q.q.Max == nil {
		return cand{}, false
	}
	lo, hi := int(*q.q.Min), int(*q.q.Max)
	decade := strings.HasSuffix(s.low(q.end-1), "s")
	if first != i && !decade {
		return cand{}, false
	}
	e := Expr{Date: Date{Year: lo}}
	if hi != lo {
		e.Date = Date{}
		e.Period = &Period{From: Date{Year: lo}, To: Date{Year: hi}}
	}
	return cand{e: e, first: first, end: q.end}, true
}

// weekday reads "Thursday", "last Thursday", "Monday night".
func (s *scanner) weekday(i int) (cand, bool) {
	mode, j := onOrBefore, i
	switch s.low(i) {
	case "last":
		mode, j = strictlyBefore, i+1
	case "next":
		mode, j = strictlyAfter, i+1
	case "this":
		j = i + 1
	}
	wd, ok := s.weekdayAt(j)
	if !ok {
		return cand{}, false
	}
	end := j + 1
	if partOfDay[s.low(end)] {
		end++
	}
	if mode == onOrBefore && s.future(j) {
		mode = onOrAfter
	}
	e := Expr{Relative: true}
	if s.pub.Full() {
		cur := int(s.pub.t().Weekday())
		back := (cur - wd + 7) % 7
		fwd := (wd - cur + 7) % 7
		switch mode {
		case onOrBefore:
			e.Date = s.pub.addDays(-back)
		case strictlyBefore:
			if back == 0 {
				back = 7
			}
			e.Date = s.pub.addDays(-back)
		case strictlyAfter:
			if fwd == 0 {
				fwd = 7
			}
			e.Date = s.pub.addDays(fwd)
		default:
			e.Date = s.pub.addDays(fwd)
		}
	}
	return cand{e: e, first: i, end: end}, true
}

// future reports a future tense shortly before token i ("will meet on
// Monday").
func (s *scanner) future(i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := s.low(k)
		if w == "will" || w == "shall" || w == "won't" || w == "due" || w == "scheduled" || strings.HasSuffix(w, "'ll") {
			return true
		}
		if w == "said" || w == "says" || w == "." || w == ";" {
			return false
		}
	}
	return false
}

// deictic reads "today", "yesterday", "last night", "this morning".
func (s *scanner) deictic(i int) (cand, bool) {
	for _, d := range deictics {
		end, ok := s.seq(i, d.words...)
		if !ok {
			continue
		}
		if d.part && partOfDay[s.low(end)] {
			end++
		}
		e := Expr{Relative: true}
		if s.pub.Full() {
			e.Date = s.pub.addDays(d.days)
		}
		return cand{e: e, first: i, end: end}, true
	}
	return cand{}, false
}

// unitRel reads "last week", "this month", "earlier this year", "last
// weekend".
func (s *scanner) unitRel(i int) (cand, bool) {
	j := i
	if w := s.low(i); w == "earlier" || w == "later" {
		j++
	}
	var n int
	switch s.low(j) {
	case "last", "past", "previous":
		n = -1
	case "this", "current":
		n = 0
	case "next", "coming":
		n = 1
	default:
		if end, ok := s.seq(j, "over", "the", "weekend"); ok {
			return s.weekend(i, end, 0), true
		}
		if end, ok := s.seq(j, "at", "the", "weekend"); ok {
			return s.weekend(i, end, 0), true
		}
		return cand{}, false
	}
	if j > i && s.low(j) != "this" {
		return cand{}, false // "earlier last year" is not a phrase we read
	}
	unit := s.low(j + 1)
	end := j + 2
	e := Expr{Relative: true}
	p := s.pub
	switch unit {
	case "week":
		if !p.Full() {
			break
		}
		wk := p.addDays(-((int(p.t().Weekday()) + 6) % 7))
		from := wk.addDays(7 * n)
		per := Period{From: from, To: from.addDays(6)}
		e.Period, e.Date = &per, common(per.From, per.To)
	case "weekend":
		return s.weekend(i, end, n), true
	case "month":
		if p.Month != 0 {
			e.Date = p.addMonths(n)
		}
	case "year":
		if p.Year != 0 {
			e.Date = Date{Year: p.Year + n}
		}
	default:
		return cand{}, false
	}
	return cand{e: e, first: i, end: end}, true
}

// weekend resolves "last weekend" (n = -1), "this weekend" or "over the
// weekend" (0) and "next weekend" (1) to a Saturday–Sunday period.
func (s *scanner) weekend(first, end, n int) cand {
	e := Expr{Relative: true}
	if s.pub.Full() {
		wd := int(s.pub.t().Weekday())
		// Saturday of the weekend on or before the publication date.
		back := (wd - 6 + 7) % 7
		sat := s.pub.addDays(-back)
		switch {
		case n < 0 && back <= 1:
			sat = sat.addDays(-7)
		case n > 0:
			sat = sat.addDays(7)
		}
		per := Period{From: sat, To: sat.addDays(1)}
		e.Period, e.Date = &per, common(per.From, per.To)
	}
	return cand{e: e, first: first, end: end}
}

// countUnit reads "two days", "a week", "three months" at token i.
func (s *scanner) countUnit(i int) (n int, unit string, end int, ok bool) {
	if w := s.low(i); w == "a" || w == "an" || w == "one" {
		if u, ok := unitOf[s.low(i+1)]; ok {
			return 1, u, i + 2, true
		}
		return 0, "", i, false
	}
	q, ok := s.qs[i]
	if !ok || q.q.Kind != numbers.Duration || !q.q.Exact() || *q.q.Min < 1 || *q.q.Min > 1000 || *q.q.Min != float64(int(*q.q.Min)) {
		return 0, "", i, false
	}
	u, ok := unitOf[s.low(q.end)]
	if !ok {
		return 0, "", i, false
	}
	return int(*q.q.Min), u, q.end + 1, true
}

// countShift reads "two days ago", "a week after", "three days later".
func (s *scanner) countShift(i int) (cand, bool) {
	n, unit, j, ok := s.countUnit(i)
	if !ok {
		return cand{}, false
	}
	sign := 0
	switch s.low(j) {
	case "ago":
		return s.ago(i, j+1, n, unit), true
	case "later", "after", "afterwards", "on":
		sign = 1
		if s.low(j) == "on" && s.low(j-1) != "later" {
			return cand{}, false
		}
	case "before", "earlier", "previously", "prior":
		sign = -1
	default:
		return cand{}, false
	}
	end := j + 1
	if s.low(j) == "prior" && s.low(j+1) == "to" {
		end++
	}
	sh := unitShift(unit, sign*n)
	return cand{e: Expr{Relative: true, Shift: &sh}, first: i, end: end}, true
}

// ago resolves "N units ago" against the publication date.
func (s *scanner) ago(first, end, n int, unit string) cand {
	e := Expr{Relative: true}
	p := s.pub
	switch unit {
	case "day":
		if p.Full() {
			e.Date = p.addDays(-n)
		}
	case "week":
		if p.Full() {
			e.Date = p.addDays(-7 * n)
		}
	case "fortnight":
		if p.Full() {
			e.Date = p.addDays(-14 * n)
		}
	case "month":
		if p.Month != 0 {
			e.Date = p.addMonths(-n)
		}
	case "year":
		if p.Year != 0 {
			e.Date = Date{Year: p.Year - n}
		}
	case "decade":
		if p.Year != 0 {
			e.Date = Date{Year: p.Year - 10*n}
		}
	}
	return cand{e: e, first: first, end: end}
}

// unitShift turns n units into a Shift.
func unitShift(unit string, n int) Shift {
	switch unit {
	case "day":
		return Shift{Days: n}
	case "week":
		return Shift{Days: 7 * n}
	case "fortnight":
		return Shift{Days: 14 * n}
	case "month":
		return Shift{Months: n}
	case "decade":
		return Shift{Years: 10 * n}
	}
	return Shift{Years: n}
}

// fixedShift reads "the following day", "the next year", "the previous
// month", "the day before", "the same day".
func (s *scanner) fixedShift(i int) (cand, bool) {
	if s.low(i) != "the" {
		return cand{}, false
	}
	sign, unit, end := 0, "", 0
	switch w := s.low(i + 1); w {
	case "following", "next", "previous", "preceding", "prior":
		u, ok := unitOf[s.low(i+2)]
		if !ok || strings.HasSuffix(s.low(i+2), "s") {
			return cand{}, false
		}
		sign, unit, end = 1, u, i+3
		if w != "following" && w != "next" {
			sign = -1
		}
	case "day":
		switch s.low(i + 2) {
		case "before":
			if s.low(i+3) == "yesterday" {
				return cand{}, false
			}
			sign, unit, end = -1, "day", i+3
		case "after":
			if s.low(i+3) == "tomorrow" {
				return cand{}, false
			}
			sign, unit, end = 1, "day", i+3
		default:
			return cand{}, false
		}
	case "same":
		if s.low(i+2) != "day" {
			return cand{}, false
		}
		sh := Shift{}
		return cand{e: Expr{Relative: true, Shift: &sh}, first: i, end: i + 3}, true
	default:
		return cand{}, false
	}
	sh := unitShift(unit, sign)
	return cand{e: Expr{Relative: true, Shift: &sh}, first: i, end: end}, true
}

// yearish reads a year at token i: "2021", "this year", "last year", "the
// year before"... It returns 0 for a relative year when the publication
// year is unknown.
func (s *scanner) yearish(i int) (y, end int, rel, ok bool) {
	if q, ok := s.qs[i]; ok && q.q.Kind == numbers.Year && q.q.Exact() {
		return int(*q.q.Min), q.end, false, true
	}
	if y, end, ok := s.yearAt(i); ok {
		return y, end, false, true
	}
	n := 0
	switch s.low(i) {
	case "this":
	case "last":
		n = -1
	case "next":
		n = 1
	default:
		return 0, i, false, false
	}
	if s.low(i+1) != "year" {
		return 0, i, false, false
	}
	if s.pub.Year == 0 {
		return 0, i + 2, true, true
	}
	return s.pub.Year + n, i + 2, true, true
}

// partOf reads "the first four months of 2021", "the last three months of
// last year", "the first half of 2020", "the third quarter of 2019".
func (s *scanner) partOf(i int) (cand, bool) {
	if s.low(i) != "the" {
		return cand{}, false
	}
	side := s.low(i + 1)
	j := i + 2
	var from, to int
	switch side {
	case "first", "opening", "last", "final", "closing", "past":
		n, unit, k, ok := s.countUnit(j)
		switch {
		case ok && unit == "month":
			j = k
		case s.low(j) == "half" || s.low(j) == "quarter":
			n = 6
			if s.low(j) == "quarter" {
				n = 3
			}
			j++
		default:
			return cand{}, false
		}
		from, to = 1, n
		if side == "last" || side == "final" || side == "closing" || side == "past" {
			from, to = 13-n, 12
		}
	case "second", "third", "fourth":
		q := 2
		switch side {
		case "third":
			q = 3
		case "fourth":
			q = 4
		}
		switch s.low(j) {
		case "half":
			if side != "second" {
				return cand{}, false
			}
			from, to = 7, 12
		case "quarter":
			from, to = 3*q-2, 3*q
		default:
			return cand{}, false
		}
		j++
	default:
		return cand{}, false
	}
	if from < 1 || to > 12 || from > to || s.low(j) != "of" {
		return cand{}, false
	}
	y, end, rel, ok := s.yearish(j + 1)
	if !ok {
		return cand{}, false
	}
	e := Expr{Relative: rel}
	if y != 0 {
		p := Period{From: Date{Year: y, Month: from}, To: Date{Year: y, Month: to}}
		e.Period, e.Date = &p, common(p.From, p.To)
	}
	return cand{e: e, first: i, end: end}, true
}

// pastN reads "the past two years", "the last three months", "the past
// week" as a period ending on the publication date.
func (s *scanner) pastN(i int) (cand, bool) {
	j, ok := s.seq(i, "the")
	if !ok || (s.low(j) != "past" && s.low(j) != "last") {
		return cand{}, false
	}
	j++
	n, unit, end := 1, "", 0
	if u, ok := unitOf[s.low(j)]; ok && !strings.HasSuffix(s.low(j), "s") {
		unit, end = u, j+1
	} else if n, unit, end, ok = s.countUnit(j); !ok {
		return cand{}, false
	}
	e := Expr{Relative: true}
	p := s.pub
	var from Date
	switch unit {
	case "day", "week", "fortnight":
		if !p.Full() {
			break
		}
		from = p.addDays(-unitShift(unit, n).Days)
		per := Period{From: from, To: p}
		e.Period, e.Date = &per, common(per.From, per.To)
	case "month", "year", "decade":
		if p.Month == 0 {
			break
		}
		sh := unitShift(unit, n)
		from = p.addMonths(-sh.Months - 12*sh.Years)
		to := Date{Year: p.Year, Month: p.Month}
		per := Period{From: from, To: to}
		e.Period, e.Date = &per, common(per.From, per.To)
	default:
		return cand{}, false
	}
	return cand{e: e, first: i, end: end}, true
}

// samePeriod reads "the same period in 2020", "the same period last year":
// the months of the period found earlier in the sentence, in another year.
func (s *scanner) samePeriod(i int) (cand, bool) {
	j, ok := s.seq(i, "the", "same", "period")
	if !ok {
		return cand{}, false
	}
	if w := s.low(j); w == "in" || w == "of" {
		j++
	}
	y, end, rel, ok := s.yearish(j)
	if !ok {
		return cand{}, false
	}
	e := Expr{Relative: rel}
	if y != 0 {
		e.Date = Date{Year: y}
		for _, c := range slices.Backward(s.found) {
			if p := c.e.Period; p != nil && p.From.Year == p.To.Year && p.From.Month != 0 && p.To.Month != 0 {
				np := Period{From: Date{y, p.From.Month, p.From.Day}, To: Date{y, p.To.Month, p.To.Day}}
				e.Period, e.Date = &np, common(np.From, np.To)
				break
			}
		}
	}
	return cand{e: e, first: i, end: end}, true
}

// qualified reads "early December", "late 2014", "mid-2015", "early in
// 2014", "the end of 2014", "the early 1990s", "early Monday".
func (s *scanner) qualified(i int) (cand, bool) {
	// mid-2015, mid-December: one token.
	if w := s.low(i); strings.HasPrefix(w, "mid-") && len(w) > 4 {
		rest := w[4:]
		e := Expr{Qualifier: "mid"}
		if len(rest) == 4 && digits(rest) {
			e.Date = Date{Year: atoi(rest)}
			return cand{e: e, first: i, end: i + 1}, true
		}
		if m, ok := monthNames[rest]; ok && !abbrev[rest] {
			e.Relative = true
			if s.pub.Year != 0 && s.pub.Month != 0 {
				y := s.pub.Year
				if m > s.pub.Month {
					y--
				}
				e.Date = Date{Year: y, Month: m}
			}
			// mid-December 2014
			if y, end, ok := s.yearAt(i + 1); ok {
				e.Date, e.Relative = Date{Year: y, Month: m}, false
				return cand{e: e, first: i, end: end}, true
			}
			return cand{e: e, first: i, end: i + 1}, true
		}
		return cand{}, false
	}
	j := i
	if s.low(j) == "the" && qualifiers[s.low(j+1)] != "" {
		j++
	}
	q := qualifiers[s.low(j)]
	if q != "" {
		j++
		if s.low(j) == "in" {
			j++
		}
	} else {
		for _, p := range qualifierPhrases {
			if k, ok := s.seq(i, p.words...); ok {
				q, j = p.q, k
				break
			}
		}
	}
	if q == "" {
		return cand{}, false
	}
	sub, ok := s.best(j, false)
	if !ok || sub.first != j || sub.e.Shift != nil {
		return cand{}, false
	}
	sub.e.Qualifier = q
	sub.first = i
	return sub, true
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
		if n > 1e6 {
			return n
		}
	}
	return n
}
