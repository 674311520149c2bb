package extract

import (
	"strings"

	"dossier/text"
)

// set builds a lookup set from space-separated words.
func set(words ...string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range words {
		for _, f := range strings.Fields(w) {
			m[f] = true
		}
	}
	return m
}

// anyWord reports whether a word of toks is one of words.
func anyWord(toks []text.Token, words map[string]bool) bool {
	for _, t := range toks {
		if words[t.Lower] {
			return true
		}
	}
	return false
}

// commonWords are frequent English words that, capitalised at the start of
// a sentence or in a headline, are not names.
var commonWords = set(`a an the this that these those there here it its it's they them their he she his her we our you your i
	and or but nor so yet for of in on at by to from with without into onto over under after before during since until
	about against among amid amidst between through throughout across along around behind beyond near per via upon within
	as if when while where whereas because though although unless whether than then also even still just only not no
	all any both each every few many more most much other some such several one two three four five six seven eight nine ten
	who whom whose which what why how is are was were be been being has have had do does did will would shall should
	can could may might must according meanwhile however moreover furthermore therefore thus instead indeed
	yesterday today tomorrow last next earlier later now recently previously currently once again finally
	monday tuesday wednesday thursday friday saturday sunday
	old former senior top local foreign
	police security officials official authorities government army military troops forces soldiers
	witnesses residents sources experts analysts observers critics supporters members leaders
	attack attacks attackers bombing bomb blast explosion gunmen militants insurgents rebels fighters
	killed wounded injured dead death deaths people victims civilians children women men students
	many following despite amid including among among said says told added noted reported stated claimed
	like unlike whose why yes please see read watch share photo video image file update updated breaking live
	mr mrs ms dr sir madam jihadist jihadists extremist extremists terrorist terrorists terror
	group groups organization organisation movement network faction branch wing affiliate cell cells
	province provinces district districts region city town village capital country state states
	north south east west northern southern eastern western northeast northwest southeast southwest
	january february march april may june july august september october november december
	chapter section part overview background history profile summary report reports analysis
	first second third fourth fifth
	in-depth al`)

// leadTrim are words that, capitalised at the start of a name-like run, are
// not part of the name: "The Islamic State", "According to", "Some".
var leadTrim = set(`a an the this that these those there here it its it's they them their he she his her we our you your i
	and or but nor so yet for of in on at by to from with without into over under after before during since until
	about against among amid through across along around near per via upon within as if when while where whereas
	because though although unless whether than then also even still just only not no all any both each every few
	many more most much other another some such several one two three four five six seven eight nine ten who whom
	whose which what why how according meanwhile however moreover furthermore therefore thus instead indeed
	yesterday today tomorrow last next earlier later now recently previously currently once again finally almost
	monday tuesday wednesday thursday friday saturday sunday
	january february march april may june july august september october november december
	mr mrs ms is are was were has have had do does did will would can could may might must should shall
	despite following including like unlike since`)

// tailTrim are words that, capitalised at the end of a name-like run, are
// not part of the name: "IS-K Now".
var tailTrim = set(`now today yesterday tomorrow then also too again monday tuesday wednesday thursday friday saturday sunday
	said says told added is are was were has have had`)

// personTitles precede a person's name.
var personTitles = set(`mr mr. mrs mrs. ms ms. dr dr. prof prof. sir president vice-president minister premier
	general gen gen. lieutenant lt lt. colonel col col. major maj maj. captain capt capt. sergeant sgt sgt. commander cmdr
	brigadier admiral governor gov gov. senator sen sen. representative rep rep. mayor judge justice chief sheikh shaykh
	imam mullah maulana mawlana emir amir king queen prince princess pope father rev. reverend bishop ayatollah
	spokesman spokeswoman spokesperson ambassador envoy secretary chancellor deputy inspector superintendent
	chairman chairwoman director professor analyst correspondent reporter officer constable private corporal
	pastor cardinal monsignor archbishop attorney lawyer doctor mufti`)

// personRoleNouns identify an apposition that describes a person:
// "Jane Doe, a fellow at ...".
var personRoleNouns = set(`fellow analyst expert researcher scholar professor lecturer spokesman spokeswoman spokesperson
	official commander leader chief head founder director minister president governor officer journalist
	reporter correspondent author writer editor adviser advisor consultant member deputy ambassador envoy
	lawmaker senator mayor chairman chairwoman cleric preacher imam militant fighter bomber gunman
	resident student teacher doctor nurse survivor victim father mother son daughter brother sister
	wife husband colonel general lieutenant captain sergeant soldier policeman judge prosecutor lawyer
	activist organizer organiser coordinator secretary manager representative emir ideologue strategist
	commissioner inspector superintendent`)

// speechVerbs follow or precede a speaker.
var speechVerbs = set(`said says told added stated explained noted argued believes believed expects expected warned
	claimed claims wrote writes tweeted confirmed denied announced insisted suggested estimated estimates thinks
	reported reports asserted acknowledged admitted recalled urged described called`)

// armedHeads are head words that make a capitalised name an armed group.
var armedHeads = set(`taliban army brigade brigades battalion battalions militia militias front movement mujahideen mujahidin
	jihad lashkar jaish harakat tehrik tehreek ansar jamaat jama'at jamaat-ul hizb hezb hizbul haram shabaab shabab
	qaeda qaida province wilayat covenant legion guard guards commandos rebels insurgency resistance liberation
	caliphate emirate cartel cartels tigers fighters faction militants jihadists network branch wing
	brotherhood`)

// armedFirst are first words that make a name an armed group (Islamic State,
// Lashkar-e-Taiba).
var armedFirst = set(`lashkar jaish harakat tehrik tehreek ansar jamaat hizb hezb hizbul jabhat jund katibat kataib
	islamic-state boko al-shabaab al-qaeda al-qaida`)

// orgHeads are head words that make a capitalised name an organization.
var orgHeads = set(`institute institution center centre council committee commission organization organisation agency
	service services ministry department office university college school foundation bank association union
	society corporation company party parliament assembly court tribunal police mission program programme
	fund forum observatory project initiative alliance coalition federation league authority bureau
	directorate secretariat cross crescent nations times post journal news press television radio network-tv
	newspaper magazine monitor watch academy hospital`)

// orgFirst are first words of organization names (Institute for ..., Human
// Rights Watch is handled by orgHeads).
var orgFirst = set(`institute center centre council committee commission ministry department office university
	foundation bank association union society federation league bureau`)

// groupNouns are the nouns a referring expression uses for an armed group:
// "the group", "the militant organization".
var groupNouns = set(`group organization organisation movement outfit militia network faction organisation's`)

// groupModifiers may stand between the article and the group noun.
var groupModifiers = set(`militant terrorist extremist jihadist radical armed islamist insurgent rebel sunni shia
	radical-militant violent splinter regional local global shadowy little-known`)

// connectors may sit inside a multi-word name: "Institute for the Study of
// War", "Shehab al-Muhajir", "Islamic Movement of Uzbekistan".
var connectors = set(`of for the de del la al el bin ibn bint abu ul e i wa wal fi li von van der den da do dos du le`)

// armedWords anywhere in a name make it an armed group.
var armedWords = set(`taliban mujahideen mujahidin jihad tanzim jabhat harakat tehrik tehreek lashkar jaish ansar hizb hezb hizbul katibat wilayat boko shabaab shabab al-shabaab al-shabab qaeda qaida al-qaeda al-qaida al-qa'ida qa'ida qa'idat`)

// inJoins are words that let "in" continue a group's name: "al-Qaeda in the
// Arabian Peninsula", "Islamic State in Iraq".
var inJoins = set(`qaeda qaida al-qaeda al-qaida al-qa'ida qa'ida state organization organisation organizations front jihad emirate`)

// firstNames is a list of common given names across the regions dossier
// reads about; a capitalised pair starting with one is a person.
var firstNames = set(`john james robert michael william david richard joseph thomas charles christopher daniel matthew
	anthony mark donald steven paul andrew joshua kenneth kevin brian george edward ronald timothy jason jeffrey
	ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank gregory raymond
	alexander patrick jack dennis jerry tyler aaron jose adam henry nathan douglas zachary peter kyle walter ethan
	jeremy harold keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan bryan joe
	jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy eugene vincent russell elijah
	louis bobby philip johnny mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
	betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie
	rebecca sharon laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
	katherine christine debra rachel catherine carolyn janet ruth maria heather diane virginia julie joyce victoria
	olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline frances gloria
	ann teresa kathryn sara janice jean alice madison doris abigail julia judy grace denise amber marilyn beverly
	danielle theresa sophia marie diana brittany natalie isabella charlotte rose alexis kayla hillary barack
	vladimir emmanuel angela boris theresa justin recep narendra imran nawaz shehbaz benazir asif pervez
	mohammed mohammad muhammad mohamed mohamad muhamad ahmed ahmad ali hassan hussein husain hussain omar umar
	abdul abdullah abdallah abdel abd abdulrahman abdelkader abdulaziz khalid khaled mahmoud mahmud mustafa
	mostafa ibrahim ismail yusuf youssef yousuf osama usama ayman abu bakr hamza hamid hameed rashid rasheed
	said saeed saif sami samir tariq tarik walid waleed yasin yassin zakaria karim kareem nasser nasir naser
	jamal jamil faisal fahad fahd hafiz hafez haroon harun idris ilyas imad jalal kamal mansour mansur
	murad nabil nadir naeem qasim qassim rahim rahman salah salman shakir sharif sulaiman suleiman sulayman
	tahir waqar zafar zahir zaid zayd zubair anwar akhtar amir ameer anas asad atta aziz bashir basheer
	bilal farooq faruq fazl ghulam gul habib haji hakimullah hekmatullah hibatullah ikram inayat ismael
	jalaluddin sirajuddin baitullah mullah haibatullah akhtar mansoor omar shehab shahab sanaullah
	aslam azhar masood masud junaid kashif khurram latif majid nawaz nadeem naveed noor nur obaid qari
	rafiq raheem rizwan sajid saleem salim sardar shahid shoaib tahir usman uthman wahid waseem yasir
	zabihullah zalmay ashraf hamid karzai abdulla amrullah gulbuddin ahmad shah massoud dostum
	aisha fatima fatimah khadija maryam mariam zainab amina aminah halima hawa leila layla nadia noor
	abubakar abubakr shekau mamman usman aliyu bello musa yakubu goodluck muhammadu babagana kashim
	abdi abdirahman abdikadir farah hassan mohamud yusuf ahmed sheikh godane diriye aweys robow
	fernando carlos jorge luis miguel pedro manuel francisco antonio alfredo roberto ricardo eduardo
	rafael jaime julio oscar hector rodrigo alvaro guillermo gustavo hugo ignacio javier joaquin
	pablo raul ruben sergio victor mario cesar diego enrique felipe gonzalo alberto alejandro andres
	ernesto esteban fabio fidel gabriel german horacio jesus leonel marco mauricio rene ruben simon
	ana carmen rosa elena isabel lucia marta pilar teresa beatriz claudia gabriela patricia
	adolfo agustin alfonso alonso amado americo anibal armando arnulfo arturo augusto aurelio baltasar benito
	bernardo blas camilo candido cayetano ciro clemente cristobal dagoberto dario edgar edgardo edmundo efrain
	elias eliseo emilio erasmo ernesto eugenio evaristo ezequiel facundo faustino federico feliciano felix
	fermin florencio fortunato fredy freddy gaspar gerardo gilberto gregorio heriberto hernan hernando hilario
	humberto isaac isidro jacinto jairo jeronimo joaquin juvenal lazaro leandro leonardo leopoldo lisandro
	lorenzo lucio marcelo marcial mariano martin mateo matias maximo melvin moises napoleon nelson nestor
	nicanor octavio orlando osvaldo oswaldo pascual patricio plutarco ramiro ramon reinaldo reynaldo rigoberto
	rolando romulo saul severo silvio teodoro tomas ulises valentin vicente
	wilfredo william wilson ximena zacarias alirio alcides arcadio belisario braulio celso eladio
	angelica antonia aracely beatriz carolina catalina cecilia celia elvira
	estela eugenia fabiola francisca gilda graciela ines irma josefa juana leticia
	lourdes magdalena margarita maribel mirna monica norma olga paola raquel rocio
	sofia susana veronica yolanda joao paulo sebastiao vinicio violeta
	jean pierre jacques michel francois francois philippe nicolas olivier laurent alain bernard
	hans klaus wolfgang jurgen dieter helmut angela ursula olaf frank-walter
	ivan sergei dmitry alexei mikhail nikolai yuri oleg viktor igor andrei
	wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin gao luo
	rajesh rahul sanjay sunil anil amit vijay ravi suresh ramesh manmohan sonia indira rajiv
	kofi ban antonio ghassan staffan zalmay abdul-rashid abdul-ghani
	silvia norberto danilo febe segundo amando elmer cecilio celina elba waldemar valdemar mariela marcela
	heraclides edison otto eulogio willian alipio modesto edgard abelardo salomon eliecer noralba maritza
	gladys abel robinson teofilo sigifredo isidoro dionisio cirilo apolinario erika saturnino justiniano
	abilio luiz narcisa hilda emiliano omayra elsa giovanni todd grover adriana alicia amparo blanca
	consuelo marina miriam nidia aldo anselmo arnoldo bonifacio domingo edwin fausto hipolito isaias
	leonidas luciano macario nemesio obdulio porfirio prudencio regino remigio roque serafin tiburcio
	ubaldo wenceslao zoilo amilcar ariel neftali rodolfo rogelio rosendo virgilio gerson wilmer
	wilber nery edgar elder milton herbert hernan mynor byron otoniel rosalio santos nora
	angel leon dora luz dolores noel ray mike josef`)

// surnameCues are words before a surname-like token that mark a person.
var demonymLike = set(`afghan pakistani american british french german iraqi syrian somali nigerian kenyan yemeni
	saudi iranian indian turkish russian chinese egyptian libyan malian belgian austrian spanish italian
	uzbek tajik pashtun baloch kurdish arab western african european asian`)
