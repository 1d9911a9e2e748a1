// A report titled by its state counts the holders of a post before
// listing them: "two former governors, A and B, and three former
// ministers, C, D, and E, were charged", "Four retired colonels, F, G and
// H, …". Each listed name holds the singular post at the report's state.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// countedTitleHeads are the plural heads such a count lists holders of;
// countedTitleMods may stand between the count and the head.
var (
	countedTitleHeads = set("presidents", "ministers", "governors", "mayors", "judges", "officers", "colonels", "generals", "senators", "legislators")
	countedTitleMods  = set("former", "retired", "high-ranking", "senior", "military", "army")
	titleCounts       = set("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
)

// countedTitleRoles gives each person listed after a counted plural title
// and a comma that title's post at the report's state.
func (d *doc) countedTitleRoles(add func(*entity, string, *entity, int)) {
	st := d.reportState()
	if st == nil {
		return
	}
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || d.inQuote[m.s] || m.s < 3 || d.toks[m.s-1].key != "," {
			continue
		}
		ts, title := d.countedTitle(m.s - 2)
		if ts < 0 {
			continue
		}
		add(m.ent, title, st, ts)
		for _, n := range d.personsListedAfter(m) {
			add(n.ent, title, st, n.s)
		}
	}
}

// countedTitle reads a counted plural title whose head is token h ("three
// former ministers") and returns its first token and the singular title,
// or -1.
func (d *doc) countedTitle(h int) (int, string) {
	if !countedTitleHeads[d.toks[h].key] || d.toks[h].cap || d.inQuote[h] || d.mentionAt(h) != nil {
		return -1, ""
	}
	ts := h
	for ts > 0 && d.toks[ts-1].sent == d.toks[h].sent && countedTitleMods[d.toks[ts-1].key] && !d.toks[ts-1].cap && d.mentionAt(ts-1) == nil {
		ts--
	}
	c := ts - 1
	if c < 0 || d.toks[c].sent != d.toks[h].sent || !titleCounts[d.toks[c].key] {
		return -1, ""
	}
	title := strings.TrimSuffix(d.surface(ts, h+1), "s")
	return ts, title
}
