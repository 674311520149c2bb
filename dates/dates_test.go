package dates

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"dossier/text"
)

// show renders an expression compactly: text=date, then [from..to] for a
// period, q:early for a qualifier, shift:{d m y} for a shift and "rel" for
// a relative expression.
func show(e Expr) string {
	s := e.Text + "=" + e.Date.String()
	if e.Period != nil {
		s += " [" + e.Period.String() + "]"
	}
	if e.Qualifier != "" {
		s += " q:" + e.Qualifier
	}
	if e.Shift != nil {
		s += fmt.Sprintf(" shift:%dd%dm%dy", e.Shift.Days, e.Shift.Months, e.Shift.Years)
	}
	if e.Relative {
		s += " rel"
	}
	return s
}

func find(src string, pub Date) []string {
	var out []string
	for _, e := range Find(src, text.Tokenize(src, 0, len(src)), pub) {
		out = append(out, show(e))
	}
	return out
}

var (
	fri = Date{2021, 8, 27} // a Friday
	mar = Date{2016, 3, 15}
	nov = Date{2020, 11, 3}
)

func TestFind(t *testing.T) {
	tests := []struct {
		name string
		pub  Date
		in   string
		want []string
	}{
		// Absolute dates.
		{"day month year", fri, "It happened on 27 August 2021 in Oskar.", []string{"on 27 August 2021=2021-08-27"}},
		{"month day year", fri, "It happened on August 27, 2021 in Oskar.", []string{"on August 27, 2021=2021-08-27"}},
		{"abbrev no year", fri, "It happened on Aug. 27 in Oskar.", []string{"on Aug. 27=2021-08-27 rel"}},
		{"iso", fri, "Logged 2021-08-27 by the desk.", []string{"2021-08-27=2021-08-27"}},
		{"iso month", fri, "Logged 2021-08 by the desk.", []string{"2021-08=2021-08"}},
		{"slash unambiguous", fri, "Logged 27/08/2021 by the desk.", []string{"27/08/2021=2021-08-27"}},
		{"slash ambiguous", fri, "Logged 05/08/2021 by the desk.", nil},
		{"month year", fri, "The front split in January 2015.", []string{"in January 2015=2015-01"}},
		{"abbrev month year", fri, "He was freed early in Dec. 2019.", []string{"early in Dec. 2019=2019-12 q:early"}},
		{"weekday month day", Date{2022, 4, 19}, "on the morning of Tuesday, April 19, near Oskar", []string{"Tuesday, April 19=2022-04-19 rel"}},
		{"ordinal day", fri, "on the 15th of April 2020", []string{"on the 15th of April 2020=2020-04-15"}},
		{"impossible day keeps month", fri, "on 31 February 2021", []string{"February 2021=2021-02"}},
		{"year", fri, "The front was founded in 2019.", []string{"in 2019=2019"}},
		{"year modifier", fri, "the 2013 raid on Oskar", []string{"2013=2013"}},
		{"year count", fri, "2000 fighters joined", nil},
		{"year range", fri, "It lasted from 1990-1994.", []string{"from 1990-1994= [1990..1994]"}},
		{"decade", fri, "in the 1990s the front grew", []string{"in the 1990s= [1990..1999]"}},
		{"early decade", fri, "in the early 1990s the front grew", []string{"in the early 1990s= [1990..1999] q:early"}},
		// Qualifiers.
		{"late year", fri, "The front split in late 2014.", []string{"in late 2014=2014 q:late"}},
		{"mid year", fri, "The front split in mid-2015.", []string{"in mid-2015=2015 q:mid"}},
		{"early in year", fri, "kidnapped early in 2014", []string{"early in 2014=2014 q:early"}},
		{"end of year", fri, "by the end of 2014", []string{"the end of 2014=2014 q:late"}},
		{"early month", Date{2009, 7, 6}, "put under arrest in early December", []string{"in early December=2008-12 q:early rel"}},
		{"early weekday", Date{2017, 10, 16}, "officials said early Monday", []string{"early Monday=2017-10-16 q:early rel"}},
		{"late last year", fri, "it began late last year", []string{"late last year=2020 q:late rel"}},
		// Weekdays: most recent on or before publication.
		{"on thursday", fri, "The blast on Thursday killed 13 people.", []string{"on Thursday=2021-08-26 rel"}},
		{"same weekday", fri, "Gunmen attacked on Friday night.", []string{"on Friday night=2021-08-27 rel"}},
		{"thursday friday pub", Date{2015, 4, 3}, "killed on Thursday", []string{"on Thursday=2015-04-02 rel"}},
		{"saturday from monday", Date{2017, 10, 16}, "after Saturday's bombing", []string{"Saturday=2017-10-14 rel"}},
		{"last weekday", fri, "last Friday the front", []string{"last Friday=2021-08-20 rel"}},
		{"next weekday", fri, "talks open next Monday", []string{"next Monday=2021-08-30 rel"}},
		{"future weekday", fri, "the council will meet on Monday", []string{"on Monday=2021-08-30 rel"}},
		{"weekday no pub", Date{}, "The blast on Thursday killed 13 people.", []string{"on Thursday= rel"}},
		// Deictic words.
		{"yesterday", fri, "Gunmen attacked yesterday.", []string{"yesterday=2021-08-26 rel"}},
		{"today", fri, "Gunmen attacked today.", []string{"today=2021-08-27 rel"}},
		{"this morning", fri, "Gunmen attacked this morning.", []string{"this morning=2021-08-27 rel"}},
		{"last night", fri, "Gunmen attacked last night.", []string{"last night=2021-08-26 rel"}},
		{"yesterday paren", nov, "the attack in Vinna yesterday (Nov. 2).", []string{"yesterday (Nov. 2)=2020-11-02 rel"}},
		{"month day no year", nov, "the attack on Nov. 2 in Vinna", []string{"on Nov. 2=2020-11-02 rel"}},
		{"month day previous year", Date{2021, 1, 10}, "the attack on Dec. 30 in Vinna", []string{"on Dec. 30=2020-12-30 rel"}},
		// Units relative to publication.
		{"last week", fri, "Gunmen attacked last week.", []string{"last week=2021-08 [2021-08-16..2021-08-22] rel"}},
		{"last month", fri, "Gunmen attacked last month.", []string{"last month=2021-07 rel"}},
		{"this month", fri, "Gunmen attacked this month.", []string{"this month=2021-08 rel"}},
		{"earlier this year", fri, "Gunmen attacked earlier this year.", []string{"earlier this year=2021 rel"}},
		{"last year", fri, "Gunmen attacked last year.", []string{"last year=2020 rel"}},
		{"last year january", Date{2021, 1, 5}, "Gunmen attacked last year.", []string{"last year=2020 rel"}},
		{"weekend", fri, "Gunmen attacked over the weekend.", []string{"over the weekend=2021-08 [2021-08-21..2021-08-22] rel"}},
		// Months without a year.
		{"last june", fri, "The front split last June.", []string{"last June=2021-06 rel"}},
		{"last june in june", Date{2021, 6, 10}, "The front split last June.", []string{"last June=2020-06 rel"}},
		{"in june", fri, "The front split in June.", []string{"in June=2021-06 rel"}},
		{"in november from march", mar, "the attacks in November", []string{"in November=2015-11 rel"}},
		{"this june", Date{2021, 3, 1}, "elections this June", []string{"this June=2021-06 rel"}},
		{"june last year", fri, "in June last year", []string{"in June last year=2020-06 rel"}},
		{"may the verb", fri, "The toll May rise.", nil},
		{"first name", fri, "said April Oru, a witness", nil},
		{"month before name after in", fri, "in April Velm fighters left", []string{"in April=2021-04 rel"}},
		{"in may", fri, "The front split in May.", []string{"in May=2021-05 rel"}},
		{"month no pub", Date{}, "The front split in June.", []string{"in June= rel"}},
		// Periods.
		{"first four months", fri, "in the first four months of 2021, compared with the same period in 2020",
			[]string{"in the first four months of 2021=2021 [2021-01..2021-04]", "the same period in 2020=2020 [2020-01..2020-04]"}},
		{"first half", fri, "in the first half of 2020", []string{"in the first half of 2020=2020 [2020-01..2020-06]"}},
		{"third quarter", fri, "in the third quarter of last year", []string{"in the third quarter of last year=2020 [2020-07..2020-09] rel"}},
		{"between months", fri, "between January and April the front grew", []string{"between January and April=2021 [2021-01..2021-04] rel"}},
		{"from months year", fri, "from January to April 2019 the front grew", []string{"from January to April 2019=2019 [2019-01..2019-04]"}},
		{"past two years", fri, "during the past two years", []string{"the past two years= [2019-08..2021-08] rel"}},
		// Shifts and ago.
		{"a week after", fri, "It comes a week after gunmen stormed a hotel.", []string{"a week after= shift:7d0m0y rel"}},
		{"two days later", fri, "Two days later the front claimed it.", []string{"Two days later= shift:2d0m0y rel"}},
		{"following year", fri, "The following year, he led the front.", []string{"The following year= shift:0d0m1y rel"}},
		{"shift from date", fri, "two days after 12 May 2020", []string{"two days after 12 May 2020=2020-05-14 shift:2d0m0y"}},
		{"days ago", fri, "three days ago", []string{"three days ago=2021-08-24 rel"}},
		{"a month ago", Date{2014, 5, 18}, "a month ago", []string{"a month ago=2014-04 rel"}},
		// Not dates.
		{"duration", fri, "three days of mourning", nil},
		{"clock", fri, "at 10:30 p.m.", nil},
		{"count after month", fri, "In April 15 people died.", []string{"In April=2021-04 rel"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in, tt.pub)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find(%q, %v)\n got %q\nwant %q", tt.in, tt.pub, got, tt.want)
			}
		})
	}
}

func TestParseISO(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		ok   bool
	}{
		{"2021", Date{2021, 0, 0}, true},
		{"2021-08", Date{2021, 8, 0}, true},
		{"2021-08-27", Date{2021, 8, 27}, true},
		{"2021-08-27T10:00:00Z", Date{2021, 8, 27}, true},
		{"2020-02-29", Date{2020, 2, 29}, true},
		{"2021-02-29", Date{}, false},
		{"2021-13", Date{}, false},
		{"2021-8-27", Date{}, false},
		{"21-08-27", Date{}, false},
		{"", Date{}, false},
		{"abcd", Date{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseISO(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ParseISO(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestDateString(t *testing.T) {
	for d, want := range map[Date]string{
		{}:            "",
		{2021, 0, 0}:  "2021",
		{2021, 8, 0}:  "2021-08",
		{2021, 8, 27}: "2021-08-27",
		{0, 8, 27}:    "",
	} {
		if got := d.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
	}
}

// TestFindCaseless reads text written without capitals, as old wire copy
// is: month and weekday names in lower case, "may" and "march" only where
// they cannot be a verb or a noun.
func TestFindCaseless(t *testing.T) {
	pub := Date{1990, 5, 10}
	tests := []struct {
		in   string
		want []string
	}{
		{"on 3 may judge ana vilar was shot", []string{"on 3 may=1990-05-03 rel"}},
		{"on 4 may rebels burned two buses", []string{"on 4 may=1990-05-04 rel"}},
		{"on 12 march the army withdrew", []string{"on 12 march=1990-03-12 rel"}},
		{"on 3 june rebels burned a bus", []string{"on 3 june=1989-06-03 rel"}},
		{"on 3 march 1990 they struck", []string{"on 3 march 1990=1990-03-03"}},
		{"in may the rebels struck", []string{"in may=1990-05 rel"}},
		{"since april the rebels have struck", []string{"april=1990-04 rel"}},
		{"on tuesday the rebels struck", []string{"on tuesday=1990-05-08 rel"}},
		{"the other 3 may have fled", nil},
		{"this may be the end", nil},
		{"a march on the capital", nil},
		{"they will march to the capital", nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			var got []string
			for _, e := range FindCaseless(tt.in, text.Tokenize(tt.in, 0, len(tt.in)), pub) {
				got = append(got, show(e))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("FindCaseless(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
			// text with capitals is read as before: lower-case names are
			// no months there
			{
				capital := "Reports say " + tt.in
				for _, e := range Find(capital, text.Tokenize(capital, 0, len(capital)), pub) {
					if strings.Contains(e.Text, "may") || strings.Contains(e.Text, "june") || strings.Contains(e.Text, "march") {
						t.Errorf("Find(%q) read lower-case %q as a date", capital, e.Text)
					}
				}
			}
		})
	}
}
