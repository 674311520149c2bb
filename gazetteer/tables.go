package gazetteer

// This file holds hand-written facts that the generated data lacks: the
// English spellings news agencies use for conflict-zone places, a few
// well-known regions and towns, demonyms, and words that are also place
// names. Coordinates here are approximate centres to about ten kilometres.

// variant adds alternate names to the places of one country named name
// (and of one kind, unless kind is 0).
type variant struct {
	name    string
	country string
	kind    Kind
	alts    []string
}

// v is shorthand for a variant of any kind.
func v(name, country string, alts ...string) variant {
	return variant{name: name, country: country, alts: alts}
}

// va is shorthand for a variant of divisions only.
func va(name, country string, alts ...string) variant {
	return variant{name: name, country: country, kind: Admin1, alts: alts}
}

// vc is shorthand for a variant of cities only.
func vc(name, country string, alts ...string) variant {
	return variant{name: name, country: country, kind: City, alts: alts}
}

var variants = []variant{
	// Afghanistan: provinces.
	va("Jowzjan", "AF", "Jawzjan", "Jozjan", "Juzjan", "Jauzjan"),
	va("Kunar", "AF", "Konar", "Konarh", "Kunarh"),
	va("Nangarhar", "AF", "Nangrahar", "Ningarhar", "Nangahar"),
	va("Nuristan", "AF", "Nurestan", "Nooristan"),
	va("Faryab", "AF", "Fariab", "Faryaab"),
	va("Ghowr", "AF", "Ghor", "Ghur"),
	va("Khowst", "AF", "Khost", "Khowst", "Khwost"),
	va("Oruzgan", "AF", "Uruzgan", "Urozgan", "Orozgan"),
	va("Maidan Wardak", "AF", "Wardak", "Wardag", "Vardak", "Maydan Wardak", "Maidan Wardag", "Maidan Shahr"),
	va("Sar-e Pol", "AF", "Sar-i-Pul", "Sar-e Pul", "Sari Pul", "Sar-i Pul", "Saripul", "Sar-i-Pol"),
	va("Daykundi", "AF", "Daikundi", "Daikondi", "Dai Kundi", "Daykondi"),
	va("Paktia", "AF", "Paktya", "Paktiya"),
	va("Bamyan", "AF", "Bamiyan", "Bamian"),
	va("Helmand", "AF", "Hilmand"),
	va("Kandahar", "AF", "Qandahar"),
	va("Logar", "AF", "Lowgar"),
	va("Panjshir", "AF", "Panjsher", "Panjshear"),
	va("Herat", "AF", "Hirat"),
	va("Zabul", "AF", "Zabol"),
	va("Nimroz", "AF", "Nimruz"),
	va("Kunduz", "AF", "Kondoz", "Qunduz", "Konduz"),
	va("Parwan", "AF", "Parvan"),
	va("Badghis", "AF", "Badgis"),
	// Afghanistan: towns.
	vc("Mazār-e Sharīf", "AF", "Mazar-i-Sharif", "Mazar-i Sharif", "Mazar-e-Sharif", "Mazar"),
	vc("Lashkar Gāh", "AF", "Lashkargah", "Lashkar-gah", "Lashkar Gah"),
	vc("Kandahār", "AF", "Qandahar"),
	vc("Herāt", "AF", "Hirat"),
	vc("Khōst", "AF", "Khowst", "Khost City"),
	vc("Tarinkot", "AF", "Tarin Kowt", "Tarin Kot", "Tirin Kot", "Tirinkot"),
	vc("Pul-e Khumrī", "AF", "Pul-i-Khumri", "Pul-e-Khumri", "Puli Khumri"),
	vc("Fayzabad", "AF", "Faizabad", "Feyzabad"),
	vc("Shibirghān", "AF", "Sheberghan", "Shiberghan", "Shibirghan", "Sheberghan"),
	vc("Maymana", "AF", "Maimana", "Meymaneh"),
	vc("Mehtar Lām", "AF", "Mihtarlam", "Mehtarlam", "Mehtar Lam"),
	vc("Fayrōz Kōh", "AF", "Chaghcharan", "Firozkoh", "Feroz Koh"),
	vc("Spīn Bōldak", "AF", "Spin Boldak", "Spin Buldak"),
	vc("Mūsá Qal‘ah", "AF", "Musa Qala", "Musa Qalah", "Musa Qaleh"),
	vc("Sangīn", "AF", "Sangin"),
	vc("Jalālābād", "AF", "Jalalabad"),
	vc("Asadābād", "AF", "Asadabad", "Asad Abad"),
	// Pakistan.
	va("Balochistan", "PK", "Baluchistan", "Baloochistan"),
	va("Khyber Pakhtunkhwa", "PK", "KPK", "Khyber-Pakhtunkhwa", "North-West Frontier Province", "North West Frontier Province", "NWFP", "Pakhtunkhwa"),
	va("Punjab", "PK", "Panjab"),
	vc("Dera Ismail Khan", "PK", "D.I. Khan", "DI Khan"),
	vc("Dera Ghazi Khan", "PK", "D.G. Khan", "DG Khan"),
	vc("Miran Shah", "PK", "Miramshah", "Miranshah", "Miram Shah"),
	vc("Mingora", "PK", "Mingaora"),
	// Iraq.
	va("Anbar", "IQ", "Al Anbar", "Al-Anbar"),
	va("Nineveh", "IQ", "Ninawa", "Ninewa", "Ninevah", "Nineva"),
	va("Salah ad Din", "IQ", "Salahuddin", "Salah al-Din", "Salahaddin", "Saladin", "Salaheddin"),
	va("Dhi Qar", "IQ", "Thi Qar"),
	va("Karbala", "IQ", "Kerbala"),
	va("Erbil", "IQ", "Arbil", "Irbil", "Hawler"),
	va("Duhok", "IQ", "Dohuk", "Dahuk"),
	va("Sulaymaniyah", "IQ", "Sulaimaniya", "Sulaimaniyah", "Suleimaniyah", "Slemani"),
	vc("Erbil", "IQ", "Arbil", "Irbil", "Hawler"),
	vc("Dihok", "IQ", "Dohuk", "Duhok", "Dahuk"),
	vc("As Sulaymānīyah", "IQ", "Sulaimaniya", "Sulaimaniyah", "Suleimaniyah", "Slemani"),
	vc("Mosul", "IQ", "Al Mawsil", "Mosel"),
	vc("Ramadi", "IQ", "Ar Ramadi", "Al Ramadi"),
	vc("Baqubah", "IQ", "Baquba", "Baqouba", "Baaquba"),
	vc("Nasiriyah", "IQ", "Nasiriya", "An Nasiriyah", "Nassiriya"),
	vc("Karbala", "IQ", "Kerbala"),
	vc("Abū Ghurayb", "IQ", "Abu Ghraib"),
	vc("Tikrīt", "IQ", "Tikrit"),
	vc("Sāmarrā’", "IQ", "Samarra"),
	// Syria.
	va("Daraa", "SY", "Deraa", "Dar'a", "Dera'a"),
	va("Hama", "SY", "Hamah"),
	va("Latakia", "SY", "Lattakia", "Al-Ladhiqiyah"),
	va("Deir ez-Zor", "SY", "Deir Ezzor", "Deir al-Zor", "Dayr az Zawr", "Deir el-Zour", "Deir ez-Zour", "Deir Ez Zor", "Deir al Zour"),
	va("Idlib", "SY", "Idleb"),
	va("Homs", "SY", "Hims"),
	va("Rif-dimashq", "SY", "Rif Dimashq", "Damascus Countryside", "Rural Damascus", "Reef Dimashq"),
	va("Al-Hasakah", "SY", "Hasakah", "Hasaka", "Hassakeh", "Al-Hasaka"),
	va("Tartus", "SY", "Tartous", "Tartous Governorate"),
	vc("Dar‘ā", "SY", "Daraa", "Deraa", "Dar'a", "Dera'a"),
	vc("Ḩamāh", "SY", "Hama"),
	vc("Tartouss", "SY", "Tartus", "Tartous"),
	vc("Latakia", "SY", "Lattakia"),
	vc("Deir ez-Zor", "SY", "Deir Ezzor", "Deir al-Zor", "Dayr az Zawr", "Deir el-Zour", "Deir ez-Zour", "Deir Ez Zor", "Deir al Zour"),
	vc("Idlib", "SY", "Idleb"),
	vc("Homs", "SY", "Hims"),
	vc("Al Ḩasakah", "SY", "Hasaka", "Hassakeh", "Al-Hasaka"),
	vc("I‘zāz", "SY", "Azaz", "A'zaz"),
	vc("Manbij", "SY", "Menbij"),
	vc("Douma", "SY", "Duma"),
	vc("‘Ayn al ‘Arab", "SY", "Kobani", "Kobane", "Ayn al-Arab", "Ain al-Arab"),
	vc("Tadmur", "SY", "Palmyra"),
	vc("Al Qāmishlī", "SY", "Qamishli", "Qamishlo", "Al-Qamishli", "Kamishli"),
	vc("‘Afrīn", "SY", "Afrin"),
	vc("Jisr ash Shughūr", "SY", "Jisr al-Shughur", "Jisr al-Shughour", "Jisr ash-Shughur"),
	// Yemen.
	va("Hadramaout", "YE", "Hadramawt", "Hadramout", "Hadhramaut", "Hadramaut", "Hadhramawt"),
	va("Aḑ Ḑāli‘", "YE", "Dhale", "Al Dhale", "Al-Dhale", "Dhalea", "Ad Dali"),
	va("Laḩij", "YE", "Lahij", "Lahj"),
	va("Omran", "YE", "Amran"),
	va("Al Bayda", "YE", "Bayda", "Al Baydha", "Al-Baida"),
	va("Şa‘dah", "YE", "Saada", "Sadah", "Sa'ada", "Sa'dah"),
	va("Ta‘izz", "YE", "Taiz", "Ta'iz"),
	va("Soqatra", "YE", "Socotra"),
	va("Al Hudaydah", "YE", "Hodeidah", "Hudaydah", "Hodeida", "Hudaida"),
	vc("Sanaa", "YE", "Sana", "Sana'a"),
	vc("Ta‘izz", "YE", "Taiz", "Ta'iz"),
	vc("Al Ḩudaydah", "YE", "Hodeidah", "Hodeida", "Hudaida"),
	vc("Mukalla", "YE", "Al Mukalla", "Al-Mukalla"),
	// Somalia.
	va("Lower Shabeelle", "SO", "Lower Shabelle", "Shabeellaha Hoose"),
	va("Middle Shabele", "SO", "Middle Shabelle", "Middle Shabeelle", "Shabeellaha Dhexe"),
	va("Hiiraan", "SO", "Hiran", "Hiraan"),
	va("Banaadir", "SO", "Benadir", "Banadir"),
	va("Galguduud", "SO", "Galgadud", "Galgaduud"),
	va("Nugaal", "SO", "Nugal"),
	va("Lower Juba", "SO", "Jubbada Hoose"),
	va("Middle Juba", "SO", "Jubbada Dhexe"),
	vc("Mogadishu", "SO", "Muqdisho", "Mogadiscio", "Xamar"),
	vc("Kismayo", "SO", "Kismaayo", "Kisimayo", "Chisimaio"),
	vc("Baidoa", "SO", "Baydhabo"),
	vc("Gaalkacyo", "SO", "Galkayo", "Galkacyo"),
	vc("Bosaso", "SO", "Bosasso", "Boosaaso"),
	vc("Hargeysa", "SO", "Hargeisa"),
	vc("Burao", "SO", "Burco"),
	vc("Laascaanood", "SO", "Las Anod", "Lasanod"),
	vc("Marka", "SO", "Merca", "Merka"),
	vc("Jamaame", "SO", "Jamame"),
	vc("Afgooye", "SO", "Afgoye", "Afgoi"),
	vc("Beledweyne", "SO", "Beled Weyne", "Belet Weyne", "Beletweyne"),
	vc("Jawhar", "SO", "Jowhar"),
	vc("Garoowe", "SO", "Garowe"),
	// Nigeria and the Sahel.
	va("Borno", "NG", "Bornu"),
	va("FCT", "NG", "Federal Capital Territory"),
	va("Tombouctou", "ML", "Timbuktu"),
	vc("Timbuktu", "ML", "Tombouctou"),
	va("Ségou", "ML", "Segu"),
	// Latin America.
	va("Cuzco", "PE", "Cusco"),
	vc("Cusco", "PE", "Cuzco"),
	vc("Bogotá", "CO", "Santa Fe de Bogota", "Santafe de Bogota"),
	vc("Guatemala City", "GT", "Ciudad de Guatemala"),
	// Elsewhere.
	vc("Kyiv", "UA", "Kiev"),
	va("Kyiv City", "UA", "Kiev City"),
	va("Kyiv", "UA", "Kiev Oblast", "Kyiv Oblast"),
	vc("Gaza", "PS", "Gaza City"),
	va("Azad Kashmir", "PK", "Kashmir", "Pakistan-administered Kashmir", "Azad Jammu and Kashmir"),
	va("Jammu and Kashmir", "IN", "Kashmir", "Indian-administered Kashmir"),
	v("United Kingdom", "GB", "Britain"),
	v("Netherlands", "NL", "Holland"),
	v("United States", "US", "America", "U.S.A.", "United States of America"),
	v("Saudi Arabia", "SA", "KSA"),
	v("DR Congo", "CD", "Congo", "Congo-Kinshasa", "Zaire"),
	v("Republic of the Congo", "CG", "Congo", "Congo-Brazzaville"),
	v("Timor-Leste", "TL", "East Timor"),
	v("Eswatini", "SZ", "Swaziland"),
	v("North Macedonia", "MK", "Macedonia"),
	v("Palestine", "PS", "Palestinian Territories", "Occupied Palestinian Territories"),
}

// extraPlace is a hand-written place.
type extraPlace struct {
	place Place
	alts  []string
}

func region(name, country, admin1 string, lat, lon float64, alts ...string) extraPlace {
	return extraPlace{Place{Name: name, Kind: Region, Country: country, Admin1: admin1, Lat: lat, Lon: lon}, alts}
}

func town(name, country, admin1 string, lat, lon float64, alts ...string) extraPlace {
	return extraPlace{Place{Name: name, Kind: City, Country: country, Admin1: admin1, Lat: lat, Lon: lon}, alts}
}

// extraPlaces are regions that are not first-level divisions, and towns
// and districts that the generated data lacks.
var extraPlaces = []extraPlace{
	region("Waziristan", "PK", "Khyber Pakhtunkhwa", 32.6, 69.8),
	region("North Waziristan", "PK", "Khyber Pakhtunkhwa", 32.95, 70.0, "North Waziristan Agency"),
	region("South Waziristan", "PK", "Khyber Pakhtunkhwa", 32.3, 69.6, "South Waziristan Agency"),
	region("Federally Administered Tribal Areas", "PK", "Khyber Pakhtunkhwa", 33.3, 70.6, "FATA", "Tribal Areas"),
	region("Bajaur", "PK", "Khyber Pakhtunkhwa", 34.75, 71.5, "Bajaur Agency", "Bajour"),
	region("Khyber", "PK", "Khyber Pakhtunkhwa", 34.05, 71.1, "Khyber Agency"),
	region("Kurram", "PK", "Khyber Pakhtunkhwa", 33.75, 70.2, "Kurram Agency"),
	region("Orakzai", "PK", "Khyber Pakhtunkhwa", 33.7, 71.05, "Orakzai Agency"),
	region("Mohmand", "PK", "Khyber Pakhtunkhwa", 34.5, 71.35, "Mohmand Agency"),
	region("Swat", "PK", "Khyber Pakhtunkhwa", 35.2, 72.45, "Swat Valley"),
	region("Tora Bora", "AF", "Nangarhar", 34.12, 70.22),
	region("Darfur", "SD", "", 13.5, 24.0),
	region("Kurdistan Region", "IQ", "", 36.4, 44.4, "Iraqi Kurdistan", "Kurdistan Regional Government", "KRG"),
	region("Sinai", "EG", "", 29.5, 33.8, "Sinai Peninsula"),
	region("Puntland", "SO", "", 8.9, 49.0),
	region("Somaliland", "SO", "", 9.6, 45.5),
	region("Jubaland", "SO", "", 0.8, 42.0),
	region("Donbas", "UA", "", 48.0, 38.3, "Donbass"),
	region("Golan Heights", "SY", "Quneitra", 33.0, 35.8, "Golan"),
	town("Sadr City", "IQ", "Baghdad", 33.39, 44.46),
	town("Marjah", "AF", "Helmand", 31.52, 64.12, "Marja"),
	town("Bagram", "AF", "Parwan", 34.95, 69.27),
	town("Shindand", "AF", "Herat", 33.30, 62.14),
	town("Dadaab", "KE", "Garissa", 0.06, 40.31),
	town("Mpeketoni", "KE", "Lamu", -2.39, 40.70),
	town("Sévaré", "ML", "Mopti", 14.53, -4.10, "Sevare"),
	town("Konna", "ML", "Mopti", 14.95, -3.89),
}

// extraDemonyms add to and settle the demonyms of the data: where two
// countries share a demonym ("Congolese", "Dominican") the one named here
// wins.
var extraDemonyms = map[string]string{
	"Afghan": "AF", "Afghani": "AF", "Pakistani": "PK", "Somali": "SO", "Somalian": "SO",
	"Nigerian": "NG", "Iraqi": "IQ", "Syrian": "SY", "Yemeni": "YE", "Yemenite": "YE",
	"Kenyan": "KE", "Malian": "ML", "Salvadoran": "SV", "Salvadorean": "SV", "Salvadorian": "SV",
	"Guatemalan": "GT", "Colombian": "CO", "Peruvian": "PE", "Honduran": "HN", "Nicaraguan": "NI",
	"American": "US", "British": "GB", "Briton": "GB", "English": "GB", "Scottish": "GB", "Scot": "GB",
	"Welsh": "GB", "French": "FR", "Frenchman": "FR", "German": "DE", "Dutch": "NL", "Swiss": "CH",
	"Saudi": "SA", "Emirati": "AE", "Congolese": "CD", "Dominican": "DO", "Korean": "KR",
	"Sudanese": "SD", "Guinean": "GN", "Nigerien": "NE", "Filipino": "PH", "Philippine": "PH",
	"Israeli": "IL", "Palestinian": "PS", "Turk": "TR", "Turkish": "TR", "Swede": "SE", "Dane": "DK",
	"Finn": "FI", "Pole": "PL", "Argentinian": "AR", "Kosovar": "XK", "Nepali": "NP", "Nepalese": "NP",
	"Virgin Islander": "VI", "Chadian": "TD", "Burkinabe": "BF", "Ivorian": "CI",
	"Indian": "IN", "Norwegian": "NO", "Channel Islander": "JE",
}

// ambiguousWords are place names that are also common English words,
// person names or news vocabulary.
var ambiguousWords = []string{
	// Function words and common words that are towns somewhere.
	"of", "is", "as", "at", "be", "do", "in", "on", "no", "so", "to", "up", "us", "we", "he", "it",
	"me", "or", "an", "am", "go", "by", "the", "and", "but", "for", "nor", "yet", "all", "any", "one",
	"can", "may", "will", "said", "says", "most", "more", "best", "man", "men", "bar", "why", "how",
	"ham", "nice", "split", "bath", "sale", "deal", "wells", "reading", "mobile", "police", "government",
	"university", "attack", "attacks", "army", "union", "unity", "liberty", "independence", "victory",
	"freedom", "hope", "justice", "security", "defence", "defense", "peace", "progress", "providence",
	"mission", "centre", "center", "central", "march", "august", "june", "july", "april", "sunday",
	"monday", "orange", "marathon", "eagle", "troy", "hull", "goes", "ely", "gore", "bay", "delta",
	"plateau", "rivers", "coast", "niger", "guard", "camp", "station", "post", "market", "bridge",
	"tower", "harbour", "harbor", "castle", "church", "mosque", "temple", "hospital", "school",
	"college", "airport", "port", "fort", "mount", "lake", "river", "island", "islands", "valley",
	"hill", "hills", "forest", "desert", "north", "south", "east", "west", "middle", "upper", "lower",
	"new", "old", "big", "little", "long", "early", "late", "young", "white", "black", "red", "green",
	"home", "house", "city", "town", "village", "state", "republic", "kingdom", "capital", "colony",
	"federal", "national", "united", "general", "major", "colonel", "captain", "commander", "chief",
	"president", "minister", "prime", "king", "queen", "prince", "princess", "bishop", "pope",
	"leader", "spokesman", "soldier", "soldiers", "rebel", "rebels", "militant", "militants",
	"fighter", "fighters", "forces", "troops", "bomb", "blast", "killed", "dead", "death", "fire",
	"strike", "strikes", "raid", "battle", "war", "gun", "shot", "hit", "kill", "help", "aid",
	"many", "much", "few", "some", "such", "other", "another", "only", "also", "even", "still",
	"then", "than", "now", "here", "there", "where", "when", "while", "after", "before", "during",
	"against", "about", "over", "under", "between", "among", "last", "next", "first", "second",
	"third", "early", "today", "tomorrow", "yesterday", "night", "day", "week", "month", "year",
	"buffalo", "florence", "phoenix", "eugene", "aurora", "ronda",
	"hazard", "price", "rich", "derby", "gap", "ira",
	"america", "chad", "jordan", "georgia", "israel", "lebanon",
	"guinea", "turkey", "china", "niger",
	// Person names that are towns somewhere.
	"victoria", "alexandria", "charlotte", "austin", "lincoln", "jackson", "washington", "hamilton",
	"wellington", "nelson", "clinton", "kennedy", "obama", "bush", "trump", "biden", "kerry",
	"laura", "maria", "santa", "marion", "beatrice", "elizabeth", "kingston", "douglas", "stanley",
	"warren", "franklin", "madison", "monroe", "jefferson", "carson", "dayton", "howard", "vernon",
	"mohammed", "muhammad", "mohamed", "ali", "hassan", "hasan", "hussein", "omar", "umar", "ahmed",
	"ahmad", "abdullah", "khan", "karim", "said", "saleh", "salah", "yusuf", "musa", "isa", "ibrahim",
	"ismail", "mahmud", "mahmoud", "hamid", "rashid", "aziz", "malik", "amir", "emir", "mullah",
	"sheikh", "shaikh", "sultan", "imam", "haji", "hajji", "ghazi", "mirza", "zahir", "nasir",
	"gul", "shah", "baba", "bibi", "nur", "noor", "farah", "laila", "leila", "mariam", "fatima",
	"aisha", "ayesha", "zainab", "salma", "amina", "john", "james", "david", "peter", "paul",
	"mark", "george", "jose", "juan", "carlos", "luis", "pedro", "miguel", "santiago",
	"mateo", "martin", "victor", "oscar", "christian", "florida", "carolina", "dolores", "mercedes",
	"esperanza", "concepcion", "trinidad", "rosario", "guadalupe", "pilar", "soledad", "paz",
	"usman", "uthman", "bilal", "idris", "idriss", "adam", "abraham", "moses", "solomon", "daniel",
}
