package eval

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Gold is one line of a news gold file: the hand annotation of one article.
// Keys the scorer does not use (note, former, founder, mention_only,
// also_claimed_by, other_perpetrators, hedge, ...) are kept where they are
// declared and otherwise ignored.
type Gold struct {
	// ID names the article; its text is ID.txt beside the gold file unless
	// Path says otherwise.
	ID        string  `json:"id"`
	URL       *string `json:"url"`
	Title     *string `json:"title"`
	Published *string `json:"published"`
	// Path, when set, locates the article relative to the gold file's
	// directory: a text file, an HTML file, or "file.jsonl#N" for line N
	// (1-based) of a JSON Lines file.
	Path string `json:"path,omitempty"`
	// Aliases are the alias sets the article states or uses; the first name
	// of a set is the article's canonical name for the group.
	Aliases [][]string  `json:"aliases"`
	Events  []GoldEvent `json:"events"`
	Claims  []GoldClaim `json:"claims"`
	Note    string      `json:"note,omitempty"`

	// has records which metadata keys the gold line gave, even as null, so
	// that a null published date overrides one found in the article file.
	hasPublished, hasTitle, hasURL bool
}

// GoldEvent is a gold attack. Date holds the gold date at whatever precision
// it has (YYYY-MM-DD, YYYY-MM or YYYY); a partial date given under a separate
// key (date_partial or partial_date) while date is null is folded into Date.
type GoldEvent struct {
	Type              string   `json:"type"`
	Date              *string  `json:"date"`
	Location          *string  `json:"location"`
	LocationAlt       Names    `json:"location_alt,omitempty"`
	Country           *string  `json:"country"`
	Perpetrator       *string  `json:"perpetrator"`
	Claimed           bool     `json:"claimed"`
	KilledMin         *float64 `json:"killed_min"`
	KilledMax         *float64 `json:"killed_max"`
	InjuredMin        *float64 `json:"injured_min"`
	InjuredMax        *float64 `json:"injured_max"`
	AlsoClaimedBy     Names    `json:"also_claimed_by,omitempty"`
	OtherPerpetrators Names    `json:"other_perpetrators,omitempty"`
	MentionOnly       bool     `json:"mention_only,omitempty"`
	Note              string   `json:"note,omitempty"`
}

// GoldClaim is a gold claim about a group.
type GoldClaim struct {
	Subject     string   `json:"subject"`
	Predicate   string   `json:"predicate"`
	Value       *string  `json:"value"`
	Min         *float64 `json:"min"`
	Max         *float64 `json:"max"`
	Source      *string  `json:"source"`
	Founder     *string  `json:"founder,omitempty"`
	Former      bool     `json:"former,omitempty"`
	Hedge       string   `json:"hedge,omitempty"`
	MentionOnly bool     `json:"mention_only,omitempty"`
	Note        string   `json:"note,omitempty"`
}

// Names is a list of names that may be written in JSON as one string, a list
// of strings, or null.
type Names []string

// UnmarshalJSON accepts a string, a list of strings or null.
func (n *Names) UnmarshalJSON(b []byte) error {
	b = bytes.TrimSpace(b)
	if bytes.Equal(b, []byte("null")) {
		*n = nil
		return nil
	}
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*n = Names{s}
		return nil
	}
	var l []string
	if err := json.Unmarshal(b, &l); err != nil {
		return fmt.Errorf("want a name or a list of names: %w", err)
	}
	*n = l
	return nil
}

// UnmarshalJSON decodes a gold line, noting which of the metadata keys
// published, title and url it gives (even as null) and accepting a note of
// any JSON type.
func (g *Gold) UnmarshalJSON(b []byte) error {
	type plain Gold
	var aux struct {
		*plain
		Note loose `json:"note"`
	}
	aux.plain = (*plain)(g)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	g.Note = aux.Note.text()
	var keys map[string]json.RawMessage
	if err := json.Unmarshal(b, &keys); err != nil {
		return err
	}
	_, g.hasPublished = keys["published"]
	_, g.hasTitle = keys["title"]
	_, g.hasURL = keys["url"]
	return nil
}

// UnmarshalJSON decodes a gold event, tolerating loosely typed optional keys:
// flags and notes of any JSON type, and a partial date under date_partial or
// partial_date.
func (e *GoldEvent) UnmarshalJSON(b []byte) error {
	type plain GoldEvent
	var aux struct {
		*plain
		Claimed     loose  `json:"claimed"`
		MentionOnly loose  `json:"mention_only"`
		Note        loose  `json:"note"`
		DatePartial *loose `json:"date_partial"`
		PartialDate *loose `json:"partial_date"`
	}
	aux.plain = (*plain)(e)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	e.Claimed = aux.Claimed.truth()
	e.MentionOnly = aux.MentionOnly.truth()
	e.Note = aux.Note.text()
	if e.Date == nil || strings.TrimSpace(*e.Date) == "" {
		e.Date = nil
		for _, p := range []*loose{aux.DatePartial, aux.PartialDate} {
			if s := p.text(); p != nil && s != "" {
				e.Date = &s
				break
			}
		}
	}
	return nil
}

// UnmarshalJSON decodes a gold claim, tolerating loosely typed optional keys
// and a value written as a JSON number (a founding year, say).
func (c *GoldClaim) UnmarshalJSON(b []byte) error {
	type plain GoldClaim
	var aux struct {
		*plain
		Value       *loose `json:"value"`
		Founder     *loose `json:"founder"`
		Former      loose  `json:"former"`
		Hedge       loose  `json:"hedge"`
		MentionOnly loose  `json:"mention_only"`
		Note        loose  `json:"note"`
	}
	aux.plain = (*plain)(c)
	if err := json.Unmarshal(b, &aux); err != nil {
		return err
	}
	c.Value = aux.Value.ptr()
	c.Founder = aux.Founder.ptr()
	c.Former = aux.Former.truth()
	c.Hedge = aux.Hedge.text()
	c.MentionOnly = aux.MentionOnly.truth()
	c.Note = aux.Note.text()
	return nil
}

// loose is a JSON value of any type, kept as its raw text.
type loose json.RawMessage

// UnmarshalJSON keeps the raw value.
func (l *loose) UnmarshalJSON(b []byte) error {
	*l = append((*l)[:0], b...)
	return nil
}

// text returns a string value unquoted, null as "", and any other value as
// its JSON text.
func (l *loose) text() string {
	if l == nil {
		return ""
	}
	b := bytes.TrimSpace(*l)
	if len(b) == 0 || bytes.Equal(b, []byte("null")) {
		return ""
	}
	var s string
	if b[0] == '"' && json.Unmarshal(b, &s) == nil {
		return s
	}
	return string(b)
}

// ptr returns text() as a pointer, nil for null or an empty string.
func (l *loose) ptr() *string {
	s := l.text()
	if s == "" {
		return nil
	}
	return &s
}

// truth reports whether the value is true, "true", or a non-zero number.
func (l *loose) truth() bool {
	switch strings.ToLower(l.text()) {
	case "", "false", "0", "no", "null":
		return false
	}
	return true
}

// maxLine bounds one gold line; gold lines are small, articles are not in them.
const maxLine = 16 << 20

// ReadGold reads a gold file in JSON Lines form, one Gold per non-blank line.
// Errors name the 1-based line number. Every line needs a non-empty id, ids
// must be unique, and events and claims must name a type, subject and
// predicate.
func ReadGold(r io.Reader) ([]Gold, error) {
	br := bufio.NewReader(r)
	var out []Gold
	seen := map[string]int{}
	for n := 1; ; n++ {
		line, err := readLine(br)
		if err != nil && !errors.Is(err, io.EOF) {
			return out, fmt.Errorf("gold line %d: %w", n, err)
		}
		if len(bytes.TrimSpace(line)) > 0 {
			g, perr := parseGold(line)
			if perr != nil {
				return out, fmt.Errorf("gold line %d: %w", n, perr)
			}
			if prev, dup := seen[g.ID]; dup {
				return out, fmt.Errorf("gold line %d: id %q already used on line %d", n, g.ID, prev)
			}
			seen[g.ID] = n
			out = append(out, g)
		}
		if errors.Is(err, io.EOF) {
			return out, nil
		}
	}
}

// readLine returns the next line without its line ending; the error is
// io.EOF with the last line.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxLine {
			return nil, fmt.Errorf("line longer than %d bytes", maxLine)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

// parseGold decodes and checks one gold line.
func parseGold(line []byte) (Gold, error) {
	var g Gold
	if err := json.Unmarshal(line, &g); err != nil {
		return Gold{}, fmt.Errorf("decode: %w", err)
	}
	g.ID = strings.TrimSpace(g.ID)
	if g.ID == "" {
		return Gold{}, errors.New("missing id")
	}
	for i, set := range g.Aliases {
		if len(set) == 0 {
			return Gold{}, fmt.Errorf("id %s: alias set %d is empty", g.ID, i+1)
		}
	}
	for i, e := range g.Events {
		if strings.TrimSpace(e.Type) == "" {
			return Gold{}, fmt.Errorf("id %s: event %d has no type", g.ID, i+1)
		}
		if e.Date != nil && !validDate(*e.Date) {
			return Gold{}, fmt.Errorf("id %s: event %d: date %q is not YYYY, YYYY-MM or YYYY-MM-DD", g.ID, i+1, *e.Date)
		}
	}
	for i, c := range g.Claims {
		if strings.TrimSpace(c.Subject) == "" || strings.TrimSpace(c.Predicate) == "" {
			return Gold{}, fmt.Errorf("id %s: claim %d needs a subject and a predicate", g.ID, i+1)
		}
	}
	return g, nil
}

// validDate reports whether s is YYYY, YYYY-MM or YYYY-MM-DD with plausible
// month and day numbers.
func validDate(s string) bool {
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return false
	}
	limits := []int{9999, 12, 31}
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return false
		}
		v, err := strconv.Atoi(p)
		if err != nil || v > limits[i] || (i > 0 && v < 1) || p[0] == '+' || p[0] == '-' {
			return false
		}
	}
	return true
}
