package extract

import (
	"dossier"
	"dossier/dates"
	"dossier/numbers"
	"dossier/text"
)

// sentValues are the dates and numbers of one sentence.
type sentValues struct {
	dates []dates.Expr
	nums  []numbers.Quantity
}

// published returns the document's publication date, or the zero Date.
func (d *docState) published() dates.Date {
	if d.doc.Published == nil {
		return dates.Date{}
	}
	p, _ := dates.ParseISO(*d.doc.Published)
	return p
}

// valuesOf returns the dates and numbers of sentence si, finding them once.
func (d *docState) valuesOf(si int) *sentValues {
	if d.vals == nil {
		d.vals = make([]*sentValues, len(d.sents))
	}
	if v := d.vals[si]; v != nil {
		return v
	}
	s := &d.sents[si]
	nums := numbers.Find(d.src, s.Tokens)
	v := &sentValues{
		dates: dates.FindWith(d.src, s.Tokens, d.published(), d.lower, nums),
		nums:  nums,
	}
	d.vals[si] = v
	return v
}

// values records the date and number mentions of the document.
func (d *docState) values(x *dossier.Extraction) {
	for si := range d.sents {
		v := d.valuesOf(si)
		for _, e := range v.dates {
			vm := dossier.ValueMention{Start: e.Start, End: e.End, Text: e.Text, Value: e.Date.String()}
			if e.Period != nil && e.Date.IsZero() {
				vm.Value = e.Period.String()
			}
			x.Dates = append(x.Dates, vm)
		}
		for _, q := range v.nums {
			if q.Kind != numbers.Count {
				continue
			}
			x.Numbers = append(x.Numbers, dossier.ValueMention{Start: q.Start, End: q.End, Text: q.Text, Min: q.Min, Max: q.Max})
		}
	}
}

// tokenAt returns the index of the token of s that starts at or after
// offset off, or len(s.Tokens).
func tokenAt(s *text.Sentence, off int) int {
	for i, t := range s.Tokens {
		if t.Start >= off {
			return i
		}
	}
	return len(s.Tokens)
}
