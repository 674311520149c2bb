package muc4

import "slices"

// Counts are the CEAF-REE counts of one role or of the micro average:
// Matched entities (the weight of the best alignment), Predicted entities
// and Gold entities, with the precision Matched/Predicted, recall
// Matched/Gold and their F1, all as fractions in [0, 1]. As in GRIT's
// eval.py, 0/0 is 0.
type Counts struct {
	Matched   int     `json:"matched"`
	Predicted int     `json:"predicted"`
	Gold      int     `json:"gold"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// add adds o's counts to c; finish must be called after.
func (c *Counts) add(o Counts) {
	c.Matched += o.Matched
	c.Predicted += o.Predicted
	c.Gold += o.Gold
}

// finish computes precision, recall and F1 from the counts.
func (c *Counts) finish() {
	c.Precision, c.Recall, c.F1 = 0, 0, 0
	if c.Predicted > 0 {
		c.Precision = float64(c.Matched) / float64(c.Predicted)
	}
	if c.Gold > 0 {
		c.Recall = float64(c.Matched) / float64(c.Gold)
	}
	if p, r := c.Precision, c.Recall; p+r > 0 {
		c.F1 = 2 * p * r / (p + r)
	}
}

// RoleScore is the score of one role.
type RoleScore struct {
	Role string `json:"role"`
	Counts
}

// Table is the score under one mention matcher: per role, in the order of
// Roles, and the micro average over the five roles.
type Table struct {
	// Matcher is "strict" (GRIT's phi_strict) or "head_noun".
	Matcher string      `json:"matcher"`
	Roles   []RoleScore `json:"roles"`
	Micro   Counts      `json:"micro_avg"`
}

// Role returns the counts of the named role (zero when it is not one of
// Roles).
func (t *Table) Role(name string) Counts {
	for _, r := range t.Roles {
		if r.Role == name {
			return r.Counts
		}
	}
	return Counts{}
}

// Failure is a document whose prediction failed; Run scores it as an empty
// prediction.
type Failure struct {
	DocID string `json:"docid"`
	Err   string `json:"error"`
}

// Report is the result of scoring: the strict CEAF-REE table (GRIT's
// headline metric), the head-noun table when it was asked for, the number
// of documents scored and, from Run, the documents whose prediction failed.
type Report struct {
	Docs     int       `json:"docs"`
	Strict   Table     `json:"strict"`
	HeadNoun *Table    `json:"head_noun,omitempty"`
	Failures []Failure `json:"failures,omitempty"`
}

// normMention is a mention in comparable form.
type normMention struct {
	norm  string
	heads []string // only filled for the head-noun matcher
}

// phi is the similarity of a gold entity and a predicted one.
type phi func(gold, pred []normMention) int

// phiStrict is GRIT's phi_strict: 1 when every predicted mention is one of
// the gold entity's strings.
func phiStrict(gold, pred []normMention) int {
	for _, p := range pred {
		if !slices.ContainsFunc(gold, func(g normMention) bool { return g.norm == p.norm }) {
			return 0
		}
	}
	return 1
}

// phiHead is phi_strict with Du and Cardie's match_head_noun in place of
// string equality: every predicted mention must equal a gold string or share
// a head noun with one.
func phiHead(gold, pred []normMention) int {
	for _, p := range pred {
		if !slices.ContainsFunc(gold, func(g normMention) bool { return headMatch(g, p) }) {
			return 0
		}
	}
	return 1
}

// headMatch reports whether two mentions are equal or share a head noun.
func headMatch(a, b normMention) bool {
	if a.norm == b.norm {
		return true
	}
	for _, h := range a.heads {
		if slices.Contains(b.heads, h) {
			return true
		}
	}
	return false
}

// Score scores predictions (keyed by Doc.ID) against the gold entities of
// docs with strict CEAF-REE, and also with the head-noun variant when
// headNoun is set (see the package comment). A document without a
// prediction counts as predicting nothing and predictions for documents not
// in docs are ignored. Like GRIT, Score neither deduplicates predictions nor
// drops empty ones: an empty or article-only string is scored like any
// other, so it is a false positive.
func Score(docs []Doc, preds map[string]Prediction, headNoun bool) Report {
	rep := Report{Docs: len(docs), Strict: scoreTable(docs, preds, "strict", phiStrict, false)}
	if headNoun {
		t := scoreTable(docs, preds, "head_noun", phiHead, true)
		rep.HeadNoun = &t
	}
	return rep
}

// scoreTable scores all documents with one similarity.
func scoreTable(docs []Doc, preds map[string]Prediction, matcher string, sim phi, heads bool) Table {
	t := Table{Matcher: matcher, Roles: make([]RoleScore, len(Roles))}
	for i, role := range Roles {
		t.Roles[i].Role = role
	}
	norm := func(s string) normMention {
		m := normMention{norm: Normalize(s)}
		if heads {
			m.heads = headNouns(m.norm)
		}
		return m
	}
	for _, doc := range docs {
		pred := preds[doc.ID]
		for i, role := range Roles {
			gold := make([][]normMention, 0, len(doc.Gold[role]))
			for _, ent := range doc.Gold[role] {
				if len(ent) == 0 {
					continue
				}
				ms := make([]normMention, len(ent))
				for k, s := range ent {
					ms[k] = norm(s)
				}
				gold = append(gold, ms)
			}
			predicted := make([][]normMention, len(pred[role]))
			for k, s := range pred[role] {
				predicted[k] = []normMention{norm(s)}
			}
			t.Roles[i].add(ceafREE(gold, predicted, sim))
		}
	}
	for i := range t.Roles {
		t.Roles[i].finish()
		t.Micro.add(t.Roles[i].Counts)
	}
	t.Micro.finish()
	return t
}

// ceafREE scores one role of one document: the best one-to-one alignment of
// gold and predicted entities under sim (GRIT's ceaf).
func ceafREE(gold, pred [][]normMention, sim phi) Counts {
	c := Counts{Predicted: len(pred), Gold: len(gold)}
	if len(gold) == 0 || len(pred) == 0 {
		return c
	}
	w := make([][]int, len(gold))
	for i, g := range gold {
		w[i] = make([]int, len(pred))
		for j, p := range pred {
			w[i][j] = sim(g, p)
		}
	}
	c.Matched, _ = maxAssign(w)
	return c
}
