// Acts of a state whose actor the sentence does not name.

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// federalBodies are the nouns after "federal" or "U.S." that name the
// United States' prosecutors and courts acting unnamed: "federal
// prosecutors charged X", "a federal grand jury indicted X" (a list of
// data/lexicon/words.tsv).
var federalBodies = lexWords.set("federalBodies")

// unnamedStateActor is the actor of a verb cue at [v, end) whose subject
// (before token start) names no actor: the United States for a
// designation under its law ("I … designated X and Y as Foreign Terrorist
// Organizations", "the Secretary of State designated X as a Foreign
// Terrorist Organization") and for a charge or conviction by its federal
// prosecutors or courts ("federal prosecutors charged X"); else nil.
func (d *doc) unnamedStateActor(start, end, sent int, pred string) []*entity {
	us := d.govNamed("United States")
	if us == nil {
		return nil
	}
	switch pred {
	case "designated":
		for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+14; k++ {
			if actorStop[d.toks[k].key] {
				return nil
			}
			if d.toks[k].key == "as" {
				if e, _ := d.usDesignation(k, sent); e != nil {
					if dept := d.secretaryDepartment(start, sent); dept != nil {
						e = dept // "the Secretary of State designated X as …"
					}
					return []*entity{e}
				}
				return nil
			}
		}
	case "charged", "convicted":
		for k := start - 2; k >= 0 && k >= start-4 && d.toks[k].sent == sent; k-- {
			if key := d.toks[k].key; (key == "federal" || key == "u.s.") && federalBodies[d.toks[k+1].key] {
				return []*entity{us}
			}
		}
	}
	return nil
}

// placeHolder is the government that holds the people of a passive arrest
// with no "by" phrase, named as its place right after the verb at end:
// "X and Y, who are being detained in Russia" (Russia arrested them);
// else nil. It notes the holder for dropOtherHolders.
func (d *doc) placeHolder(end, sent int) []*entity {
	for k := end; k+1 < len(d.toks) && d.toks[k].sent == sent && k < end+3; k++ {
		if d.toks[k].key != "in" {
			continue
		}
		if m := d.mentionAt(k + 1); m != nil && m.s == k+1 && m.ent != nil && m.ent.typ == schema.Government {
			d.holders = append(d.holders, holder{sent, m.ent.name})
			return []*entity{m.ent}
		}
		return nil
	}
	return nil
}

// holder is a government a sentence says holds people (placeHolder).
type holder struct {
	sent int
	gov  string
}

// dropOtherHolders removes another government's arrest of a person whom
// the same sentence says a named government holds ("wrongfully detained
// Americans, including X, who are being detained in Russia": not the
// speaker's government).
func (d *doc) dropOtherHolders() {
	held := map[string]string{} // object|sentence: holder
	for _, h := range d.holders {
		for _, r := range d.rels {
			if r.Predicate == "arrested" && r.Subject == h.gov {
				held[r.Object+"|"+r.Sentence] = h.gov
			}
		}
	}
	d.rels = slices.DeleteFunc(d.rels, func(r schema.Relation) bool {
		g, ok := held[r.Object+"|"+r.Sentence]
		return ok && r.Predicate == "arrested" && r.Subject != g
	})
}

// proclaimingGov is the government whose head issues the text, as a
// proclamation's or an order's head line states it ("BY THE PRESIDENT OF
// THE UNITED STATES OF AMERICA", "By the President of Peru"), or nil.
func (d *doc) proclaimingGov() *entity {
	for i := 0; i+4 < len(d.toks) && d.toks[i].para <= 4; i++ {
		if i > 0 && d.toks[i-1].para == d.toks[i].para {
			continue // a paragraph's first word only
		}
		if d.toks[i].key != "by" || d.toks[i+1].key != "the" || !proclaimers[d.toks[i+2].key] || d.toks[i+3].key != "of" {
			continue
		}
		if m := d.mentionAt(i + 4); m != nil && m.ent != nil && m.ent.typ == schema.Government {
			return m.ent
		}
		if m := d.mentionAt(i + 5); m != nil && d.toks[i+4].key == "the" && m.ent != nil && m.ent.typ == schema.Government {
			return m.ent
		}
	}
	return nil
}

// proclaimers are the offices that issue proclamations.
var proclaimers = set("president", "governor")

// purposeNouns govern a gerund that names an aim, not an act done: "the
// importance of supporting X", "its objectives of harming A and
// supporting B" (a list of data/lexicon/words.tsv).
var purposeNouns = lexWords.set("purposeNouns")

// purposeGerund reports whether the -ing cue at v is, or is coordinated
// with, the gerund after "of" of a purpose noun.
func (d *doc) purposeGerund(v, sent int) bool {
	if !strings.HasSuffix(d.toks[v].key, "ing") {
		return false
	}
	for k := v - 1; k >= 1 && k > v-30 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if actorStop[key] || key == "who" || key == "which" || key == "that" {
			return false
		}
		if key == "of" && (k+1 == v || strings.HasSuffix(d.toks[k+1].key, "ing")) {
			return purposeNouns[d.toks[k-1].key]
		}
	}
	return false
}
