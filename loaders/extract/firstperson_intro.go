package extract

import "github.com/newsgraph/newsgraph/schema"

// A page of remarks may name its speaker in a line under the headline
// rather than in it: "Minister X gave the following remarks to officials
// in Y". The remarks that follow are X's own words.

// remarksVerbs deliver the remarks such a line announces.
var remarksVerbs = set("delivered", "made", "gave")

// remarksIntroSpeaker is the person a paragraph among the first three
// under the headline names as the one who "delivered the following
// remarks", or nil.
func (d *doc) remarksIntroSpeaker() *entity {
	for k := 0; k+3 < len(d.toks) && d.toks[k].para <= 3; k++ {
		if !remarksVerbs[d.toks[k].key] || d.toks[k].para == 0 || d.toks[k+1].key != "the" || d.toks[k+2].key != "following" || d.toks[k+3].key != "remarks" {
			continue
		}
		for j := d.paraStart(k); j < k; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil {
				if m.ent.typ == schema.Person {
					return m.ent
				}
				j = m.e - 1
			}
		}
		return nil
	}
	return nil
}

// possessedHeadingSpeaker is the person a headline names as the owner of
// the remarks or statement it heads, "Minister X's Closing Remarks at
// the Y Forum", "Ambassador X's Statement on Y"; nil otherwise.
func (d *doc) possessedHeadingSpeaker() *entity {
	for k := 1; k+1 < len(d.toks) && d.toks[k].para == 0; k++ {
		if d.toks[k].key != "'s" {
			continue
		}
		j := k + 1
		for j < len(d.toks) && j < k+3 && d.toks[j].para == 0 && d.toks[j].cap && !headingNouns[d.toks[j].key] {
			j++ // "Opening", "Prepared", read as a name or not
		}
		if j >= len(d.toks) || d.toks[j].para != 0 || !headingNouns[d.toks[j].key] {
			continue
		}
		if m := d.mentionAt(k - 1); m != nil && m.ent != nil && m.ent.typ == schema.Person && m.e == k {
			return m.ent
		}
		return nil
	}
	return nil
}

// deliverVerbs are the headline verbs of a page of one person's words:
// "Attorney General X Delivers Remarks at the Y Dialogue".
var deliverVerbs = set("delivers", "gives", "makes", "delivered", "gave")

// deliveredHeadingSpeaker is the person a headline names as the subject of
// "delivers remarks" (or a speech, a statement, testimony), over up to two
// words before the noun ("Delivers Opening Remarks"); nil otherwise.
func (d *doc) deliveredHeadingSpeaker() *entity {
	for k := 1; k+1 < len(d.toks) && d.toks[k].para == 0; k++ {
		if m := d.mentionAt(k); !deliverVerbs[d.toks[k].key] || m != nil && m.ent != nil {
			continue
		}
		j := k + 1
		for j < len(d.toks) && j < k+3 && d.toks[j].para == 0 && d.toks[j].kind == tWord && !headingNouns[d.toks[j].key] {
			j++ // "Opening", "Keynote"
		}
		if j >= len(d.toks) || d.toks[j].para != 0 || !headingNouns[d.toks[j].key] {
			return nil
		}
		if m := d.mentionAt(k - 1); m != nil && m.ent != nil && m.ent.typ == schema.Person && m.e == k {
			return m.ent
		}
		return nil
	}
	return nil
}
