package extract

import "strings"

// A legal act's object is often an unnamed plural noun phrase whose
// members a list in the same sentence names: "is sanctioning 21
// individuals and 25 entities tied to X, including A and B", "designated
// seven former Ruritanian officials: A; B; and C", "announced sanctions
// against the following traffickers: A; B", "designated eight cartels as
// terrorist organizations, including A and B". The act reaches each
// listed member. The phrase is read over its modifiers (determiners,
// numbers, lower-case adjectives, a state's demonym) to a plural head
// noun of a group or of people (listedPatientNouns, data/lexicon/words.tsv;
// or a criminal group noun), and the list is the one that "including",
// "such as" or a colon opens after it.

// listedPatientNouns are the plural heads of a legal act's unnamed object
// whose members a following list names ("21 individuals …, including
// X"): people, bodies and businesses (a list of data/lexicon/words.tsv).
var listedPatientNouns = lexWords.set("listedPatientNouns")

// includedMembers are the actors listed by "including", "such as" or a
// colon after a plural group or people noun that is the object phrase
// starting at end, or nil.
func (d *doc) includedMembers(end, sent int, pred string) []*entity {
	group := func(key string) bool {
		return crimeGroupNouns[key] || key == "organizations" || key == "organisations" ||
			custodyActs[pred] && listedPatientNouns[key]
	}
	k := end
	for k < len(d.toks) && k < end+5 && d.toks[k].sent == sent && !group(d.toks[k].key) && d.patientModifier(k, pred) {
		k++
	}
	if k >= len(d.toks) || d.toks[k].sent != sent || !group(d.toks[k].key) || !strings.HasSuffix(d.toks[k].key, "s") {
		return nil
	}
	var out []*entity
	for j := k + 1; j+1 < len(d.toks) && d.toks[j].sent == sent && j < k+30; j++ {
		key := d.toks[j].key
		colon := key == ":" && custodyActs[pred]
		if key == "including" || key == "such" && d.toks[j+1].key == "as" || colon {
			if key == "such" {
				j++
			}
			out = append(out, d.listedActors(j+1, sent, pred)...)
			if colon {
				break // the colon's list runs to the sentence's end
			}
		}
	}
	return out
}

// patientModifier reports whether token k may stand between a legal
// act and the plural head of its unnamed object: a determiner, a lower-case
// word or a number, or (for a legal act) a state's demonym ("seven
// former Ruritanian officials").
func (d *doc) patientModifier(k int, pred string) bool {
	t := d.toks[k]
	if determiners[t.key] || t.kind == tWord && !t.cap {
		return true
	}
	if !custodyActs[pred] {
		return false
	}
	return d.demonymAt(k)
}

// listedActors are the actors of the list starting at token i: items
// separated by commas or semicolons, each an actor with its apposition
// ("A, known as “X,” a reward of …; B, former judge …; and C"), or an
// actor after its tie to someone ("his spouse, A; his daughter, B"). The
// first actor of each item is taken; the list ends with the sentence.
func (d *doc) listedActors(i, sent int, pred string) []*entity {
	if !custodyActs[pred] {
		return d.actorsRight(i, sent, pred, sideObj)
	}
	var out []*entity
	seen := map[*entity]bool{}
	item := func(j int) {
		for _, e := range d.actorsRight(d.describedItem(j, sent), sent, pred, sideObj) {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	item(i)
	for k := i; k+1 < len(d.toks) && d.toks[k].sent == sent; k++ {
		if d.toks[k].key == ";" {
			j := k + 1
			if d.toks[j].key == "and" {
				j++
			}
			item(j)
		}
	}
	return out
}

// describedItem is where the actor of a list item starting at j is
// named: after a lower-case description and its comma ("his spouse, A",
// "X's daughter, B"), or j itself.
func (d *doc) describedItem(j, sent int) int {
	for k := j; k < len(d.toks) && k < j+5 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if t.key == "," {
			if k > j && relativeOfNouns[d.toks[k-1].key] {
				return k + 1
			}
			return j
		}
		if !(t.kind == tWord && !t.cap || t.key == "'s" || d.mentionAt(k) != nil && k+1 < len(d.toks) && d.toks[k+1].key == "'s") {
			return j
		}
	}
	return j
}
