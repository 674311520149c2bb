// Package muc4 scores document-level event role-filler extraction on the
// MUC-4 terrorism corpus with the metric of GRIT (Du, Rush and Cardie, EACL
// 2021): CEAF-REE, micro-averaged over five roles.
//
// Read loads either processed form of the data (GTT's per-template files or
// GRIT's per-document extracts, see /work/shared/data/muc4/README.md), a
// Predictor proposes role fillers for each document, Score aligns them with
// the gold entities and Report.WriteTable prints the tables that papers
// publish. WritePredictions writes the same predictions in the JSON layout
// GRIT's own eval.py reads, so its scorer can double-check ours.
//
// How the score is computed (learned from xinyadu/grit_doc_event_entity,
// eval.py, functions normalize_string, phi_strict, ceaf and eval_ceaf_base;
// reimplemented here, not translated):
//
//   - Every mention string, gold and predicted, is normalised by Normalize.
//   - For each document and each of the five roles, the predicted entities
//     (here always one mention each) and the gold entities (each a list of
//     coreferent alternative strings) form a similarity matrix: 1 when every
//     mention of the predicted entity is one of the gold entity's strings,
//     else 0 (phi_strict).
//   - The best one-to-one alignment (Kuhn-Munkres) gives the number of
//     matched entities; precision is matched/predicted and recall is
//     matched/gold.
//   - The counts of all documents are pooled per role, and the five roles
//     are pooled for the micro average (the headline number).
//
// The head-noun variant keeps the alignment and swaps the similarity for the
// head-noun match of Du and Cardie (ACL 2020, xinyadu/doc_event_role,
// eval.py, match_head_noun): two mentions agree when their normalised
// strings are equal or they share a head noun. That script finds heads with
// spaCy's noun chunks; this package uses the rule in headNouns instead, so
// its head-noun numbers are close to, not identical with, spaCy-based ones.
package muc4

import "context"

// The five MUC-4 roles scored by GRIT, with the slot of the 1992 template
// each comes from.
const (
	PerpInd = "PerpInd" // 9. PERP: INDIVIDUAL ID
	PerpOrg = "PerpOrg" // 10. PERP: ORGANIZATION ID
	Target  = "Target"  // 12. PHYS TGT: ID
	Victim  = "Victim"  // 18. HUM TGT: NAME
	Weapon  = "Weapon"  // 6. INCIDENT: INSTRUMENT ID
)

// Roles lists the five roles in the order of GRIT's tables.
var Roles = []string{PerpInd, PerpOrg, Target, Victim, Weapon}

// isRole reports whether name is one of Roles.
func isRole(name string) bool {
	for _, r := range Roles {
		if r == name {
			return true
		}
	}
	return false
}

// Doc is one MUC-4 document with its gold role fillers.
type Doc struct {
	// ID is the MUC message id, e.g. "TST1-MUC3-0001".
	ID string
	// Text is the body text as the processed files give it: lower-cased,
	// dateline removed, newlines collapsed to spaces.
	Text string
	// Gold maps each of the five roles (always all present) to its gold
	// entities; an entity is the list of its coreferent alternative strings,
	// in order of first occurrence in Text, and entities are ordered by their
	// first string's first occurrence. For a GTT line this is the union over
	// templates computed as GRIT's preprocessing does (see Read).
	Gold map[string][][]string
	// Templates are the gold templates of a GTT line (nil for a GRIT line,
	// empty for a document the key marks irrelevant).
	Templates []Template
}

// Template is one gold incident template of the GTT data.
type Template struct {
	// IncidentType is the lower-cased INCIDENT: TYPE, possibly a disjunction
	// such as "attack / bombing".
	IncidentType string
	// Roles maps each of the five roles to the template's entities, each a
	// list of alternative strings, as in Doc.Gold.
	Roles map[string][][]string
}

// Prediction maps a role to the entities predicted for it in one document,
// one string per entity (GRIT predicts one mention per entity). Roles other
// than the five are ignored by Score. Two strings for the same gold entity
// count as one match and one false positive.
type Prediction map[string][]string

// Predictor proposes the role fillers of one document.
type Predictor interface {
	// Predict returns the predicted entities of doc. It must not use
	// doc.Gold or doc.Templates.
	Predict(ctx context.Context, doc Doc) (Prediction, error)
}
