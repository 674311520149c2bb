package numbers

import "strings"

// small holds the cardinal number words below one hundred that stand alone.
var small = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply the number before them. "dozen" is handled apart.
var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9,
	"trillion": 1e12, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	"mn": 1e6, "bn": 1e9,
}

// vaguePlural are plural amounts ("dozens", "hundreds") with their documented
// lower bound. Some of them count only before "of" (see needsOf).
var vaguePlural = map[string]float64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000,
	"millions": 2e6, "billions": 2e9, "tens": 20,
}

// needsOf lists vague plurals that are amounts only when "of" follows
// ("tens of thousands", "scores of people"; not "football scores").
var needsOf = map[string]bool{"tens": true, "scores": true}

// pluralScale is the unit of a vague plural that can follow "of"
// ("tens of thousands", "hundreds of millions").
var pluralScale = map[string]float64{"thousands": 1e3, "millions": 1e6, "billions": 1e9}

// ordinals are the ordinal number words.
var ordinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
	"sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "thousandth": 1000, "millionth": 1e6,
}

// fractions end a hyphenated word that is not a count ("two-thirds").
var fractions = map[string]bool{
	"half": true, "halves": true, "third": true, "thirds": true,
	"quarter": true, "quarters": true, "fifth": true, "fifths": true,
	"tenth": true, "tenths": true,
}

// boundKind says which side of a range a bounding phrase fixes.
type boundKind uint8

const (
	noBound boundKind = iota
	lower             // "more than", "at least": min only
	upper             // "up to", "nearly": max only
	approx            // "about", "some": min = max, approximate
)

// bounds are the bounding phrases before an amount, as lower-case token
// sequences. Longer phrases are tried first.
var bounds = []struct {
	words []string
	kind  boundKind
}{
	{split("no fewer than"), lower}, {split("not fewer than"), lower},
	{split("no less than"), lower}, {split("not less than"), lower},
	{split("slightly more than"), lower}, {split("a little over"), lower},
	{split("a minimum of"), lower}, {split("in excess of"), lower},
	{split("upwards of"), lower}, {split("upward of"), lower},
	{split("more than"), lower}, {split("at least"), lower},
	{split("well over"), lower}, {split("just over"), lower},
	{split("well above"), lower}, {split("as low as"), lower},
	{split("as few as"), lower}, {split("over"), lower}, {split("above"), lower},
	{split("exceeding"), lower},

	{split("no more than"), upper}, {split("not more than"), upper},
	{split("a maximum of"), upper}, {split("just shy of"), upper},
	{split("just under"), upper}, {split("as many as"), upper},
	{split("as much as"), upper}, {split("as high as"), upper},
	{split("fewer than"), upper}, {split("less than"), upper},
	{split("at most"), upper}, {split("up to"), upper},
	{split("close to"), upper}, {split("shy of"), upper},
	{split("nearly"), upper}, {split("almost"), upper},
	{split("under"), upper}, {split("below"), upper},

	{split("an estimated"), approx}, {split("an approximate"), approx},
	{split("approximately"), approx}, {split("approx ."), approx},
	{split("approx"), approx}, {split("roughly"), approx},
	{split("estimated"), approx}, {split("around"), approx},
	{split("about"), approx}, {split("some"), approx}, {split("circa"), approx},
}

func split(s string) []string { return strings.Fields(s) }

// changeVerbs before "from" make "from A to B" a change, not a range.
var changeVerbs = map[string]bool{
	"rose": true, "risen": true, "rising": true, "rises": true, "rise": true,
	"increased": true, "increase": true, "increases": true, "increasing": true,
	"jumped": true, "climbed": true, "climbing": true, "grew": true, "grown": true,
	"fell": true, "fallen": true, "dropped": true, "declined": true,
	"decreased": true, "up": true, "down": true, "revised": true, "raised": true,
	"lowered": true, "went": true, "soared": true, "surged": true, "doubled": true,
	"reduced": true, "cut": true, "shrank": true, "swelled": true,
}

// timeUnits make a number a Duration.
var timeUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true,
	"hour": true, "hours": true, "day": true, "days": true, "week": true,
	"weeks": true, "fortnight": true, "fortnights": true, "month": true,
	"months": true, "year": true, "years": true, "decade": true,
	"decades": true, "century": true, "centuries": true, "night": true,
	"nights": true, "hrs": true, "mins": true, "yrs": true,
}

// measureUnits make a number a Measure.
var measureUnits = map[string]bool{
	"metre": true, "metres": true, "meter": true, "meters": true,
	"kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true,
	"km": true, "kms": true, "mile": true, "miles": true, "yard": true,
	"yards": true, "foot": true, "feet": true, "ft": true, "inch": true,
	"inches": true, "cm": true, "mm": true, "kg": true, "kgs": true,
	"kilogram": true, "kilograms": true, "kilo": true, "kilos": true,
	"gram": true, "grams": true, "tonne": true, "tonnes": true, "ton": true,
	"tons": true, "lb": true, "lbs": true, "litre": true, "litres": true,
	"liter": true, "liters": true, "gallon": true, "gallons": true,
	"acre": true, "acres": true, "hectare": true, "hectares": true,
	"mph": true, "kph": true, "knots": true, "degrees": true, "calibre": true,
	"caliber": true, "square": true, "sq": true, "barrels": true,
}

// currencyWords after a number make it Money.
var currencyWords = map[string]bool{
	"dollar": true, "dollars": true, "euro": true, "euros": true,
	"pound": true, "pounds": true, "sterling": true, "rupee": true,
	"rupees": true, "afghanis": true, "shillings": true, "naira": true,
	"dinar": true, "dinars": true, "riyal": true, "riyals": true,
	"rial": true, "rials": true, "yuan": true, "yen": true, "francs": true,
	"usd": true, "eur": true, "gbp": true, "pkr": true, "inr": true,
	"kes": true, "cfa": true, "lira": true, "roubles": true, "rubles": true,
}

// currencySymbols before a number make it Money.
var currencySymbols = map[string]bool{
	"$": true, "£": true, "€": true, "¥": true, "₹": true, "₦": true,
	"usd": true, "us$": true, "rs": true, "eur": true, "gbp": true, "pkr": true,
	"inr": true, "kes": true, "ksh": true, "sh": true,
}

// timeWords after a number make it a clock Time.
var timeWords = map[string]bool{
	"a.m.": true, "p.m.": true, "am": true, "pm": true, "a.m": true,
	"p.m": true, "gmt": true, "utc": true, "hrs": true, "o'clock": true,
}

// months maps month names and abbreviations to their number.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
	"december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// yearLead are words after which a four-digit number is a year even when a
// plural noun follows ("in 2014 militants ...", "the 2015 attacks").
var yearLead = map[string]bool{
	"in": true, "since": true, "by": true, "from": true, "until": true,
	"till": true, "of": true, "during": true, "before": true, "after": true,
	"through": true, "the": true, "a": true, "an": true, "its": true,
	"their": true, "his": true, "her": true, "s": true, "mid": true,
	"early": true, "late": true, "year": true, "circa": true, "c": true,
	"between": true, "and": true, "to": true, "summer": true, "winter": true,
	"spring": true, "autumn": true, "fall": true, "this": true, "that": true,
}

// labelWords before a number make it part of a name ("Flight 253").
var labelWords = map[string]bool{
	"flight": true, "route": true, "highway": true, "resolution": true,
	"article": true, "section": true, "chapter": true, "camp": true,
	"room": true, "gate": true, "terminal": true, "platform": true,
	"building": true, "no": true, "number": true, "level": true, "phase": true,
	"unit": true, "brigade": true, "battalion": true, "division": true,
	"regiment": true, "squad": true, "boeing": true, "airbus": true,
	"model": true, "type": true, "mark": true, "mk": true, "channel": true,
	"radio": true, "page": true, "part": true, "vol": true, "volume": true,
	"episode": true, "season": true, "grade": true, "class": true,
	"district": true, "zone": true, "sector": true, "block": true, "ward": true,
	"bus": true, "line": true, "track": true, "category": true,
	"interstate": true, "precinct": true, "cell": true, "apollo": true,
	"windows": true, "version": true, "bay": true, "pier": true, "lot": true,
	"plot": true, "street": true, "avenue": true, "road": true, "box": true,
	"code": true, "act": true, "law": true, "bill": true, "decree": true,
	"operation": true, "task": true, "force": true, "group": true, "team": true,
	"g": true, "t": true, "su": true, "mig": true, "ak": true, "tu": true,
}

// stopUnit ends the unit noun phrase after a number.
var stopUnit = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "in": true, "at": true,
	"on": true, "to": true, "for": true, "from": true, "with": true, "by": true,
	"and": true, "or": true, "but": true, "as": true, "who": true, "whom": true,
	"whose": true, "which": true, "that": true, "were": true, "was": true,
	"are": true, "is": true, "be": true, "been": true, "being": true,
	"have": true, "has": true, "had": true, "will": true, "would": true,
	"could": true, "can": true, "may": true, "might": true, "must": true,
	"should": true, "shall": true, "did": true, "do": true, "does": true,
	"said": true, "say": true, "says": true, "more": true, "than": true,
	"including": true, "during": true, "after": true, "before": true,
	"since": true, "when": true, "while": true, "into": true, "across": true,
	"near": true, "per": true, "each": true, "this": true, "these": true,
	"those": true, "its": true, "their": true, "his": true, "her": true,
	"our": true, "my": true, "your": true, "it": true, "they": true, "we": true,
	"he": true, "she": true, "them": true, "not": true, "no": true, "so": true,
	"also": true, "alone": true, "now": true, "then": true, "there": true,
	"here": true, "only": true, "just": true, "still": true, "already": true,
	"about": true, "over": true, "under": true, "up": true, "down": true,
	"out": true, "off": true, "between": true, "among": true, "against": true,
	"around": true, "through": true, "until": true, "via": true,
	"within": true, "without": true, "according": true, "dead": true,
	"killed": true, "injured": true, "wounded": true, "hurt": true,
	"missing": true, "died": true, "dying": true, "captive": true,
	"later": true, "ago": true, "earlier": true, "away": true, "apart": true,
	"all": true, "both": true, "either": true, "neither": true, "if": true,
	"because": true, "where": true, "what": true, "how": true, "why": true,
	"yet": true, "last": true, "next": true, "ahead": true, "too": true,
	"very": true, "less": true, "fewer": true, "most": true, "least": true,
	"inside": true, "outside": true,
	"aboard": true, "onboard": true, "whereas": true, "whilst": true,
	"such": true, "even": true, "behind": true, "toward": true,
	"towards": true, "upon": true, "like": true, "unlike": true, "amid": true,
	"despite": true, "following": true, "respectively": true,
	"altogether": true, "overall": true, "total": true, "combined": true,
	"apiece": true, "together": true, "again": true,
}

// ingNouns are nouns ending in -ing or -ed that may end a unit.
var ingNouns = map[string]bool{
	"bombing": true, "shooting": true, "killing": true, "kidnapping": true,
	"beheading": true, "building": true, "uprising": true, "meeting": true,
	"wedding": true, "sibling": true, "offspring": true, "hearing": true,
	"landing": true, "crossing": true, "clearing": true, "holding": true,
	"dwelling": true, "hundred": true, "bed": true, "shed": true,
	"seed": true, "creed": true, "breed": true, "steed": true,
}

// killWords and hurtWords detect combined casualty counts.
var killWords = map[string]bool{
	"killing": true, "killed": true, "kill": true, "kills": true,
	"dead": true, "deaths": true, "died": true,
}

var hurtWords = map[string]bool{
	"wounding": true, "wounded": true, "injuring": true, "injured": true,
	"hurt": true, "hurting": true, "injuries": true, "maiming": true,
	"maimed": true, "wound": true, "injure": true,
}

// quotes are punctuation tokens skipped inside a unit ("hardcore" fighters).
var quotes = map[string]bool{
	`"`: true, "“": true, "”": true, "'": true, "‘": true, "’": true,
	"«": true, "»": true,
}

// dashes join the ends of a range.
var dashes = map[string]bool{"-": true, "–": true, "—": true, "‒": true}
