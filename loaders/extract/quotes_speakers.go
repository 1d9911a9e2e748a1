// Speakers introduced by titles, appositions, a paragraph before the quote
// or a headline credit, and anonymous speakers.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// titledPersonAt reads a person introduced by titles and the bodies they
// belong to, starting at token i: "Prime Minister Andrew Holness", "the
// agency's executive president, Carlos Ramírez". It returns the person and
// the end of the name.
func (d *doc) titledPersonAt(i int) (*entity, int) {
	j := i
	titled := false
	for j < len(d.toks) && j < i+12 && d.toks[j].sent == d.toks[i].sent {
		if m := d.mentionAt(j); m != nil && m.s == j {
			if m.ent != nil && m.ent.typ == schema.Person {
				if titled {
					return m.ent, m.e
				}
				return nil, i
			}
			if m.class == mDemonym || m.ent != nil && m.ent.typ != schema.Agreement || m.class == mIgnore && j > i {
				j = m.e // "HSI Miami Special Agent in Charge X": a place inside the title
				continue
			}
			return nil, i
		}
		k := d.toks[j].key
		switch {
		case k == "'s" || k == "the" && j == i:
			j++
		case instNouns[k] && j+1 < len(d.toks) && d.toks[j+1].key == "'s": // "the agency's"
			j++
		case d.isTitleTok(j):
			titled = titled || titleHeads[k]
			j++
		case k == "," && titled && j+1 < len(d.toks):
			j++
		case (k == "to" || k == "for") && titled && j+1 < len(d.toks) && d.toks[j+1].cap:
			j++ // "U.S. Ambassador to Peru X", "Under Secretary for Trade X"
		default:
			return nil, i
		}
	}
	return nil, i
}

// anonymousAfter reports whether an attribution to someone unnamed starts
// at token i: "…,” the officer said", "…,” said a police source".
func (d *doc) anonymousAfter(i int) bool {
	if i < len(d.toks) && d.toks[i].key == "," {
		i++
	}
	if i < len(d.toks) && reportVerbsAfter[d.toks[i].key] {
		i++
	}
	if i+1 >= len(d.toks) {
		return false
	}
	if k := d.toks[i].key; k != "the" && k != "a" && k != "an" && k != "one" {
		return false
	}
	for j := i + 1; j < len(d.toks) && j < i+4; j++ {
		if d.at[j] != 0 {
			return false
		}
		if roleNouns[d.toks[j].key] || personNouns[d.toks[j].key] {
			return true
		}
	}
	return false
}

// apposedSpeakerAt reads "a police commander, Luis Vera," at token i: a
// title phrase, then the person's name between commas. It returns the
// person and the token after the name.
func (d *doc) apposedSpeakerAt(i int) (*entity, int) {
	if i >= len(d.toks) {
		return nil, i
	}
	if k := d.toks[i].key; k != "a" && k != "an" && k != "the" {
		return nil, i
	}
	head := false
	k := i + 1
	for ; k < len(d.toks) && k < i+7; k++ {
		t := d.toks[k]
		if t.key == "," {
			break
		}
		if d.isTitleTok(k) {
			if titleHeads[t.key] {
				head = true
			}
			continue
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ != schema.Person {
			k = m.e - 1 // "a DEA agent"
			continue
		}
		if t.kind != tWord || t.cap {
			return nil, i
		}
	}
	if !head || k+1 >= len(d.toks) || d.toks[k].key != "," {
		return nil, i
	}
	m := d.mentionAt(k + 1)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.s != k+1 || m.e >= len(d.toks) || d.toks[m.e].key != "," {
		return nil, i
	}
	return m.ent, m.e
}

// introducedSpeaker is the person a paragraph ending just before token i
// sets up as the speaker of what follows: the subject of a reporting verb
// in one of its sentences (the last such verb), when the paragraph itself
// quotes no one. An addressee is no subject ("told X").
func (d *doc) introducedSpeaker(i int) *entity {
	s, ok := d.unquotedParaBefore(i)
	if !ok {
		return nil
	}
	for k := i - 1; k >= s; k-- {
		if !speechVerbs[d.toks[k].key] || d.inQuote[k] {
			continue
		}
		sp, _ := d.openingSubject(s, k, d.addressee, nil)
		return sp
	}
	return nil
}

// unquotedParaBefore returns the first token of the paragraph that ends
// just before token i, and whether that paragraph quotes no one: the
// paragraph that may set up the speaker of a quotation paragraph at i
// (introducedSpeaker, cataphorSpeaker).
func (d *doc) unquotedParaBefore(i int) (int, bool) {
	s := d.paraStart(i - 1)
	return s, !d.hasQuote(s, i)
}

// openingSubject is the subject of the sentence that holds token k, in
// the paragraph starting at s, read before k: the first person named
// there (neither attached to another name nor quoted, nor a mention
// that pass lets go by), or the person a "he" or "she" there stands
// for; m is the person's mention when named. It returns nil when the
// sentence opens with someone unnamed ("A spokesman said", "One official
// added") or when stop holds at a word before the subject. pass and stop
// may be nil. It is the one reading of a speaker set up by the paragraph
// before a quotation (introducedSpeaker, cataphorSpeaker).
func (d *doc) openingSubject(s, k int, pass func(*mention) bool, stop func(int) bool) (*entity, *mention) {
	st, unnamed := d.sentenceOpening(s, k)
	if unnamed {
		return nil, nil
	}
	for j := st; j < k; j++ {
		if stop != nil && stop(j) {
			return nil, nil
		}
		if m := d.mentionAt(j); m != nil && m.ent != nil {
			if m.ent.typ == schema.Person && !m.attached && !m.quoted && (pass == nil || !pass(m)) {
				return m.ent, m
			}
			j = m.e - 1
			continue
		}
		if g, ok := pronounGender[d.toks[j].key]; ok && (g == 'm' || g == 'f') {
			return d.resolvePronoun(j, g), nil
		}
	}
	return nil, nil
}

// headlineSpeaker reads the credit after a headline's quotation at token
// i: a named person, or a title whose holder the article names.
func (d *doc) headlineSpeaker(i int) *entity {
	if i >= len(d.toks) || d.toks[i].para != 0 {
		return nil
	}
	if k := d.toks[i].key; k != ":" && k != "-" && k != "—" && k != "–" && k != "--" && k != "," {
		return nil
	}
	if d.toks[i].key == "," {
		// "“…,” says former customs chief"
		if i+1 >= len(d.toks) || !reportVerbsAfter[d.toks[i+1].key] {
			return nil
		}
		i++
	}
	for k := i + 1; k < len(d.toks) && k < i+9 && d.toks[k].para == 0; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.s == k {
			if m.ent.typ == schema.Person {
				return m.ent
			}
			k = m.e - 1
			continue
		}
		key := d.toks[k].key
		if !roleNouns[key] && !titleHeads[key] || key == "member" {
			continue
		}
		// the first person of the body holding that title
		for _, m := range d.ments {
			if m.s <= k || m.ent == nil || m.ent.typ != schema.Person {
				continue
			}
			for _, r := range m.ent.roles {
				if strings.Contains(fold(r), key) {
					return m.ent
				}
			}
		}
	}
	return nil
}

// anonymousPersonAt reports whether an indefinite noun phrase for a person
// starts at token k: "a coca farmer", "an officer", "a woman".
func (d *doc) anonymousPersonAt(k int) bool {
	if a := d.toks[k].key; a != "a" && a != "an" || d.inQuote[k] {
		return false
	}
	// "X, a former officer who …": an apposition of a named person
	if k >= 2 && (d.toks[k-1].key == "," || d.toks[k-1].key == "is" || d.toks[k-1].key == "was") {
		if m := d.mentionAt(k - 2); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return false
		}
		if d.toks[k-1].key != "," {
			return false
		}
	}
	for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
		t := d.toks[j]
		if t.kind != tWord || d.at[j] != 0 && d.mentionAt(j).class != mDemonym {
			return false
		}
		if personKinds[t.key] || personNouns[t.key] || t.key == "woman" || t.key == "man" || t.key == "mother" || t.key == "father" {
			// "a farmer named X": the name follows
			if j+1 < len(d.toks) && (d.toks[j+1].key == "named" || d.toks[j+1].key == "called" || d.toks[j+1].key == ",") {
				return false
			}
			return true
		}
	}
	return false
}

// reportNouns name documents that "it" can stand for.
var reportNouns = lexWords.set("reportNouns")

// documentSubject reports whether the sentence starting at token k opens
// with a document as its subject: "The report, titled …, found …".
func (d *doc) documentSubject(k int) bool {
	sent := d.toks[k].sent
	j := k
	if d.toks[j].key == "the" || d.toks[j].key == "a" || d.toks[j].key == "its" || d.toks[j].key == "their" {
		j++
	}
	for n := 0; n < 2 && j < len(d.toks) && d.toks[j].kind == tWord && !reportNouns[d.toks[j].key] && !d.toks[j].cap; n++ {
		j++ // "the annual report", "the 80-page study"
	}
	return j < len(d.toks) && reportNouns[d.toks[j].key] && d.toks[j].sent == sent
}

// sentenceOpening returns the first token of k's sentence, not before s, and
// whether that sentence opens with someone unnamed ("A spokesman said",
// "One official added").
func (d *doc) sentenceOpening(s, k int) (int, bool) {
	st := k
	for st > s && d.toks[st-1].sent == d.toks[k].sent {
		st--
	}
	t := d.toks[st].key
	return st, t == "a" || t == "an" || t == "one"
}
