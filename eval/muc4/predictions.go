package muc4

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WritePredictions writes preds (keyed by Doc.ID) in the layout GRIT's
// eval.py reads with --pred_file (xinyadu/grit_doc_event_entity, eval.py,
// __main__): one JSON object whose keys are GRIT's document ids (see GRITID)
// in the order of docs, each holding "pred_extracts" (role → entities → the
// entity's mention strings, here one per entity) and, as GRIT's own
// prediction files do, "gold_extracts"; "docid" keeps the MUC id. All five
// roles are always present, empty as [] (GRIT's scorer looks up every gold
// role). Strings are written as predicted, since GRIT normalises them
// itself. It is an error for two docs to share a GRIT id.
func WritePredictions(w io.Writer, docs []Doc, preds map[string]Prediction) error {
	var buf bytes.Buffer
	buf.WriteByte('{')
	seen := make(map[string]string, len(docs))
	for i, doc := range docs {
		key := GRITID(doc.ID)
		if other, dup := seen[key]; dup {
			return fmt.Errorf("muc4: write predictions: docs %s and %s share GRIT id %s", other, doc.ID, key)
		}
		seen[key] = doc.ID
		if i > 0 {
			buf.WriteByte(',')
		}
		pred := preds[doc.ID]
		predEnts := make(map[string][][]string, len(Roles))
		for _, role := range Roles {
			ents := make([][]string, 0, len(pred[role]))
			for _, s := range pred[role] {
				ents = append(ents, []string{s})
			}
			predEnts[role] = ents
		}
		writeJSON(&buf, key)
		buf.WriteString(`:{"docid":`)
		writeJSON(&buf, doc.ID)
		buf.WriteString(`,"pred_extracts":`)
		writeExtracts(&buf, predEnts)
		buf.WriteString(`,"gold_extracts":`)
		writeExtracts(&buf, doc.Gold)
		buf.WriteByte('}')
	}
	buf.WriteByte('}')
	var out bytes.Buffer
	if err := json.Indent(&out, buf.Bytes(), "", "    "); err != nil {
		return fmt.Errorf("muc4: write predictions: %w", err)
	}
	out.WriteByte('\n')
	if _, err := out.WriteTo(w); err != nil {
		return fmt.Errorf("muc4: write predictions: %w", err)
	}
	return nil
}

// writeExtracts writes {role: entities} with the roles in the order of
// Roles and nil lists as [].
func writeExtracts(buf *bytes.Buffer, ext map[string][][]string) {
	buf.WriteByte('{')
	for i, role := range Roles {
		if i > 0 {
			buf.WriteByte(',')
		}
		writeJSON(buf, role)
		buf.WriteByte(':')
		buf.WriteByte('[')
		for k, ent := range ext[role] {
			if k > 0 {
				buf.WriteByte(',')
			}
			if ent == nil {
				ent = []string{}
			}
			writeJSON(buf, ent)
		}
		buf.WriteByte(']')
	}
	buf.WriteByte('}')
}

// writeJSON appends the JSON encoding of v, which cannot fail for strings
// and string lists.
func writeJSON(buf *bytes.Buffer, v any) {
	b, _ := json.Marshal(v)
	buf.Write(b)
}

// GRITID returns the document id GRIT's eval.py uses for a MUC id: the last
// character of the first dash-separated field times 10000 plus the number
// in the last field, so "TST1-MUC3-0001" is "10001" and "TST4-MUC4-0100"
// is "40100". An id that does not fit that pattern (the train split's
// "DEV-MUC3-0001", which GRIT never scores) is returned unchanged.
func GRITID(docid string) string {
	parts := strings.Split(docid, "-")
	if len(parts) < 2 || parts[0] == "" {
		return docid
	}
	set := parts[0][len(parts[0])-1]
	last := parts[len(parts)-1]
	if set < '0' || set > '9' || last == "" || strings.Trim(last, "0123456789") != "" || len(last) > 9 {
		return docid
	}
	n, err := strconv.Atoi(last)
	if err != nil {
		return docid
	}
	return strconv.Itoa(int(set-'0')*10000 + n)
}
