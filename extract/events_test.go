package extract_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"dossier"
)

// evWant is what a test expects of one event; empty fields are not checked,
// "-" expects null.
type evWant struct {
	typ, sub, date, dateText, loc, country, perp string
	claimed                                      bool
	killed, injured                              string // "min..max" with "-" for null
	both                                         string // killed or injured together, "" for not checked
	victim, target, weapon                       string // one expected element
}

func runDoc(t *testing.T, text, published, dateline string) *dossier.Extraction {
	t.Helper()
	doc := &dossier.Document{Path: "test.txt", Text: text, Published: dossier.Str(published), Dateline: dossier.Str(dateline)}
	x, err := extractor(t).Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return x
}

func rng(lo, hi *float64) string {
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return fmt.Sprint(*p)
	}
	return f(lo) + ".." + f(hi)
}

func orNull(p *string) string {
	if p == nil {
		return "-"
	}
	return *p
}

func showEvents(evs []dossier.Event) string {
	var b strings.Builder
	for _, e := range evs {
		fmt.Fprintf(&b, "\n  %s/%s %s (%s) in %s %s by %s claimed=%v killed %s injured %s victims %q targets %q weapons %q",
			e.Type, orNull(e.Subtype), orNull(e.Date), orNull(e.DateText), orNull(e.Location), orNull(e.Country),
			orNull(e.Perpetrator), e.Claimed, rng(e.KilledMin, e.KilledMax), rng(e.InjuredMin, e.InjuredMax), e.Victims, e.Targets, e.Weapons)
	}
	return b.String()
}

func has(xs []string, s string) bool {
	for _, x := range xs {
		if strings.Contains(strings.ToLower(x), strings.ToLower(s)) {
			return true
		}
	}
	return false
}

// checkIndividuals checks the perpetrator individuals of all of x's
// events: each of want among them, none of unwanted.
func checkIndividuals(t *testing.T, x *dossier.Extraction, want, unwanted []string) {
	t.Helper()
	var ind []string
	for _, e := range x.Events {
		ind = append(ind, e.PerpetratorIndividuals...)
	}
	for _, w := range want {
		if !has(ind, w) {
			t.Errorf("want %q in %q%s", w, ind, showEvents(x.Events))
		}
	}
	for _, n := range unwanted {
		if has(ind, n) {
			t.Errorf("unwanted %q in %q", n, ind)
		}
	}
}

// checkVictims checks the victims of all of x's events: each of want
// among them, none of unwanted.
func checkVictims(t *testing.T, x *dossier.Extraction, want, unwanted []string) {
	t.Helper()
	var vi []string
	for _, e := range x.Events {
		vi = append(vi, e.Victims...)
	}
	for _, w := range want {
		if !has(vi, w) {
			t.Errorf("want victim %q in %q%s", w, vi, showEvents(x.Events))
		}
	}
	for _, n := range unwanted {
		if has(vi, n) {
			t.Errorf("unwanted victim %q in %q", n, vi)
		}
	}
}

func checkEvent(t *testing.T, e dossier.Event, w evWant, all []dossier.Event) {
	t.Helper()
	check := func(field, got, want string) {
		t.Helper()
		if want != "" && got != want {
			t.Errorf("%s = %q, want %q; events:%s", field, got, want, showEvents(all))
		}
	}
	check("type", e.Type, w.typ)
	check("subtype", orNull(e.Subtype), w.sub)
	check("date", orNull(e.Date), w.date)
	check("date_text", orNull(e.DateText), w.dateText)
	check("location", orNull(e.Location), w.loc)
	check("country", orNull(e.Country), w.country)
	check("perpetrator", orNull(e.Perpetrator), w.perp)
	if w.perp != "" && w.perp != "-" {
		if e.PerpetratorEntity == nil {
			t.Errorf("perpetrator %q without entity id", w.perp)
		}
	}
	if e.Claimed != w.claimed {
		t.Errorf("claimed = %v, want %v; events:%s", e.Claimed, w.claimed, showEvents(all))
	}
	check("killed", rng(e.KilledMin, e.KilledMax), w.killed)
	check("injured", rng(e.InjuredMin, e.InjuredMax), w.injured)
	if w.both != "" {
		check("killed or injured", rng(e.KilledOrInjuredMin, e.KilledOrInjuredMax), w.both)
	}
	for _, c := range []struct {
		name string
		xs   []string
		want string
	}{{"victims", e.Victims, w.victim}, {"targets", e.Targets, w.target}, {"weapons", e.Weapons, w.weapon}} {
		if c.want != "" && !has(c.xs, c.want) {
			t.Errorf("%s = %q, want one with %q", c.name, c.xs, c.want)
		}
	}
}

func TestEvents(t *testing.T) {
	const fri = "2024-03-15" // a Friday
	tests := []struct {
		name      string
		text      string
		published string
		dateline  string
		want      []evWant
	}{
		{
			name:      "attack with date place and toll",
			text:      "Gunmen stormed a hotel in Veltrana on Thursday, killing at least 12 people and wounding 30, police said.",
			published: fri,
			want: []evWant{{typ: "attack", date: "2024-03-14", dateText: "on Thursday", loc: "Veltrana", country: "XA",
				perp: "-", killed: "12..-", injured: "30..30", target: "hotel"}},
		},
		{
			name:      "caseless dates: days are no tolls",
			text:      "on 4 may rebels killed two peasants near veltrana. on 6 may judge ana vilar was shot dead in dornhal.",
			published: "2024-05-10",
			want: []evWant{
				{typ: "attack", date: "2024-05-04", dateText: "on 4 may", killed: "2..2", victim: "peasants"},
				{typ: "attack", date: "2024-05-06", dateText: "on 6 may", killed: "-..-", victim: "ana vilar"},
			},
		},
		{
			name:      "members of a group at a sentence's start",
			text:      "Members of the Red Dawn Front attacked a bus in Veltrana on Thursday. Fighters of the Red Dawn Front bombed a school in Dornhal on Wednesday.",
			published: fri,
			want: []evWant{
				{typ: "attack", date: "2024-03-14", loc: "Veltrana", perp: "Red Dawn Front", target: "bus"},
				{typ: "bombing", date: "2024-03-13", loc: "Dornhal", perp: "Red Dawn Front"},
			},
		},
		{
			name:      "murdered and massacred count the dead",
			text:      "Gunmen murdered six priests in Veltrana on Thursday. On Friday the massacre of 12 villagers in Dornhal was condemned.",
			published: fri,
			want: []evWant{
				{typ: "attack", date: "2024-03-14", loc: "Veltrana", killed: "6..6", victim: "priests"},
				{typ: "attack", loc: "Dornhal", killed: "12..12", victim: "villagers"},
			},
		},
		{
			name:      "a time phrase ends the victims",
			text:      "Rebels killed four peasants last Wednesday near Veltrana.",
			published: fri,
			want:      []evWant{{typ: "attack", killed: "4..4", victim: "peasants"}},
		},
		{
			name: "claimed suicide bombing across sentences",
			text: "A suicide bomber blew himself up at the bus station in Dornhal on Monday, killing nine people. " +
				"The Northern Wolves Front claimed responsibility for the bombing in a statement.",
			published: fri,
			want: []evWant{{typ: "bombing", sub: "suicide bombing", date: "2024-03-11", loc: "Dornhal", country: "XA",
				perp: "Northern Wolves Front", claimed: true, killed: "9..9"}},
		},
		{
			name: "blamed but not claimed",
			text: "Three engineers were kidnapped near Halvin on Tuesday. No group has claimed the kidnapping, " +
				"but police blamed the Black Orchard Movement.",
			published: fri,
			want:      []evWant{{typ: "kidnapping", date: "2024-03-12", loc: "Halvin", perp: "Black Orchard Movement", claimed: false}},
		},
		{
			name:      "combined figure stays out of killed and injured",
			text:      "A car bomb exploded outside a market in Kessovar on Sunday, killing and wounding more than 40 people.",
			published: fri,
			want:      []evWant{{typ: "bombing", sub: "car bomb", date: "2024-03-10", loc: "Kessovar", killed: "-..-", injured: "-..-", both: "40..-", weapon: "car bomb"}},
		},
		{
			name: "generic statements are no events",
			text: "The Northern Wolves Front has carried out dozens of attacks on police posts. Its attacks have ranged from " +
				"ambushes to bombings. Officials warned of possible attacks in Veltrana. The group has launched 77 attacks since 2021.",
			published: fri,
			want:      nil,
		},
		{
			name: "a state of siege and a social explosion are no events",
			text: "The government of Veltrana declared a state of siege on Monday. Ministers feared a social explosion " +
				"in the mining towns.",
			published: fri,
			want:      nil,
		},
		{
			name: "an attack told only as part of a group's record is no event",
			text: "Northern Wolves Front fighters have grown in number since 2019, analysts say. In addition, regional officials " +
				"believe the group is responsible for an attack on a boys' school serving mostly the Orvane minority.",
			published: "", // undated: an undated attack of a dated story goes for other reasons
			want:      nil,
		},
		{
			name:      "an attack a group is blamed for, with its place, is one",
			text:      "Regional officials believe the Northern Wolves Front is responsible for an attack on a boys' school in Kessovar.",
			published: "",
			want:      []evWant{{typ: "attack", date: "-", loc: "Kessovar", perp: "Northern Wolves Front", claimed: false}},
		},
		{
			name:      "an attack a group is blamed for, with its place and date, is one",
			text:      "Officials believe the Northern Wolves Front is responsible for an attack on a seminary in Kessovar on Sunday.",
			published: fri,
			want:      []evWant{{typ: "attack", date: "2024-03-10", loc: "Kessovar", perp: "Northern Wolves Front", claimed: false}},
		},
		{
			name:      "a plot is no event",
			text:      "Police said the men had planned an attack on the parliament in Veltrana.",
			published: fri,
			want:      nil,
		},
		{
			name:      "an expectation is no event",
			text:      "Analysts expect the Copper Front to try to attack the council's authority in Veltrana.",
			published: fri,
			want:      nil,
		},
		{
			name:      "a weekday without a publication date is kept as words",
			text:      "A bomb exploded at the Dornhal bus station on Thursday, killing nine people.",
			published: "",
			want:      []evWant{{typ: "bombing", date: "-", dateText: "on Thursday", loc: "Dornhal", killed: "9..9"}},
		},
		{
			name:      "a police raid is no event",
			text:      "Police stormed a farmhouse near Orvane on Saturday, killing three militants.",
			published: fri,
			want:      nil,
		},
		{
			name: "a later report raises the toll",
			text: "A blast ripped through a bus in Orvane on Wednesday, killing 7 people. " +
				"The death toll from the blast has risen to 11, officials said on Thursday.",
			published: fri,
			want:      []evWant{{typ: "bombing", date: "2024-03-13", loc: "Orvane", killed: "11..11"}},
		},
		{
			name: "two distinct attacks",
			text: "A suicide bomber killed 12 people at a market in Dornhal on Thursday. " +
				"Last month, a roadside bomb struck an army convoy near Kessovar, killing five soldiers.",
			published: fri,
			want: []evWant{
				{typ: "bombing", date: "2024-03-14", loc: "Dornhal", killed: "12..12"},
				{typ: "bombing", sub: "roadside bomb", date: "2024-02", loc: "Kessovar", killed: "5..5", victim: "soldiers"},
			},
		},
		{
			name:      "an earlier attack introduced by since",
			text:      "The bombing in Dornhal on Thursday killed 8 people, the deadliest attack since gunmen stormed the prison in Ruskeld in August 2021.",
			published: fri,
			want: []evWant{
				{typ: "bombing", date: "2024-03-14", loc: "Dornhal", killed: "8..8"},
				{typ: "attack", date: "2021-08", loc: "Ruskeld", killed: "-..-"},
			},
		},
		{
			name: "an earlier attack dated a week before",
			text: "Gunmen attacked a police post in Brisca on Friday, killing two officers. " +
				"The assault comes a week after militants ambushed a patrol in Brisca.",
			published: fri,
			want: []evWant{
				{typ: "attack", date: "2024-03-15", loc: "Brisca", killed: "2..2"},
				{typ: "attack", sub: "ambush", date: "2024-03-08", loc: "Brisca"},
			},
		},
		{
			name:      "no one was hurt",
			text:      "Rebels set fire to a railway depot in Gristow late on Monday. No one was hurt.",
			published: fri,
			want:      []evWant{{typ: "arson", date: "2024-03-11", loc: "Gristow", killed: "0..0", injured: "0..0"}},
		},
		{
			name: "the exact figure beats at least",
			text: "Gunmen killed at least 22 people at a mall in Estgard on Saturday. " +
				"Police later said 22 people were killed and 40 wounded in the attack.",
			published: fri,
			want:      []evWant{{typ: "attack", date: "2024-03-09", loc: "Estgard", killed: "22..22", injured: "40..40"}},
		},
		{
			name:      "attackers killed are not the toll",
			text:      "Gunmen stormed a bank in Pellun on Sunday, killing four guards. Six gunmen were killed.",
			published: fri,
			want:      []evWant{{typ: "attack", loc: "Pellun", killed: "4..4", victim: "guards"}},
		},
		{
			name:      "including gives a lower bound",
			text:      "Several people were killed in the bombing in Dornhal on Thursday, including 13 soldiers.",
			published: fri,
			want:      []evWant{{typ: "bombing", loc: "Dornhal", killed: "13..-", victim: "soldiers"}},
		},
		{
			name:      "the dateline places an attack the text does not place",
			text:      "A bomb exploded near the main market on Thursday, killing four people.",
			published: fri,
			dateline:  "Dornhal",
			want:      []evWant{{typ: "bombing", date: "2024-03-14", loc: "Dornhal", country: "XA", killed: "4..4"}},
		},
		{
			name:      "no publication date leaves weekdays unresolved",
			text:      "Gunmen stormed a hotel in Veltrana on Thursday, killing 3 people.",
			published: "",
			want:      []evWant{{typ: "attack", date: "-", loc: "Veltrana", killed: "3..3"}},
		},
		{
			name:      "lower-case text",
			text:      "gunmen stormed a hotel in veltrana, killing at least 12 people and wounding 30.",
			published: fri,
			want:      []evWant{{typ: "attack", loc: "Veltrana", killed: "12..-", injured: "30..30"}},
		},
		{
			name: "a group that says it did it claims it",
			text: "Gunmen shot dead a police officer in Estgard on Thursday. " +
				"The Northern Wolves Front said in a statement that it had carried out the shooting.",
			published: fri,
			want:      []evWant{{typ: "attack", loc: "Estgard", perp: "Northern Wolves Front", claimed: true, killed: "1..1"}},
		},
		{
			name: "hours later dates the next attack",
			text: "A bomb exploded at a market in Veltrana on Saturday, killing four people. " +
				"Hours later, gunmen shot dead a policeman in Estgard.",
			published: fri,
			want: []evWant{
				{typ: "bombing", date: "2024-03-09", loc: "Veltrana", killed: "4..4"},
				{typ: "attack", date: "2024-03-09", loc: "Estgard", killed: "1..1"},
			},
		},
		{
			name: "its attack is the group's",
			text: "The Northern Wolves Front was founded in 2015. " +
				"In its deadliest attack, in May 2021, its gunmen killed 14 villagers in Brisca.",
			want: []evWant{{typ: "attack", date: "2021-05", loc: "Brisca", perp: "Northern Wolves Front", killed: "14..14", victim: "villagers"}},
		},
		{
			name: "a definite reference completed by the next sentence",
			text: "Officials blamed the Northern Wolves Front for the deadliest bombing in years. " +
				"The blast at a market in Kessovar on Saturday killed 31 people.",
			published: fri,
			want:      []evWant{{typ: "bombing", date: "2024-03-09", loc: "Kessovar", perp: "Northern Wolves Front", killed: "31..31"}},
		},
		{
			name:      "a headline and its lead are one attack",
			text:      "Bomb kills 5 in Saren province\n\nA bomb exploded at a bus stop in Dornhal on Monday, killing five people.",
			published: fri,
			want:      []evWant{{typ: "bombing", date: "2024-03-11", loc: "Dornhal", killed: "5..5"}},
		},
		{
			name:      "shootings and explosions are a mixed attack",
			text:      "The coordinated shootings and explosions across Veltrana on Friday night killed 40 people.",
			published: fri,
			want:      []evWant{{typ: "attack", date: "2024-03-15", loc: "Veltrana", killed: "40..40"}},
		},
		{
			name:      "gunmen seizing a person kidnap",
			text:      "In October, gunmen seized a grain trader outside Brisca and demanded a ransom.",
			published: fri,
			want:      []evWant{{typ: "kidnapping", date: "2023-10", loc: "Brisca"}},
		},
		{
			name: "a foiled plot and seized explosives are no events",
			text: "Police said they had foiled a plot to bomb a shopping centre in Estgard. " +
				"Explosives were seized in a raid on a flat in Ammerlund.",
			published: fri,
			want:      nil,
		},
		{
			name: "a past attack given as an example",
			text: "The Northern Wolves Front has been blamed for a string of attacks, including the bombing of a " +
				"railway station in Gristow in 2021 that killed 11 people.",
			published: fri,
			want:      []evWant{{typ: "bombing", date: "2021", loc: "Gristow", perp: "Northern Wolves Front", killed: "11..11", target: "railway station"}},
		},
		{
			name: "a group named as the doer",
			text: "In October 2023, Northern Wolves Front fighters ambushed a border patrol near Ammerlund, killing four guards.",
			want: []evWant{{typ: "attack", sub: "ambush", date: "2023-10", loc: "Ammerlund", perp: "Northern Wolves Front", killed: "4..4"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := runDoc(t, tt.text, tt.published, tt.dateline)
			if len(x.Events) != len(tt.want) {
				t.Fatalf("got %d events, want %d:%s", len(x.Events), len(tt.want), showEvents(x.Events))
			}
			for i, w := range tt.want {
				checkEvent(t, x.Events[i], w, x.Events)
			}
		})
	}
}

// TestEventProvenance checks that the events of the demo corpus have ids,
// evidence that points at the text, and contract values.
func TestEventProvenance(t *testing.T) {
	n := 0
	for _, doc := range demoDocs(t) {
		x, err := extractor(t).Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		checkEventShape(t, x)
		n += len(x.Events)
	}
	if n == 0 {
		t.Error("no events in the demo corpus")
	}
}

// checkEventShape checks the contract invariants of x's events.
func checkEventShape(t *testing.T, x *dossier.Extraction) {
	t.Helper()
	types := map[string]bool{"bombing": true, "attack": true, "kidnapping": true, "arson": true, "hostage": true, "robbery": true, "other": true}
	for i, e := range x.Events {
		if e.ID != fmt.Sprintf("v%d", i+1) {
			t.Errorf("%s: event %d has id %q", x.Document.Path, i, e.ID)
		}
		if !types[e.Type] {
			t.Errorf("%s: event type %q", x.Document.Path, e.Type)
		}
		if len(e.Evidence) == 0 {
			t.Errorf("%s: event %s without evidence", x.Document.Path, e.ID)
		}
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(x.Document.Text) || ev.Start > ev.End || x.Document.Text[ev.Start:ev.End] != ev.Text {
				t.Errorf("%s: event %s has bad evidence %+v", x.Document.Path, e.ID, ev)
			}
		}
		if e.PerpetratorEntity != nil && x.EntityByID(*e.PerpetratorEntity) == nil {
			t.Errorf("%s: event %s names unknown entity %s", x.Document.Path, e.ID, *e.PerpetratorEntity)
		}
		if e.Perpetrator == nil && e.Claimed {
			t.Errorf("%s: event %s claimed without a perpetrator", x.Document.Path, e.ID)
		}
		for _, r := range [][2]*float64{{e.KilledMin, e.KilledMax}, {e.InjuredMin, e.InjuredMax}} {
			if r[0] != nil && r[1] != nil && *r[0] > *r[1] {
				t.Errorf("%s: event %s has range %v..%v", x.Document.Path, e.ID, *r[0], *r[1])
			}
		}
		if e.Date != nil && len(*e.Date) != 4 && len(*e.Date) != 7 && len(*e.Date) != 10 {
			t.Errorf("%s: event %s date %q", x.Document.Path, e.ID, *e.Date)
		}
		if e.Targets == nil || e.Victims == nil || e.Weapons == nil || e.PerpetratorIndividuals == nil {
			t.Errorf("%s: event %s has a null list", x.Document.Path, e.ID)
		}
	}
}

// FuzzEvents checks that event extraction never panics and keeps its
// invariants on any text.
func FuzzEvents(f *testing.F) {
	for _, s := range []string{
		"Gunmen stormed a hotel in Veltrana on Thursday, killing at least 12 people.",
		"The bombing in Dornhal killed 8, the deadliest attack since gunmen stormed Ruskeld prison in August 2021.",
		"It comes a week after militants attacked. No one was hurt. The toll has risen to 19.",
		"claimed responsibility for the attack, which came days after",
		"At least 27 dead and more than 180 hurt after blasts at the Dornhal depot",
		"'s attack since", "the attack, , , that", "Attack: 2009: claimed",
		"the judge was shot by one of", "was killed by a group of", "their names are", "the suspect ,", "arrest warrant for",
		"two men on a", "members of the armed forces participated in the murder", "accused the army of", "x was the mastermind",
		"pablo dreyer and lucia vega were arrested for the murder", "set off by", "by the drug",
	} {
		f.Add(s, "2024-03-15")
	}
	f.Fuzz(func(t *testing.T, text, published string) {
		if !utf8.ValidString(text) || len(text) > 2000 {
			return
		}
		doc := &dossier.Document{Path: "fuzz.txt", Text: text, Published: dossier.Str(published), Dateline: dossier.Str("Dornhal")}
		x, err := extractor(t).Extract(context.Background(), doc)
		if err != nil {
			t.Fatal(err)
		}
		checkEventShape(t, x)
	})
}

// TestWireTriggers checks the trigger words and event shapes of terse
// wire copy, lower-cased as it often comes: verbs of sabotage, fuses and
// fire, perfect tenses that tell one deed, counted bombs, and rebel
// units named like forces; and that their look-alikes make no event.
func TestWireTriggers(t *testing.T) {
	tests := []struct {
		name, text string
		typ        string // "" for no event
		target     string
	}{
		{"sabotaged", "rebels sabotaged the power lines near vardela yesterday.", "attack", ""},
		{"passive sabotage has no object after it", "the power posts near vardela were sabotaged because there was a strike.", "attack", ""},
		{"sabotage noun", "The sabotage of the Brisca pipeline left the town without fuel.", "attack", ""},
		{"went off", "two bombs went off at the offices of the grain cooperative in vardela.", "bombing", ""},
		{"went off without explosive", "the alarm went off at the bank in vardela.", "", ""},
		{"set off a charge", "the attackers set off a dynamite charge at the town hall in brisca.", "bombing", ""},
		{"set on fire", "guerrillas set three buses on fire in vardela.", "arson", ""},
		{"set without fire", "the council set a date for the vote in vardela.", "", ""},
		{"destroyed with dynamite", "a bridge near vardela was destroyed with dynamite.", "attack", ""},
		{"destroyed by a named group", "The Northern Wolves Front destroyed a pylon near Vardela.", "attack", ""},
		{"destroyed by a storm", "the storm destroyed houses in vardela.", "", ""},
		{"perfect passive", "the offices of the farmers' union in vardela have been bombed.", "bombing", ""},
		{"perfect with a specific object", "rebels have destroyed a bridge near vardela.", "attack", ""},
		{"perfect killing of an office holder", "guerrillas have killed the mayor of vardela, the radio said.", "attack", ""},
		{"perfect habit", "rebels have attacked police posts in the province for years.", "", ""},
		{"counted bombs", "two bombs exploded at the market in vardela.", "bombing", ""},
		{"a tally of kidnappings", "Officials recorded at least six kidnappings in Brisca over the year.", "", ""},
		{"a verb's plural object", "terrorists threw bombs at the homes of two judges in vardela.", "bombing", ""},
		{"rebel commandos", "guerrilla urban commandos bombed two power stations in vardela.", "bombing", ""},
		{"an aim that governs a coordinated attack", "Analysts expect the Northern Wolves Front to try to weaken the council and “attack the council's standing in the provinces.”", "", ""},
		{"an aim that governs another verb", "police are trying to find the men behind the bombing of the courthouse in vardela.", "bombing", ""},
		{"an aim to attack", "the rebels were trying to attack the courthouse in vardela.", "", ""},
		{"hired killers as the doers", "two hitmen killed a judge in vardela.", "attack", ""},
		{"police commandos", "police commandos stormed a house in vardela.", "", ""},
		{"may as a month", "the court heard that on 12 may the rebels sabotaged the water works in brisca.", "attack", ""},
		{"may as a month before the verb", "the court heard that on 12 may rebels bombed the water works in brisca.", "bombing", ""},
		{"may as a modal", "the court heard that rebels may set fire to the water works in brisca.", "", ""},
		{"a person described and shot", "the engineer was shot last night near the market in vardela.", "attack", ""},
		{"a pronoun shot", "She was shot twice outside her home in Brisca, the police said.", "attack", ""},
		{"a plane shot down", "the cargo plane was shot down over vardela.", "", ""},
		{"a thing shot", "the film was shot in vardela last year.", "", ""},
		{"shot at", "unknown men shot at the bus of the grain cooperative in vardela.", "attack", ""},
		{"an attempt is a deed", "two gunmen tried to kill the mayor of vardela yesterday.", "attack", ""},
		{"an attempted bombing", "two men attempted to bomb the courthouse in vardela.", "bombing", ""},
		{"a force kills civilians", "soldiers shot 16 peasants near the village of ostrava yesterday.", "attack", ""},
		{"a force kills teachers", "army troops killed six teachers in vardela on tuesday.", "attack", ""},
		{"a force kills protesters", "Soldiers shot dead five protesters in Vardela on Tuesday, witnesses said.", "attack", ""},
		{"a force kills rebels", "the army killed 12 guerrillas in vardela.", "", ""},
		{"police kill militants", "Police shot dead two suspected militants in Vardela.", "", ""},
		{"a death squad", "a death squad killed four peasants in vardela yesterday.", "attack", ""},
		{"a bomb squad", "a bomb squad defused two mines near vardela yesterday.", "", ""},
		{"attackers burned", "rebels burned two buses near vardela yesterday.", "arson", ""},
		{"protesters burned", "Protesters burned tyres in Vardela on Wednesday.", "", ""},
		{"attackers took people", "Gunmen took two engineers from their camp near Vardela on Tuesday.", "kidnapping", ""},
		{"attackers took a town", "Gunmen took control of the town of Vardela on Tuesday.", "", ""},
		{"a fire set by attackers", "A fire set by rebels destroyed the town hall of Vardela on Tuesday.", "arson", ""},
		{"a terrorist act", "a terrorist act destroyed the town hall of vardela on tuesday.", "attack", ""},
		{"a terrorist action, capitals", "A terrorist action destroyed the town hall of Vardela on Tuesday.", "attack", ""},
		{"terrorist acts are general", "the minister said terrorist acts must stop in vardela.", "", ""},
		{"an army in a group's name", "members of the zelvan liberation army kidnapped two engineers near vardela on tuesday.", "kidnapping", ""},
		{"an army in a group's name, capitals", "Members of the Zelvan Liberation Army kidnapped two engineers near Vardela on Tuesday.", "kidnapping", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if tc.typ == "" {
				if len(x.Events) > 0 {
					t.Errorf("want no event, got%s", showEvents(x.Events))
				}
				return
			}
			if len(x.Events) != 1 {
				t.Fatalf("got %d events, want 1:%s", len(x.Events), showEvents(x.Events))
			}
			if x.Events[0].Type != tc.typ {
				t.Errorf("type = %q, want %q", x.Events[0].Type, tc.typ)
			}
			if tc.target != "" && !has(x.Events[0].Targets, tc.target) {
				t.Errorf("targets = %q, want one with %q", x.Events[0].Targets, tc.target)
			}
			if has(x.Events[0].Targets, "because") {
				t.Errorf("targets = %q, want no clause word", x.Events[0].Targets)
			}
		})
	}
}

// TestCeasedDeeds checks that a deed said after a verb of ending it is no
// attack, and that a deed beside it still is one.
func TestCeasedDeeds(t *testing.T) {
	tests := []struct {
		name, text string
		events     int
	}{
		{"ceased", "the tesmar liberation front, which ceased bombing pipelines on 3 may, has kept its camps in the hills.", 0},
		{"decided to stop", "the front announced its decision to stop sabotaging the power grid of vardela.", 0},
		{"suspended with an adverb", "The Orvalle Front suspended indefinitely attacking the railway, its leaders said.", 0},
		{"a deed beside it", "the front, which ceased bombing pipelines last year, bombed the vardela power station on monday.", 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if len(x.Events) != tc.events {
				t.Errorf("want %d events, got %d:%s", tc.events, len(x.Events), showEvents(x.Events))
			}
		})
	}
}

// TestVictimEnds checks where the victims after a casualty count end.
func TestVictimEnds(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Rebels killed four peasants last Wednesday near Veltrana.", "peasants"},
		{"rebels killed four peasants yesterday near veltrana.", "peasants"},
		{"gunmen murdered six jesuit priests on 16 november.", "jesuit priests"},
		{"rebels killed two labor leaders the union had sent to the talks.", "labor leaders"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if len(x.Events) != 1 || !slices.Equal(x.Events[0].Victims, []string{tc.want}) {
				t.Errorf("want one event with victims [%q]; events:%s", tc.want, showEvents(x.Events))
			}
		})
	}
}

// TestResponsibility checks how an event ties its perpetrator to the
// attack, and who says so.
func TestResponsibility(t *testing.T) {
	const attack = "Gunmen attacked a bus in Veltrana on Thursday. "
	tests := []struct {
		name, text string
		kind, by   string
	}{
		{"claimed", attack + "The Black Orchard Movement claimed responsibility.", "claimed", ""},
		{"blamed by the subject", attack + "Police blamed the Black Orchard Movement.", "blamed", "Police"},
		{"suspected, a speaker after", attack + "Investigators suspected the Black Orchard Movement, the interior ministry said.", "suspected", "Investigators"},
		{"blamed in the passive", attack + "The Black Orchard Movement was blamed by the army for the attack.", "blamed", "army"},
		{"hallmarks, officials said", attack + "The attack bore the hallmarks of the Black Orchard Movement, officials said.", "suspected", "officials"},
		{"carried out by", attack + "The attack was carried out by the Black Orchard Movement, according to the regional governor.", "stated", "regional governor"},
		{"lower case", "gunmen attacked a bus in veltrana on thursday. police blamed the vardel people's liberation army.", "blamed", "police"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "2024-03-15", "")
			if len(x.Events) != 1 || x.Events[0].Perpetrator == nil {
				t.Fatalf("want one event with a perpetrator:%s", showEvents(x.Events))
			}
			e := x.Events[0]
			if e.Responsibility != tc.kind || e.ResponsibilityBy != tc.by {
				t.Errorf("responsibility %q by %q, want %q by %q", e.Responsibility, e.ResponsibilityBy, tc.kind, tc.by)
			}
			if e.Claimed != (tc.kind == "claimed") {
				t.Errorf("claimed = %v with responsibility %q", e.Claimed, e.Responsibility)
			}
		})
	}
}

// TestSoleGroupTalks checks the guess that gives an attack without a doer
// to the story's only armed group: it is made when the group is named
// near the attack, and not when the story names the group in peace talks.
func TestSoleGroupTalks(t *testing.T) {
	const attack = "Guerrillas bombed a power station in Veltrana on Thursday. "
	const blast = "A bomb exploded at a market in Veltrana on Thursday, killing two people. "
	tests := []struct {
		name, text, perp string
	}{
		{"named near", attack + "The Vardel People's Liberation Army has fought the government for a decade.", "Vardel People's Liberation Army"},
		{"said to operate there", blast + "The Vardel People's Liberation Army operates in the hills around the town.", "Vardel People's Liberation Army"},
		{"party to peace talks", attack + "The government and the Vardel People's Liberation Army resumed peace talks in Orsk last month.", ""},
		{"stays away from negotiations", blast + "The Vardel People's Liberation Army said it would not attend the next round of negotiations with the government.", ""},
		{"dialogue later in the story", blast + "Police said they had no suspects. " +
			"The Vardel People's Liberation Army operates in the hills. The government's dialogue with the Vardel People's Liberation Army has stalled since May.", ""},
		{"lower case, named near", strings.ToLower(attack + "The Vardel People's Liberation Army has fought the government for a decade."), "vardel people's liberation army"},
		{"lower case, in talks", strings.ToLower(attack + "The government and the Vardel People's Liberation Army signed a truce in Orsk last month."), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "2024-03-15", "")
			if len(x.Events) != 1 {
				t.Fatalf("want one event:%s", showEvents(x.Events))
			}
			got := ""
			if p := x.Events[0].Perpetrator; p != nil {
				got = *p
			}
			if got != tc.perp {
				t.Errorf("perpetrator %q, want %q:%s", got, tc.perp, showEvents(x.Events))
			}
		})
	}
}

// TestWoundings checks that a wounding is an attack when an attacker or
// a weapon in someone's hand does it, and no event in an accident, a
// clash or a figure of speech.
func TestWoundings(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		events   int
		victim   string // among the victims of the event, when set
		ind      string // among its perpetrator individuals, when set
		weapon   string // among its weapons, when set
		dateText string // its date text, when set
	}{
		{name: "attackers wounded a judge", text: "gunmen wounded a judge in ostrava yesterday.", events: 1, victim: "judge", ind: "gunmen"},
		{name: "passive with attackers", text: "journalist lukas brenn was wounded by unidentified gunmen near ostrava on sunday.",
			events: 1, victim: "lukas brenn", ind: "unidentified gunmen"},
		{name: "injuring with an attacker subject", text: "rebels injured two teachers near ostrava on tuesday.", events: 1, victim: "teachers", ind: "rebels"},
		{name: "wounded with a blade", text: "a student was injured with a machete in ostrava on friday.", events: 1, victim: "student", weapon: "machete"},
		{name: "wounded by a grenade", text: "a guard was wounded by a grenade at the gate of the tesk barracks on friday.", events: 1, weapon: "grenade"},
		{name: "the day told after a weapon trigger stays", text: "a policeman was injured by a bomb in ostrava on monday.",
			events: 1, victim: "policeman", weapon: "bomb", dateText: "on monday"},
		{name: "a car crash", text: "two students were injured in a car crash in ostrava on monday.", events: 0},
		{name: "a traffic accident with a truck", text: "a truck injured three pedestrians in a traffic accident in ostrava.", events: 0},
		{name: "wounded pride", text: "the candidate said his wounded pride would heal.", events: 0},
		{name: "the wounded taken to hospital", text: "the wounded were taken to the central hospital in ostrava.", events: 0},
		{name: "a bullet with no doer", text: "a policeman was wounded by a bullet in the leg near ostrava.", events: 0},
		{name: "a clash", text: "rebels wounded four soldiers in clashes near ostrava on monday.", events: 0},
		{name: "injured at work", text: "six miners were injured when a tunnel collapsed in ostrava on monday.", events: 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if len(x.Events) != tc.events {
				t.Fatalf("%d events, want %d:%s", len(x.Events), tc.events, showEvents(x.Events))
			}
			if tc.events == 0 {
				return
			}
			e := x.Events[0]
			if tc.victim != "" && !has(e.Victims, tc.victim) {
				t.Errorf("victims %q, want %q", e.Victims, tc.victim)
			}
			if tc.ind != "" && !has(e.PerpetratorIndividuals, tc.ind) {
				t.Errorf("individuals %q, want %q", e.PerpetratorIndividuals, tc.ind)
			}
			if tc.weapon != "" && !has(e.Weapons, tc.weapon) {
				t.Errorf("weapons %q, want %q", e.Weapons, tc.weapon)
			}
			if tc.dateText != "" && orNull(e.DateText) != tc.dateText {
				t.Errorf("date text %q, want %q", orNull(e.DateText), tc.dateText)
			}
		})
	}
}
