package storetest

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"dossier"
	"dossier/near"
)

// The texts of the suite are original and about fictional groups, people
// and places (country codes XA–XC are user-assigned, not countries).

// doc builds an extraction by hand. Each line of the text is a sentence.
type doc struct {
	t testing.TB
	x *dossier.Extraction
}

// newDoc starts the extraction of a text; its first line is the title.
func newDoc(t testing.TB, path, text string) *doc {
	t.Helper()
	x := &dossier.Extraction{Document: dossier.Document{
		ID: dossier.TextID(text), Path: path, Text: text, Language: "en", Format: "txt",
		Title: dossier.Str(strings.SplitN(text, "\n", 2)[0]),
	}}
	start := 0
	for _, line := range strings.SplitAfter(text, "\n") {
		if line == "" {
			continue
		}
		x.Sentences = append(x.Sentences, dossier.Span{Start: start, End: start + len(strings.TrimSuffix(line, "\n"))})
		start += len(line)
	}
	return &doc{t: t, x: x}
}

// meta sets the document's publication metadata.
func (d *doc) meta(published, source string) *doc {
	d.x.Document.Published = dossier.Str(published)
	d.x.Document.Source = dossier.Str(source)
	return d
}

// span returns the evidence for the first occurrence of s.
func (d *doc) span(s string) dossier.Evidence {
	d.t.Helper()
	i := strings.Index(d.x.Document.Text, s)
	if i < 0 {
		d.t.Fatalf("%q not in the text of %s", s, d.x.Document.Path)
	}
	return dossier.Evidence{Start: i, End: i + len(s), Text: s}
}

// sentence returns the evidence of the sentence holding the first
// occurrence of s.
func (d *doc) sentence(s string) dossier.Evidence {
	d.t.Helper()
	ev := d.x.SentenceOf(d.span(s).Start)
	if ev.Text == "" {
		d.t.Fatalf("%q is in no sentence of %s", s, d.x.Document.Path)
	}
	return ev
}

// entity adds an entity whose other names are aliases (each stated in the
// sentence that first uses it), with a mention for every occurrence of
// every name.
func (d *doc) entity(id string, typ dossier.EntityType, name string, aliases ...string) *doc {
	d.t.Helper()
	e := dossier.Entity{ID: id, Name: name, Type: typ, Aliases: aliases}
	text := d.x.Document.Text
	for _, n := range append([]string{name}, aliases...) {
		found := false
		for off := 0; ; {
			i := strings.Index(text[off:], n)
			if i < 0 {
				break
			}
			found = true
			s := off + i
			e.Mentions = append(e.Mentions, dossier.Mention{Start: s, End: s + len(n), Text: n, Sentence: d.sentenceIndex(s)})
			off = s + len(n)
		}
		if !found {
			d.t.Fatalf("name %q not in the text of %s", n, d.x.Document.Path)
		}
	}
	slices.SortFunc(e.Mentions, func(a, b dossier.Mention) int { return a.Start - b.Start })
	for _, a := range aliases {
		e.AliasEvidence = append(e.AliasEvidence, dossier.AliasEvidence{Alias: a, How: "stated", Evidence: d.sentence(a)})
	}
	d.x.Entities = append(d.x.Entities, e)
	return d
}

func (d *doc) sentenceIndex(off int) int {
	for i, s := range d.x.Sentences {
		if s.Start <= off && off < s.End {
			return i
		}
	}
	return -1
}

// place adds a location entity with its coordinates.
func (d *doc) place(id, name, country string, lat, lon float64) *doc {
	d.t.Helper()
	d.entity(id, dossier.Location, name)
	e := &d.x.Entities[len(d.x.Entities)-1]
	e.Country, e.Lat, e.Lon = &country, &lat, &lon
	return d
}

// relation adds a stated relation between two entities of the document.
func (d *doc) relation(subject, predicate, object, evidence string) *doc {
	d.t.Helper()
	s, o := d.x.EntityByID(subject), d.x.EntityByID(object)
	if s == nil || o == nil {
		d.t.Fatalf("relation %s %s %s: no such entity", subject, predicate, object)
	}
	s.Relations = append(s.Relations, dossier.Relation{Predicate: predicate, Object: o.Name, ObjectID: o.ID, Evidence: d.sentence(evidence)})
	return d
}

// claim adds a claim about an entity, citing source when it is not empty.
func (d *doc) claim(subject, predicate, value, source, evidence string) *doc {
	d.t.Helper()
	s := d.x.EntityByID(subject)
	if s == nil {
		d.t.Fatalf("claim about %s: no such entity", subject)
	}
	d.x.Claims = append(d.x.Claims, dossier.Claim{Subject: s.Name, SubjectEntity: subject, Predicate: predicate,
		Value: dossier.Str(value), Source: dossier.Str(source), Hedge: "stated", Evidence: d.sentence(evidence)})
	return d
}

// event adds an attack at a place of the document by one of its groups,
// with its killed and injured figures (negative: not given), reported in
// the sentences holding the evidence strings.
func (d *doc) event(id, typ, date, place, perpetrator string, killed, injured float64, evidence ...string) *doc {
	d.t.Helper()
	p := d.x.EntityByID(place)
	if p == nil || p.Type != dossier.Location {
		d.t.Fatalf("event %s: no place %s", id, place)
	}
	ev := dossier.Event{ID: id, Type: typ, Date: dossier.Str(date), DateText: dossier.Str(date), Location: dossier.Str(p.Name), Country: p.Country,
		Targets: []string{}, Victims: []string{}, Weapons: []string{}, PerpetratorIndividuals: []string{}}
	if perpetrator != "" {
		g := d.x.EntityByID(perpetrator)
		if g == nil {
			d.t.Fatalf("event %s: no perpetrator %s", id, perpetrator)
		}
		ev.Perpetrator, ev.PerpetratorEntity, ev.Claimed = dossier.Str(g.Name), dossier.Str(g.ID), true
	}
	if killed >= 0 {
		ev.KilledMin, ev.KilledMax = &killed, &killed
	}
	if injured >= 0 {
		ev.InjuredMin, ev.InjuredMax = &injured, &injured
	}
	for _, e := range evidence {
		ev.Evidence = append(ev.Evidence, d.sentence(e))
	}
	d.x.Events = append(d.x.Events, ev)
	return d
}

// signed gives the document its MinHash signature.
func (d *doc) signed() *doc {
	d.x.Document.Signature = near.Signature(d.x.Document.Text)
	if d.x.Document.Signature == nil {
		d.t.Fatalf("%s is too short for a signature", d.x.Document.Path)
	}
	return d
}

// Places of the fixtures, with made-up coordinates.
const (
	kessmoorLat, kessmoorLon   = 51.30, 12.70
	dunhollowLat, dunhollowLon = 52.90, 13.40
	velmarLat, velmarLon       = 44.10, 20.50
)

// ambush is the first report of the Kessmoor convoy ambush by the Grey
// Lantern Front (GLF), with multi-byte characters before every span.
func ambush(t testing.TB) *doc {
	d := newDoc(t, "ledger/ambush.txt", "Grey Lantern Front ambushes a convoy near Kessmoor — Señora Brünn’s account\n"+
		"Witnesses told Señora Brünn that the Grey Lantern Front, also known as the GLF, ambushed a supply convoy near Kessmoor on 2 May 2023.\n"+
		"The GLF is led by Ilse Vardan, according to the provincial council.\n"+
		"The provincial council said the GLF operates around Kessmoor.\n"+
		"The attack killed four drivers and wounded seven.\n").
		meta("2023-05-03", "Kessmoor Ledger")
	d.x.Document.URL = dossier.Str("https://ledger.example/ambush")
	d.x.Document.Dateline = dossier.Str("KESSMOOR")
	return d.entity("e1", dossier.ArmedGroup, "Grey Lantern Front", "GLF").
		place("e2", "Kessmoor", "XB", kessmoorLat, kessmoorLon).
		entity("e3", dossier.Person, "Ilse Vardan").
		relation("e1", "operates_in", "e2", "ambushed a supply convoy").
		claim("e1", "leader", "Ilse Vardan", "the provincial council", "is led by Ilse Vardan").
		claim("e1", "operates_in", "Kessmoor", "The provincial council", "operates around Kessmoor").
		event("v1", "attack", "2023-05-02", "e2", "e1", 4, 7, "ambushed a supply convoy", "The attack killed")
}

// tollRises is a later report of the same ambush by another outlet,
// naming the group by its acronym only.
func tollRises(t testing.TB) *doc {
	return newDoc(t, "wire/toll.txt", "Death toll in Kessmoor convoy ambush rises to six\n"+
		"The GLF ambush on a convoy outside Kessmoor on 2 May killed six people, hospital staff said.\n"+
		"Ilse Vardan has led the GLF since 2021.\n"+
		"Fighters of the GLF have long roamed the hills of Kessmoor.\n").
		meta("2023-05-05", "Valdric Wire").
		entity("e1", dossier.ArmedGroup, "GLF").
		place("e2", "Kessmoor", "XB", kessmoorLat, kessmoorLon).
		entity("e3", dossier.Person, "Ilse Vardan").
		claim("e1", "leader", "Ilse Vardan", "", "has led the GLF").
		claim("e1", "operates_in", "Kessmoor", "", "roamed the hills").
		event("v1", "attack", "2023-05-02", "e2", "e1", 6, -1, "killed six people")
}

// rival names another leader for the group, and its founding year.
func rival(t testing.TB) *doc {
	return newDoc(t, "herald/rival.txt", "Rival commander claims the Grey Lantern Front\n"+
		"Tomas Reel said on Monday that he, not Ilse Vardan, leads the Grey Lantern Front.\n"+
		"The Grey Lantern Front was founded in 2019, he added.\n").
		meta("2023-06-01", "Northmark Herald").
		entity("e1", dossier.ArmedGroup, "Grey Lantern Front").
		entity("e2", dossier.Person, "Tomas Reel").
		entity("e3", dossier.Person, "Ilse Vardan").
		claim("e1", "leader", "Tomas Reel", "", "leads the Grey Lantern Front").
		claim("e1", "founded", "2019", "", "was founded in 2019")
}

// kidnapping is an attack by another group in another country.
func kidnapping(t testing.TB) *doc {
	return newDoc(t, "ledger/velmar.txt", "Saltmarsh Riders seize two engineers in Velmar\n"+
		"The Saltmarsh Riders kidnapped two engineers in Velmar on 19 July 2023, officials said.\n").
		meta("2023-07-20", "Kessmoor Ledger").
		entity("e1", dossier.ArmedGroup, "Saltmarsh Riders").
		place("e2", "Velmar", "XC", velmarLat, velmarLon).
		event("v1", "kidnapping", "2023-07-19", "e2", "e1", -1, -1, "kidnapped two engineers")
}

// marketBomb is a later attack by the GLF in another town.
func marketBomb(t testing.TB) *doc {
	return newDoc(t, "wire/market.txt", "Bomb at Dunhollow market blamed on the Grey Lantern Front\n"+
		"A bomb tore through the Dunhollow market on 10 January 2024, and police blamed the Grey Lantern Front.\n"+
		"Two traders died.\n").
		meta("2024-01-11", "Valdric Wire").
		entity("e1", dossier.ArmedGroup, "Grey Lantern Front").
		place("e2", "Dunhollow", "XB", dunhollowLat, dunhollowLon).
		event("v1", "bombing", "2024-01-10", "e2", "e1", 2, -1, "A bomb tore through", "Two traders died")
}

// bridgeReport is one of several reports of a raid on Hollin Bridge, dated
// date; n makes each text distinct.
func bridgeReport(t testing.TB, n int, published, date string, killed float64) *doc {
	return newDoc(t, fmt.Sprintf("bridge/%d.txt", n), fmt.Sprintf("Report %d: the Ashen Oar raided the Hollin Bridge checkpoint.\n", n)+
		"Guards at Hollin Bridge counted the dead after the Ashen Oar left.\n").
		meta(published, fmt.Sprintf("Outlet %d", n)).
		entity("e1", dossier.ArmedGroup, "Ashen Oar").
		place("e2", "Hollin Bridge", "XA", 47.05, 8.60).
		event("v1", "attack", date, "e2", "e1", killed, -1, "raided the Hollin Bridge")
}

// harbourStory is an original long enough for a MinHash signature.
const harbourStory = "Fishermen in the harbour town of Orrin Sands woke on Sunday to find the Tidewater Guild had " +
	"painted its emblem on every boat shed along the northern quay. Local elders said the guild had demanded " +
	"a share of each catch since the spring and threatened those who refused. The harbour master counted " +
	"forty sheds marked overnight and asked the regional governor for more patrols before the autumn season.\n"

// harbour returns the original harbour story, or a syndicated copy of it
// under another headline with a word changed.
func harbour(t testing.TB, copyOf string) *doc {
	text := "Guild marks boat sheds in Orrin Sands\n" + harbourStory
	path := "coast/harbour.txt"
	if copyOf != "" {
		text = "Orrin Sands fishermen find guild emblems on sheds\n" + strings.Replace(harbourStory, "Sunday", "Sunday morning", 1)
		path = "syndicate/harbour.txt"
	}
	d := newDoc(t, path, text).meta("2023-10-02", "Coastal Post").
		entity("e1", dossier.ArmedGroup, "Tidewater Guild").
		claim("e1", "operates_in", "Orrin Sands", "", "woke on Sunday").
		signed()
	if copyOf != "" {
		d.x.Document.CopyOf = copyOf
		d.x.Document.CopySimilarity = near.Similarity(d.x.Document.Signature, near.Signature("Guild marks boat sheds in Orrin Sands\n"+harbourStory))
	}
	return d
}

// mountainStory is unrelated to the harbour story.
const mountainStory = "Snow closed the high pass above Carrow Fell for a third week, and traders from the valley " +
	"villages said their stores of flour and lamp oil would not last until the thaw. A relief column of mules " +
	"set out from the lower monastery on Thursday, guided by two shepherds who know the old smugglers' track " +
	"along the eastern ridge, and the abbot asked for prayers for their safe return.\n"

func mountain(t testing.TB) *doc {
	return newDoc(t, "hills/pass.txt", "Snow cuts off Carrow Fell\n"+mountainStory).meta("2023-12-01", "Fell Gazette").signed()
}

// orchardStory shares no passage with the other stories.
const orchardStory = "The cider presses of Wendle Hollow ran late into the night as growers raced to finish before the " +
	"first frost, and the cooperative hired twelve extra hands from the river towns. Its treasurer said prices " +
	"at the winter fair had doubled since the blight of two years ago, when half the old trees were felled and " +
	"replanted with hardier stock brought over the hills by cart.\n"
