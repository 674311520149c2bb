package extract_test

import "testing"

// TestEventRelevance checks which reports of violence make events and
// which make armed clashes: attacks on armed forces are kept with the
// clash subtype (an ambush keeps its own, with the force as a target);
// recalled, rumoured, denied, negated, figurative and hoped-to-end
// attacks, the dead of the attackers' own side and deaths in operations of
// state forces make none.
func TestEventRelevance(t *testing.T) {
	const clash, ambush = "armed clash", "ambush"
	tests := []struct {
		name, text string
		want       string // "" no event, "attack" an event that is no clash, clash an armed clash, ambush an ambush of a force
	}{
		{"ambush of a patrol", "Rebels of the Red Pine Front ambushed an army patrol near Vardela on Tuesday.", ambush},
		{"ambush of a patrol caseless", "rebels of the red pine front ambushed an army patrol near vardela on tuesday.", ambush},
		{"attack on a brigade", "the guerrillas launched an attack against the 9th infantry brigade in vardela.", clash},
		{"passive patrol", "an army patrol was ambushed near vardela.", ambush},
		{"passive perfect battalion", "the tarmo battalion has been attacked in vardela.", clash},
		{"passive perfect battalion capitals", "The Tarmo battalion has been attacked in Vardela.", clash},
		{"passive perfect bank", "the vardela savings bank has been attacked.", "attack"},
		{"fired on a garrison", "gunmen fired on the vardela garrison from a passing truck.", clash},
		{"national guard post", "rebels attacked a national guard post in vardela.", clash},
		{"killing beside an attack on forces", "major tomas vilar ortega was killed during the attack on the 4th regiment in vardela.", clash},
		{"a repelled attack", "the national police repelled a three-hour attack by twenty rebels in vardela.", clash},
		{"a repelled attack on a bridge", "guards protecting the vardela bridge repelled an attack by twenty rebels.", "attack"},
		{"killed a soldier", "gunmen killed a soldier in vardela on tuesday.", clash},
		{"killed a soldier and civilians", "gunmen killed a soldier and two civilians in vardela on tuesday.", "attack"},
		{"an aid convoy", "gunmen attacked an aid convoy near vardela on tuesday.", "attack"},
		{"a military convoy", "gunmen attacked a military convoy near vardela on tuesday.", clash},
		{"rebel positions", "Militiamen of the Blue Hill Front attacked rebel positions near Vardela on Tuesday.", clash},
		{"guerrilla base caseless", "the red pine front said it attacked a guerrilla base of a rival faction near vardela on tuesday.", clash},
		{"attack on civilians", "Gunmen attacked a bus in Vardela on Tuesday, killing four passengers.", "attack"},
		{"civilians in a clash", "reporter carlos mena lobo was murdered while covering a clash in vardela.", "attack"},
		{"killed and wounded", "Gunmen killed and wounded several villagers in Veltrana on Monday.", "attack"},
		{"let us recall", "let us recall the bombing of the vardela courthouse, which killed nine people.", ""},
		{"it should be recalled", "it should be recalled that gunmen murdered judge tomas vilar ortega in vardela.", ""},
		{"a speaker recalled", "the colonel recalled that a few days ago a bomb exploded at the vardela courthouse.", "attack"},
		{"anniversary", "Hundreds marched in Vardela on the anniversary of the massacre of the Ostrava farmers.", ""},
		{"rumours", "there are insistent rumors that banker tomas vilar ortega was murdered in vardela.", ""},
		{"denied reports", "officials denied reports that a bomb had exploded at the vardela airport.", ""},
		{"denied a part in it", "the red pine front issued a communique denying that it directed an attack against judge tomas vilar ortega in vardela.", "attack"},
		{"denied charges", "The army denied charges by the bishop that its helicopters had bombed a village near Vardela.", ""},
		{"did not attack", "the rebels did not attack the vardela courthouse on tuesday.", ""},
		{"not a bomb attack", "Police said the damage at the Vardela courthouse was not a bomb attack.", ""},
		{"did not claim the attack", "the red pine front did not claim the attack on the vardela courthouse on tuesday.", "attack"},
		{"stop the attacks", "the bishop called on the rebels to stop the attacks on power pylons in vardela.", ""},
		{"possibility of an attack", "police warned of the possibility of an attack on the vardela airport.", ""},
		{"harshly attacked", "the senator harshly attacked the minister in vardela.", ""},
		{"attack on freedom", "The union said the decree was an attack on freedom of the press in Vardela.", ""},
		{"the dead of the attackers", "ten rebels were killed near vardela, the army said.", ""},
		{"a count of dead attackers", "the army said it counted 40 guerrillas killed, 12 wounded near vardela.", ""},
		{"killed in a police operation", "smuggler tomas vilar ortega was killed during a police operation in vardela.", ""},
		{"helicopters bombing", "army helicopters bombed the slopes near vardela.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			switch tc.want {
			case "":
				if len(x.Events) > 0 {
					t.Errorf("want no event, got%s", showEvents(x.Events))
				}
				return
			case clash:
				if len(x.Events) != 1 || orNull(x.Events[0].Subtype) != clash {
					t.Errorf("want one armed clash, got%s", showEvents(x.Events))
				}
			case ambush:
				// an ambush keeps its subtype; the force is its target
				if len(x.Events) != 1 || orNull(x.Events[0].Subtype) != ambush || !has(x.Events[0].Targets, "patrol") {
					t.Errorf("want one ambush of a patrol, got%s", showEvents(x.Events))
				}
			default:
				if len(x.Events) != 1 || orNull(x.Events[0].Subtype) == clash {
					t.Errorf("want one event that is no clash, got%s", showEvents(x.Events))
				}
			}
		})
	}
}

// TestClockTimeIsNoYear checks that an hour written as four digits does
// not date an event to a year.
func TestClockTimeIsNoYear(t *testing.T) {
	for _, text := range []string{
		"a bomb exploded at 1830 at the vardela courthouse, killing two guards.",
		"A bomb exploded at the Vardela courthouse at 2100 (0100 GMT), killing two guards.",
	} {
		x := runDoc(t, text, "", "")
		if len(x.Events) != 1 {
			t.Fatalf("%q: want one event, got%s", text, showEvents(x.Events))
		}
		if d := orNull(x.Events[0].Date); d != "-" {
			t.Errorf("%q: date = %s, want none", text, d)
		}
	}
}

// TestLongAgoDateText checks that an article of unknown date keeps a
// relative date of months or years back as the event's date words, and
// that one with a publication date resolves it instead.
func TestLongAgoDateText(t *testing.T) {
	tests := []struct {
		text, published, date, dateText string
	}{
		{"last year, gunmen murdered judge tomas vilar ortega in vardela.", "", "-", "last year"},
		{"judge tomas vilar ortega was murdered in vardela three years ago.", "", "-", "three years ago"},
		{"Gunmen murdered Judge Tomas Vilar Ortega in Veltrana last year.", "2024-03-15", "2023", "-"},
	}
	for _, tc := range tests {
		x := runDoc(t, tc.text, tc.published, "")
		if len(x.Events) != 1 {
			t.Errorf("%q: want one event, got%s", tc.text, showEvents(x.Events))
			continue
		}
		e := x.Events[0]
		if orNull(e.Date) != tc.date || tc.dateText != "-" && orNull(e.DateText) != tc.dateText {
			t.Errorf("%q: date %s (%s), want %s (%s)", tc.text, orNull(e.Date), orNull(e.DateText), tc.date, tc.dateText)
		}
	}
}
