package extract_test

import (
	"strings"
	"testing"
)

// TestRoleFillers checks the role fillers of attacks told in lower case,
// as wire copy of the 1980s was archived.
func TestRoleFillers(t *testing.T) {
	tests := []struct {
		name, text           string
		ind, target, victim  []string
		weapon, perp, nofill []string
		notarget, noperp     []string
	}{
		{
			name:   "car bomb and target",
			text:   "urban guerrillas set off a car bomb outside the customs building in vardela yesterday. the blast destroyed the customs building.",
			ind:    []string{"urban guerrillas"},
			weapon: []string{"car bomb"},
			target: []string{"customs building"},
		},
		{
			name:   "dynamite and towers",
			text:   "heavily armed men blew up two power towers with dynamite near the town of ostrava.",
			ind:    []string{"heavily armed men"},
			weapon: []string{"dynamite"},
			target: []string{"power towers"},
		},
		{
			name:   "named victim after cue",
			text:   "unidentified gunmen murdered judge carlos mendoza ruales in the city of ostrava on tuesday.",
			ind:    []string{"unidentified gunmen"},
			victim: []string{"carlos mendoza ruales"},
		},
		{
			name:   "victim in a later sentence",
			text:   "a bomb exploded at the electoral office in ostrava last night. the police said that miguel rosales pardo was kidnapped by the same commando.",
			weapon: []string{"bomb"},
			target: []string{"electoral office"},
			victim: []string{"miguel rosales pardo"},
		},
		{
			name:   "persons as the agent of a passive",
			text:   "magistrate rodolfo quintal barea was shot dead in ostrava on monday by two men.",
			ind:    []string{"two men"},
			victim: []string{"rodolfo quintal barea"},
		},
		{
			name:   "riders",
			text:   "three men riding motorcycles threw a grenade at the customs building in vardela on friday.",
			ind:    []string{"three men"},
			weapon: []string{"grenade"},
		},
		{
			name:   "persons without a cue are no attackers",
			text:   "a bomb exploded at the customs building in vardela on friday while two men watched.",
			weapon: []string{"bomb"},
			nofill: []string{"two men"},
		},
		{
			name:   "victims listed after the verb",
			text:   "a bomb exploded at a bus station in vardela on friday. the injured were elvira sandoval ruiz and tomas oquendo prat.",
			weapon: []string{"bomb"},
			victim: []string{"elvira sandoval ruiz", "tomas oquendo prat"},
		},
		{
			name:   "bare head beside its phrase",
			text:   "rebels attacked the soviet embassy in ostrava with grenades. the embassy was damaged.",
			target: []string{"soviet embassy"},
			weapon: []string{"grenades"},
			nofill: []string{"embassy"},
		},
		{
			name:   "members of a group name the group, not the attackers",
			text:   "members of the fmln attacked a police post in ostrava with rifles.",
			perp:   []string{"the fmln"},
			weapon: []string{"rifles"},
			nofill: []string{"members of the fmln"},
		},
		{
			name:     "the scene of a killing is no target",
			text:     "unidentified gunmen murdered rancher tomas quevara lindo at his farm near velmora on sunday.",
			victim:   []string{"tomas quevara lindo"},
			notarget: []string{"farm"},
		},
		{
			name:     "the doer is no target",
			text:     "terrorists attacked the velmora customs office with grenades and were fired on by a navy patrol boat.",
			target:   []string{"velmora customs office"},
			notarget: []string{"navy patrol boat", "patrol boat"},
		},
		{
			name:     "a speaker is no target",
			text:     "rebels dynamited a bridge near velmora, the cathedral asserted.",
			target:   []string{"bridge"},
			notarget: []string{"cathedral"},
		},
		{
			name:     "a possessor is not the object",
			text:     "rebels attacked the mayor's jeep in velmora with rifles.",
			target:   []string{"mayor's jeep"},
			notarget: []string{"mayor"},
		},
		{
			name:     "far before the trigger only as a passive subject",
			text:     "the old hotel of the velmora workers federation was bombed by rebels; police said three shops on the market square near the river lost their windows in the explosion.",
			target:   []string{"old hotel"},
			notarget: []string{"shops"},
		},
		{
			name:   "bare attackers outside the report of the attack",
			text:   "a bomb exploded at the velmora telephone exchange last night. guerrillas are active in the whole region.",
			target: []string{"velmora telephone exchange"},
			nofill: []string{"guerrillas"},
		},
		{
			name:   "vague nouns need a modifier",
			text:   "men attacked a bus in ostrava with machetes.",
			weapon: []string{"machetes"},
			nofill: []string{"men"},
		},
		{
			name:   "speakers are no targets",
			text:   "guerrillas attacked a bus in ostrava, hospital officials said, and the ministry condemned the attack.",
			target: []string{"bus"},
			nofill: []string{"hospital", "ministry"},
		},
		{
			name:   "possessive victim",
			text:   "guerrillas attacked a bus in ostrava to avenge commander julio ferreira mata's murder.",
			victim: []string{"julio ferreira mata"},
		},
		{
			name:   "one-p spelling of kidnapped",
			text:   "heavily armed men kidnaped businessman carlos aldana reyes in the city of ostrava on monday.",
			victim: []string{"carlos aldana reyes"},
		},
		{
			name:   "victim in a relative clause",
			text:   "guerrillas attacked a police post in ostrava yesterday. the police said that jose luis marin, who was abducted during the attack, is alive.",
			victim: []string{"jose luis marin"},
		},
		{
			name:   "long title chain before the name",
			text:   "gunmen killed the regional customs office director colonel luis alberto varga mendes in ostrava on friday.",
			victim: []string{"luis alberto varga mendes"},
		},
		{
			name:     "the murder of a person is no target",
			text:     "unidentified gunmen carried out the murder of carlos velmar ortiz in ostrava on tuesday.",
			victim:   []string{"carlos velmar ortiz"},
			notarget: []string{"carlos velmar ortiz", "velmar ortiz"},
		},
		{
			name:     "adverbs and abstractions are no targets",
			text:     "terrorists attacked the nation in ostrava on tuesday. rebels attacked the customs building in vardela early.",
			target:   []string{"customs building"},
			notarget: []string{"nation", "customs building in vardela early"},
		},
		{
			name: "the only group named beside the attack",
			text: "a car bomb exploded outside the customs building in vardela yesterday, and the fmln did not comment.",
			perp: []string{"fmln"},
		},
		{
			name:   "names in the subject of a passive cue",
			text:   "in ostrava on sunday, the priest jose ramon beltrano, rector of the seminary, and two students were murdered by unidentified gunmen.",
			victim: []string{"jose ramon beltrano"},
		},
		{
			name:   "murdered in the passive without an agent",
			text:   "judge carlos ferreira lindo was murdered in ostrava on sunday.",
			victim: []string{"ferreira lindo"},
		},
		{
			name: "killed with the agent after by",
			text: "the bodies of the two teachers killed on friday by masked gunmen were buried in ostrava today.",
			ind:  []string{"masked gunmen"},
		},
		{
			name:   "a name after a title needs no known first name",
			text:   "heavily armed men kidnapped senator teodulo varga mendes in ostrava on monday.",
			victim: []string{"teodulo varga mendes"},
		},
		{
			name:   "a month is no victim",
			text:   "unidentified gunmen killed judge carlos mendoza ruales in ostrava on 3 august.",
			victim: []string{"carlos mendoza ruales"},
			nofill: []string{"august"},
		},
		{
			name:   "a bare head named by an of-phrase",
			text:   "urban guerrillas bombed the offices of the vardelan teachers federation in ostrava on monday.",
			target: []string{"offices of the vardelan teachers federation"},
		},
		{
			name: "vague attackers keep their count",
			text: "three heavily armed men kidnapped senator teodulo varga mendes in ostrava on monday.",
			ind:  []string{"three heavily armed men"},
		},
		{
			name:   "truck bombs and submachine guns",
			text:   "a truck-bomb exploded outside the customs building in vardela on monday. gunmen with a submachine gun attacked a bus in ostrava on tuesday.",
			weapon: []string{"truck-bomb", "submachine gun"},
		},
		{
			name:   "members of a unit of a group",
			text:   "members of the 9th front of the fmln attacked a police post in ostrava with rifles.",
			nofill: []string{"members of the 9th front", "members of the 9th front of the fmln"},
		},
		{
			name:   "names listed after a victim",
			text:   "gunmen killed two reporters, ernesto valdo ruiz and gilda marquena, in vardela on monday.",
			victim: []string{"ernesto valdo ruiz", "gilda marquena"},
		},
		{
			name:   "a coordinated name with a description before it",
			text:   "heavily armed men kidnapped mayor rigoberto salcan pino and his bodyguard wilfredo ostar in vardela on friday.",
			victim: []string{"rigoberto salcan pino", "wilfredo ostar"},
		},
		{
			name:   "a named person killed in the passive is an attack",
			text:   "in vardela on monday, federico alvor tisca, the mayor of the town, was shot.",
			victim: []string{"federico alvor tisca"},
		},
		{
			name:   "a name ends before a verb or a facility",
			text:   "unidentified gunmen murdered judge carlos dremo near the benito ostar station in vardela. carlos dremo almost escaped.",
			victim: []string{"carlos dremo"},
			nofill: []string{"carlos dremo almost", "benito ostar"},
		},
		{
			name:     "where a person was shot is no target",
			text:     "gunmen shot labor leader hector malvar quispe at his home in vardela on sunday.",
			victim:   []string{"hector malvar quispe"},
			notarget: []string{"home"},
		},
		{
			name:     "where the wounded were taken is no target",
			text:     "a bomb exploded at the tesmar bank in vardela on sunday. two clerks were taken to the san lorin hospital.",
			target:   []string{"tesmar bank"},
			notarget: []string{"san lorin hospital", "hospital"},
		},
		{
			name:     "a destination is no target, a place set on fire is",
			text:     "rebels set fire to the vardela grocery store as the mayor was on his way to the ostar airport.",
			target:   []string{"vardela grocery store"},
			notarget: []string{"ostar airport", "airport"},
		},
		{
			name:     "property damage and a speaker are no targets",
			text:     "a bomb exploded at the tesmar bank in vardela, causing heavy property damage, the station announcer said.",
			target:   []string{"tesmar bank"},
			notarget: []string{"heavy property", "property", "station"},
		},
		{
			name:   "a bombed building is a target",
			text:   "a bomb exploded at the tesmar bank in vardela on sunday.",
			target: []string{"tesmar bank"},
		},
		{
			name:   "arms seized are no weapons of the attack",
			text:   "guerrillas attacked a bus in vardela on sunday with grenades. troops later seized rifles and a mortar in a cache nearby.",
			weapon: []string{"grenades"},
			nofill: []string{"rifles", "mortar"},
		},
		{
			name:   "hedges are not part of the attackers",
			text:   "suspected urban guerrillas set fire to a bus in vardela on sunday.",
			ind:    []string{"urban guerrillas"},
			nofill: []string{"suspected urban guerrillas"},
		},
		{
			name:   "sentences of a lower-case text end at their dots",
			text:   "a car bomb exploded outside the tesmar bank in vardela on sunday. the next day judge carlos dremo visited vardela. he said the police had no suspects.",
			target: []string{"tesmar bank"},
			nofill: []string{"carlos dremo"},
		},
		{
			name:   "an adverb and an apposition before the passive",
			text:   "gunmen attacked a bus in vardela on sunday. mariela tordo vance, a judge of the high court, was seriously wounded. pedro alvez and nora quintal, both of them lawyers, were also killed.",
			victim: []string{"mariela tordo vance", "pedro alvez", "nora quintal"},
		},
		{
			name:   "victims after their verb and after identified as",
			text:   "a bomb exploded at the tesmar bank in vardela on sunday. also injured were ramiro costa and elmer saldivar. the dead man was identified as otto brenner vidal.",
			victim: []string{"ramiro costa", "elmer saldivar", "otto brenner vidal"},
		},
		{
			name:   "a description between two names of victims",
			text:   "the ministry condemned the murder of union leader hector malvar and guatemalan political leader gilda sorto in vardela.",
			victim: []string{"hector malvar", "gilda sorto"},
		},
		{
			name:   "a named murder protested is no hypothesis",
			text:   "the teachers will strike to protest the assassination of ramiro fuentes olmedo, candidate of the popular alliance.",
			victim: []string{"ramiro fuentes olmedo"},
		},
		{
			name:   "a possessor names the target",
			text:   "a bomb exploded outside judge carlos dremo's residence in vardela on sunday. another bomb damaged the soviet newsman's car.",
			target: []string{"carlos dremo's residence", "soviet newsman's car"},
		},
		{
			name:     "walking home and students name no target",
			text:     "gunmen shot two university students who were walking home in vardela on sunday.",
			notarget: []string{"home", "university"},
		},
		{
			name:   "damage told after the attack",
			text:   "guerrillas attacked the town of ostrava with rifles on sunday. the attack damaged two telephone boxes and several stores.",
			target: []string{"telephone boxes", "stores"},
		},
		{
			name:   "planted explosives and men in uniform",
			text:   "eight men in civilian clothes planted dynamite sticks in two shops in downtown vardela on friday. ostrava front members threw a bomb at a bank.",
			ind:    []string{"eight men in civilian clothes"},
			weapon: []string{"dynamite sticks", "bomb"},
			target: []string{"shops", "bank"},
		},
		{
			name:     "a branch of a movement is no target",
			text:     "guerrillas attacked the bank branch in vardela on sunday, and the movement's northern branch claimed it.",
			target:   []string{"bank branch"},
			notarget: []string{"northern branch", "movement's northern branch"},
		},
		{
			name:   "a named victim died",
			text:   "a bomb exploded at the customs office in vardela on monday. inspector carlos arriaga lenz died in the explosion.",
			victim: []string{"carlos arriaga lenz"},
		},
		{
			name:   "victim named after including",
			text:   "the attack on the union hall in ostrava on friday killed nine people, including union leader maria teresa quintal.",
			victim: []string{"maria teresa quintal"},
		},
		{
			name:   "victims listed across an apposition",
			text:   "unidentified gunmen murdered carlos benitez ruano, leader of the vardela farmers party, and the union leader jorge almeida prado in ostrava on tuesday.",
			victim: []string{"carlos benitez ruano", "jorge almeida prado"},
		},
		{
			name: "the army blamed for a massacre",
			text: "the human rights office blamed the army for the massacre of twelve peasants in ostrava on sunday.",
			perp: []string{"army"},
		},
		{
			name: "soldiers accused of a murder",
			text: "a judge ordered the arrest of five soldiers accused of the murder of the priest carlos benitez ruano in ostrava on 3 may.",
			ind:  []string{"five soldiers"},
		},
		{
			name: "members of the armed forces responsible",
			text: "the president said members of the armed forces were responsible for the murder of the jesuit carlos benitez ruano in ostrava on 3 may.",
			ind:  []string{"members of the armed forces"},
			perp: []string{"armed forces"},
		},
		{
			name:   "a state force's clash is no attack",
			text:   "soldiers killed four guerrillas in a clash near ostrava on monday, the army said.",
			noperp: []string{"army", "soldiers"},
			nofill: []string{"soldiers"},
		},
		{
			name:   "an attack on the army blames its attackers",
			text:   "the defense ministry blamed guerrillas for the attack on an army post in ostrava on monday.",
			noperp: []string{"army"},
		},
		{
			name:   "victims listed after they are",
			text:   "gunmen kidnapped three teachers in the town of teldoro yesterday. they are anna kessel moreno, pablo dreyer and lucia forna vega.",
			victim: []string{"anna kessel moreno", "pablo dreyer", "lucia forna vega"},
		},
		{
			name:   "they are without victims before",
			text:   "gunmen attacked the customs building in vardela yesterday. the mayor met two envoys. they are pablo dreyer and anna kessel moreno.",
			nofill: []string{"pablo dreyer", "anna kessel moreno"},
		},
		{
			name:   "identified past a clause in commas",
			text:   "rebels attacked a bus near vardela on monday. the victims, whose bodies were found on a road, were identified as pablo dreyer and lucia forna vega.",
			victim: []string{"pablo dreyer", "lucia forna vega"},
		},
		{
			name:   "people who disappeared are",
			text:   "armed men attacked the university in vardela on monday. the three students who disappeared on monday night are pablo dreyer, anna kessel moreno and lucia forna vega.",
			victim: []string{"pablo dreyer", "anna kessel moreno", "lucia forna vega"},
		},
		{
			name:   "weapon noun as a modifier",
			text:   "a bomb squad defused a grenade in ostrava after guerrillas attacked the town hall.",
			nofill: []string{"bomb"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var ind, tg, vi, we, perp []string
			for _, e := range x.Events {
				ind = append(ind, e.PerpetratorIndividuals...)
				tg = append(tg, e.Targets...)
				vi = append(vi, e.Victims...)
				we = append(we, e.Weapons...)
				if e.Perpetrator != nil {
					perp = append(perp, *e.Perpetrator)
				}
			}
			for _, c := range []struct {
				role      string
				got, want []string
			}{{"perpetrator individuals", ind, tc.ind}, {"targets", tg, tc.target}, {"victims", vi, tc.victim}, {"weapons", we, tc.weapon}, {"perpetrator", perp, tc.perp}} {
				for _, w := range c.want {
					if !has(c.got, w) {
						t.Errorf("%s: want %q in %q%s", c.role, w, c.got, showEvents(x.Events))
					}
				}
			}
			for _, n := range tc.noperp {
				if has(perp, n) {
					t.Errorf("unwanted perpetrator %q in %q", n, perp)
				}
			}
			for _, n := range tc.notarget {
				for _, f := range tg {
					if strings.EqualFold(f, n) {
						t.Errorf("unwanted target %q in %q", n, tg)
					}
				}
			}
			all := strings.Join(append(append(append(ind, tg...), vi...), we...), "|")
			for _, n := range tc.nofill {
				for _, f := range strings.Split(all, "|") {
					if f == n {
						t.Errorf("unwanted filler %q in %q", n, all)
					}
				}
			}
		})
	}
}

// TestNamedVictimEvents checks that reports of a past killing or
// kidnapping that name its victim make an event, told as they are in
// stories of reactions, trials and inquiries, and that general or
// natural deaths make none.
func TestNamedVictimEvents(t *testing.T) {
	tests := []struct {
		name, text   string
		victim, perp string // "" for no event
	}{
		{"the killing of", "the court in vardela opened the trial over the killing of senator tomas vilar ortega.", "tomas vilar ortega", ""},
		{"accused of murdering", "the judge ordered the arrest of two soldiers accused of murdering journalist carlos mena.", "carlos mena", ""},
		{"who had killed", "the bishop asked who had killed father andres ulloa brandt.", "andres ulloa brandt", ""},
		{"responsible for the death of", "the union held the army responsible for the death of mayor jorge salcedo.", "jorge salcedo", "army"},
		{"responsible for a possessor's death", "The union held the army responsible for Mayor Jorge Salcedo's death.", "Jorge Salcedo", "army"},
		{"investigating the killing", "Police are investigating the killing of journalist Carlos Mena.", "Carlos Mena", ""},
		{"a place between the deed and its victim", "the party condemned the recent murder in vardela of senator tomas vilar ortega.", "tomas vilar ortega", ""},
		{"a date between the deed and its victim", "the party withdrew after the assassination on 3 may of senator tomas vilar ortega.", "tomas vilar ortega", ""},
		{"disappearance of a named person", "the government deplored the disappearance of senator tomas vilar ortega in vardela.", "tomas vilar ortega", ""},
		{"have killed a named person", "rebels have killed mayor jorge salcedo of the town of vardela, the radio said.", "jorge salcedo", ""},
		{"adverb in the passive", "senator tomas vilar ortega was brutally murdered in vardela.", "tomas vilar ortega", ""},
		{"participle after the name", "engineer carlos mena, kidnapped on 2 may in vardela, was freed today.", "carlos mena", ""},
		{"members of a group as the agent", "two farmers were killed by alleged members of the ninth front of the fmln near vardela.", "", "fmln"},
		{"general murders", "the minister said the murders must stop.", "", ""},
		{"a death with no one to blame", "Thousands mourned the death of Mayor Jorge Salcedo, who died of cancer.", "", ""},
		{"a threat", "the rebels said they could kill senator tomas vilar ortega.", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			if tc.victim == "" && tc.perp == "" {
				if len(x.Events) > 0 {
					t.Errorf("want no event, got%s", showEvents(x.Events))
				}
				return
			}
			var vi, perp []string
			for _, e := range x.Events {
				vi = append(vi, e.Victims...)
				if e.Perpetrator != nil {
					perp = append(perp, *e.Perpetrator)
				}
			}
			if tc.victim != "" && !has(vi, tc.victim) {
				t.Errorf("victims: want %q in %q%s", tc.victim, vi, showEvents(x.Events))
			}
			if tc.perp != "" && !has(perp, tc.perp) {
				t.Errorf("perpetrator: want %q in %q%s", tc.perp, perp, showEvents(x.Events))
			}
		})
	}
}
