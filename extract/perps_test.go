package extract_test

import "testing"

// TestDocumentDoers checks doers reached in clauses the subject and
// agent rules of one clause miss, in lower case as wire copy and in
// capitals.
func TestDocumentDoers(t *testing.T) {
	tests := []struct {
		name, text string
		ind        []string // wanted among the perpetrator individuals
		noind      []string
	}{
		{"quoted subject participated", `the president said on friday that "members of the army" participated in the murder of the vardela mayor.`, []string{"members of the army"}, nil},
		{"quoted subject participated, capitals", `The president said on Friday that "members of the army" participated in the murder of the Vardela mayor.`, []string{"members of the army"}, nil},
		{"group of five", "on friday a group of five urban guerrillas attacked the orvalle town hall.", []string{"group of five urban guerrillas"}, nil},
		{"group of five, capitals", "On Friday a group of five urban guerrillas attacked the Orvalle town hall.", []string{"group of five urban guerrillas"}, nil},
		{"killed a group of", "the army killed a group of six rebels near vardela on friday.", nil, []string{"group of six rebels"}},
		{"by after a place in commas", "judge ana perel was attacked in vardela, 10 km from orvalle, by two men dressed in police uniforms.", []string{"two men dressed in police uniforms"}, nil},
		{"by after a place in commas, capitals", "Judge Ana Perel was attacked in Vardela, 10 km from Orvalle, by two men dressed in police uniforms.", []string{"two men dressed in police uniforms"}, nil},
		{"someone hurled, another clause", "the grain lorry burned in vardela on friday after someone threw a petrol bomb into its cab.", []string{"someone"}, nil},
		{"someone hurled, another clause, capitals", "The grain lorry burned in Vardela on Friday after someone threw a petrol bomb into its cab.", []string{"someone"}, nil},
		{"guerrillas of claimed", "a bomb destroyed the orvalle town hall on friday. guerrillas of the zelvan front have claimed responsibility for the attack.", []string{"guerrillas"}, nil},
		{"claimed a terrorist act", "a bomb destroyed the orvalle town hall on friday. guerrillas of the zelvan front have claimed credit for the terrorist act.", []string{"guerrillas"}, nil},
		{"claimed a terrorist act, capitals", "A bomb destroyed the Orvalle town hall on Friday. Guerrillas of the Zelvan Front have claimed credit for the terrorist act.", []string{"Guerrillas"}, nil},
		{"band tried to attack", "an unidentified armed group tried to attack the home of the vardela judge on friday.", []string{"unidentified armed group"}, nil},
		{"band tried to attack, capitals", "An unidentified armed group tried to attack the home of the Vardela judge on Friday.", []string{"unidentified armed group"}, nil},
		{"rebels attempted to kidnap", "rebels attempted to kidnap the orvalle mayor ana perel on friday.", []string{"rebels"}, nil},
		{"by an individual after a place in commas", "judge ana perel was attacked in vardela, 10 km from orvalle, by an individual who fired six shots.", []string{"individual"}, nil},
		{"by an individual after a place in commas, capitals", "Judge Ana Perel was attacked in Vardela, 10 km from Orvalle, by an individual who fired six shots.", []string{"individual"}, nil},
		{"tried to, no attack verb", "a bomb exploded at the home of the vardela judge on friday. hours before, an unidentified armed group tried to enter the house.", nil, []string{"armed group"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			checkIndividuals(t, x, tc.ind, tc.noind)
		})
	}
}

// TestSoleGroupMembers checks that attackers named by a noun of members of
// an organised group ("terrorists", "militants") are the group's when the
// story names one armed group only, even sentences away, while gunmen
// need not be; in lower case as wire copy and in capitals.
func TestSoleGroupMembers(t *testing.T) {
	const rest = " the bridge was built in 1970. traffic was diverted to the coast road. repairs will take a month." +
		" the road carries grain to the port. the zelvan liberation front has been active in the region for years."
	tests := []struct {
		name, text string
		perp       string // wanted perpetrator, "" for none
	}{
		{"terrorists", "on friday terrorists blew up a bridge near orvalle." + rest, "zelvan liberation front"},
		{"militants", "on friday militants blew up a bridge near orvalle." + rest, "zelvan liberation front"},
		{"insurgents, capitals", "On Friday insurgents blew up a bridge near Orvalle. The bridge was built in 1970. Traffic was diverted to the coast road. Repairs will take a month. The road carries grain to the port. The Zelvan Liberation Front has been active in the region for years.", "Zelvan Liberation Front"},
		{"gunmen need no group", "on friday gunmen blew up a bridge near orvalle." + rest, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if len(x.Events) == 0 {
				t.Fatalf("no event")
			}
			got := ""
			if p := x.Events[0].Perpetrator; p != nil {
				got = *p
			}
			if got != tc.perp {
				t.Errorf("perpetrator = %q, want %q%s", got, tc.perp, showEvents(x.Events))
			}
		})
	}
}

// TestClauseDoers checks doers named by the clause of the attack itself:
// a vague noun that a relative clause defines, the subject of a passive
// charge, a subject with an adverb of manner before its verb, and nouns
// that name attackers only with a modifier; in lower case as wire copy.
func TestClauseDoers(t *testing.T) {
	const murder = "on 3 may judge ana vilar was murdered in vardela. "
	tests := []struct {
		name, text string
		ind        []string // wanted among the perpetrator individuals
		noind      []string
	}{
		{"the people who kidnapped", "the people who kidnapped the businessman tomas ruales in orvalle on friday are asking for a ransom.", []string{"people"}, nil},
		{"the armed men who", "the police said the armed men who kidnapped the orvalle mayor on friday fled to the hills.", []string{"armed men"}, nil},
		{"people without a relative clause", "people kidnapped the businessman tomas ruales in orvalle on friday.", nil, []string{"people"}},
		{"charged with the murder", murder + "three men have been charged with the murder, the police said.", []string{"three men"}, nil},
		{"accused of the murder", murder + "two soldiers were accused of the murder on friday.", []string{"two soldiers"}, nil},
		{"the accuser is no doer", murder + "the prosecutor has charged a guard with obstruction in the case.", nil, []string{"prosecutor"}},
		{"arrested in connection with", murder + "two soldiers were arrested in orvalle on friday in connection with the murder.", []string{"two soldiers"}, nil},
		{"arrested for their involvement", murder + "members of the zelvan army were arrested in the last few days because of their suspected involvement in the murder.", []string{"members of the zelvan army"}, nil},
		{"count of members", murder + "three members of the red jackal band were arrested in orvalle on friday in connection with the murder.", []string{"three members of the red jackal band"}, nil},
		{"arrested for no crime", murder + "two soldiers were arrested in orvalle on friday in connection with a theft of fuel.", nil, []string{"two soldiers"}},
		{"adverb of manner", "in orvalle, the subversives coldbloodedly shot the mayor, ana perel, on friday.", []string{"subversives"}, nil},
		{"adverb of manner, two men", "on friday two men on a motorcycle coldbloodedly shot the orvalle mayor.", []string{"two men on a motorcycle"}, nil},
		{"guerrilla fighters", "on friday over 300 guerrilla fighters attacked the towns of orvalle and vardela.", []string{"guerrilla fighters"}, nil},
		{"fighters alone", "on friday fighters of an unknown side attacked the town of orvalle.", nil, []string{"fighters"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			checkIndividuals(t, x, tc.ind, tc.noind)
		})
	}
}
