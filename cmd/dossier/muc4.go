package main

import (
	"context"
	"fmt"
	"os"
	"strings"

	"dossier"
	"dossier/eval/muc4"
	"dossier/extract"
)

// eventPredictor answers MUC-4 role fillers with the extractor's events:
// the same extraction that serves news, no special mode.
type eventPredictor struct{ ex *extract.Extractor }

// Predict implements muc4.Predictor.
func (p eventPredictor) Predict(ctx context.Context, d muc4.Doc) (muc4.Prediction, error) {
	x, err := p.ex.Extract(ctx, &dossier.Document{Path: d.ID, Text: d.Text, Language: "en"})
	if err != nil {
		return nil, err
	}
	pred := muc4.Prediction{}
	seen := map[string]bool{}
	add := func(role, s string) {
		k := role + "\x00" + muc4.Normalize(s)
		if s == "" || seen[k] {
			return
		}
		seen[k] = true
		pred[role] = append(pred[role], s)
	}
	for _, e := range x.Events {
		if unspecific(e) {
			// MUC-4 keeps only incidents told specifically: one
			// sentence that names neither place nor anything struck is
			// a passing or general mention ("the attacks must stop")
			continue
		}
		if militaryOnly(e) {
			// MUC-4 leaves out guerrilla warfare: attacks whose every
			// target is a military or police force or installation
			continue
		}
		for _, s := range e.PerpetratorIndividuals {
			add(muc4.PerpInd, s)
		}
		if e.PerpetratorEntity != nil {
			if ent := x.EntityByID(*e.PerpetratorEntity); ent != nil && len(ent.Mentions) > 0 {
				// the text's own words for the group, as MUC-4 keys list
				// them: the name it uses most
				add(muc4.PerpOrg, usualName(ent))
			}
		} else if e.Perpetrator != nil {
			add(muc4.PerpOrg, *e.Perpetrator)
		}
		for _, s := range e.Targets {
			if military(s) {
				// guerrilla warfare again: the garrison or the
				// helicopter struck beside civilian things (police
				// posts and guard posts are often kept)
				continue
			}
			add(muc4.Target, s)
		}
		for _, s := range e.Victims {
			// MUC-4's victim slot (HUM TGT: NAME) holds names, not
			// descriptions such as "two policemen", and names in full: a
			// lone word is a surname said again or no name at all
			if !description(s) && len(strings.Fields(s)) > 1 {
				add(muc4.Victim, s)
			}
		}
		for _, s := range e.Weapons {
			add(muc4.Weapon, s)
		}
	}
	return pred, nil
}

// usualName returns the form of an entity's name its mentions use most,
// the first of equals.
func usualName(ent *dossier.Entity) string {
	n := map[string]int{}
	best, bestN := "", 0
	for _, m := range ent.Mentions {
		if m.Ref && best != "" {
			continue // "the group" names no group
		}
		k := muc4.Normalize(m.Text)
		n[k]++
		if n[k] > bestN {
			best, bestN = m.Text, n[k]
		}
	}
	return best
}

func runEvalMUC4(ctx context.Context, app *App, args []string) error {
	fs := app.flags("eval muc4", "dossier eval muc4 [--predictions OUT.json] [--json] FILE")
	out := fs.String("predictions", "", "write the predicted fillers per document in GRIT's format to this `file`")
	asJSON := fs.Bool("json", false, "write the report as JSON")
	limit := fs.Int("limit", 0, "score only the first N documents")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usageError{"give one file in the processed_gtt or processed_grit format"}
	}
	k, err := app.knowledge()
	if err != nil {
		return err
	}
	rep, preds, err := muc4.Run(ctx, fs.Arg(0), eventPredictor{k.ex}, muc4.Options{Limit: *limit, Logger: app.Log})
	if err != nil {
		return err
	}
	if *out != "" {
		f, err := os.Open(fs.Arg(0))
		if err != nil {
			return err
		}
		docs, err := muc4.Read(f)
		f.Close()
		if err != nil {
			return err
		}
		w, err := os.Create(*out)
		if err != nil {
			return err
		}
		if err := muc4.WritePredictions(w, docs, preds); err != nil {
			w.Close()
			return fmt.Errorf("write predictions: %w", err)
		}
		if err := w.Close(); err != nil {
			return err
		}
	}
	if *asJSON {
		return writeJSON(app.Stdout, rep)
	}
	return rep.WriteTable(app.Stdout)
}

// descriptionHeads end a victim description rather than a name.
var descriptionHeads = map[string]bool{
	"people": true, "persons": true, "civilians": true, "soldiers": true, "policemen": true, "police": true, "peasants": true,
	"students": true, "children": true, "women": true, "men": true, "workers": true, "members": true, "guards": true,
	"troops": true, "officers": true, "agents": true, "residents": true, "passengers": true, "employees": true,
	"soldier": true, "policeman": true, "peasant": true, "civilian": true, "guard": true, "officer": true, "agent": true,
	"person": true, "worker": true, "member": true, "family": true, "relatives": true, "bodyguards": true, "bodyguard": true,
}

// description reports whether a victim phrase describes people rather
// than naming them: its last word is a common noun of people.
func description(s string) bool {
	f := strings.Fields(strings.ToLower(s))
	return len(f) > 0 && descriptionHeads[f[len(f)-1]]
}

// militaryWords mark a target or victim phrase as a military or police
// force or installation.
var militaryWords = wordSet(`army military soldiers soldier troops garrison garrisons barracks regiment
	battalion battalions brigade brigades patrol patrols convoy positions position outpost outposts detachment
	guardsmen guard guards helicopter helicopters gunship gunships airbase personnel sergeant corporal
	unit units police policemen policeman carabineros carabinero forces force enemy navy naval paramilitary
	reinforcements militia militiamen`)

// wordSet returns the set of the white-space separated words of s.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// unspecific reports whether an event is told in a single sentence that
// names no place, no target and no victim.
func unspecific(e dossier.Event) bool {
	return len(e.Targets)+len(e.Victims) == 0 && len(e.Evidence) == 1 && e.Location == nil
}

// policeWords are the militaryWords of police and guards, whose posts
// MUC-4 often keeps as targets.
var policeWords = wordSet(`police policemen policeman guard guards guardsmen carabineros carabinero`)

// military reports whether a target phrase names a military force or
// installation, not a police one.
func military(x string) bool {
	for _, w := range strings.Fields(strings.ToLower(x)) {
		if militaryWords[w] && !policeWords[w] {
			return true
		}
	}
	return false
}

// militaryOnly reports whether every target and victim of an event is a
// military or police force or installation, as in a clash or an ambush
// of a patrol; an event with neither is not.
func militaryOnly(e dossier.Event) bool {
	n := 0
	for _, xs := range [][]string{e.Targets, e.Victims} {
		for _, x := range xs {
			mil := false
			for _, w := range strings.Fields(strings.ToLower(x)) {
				if militaryWords[w] {
					mil = true
					break
				}
			}
			if !mil {
				return false
			}
			n++
		}
	}
	return n > 0
}
