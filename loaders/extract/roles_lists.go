package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// nextNamesTitle reports whether the title of an apposition (items, read
// up to token j) is the next name's: in a list "A, Deputy Director B, and
// Chief of Staff C" the words after A's comma run into B's name with no
// punctuation between.
func (d *doc) nextNamesTitle(items []roleItem, j int) bool {
	if a := d.andAfterRemit(j); d.hasHeadItem(items) && a > 0 && d.titledPartnerAt(a+1) {
		return false // "A, deputy commander of X and Air Force Col. B, …": A's title, then B with B's own
	}
	return len(items) > 0 && d.personFollows(j, d.toks[items[0].tok].sent)
}

// andAfterRemit returns the "and" at token j or after the remit or body
// of a title that ends before j ("… of logistics and", "… of the X and"),
// or 0.
func (d *doc) andAfterRemit(j int) int {
	for k := j; k < len(d.toks) && k < j+10 && d.toks[k].sent == d.toks[j].sent; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k {
			if m.ent == nil || m.ent.typ == schema.Person || m.ent.typ == schema.Agreement || k == j {
				return 0
			}
			k = m.e - 1
			continue
		}
		switch t := d.toks[k]; {
		case t.key == "and":
			return k
		case k == j && t.key != "of" && t.key != "for" && t.key != "at" && t.key != "in":
			return 0
		case t.kind != tWord || t.cap:
			return 0
		}
	}
	return 0
}

// titledPartnerAt reports whether a person's name follows token k after a
// title of its own, over a body named before it: "Air Force Col. B",
// "Deputy Director B".
func (d *doc) titledPartnerAt(k int) bool {
	title := false
	for ; k < len(d.toks) && d.toks[k].sent == d.toks[max(k-1, 0)].sent; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k {
			if m.ent != nil && m.ent.typ == schema.Person {
				return title
			}
			if m.ent == nil || m.ent.typ == schema.Agreement || title {
				return false
			}
			k = m.e - 1 // "Air Force", "the Navy's": the body before the title
			continue
		}
		if !d.isTitleTok(k) {
			return false
		}
		title = true
	}
	return false
}

// parenAcronym reports whether an acronym, or its plural, in parentheses
// opens at token k: "(ATF)", "(BLOs)".
func (d *doc) parenAcronym(k int) bool {
	if k+2 >= len(d.toks) || d.toks[k].key != "(" || d.toks[k+1].kind != tWord || d.toks[k+2].key != ")" {
		return false
	}
	if d.toks[k+1].upper {
		return true
	}
	w := strings.TrimSuffix(d.surface(k+1, k+2), "s")
	return len(w) >= 2 && w == strings.ToUpper(w) && w != strings.ToLower(w)
}

// listedGov is the government of another office listed in the sentence
// of token at ("A, Deputy Secretary of State B, and C accompanied her"),
// as the title before that name states it (a state, a state's agency) or
// names a US office: people listed together serve one government unless
// told otherwise.
func (d *doc) listedGov(at int) string {
	sent := d.toks[at].sent
	for k := d.sentStart(at); k < len(d.toks) && d.toks[k].sent == sent; k++ {
		m := d.mentionAt(k)
		if m == nil || m.s != k || m.ent == nil || m.ent.typ != schema.Person || d.inQuote[k] || m.s <= at && at < m.e {
			continue
		}
		if d.meetingBetween(k, at) {
			continue // "A met with President B": the two sides of a meeting
		}
		for _, pr := range rolePairs(d.chainBefore(d.honorificStart(k))) {
			switch {
			case pr.org != nil && pr.org.typ == schema.Government && d.g.countries[pr.org.name] != nil:
				return pr.org.name
			case pr.org != nil && pr.org.typ == schema.Agency && d.g.countries[pr.org.country] != nil:
				return pr.org.country
			case d.hasHead(pr.title) && d.usOffice(pr.title) != nil:
				return "United States"
			}
		}
	}
	return ""
}

// nameAfter reports whether a person's name follows token e with no
// punctuation between: a title phrase ending there runs into that name
// and is its title ("A, and Deputy Director of the X B").
func (d *doc) nameAfter(e int) bool {
	return d.personFollows(e, d.toks[e-1].sent)
}

// personFollows reports whether a person's name starts at token from or
// within 20 tokens after it, in sentence sent, with no punctuation between
// but what a body's name holds ("Bureau of A, B and C", "(ACR)").
func (d *doc) personFollows(from, sent int) bool {
	remit := false
	for k := from - 1; k > 0 && k >= from-4 && d.toks[k].sent == sent; k-- {
		if d.toks[k].key == "for" {
			remit = true // the title before ends in a remit: "… for Population, …"
			break
		}
		if !d.capWord(k) {
			break
		}
	}
	for k := from; k < len(d.toks) && k <= from+20 && d.toks[k].sent == sent; k++ {
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
			return true
		} else if m != nil && m.s == k && m.e > k+1 {
			k = m.e - 1 // a body's name may hold commas: "Bureau of A, B and C"
			continue
		}
		if d.parenAcronym(k) {
			k += 2 // "Director of the Bureau of X (BX) B": the acronym is the body's
			continue
		}
		switch d.toks[k].key {
		case "for":
			remit = true
		case ",":
			if remit && d.remitSeriesComma(k) {
				continue // "… Assistant Secretary for Ports, Customs, and Trade B": a remit's series
			}
			return false
		case ";", ":", "(", ".":
			return false
		case "and":
			// "A, the director of X and B, …": B is A's partner, not
			// the end of A's title
			if n := d.mentionAt(k + 1); k > from && n != nil && n.s == k+1 && n.ent != nil && n.ent.typ == schema.Person {
				return false
			}
		}
	}
	return false
}

// statedPost returns the body of a post p was stated to hold earlier
// whose title holds title ("Assistant Secretary Y" after "Assistant
// Secretary of State for the Bureau of X Y"), or nil: a title repeated on
// a later mention names the same post, not one to guess.
func (d *doc) statedPost(p *entity, title []int) *entity {
	t := fold(d.titleText(title))
	for _, r := range d.roles {
		if r.Person != p.name || d.guessed[fold(r.Person)+"|"+fold(r.Org)] || !strings.Contains(fold(r.Title), t) {
			continue
		}
		if e := d.orgNamed(r.Org); e != nil {
			return e
		}
	}
	return nil
}

// turnLabelOffice records the office of a person a transcript turn label
// names by title and surname ("SECRETARY BLINKEN:") when the gazetteer
// knows the holder of that office: the label states the post. The label
// is the tokens [s, e).
func (d *doc) turnLabelOffice(p *entity, gp *person, s, e int) {
	g := d.govNamed(gp.country)
	if g == nil || gp.title == "" {
		return
	}
	d.addTurnLabelRole(p, gp.title, g, s, e)
}

// bodyClosingLine returns the body named right after the person mention
// m when it closes m's line, as in a signature block ("Director Ana Ruiz
// The White House Office of X", the government's name before the office
// skipped), or nil.
func (d *doc) bodyClosingLine(m *mention) *entity {
	k := m.e
	if k < len(d.toks) && d.toks[k].key == "the" && !d.toks[k].brk {
		k++
	}
	om := d.mentionAt(k)
	if om != nil && om.s >= m.e && om.ent != nil && om.ent.typ == schema.Government && om.e < len(d.toks) && !d.toks[om.e].brk {
		om = d.mentionAt(om.e) // "The White House Office of X": the office
	}
	if om == nil || om.s < m.e || om.ent == nil || om.ent.typ != schema.Agency && om.ent.typ != schema.Organization ||
		d.toks[m.e].brk || om.e < len(d.toks) && !d.toks[om.e].brk {
		return nil
	}
	return om.ent
}

// listItemBody returns the body that closes the item of a semicolon list
// in which a title phrase ends at token j ("X, Undersecretary of Rights,
// Population and Migration, SEGOB; Y, …"): a known agency or
// organisation between the item's last comma and its semicolon (or the
// list's full stop), or nil.
func (d *doc) listItemBody(j int) *entity {
	if j >= len(d.toks) {
		return nil
	}
	sent := d.toks[j].sent
	semi := false
	for k := j - 1; k >= 0 && d.toks[k].sent == sent && !semi; k-- {
		semi = d.toks[k].key == ";"
	}
	for k := j; k < len(d.toks) && k <= j+12 && d.toks[k].sent == sent; k++ {
		key := d.toks[k].key
		if key == ";" || key == "." || d.inQuote[k] {
			return nil
		}
		if key != "," {
			continue
		}
		m := d.mentionAt(k + 1)
		if m == nil || m.s != k+1 || m.ent == nil {
			continue
		}
		if m.ent.typ == schema.Person {
			return nil
		}
		if (m.ent.typ == schema.Agency || m.ent.typ == schema.Organization) && m.e < len(d.toks) &&
			(d.toks[m.e].key == ";" || semi && (d.toks[m.e].key == "." || d.toks[m.e].sent != sent)) {
			return m.ent
		}
	}
	return nil
}

// coordTitleBody returns the body of a second title joined by "and" to a
// title phrase ending at token j ("Assistant to the President and NSC
// Coordinator for Y"): a known agency right before a title head, or nil.
func (d *doc) coordTitleBody(j int) *entity {
	if j >= len(d.toks) {
		return nil
	}
	sent := d.toks[j].sent
	for k := j; k < len(d.toks) && k <= j+6 && d.toks[k].sent == sent; k++ {
		switch d.toks[k].key {
		case ",", ";", ".", "(", ":":
			return nil
		case "and":
			m := d.mentionAt(k + 1)
			if m == nil || m.s != k+1 || m.ent == nil || m.ent.typ != schema.Agency || m.e >= len(d.toks) || !titleHeads[d.toks[m.e].key] || !d.toks[m.e].cap {
				return nil
			}
			return m.ent
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return nil
		}
	}
	return nil
}

// remitSeriesComma reports whether the comma at token k parts the items of
// a remit written in capitals ("for Ports, Customs, and
// Trade"): a capitalised word before it, and one after it or after
// "and".
func (d *doc) remitSeriesComma(k int) bool {
	if k < 1 || k+2 >= len(d.toks) || !d.capWord(k-1) {
		return false
	}
	return d.capWord(k+1) && !d.toks[k+1].brk || d.toks[k+1].key == "and" && d.capWord(k+2)
}
