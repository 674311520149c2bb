package extract_test

import "testing"

// TestVictimLists checks victims named in lists, after titles written
// with their dot, and in sentences that identify or list the dead, told
// in lower case as wire copy was archived and in mixed case.
// victimCase is a text with victims wanted among its events' and victims
// unwanted.
type victimCase struct {
	name, text string
	victim     []string
	novictim   []string
}

// runVictimCases checks the victims of each case's events.
func runVictimCases(t *testing.T, tests []victimCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			checkVictims(t, x, tc.victim, tc.novictim)
		})
	}
}

func TestVictimLists(t *testing.T) {
	const lead = "a bomb exploded yesterday at the vardela post office in ostrava. "
	tests := []victimCase{
		{
			name:   "ages before the names of a list",
			text:   lead + "the injured were 19-year-old carlos brenn, 30-year-old maria ortel, and 40-year-old jose dask.",
			victim: []string{"carlos brenn", "maria ortel", "jose dask"},
		},
		{
			name:   "title with its dot",
			text:   lead + "there is anger over the murder of dr. tomas vellaro quint, president of the high court.",
			victim: []string{"tomas vellaro quint"},
		},
		{
			name:   "list after a colon and titles",
			text:   lead + "the following policemen died in the attack: major carlos vask tello, captain jose ortel brun, lieutenant maria quist dano.",
			victim: []string{"carlos vask tello", "jose ortel brun", "maria quist dano"},
		},
		{
			name:     "list after a colon, one item naming no one",
			text:     lead + "injured by the blast were: an unidentified taxi driver; carlos brenn, a young beggar who was sleeping nearby; and jose ortel brun, a baker.",
			victim:   []string{"carlos brenn", "jose ortel brun"},
			novictim: []string{"taxi driver", "unidentified taxi driver"},
		},
		{
			name:   "the dead identified by a judge",
			text:   lead + "the judge identified the dead men as carlos brenn, 38, and jose ortel brun, 42.",
			victim: []string{"carlos brenn", "jose ortel brun"},
		},
		{
			name:   "one of the people killed was",
			text:   lead + "one of the students killed last weekend was jose ortel brun, who had come home.",
			victim: []string{"jose ortel brun"},
		},
		{
			name:   "among the people murdered was",
			text:   lead + "among the priests murdered was father carlos brenn, rector of the college.",
			victim: []string{"carlos brenn"},
		},
		{
			name:   "the kidnappers of",
			text:   "rebels kidnapped a banker in ostrava on monday. the kidnappers of carlos brenn dask are asking for a ransom.",
			victim: []string{"carlos brenn dask"},
		},
		{
			name:   "a plural deed noun",
			text:   lead + "the report tells of the killings of carlos brenn and jose ortel brun.",
			victim: []string{"carlos brenn", "jose ortel brun"},
		},
		{
			name:   "a surname in -lly",
			text:   lead + "the rebels said that james arthur donnelly was released unharmed.",
			victim: []string{"james arthur donnelly"},
		},
		{
			name:     "an adverb in -ly after a name",
			text:     lead + "carlos ruiz reportedly was killed.",
			victim:   []string{"carlos ruiz"},
			novictim: []string{"carlos ruiz reportedly"},
		},
		{
			name:   "has died",
			text:   "rebels attacked the town of ostrava yesterday. carlos brenn ortel has died from gunshot wounds.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "found dead",
			text:   "rebels attacked the town of ostrava yesterday. the police said carlos brenn ortel has been found dead in the city.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "found murdered",
			text:   "rebels attacked the town of ostrava yesterday. maria ortel was found murdered in her car.",
			victim: []string{"maria ortel"},
		},
		{
			name:   "an age and a parenthesis in the apposition",
			text:   "rebels attacked the town of ostrava yesterday. carlos brenn ortel, 21, a member of the village guard (vgd), was shot dead in the town.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:     "the son of a named man",
			text:     "rebels attacked the town of ostrava yesterday. gunmen kidnapped the son of former minister carlos brenn ortel.",
			novictim: []string{"carlos brenn ortel"},
		},
		{
			name:     "a kin's apposition before the verb",
			text:     "rebels attacked the town of ostrava yesterday. jose vask ortel, the son-in-law of general carlos brenn ortel, chief of the air force, was wounded in an attack today.",
			victim:   []string{"jose vask ortel"},
			novictim: []string{"carlos brenn ortel"},
		},
		{
			name:     "the daughter of a named man as the subject",
			text:     "rebels attacked the town of ostrava yesterday. the daughter of senator carlos brenn ortel was kidnapped today.",
			novictim: []string{"carlos brenn ortel"},
		},
		{
			name:     "a speaker after a listed victim",
			text:     "rebels attacked the town of ostrava yesterday. asked about the ransom paid in the kidnapping of banker carlos brenn, jose vask ortel said that it was not discussed.",
			victim:   []string{"carlos brenn"},
			novictim: []string{"jose vask ortel"},
		},
		{
			name:     "the agent of an earlier passive",
			text:     "rebels attacked the town of ostrava yesterday. the decree was announced by president carlos brenn ortel the same night senator jose vask ortel was murdered.",
			victim:   []string{"jose vask ortel"},
			novictim: []string{"carlos brenn ortel"},
		},
		{
			name:   "and of before the last name",
			text:   "rebels attacked the town of ostrava yesterday. the police found documents on the murders of carlos brenn, jose vask ortel, and of colonel maria quist dano.",
			victim: []string{"carlos brenn", "jose vask ortel", "maria quist dano"},
		},
		{
			name:   "people described before the named one",
			text:   "rebels attacked the town of ostrava yesterday. after the killings of a judge, a police commander, and senator carlos brenn ortel, the government acted.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "the shooting of a person",
			text:   "dozens of neighbours saw the shooting of 26-year-old carlos brenn, who was attacked by two strangers outside the market.",
			victim: []string{"carlos brenn"},
		},
		{
			name:   "a person attacked",
			text:   "the police said carlos brenn was attacked by unknown men as he walked home from the market.",
			victim: []string{"carlos brenn"},
		},
		{
			name:     "a building attacked names no victim",
			text:     "the police said the tesmar bank was attacked by unidentified persons on monday.",
			novictim: []string{"tesmar bank"},
		},
		{
			name:   "the victim of an attack",
			text:   "rebels attacked the town of ostrava yesterday. unfortunately, carlos brenn ortel, the party's candidate, was the victim of another attack tonight.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "coordinated titles before the name",
			text:   "rebels attacked the town of ostrava yesterday. the war began after the assassination of senator and presidential candidate carlos brenn ortel on 18 august.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "coordinated titles in a list",
			text:   "rebels attacked the town of ostrava yesterday. he condemned the murders of carlos brenn, colonel jose vask ortel, and senator and presidential candidate maria quist dano.",
			victim: []string{"carlos brenn", "jose vask ortel", "maria quist dano"},
		},
		{
			name:     "a named man's bodyguard",
			text:     "rebels attacked the town of ostrava yesterday. carlos brenn ortel's bodyguard was killed in the attack.",
			novictim: []string{"carlos brenn ortel"},
		},
		{
			name:   "a named man's car",
			text:   "rebels attacked the town of ostrava yesterday. carlos brenn ortel's car was attacked in the town.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "mixed case list after a colon",
			text:   "A bomb exploded yesterday at the Vardela post office in Ostrava. The following policemen died in the attack: Major Carlos Vask Tello, Captain Jose Ortel Brun.",
			victim: []string{"Carlos Vask Tello", "Jose Ortel Brun"},
		},
	}
	runVictimCases(t, tests)
}

// TestVictimsOfLivesTaken checks victims named after a toll told as lives
// taken ("claimed the lives of").
func TestVictimsOfLivesTaken(t *testing.T) {
	runVictimCases(t, []victimCase{
		{
			name:   "claimed the life of",
			text:   "the bomb that exploded in vardela on friday claimed the life of mayor ana perel.",
			victim: []string{"ana perel"},
		},
		{
			name:   "claimed the lives of, capitals",
			text:   "The bomb that exploded in Vardela on Friday claimed the lives of Mayor Ana Perel and Tomas Ruiz Velo.",
			victim: []string{"Ana Perel", "Tomas Ruiz Velo"},
		},
		{
			name:   "cost the lives of",
			text:   "the attack on the bus near vardela cost the lives of teacher ana perel and tomas ruiz velo.",
			victim: []string{"ana perel", "tomas ruiz velo"},
		},
		{
			name:     "lives of without a toll",
			text:     "the bomb exploded in vardela on friday; the lives of mayor ana perel and her family changed.",
			novictim: []string{"ana perel"},
		},
	})
}

// TestVictimSubjects checks victims named as the subject of a harm verb
// past long appositions and relative clauses, the owners of attacked
// homes, hostages "in the hands of" a group, and the people harm does not
// reach: a source, a commander described beside his garrison, one who
// died in a clash.
func TestVictimSubjects(t *testing.T) {
	const lead = "rebels attacked the town of ostrava yesterday. "
	tests := []victimCase{
		{
			name:   "a long apposition before the verb",
			text:   lead + "cattleman carlos brenn ortel, the alleged front man of the melnik cartel and brother of a former judge, was found murdered today.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "an age and two appositions before died",
			text:   lead + "carlos brenn ortel, 28, political leader of the movement of the left, mtl, died instantly when he was hit by 12 bullets.",
			victim: []string{"carlos brenn ortel"},
		},
		{
			name:   "a relative clause with verbs of its own",
			text:   lead + "journalist maria ortel, who was sent to ostrava by the radio network to cover the elections, was injured last night.",
			victim: []string{"maria ortel"},
		},
		{
			name:     "a relative clause that tells of speech",
			text:     lead + "carlos brenn ortel, who said that the mayor of the town had received threats, was wounded.",
			novictim: []string{"mayor"},
		},
		{
			name:   "a note in brackets after the name",
			text:   lead + "british engineer carlos brenn (name as received), kidnapped by the front, lives in ostrava.",
			victim: []string{"carlos brenn"},
		},
		{
			name:   "found dead along with another",
			text:   lead + "carlos brenn ortel was found dead along with maria dask, a member of the party, in a town near the border.",
			victim: []string{"carlos brenn ortel", "maria dask"},
		},
		{
			name:   "the homes of two men attacked",
			text:   "a bomb exploded yesterday at the vardela post office in ostrava. officers reported that the farmhouses of council leader tomas brenn vask and retired judge jorge dalto quist near arvessa were also attacked by the gunmen that night.",
			victim: []string{"tomas brenn vask", "jorge dalto quist"},
		},
		{
			name:   "a possessor's house with a relative clause",
			text:   "rebels attacked the national police headquarters in ostrava last night. congress president tomas brenn vask's house, which is located in the melnik neighborhood, was also attacked.",
			victim: []string{"tomas brenn vask"},
		},
		{
			name:     "the source of a report",
			text:     "a bomb exploded yesterday at the vardela post office in ostrava. according to colonel tomas brenn vask, the bus was attacked by rebels.",
			novictim: []string{"tomas brenn vask"},
		},
		{
			name:     "a commander beside his garrison",
			text:     "rebels attacked the town of ostrava yesterday. colonel tomas brenn vask, commander of the ostrava garrison, which was attacked by the rebels, denied the report.",
			novictim: []string{"tomas brenn vask"},
		},
		{
			name:   "in the hands of the group",
			text:   "rebels kidnapped a banker in ostrava on monday. tomas vellaro quint, mayor of arvessa, is also in the hands of the front.",
			victim: []string{"tomas vellaro quint"},
		},
		{
			name:     "died in a clash",
			text:     lead + "carlos brenn ortel, the leader of the cartel, died today during a confrontation with the police.",
			novictim: []string{"carlos brenn ortel"},
		},
		{
			name:   "mixed case: a long apposition",
			text:   "Rebels attacked the town of Ostrava yesterday. Journalist Maria Ortel, who was sent to Ostrava by the radio network to cover the elections, was injured last night.",
			victim: []string{"Maria Ortel"},
		},
		{
			name:   "mixed case: the homes of two men",
			text:   "Rebels attacked the town of Ostrava yesterday. The homes of Tomas Brenn Vask and Jorge Dalto Quist were attacked by the terrorists.",
			victim: []string{"Tomas Brenn Vask", "Jorge Dalto Quist"},
		},
	}
	runVictimCases(t, tests)
}
