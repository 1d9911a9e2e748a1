// A cabinet secretary named by the department he or she heads: "Secretary
// of the Navy X", "X, Secretary of the Treasury;".

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// cabinetPost reads the title "Secretary of [the] BODY" whose head word
// alone stands at token t and whose body, a ministry of a known
// government, is org: the head of a ministry holds a seat in the
// government, so the post is the government's and the title takes in the
// ministry's name ("Secretary of the Navy", of Mexico). end is the token
// that must follow the body (the name, or an honorific or rank before it;
// -1 for an apposition, which must end there). A modified title ("Under
// Secretary of the Army", "Deputy Secretary") or one with a remit after
// the body ("… of the Treasury for Terrorism …") is left as it is.
//
// A body written by its own name ("Secretary of the Department of X")
// is no portfolio: the text names the body there, and the post is read
// at it (cabinetSeat).
func (d *doc) cabinetPost(t int, org *entity, end int) (string, *entity, bool) {
	if org == nil || org.typ != schema.Agency || org.country == "" || org.parent != nil {
		return "", nil, false
	}
	start := t
	if d.deputySecretary(t) {
		t++ // "Deputy Secretary of the Treasury X": the second head of the ministry also sits for the government
	}
	if t < 0 || t+2 >= len(d.toks) || d.toks[t].key != "secretary" || !d.toks[t].cap || d.toks[t+1].key != "of" {
		return "", nil, false
	}
	if b := start - 1; b >= 0 && d.toks[b].sent == d.toks[t].sent && (start == t || d.toks[b].key != "acting") &&
		(d.isTitleTok(b) || d.toks[b].cap && d.at[b] == 0 && d.toks[b].kind == tWord) {
		return "", nil, false // "Under Secretary", "Assistant Deputy Secretary"
	}
	j := t + 2
	if d.toks[j].key == "the" {
		j++
	}
	om := d.mentionAt(j)
	if om == nil || om.s != j || om.ent != org || d.ownNameOfBody(om) {
		return "", nil, false
	}
	k := om.e
	if end < 0 {
		if k < len(d.toks) {
			switch d.toks[k].key {
			case ",", ";", ".", ":", ")", "and":
			default:
				return "", nil, false
			}
		}
	} else {
		for ; k < end; k++ {
			key := d.toks[k].key
			if !isHonorific(key) && !militaryRanks[key] && key != "." {
				return "", nil, false
			}
		}
		if k != end {
			return "", nil, false
		}
	}
	g := d.govNamed(org.country)
	if g == nil {
		return "", nil, false
	}
	if !om.inTitle {
		// the ministry's name is the title's portfolio: it names the
		// body only where the text names it elsewhere
		om.inTitle = true
		om.ent.mentions--
	}
	return d.surface(start, om.e), g, true
}

// cabinetPortfolio is the government of org when title is "Secretary of
// PORTFOLIO" (no modifier before it) and org, a ministry of a known
// government, is named after that portfolio ("Secretary of Homeland
// Security" and the Department of Homeland Security): the head of a
// ministry holds a seat in the government. Otherwise nil.
func (d *doc) cabinetPortfolio(title []int, org *entity) *entity {
	if org == nil || org.typ != schema.Agency || org.country == "" || org.parent != nil || len(title) < 3 {
		return nil
	}
	t := title[0]
	if d.toks[t].key != "secretary" || !d.toks[t].cap || d.toks[title[1]].key != "of" {
		return nil
	}
	if t > 0 && d.toks[t-1].sent == d.toks[t].sent && (d.isTitleTok(t-1) || d.toks[t-1].cap && d.at[t-1] == 0 && d.toks[t-1].kind == tWord) {
		return nil // "Under Secretary of …", "Deputy Secretary of …"
	}
	port := fold(d.surface(title[2], title[len(title)-1]+1))
	if name := fold(org.name); port == "" || !strings.HasSuffix(name, " "+port) {
		return nil
	}
	return d.govNamed(org.country)
}

// cabinetSeat is the body of a post titled title at org: the head of a US
// executive department ("Secretary of Homeland Security", "Acting
// Secretary of Defense", "the Acting Secretary of the Department of
// Defense") holds a seat in the government, so the post is the United
// States'; any other post stays at org.
func (d *doc) cabinetSeat(title string, org *entity) *entity {
	if org == nil || org.typ != schema.Agency || org.country != "United States" || org.parent != nil ||
		!strings.HasPrefix(fold(org.name), "department of ") {
		return org
	}
	if t := strings.TrimPrefix(fold(title), "acting "); t != "secretary" && !strings.HasPrefix(t, "secretary of ") {
		return org
	}
	if us := d.govNamed("United States"); us != nil {
		return us
	}
	return &entity{name: "United States", typ: schema.Government}
}

// deputySecretary reports whether token t is "Deputy" opening the title
// "Deputy Secretary of …" (written in capitals).
func (d *doc) deputySecretary(t int) bool {
	return t >= 0 && t+1 < len(d.toks) && d.toks[t].key == "deputy" && d.toks[t].cap && d.toks[t+1].key == "secretary" && d.toks[t+1].cap
}
