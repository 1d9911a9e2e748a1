package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// floorHonorifics open a legislative record's speaker label ("Mr. X.").
var floorHonorifics = set("mr.", "mrs.", "ms.", "miss")

// chairHonorifics and chairTitles are the words a floor speech addresses
// its chair with ("Mr. Speaker", "Madam President", "Mr. Chairman").
var chairHonorifics = set("mr.", "madam", "madame", "mrs.", "ms.")

// chairTitles: see chairHonorifics.
var chairTitles = set("speaker", "president", "chairman", "chairwoman", "chair")

// floorSpeakers reads the speaker label a legislative record (the U.S.
// Congressional Record and its kind) opens a floor speech with: an
// honorific, the member's surname in capitals, optionally "of" and the
// member's state, and a period, followed at once by the address to the
// chair ("Mr. ROE of Utah. Madam Speaker, …", "Ms. DALE-ORTIZ. Mr.
// President, …"). The member is a person named by the surname written in
// ordinary case ("Roe"); the label's state is the member's seat, not a
// body the speech names, so it names no entity. The speech itself is no
// statement: only quotations inside it are.
func (d *doc) floorSpeakers() {
	for i := 0; i < len(d.toks); i++ {
		if !d.toks[i].brk || !floorHonorifics[d.toks[i].key] || !d.free(i, i+1) {
			continue
		}
		s := i + 1
		e := s
		for e < len(d.toks) && !d.toks[e].brk && d.capsWord(e) && d.toks[e].letters >= 2 {
			e++
			if e+1 < len(d.toks) && d.joinedHyphen(e) && d.capsWord(e+1) {
				e += 2 // "DALE-ORTIZ"
			}
		}
		if e == s || e-s > 5 {
			continue
		}
		end := e // the label's period
		if end < len(d.toks) && d.toks[end].key == "of" {
			end++
			for n := 0; end < len(d.toks) && n < 3 && d.toks[end].kind == tWord && d.toks[end].cap && !d.toks[end].upper; n++ {
				end++
			}
			if end == e+1 {
				continue
			}
		}
		if end+2 >= len(d.toks) || d.toks[end].key != "." || !chairHonorifics[d.toks[end+1].key] || !chairTitles[d.toks[end+2].key] {
			continue
		}
		var name strings.Builder
		for k := s; k < e; k++ {
			name.WriteString(titleWord(d.surface(k, k+1)))
		}
		ent := d.entity(schema.Person, name.String(), s)
		ent.alias(d.surface(i, e))
		ent.toks = d.nameKeys(s, e)
		d.take(&mention{s: s, e: e, ent: ent, typ: schema.Person, rule: "entity/person:floor-speaker"})
		d.floorRecord = true
		ent.mentions++
		if e < end && d.free(e, end) {
			d.take(&mention{s: e, e: end, class: mIgnore}) // "of Utah": the member's seat
		}
		i = end
	}
}
