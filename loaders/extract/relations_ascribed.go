// A tie to a criminal group that a verb of identifying ascribes: "a
// warrant identifying him as a member of the “X” gang".

package extract

import "github.com/newsgraph/newsgraph/schema"

// ascribeVerbs give their object a description with "as": "a warrant
// identifying him as a member of X", "police named Ana Ruiz as a leader of
// X".
var ascribeVerbs = set("identify", "identifies", "identified", "identifying", "describe", "describes", "described",
	"describing", "name", "names", "named", "naming", "list", "lists", "listed", "listing", "label", "labels",
	"labeled", "labelled", "labeling", "labelling", "classify", "classifies", "classified", "classifying")

// ascribedGroupTies reads the tie to a criminal group that a verb of
// identifying ascribes to its object, a person or an object pronoun:
// "a warrant identifying him as a member of the “X” criminal gang"
// (memberOf), "police identified Ana Ruiz as a leader of the X cartel"
// (leads). Only a criminal group is read: "recognized X as the leader of
// the country" is a claim about a state; and the description is no post
// the person was given, so no role is read.
func (d *doc) ascribedGroupTies(add func(*entity, string, *entity, int)) {
	for v := 0; v+6 < len(d.toks); v++ {
		if !ascribeVerbs[d.toks[v].key] || d.inQuote[v] || d.mentionAt(v) != nil {
			continue
		}
		sent := d.toks[v].sent
		var p *entity
		k := v + 1
		if g, ok := objectPronouns[d.toks[k].key]; ok {
			if !d.unnamedPersonBefore(k) {
				p = d.resolvePronoun(k, g)
			}
			k++
		} else if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
			p, k = m.ent, m.e
		}
		if p == nil || p.typ != schema.Person || k+4 >= len(d.toks) || d.toks[k].key != "as" {
			continue
		}
		k++
		if key := d.toks[k].key; key != "a" && key != "an" && key != "the" {
			continue
		}
		k++
		for n := 0; n < 3 && k < len(d.toks) && groupTitles[d.toks[k].key] == "" && d.plainAdjective(k); n++ {
			k++ // "a high-ranking member", "a known leader"
		}
		title := groupTitles[d.toks[k].key]
		if title == "" || title != d.toks[k].key || k+2 >= len(d.toks) || d.toks[k+1].key != "of" {
			continue // one person, one title: "as a member of"
		}
		o := k + 2
		if d.toks[o].key == "the" {
			o++
		}
		o = d.adjectivesBeforeGroup(d.pastQuoteBeforeGroup(o))
		if m := d.mentionAt(o); m != nil && m.s == o && m.ent != nil && m.ent.typ == schema.Cartel && d.toks[o].sent == sent {
			pred := "leads"
			if title == "member" {
				pred = "memberOf"
			}
			add(p, pred, m.ent, k)
		}
	}
}
