// The state a text with no dateline is about, as its headline names it:
// a report's section titled by its country ("Paraguay 2021 Human Rights
// Report: b. Arbitrary Detention"). Its courts, police and prosecutors
// act unnamed ("X was convicted", "Police arrested Y"): that state acts.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// reportState is the one government the headline (the text's first
// paragraph) opens with, by its name, when the text has no dateline, foreign or
// domestic, its headline names no other government and the text names
// no other state as often as it (states and their adjectives counted);
// else nil. It is read once per text.
func (d *doc) reportState() *entity {
	if d.reportRead {
		return d.reportGov
	}
	d.reportRead = true
	if d.dateline != "" || d.datelineUS || len(d.toks) == 0 {
		return nil
	}
	if m := d.mentionAt(0); m == nil || m.s != 0 || m.ent == nil || m.ent.typ != schema.Government || d.toks[m.e-1].key != lastNameKey(m.ent.name) {
		return nil // the headline opens with the state's own name: "Paraguay 2021 …", not "Trump Administration …"
	}
	var st *entity
	for _, m := range d.ments {
		if d.toks[m.s].para != d.toks[0].para {
			break
		}
		if m.class == mDemonym {
			return nil // "Mexican National Sentenced …": a person's state, not the text's
		}
		if m.ent == nil || m.ent.typ != schema.Government {
			continue
		}
		if st != nil && st != m.ent {
			return nil
		}
		st = m.ent
	}
	if st == nil {
		return nil
	}
	if d.yearTitled(st) {
		d.reportGov = st // "Dominican Republic 2017 Human Rights Report: …": a report on the state, whatever else it names
		return st
	}
	count := map[string]int{}
	for _, c := range d.countries {
		count[c.country]++
	}
	for c, n := range count {
		if c != st.name && n > count[st.name] {
			return nil // "… Sentenced for Smuggling into the United States" told by the United States
		}
	}
	d.reportGov = st
	return st
}

// yearTitled reports whether the headline names st first and a year right
// after it, as a yearly report on a state is titled ("Paraguay 2021 Human
// Rights Report").
func (d *doc) yearTitled(st *entity) bool {
	m := d.mentionAt(0)
	if m == nil || m.ent != st || m.e >= len(d.toks) || d.toks[m.e].sent != d.toks[0].sent {
		return false
	}
	return reportYear(d.toks[m.e].key)
}

// reportYear reports whether key is a year a report is titled with: four
// digits of the 1900s or 2000s ("2021").
func reportYear(key string) bool {
	return len(key) == 4 && (strings.HasPrefix(key, "19") || strings.HasPrefix(key, "20")) && allDigits(key)
}

// lastNameKey is the folded last word of a name ("United States":
// "states").
func lastNameKey(name string) string {
	f := strings.Fields(fold(name))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// stateBodyNouns name a state's police, prosecutors or courts by kind
// alone (a list of data/lexicon/words.tsv).
var stateBodyNouns = lexWords.set("stateBodyNouns")

// stateBodyActs are the acts a state's unnamed police, prosecutors and
// courts do; a killing by its police ("police killed X") is the state's
// attack.
var stateBodyActs = set("arrested", "charged", "convicted", "attacked")

// reportBodySubject is the state of a text about one state (reportState)
// when the subject right before the verb group at start is one of its
// bodies by kind alone, at most an article and lower-case words before
// it (and a month's name), after the sentence's start or a comma ("Police
// arrested X", "On May 3, authorities detained Y", "a local court
// convicted Z", "In March courts sentenced W"); else nil.
func (d *doc) reportBodySubject(start, sent int, pred string) *entity {
	k := start - 1
	if !stateBodyActs[pred] || k < 0 || d.toks[k].sent != sent || !(stateBodyNouns[d.toks[k].key] || d.stateForcesAt(k, sent)) || d.mentionAt(k) != nil {
		return nil
	}
	for j := k - 1; j >= k-4; j-- {
		if j < 0 || d.toks[j].sent != sent || d.toks[j].key == "," {
			return d.reportState()
		}
		t := d.toks[j]
		if _, month := monthNames[t.key]; month {
			continue // "In March courts sentenced X"
		}
		first := j == 0 || d.toks[j-1].sent != sent
		if t.kind != tWord || d.mentionAt(j) != nil || t.cap && !first {
			return nil // "Federal Police", "the gang's court": a named or owned body
		}
	}
	return nil
}

// stateForceMods make "forces" a state's own by kind alone: "security
// forces" (not "opposition forces").
var stateForceMods = set("security")

// stateForcesAt reports whether token k is "forces" right after one of
// stateForceMods in sentence sent ("security forces arrested X").
func (d *doc) stateForcesAt(k, sent int) bool {
	return k > 0 && d.toks[k].key == "forces" && d.toks[k-1].sent == sent && stateForceMods[d.toks[k-1].key]
}
