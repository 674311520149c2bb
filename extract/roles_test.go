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
		novictim             []string
	}{
		{
			name:     "target struck by the attack",
			text:     "a bomb attack that hit vardela airport on friday killed two guards.",
			target:   []string{"vardela airport"},
			notarget: []string{"hit vardela airport"},
		},
		{
			name:     "an airport where a bomb went off among people is no target",
			text:     "a bomb exploded among travellers at the vardela airport yesterday, wounding a customs officer.",
			notarget: []string{"vardela airport", "airport"},
		},
		{
			name:     "an airport where a bomb went off among people is no target, capitalised",
			text:     "A bomb exploded among travellers at the Vardela airport on Monday, wounding a customs officer.",
			notarget: []string{"Vardela airport", "airport"},
		},
		{
			name:     "a university near a bombing is no target",
			text:     "a bomb exploded near the national university of tesmar on monday, destroying a bus.",
			target:   []string{"bus"},
			notarget: []string{"national university", "university"},
		},
		{
			name:     "a campus where a grenade went off is no target",
			text:     "a grenade went off inside the dorvan university campus on friday, wounding two students.",
			notarget: []string{"dorvan university campus", "university campus", "campus"},
		},
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
			text: "a judge ordered the detention of five soldiers accused of the murder of the priest carlos benitez ruano in ostrava on 3 may.",
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
		{
			name:   "passive agent with a count and an adjective",
			text:   "former minister tomas oquendo prat was murdered in ostrava on monday. he was hit by many bullets fired by three young individuals near his car.",
			ind:    []string{"three young individuals"},
			victim: []string{"tomas oquendo prat"},
		},
		{
			name: "passive agent: a group of persons",
			text: "banker pablo dreyer was murdered in vardela on friday by a group of unidentified persons who fired at his car.",
			ind:  []string{"group of unidentified persons"},
		},
		{
			name:   "carried out by",
			text:   "the attack on the customs building in vardela on friday was carried out by drug traffickers, the police said.",
			ind:    []string{"drug traffickers"},
			nofill: []string{"group of drug traffickers"},
		},
		{
			name:   "agent in a sentence before the report",
			text:   "judge lucia forna vega was shot today near the market of ostrava by two men on a motorcycle. the attack took place at 1800 in ostrava.",
			ind:    []string{"two men"},
			victim: []string{"lucia forna vega"},
		},
		{
			name:   "a state force as the agent",
			text:   "the church of santa brena in ostrava was bombed by the air force on monday.",
			perp:   []string{"air force"},
			target: []string{"church"},
		},
		{
			name: "soldiers as the agent",
			text: "three students were murdered in vardela on friday by army soldiers.",
			ind:  []string{"army soldiers"},
			perp: []string{"army"},
		},
		{
			name:   "alleged and the group's name",
			text:   "two farmers were murdered by alleged zelt members in a rural area of ostrava on monday.",
			ind:    []string{"zelt members"},
			nofill: []string{"alleged zelt members"},
		},
		{
			name:   "subject of an active attack verb",
			text:   "urban commandos of the zelt front planted a bomb at the customs building in vardela on friday.",
			ind:    []string{"urban commandos"},
			weapon: []string{"bomb"},
		},
		{
			name:   "persons killed are no subject",
			text:   "a bomb exploded at a market in vardela on friday. the soldiers killed in the blast were buried on sunday.",
			nofill: []string{"soldiers"},
		},
		{
			name:   "attackers said again beside their description",
			text:   "masked men attacked the customs building in vardela on friday. the attackers fled in a car.",
			ind:    []string{"masked men"},
			nofill: []string{"attackers"},
		},
		{
			name:   "suspects identified as",
			text:   "judge elvira sandoval ruiz was murdered in ostrava on monday. the police arrested three suspects on wednesday. the suspects were identified as pablo dreyer, tomas oquendo prat and lucia forna vega.",
			ind:    []string{"pablo dreyer", "tomas oquendo prat", "lucia forna vega"},
			victim: []string{"elvira sandoval ruiz"},
		},
		{
			name:   "arrest warrant for",
			text:   "banker tomas oquendo prat was kidnapped in vardela on friday. a judge issued an arrest warrant for pablo dreyer, who is charged with masterminding the kidnapping.",
			ind:    []string{"pablo dreyer"},
			victim: []string{"tomas oquendo prat"},
		},
		{
			name:   "names arrested for the crime",
			text:   "a bomb exploded at the customs building in vardela on friday. pablo dreyer and lucia forna vega were arrested yesterday and charged with the bombing.",
			ind:    []string{"pablo dreyer", "lucia forna vega"},
			nofill: []string{"customs"},
		},
		{
			name:   "names arrested for something else are no suspects",
			text:   "a bomb exploded at the customs building in vardela on friday. pablo dreyer and lucia forna vega were arrested yesterday for smuggling cattle.",
			nofill: []string{"pablo dreyer", "lucia forna vega"},
		},
		{
			name:   "an attack attributed to a criminal organisation",
			text:   "a bomb partially destroyed a school in vardela on friday. the police attributed the attack to the drug trafficking mafias.",
			perp:   []string{"drug trafficking mafias"},
			target: []string{"school"},
		},
		{
			name: "a criminal organisation as the agent",
			text: "a plane was dynamited by drug trafficking gangs at the airport of ostrava on monday.",
			perp: []string{"drug trafficking gangs"},
		},
		{
			name:   "the object of a preposition is no subject",
			text:   "in october, gunmen believed to belong to the gang seized a grain trader outside vardela.",
			ind:    []string{"gunmen"},
			nofill: []string{"gang"},
		},
		{
			name:   "subject of participated in the crime",
			text:   "the priest pablo dreyer was murdered in vardela on friday. members of the zelt army participated in the crime, the minister said.",
			ind:    []string{"members of the zelt army"},
			victim: []string{"pablo dreyer"},
		},
		{
			name: "persons involved in the attack",
			text: "a bomb exploded at the office of a newspaper in vardela on friday. the police said four persons were involved in the attack.",
			ind:  []string{"four persons"},
		},
		{
			name:   "an uncertain count names no one",
			text:   "a bomb exploded at the office of a newspaper in vardela on friday. perhaps two or three people took part in the attack.",
			nofill: []string{"three people", "people"},
		},
		{
			name:   "a tally of attacks is no attack",
			text:   "a bomb exploded at the bus station in vardela on friday. armed groups carried out 29 attacks in the province this year.",
			nofill: []string{"armed groups"},
		},
		{
			name:   "their names are, after suspects",
			text:   "the mayor of vardela, tomas oquendo prat, was murdered on friday. the police arrested four men suspected of the murder. their names are pablo dreyer, lucia forna vega, anna kessel moreno and jorge salvat.",
			ind:    []string{"pablo dreyer", "lucia forna vega", "anna kessel moreno", "jorge salvat"},
			victim: []string{"tomas oquendo prat"},
		},
		{
			name:   "the mastermind with his rank",
			text:   "judge tomas oquendo prat was murdered in vardela on friday. the minister said that major pablo dreyer was the mastermind of the murder.",
			ind:    []string{"major pablo dreyer"},
			victim: []string{"tomas oquendo prat"},
		},
		{
			name: "a woman named",
			text: "a bomb exploded at a bank in vardela on friday. on saturday the police arrested a woman named lucia forna vega, who was fleeing after the bombing.",
			ind:  []string{"lucia forna vega"},
		},
		{
			name: "the army accused of the attack",
			text: "a bomb destroyed the office of the union in vardela on monday. the union accused the army of the attack.",
			perp: []string{"army"},
		},
		{
			name:   "persons told by what they rode",
			text:   "two men on a motorcycle threw a grenade at the customs building in vardela on friday.",
			ind:    []string{"two men on a motorcycle"},
			weapon: []string{"grenade"},
		},
		{
			name:   "a band without a word of arms names no attackers",
			text:   "the customs building in vardela was attacked on friday by certain groups, the mayor said.",
			nofill: []string{"certain groups", "groups"},
		},
		{
			name:   "a list of soldiers involved in the crime",
			text:   "the priests were murdered in vardela on friday. the president said that two lieutenants, one second lieutenant, two corporals, and two soldiers were involved in the massacre.",
			ind:    []string{"two lieutenants", "one second lieutenant", "two corporals", "two soldiers"},
			nofill: []string{"president"},
		},
		{
			name:   "a comma after a phrase of place is no list",
			text:   "a bomb exploded at a bank in vardela on friday. after the sweeps of special units, four persons who are apparently involved in the bombing were arrested.",
			ind:    []string{"four persons"},
			nofill: []string{"special units"},
		},
		{
			name:   "a denied group names no attackers",
			text:   "a bomb exploded at a bank in vardela on friday. no guerrilla group was involved in the attack, the police said.",
			nofill: []string{"guerrilla group", "no guerrilla group"},
		},
		{
			name:   "a group of armed men as a subject",
			text:   "a group of armed men set fire to two buses in ostrava on monday night.",
			ind:    []string{"group of armed men"},
			nofill: []string{"armed men"},
		},
		{
			name:   "owner of a home struck",
			text:   "guerrillas attacked the residence of senator tomas vilar ortega in vardela with grenades.",
			target: []string{"residence of senator tomas vilar ortega"},
			victim: []string{"tomas vilar ortega"},
		},
		{
			name:   "owner of a home struck, capitalised",
			text:   "Guerrillas attacked the residence of Senator Tomas Vilar Ortega in Vardela with grenades.",
			victim: []string{"Tomas Vilar Ortega"},
		},
		{
			name:   "possessor of a car struck",
			text:   "a bomb destroyed deputy carlos mena rubio's car in ostrava on friday.",
			victim: []string{"carlos mena rubio"},
		},
		{
			name:   "massacre of named people",
			text:   "guerrillas carried out the massacre of the teachers pablo dreyer, anna kessel moreno and lucia forna vega in vardela.",
			victim: []string{"pablo dreyer", "anna kessel moreno", "lucia forna vega"},
		},
		{
			name:   "list with first names not known",
			text:   "a bomb exploded at a bus station in vardela on friday. the injured were elvira sandoval ruiz, orlek vantis mora and policeman teodor brask.",
			victim: []string{"elvira sandoval ruiz", "orlek vantis mora", "teodor brask"},
		},
		{
			name:   "one of the wounded is",
			text:   "a bomb exploded at a market in vardela on friday. one of the wounded is lucia forna vega.",
			victim: []string{"lucia forna vega"},
		},
		{
			name:   "one of them is",
			text:   "two students were kidnapped in vardela on friday. one of them is pablo dreyer, who studies law.",
			victim: []string{"pablo dreyer"},
		},
		{
			name:   "a person identified as",
			text:   "gunmen killed a teacher in vardela on monday. the teacher was identified as pablo dreyer.",
			victim: []string{"pablo dreyer"},
		},
		{
			name:     "an attacker identified as is no victim",
			text:     "gunmen killed a teacher in vardela on monday. the gunman was identified as pablo dreyer.",
			ind:      []string{"pablo dreyer"},
			victim:   []string{"teacher"},
			novictim: []string{"pablo dreyer"},
		},
		{
			name:   "hostage released",
			text:   "rebels attacked a farm near vardela. the rebels later released engineer carlos mena rubio.",
			victim: []string{"carlos mena rubio"},
		},
		{
			name:   "a charge of dynamite",
			text:   "rebels planted a charge of dynamite beneath a parked bus in vardela on friday.",
			weapon: []string{"charge of dynamite"},
		},
		{
			name:   "counts and sizes are left out of targets",
			text:   "a bomb exploded in vardela on friday, destroying one store and an empty bus.",
			target: []string{"store", "bus"},
		},
		{
			name:     "a car that carried the bomb",
			text:     "a car loaded with dynamite exploded outside the customs building in vardela on friday.",
			target:   []string{"customs building"},
			notarget: []string{"car"},
		},
		{
			name:     "a car the attackers threw from",
			text:     "two men threw grenades from a car at the customs building in vardela on friday.",
			notarget: []string{"car"},
		},
		{
			name:     "a person attacked is no target",
			text:     "gunmen attacked the senator in vardela on friday.",
			notarget: []string{"senator"},
		},
		{
			name:   "a system needs its kind",
			text:   "guerrillas attacked the electrical system in vardela on friday.",
			target: []string{"electrical system"},
		},
		{
			name:   "a facility named for a person is no victim",
			text:   "gunmen killed two people near the tomas vilar velodrome in vardela on friday.",
			nofill: []string{"tomas vilar velodrome", "tomas vilar"},
		},
		{
			name:   "a casualty is not what he was doing",
			text:   "guerrillas attacked a bus in vardela on friday, killing an officer guarding the depot.",
			nofill: []string{"officer guarding"},
		},
		{
			name:   "an age before the name",
			text:   "a bomb exploded at a bus station in vardela on friday. the injured were 19-year-old pablo dreyer and 40-year-old lucia forna vega.",
			victim: []string{"pablo dreyer", "lucia forna vega"},
		},
		{
			name:   "taken as hostages",
			text:   "rebels attacked an oil well near vardela on monday and escaped, taking as hostages the engineers pablo dreyer and tomas oquendo prat.",
			victim: []string{"pablo dreyer", "tomas oquendo prat"},
		},
		{
			name:   "injuring a named guard",
			text:   "gunmen threw a bomb at the customs building in vardela on friday, injuring carlos mena rubio, who was guarding it.",
			victim: []string{"carlos mena rubio"},
		},
		{
			name:   "a couple named after a comma",
			text:   "armed men kidnapped a young couple, lucia forna vega and pablo dreyer, in vardela on friday.",
			victim: []string{"lucia forna vega", "pablo dreyer"},
		},
		{
			name:   "the victim in apposition",
			text:   "a bomb exploded at a market in vardela on friday. the other victim, tomas oquendo prat, is in hospital.",
			victim: []string{"tomas oquendo prat"},
		},
		{
			name:   "the bodies of",
			text:   "gunmen attacked a farm near vardela on monday. the bodies of pablo dreyer and lucia forna vega were found near the farm.",
			victim: []string{"pablo dreyer", "lucia forna vega"},
		},
		{
			name:   "fired at",
			text:   "soldiers fired at reporters pablo dreyer and tomas oquendo prat in vardela on friday, and the attack was condemned.",
			victim: []string{"pablo dreyer", "tomas oquendo prat"},
		},
		{
			name:   "the last of two titles",
			text:   "gunmen attacked a convent in vardela on friday. the wounded are citizen sister anna kessel moreno and sister lucia forna vega.",
			victim: []string{"anna kessel moreno"},
			nofill: []string{"sister anna kessel moreno"},
		},
		{
			name:   "an office named by what follows its modifiers",
			text:   "a bomb destroyed the branch office of the vardela savings corporation on friday.",
			target: []string{"branch office of the vardela savings corporation"},
		},
		{
			name:     "the home a victim was leaving",
			text:     "gunmen killed carlos mena rubio in vardela on friday as he was leaving his home.",
			victim:   []string{"carlos mena rubio"},
			notarget: []string{"home"},
		},
		{
			name:   "rocket launchers are one weapon",
			text:   "guerrillas attacked the customs building in vardela with rocket launchers on friday.",
			weapon: []string{"rocket launchers"},
			nofill: []string{"rocket", "launchers"},
		},
		{
			name:   "a calibre written with a hyphen is the weapon's modifier",
			text:   "gunmen fired at the mayor of vestrin, tomas varek, with 9-mm weapons on sunday, killing him.",
			weapon: []string{"9-mm weapons"},
			nofill: []string{"weapons", "mm weapons"},
		},
		{
			name:   "a calibre in mixed case",
			text:   "Gunmen shot dead Mayor Tomas Varek of Vestrin with 9-mm pistols on Sunday.",
			weapon: []string{"9-mm pistols"},
		},
		{
			name:   "a calibre in words makes weapons a weapon",
			text:   "Gunmen shot dead the mayor of Vestrin with heavy caliber weapons on Sunday.",
			weapon: []string{"heavy caliber weapons"},
		},
		{
			name:   "a calibre in a number and a unit",
			text:   "rebels attacked the bus station of orvalle with 7.62 mm rifles on friday.",
			weapon: []string{"7.62 mm rifles"},
		},
		{
			name:   "the weapon of the next report in the sentence before it",
			text:   "a freight train was derailed near orvena on 3 may after hitting a dynamite charge. engineer paulo dravic died in the explosion.",
			weapon: []string{"dynamite charge"},
		},
		{
			name:   "the weapon of the next report in mixed case",
			text:   "A freight train was derailed near Orvena on 3 May after hitting a dynamite charge. Engineer Paulo Dravic died in the explosion.",
			weapon: []string{"dynamite charge"},
		},
		{
			name:   "arms carried before a report are not its weapon",
			text:   "a man carrying 15 kg of dynamite was arrested in vestrin on monday. a bomb destroyed the vestrin post office on tuesday.",
			weapon: []string{"bomb"},
			nofill: []string{"dynamite"},
		},
		{
			name:   "a weapon noun that opens the sentence",
			text:   "Weapons and a bomb were used by the rebels who attacked the Orvalle town hall on Friday.",
			weapon: []string{"bomb"},
		},
		{
			name:   "a count is no calibre",
			text:   "2 bombs exploded on friday at the orvalle post office.",
			weapon: []string{"bombs"},
			nofill: []string{"2 bombs"},
		},
		{
			name:   "an office named with an inner of",
			text:   "a bomb destroyed the headquarters of the department of public works in vardela on friday.",
			target: []string{"headquarters of the department of public works"},
		},
		{
			name:   "a suspect freed by a judge is no hostage",
			text:   "rebels attacked a farm near vardela on monday. a judge later released pablo dreyer, who was accused of the attack.",
			nofill: []string{"pablo dreyer"},
		},
		{
			name:     "people arrested are no victims",
			text:     "pablo dreyer and tomas oquendo prat were arrested following the attack on the customs building in vardela, where two guards were killed.",
			ind:      []string{"pablo dreyer", "tomas oquendo prat"},
			victim:   []string{"guards"},
			novictim: []string{"pablo dreyer", "tomas oquendo prat"},
		},
		{
			name:   "a judge killed is a victim",
			text:   "tomas oquendo prat, a judge of the high court, and two of his bodyguards were assassinated in vardela today by gunmen.",
			victim: []string{"tomas oquendo prat"},
		},
		{
			name:   "arms seized at the end of a long list",
			text:   "guerrillas attacked a police post in vardela on friday with grenades. one rifle, two pistols, some boots and much ammunition were seized from them.",
			weapon: []string{"grenades"},
			nofill: []string{"rifle", "pistols"},
		},
		{
			name:   "a first name ending like a past tense",
			text:   "gunmen killed ahmed karim rassa in vardela on friday.",
			victim: []string{"ahmed karim rassa"},
		},
		{
			name:   "a town named like a person",
			text:   "rebels attacked the town hall in san miguel de tolosa on friday, killing two guards.",
			nofill: []string{"miguel de tolosa"},
		},
		{
			name:   "escaped unharmed from an attack",
			text:   "senator tomas vilar ortega escaped unharmed from an attack by gunmen in vardela on friday.",
			victim: []string{"tomas vilar ortega"},
		},
		{
			name:   "who escaped the attack",
			text:   "rebels attacked the residence of deputy carlos mena rubio, who escaped the attack unharmed, in vardela on friday.",
			victim: []string{"carlos mena rubio"},
		},
		{
			name:   "tried to kidnap",
			text:   "rebels attacked the hotel in vardela on friday and tried to kidnap senator tomas vilar ortega.",
			victim: []string{"tomas vilar ortega"},
		},
		{
			name:   "a companion named after the victim",
			text:   "armed men kidnapped bishop tomas vilar ortega and his assistant, pablo dreyer, in vardela on friday.",
			victim: []string{"tomas vilar ortega", "pablo dreyer"},
		},
		{
			name:   "a parenthesis between the cue and the name",
			text:   "the rebels claimed the attack against the vsp (vardela security police) director general tomas vilar ortega in vardela on friday.",
			victim: []string{"tomas vilar ortega"},
		},
		{
			name:   "a title after a description",
			text:   "gunmen carried out an attack against the head of the vardela police, general tomas vilar ortega, on friday.",
			victim: []string{"tomas vilar ortega"},
		},
		{
			name:   "along with",
			text:   "gunmen killed teacher pablo dreyer, along with mrs lucia forna vega and her daughter anna kessel moreno, in vardela on friday.",
			victim: []string{"pablo dreyer", "lucia forna vega", "anna kessel moreno"},
		},
		{
			name:   "a long apposition between two names",
			text:   "gunmen killed tomas oquendo prat, leader of the small vardela farmers union of the northern coast (vffu), and the teacher lucia forna vega in vardela.",
			victim: []string{"tomas oquendo prat", "lucia forna vega"},
		},
		{
			name:   "a description between semicolons",
			text:   "a bomb exploded in vardela on friday, killing lucia forna vega, 42; a boy known only as nico; and pablo dreyer.",
			victim: []string{"lucia forna vega", "pablo dreyer"},
		},
		{
			name:   "modifiers joined by and before one head",
			text:   "a bomb destroyed the fishing and forestry ministry in vardela on friday.",
			target: []string{"fishing and forestry ministry"},
		},
		{
			name:   "a long name before the head",
			text:   "rebels dynamited the grupo sonoro del valle radio stations in vardela on friday.",
			target: []string{"grupo sonoro del valle radio stations"},
		},
		{
			name:   "a hyphen spaced inside a name",
			text:   "guerrillas blew up the tarvo - lindel pipeline near ostrava on friday.",
			target: []string{"tarvo - lindel pipeline"},
		},
		{
			name:   "owned and armored say what kind",
			text:   "a bomb exploded at the state-owned banks in vardela on friday. another bomb struck an armored vehicle.",
			target: []string{"state-owned banks", "armored vehicle"},
		},
		{
			name:     "a weapon, a kind or a place after an attack noun",
			text:     "the explosion of a bomb shook the customs building in vardela on friday. it was the third attack of this kind. the attack on the northern zone followed.",
			target:   []string{"customs building"},
			notarget: []string{"bomb", "kind", "northern zone"},
		},
		{
			name:     "an attack noun followed by a clause",
			text:     "the attack on the ferry because of the strike shocked vardela on friday.",
			notarget: []string{"ferry because"},
		},
		{
			name:   "ammunition is no weapon used",
			text:   "rebels attacked the customs building in vardela with grenades on friday. they left behind 300 rounds for rifles.",
			weapon: []string{"grenades"},
			nofill: []string{"rifles"},
		},
		{
			name:   "arms seized after a colon and a long list",
			text:   "rebels attacked the customs building in vardela with grenades on friday. later the police seized the following material from the rebels who fled: two old radios, a typewriter, some maps and papers, a tent, and rifles.",
			weapon: []string{"grenades"},
			nofill: []string{"rifles"},
		},
		{
			name:   "home-made and medium-sized bombs",
			text:   "a medium-sized bomb exploded at the customs building in vardela on friday. rebels also threw homemade bombs at a bank.",
			weapon: []string{"medium-sized bomb", "homemade bombs"},
		},
		{
			name:     "a speaker named with where it is",
			text:     "a bomb exploded at the customs building in vardela on friday. the tarvish embassy in vardela has confirmed the attack.",
			target:   []string{"customs building"},
			notarget: []string{"tarvish embassy"},
		},
		{
			name:     "the attackers' aircraft",
			text:     "rebels attacked the customs building in vardela on friday. a government plane strafed the hills and two helicopters fitted with rockets bombed the town.",
			target:   []string{"customs building"},
			notarget: []string{"government plane", "helicopters"},
		},
		{
			name:     "shot aboard a plane",
			text:     "gunmen shot senator tomas vilar ortega aboard a passenger plane over vardela on friday.",
			victim:   []string{"tomas vilar ortega"},
			notarget: []string{"passenger plane"},
		},
		{
			name:     "a name glossed in parentheses before the head",
			text:     "a bomb exploded at the vwu (vardela workers union) headquarters in vardela on friday.",
			target:   []string{"vwu headquarters"},
			notarget: []string{"headquarters", "vwu"},
		},
		{
			name:     "a glossed name after an attack noun",
			text:     "the attack against vwu (vardela workers union) headquarters killed ten people in vardela on friday.",
			target:   []string{"vwu headquarters"},
			notarget: []string{"vwu"},
		},
		{
			name:     "a vehicle packed with explosives after a comma",
			text:     "a truck, packed with dynamite, exploded outside the customs building in vardela on friday.",
			target:   []string{"customs building"},
			notarget: []string{"truck"},
		},
		{
			name:     "an exchange of fire",
			text:     "rebels attacked the customs building in vardela on friday, and an exchange of fire followed.",
			target:   []string{"customs building"},
			notarget: []string{"exchange of fire", "exchange"},
		},
		{
			name:     "a landmark and an owner after to",
			text:     "a bomb exploded at the customs building in vardela on friday, close to the post office. rebels also burned two trucks belonging to the health ministry.",
			target:   []string{"customs building"},
			notarget: []string{"post office", "health ministry"},
		},
		{
			name:     "a Spanish name after the head",
			text:     "a car bomb exploded outside the newspaper el vigia in vardela on friday.",
			target:   []string{"newspaper el vigia"},
			notarget: []string{"newspaper"},
		},
		{
			name:   "bodies and deeds in a sentence without an attack",
			text:   "a bomb exploded at the customs building in vardela on friday. the murderers and the guerrilla groups fled in a car. two hooded men were seen.",
			ind:    []string{"two hooded men"},
			nofill: []string{"guerrilla groups", "murderers"},
		},
		{
			name:   "a deed noun in a sentence without an attack",
			text:   "a bomb exploded at the customs building in vardela on friday. the assassins fled in a car.",
			nofill: []string{"assassins"},
		},
		{
			name: "victims named well after the only attack",
			text: "a bomb exploded at the customs building in vardela on friday. firemen came at once. the street was closed. " +
				"traffic was diverted. the mayor spoke to reporters. the weather was cold. shops stayed shut. " +
				"the injured were elvira sandoval ruiz and tomas oquendo prat.",
			victim: []string{"elvira sandoval ruiz", "tomas oquendo prat"},
		},
		{
			name: "a state force as the subject of an attack verb",
			text: "the air force indiscriminately bombed and strafed the village of orvalle on monday, killing three peasants.",
			perp: []string{"air force"},
		},
		{
			name: "a state force that began an attack",
			text: "the vardela guerrilla front denounced the government on sunday. in orvalle the air force began bombing and firing rockets at a refugee camp on monday.",
			perp: []string{"air force"},
		},
		{
			name:   "soldiers who fight guerrillas commit no attack",
			text:   "the army attacked guerrilla positions near orvalle on monday, the command said.",
			noperp: []string{"army"},
		},
		{
			name: "accusers who are accusing the army",
			text: "the unions of vardela are accusing the army of perpetrating the dynamite attack against the office of the dockworkers federation on monday.",
			perp: []string{"army"},
		},
		{
			name: "a murder attributed to the army",
			text: "the murder of the mayor of orvalle on monday was attributed to the army.",
			perp: []string{"army"},
		},
		{
			name: "a force charged with a murder",
			text: "the army is being charged with the murder of two journalists in orvalle on monday.",
			perp: []string{"army"},
		},
		{
			name: "a known group's three-letter acronym in lower case",
			text: "a bomb destroyed the power station of orvalle on monday. the authorities attributed the attack to the eln.",
			perp: []string{"eln"},
		},
		{
			name: "army members linked with the murder",
			text: "six teachers were murdered in orvalle on monday. the arrest today of eight army members linked with the murder was reported by the judge.",
			ind:  []string{"eight army members"},
			perp: []string{"army"},
		},
		{
			name: "soldiers among people arrested because of the murder",
			text: "six teachers were murdered in orvalle on monday. a group of people, including members of the army, were arrested because of the murder.",
			perp: []string{"army"},
		},
		{
			name:   "people arrested at a march are no doers",
			text:   "six teachers were murdered in orvalle on monday. on tuesday ten students were arrested at a march against the murder.",
			nofill: []string{"ten students"},
		},
		{
			name:   "the only group condemns the attack",
			text:   "a bomb destroyed the refugee camp of orvalle on monday, killing five people. the fmln condemned the attack.",
			noperp: []string{"the fmln", "fmln"},
		},
		{
			name:   "the only group bears no responsibility",
			text:   "a bomb destroyed the refugee camp of orvalle on monday, killing five people. the fmln bears no responsibility for the attack.",
			noperp: []string{"the fmln", "fmln"},
		},
		{
			name:   "the victim's own group",
			text:   "karl vessen, presidential candidate for the fmln, was shot dead in orvalle on monday.",
			noperp: []string{"the fmln", "fmln"},
		},
		{
			name:   "members who protest the murder",
			text:   "the fmln members are protesting the murder of karl vessen in orvalle on monday.",
			noperp: []string{"the fmln", "fmln"},
			nofill: []string{"fmln members"},
		},
		{
			name:   "a blame said of every attack",
			text:   "unidentified men set off four bombs at the university of orvalle on monday. they always blame the army for every such bombing, the command said.",
			noperp: []string{"army"},
		},
		{
			name: "a group that took responsibility in another sentence",
			text: "The Orvalle Liberation Front and the Vardela Popular Army are active in the region. A bomb exploded at the Orvalle power station on Monday. The Vardela Popular Army took responsibility for the attack.",
			perp: []string{"Vardela Popular Army"},
		},
		{
			name: "an attack that was the work of a group",
			text: "The Orvalle Liberation Front and the Vardela Popular Army are active in the region. A bomb exploded at the Orvalle power station on Monday. Police said the attack was the work of the Orvalle Liberation Front.",
			perp: []string{"Orvalle Liberation Front"},
		},
		{
			name: "a band of attackers as the subject",
			text: "rebel groups detonated four bombs outside the homes of two councilmen in orvalle on monday.",
			ind:  []string{"rebel groups"},
		},
		{
			name: "a band with a time before the verb",
			text: "rebel groups last night machinegunned the home of judge karl vessen in orvalle.",
			ind:  []string{"rebel groups"},
		},
		{
			name: "a time between the subject and the verb",
			text: "Insurgent Groups Early This Morning Machinegunned The Home Of Judge Karl Vessen In Orvalle.",
			ind:  []string{"Insurgent Groups"},
		},
		{
			name: "two verbs of one attack",
			text: "two men on a motorcycle shot and killed councilman rodolfo quintal barea outside his home in orvalle on monday.",
			ind:  []string{"two men on a motorcycle"},
		},
		{
			name: "attackers who came before they struck",
			text: "yesterday, two men on a motorcycle stopped beside the car of the mayor of tarvo and killed the mayor, jose luis vessen.",
			ind:  []string{"two men on a motorcycle"},
		},
		{
			name: "suspects named after that",
			text: "a bomb exploded at the offices of the orvalle dockworkers union today, killing two guards. police said that jose vessen ramos and pedro tulio marsan were arrested following the attack.",
			ind:  []string{"jose vessen ramos", "pedro tulio marsan"},
		},
		{
			name: "a person named after by",
			text: "the bombing of the orvalle dockworkers union offices on monday was carried out by captain jose vessen ramos, the union said.",
			ind:  []string{"captain jose vessen ramos"},
		},
		{
			name: "persons named after by in a list",
			text: "the massacre of 12 peasants in tarvo on monday was carried out by jose vessen ramos and captain pedro tulio marsan, the union said.",
			ind:  []string{"jose vessen ramos", "captain pedro tulio marsan"},
		},
		{
			name:   "a name that owns what did it is no doer",
			text:   "the massacre of 12 peasants in tarvo on monday was planned by jose vessen ramos's government, the union said.",
			nofill: []string{"jose vessen ramos"},
		},
		{
			name: "a person an apposition blames",
			text: "the murder of six teachers in tarvo on monday shocked the country. the army removed colonel jose luis vessen ramos, one of the officers implicated in the murder, from his post.",
			ind:  []string{"colonel jose luis vessen ramos"},
		},
		{
			name:   "an apposition of office blames nobody",
			text:   "the murder of six teachers in tarvo on monday shocked the country. colonel jose luis vessen ramos, the commander of the tarvo garrison, promised an inquiry into the murder.",
			nofill: []string{"colonel jose luis vessen ramos", "jose luis vessen ramos"},
		},
		{
			name: "a person a relative clause names as the doer",
			text: "the police arrested jose vessen ramos, who killed councilman pedro tulio marsan in tarvo on monday.",
			ind:  []string{"jose vessen ramos"},
		},
		{
			name:   "a band without a word of attackers names nobody",
			text:   "a bomb destroyed the orvalle town hall on monday. the peasant groups burned the crops of the landowners in protest.",
			nofill: []string{"peasant groups", "groups"},
		},
		{
			name:     "a truck a bomb was stowed in carried it",
			text:     "nearly 200 kg of explosives placed in a truck blew up beside the tesmar customs building in vardela on monday.",
			target:   []string{"tesmar customs building"},
			notarget: []string{"truck"},
		},
		{
			name:     "the car the gunmen rode in",
			text:     "unidentified men in a car with tinted windows threw a bomb at the orvalle customs building on friday.",
			target:   []string{"orvalle customs building"},
			notarget: []string{"car"},
		},
		{
			name:     "cars the attackers used",
			text:     "ten terrorists who used 2 cars threw dynamite at the tesmar bank offices in vardela on friday.",
			target:   []string{"tesmar bank offices"},
			notarget: []string{"cars"},
		},
		{
			name:     "the car that blew up was the bomb",
			text:     "one man was killed by the explosion of a car parked near the orvalle town hall on friday.",
			notarget: []string{"car"},
		},
		{
			name:   "an owned vehicle stays a target",
			text:   "terrorists placed a bomb in the mayor's car in vardela on friday.",
			target: []string{"mayor's car"},
		},
		{
			name:   "a plane that blew up was struck",
			text:   "an airline plane exploded in midair over vardela on friday, killing all 50 passengers.",
			target: []string{"airline plane"},
		},
		{
			name:     "modifiers joined by and in an owner's name",
			text:     "a bomb exploded at the office of the fishing and mining ministry in vardela on monday.",
			target:   []string{"office of the fishing and mining ministry"},
			notarget: []string{"office of the fishing", "fishing and mining ministry"},
		},
		{
			name:   "the owners of homes are people",
			text:   "guerrillas bombed the homes of regional and town council officials in orvalle on sunday.",
			target: []string{"homes of regional and town council officials"},
		},
		{
			name:   "an owner whose name ends in a word of people",
			text:   "terrorists bombed the offices of the vardela farmers society on friday.",
			target: []string{"offices of the vardela farmers society"},
		},
		{
			name:     "a possessive inside the owner",
			text:     "a bomb exploded at the headquarters of vardela's state oil company on friday.",
			target:   []string{"headquarters of vardela's state oil company"},
			notarget: []string{"headquarters of vardela"},
		},
		{
			name:     "the inner noun of an owner is no second target",
			text:     "a car bomb destroyed one store of a bakery chain in orvalle on monday.",
			target:   []string{"store of a bakery chain"},
			notarget: []string{"bakery chain"},
		},
		{
			name:   "a short word ending in ed is no verb",
			text:   "gunmen set fire to two ambulances of the vardela red cross on tuesday.",
			target: []string{"ambulances of the vardela red cross"},
		},
		{
			name:     "a city before a target noun is its place",
			text:     "a bomb exploded today in an ostrava restaurant, and a second device was found.",
			target:   []string{"restaurant"},
			notarget: []string{"ostrava restaurant"},
		},
		{
			name:   "a city in an owner's name stays",
			text:   "a bomb damaged the ostrava hospital ambulance on saturday.",
			target: []string{"ostrava hospital ambulance"},
		},
		{
			name:   "A city before a target noun in mixed case",
			text:   "Terrorists destroyed an Ostrava restaurant on Saturday with dynamite.",
			target: []string{"restaurant"},
		},
		{
			name:   "subjects of a passive verb of harm far from the trigger",
			text:   "a clinic, two buses and a power transformer were damaged yesterday in vardela when two bombs went off near the market.",
			target: []string{"clinic", "buses", "power transformer"},
		},
		{
			name:   "Subjects of a passive verb of harm in mixed case",
			text:   "A clinic, two buses and a power transformer were damaged yesterday in Vardela when two bombs went off near the market.",
			target: []string{"clinic", "buses", "power transformer"},
		},
		{
			name:   "a long subject heavily damaged before the trigger",
			text:   "two trucks were destroyed and an office of the vardela fishing cooperative was badly damaged on monday night when a bomb went off in the yard.",
			target: []string{"trucks", "office of the vardela fishing cooperative"},
		},
		{
			name:   "a list of subjects destroyed by explosions",
			text:   "two union offices, a savings bank, several shops and a private home have been destroyed by bomb blasts in ostrava since monday.",
			target: []string{"union offices", "savings bank", "shops", "private home"},
		},
		{
			name:     "a place of people struck is not struck itself",
			text:     "the students who gathered at the school on friday were wounded in the explosion of a grenade thrown by unidentified men.",
			notarget: []string{"school"},
		},
		{
			name:   "a definite attacker subject destroys a thing",
			text:   "the rebels destroyed at least eight power transmission towers in the north of the country on sunday.",
			target: []string{"power transmission towers"},
		},
		{
			name:   "A definite attacker subject destroys a thing in mixed case",
			text:   "The rebels destroyed at least eight power transmission towers in northern Vardela on Sunday.",
			target: []string{"power transmission towers"},
		},
		{
			name:   "names in a list after remarks in parentheses",
			text:   "gunmen kidnapped tomas arvelo (son of the mayor) and lucia brandt (a nurse) in ostrava on monday.",
			victim: []string{"tomas arvelo", "lucia brandt"},
		},
		{
			name:   "Names in a list after remarks in parentheses in mixed case",
			text:   "Gunmen kidnapped Tomas Arvelo, (son of the mayor) and Lucia Brandt (a nurse) in Ostrava on Monday.",
			victim: []string{"Tomas Arvelo", "Lucia Brandt"},
		},
		{
			name:   "a text's own acronym is no known group",
			text:   "a bomb destroyed a warehouse of the ira (institute of grain supply) in orvalle on monday.",
			noperp: []string{"ira", "the ira"},
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
			for _, n := range tc.novictim {
				if has(vi, n) {
					t.Errorf("unwanted victim %q in %q", n, vi)
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

// TestAccusedDoers checks the doers a report names by the part it gives
// them in a crime told before: the subject of "took part in" or "ordered
// the murder", the "of" phrase of "the involvement of", the object of
// "implicated x in", in lower case as wire copy and in capitals.
func TestAccusedDoers(t *testing.T) {
	const murder = "on 3 may judge ana vilar was murdered in vardela. "
	tests := []struct {
		name, text string
		ind        []string // wanted among the perpetrator individuals
		noind      []string
	}{
		{"took part in", murder + "the minister said that soldiers took part in the murder.", []string{"soldiers"}, nil},
		{"involvement of", murder + "the minister confirmed the involvement of troops in the murder.", []string{"troops"}, nil},
		{"participation of a band", murder + "the police confirmed the participation of three armed men in the crime.", []string{"three armed men"}, nil},
		{"ordered the murder", murder + "the police said that tomas ruales brandt ordered the murder.", []string{"tomas ruales brandt"}, nil},
		{"masterminded", murder + "tomas ruales brandt allegedly masterminded the murder, the police said.", []string{"tomas ruales brandt"}, nil},
		{"responsible for", murder + "the police said that colonel tomas ruales brandt was responsible for the murder.", []string{"colonel tomas ruales brandt"}, nil},
		{"implicated in", murder + "the minister implicated colonel tomas ruales brandt in the murder.", []string{"tomas ruales brandt"}, nil},
		{"accused of", murder + "the police accused tomas ruales brandt of the murder.", []string{"tomas ruales brandt"}, nil},
		{"on the orders of", murder + "the police said the murder was carried out on the orders of tomas ruales brandt.", []string{"tomas ruales brandt"}, nil},
		{"capitals", "On 3 May Judge Ana Vilar was murdered in Vardela. The police said that Tomas Ruales Brandt ordered the murder.", []string{"Tomas Ruales Brandt"}, nil},
		{"the speaker is no doer", murder + "senator tomas ruales brandt said the army was responsible for the murder.", nil, []string{"tomas ruales brandt"}},
		{"an order of no crime", murder + "judge tomas ruales brandt ordered an inquiry.", nil, []string{"tomas ruales brandt"}},
		{"involvement in no crime", murder + "the minister denied the involvement of troops in politics.", nil, []string{"troops"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			checkIndividuals(t, x, tc.ind, tc.noind)
		})
	}
}

// TestTargetsNotStruck checks places named beside an attack that it did
// not strike: the spot in front of which a person was shot, and what
// attacks asked or promised to stop would have struck; in lower case as
// wire copy and in capitals.
func TestTargetsNotStruck(t *testing.T) {
	tests := []struct {
		name, text string
		target     []string // wanted among the targets
		notarget   []string
	}{
		{"shot in front of a shop", "a tax inspector was shot dead in front of a shoe store in orvalle on friday.", nil, []string{"shoe store", "store"}},
		{"shot in front of a shop, capitals", "A tax inspector was shot dead in front of a shoe store in Orvalle on Friday.", nil, []string{"shoe store", "store"}},
		{"shot in the vicinity of", "the mayor of vardela was shot dead in the vicinity of the cathedral on friday.", nil, []string{"cathedral"}},
		{"shot opposite", "the mayor of vardela was shot dead opposite the cathedral on friday.", nil, []string{"cathedral"}},
		{"the front of a building was struck", "a bomb exploded in orvalle on friday and destroyed the front of the customs building.", []string{"customs building"}, nil},
		{"a bomb in front of a building", "a bomb exploded in front of the customs building in orvalle on friday, destroying two buses.", []string{"buses"}, nil},
		{"suspend sabotage", "the zelvan front demanded that the rebels suspend their sabotage of the power lines of orvalle.", nil, []string{"power lines"}},
		{"suspend sabotage, capitals", "The Zelvan Front demanded that the rebels suspend their sabotage of the power lines of Orvalle.", nil, []string{"power lines"}},
		{"suspension of attacks", "the rebels announced a suspension of attacks on the bus depots of orvalle.", nil, []string{"bus depots"}},
		{"an end to the bombing", "the bishop asked for an end to the bombing of the grain silos near orvalle.", nil, []string{"grain silos"}},
		{"sabotage told as done", "rebels blew up the power lines of orvalle on friday.", []string{"power lines"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var tg []string
			for _, e := range x.Events {
				tg = append(tg, e.Targets...)
			}
			for _, w := range tc.target {
				if !has(tg, w) {
					t.Errorf("want target %q in %q%s", w, tg, showEvents(x.Events))
				}
			}
			for _, n := range tc.notarget {
				for _, f := range tg {
					if strings.EqualFold(f, n) {
						t.Errorf("unwanted target %q in %q%s", n, tg, showEvents(x.Events))
					}
				}
			}
		})
	}
}

// TestFullVictimNames checks that a victim named by the family name alone
// is given the full name the story writes elsewhere, unless two people
// share the family name.
func TestFullVictimNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{
			name: "full name written before the attack",
			text: "jose miguel verhaal quintero was elected mayor of ostrava in march. on monday gunmen killed mayor verhaal quintero in his office.",
			want: []string{"jose miguel verhaal quintero"},
		},
		{
			name: "Full name written before the attack in mixed case",
			text: "Jose Miguel Verhaal Quintero was elected mayor of Ostrava in March. On Monday gunmen killed Mayor Verhaal Quintero in his office.",
			want: []string{"Jose Miguel Verhaal Quintero"},
		},
		{
			name: "two people of one family name",
			text: "pedro ostlund marsh and carlos ostlund marsh run a shop in vardela. on monday gunmen killed councilman ostlund marsh in his office.",
			want: []string{"ostlund marsh"},
		},
		{
			name: "a middle name written elsewhere",
			text: "gunmen killed the nurse elena maria vardas and the driver tomas krell in ostrava on monday. police said the killers of nurse elena vardas fled on foot.",
			want: []string{"elena maria vardas", "tomas krell"},
		},
		{
			name: "A middle name written elsewhere in mixed case",
			text: "Gunmen killed the nurse Elena Maria Vardas in Ostrava on Monday. A second attack killed Nurse Elena Vardas's colleague on Tuesday.",
			want: []string{"Elena Maria Vardas"},
		},
		{
			name: "a verb before the name is no given name",
			text: "the police said tomas verhaal quintero was at home. on monday gunmen killed mayor verhaal quintero in his office.",
			want: []string{"tomas verhaal quintero"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			var vi []string
			for _, e := range x.Events {
				vi = append(vi, e.Victims...)
			}
			if strings.Join(vi, "|") != strings.Join(tc.want, "|") {
				t.Errorf("victims %q, want %q%s", vi, tc.want, showEvents(x.Events))
			}
		})
	}
}

// TestIdentifiedAs checks that an "identified as" apposition names the
// noun of people it follows: a victim after a noun of victims, a suspect
// after a noun of suspects or attackers.
func TestIdentifiedAs(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		victim, ind     []string
		novictim, noind []string
	}{
		{
			name:   "a victim noun after the attackers",
			text:   "gunmen killed a student, identified as tomas krell, in ostrava yesterday.",
			victim: []string{"tomas krell"}, noind: []string{"tomas krell"},
		},
		{
			name:   "a wounded victim",
			text:   "rebels wounded a farmer, identified as pedro vask, near ostrava on friday.",
			victim: []string{"pedro vask"}, noind: []string{"pedro vask"},
		},
		{
			name: "the suspects",
			text: "guerrillas killed a judge in ostrava yesterday. the suspects were identified as tomas krell and pedro vask.",
			ind:  []string{"tomas krell", "pedro vask"}, novictim: []string{"tomas krell"},
		},
		{
			name: "an attacker noun",
			text: "guerrillas killed a judge in ostrava yesterday. the gunman, identified as tomas krell, fled on foot.",
			ind:  []string{"tomas krell"}, novictim: []string{"tomas krell"},
		},
		{
			name: "people arrested",
			text: "gunmen killed a student in ostrava yesterday. police later arrested two men, identified as tomas krell and pedro vask.",
			ind:  []string{"tomas krell", "pedro vask"}, novictim: []string{"tomas krell", "pedro vask"},
		},
		{
			name: "a victim noun inside the suspect's phrase",
			text: "guerrillas killed a judge in ostrava yesterday. the killer of the judge was identified as tomas krell.",
			ind:  []string{"tomas krell"}, novictim: []string{"tomas krell"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x := runDoc(t, tc.text, "", "")
			checkVictims(t, x, tc.victim, tc.novictim)
			checkIndividuals(t, x, tc.ind, tc.noind)
		})
	}
}
