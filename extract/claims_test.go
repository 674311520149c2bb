package extract_test

import (
	"strings"
	"testing"

	"dossier"
)

func TestClaims(t *testing.T) {
	type want struct {
		subject, pred, value string
		min, max             float64 // 0: not checked
		source               string  // "" means null
		hedge                string  // "" means not checked
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
			text: "The Northern Wolves Front is a militant group in Dornhal. It is believed that the movement has between 1,200 to 1,800 fighters, according to a Regional Security Council report.",
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
		{
			name:      "attack counts compared and passive attribution",
			published: "2024-05-03",
			text:      "Nineteen of those attacks were claimed by or attributed to the Northern Wolves Front. The Northern Wolves Front carried out 48 attacks in 2023, well above the 31 recorded by the Arvessa Conflict Monitor.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "attack_count", min: 19, max: 19},
				{subject: "Northern Wolves Front", pred: "attack_count", min: 48, max: 48},
				{subject: "Northern Wolves Front", pred: "attack_count", min: 31, max: 31, source: "Arvessa Conflict Monitor"},
			},
		},
		{
			name: "generic actors' attacks and vague counts are no group's count",
			text: "The Northern Wolves Front is active in Dornhal. Armed groups carried out 40 attacks in Dornhal last year. The Northern Wolves Front has been blamed for several bomb attacks.",
			not:  []string{"attack_count"},
		},
		{
			name: "a question states nothing but names the answer's group",
			text: "The Northern Wolves Front and the Kestrel Liberation Army are both active in Dornhal. Is it linked to the Kestrel Liberation Army? Who leads the Kestrel Liberation Army now? Officials believe that Teodor Vance, a former schoolteacher, has taken over.",
			want: []want{{subject: "Kestrel Liberation Army", pred: "leader", value: "Teodor Vance", source: "Officials", hedge: "believed"}},
			not:  []string{"affiliated_with|Kestrel Liberation Army"},
		},
		{
			name: "active leading, possessive branch and a relative-clause speaker",
			text: "Teodor Vance led the Northern Wolves Front from 2015 until 2021. Marek Halloran, commander of the movement's largest branch, Northern Wolves Front – Ridge Province, was sanctioned. The Arvessan government, which maintains that Teodor Vance is still in charge, declined to comment.",
			want: []want{
				// said twice, the claim keeps its cited form
				{subject: "Northern Wolves Front – Ridge Province", pred: "leader", value: "Marek Halloran"},
				{subject: "Northern Wolves Front", pred: "leader", value: "Teodor Vance", source: "Arvessan government"},
			},
		},
		{
			name: "founding of a coordinated verb and a beginning as",
			text: "The Northern Wolves Front is an armed gang in Dornhal. It grew out of the Valley Salt Guild, a smuggling ring that ran diesel across the border, and was set up under its current name in 2017. The Kestrel Liberation Army, a secular movement that began in 2008 as the Kestrel Popular Resistance, fights on.",
			want: []want{
				{subject: "Northern Wolves Front", pred: "founded", value: "2017"},
				{subject: "Kestrel Popular Resistance", pred: "founded", value: "2008"},
			},
		},
		{
			name: "former names stay as written in formed_from",
			text: "The Northern Wolves Front was formed from a faction that split from the Ridge Popular Resistance, the secular rebel group that now calls itself the Kestrel Liberation Army.",
			want: []want{{subject: "Northern Wolves Front", pred: "formed_from", value: "Ridge Popular Resistance"}},
			not:  []string{"formed_from|Kestrel Liberation Army"},
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
					if w.hedge != "" && c.Hedge != w.hedge {
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
				pred, val, byValue := strings.Cut(p, "|")
				for _, c := range x.Claims {
					if c.Predicate == pred && (!byValue || dossier.Deref(c.Value) == val) {
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
