package eval

import (
	"strings"
	"testing"

	"dossier"
)

func sp(s string) *string   { return &s }
func fp(f float64) *float64 { return &f }

// goldExtraction turns a gold line into the extraction a perfect extractor
// would give.
func goldExtraction(g *Gold) *dossier.Extraction {
	x := &dossier.Extraction{}
	for i, set := range g.Aliases {
		x.Entities = append(x.Entities, dossier.Entity{
			ID: "e" + string(rune('1'+i)), Name: set[0], Type: dossier.ArmedGroup, Aliases: set[1:],
		})
	}
	for _, e := range g.Events {
		x.Events = append(x.Events, dossier.Event{
			Type: e.Type, Date: e.Date, Location: e.Location, Country: e.Country,
			Perpetrator: e.Perpetrator, Claimed: e.Claimed,
			KilledMin: e.KilledMin, KilledMax: e.KilledMax, InjuredMin: e.InjuredMin, InjuredMax: e.InjuredMax,
		})
	}
	for _, c := range g.Claims {
		x.Claims = append(x.Claims, dossier.Claim{
			Subject: c.Subject, Predicate: c.Predicate, Value: c.Value, Min: c.Min, Max: c.Max, Source: c.Source,
		})
	}
	return x
}

// fixture is a fictional gold file of two documents in which every slot
// and predicate occurs non-null at least once.
func fixture() []Gold {
	return []Gold{
		{
			ID:        "a",
			Published: sp("2031-05-02"),
			Aliases:   [][]string{{"Crimson Hand Brigade", "CHB", "the Brigade"}},
			Events: []GoldEvent{
				{Type: "bombing", Date: sp("2031-05-01"), Location: sp("Velmora"), Country: sp("XQ"),
					Perpetrator: sp("Crimson Hand Brigade"), Claimed: true,
					KilledMin: fp(12), KilledMax: fp(15), InjuredMin: fp(40), InjuredMax: fp(40)},
				{Type: "attack", Date: sp("2030-11"), Location: sp("Port Askel"), Country: sp("XQ"),
					KilledMin: fp(3)},
			},
			Claims: []GoldClaim{
				{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")},
				{Subject: "Crimson Hand Brigade", Predicate: "strength", Value: sp("fighters"),
					Min: fp(800), Max: fp(1200), Source: sp("regional security officials")},
			},
		},
		{
			ID:      "b",
			Aliases: [][]string{{"Northern Lantern Front", "NLF"}, {"Grey Tide", "Tide"}},
			Events: []GoldEvent{
				{Type: "kidnapping", Date: sp("2029-02"), Perpetrator: sp("NLF")},
			},
			Claims: []GoldClaim{
				{Subject: "Northern Lantern Front", Predicate: "rival_of", Value: sp("Grey Tide")},
				{Subject: "NLF", Predicate: "operates_in", Value: sp("the Selt valley"), Source: sp("Mara Ilse")},
			},
		},
	}
}

func predsOf(gold []Gold) map[string]*dossier.Extraction {
	m := map[string]*dossier.Extraction{}
	for i := range gold {
		m[gold[i].ID] = goldExtraction(&gold[i])
	}
	return m
}

func TestScorePerfect(t *testing.T) {
	gold := fixture()
	r := Score(gold, predsOf(gold), Options{})
	check := func(name string, c Counts) {
		t.Helper()
		if c.Empty() || c.Precision != 1 || c.Recall != 1 || c.F1 != 1 {
			t.Errorf("%s: %+v, want P=R=F1=1", name, c)
		}
	}
	check("events", r.Events)
	if len(r.Slots) != len(slotNames) {
		t.Fatalf("got %d slots, want %d", len(r.Slots), len(slotNames))
	}
	for _, f := range r.Slots {
		check("slot "+f.Name, f.Counts)
	}
	check("slots", r.SlotsAll)
	check("alias pairs", r.AliasPairs)
	check("claims", r.Claims)
	for _, p := range []string{"leader", "strength", "rival_of", "operates_in"} {
		check("claim "+p, r.Predicate(p))
	}
	if r.Attribution.Total != 4 || r.Attribution.Accuracy != 1 {
		t.Errorf("attribution = %+v, want 4 of 4", r.Attribution)
	}
	if len(r.Misses)+len(r.FalsePositives)+len(r.Wrong) > 0 {
		t.Errorf("issues in a perfect score: %v %v %v", r.Misses, r.FalsePositives, r.Wrong)
	}
	// 3 events, alias pairs 3+1+1, 4 claims.
	if r.Events.TP != 3 || r.AliasPairs.TP != 5 || r.Claims.TP != 4 {
		t.Errorf("tp events %d aliases %d claims %d, want 3 5 4", r.Events.TP, r.AliasPairs.TP, r.Claims.TP)
	}
}

func TestScoreEmpty(t *testing.T) {
	gold := fixture()
	for name, preds := range map[string]map[string]*dossier.Extraction{
		"nil map":          nil,
		"empty extraction": {"a": {}, "b": {}},
	} {
		t.Run(name, func(t *testing.T) {
			r := Score(gold, preds, Options{})
			for fname, c := range map[string]Counts{"events": r.Events, "aliases": r.AliasPairs, "claims": r.Claims} {
				if c.TP != 0 || c.FP != 0 || c.FN == 0 || c.Recall != 0 || c.Precision != 0 || c.F1 != 0 {
					t.Errorf("%s: %+v, want fn>0 and P=R=F1=0", fname, c)
				}
			}
			if r.Events.FN != 3 || r.AliasPairs.FN != 5 || r.Claims.FN != 4 {
				t.Errorf("fn events %d aliases %d claims %d, want 3 5 4", r.Events.FN, r.AliasPairs.FN, r.Claims.FN)
			}
			// No matched pairs: slots and attribution are empty, and 0/0 is 0.
			if !r.SlotsAll.Empty() || r.SlotsAll.F1 != 0 || r.Attribution.Total != 0 || r.Attribution.Accuracy != 0 {
				t.Errorf("slots %+v attribution %+v, want empty", r.SlotsAll, r.Attribution)
			}
			if len(r.Misses) != 12 {
				t.Errorf("got %d misses, want 12", len(r.Misses))
			}
		})
	}
}

func TestAliasPairs(t *testing.T) {
	tests := []struct {
		name       string
		gold       [][]string
		pred       [][]string // name first, then aliases
		tp, fp, fn int
	}{
		{"three names give three pairs", [][]string{{"Ash Covenant", "AC", "Covenant"}},
			[][]string{{"Ash Covenant", "AC", "Covenant"}}, 3, 0, 0},
		{"normalisation", [][]string{{"ISIS-K", "Velmora Province"}},
			[][]string{{"velmora province", "isisk"}}, 1, 0, 0},
		{"names equal after normalisation make no pair", [][]string{{"Ash Covenant", "AC"}},
			[][]string{{"Ash Covenant", "AC", "A.C.", "ash-covenant"}}, 1, 0, 0},
		{"over-merged entity", [][]string{{"Ash Covenant", "AC", "Covenant"}},
			[][]string{{"Ash Covenant", "AC", "Covenant", "Grey Tide"}}, 3, 3, 0},
		{"split entity", [][]string{{"Ash Covenant", "AC", "Covenant"}},
			[][]string{{"Ash Covenant", "AC"}, {"Covenant"}}, 1, 0, 2},
		{"pair repeated across entities counts once", [][]string{{"Ash Covenant", "AC"}},
			[][]string{{"Ash Covenant", "AC"}, {"AC", "Ash Covenant"}}, 1, 0, 0},
		{"person aliases are false positives", [][]string{},
			[][]string{{"Oren Vask", "Vask"}}, 0, 1, 0},
		{"two gold sets", [][]string{{"Ash Covenant", "AC"}, {"Grey Tide", "Tide"}},
			[][]string{{"Grey Tide", "Tide"}}, 1, 0, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := &dossier.Extraction{}
			for _, set := range tt.pred {
				x.Entities = append(x.Entities, dossier.Entity{Name: set[0], Aliases: set[1:]})
			}
			r := Score([]Gold{{ID: "d", Aliases: tt.gold}}, map[string]*dossier.Extraction{"d": x}, Options{})
			c := r.AliasPairs
			if c.TP != tt.tp || c.FP != tt.fp || c.FN != tt.fn {
				t.Errorf("tp/fp/fn = %d/%d/%d, want %d/%d/%d (fp %v, misses %v)",
					c.TP, c.FP, c.FN, tt.tp, tt.fp, tt.fn, r.FalsePositives, r.Misses)
			}
		})
	}
}

func TestEventMatch(t *testing.T) {
	tests := []struct {
		name      string
		gold      GoldEvent
		pred      dossier.Event
		samePlace SamePlace
		match     bool
	}{
		{"same place", GoldEvent{Type: "attack", Location: sp("Velmora")},
			dossier.Event{Location: sp("Velmora")}, nil, true},
		{"pred contains gold", GoldEvent{Type: "attack", Location: sp("Velmora")},
			dossier.Event{Location: sp("Velmora airport")}, nil, true},
		{"gold contains pred", GoldEvent{Type: "attack", Location: sp("Velmora airport")},
			dossier.Event{Location: sp("VELMORA")}, nil, true},
		{"punctuation", GoldEvent{Type: "attack", Location: sp("Tel’mar")},
			dossier.Event{Location: sp("telmar")}, nil, true},
		{"hyphen against space", GoldEvent{Type: "attack", Location: sp("Port-Askel")},
			dossier.Event{Location: sp("Port Askel")}, nil, true},
		{"space dropped", GoldEvent{Type: "attack", Location: sp("Port Askel")},
			dossier.Event{Location: sp("Portaskel")}, nil, true},
		{"other place", GoldEvent{Type: "attack", Location: sp("Velmora")},
			dossier.Event{Location: sp("Port Askel"), Date: sp("2030-01-01")}, nil, false},
		{"no predicted place", GoldEvent{Type: "attack", Location: sp("Velmora"), Date: sp("2030-01-01")},
			dossier.Event{Date: sp("2030-01-01")}, nil, false},
		{"alternative name", GoldEvent{Type: "attack", Location: sp("Velmora"), LocationAlt: Names{"Old Quay"}},
			dossier.Event{Location: sp("old quay")}, nil, true},
		{"gazetteer", GoldEvent{Type: "attack", Location: sp("Velmora")},
			dossier.Event{Location: sp("Vel")},
			func(a, b string) bool { return a == "Vel" && b == "Velmora" }, true},
		{"gazetteer says no", GoldEvent{Type: "attack", Location: sp("Velmora")},
			dossier.Event{Location: sp("Askel")},
			func(a, b string) bool { return false }, false},
		{"no gold place: date", GoldEvent{Type: "attack", Date: sp("2030-08")},
			dossier.Event{Date: sp("2030-08-14"), Location: sp("Askel")}, nil, true},
		{"no gold place: other date", GoldEvent{Type: "attack", Date: sp("2030-08")},
			dossier.Event{Date: sp("2030-09")}, nil, false},
		{"no gold place or date", GoldEvent{Type: "attack"},
			dossier.Event{Type: "attack"}, nil, false},
		{"empty predicted place", GoldEvent{Type: "attack", Location: sp("Velmora")},
			dossier.Event{Location: sp(" - ")}, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score([]Gold{{ID: "d", Events: []GoldEvent{tt.gold}}},
				map[string]*dossier.Extraction{"d": {Events: []dossier.Event{tt.pred}}},
				Options{SamePlace: tt.samePlace})
			if got := r.Events.TP == 1; got != tt.match {
				t.Errorf("matched = %v, want %v", got, tt.match)
			}
			if tt.match && tt.gold.Location != nil && r.Slot("location").TP != 1 {
				t.Errorf("location slot %+v, want right", r.Slot("location"))
			}
		})
	}
}

// slotCase scores one matched pair (same place) and checks one slot.
type slotCase struct {
	name        string
	aliases     [][]string
	gold        GoldEvent
	pred        dossier.Event
	tp, fp, fn  int
	slotChecked string
}

func runSlotCases(t *testing.T, tests []slotCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.gold.Location, tt.pred.Location = sp("Velmora"), sp("Velmora")
			if tt.gold.Type == "" && tt.pred.Type == "" {
				tt.gold.Type, tt.pred.Type = "attack", "attack"
			}
			r := Score([]Gold{{ID: "d", Aliases: tt.aliases, Events: []GoldEvent{tt.gold}}},
				map[string]*dossier.Extraction{"d": {Events: []dossier.Event{tt.pred}}}, Options{})
			if r.Events.TP != 1 {
				t.Fatalf("events not matched: %+v", r.Events)
			}
			c := r.Slot(tt.slotChecked)
			if c.TP != tt.tp || c.FP != tt.fp || c.FN != tt.fn {
				t.Errorf("%s tp/fp/fn = %d/%d/%d, want %d/%d/%d (wrong: %v)",
					tt.slotChecked, c.TP, c.FP, c.FN, tt.tp, tt.fp, tt.fn, r.Wrong)
			}
		})
	}
}

func TestSlotPerpetrator(t *testing.T) {
	brigade := [][]string{{"Crimson Hand Brigade", "CHB"}}
	runSlotCases(t, []slotCase{
		{"alias through gold set", brigade, GoldEvent{Perpetrator: sp("Crimson Hand Brigade")},
			dossier.Event{Perpetrator: sp("CHB")}, 1, 0, 0, "perpetrator"},
		{"alias the other way", brigade, GoldEvent{Perpetrator: sp("CHB")},
			dossier.Event{Perpetrator: sp("crimson hand brigade")}, 1, 0, 0, "perpetrator"},
		{"normalised", nil, GoldEvent{Perpetrator: sp("Crimson-Hand Brigade")},
			dossier.Event{Perpetrator: sp("crimson hand brigade")}, 1, 0, 0, "perpetrator"},
		{"no gold alias set", nil, GoldEvent{Perpetrator: sp("Crimson Hand Brigade")},
			dossier.Event{Perpetrator: sp("CHB")}, 0, 1, 1, "perpetrator"},
		{"other group", brigade, GoldEvent{Perpetrator: sp("Crimson Hand Brigade")},
			dossier.Event{Perpetrator: sp("Grey Tide")}, 0, 1, 1, "perpetrator"},
		{"null gold", brigade, GoldEvent{},
			dossier.Event{Perpetrator: sp("CHB")}, 0, 1, 0, "perpetrator"},
		{"null prediction", brigade, GoldEvent{Perpetrator: sp("CHB")},
			dossier.Event{}, 0, 0, 1, "perpetrator"},
	})
}

// TestPerpetratorIgnoresPredictedAliases documents that only gold alias sets
// make names equivalent: a predicted entity joining the two names does not.
func TestPerpetratorIgnoresPredictedAliases(t *testing.T) {
	gold := []Gold{{ID: "d", Events: []GoldEvent{{Type: "attack", Location: sp("Velmora"), Perpetrator: sp("Crimson Hand Brigade")}}}}
	x := &dossier.Extraction{
		Entities: []dossier.Entity{{Name: "Crimson Hand Brigade", Aliases: []string{"CHB"}}},
		Events:   []dossier.Event{{Type: "attack", Location: sp("Velmora"), Perpetrator: sp("CHB")}},
	}
	r := Score(gold, map[string]*dossier.Extraction{"d": x}, Options{})
	if c := r.Slot("perpetrator"); c.TP != 0 || c.FP != 1 || c.FN != 1 {
		t.Errorf("perpetrator %+v, want wrong", c)
	}
}

func TestSlotDate(t *testing.T) {
	runSlotCases(t, []slotCase{
		{"month matched by day", nil, GoldEvent{Date: sp("2030-11")},
			dossier.Event{Date: sp("2030-11-13")}, 1, 0, 0, "date"},
		{"month matched by month", nil, GoldEvent{Date: sp("2030-11")},
			dossier.Event{Date: sp("2030-11")}, 1, 0, 0, "date"},
		{"month not matched by year", nil, GoldEvent{Date: sp("2030-11")},
			dossier.Event{Date: sp("2030")}, 0, 1, 1, "date"},
		{"month not matched by other month", nil, GoldEvent{Date: sp("2030-11")},
			dossier.Event{Date: sp("2030-12-01")}, 0, 1, 1, "date"},
		{"year matched by month", nil, GoldEvent{Date: sp("2030")},
			dossier.Event{Date: sp("2030-04")}, 1, 0, 0, "date"},
		{"year prefix is not enough", nil, GoldEvent{Date: sp("2030-1")},
			dossier.Event{Date: sp("2030-11")}, 0, 1, 1, "date"},
		{"day not matched by its month", nil, GoldEvent{Date: sp("2030-11-13")},
			dossier.Event{Date: sp("2030-11")}, 0, 1, 1, "date"},
		{"day", nil, GoldEvent{Date: sp("2030-11-13")},
			dossier.Event{Date: sp("2030-11-13")}, 1, 0, 0, "date"},
		{"missing prediction", nil, GoldEvent{Date: sp("2030-11-13")},
			dossier.Event{}, 0, 0, 1, "date"},
		{"both null", nil, GoldEvent{}, dossier.Event{}, 0, 0, 0, "date"},
	})
}

func TestSlotNumbersAndFlags(t *testing.T) {
	runSlotCases(t, []slotCase{
		{"killed_min null vs value", nil, GoldEvent{},
			dossier.Event{KilledMin: fp(5)}, 0, 1, 0, "killed_min"},
		{"killed_min value vs null", nil, GoldEvent{KilledMin: fp(5)},
			dossier.Event{}, 0, 0, 1, "killed_min"},
		{"killed_min both null", nil, GoldEvent{}, dossier.Event{}, 0, 0, 0, "killed_min"},
		{"killed_min equal", nil, GoldEvent{KilledMin: fp(5)},
			dossier.Event{KilledMin: fp(5)}, 1, 0, 0, "killed_min"},
		{"killed_min differs", nil, GoldEvent{KilledMin: fp(5)},
			dossier.Event{KilledMin: fp(6)}, 0, 1, 1, "killed_min"},
		{"zero is not null", nil, GoldEvent{InjuredMax: fp(0)},
			dossier.Event{InjuredMax: fp(0)}, 1, 0, 0, "injured_max"},
		{"claimed both false counts", nil, GoldEvent{}, dossier.Event{}, 1, 0, 0, "claimed"},
		{"claimed wrong", nil, GoldEvent{Claimed: true}, dossier.Event{}, 0, 1, 1, "claimed"},
		{"type case-insensitive", nil, GoldEvent{Type: "Bombing"}, dossier.Event{Type: "bombing"}, 1, 0, 0, "type"},
		{"type wrong", nil, GoldEvent{Type: "bombing"}, dossier.Event{Type: "arson"}, 0, 1, 1, "type"},
		{"country case-insensitive", nil, GoldEvent{Country: sp("XQ")},
			dossier.Event{Country: sp("xq")}, 1, 0, 0, "country"},
		{"country wrong", nil, GoldEvent{Country: sp("XQ")},
			dossier.Event{Country: sp("XR")}, 0, 1, 1, "country"},
	})
}

func TestEventsBestFirst(t *testing.T) {
	// Two attacks in one city; the predictions come in the other order and
	// the first prediction also matches the first gold event by place.
	gold := []Gold{{ID: "d", Events: []GoldEvent{
		{Type: "bombing", Location: sp("Velmora"), Date: sp("2030-01-27"), KilledMin: fp(90), KilledMax: fp(90)},
		{Type: "attack", Location: sp("Velmora"), Date: sp("2030-01-20"), KilledMin: fp(20)},
	}}}
	x := &dossier.Extraction{Events: []dossier.Event{
		{Type: "attack", Location: sp("Velmora hotel"), Date: sp("2030-01-20"), KilledMin: fp(20)},
		{Type: "bombing", Location: sp("Velmora"), Date: sp("2030-01-27"), KilledMin: fp(90), KilledMax: fp(90)},
		{Type: "bombing", Location: sp("Velmora"), Date: sp("2030-01-02")},
	}}
	r := Score(gold, map[string]*dossier.Extraction{"d": x}, Options{})
	if r.Events.TP != 2 || r.Events.FP != 1 || r.Events.FN != 0 {
		t.Errorf("events %+v, want 2 tp 1 fp", r.Events)
	}
	if r.SlotsAll.FP != 0 || r.SlotsAll.FN != 0 {
		t.Errorf("slots %+v, want all right (wrong: %v)", r.SlotsAll, r.Wrong)
	}
	// One prediction for two gold events matches only one of them.
	x = &dossier.Extraction{Events: x.Events[1:2]}
	r = Score(gold, map[string]*dossier.Extraction{"d": x}, Options{})
	if r.Events.TP != 1 || r.Events.FN != 1 || r.Events.FP != 0 {
		t.Errorf("events %+v, want 1 tp 1 fn", r.Events)
	}
}

func TestClaims(t *testing.T) {
	aliases := [][]string{{"Crimson Hand Brigade", "CHB"}}
	tests := []struct {
		name        string
		gold, pred  dossier.Claim // gold written as a Claim for brevity
		match       bool
		sourceRight bool
	}{
		{"same value", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")},
			dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")}, true, true},
		{"value contained, case-insensitive", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")},
			dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("commander oren vask")}, true, true},
		{"value contains prediction", dossier.Claim{Subject: "CHB", Predicate: "operates_in", Value: sp("the Selt valley")},
			dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "operates_in", Value: sp("Selt")}, true, true},
		{"min/max only", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "strength", Value: sp("hardened fighters"), Min: fp(800), Max: fp(1200)},
			dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "strength", Value: sp("men"), Min: fp(800), Max: fp(1200)}, true, true},
		{"min/max disagree", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "strength", Value: sp("fighters"), Min: fp(800), Max: fp(1200)},
			dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "strength", Value: sp("men"), Min: fp(800)}, false, false},
		{"other predicate", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")},
			dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "founded", Value: sp("Oren Vask")}, false, false},
		{"subject not an alias", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")},
			dossier.Claim{Subject: "Grey Tide", Predicate: "leader", Value: sp("Oren Vask")}, false, false},
		{"other value", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")},
			dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Ilse Dorn")}, false, false},
		{"null value never contains", dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader", Value: sp("Oren Vask")},
			dossier.Claim{Subject: "Crimson Hand Brigade", Predicate: "leader"}, false, false},
		{"source wrong: cited vs own voice", dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("police")},
			dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask")}, true, false},
		{"source wrong: own voice vs cited", dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask")},
			dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("the police")}, true, false},
		{"source right: normalised", dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("U.S. intelligence officials")},
			dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("US intelligence officials")}, true, true},
		{"source right: contained", dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("regional security officials")},
			dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("security officials")}, true, true},
		{"source wrong: other", dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("Mara Ilse")},
			dossier.Claim{Subject: "CHB", Predicate: "leader", Value: sp("Oren Vask"), Source: sp("the army")}, true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := GoldClaim{Subject: tt.gold.Subject, Predicate: tt.gold.Predicate, Value: tt.gold.Value,
				Min: tt.gold.Min, Max: tt.gold.Max, Source: tt.gold.Source}
			r := Score([]Gold{{ID: "d", Aliases: aliases, Claims: []GoldClaim{g}}},
				map[string]*dossier.Extraction{"d": {Claims: []dossier.Claim{tt.pred}}}, Options{})
			if got := r.Claims.TP == 1; got != tt.match {
				t.Fatalf("matched = %v, want %v (%+v)", got, tt.match, r.Claims)
			}
			if !tt.match {
				if r.Claims.FP != 1 || r.Claims.FN != 1 || r.Predicate(tt.gold.Predicate).FN != 1 || r.Predicate(tt.pred.Predicate).FP != 1 {
					t.Errorf("claims %+v by predicate %+v, want one fp and one fn", r.Claims, r.ClaimsByPredicate)
				}
				return
			}
			want := 0
			if tt.sourceRight {
				want = 1
			}
			if r.Attribution.Total != 1 || r.Attribution.Right != want {
				t.Errorf("attribution %+v, want %d of 1", r.Attribution, want)
			}
		})
	}
}

func TestClaimsBestFirst(t *testing.T) {
	claim := func(value, source string) dossier.Claim {
		return dossier.Claim{Subject: "Grey Tide", Predicate: "operates_in", Value: sp(value), Source: dossier.Str(source)}
	}
	tests := []struct {
		name       string
		gold, pred []dossier.Claim
		right      int // matched claims with the right source
	}{
		{"exact value first", // "Velmora" would otherwise take the first gold claim
			[]dossier.Claim{claim("northern Velmora", ""), claim("Velmora", "")},
			[]dossier.Claim{claim("Velmora", ""), claim("northern", "")}, 2},
		{"right source breaks ties",
			[]dossier.Claim{claim("hills around Velmora", ""), claim("hills around Velmora", "Mara Ilse")},
			[]dossier.Claim{claim("around Velmora", "Mara Ilse"), claim("around Velmora", "")}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := Gold{ID: "d"}
			for _, c := range tt.gold {
				g.Claims = append(g.Claims, GoldClaim{Subject: c.Subject, Predicate: c.Predicate, Value: c.Value, Source: c.Source})
			}
			r := Score([]Gold{g}, map[string]*dossier.Extraction{"d": {Claims: tt.pred}}, Options{})
			if r.Claims.TP != len(tt.gold) || r.Attribution.Right != tt.right {
				t.Errorf("claims %+v attribution %+v, want %d matched, %d right", r.Claims, r.Attribution, len(tt.gold), tt.right)
			}
		})
	}
}

func TestNormalisers(t *testing.T) {
	for _, tt := range []struct{ in, name, words string }{
		{"ISIS-K", "isisk", "isis k"},
		{"Sana’a", "sanaa", "sanaa"},
		{"  U.S. (Army) / Navy ", "usarmynavy", "us army navy"},
		{"Jama’atu Ahl—Sunna", "jamaatuahlsunna", "jamaatu ahl sunna"},
	} {
		if got := normName(tt.in); got != tt.name {
			t.Errorf("normName(%q) = %q, want %q", tt.in, got, tt.name)
		}
		if got := normWords(tt.in); got != tt.words {
			t.Errorf("normWords(%q) = %q, want %q", tt.in, got, tt.words)
		}
	}
	if !strings.Contains(normValue("Al-Qa’ida  Core"), "al-qa'ida core") {
		t.Errorf("normValue does not fold apostrophes: %q", normValue("Al-Qa’ida  Core"))
	}
}
