// A counted subject that refers back to the people just listed: "…: A; B;
// and C. All three have been charged with …", "Both were extradited".

package extract

import "github.com/newsgraph/newsgraph/schema"

// countWords are the counts a subject referring back to people may give.
var countWords = map[string]int{"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}

// countedPeopleNouns may follow the count: "both men", "all three
// defendants".
var countedPeopleNouns = set("men", "women", "defendants", "suspects", "fugitives", "brothers", "individuals", "people")

// countedPeople resolves the subject of an act done to people (a passive,
// or "are serving sentences") that opens its sentence and ends right
// before token start with a count and no name ("All three", "Both", "The
// two men", "All four defendants") to the last that many people named in
// the sentence before, or to the family that sentence names with as many
// people ("The X brothers led the cartel. Both are serving …"); nil when
// the subject is something else or that sentence names fewer.
func (d *doc) countedPeople(start, sent int) []*entity {
	k := start - 1
	if _, ok := countWords[d.toks[start].key]; ok {
		k = start // "Both were charged": the verb group opens with the count
	}
	if k >= 0 && d.toks[k].sent == sent && countedPeopleNouns[d.toks[k].key] {
		k--
	}
	if k < 0 || d.toks[k].sent != sent {
		return nil
	}
	n, ok := countWords[d.toks[k].key]
	if !ok {
		return nil
	}
	if k > 0 && d.toks[k-1].sent == sent && (d.toks[k-1].key == "all" || d.toks[k-1].key == "the") {
		k--
	}
	if k > 0 && d.toks[k-1].sent == sent {
		return nil // not the sentence's opening: "the two countries"
	}
	var out []*entity
	for j := k - 1; j >= 0 && d.toks[j].sent == sent-1; j-- {
		m := d.mentionAt(j)
		if people, _ := d.familyPlural(j); m == nil && len(people) == n {
			return people // "The X brothers led the cartel. Both are serving …"
		}
		if m == nil {
			continue
		}
		j = m.s
		if m.ent == nil || m.ent.typ != schema.Person || containsEnt(out, m.ent) {
			continue
		}
		out = append(out, m.ent)
		if len(out) == n {
			return out
		}
	}
	return nil
}
