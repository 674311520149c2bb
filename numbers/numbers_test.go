package numbers

import (
	"reflect"
	"strconv"
	"strings"
	"testing"

	"dossier/text"
)

// show renders a quantity compactly: text=kind:range:unit flags, where range
// is "13" for an exact figure, "150.." and "..20" for one-sided ranges and
// "1500..2000" otherwise; flags are ~ (approximate), ? (vague) and
// + (combined killed and wounded).
func show(q Quantity) string {
	var b strings.Builder
	b.WriteString(q.Text + "=" + q.Kind.String() + ":")
	f := func(p *float64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatFloat(*p, 'f', -1, 64)
	}
	if q.Exact() {
		b.WriteString(f(q.Min))
	} else {
		b.WriteString(f(q.Min) + ".." + f(q.Max))
	}
	b.WriteString(":" + q.Unit)
	if q.Approx {
		b.WriteString(" ~")
	}
	if q.Vague {
		b.WriteString(" ?")
	}
	if q.Combined {
		b.WriteString(" +")
	}
	return b.String()
}

func find(s string) []string {
	var out []string
	for _, q := range Find(s, text.Tokenize(s, 0, len(s))) {
		out = append(out, show(q))
	}
	return out
}

func TestFind(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string
	}{
		// Digits.
		{"exact", "The blast killed 13 people.", []string{"13=count:13:people"}},
		{"thousands comma", "Some 1,500 fighters crossed.", []string{"Some 1,500=count:1500:fighters ~"}},
		{"thousands space", "More than 30 000 people fled.", []string{"More than 30 000=count:30000..:people"}},
		{"decimal million", "About 2.5 million people were displaced.", []string{"About 2.5 million=count:2500000:people ~"}},
		{"glued m", "The war displaced 1.2m people.", []string{"1.2m=count:1200000:people"}},
		{"glued bn", "It cost 5bn dollars.", []string{"5bn=money:5000000000:dollars"}},
		// Number words.
		{"word", "Thirteen soldiers died.", []string{"Thirteen=count:13:soldiers"}},
		{"hyphenated", "Twenty-two villagers were taken.", []string{"Twenty-two=count:22:villagers"}},
		{"spaced tens", "twenty two villagers", []string{"twenty two=count:22:villagers"}},
		{"hundred and", "one hundred and fifty recruits", []string{"one hundred and fifty=count:150:recruits"}},
		{"a dozen", "a dozen guards", []string{"a dozen=count:12:guards"}},
		{"two dozen", "two dozen guards", []string{"two dozen=count:24:guards"}},
		{"half a dozen", "half a dozen guards", []string{"half a dozen=count:6:guards"}},
		{"two million", "two million refugees", []string{"two million=count:2000000:refugees"}},
		{"a thousand", "a thousand refugees", []string{"a thousand=count:1000:refugees"}},
		{"number words stop", "one two three", []string{"one=count:1:", "two=count:2:", "three=count:3:"}},
		// Vague amounts.
		{"dozens", "dozens of other people were hurt", []string{"dozens=count:24..:other people ?"}},
		{"hundreds", "hundreds more injured", []string{"hundreds=count:200..: ?"}},
		{"thousands", "Thousands of villagers fled.", []string{"Thousands=count:2000..:villagers ?"}},
		{"several thousand", "several thousand fighters", []string{"several thousand=count:3000..:fighters ?"}},
		{"a few hundred", "a few hundred fighters", []string{"a few hundred=count:300..:fighters ?"}},
		{"tens of thousands", "tens of thousands of people", []string{"tens of thousands=count:20000..:people ?"}},
		{"hundreds of thousands", "hundreds of thousands of people", []string{"hundreds of thousands=count:200000..:people ?"}},
		{"scores of", "scores of mourners", []string{"scores=count:40..:mourners ?"}},
		{"scores alone", "the football scores", nil},
		{"a few", "a few guards", []string{"a few=count:3..:guards ?"}},
		{"several", "several bomb attacks", []string{"several=count:3..:bomb attacks ?"}},
		{"many thousands", "many thousands of people", []string{"many thousands=count:2000..:people ?"}},
		{"many alone", "many people", nil},
		// Ranges.
		{"to", "between 1,500 to 2,000 fighters", []string{"between 1,500 to 2,000=count:1500..2000:fighters"}},
		{"plain to", "1,500 to 2,000 fighters", []string{"1,500 to 2,000=count:1500..2000:fighters"}},
		{"between and", "between 1,500 and 2,000 fighters", []string{"between 1,500 and 2,000=count:1500..2000:fighters"}},
		{"dash", "1,500-2,000 fighters", []string{"1,500-2,000=count:1500..2000:fighters"}},
		{"en dash", "1,500–2,000 fighters", []string{"1,500–2,000=count:1500..2000:fighters"}},
		{"scale shared", "2 to 3 million people", []string{"2 to 3 million=count:2000000..3000000:people"}},
		{"or", "two or three gunmen", []string{"two or three=count:2..3:gunmen"}},
		{"around range", "around 3,000 to 5,000 \"hardcore\" fighters", []string{"around 3,000 to 5,000=count:3000..5000:hardcore fighters ~"}},
		{"from to as low as", "estimates vary from several thousand armed members to as low as 500",
			[]string{"from several thousand armed members to as low as 500=count:500..:armed members ?"}},
		{"from exact to as low as", "estimates vary from 3,000 fighters to as low as 500",
			[]string{"from 3,000 fighters to as low as 500=count:500..3000:fighters"}},
		{"vary between", "it is estimated to vary between 12,000 and 20,000.", []string{"between 12,000 and 20,000=count:12000..20000:"}},
		{"change is not a range", "the toll rose from 100 to 150", []string{"100=count:100:", "150=count:150:"}},
		{"descending dash", "a 4-3 vote", []string{"4=count:4:", "3=count:3:vote"}},
		// Bounds.
		{"more than", "killed more than 150 people", []string{"more than 150=count:150..:people"}},
		{"over", "over 100 others wounded", []string{"over 100=count:100..:others"}},
		{"at least", "at least 22 people", []string{"at least 22=count:22..:people"}},
		{"no fewer than", "no fewer than 40 recruits", []string{"no fewer than 40=count:40..:recruits"}},
		{"up to", "up to 20 people", []string{"up to 20=count:..20:people"}},
		{"nearly", "nearly 20 people", []string{"nearly 20=count:..20:people"}},
		{"almost", "almost 20 people", []string{"almost 20=count:..20:people"}},
		{"fewer than", "fewer than 20 people", []string{"fewer than 20=count:..20:people"}},
		{"as many as", "as many as 30 people", []string{"as many as 30=count:..30:people"}},
		{"as low as", "as low as 500", []string{"as low as 500=count:500..:"}},
		{"some", "some 300 fighters", []string{"some 300=count:300:fighters ~"}},
		{"around", "around 150 people", []string{"around 150=count:150:people ~"}},
		{"about", "about 150 people", []string{"about 150=count:150:people ~"}},
		{"roughly", "roughly 150 people", []string{"roughly 150=count:150:people ~"}},
		{"approximately", "approximately 150 people", []string{"approximately 150=count:150:people ~"}},
		{"an estimated", "an estimated 4,000 fighters", []string{"an estimated 4,000=count:4000:fighters ~"}},
		{"or more", "150 or more people", []string{"150 or more=count:150..:people"}},
		{"or so", "a dozen or so guards", []string{"a dozen or so=count:12:guards ~"}},
		{"plus sign", "100+ fighters", []string{"100+=count:100..:fighters"}},
		{"odd", "thirty-odd fighters", []string{"thirty-odd=count:30..:fighters"}},
		{"more than a dozen", "more than a dozen guards", []string{"more than a dozen=count:12..:guards"}},
		{"active fighters", "a force of 300 active fighters", []string{"300=count:300:active fighters"}},
		{"at least then as many as", "an attack that killed at least 14 people and as many as 35, officials said",
			[]string{"at least 14 people and as many as 35=count:14..35:people"}},
		// Combined casualties.
		{"killing and wounding", "killing and wounding more than 150", []string{"more than 150=count:150..: +"}},
		{"killed and wounded after", "150 people were killed or wounded", []string{"150=count:150:people +"}},
		{"dead and injured", "40 dead and injured", []string{"40=count:40: +"}},
		{"separate tolls", "22 dead and 59 hurt", []string{"22=count:22:", "59=count:59:"}},
		// Not counts.
		{"year in", "The group was founded in 1990.", []string{"1990=year:1990:"}},
		{"year with month", "on January 19, 2010 the", []string{"19=day:19:", "2010=year:2010:"}},
		{"year as modifier", "the 2013 attack", []string{"2013=year:2013:"}},
		{"year range", "lasted from 1990-1994", []string{"from 1990-1994=year:1990..1994:"}},
		{"between years", "between 2010 and 2014", []string{"between 2010 and 2014=year:2010..2014:"}},
		{"decade", "in the 1980s", []string{"1980s=year:1980..1989:"}},
		{"four digits count", "2000 fighters attacked", []string{"2000=count:2000:fighters"}},
		{"bounded four digits", "more than 2000 people", []string{"more than 2000=count:2000..:people"}},
		{"time colon", "at 10:30 p.m. on", []string{"10:30 p.m.=time:10:"}},
		{"time pm", "at about 7 p.m. local", []string{"about 7 p.m.=time:7: ~"}},
		{"time glued", "at 8am the", []string{"8am=time:8:"}},
		{"ordinal digits", "the 11th district", []string{"11th=ordinal:11:district"}},
		{"ordinal word", "a second checkpoint", []string{"second=ordinal:2:checkpoint"}},
		{"percent sign", "20% of voters", []string{"20%=percent:20:percent"}},
		{"percent word", "20 percent of voters", []string{"20=percent:20:percent"}},
		{"money", "a $7 million bounty", []string{"$7 million=money:7000000:$"}},
		{"money pound", "a £148,370 reward", []string{"£148,370=money:148370:£"}},
		{"age hyphen", "a 23-year-old man", []string{"23-year-old=age:23:year-old"}},
		{"age word", "a five-year-old girl", []string{"five-year-old=age:5:year-old"}},
		{"aged", "a man aged 25 was", []string{"25=age:25:"}},
		{"age comma", "recalled Ama Ruto, 17, a student", []string{"17=age:17:"}},
		{"duration", "three days of mourning", []string{"three=duration:3:days"}},
		{"duration compound", "a 12-hour standoff", []string{"12-hour=duration:12:hour"}},
		{"duration word compound", "the five-year uprising", []string{"five-year=duration:5:year"}},
		{"measure", "about 100 metres from", []string{"about 100=measure:100:metres ~"}},
		{"measure glued", "a 5km walk", []string{"5km=measure:5:km"}},
		{"compound", "the 21,000-seat arena", []string{"21,000-seat=compound:21000:seat"}},
		{"strong", "a 5,000-strong rebel army", []string{"5,000-strong=count:5000:rebel army"}},
		{"money via of", "hundreds of millions of dollars", []string{"hundreds of millions=money:200000000..:dollars ?"}},
		{"money code", "a US$5 million fund", []string{"US$5 million=money:5000000:us$"}},
		{"time gmt", "at 1400 GMT", []string{"1400 GMT=time:1400:"}},
		{"range small", "10-15 people", []string{"10-15=count:10..15:people"}},
		{"year before plural", "In 2014 militants attacked", []string{"2014=year:2014:"}},
		{"between words scale", "between five and six thousand troops", []string{"between five and six thousand=count:5000..6000:troops"}},
		{"bound after bound", "as many as 30 and at least 11", []string{"as many as 30=count:..30:", "at least 11=count:11..:"}},
		{"flight", "Northwest Flight 253 from Lagos", []string{"253=other:253:"}},
		{"nine eleven", "since 9/11 the", []string{"9/11=other:9:"}},
		{"phone", "call 555-123-4567 now", []string{"555-123-4567=other:555:"}},
		{"iso date", "on 2021-08-27 the", []string{"2021-08-27=other:2021:"}},
		{"day of month", "yesterday (Nov. 2) near", []string{"2=day:2:"}},
		{"day before month", "on 15 April the", []string{"15=day:15:"}},
		{"in names", "the M23 rebels and G-20 leaders", nil},
		{"no one", "no one was hurt", nil},
		{"partitive", "one of the attackers", []string{"one=count:1:"}},
		{"fraction", "two-thirds of the town", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := find(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Find(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestParse(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	tests := []struct {
		in   string
		want Range
		ok   bool
	}{
		{"more than 150", Range{Min: f(150)}, true},
		{"at least 150", Range{Min: f(150)}, true},
		{"up to 20", Range{Max: f(20)}, true},
		{"nearly 20", Range{Max: f(20)}, true},
		{"13", Range{Min: f(13), Max: f(13)}, true},
		{"around 150", Range{Min: f(150), Max: f(150), Approx: true}, true},
		{"1,500 to 2,000", Range{Min: f(1500), Max: f(2000)}, true},
		{"dozens", Range{Min: f(24), Vague: true}, true},
		{"no number here", Range{}, false},
	}
	for _, tt := range tests {
		got, ok := Parse(tt.in)
		if ok != tt.ok || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Parse(%q) = %+v, %v; want %+v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestOffsetsInSentence(t *testing.T) {
	src := "Intro line.\n\nRebels of the Velm Front killed at least 22 people in Oskar on Monday."
	for _, s := range text.Split(src) {
		for _, q := range Find(src, s.Tokens) {
			if src[q.Start:q.End] != q.Text || q.Text != "at least 22" {
				t.Errorf("got %q at [%d,%d) = %q", q.Text, q.Start, q.End, src[q.Start:q.End])
			}
		}
	}
}
