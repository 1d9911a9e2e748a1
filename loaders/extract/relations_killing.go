// Killings of named people: the verbs kill, murder and execute state an
// attack only on someone named ("the gang murdered X", "members of the
// gang killed X and Y", "X and Y were executed by members of the army"),
// not on people only described ("killed two officers"), and not as the
// act of a charge ("is charged with murdering X").

package extract

import "strings"

// propVictimNamed names the property in relations.tsv ("kill
// [victim-named]").
const propVictimNamed = "victim-named"

// chargeGerundPreps before a gerund make it the act of a charge or an
// allegation ("charged with murdering X", "accused of killing Y", "wanted
// for executing Z"), no act the text states; after "of" a conviction
// states it ("convicted of murdering X", "guilty of killing Y").
var chargeGerundPreps = set("with", "of", "for")

// convictionWords before "of" make the gerund after it an act proved.
var convictionWords = set("convicted", "guilty")

// agentLeadWords may stand between "by" and the named agent of a killing
// ("by members and associates of the X gang").
var agentLeadWords = set("the", "a", "members", "member", "associates", "associate", "and", "of", "gunmen", "hitmen")

// victimNamed reports whether the killing verb at v, whose words end at
// end, in verb group g, falls on someone named: in the passive, an agent
// after "by" in the clause (its patients are read before the verb, as
// every passive's are) when the words after "by" lead to a name; else an
// actor named right after the verb. A gerund after "with", "of" or "for"
// states no act but after "convicted of" or "guilty of".
func (d *doc) victimNamed(v, end int, c relCue, g verbGroup) bool {
	if strings.HasSuffix(d.toks[v].key, "ing") && v > 0 && chargeGerundPreps[d.toks[v-1].key] &&
		!(d.toks[v-1].key == "of" && v > 1 && convictionWords[d.toks[v-2].key]) {
		return false
	}
	sent := d.toks[v].sent
	if c.past && g.passive {
		if r := g.start - 1; r > 0 && relativeWords[d.toks[r].key] && d.mentionAt(r-1) == nil {
			return false // "personnel who were kidnapped by X": people only described
		}
		by := d.agentByWithin(end, sent, 6)
		if by < 0 {
			return false
		}
		k := by + 1
		for k < len(d.toks) && d.toks[k].sent == sent && agentLeadWords[d.toks[k].key] {
			k++
		}
		return d.namedAt(k, sent) // "by members of the X gang"; not "by members of the Armed Forces of Y" unnamed
	}
	return d.namedAt(end, sent)
}

// agentByWithin returns the index of "by" within n words after end in
// sentence sent, before any clause break, or -1.
func (d *doc) agentByWithin(end, sent, n int) int {
	for k := end; k < len(d.toks) && k <= end+n && d.toks[k].sent == sent; k++ {
		switch d.toks[k].key {
		case "by":
			return k
		case ",", ";", "and", "but", "after", "before", "when", "while", "because":
			return -1
		}
	}
	return -1
}
