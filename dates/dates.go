// Package dates finds date expressions in English news text and resolves
// them to calendar dates, with byte offsets into the text.
//
// Find works on the tokens of one sentence (package text) and returns every
// date expression it recognises:
//
//   - absolute dates: "27 August 2021", "August 27, 2021", "Tuesday, April
//     19", "2021-08-27", "January 2015", "Dec. 2019", "in 2019", "the 2013
//     attack", "1990-1994", "the 1990s";
//   - qualified dates: "late 2014", "early December", "mid-2015", "early in
//     2014", "the end of 2014" (Qualifier "early", "mid" or "late");
//   - periods: "the first four months of 2021", "the first half of 2020",
//     "between January and April", "the same period in 2020", "the past two
//     years";
//   - dates relative to the publication date: "on Thursday", "yesterday",
//     "today", "last night", "last week", "last month", "this year", "last
//     June", "in June", "Nov. 2" (no year), "two days ago";
//   - shifts from an anchor the text gives elsewhere: "a week after", "two
//     days later", "the following year" (Shift set, Date zero unless an
//     absolute date follows: "two days after 12 May").
//
// # Resolution against the publication date
//
// The rules are those of the news-dev annotation guidelines:
//
//   - A weekday is the most recent such day on or before the publication
//     date: "on Thursday" in an article of Friday 2021-08-27 is 2021-08-26,
//     and "on Friday" in the same article is 2021-08-27 itself (news-dev
//     gold: "Friday night" in an article of Friday 2015-11-13 is
//     2015-11-13). "last Thursday" is strictly before; "next Thursday", and
//     a weekday after "will", is on or after.
//   - "yesterday" and "last night" are the day before; "today", "tonight",
//     "this morning" the day itself.
//   - A month without a year ("in June") is the most recent such month on or
//     before the publication month: "in November" in a March 2016 article is
//     2015-11. "last June" is strictly before the publication month ("last
//     June" in August 2021 is 2021-06, in June 2021 it is 2020-06); "this
//     June" is in the publication year; "next June" strictly after.
//   - A month and day without a year ("Nov. 2") take the publication year,
//     or the year before when that would fall after the publication date.
//   - "last week" is the previous Monday–Sunday week, as a Period; its Date
//     is the month (or year) containing the whole week. "last month", "this
//     year", "last year" give month or year precision.
//
// When the publication date is unknown (zero), or not precise enough for an
// expression, relative expressions are still found but stay unresolved:
// Date zero, Period nil, Relative true.
package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date of year, month or day precision. Zero fields are
// unknown: Date{2021, 8, 0} is August 2021.
type Date struct {
	Year, Month, Day int
}

// String returns "YYYY", "YYYY-MM" or "YYYY-MM-DD", or "" when the year is
// unknown.
func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// IsZero reports whether d is entirely unknown.
func (d Date) IsZero() bool { return d == Date{} }

// Full reports whether d has day precision.
func (d Date) Full() bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// Period is a span of time from From to To, both included, each of any
// precision.
type Period struct {
	From, To Date
}

// String returns "FROM..TO".
func (p Period) String() string { return p.From.String() + ".." + p.To.String() }

// Shift is a distance from an anchor date: "a week after" is Days 7,
// "the previous year" Years -1.
type Shift struct {
	Days, Months, Years int
}

// Expr is one date expression found in a sentence.
type Expr struct {
	// Start and End are the byte offsets of the expression, a leading "on"
	// or "in" included ("on Thursday", "in June").
	Start, End int
	Text       string
	// Date is the resolved date at the precision the text gives, or for a
	// Period the most precise date containing all of it (2021 for "the first
	// four months of 2021", zero for "the 1990s"). It is zero when the
	// expression cannot be resolved.
	Date Date
	// Period is set for expressions that name a span: "the first four months
	// of 2021", "between January and April", "last week", "the 1990s".
	Period *Period
	// Relative reports that the expression was resolved (or needs to be)
	// against the publication date.
	Relative bool
	// Qualifier is "early", "mid" or "late" for "early December", "mid-2015",
	// "late 2014", "the end of 2014"; otherwise empty.
	Qualifier string
	// Shift is set for "a week after", "two days later", "the following
	// year": the distance from an anchor the caller must find. Date stays zero
	// unless an absolute date follows in the text ("two days after 12 May").
	Shift *Shift
}

// ParseISO parses "YYYY", "YYYY-MM" or "YYYY-MM-DD", optionally followed by
// a time ("2021-08-27T10:00:00Z" or "2021-08-27 10:00"). It reports false
// for anything else or an impossible date.
func ParseISO(s string) (Date, bool) {
	s = strings.TrimSpace(s)
	if len(s) > 10 && (s[10] == 'T' || s[10] == ' ') {
		s = s[:10]
	}
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, false
	}
	var n [3]int
	for i, p := range parts {
		if (i > 0 && len(p) != 2) || !digits(p) {
			return Date{}, false
		}
		n[i], _ = strconv.Atoi(p)
	}
	d := Date{Year: n[0], Month: n[1], Day: n[2]}
	if d.Year == 0 || (len(parts) > 1 && (d.Month < 1 || d.Month > 12)) {
		return Date{}, false
	}
	if len(parts) == 3 && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
		return Date{}, false
	}
	return d, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// daysIn returns the number of days in month m of year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// t returns the full date d as a time at noon UTC.
func (d Date) t() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 12, 0, 0, 0, time.UTC)
}

func fromTime(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// addDays returns the full date d moved by n days.
func (d Date) addDays(n int) Date { return fromTime(d.t().AddDate(0, 0, n)) }

// addMonths returns the year-month of d moved by n months.
func (d Date) addMonths(n int) Date {
	m := d.Year*12 + d.Month - 1 + n
	return Date{Year: m / 12, Month: m%12 + 1}
}

// before reports whether d is strictly before o, comparing only the
// precision both have.
func (d Date) before(o Date) bool {
	if d.Year != o.Year {
		return d.Year < o.Year
	}
	if d.Month == 0 || o.Month == 0 || d.Month != o.Month {
		return d.Month < o.Month && d.Month != 0 && o.Month != 0
	}
	return d.Day != 0 && o.Day != 0 && d.Day < o.Day
}

// common returns the most precise date containing both a and b.
func common(a, b Date) Date {
	switch {
	case a.Year != b.Year:
		return Date{}
	case a.Month != b.Month || a.Month == 0:
		return Date{Year: a.Year}
	case a.Day != b.Day || a.Day == 0:
		return Date{Year: a.Year, Month: a.Month}
	}
	return a
}

// valid reports whether the day exists in its month.
func valid(y, m, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && (y == 0 && d <= 31 || y != 0 && d <= daysIn(y, m))
}
