// A plural legislator's title before names with party tags: "Senators A
// (R-Fla.), B (D-Ohio), and C (R-Texas)".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// pluralLegislatorTitles map a plural title of members of the US Congress
// to the title each member listed after it holds.
var pluralLegislatorTitles = map[string]string{
	"senators": "Senator", "sens.": "Senator",
	"representatives": "Representative", "reps.": "Representative",
}

// pluralLegislatorRoles reads "U.S. Senators A (R-Tenn.) and B (R-Tenn.)",
// "Reps. C (D-Ill.), D (R-Ky.)": a plural legislator's title, then a list
// of names, the first with a US party tag (or untaggedLegislators); each
// listed member holds the singular title for the United States.
func (d *doc) pluralLegislatorRoles(add func(*entity, string, *entity, int)) {
	for i := 0; i+1 < len(d.toks); i++ {
		title, ok := pluralLegislatorTitles[d.toks[i].key]
		if !ok || !d.toks[i].cap {
			continue
		}
		m := d.mentionAt(i + 1)
		if m == nil || m.s != i+1 || m.ent == nil || m.ent.typ != schema.Person || m.quoted {
			continue
		}
		if !d.partyTag(m.e) && !d.untaggedLegislators(i) {
			continue
		}
		us := d.entity(schema.Government, "United States", i)
		for n := m; n != nil; {
			add(n.ent, title, us, n.s)
			k := n.e
			if c := d.parenEnd(k); c > 0 {
				k = c + 1
			} else if d.partyTag(k) {
				break // ", R-Fla." is not written in a list
			}
			n = d.listedPersonAt(k)
		}
	}
}

// listedPersonAt is the person named next in a list after token k (", X",
// " and X", ", and X"), or nil.
func (d *doc) listedPersonAt(k int) *mention {
	if k+1 >= len(d.toks) || d.toks[k].key != "," && d.toks[k].key != "and" {
		return nil
	}
	j := k + 1
	if d.toks[k].key == "," && d.toks[j].key == "and" {
		j++
	}
	n := d.mentionAt(j)
	if n == nil || n.s != j || n.ent == nil || n.ent.typ != schema.Person || d.toks[j].sent != d.toks[k].sent {
		return nil
	}
	return n
}

// singularTitle is the post one holder of a plural title holds: "U.S.
// Senators" gives each "U.S. Senator", "Senior Directors" each "Senior
// Director".
func singularTitle(title string) string {
	sp := strings.LastIndexByte(title, ' ') + 1
	last := title[sp:]
	if len(last) > 4 && strings.HasSuffix(last, "s") && titleHeads[fold(strings.TrimSuffix(last, "s"))] {
		return strings.TrimSuffix(title, "s")
	}
	return title
}

// untaggedLegislators reports whether the plural legislator's title at
// token i is the US Congress's with no party tag after the first name:
// the abbreviation, which is US usage as "Sen." is ("Sens. A and B"), or
// a text that tags some US legislator with a party elsewhere ("Senators A,
// B and C signed the letter" in a release that wrote "Sen. A (R-Texas)").
func (d *doc) untaggedLegislators(i int) bool {
	if k := d.toks[i].key; k == "sens." || k == "reps." {
		return true
	}
	return d.usCongressText()
}

// usPartyTags reports whether the text tags some US legislator with a
// party anywhere ("(R-Texas)", ", a Florida Republican"); read once per
// text.
func (d *doc) usPartyTags() bool {
	if d.usPartyTagged == 0 {
		d.usPartyTagged = 1
		for k := range d.toks {
			if d.partyTag(k) || d.usPartyApposition(k) {
				d.usPartyTagged = 2
				break
			}
		}
	}
	return d.usPartyTagged == 2
}
