package extract_test

import (
	"testing"

	"dossier"
)

func TestClaims(t *testing.T) {
	type want struct {
		subject, pred, value string
		min, max             float64 // 0: not checked
		source               string  // "" means null
		hedge                string
	}
	tests := []struct {
		name      string
		published string
		text      string
		want      []want
		not       []string // predicate|value pairs that must not appear
	}{
		{
			name: "strength range attributed to a report, believed",
			text: "The Northern Wolves Front is a militant group in Dornhal. It is believed that the group has between 1,200 to 1,800 fighters, according to a Regional Security Council report.",
			want: []want{{subject: "Northern Wolves Front", pred: "strength", min: 1200, max: 1800, source: "Regional Security Council", hedge: "believed"}},
		},
		{
			name: "leader with hedge from 'some sources indicate'",
			text: "The Northern Wolves Front claimed the raid. Some sources indicate that Anselm Dravik is the leader of the Northern Wolves Front.",
			want: []want{{subject: "Northern Wolves Front", pred: "leader", value: "Anselm Dravik", source: "Some sources", hedge: "reported"}},
		},
		{
			name: "founded with date and formed from groups",
			text: "The Northern Wolves Front was founded in January 2019 by former members of the Vael Popular Resistance and the Black Orchard Movement.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "founded", value: "January 2019", hedge: "stated"},
				{subject: "Northern Wolves Front", pred: "formed_from", value: "Vael Popular Resistance", hedge: "stated"},
				{subject: "Northern Wolves Front", pred: "formed_from", value: "Black Orchard Movement", hedge: "stated"},
			},
		},
		{
			name: "affiliation by compound and places of operation",
			text: "The Crimson Covenant-linked Northern Wolves Front operates in Dornhal and Kessovar.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "affiliated_with", value: "Crimson Covenant", hedge: "stated"},
				{subject: "Northern Wolves Front", pred: "operates_in", value: "Dornhal", hedge: "stated"},
				{subject: "Northern Wolves Front", pred: "operates_in", value: "Kessovar", hedge: "stated"},
			},
		},
		{
			name: "unnamed officials as source",
			text: "The Northern Wolves Front is active in Saren. Arvessan intelligence officials believe the Northern Wolves Front has about 600 fighters.",
			want: []want{{subject: "Northern Wolves Front", pred: "strength", min: 600, max: 600, source: "Arvessan intelligence officials", hedge: "believed"}},
		},
		{
			name:      "attack count with its period",
			published: "2024-05-03",
			text:      "According to the Arvessa Conflict Monitor, the Northern Wolves Front launched 37 attacks in the first three months of 2024.",
			want:      []want{{subject: "Northern Wolves Front", pred: "attack_count", min: 37, max: 37, source: "Arvessa Conflict Monitor", hedge: "reported"}},
		},
		{
			name: "casualties are not strength",
			text: "Northern Wolves Front gunmen killed 40 soldiers near Dornhal on Monday.",
			not:  []string{"strength"},
		},
		{
			name: "rivals",
			text: "The Northern Wolves Front and the Vael Popular Resistance are bitter rivals.",
			want: []want{{subject: "Northern Wolves Front", pred: "rival_of", value: "Vael Popular Resistance", hedge: "stated"}},
		},
		{
			name: "apposition of a group is the article's own voice",
			text: "The Northern Wolves Front, a splinter group of the Vael Popular Resistance, claimed responsibility for the raid.",
			want: []want{{subject: "Northern Wolves Front", pred: "affiliated_with", value: "Vael Popular Resistance", hedge: "stated"}},
		},
		{
			name: "relative clause cites its own source",
			text: "Anselm Dravik heads the Northern Wolves Front (NWF), which the Regional Security Council said last year was a Vael Popular Resistance front.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "leader", value: "Anselm Dravik", hedge: "stated"},
				{subject: "Northern Wolves Front", pred: "affiliated_with", value: "Vael Popular Resistance", source: "Regional Security Council", hedge: "reported"},
			},
		},
		{
			name: "speaker before a chain of appositions",
			text: "Ilse Varnay, a researcher at the Halden Institute for Conflict Studies, a think tank in Estgard, said the Northern Wolves Front had about 900 fighters.",
			want: []want{{subject: "Northern Wolves Front", pred: "strength", min: 900, max: 900, source: "Ilse Varnay", hedge: "reported"}},
		},
		{
			name: "report named by its author, then the report pointed back to",
			text: "A report by the Halden Institute for Conflict Studies last month estimated that the Northern Wolves Front has between 700 and 900 fighters. The report says the Northern Wolves Front operates in Kessovar.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "strength", min: 700, max: 900, source: "Halden Institute for Conflict Studies", hedge: "estimated"},
				{subject: "Northern Wolves Front", pred: "operates_in", value: "Kessovar", source: "Halden Institute for Conflict Studies", hedge: "reported"},
			},
		},
		{
			name: "two clauses, two sources",
			text: "The interior ministry put the Northern Wolves Front's strength at 600 fighters; Ilse Varnay, a researcher, said it had 2,500 fighters.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "strength", min: 600, max: 600, source: "interior ministry", hedge: "reported"},
				{subject: "Northern Wolves Front", pred: "strength", min: 2500, max: 2500, source: "Ilse Varnay", hedge: "reported"},
			},
		},
		{
			name: "trailing speaker covers what comes before",
			text: "Security forces killed Anselm Dravik, the commander of the Northern Wolves Front, near Dornhal on Friday, the defence ministry said on Saturday, months after the group first appeared in 2021.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "leader", value: "Anselm Dravik", source: "defence ministry", hedge: "reported"},
				{subject: "Northern Wolves Front", pred: "founded", value: "2021", hedge: "stated"},
			},
		},
		{
			name: "a branch named after its parent",
			text: "Northern Wolves Front – Kessovar Province attacked a convoy on Monday. The Northern Wolves Front has about 900 fighters.",
			want: []want{{subject: "Northern Wolves Front – Kessovar Province", pred: "affiliated_with", value: "Northern Wolves Front", hedge: "stated"}},
		},
		{
			name: "control of territory as given, also where the group operates",
			text: "The Northern Wolves Front controls a string of villages near Kessovar and taxes the highway.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "controls", value: "a string of villages near Kessovar", hedge: "stated"},
				{subject: "Northern Wolves Front", pred: "operates_in", value: "a string of villages near Kessovar", hedge: "stated"},
			},
		},
		{
			name: "a controlled explosion controls nothing",
			text: "Police carried out a controlled explosion near a Northern Wolves Front safe house in Dornhal.",
			not:  []string{"controls"},
		},
		{
			name: "a list of affiliations and a pronoun subject",
			text: "The Black Orchard Movement kidnapped two aid workers near Halvin. The Vael Popular Resistance held talks in Estgard. Now a wary partner, it has close ties with the Northern Wolves Front and the Crimson Covenant.",
			want: []want{
				{subject: "Vael Popular Resistance", pred: "affiliated_with", value: "Northern Wolves Front", hedge: "stated"},
				{subject: "Vael Popular Resistance", pred: "affiliated_with", value: "Crimson Covenant", hedge: "stated"},
			},
		},
		{
			name: "possessive title",
			text: "Hana Veyle, the Northern Wolves Front's commander, signed the statement.",
			want: []want{{subject: "Northern Wolves Front", pred: "leader", value: "Hana Veyle", hedge: "stated"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &dossier.Document{Path: "t.txt", Text: tt.text, Published: dossier.Str(tt.published)}
			x, err := extractor(t).Extract(t.Context(), doc)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				found := false
				for _, c := range x.Claims {
					if c.Predicate != w.pred || c.Subject != w.subject {
						continue
					}
					if w.value != "" && dossier.Deref(c.Value) != w.value {
						continue
					}
					if w.min != 0 && (c.Min == nil || *c.Min != w.min) || w.max != 0 && (c.Max == nil || *c.Max != w.max) {
						continue
					}
					found = true
					if dossier.Deref(c.Source) != w.source {
						t.Errorf("%s %s: source %q, want %q", w.pred, w.value, dossier.Deref(c.Source), w.source)
					}
					if c.Hedge != w.hedge {
						t.Errorf("%s %s: hedge %q, want %q", w.pred, w.value, c.Hedge, w.hedge)
					}
					if x.Document.Text[c.Evidence.Start:c.Evidence.End] != c.Evidence.Text || c.Evidence.Text == "" {
						t.Errorf("%s: bad evidence %+v", w.pred, c.Evidence)
					}
				}
				if !found {
					t.Errorf("no claim %+v; claims: %v", w, claimSummary(x))
				}
			}
			for _, p := range tt.not {
				for _, c := range x.Claims {
					if c.Predicate == p {
						t.Errorf("unexpected %s claim %v", p, claimSummary(x))
					}
				}
			}
		})
	}
}

func claimSummary(x *dossier.Extraction) []string {
	var out []string
	for _, c := range x.Claims {
		v := dossier.Deref(c.Value)
		if c.Min != nil {
			v += " min"
		}
		out = append(out, c.Subject+" "+c.Predicate+" "+v+" src="+dossier.Deref(c.Source)+" "+c.Hedge)
	}
	return out
}
