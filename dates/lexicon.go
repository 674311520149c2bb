package dates

// monthNames maps lower-case month names and abbreviations to 1–12.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
	"december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6,
	"jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// abbrev lists the abbreviations, which need a dot or a number after them.
var abbrev = map[string]bool{
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true,
	"jul": true, "aug": true, "sep": true, "sept": true, "oct": true,
	"nov": true, "dec": true,
}

// ambiguousMonth are month names that are also common words; alone they
// count only after a word in monthLead.
var ambiguousMonth = map[string]bool{"may": true, "march": true}

// afterModal are words that follow "may" the verb (or "march" the verb
// and noun), never "May" the month: in caseless text they make "3 may
// have" a count and a verb.
var afterModal = map[string]bool{
	"be": true, "have": true, "not": true, "also": true, "still": true, "well": true, "soon": true,
	"never": true, "yet": true, "even": true, "only": true, "already": true, "now": true, "then": true,
	"include": true, "cause": true, "lead": true, "die": true, "need": true, "face": true, "take": true,
	"make": true, "become": true, "remain": true, "continue": true, "join": true, "return": true,
	"come": true, "go": true, "get": true, "try": true, "seek": true, "want": true, "decide": true,
	"on": true, "to": true, "through": true, "into": true, "against": true, "toward": true, "towards": true,
}

// monthLead are words after which "May" or "March" is a month.
var monthLead = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true,
	"during": true, "of": true, "from": true, "between": true, "and": true,
	"to": true, "before": true, "after": true, "early": true, "late": true,
	"mid": true, "last": true, "this": true, "next": true, "the": true,
	"through": true, "throughout": true, "on": true,
}

// weekdays maps weekday names to time.Weekday numbers (Sunday 0).
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4,
	"friday": 5, "saturday": 6,
}

// partOfDay words may follow a weekday or "yesterday" in the expression.
var partOfDay = map[string]bool{
	"morning": true, "afternoon": true, "evening": true, "night": true,
	"lunchtime": true, "midday": true, "noon": true, "dawn": true,
	"overnight": true,
}

// deictics are the expressions resolved as a day offset from the
// publication date. part allows a part of the day after them.
var deictics = []struct {
	words []string
	days  int
	part  bool
}{
	{[]string{"the", "day", "before", "yesterday"}, -2, false},
	{[]string{"the", "day", "after", "tomorrow"}, 2, false},
	{[]string{"earlier", "today"}, 0, false},
	{[]string{"later", "today"}, 0, false},
	{[]string{"today"}, 0, false},
	{[]string{"tonight"}, 0, false},
	{[]string{"yesterday"}, -1, true},
	{[]string{"tomorrow"}, 1, true},
	{[]string{"this", "morning"}, 0, false},
	{[]string{"this", "afternoon"}, 0, false},
	{[]string{"this", "evening"}, 0, false},
	{[]string{"last", "night"}, -1, false},
	{[]string{"last", "evening"}, -1, false},
}

// unitOf maps time unit words to their singular.
var unitOf = map[string]string{
	"day": "day", "days": "day", "week": "week", "weeks": "week",
	"fortnight": "fortnight", "fortnights": "fortnight", "month": "month",
	"months": "month", "year": "year", "years": "year", "decade": "decade",
	"decades": "decade",
}

// qualifiers are single words that narrow a date.
var qualifiers = map[string]string{
	"early": "early", "mid": "mid", "late": "late", "middle": "",
}

// qualifierPhrases narrow a date: "the end of 2014".
var qualifierPhrases = []struct {
	words []string
	q     string
}{
	{[]string{"the", "end", "of"}, "late"},
	{[]string{"the", "close", "of"}, "late"},
	{[]string{"the", "beginning", "of"}, "early"},
	{[]string{"the", "start", "of"}, "early"},
	{[]string{"the", "middle", "of"}, "mid"},
	{[]string{"end", "of"}, "late"},
	{[]string{"beginning", "of"}, "early"},
	{[]string{"start", "of"}, "early"},
}
