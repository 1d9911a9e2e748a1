// Charges stated as a wanted status or an arrest warrant: "X is wanted in
// Y for murder", "X was wanted by Salvadoran authorities on several
// charges", "X had an outstanding arrest warrant in Y", "X was the subject
// of a foreign arrest warrant issued by Salvadoran authorities".

package extract

import "github.com/newsgraph/newsgraph/schema"

// warrantMods may stand between the article and "arrest warrant": "an
// outstanding criminal arrest warrant", "a foreign arrest warrant".
var warrantMods = set("outstanding", "active", "criminal", "foreign", "international", "pending", "open")

// wantedCharges reads a person wanted by a state, or holding its arrest
// warrant, as charged by that state: the government named after "in"
// ("wanted for murder in Guatemala") or the one whose authorities are the
// agent ("by Salvadoran authorities"). The person is the subject of the
// passive "wanted" or of "had … arrest warrant", "was the subject of …
// arrest warrant": a name (or a pronoun for one) before it, not an unnamed
// description ("a man wanted in Y") or a relative clause's antecedent.
// A negated, modal or hypothetical statement states none.
func (d *doc) wantedCharges(add func(*entity, string, *entity, int)) {
	for v := 1; v+1 < len(d.toks); v++ {
		if d.inQuote[v] {
			continue
		}
		sent := d.toks[v].sent
		start := -1 // the verb group whose subject is the person
		switch d.toks[v].key {
		case "wanted":
			if g := d.verbGroup(v); g.passive && !d.unstated(v, g) {
				start = g.start
			}
		case "warrant", "warrants":
			start = d.warrantHolderVerb(v)
		}
		if start < 1 {
			continue
		}
		gov := d.wantingGov(v+1, sent)
		if gov == nil && d.toks[v].key == "wanted" {
			gov = d.wantingGov(d.pastCrime(v+1, sent), sent) // "wanted for murder in Guatemala"
		}
		if gov == nil {
			continue
		}
		for _, p := range d.wantedPersons(start, sent) {
			add(gov, "charged", p, v)
		}
	}
}

// warrantHolderVerb is the start of the verb group before "… arrest
// warrant" at token v whose subject holds it: "had an (outstanding)
// arrest warrant", "was the subject of a (foreign) arrest warrant"; -1
// when the words say neither.
func (d *doc) warrantHolderVerb(v int) int {
	k := v - 1
	if k < 2 || d.toks[k].key != "arrest" {
		return -1
	}
	k--
	for k > 0 && warrantMods[d.toks[k].key] {
		k--
	}
	if k < 1 || d.toks[k].key != "a" && d.toks[k].key != "an" {
		return -1
	}
	k--
	switch {
	case d.toks[k].key == "had" || d.toks[k].key == "has" || d.toks[k].key == "have":
	case k >= 2 && d.toks[k].key == "of" && d.toks[k-1].key == "subject" && d.toks[k-2].key == "the" && k >= 3 && beForms[d.toks[k-3].key]:
		k -= 3
	default:
		return -1
	}
	g := d.verbGroup(k)
	if d.unstated(k, g) {
		return -1
	}
	return g.start
}

// wantingGov is the government of the wanted status or warrant whose
// words follow right from token k: "in Guatemala for murder", "by
// Salvadoran authorities", "issued by the Salvadoran police"; nil when
// they name none there ("wanted for homicide in Mexico" may say where the
// crime was, not who wants the person).
func (d *doc) wantingGov(k, sent int) *entity {
	if k < len(d.toks) && d.toks[k].key == "issued" {
		k++
	}
	if k+1 >= len(d.toks) || d.toks[k].sent != sent || d.toks[k].key != "in" && d.toks[k].key != "by" {
		return nil
	}
	j := k + 1
	if d.toks[j].key == "the" {
		j++
	}
	m := d.mentionAt(j)
	if m == nil || m.s != j {
		return nil
	}
	if d.toks[k].key == "in" {
		if m.ent != nil && m.ent.typ == schema.Government {
			return m.ent
		}
		return nil
	}
	return d.govOf(m) // "by Salvadoran authorities", "by Guatemala"
}

// wantedPersons are the people who are the subject of the verb group at
// start: a pronoun right before it resolved, or the names before it that
// no relative pronoun separates from it.
func (d *doc) wantedPersons(start, sent int) []*entity {
	if g, ok := pronounGender[d.toks[start-1].key]; ok && (g == 'm' || g == 'f') {
		if e := d.resolvePronoun(start-1, g); e != nil && e.typ == schema.Person {
			return []*entity{e}
		}
		return nil
	}
	for k := start - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); m != nil {
			break
		}
		if key := d.toks[k].key; key == "who" || key == "which" || key == "that" {
			return nil // "a gang member who is wanted in Y": the description's
		}
	}
	return personsOnly(d.actorsLeft(start, sent, "charged", sideObj))
}

// notCrimes are what a person may be wanted "for" that is no charge.
var notCrimes = set("questioning", "interview", "interviews", "information", "help")

// pastCrime is the token after the crime a wanted status is "for" when
// only lower-case words name it ("for murder", "for aggravated
// homicide"), or k when no such phrase starts at k: copy names the state
// that wants a fugitive after the crime ("wanted for murder in Guatemala").
func (d *doc) pastCrime(k, sent int) int {
	if k+1 >= len(d.toks) || d.toks[k].key != "for" || notCrimes[d.toks[k+1].key] {
		return k
	}
	j := k + 1
	for j < len(d.toks) && j <= k+4 && d.toks[j].sent == sent && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentionAt(j) == nil && d.toks[j].key != "in" && d.toks[j].key != "by" {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}
