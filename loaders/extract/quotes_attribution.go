// Attribution around a quotation: "…," she said; said X; a statement from
// X; X said: "…"; the minister's words.

package extract

import (
	"github.com/newsgraph/newsgraph/schema"
)

// afterQuote reads an attribution right after a closing mark: "…,” she
// said", "…,” said Special Agent X", "…,” according to X".
func (d *doc) afterQuote(i int) *entity {
	if i >= len(d.toks) || d.toks[i].brk {
		return nil
	}
	comma := d.toks[i].key == ","
	if comma {
		i++
	}
	if i >= len(d.toks) || d.toks[i].brk {
		return nil
	}
	if !comma && i >= 2 {
		// "… end.” The next sentence" is not an attribution
		if p := d.toks[i-2].key; (p == "." || p == "!" || p == "?") && d.toks[i].cap && !reportVerbsAfter[d.toks[i].key] {
			return nil
		}
	}
	// speaker then verb; "Prime Minister X said", "the agency's executive
	// president, X, told"
	sp, e := d.speakerAt(i)
	if tp, te := d.titledPersonAt(i); tp != nil {
		sp, e = tp, te
	}
	if ap, ae := d.apposedSpeakerAt(i); ap != nil {
		sp, e = ap, ae
	}
	if sp != nil {
		j := e
		// "Mayor X of Cali told": the body or place after the name
		if j+1 < len(d.toks) && d.toks[j].key == "of" && sp.typ == schema.Person {
			k := j + 1
			if d.toks[k].key == "the" {
				k++
			}
			if m := d.mentionAt(k); m != nil && m.s == k {
				k = m.e
			} else {
				for k < len(d.toks) && k < j+6 && d.capWord(k) && !d.toks[k].brk {
					k++
				}
			}
			if k < len(d.toks) && reportVerbsAfter[d.toks[k].key] {
				j = k
			}
		}
		for j < len(d.toks) && j < e+2 && speakerAdverbs[d.toks[j].key] {
			j++
		}
		if j < len(d.toks) && reportVerbsAfter[d.toks[j].key] {
			return sp
		}
		// "X, the Y, said" after the quote
		if e+1 < len(d.toks) && d.toks[e].key == "," && reportVerbsAfter[d.toks[e+1].key] {
			return sp
		}
		if e < len(d.toks) && d.toks[e].key == "," {
			for k := e + 1; k < len(d.toks) && k < e+20 && d.toks[k].sent == d.toks[i].sent; k++ {
				if d.toks[k].key == "," && k+1 < len(d.toks) && reportVerbsAfter[d.toks[k+1].key] {
					return sp
				}
			}
		}
	}
	// verb then speaker
	if reportVerbsAfter[d.toks[i].key] {
		if sp := d.titledAfter(i + 1); sp != nil {
			return sp
		}
		if sp, _ := d.speakerAt(i + 1); sp != nil {
			return sp
		}
	}
	if sp := d.accordingTo(i); sp != nil {
		return sp
	}
	// "…,” read a statement issued by the ministry", "…,” said a
	// statement from X"
	if reportVerbsAfter[d.toks[i].key] || d.toks[i].key == "read" || d.toks[i].key == "reads" {
		if sp := d.documentSource(i + 1); sp != nil {
			return sp
		}
	}
	return nil
}

// accordingTo reads "according to X" at token i, the one reader for it
// after a quotation and before one: a titled person ("according to U.S.
// Ambassador to Peru X"), a speaker ("according to the ministry"), or a
// document's author ("according to a statement from X").
func (d *doc) accordingTo(i int) *entity {
	if d.toks[i].key != "according" || i+2 >= len(d.toks) || d.toks[i+1].key != "to" {
		return nil
	}
	if sp := d.titledAfter(i + 2); sp != nil {
		return sp
	}
	if sp, _ := d.speakerAt(i + 2); sp != nil {
		return sp
	}
	return d.documentSource(i + 2)
}

// titledAfter reads the person a run of title words starting at token i
// leads to, within its sentence: "Under Secretary for Trade and Finance
// X", "U.S. Ambassador to Peru X", "Acting Director for Ports, X".
func (d *doc) titledAfter(i int) *entity {
	if i >= len(d.toks) {
		return nil
	}
	for k := i; k < len(d.toks) && k < i+15 && d.toks[k].sent == d.toks[i].sent; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent
		}
		t := d.toks[k]
		// a title's portfolio or post may be joined by "for", "on" or "to"
		// when a capitalised word follows: "said Under Secretary for Trade
		// and Finance X", "said U.S. Ambassador to Peru X"
		portfolio := (t.key == "for" || t.key == "on" || t.key == "to" && k > i) && k+1 < len(d.toks) && d.toks[k+1].cap
		if t.kind == tWord && !t.cap && !titleHeads[t.key] && !titleMods[t.key] && t.key != "the" && t.key != "a" && !d.isTitleTok(k) &&
			t.key != "of" && t.key != "and" && !roleNouns[t.key] && !portfolio {
			break
		}
		if t.key == "," && k > i && k+1 < len(d.toks) {
			// "said Acting Director for Ports, Ana Ruiz": a title set
			// off from the name by a comma
			if m := d.mentionAt(k + 1); m != nil && m.ent != nil && m.ent.typ == schema.Person && m.s == k+1 {
				return m.ent
			}
		}
		if t.key == "," || t.key == "." {
			break
		}
	}
	return nil
}

// documentNouns are texts an institution or person issues.
var documentNouns = lexWords.set("documentNouns")

// documentLinks join a document noun to its author ("a statement from X",
// "a letter signed by X"); speakerAdverbs may stand between a speaker and
// the verb of speech ("X also said").
var (
	documentLinks  = lexWords.set("documentLinks")
	speakerAdverbs = lexWords.set("speakerAdverbs")
)

// documentSource reads "a statement from/by/issued by X" at token i and
// returns X.
func (d *doc) documentSource(i int) *entity {
	if i+2 >= len(d.toks) {
		return nil
	}
	if k := d.toks[i].key; k != "a" && k != "an" && k != "the" {
		return nil
	}
	j := i + 1
	for j < len(d.toks) && j < i+3 && d.toks[j].kind == tWord && !d.toks[j].cap && !documentNouns[d.toks[j].key] {
		j++ // "a joint statement", "a written statement"
	}
	if j >= len(d.toks) || !documentNouns[d.toks[j].key] {
		return nil
	}
	j++
	for j < len(d.toks) && j < i+7 && documentLinks[d.toks[j].key] {
		j++
	}
	if j == i+2 {
		return nil
	}
	if sp := d.titledAfter(j); sp != nil {
		return sp // "a statement from U.S. Ambassador to Peru X"
	}
	sp, _ := d.speakerAt(j)
	return sp
}

// speechVerbAt reports whether token k is a verb of speech: a word of
// speechVerbs that is no part of a name ("the United States", "the
// Organization of American States" hold a "states" that reports nothing).
func (d *doc) speechVerbAt(k int) bool {
	return speechVerbs[d.toks[k].key] && d.at[k] == 0
}

// speakerAt reads a speaker starting at token i: a person or institution,
// a pronoun, or "the" and a role noun. It returns the speaker and the end.
func (d *doc) speakerAt(i int) (*entity, int) {
	if i >= len(d.toks) {
		return nil, i
	}
	if m := d.mentionAt(i); m != nil && m.ent != nil && m.s == i && speakerType(m.ent.typ) {
		return m.ent, m.e
	}
	k := d.toks[i].key
	if g, ok := pronounGender[k]; ok && g != 'p' {
		return d.resolvePronoun(i, g), i + 1
	}
	if p, e := d.nationalSpeaker(i); p != nil {
		return p, e // "the U.S. defense secretary" (quotes_nationaltitle.go)
	}
	if (k == "the" || k == "a" || k == "an") && i+1 < len(d.toks) {
		if m := d.mentionAt(i + 1); m != nil && m.ent != nil && m.s == i+1 && speakerType(m.ent.typ) {
			if m.e < len(d.toks) && (roleNouns[d.toks[m.e].key] || personNouns[d.toks[m.e].key]) {
				if k == "the" && m.ent.typ != schema.Person {
					return d.resolveRoleNoun(m.e), m.e + 1
				}
				return nil, m.e + 1 // "a CBP officer": anonymous
			}
			return m.ent, m.e
		}
		if k == "the" && instNouns[d.toks[i+1].key] {
			return d.resolveInstNoun(i + 1), i + 2
		}
		j := i + 1
		for j < len(d.toks) && j < i+4 && titleMods[d.toks[j].key] && !roleNouns[d.toks[j].key] {
			j++
		}
		if j < len(d.toks) && roleNouns[d.toks[j].key] {
			// "the Commander General said": a title of two heads
			e := j + 1
			for e < len(d.toks) && e < j+3 && titleHeads[d.toks[e].key] && d.at[e] == 0 {
				e++
			}
			return d.resolveRoleNoun(j), e
		}
	}
	return nil, i
}

func speakerType(t schema.EntityType) bool {
	return t == schema.Person || t == schema.Agency || t == schema.Government || t == schema.Organization || t == schema.Cartel
}

// beforeQuote finds the speaker in tokens [s, e) before a quotation: the
// subject of the last reporting verb there.
func (d *doc) beforeQuote(s, e int) *entity {
	v := -1
	for k := e - 1; k >= s; k-- {
		if d.inQuote[k] {
			continue
		}
		if d.speechVerbAt(k) {
			v = k
			break
		}
	}
	if v < 0 {
		if e-1 >= s && d.toks[e-1].key == ":" {
			v = e - 1
		} else {
			return nil
		}
	}
	if nameVerbs[d.toks[v].key] && v > s && beWords[d.toks[v-1].key] {
		return nil // "it's called “…”": a name, not words anyone said
	}
	if d.ownedSubject(v, s) {
		return nil // "as my grandfather used to say, “…”": someone unnamed
	}
	if v+2 < e {
		if sp := d.accordingTo(v); sp != nil {
			return sp // "According to Attorney General X, “…”"
		}
	}
	// nearest person before the verb, not one written or spoken to
	addressed := d.addressees(s, v)
	var actor *entity
	for k := v - 1; k >= s; k-- {
		if d.inQuote[k] {
			continue
		}
		if actor == nil && d.indefiniteSubject(k, v) {
			return nil // "… the president — a senior senator from Texas said, “…”": someone unnamed
		}
		if p := d.nationalSpeakerEnding(k); p != nil && actor == nil {
			return p // "The U.S. defense secretary said …" (quotes_nationaltitle.go)
		}
		if actor == nil && k == d.subjectHead(v, s) && roleNouns[d.toks[k].key] {
			if det := d.describedBy(k, s); det == "the" {
				return d.resolveRoleNoun(k) // "the former FBI agent said": whom no earlier title identifies is no one
			} else if det != "" {
				return nil // "a DEA agent said", "my lawyer told me": someone unnamed
			}
		}
		m := d.mentionAt(k)
		if m != nil && m.ent != nil {
			if m.ent.typ == schema.Person && addressed[m.ent] {
				k = m.s
				continue // "Y wrote President X, saying, “…”": X is written to (quotes_addressee.go)
			}
			if m.ent.typ == schema.Person {
				return m.ent
			}
			if actor == nil && !m.attached && speakerType(m.ent.typ) {
				actor = m.ent
			}
			k = m.s
			continue
		}
		if g, ok := pronounGender[d.toks[k].key]; ok && g != 'p' && actor == nil {
			if g == 'i' {
				continue // "it" refers back to the institution before it
			}
			return d.resolvePronoun(k, g)
		}
		if instNouns[d.toks[k].key] && k > s && d.toks[k-1].key == "the" && actor == nil {
			if p := d.resolveInstNoun(k); p != nil {
				return p
			}
		}
		if roleNouns[d.toks[k].key] && k > s && d.toks[k-1].key == "the" && actor == nil {
			if p := d.resolveRoleNoun(k); p != nil && addressed[p] {
				continue // "a letter to X, the ambassador, noting": the addressee's apposition
			} else if p != nil {
				return p
			}
			return nil // "the official" whom no earlier title identifies
		}
	}
	if actor != nil {
		return actor
	}
	// "it" or "she" with the subject in an earlier sentence
	for k := v - 1; k >= s; k-- {
		if g, ok := pronounGender[d.toks[k].key]; ok && g != 'p' {
			return d.resolvePronoun(k, g)
		}
	}
	return nil
}

// indefiniteSubject reports whether an indefinite noun phrase for a
// person starts at token k and runs up to the reporting verb at v: "a
// senior senator from Texas said", "an officer at the scene told".
func (d *doc) indefiniteSubject(k, v int) bool {
	if a := d.toks[k].key; a != "a" && a != "an" {
		return false
	}
	if k >= 2 && d.toks[k-1].key == "," {
		if m := d.mentionAt(k - 2); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return false // "X, a senator from Texas, said": X's apposition
		}
	}
	for j := k + 1; j < v && j <= k+3; j++ {
		key := d.toks[j].key
		if d.toks[j].kind != tWord || d.at[j] != 0 && d.mentionAt(j).class != mDemonym {
			return false
		}
		if roleNouns[key] || personNouns[key] || personKinds[key] {
			// only a short tail after the head: "from Texas", "at the scene"
			if v-j-1 > 4 {
				return false
			}
			for p := j + 1; p < v; p++ {
				if d.toks[p].key == "," || d.toks[p].kind == tQuote {
					return false
				}
			}
			return true
		}
	}
	return false
}

// speechNouns name what someone said: "the minister's words".
var speechNouns = lexWords.set("speechNouns")

// possessedSpeech finds "X's words", "the minister's message", "her
// reply" in the sentence of the quotation [open, close] (within a few
// words of it) and returns whose speech that is.
func (d *doc) possessedSpeech(open, close int) *entity {
	if close < 0 {
		return nil
	}
	sent := d.toks[open].sent
	try := func(k int) *entity {
		if k < 1 || k >= len(d.toks) || !speechNouns[d.toks[k].key] || d.inQuote[k] || d.toks[k].sent != sent {
			return nil
		}
		p := k - 1
		for p > 0 && (titleMods[d.toks[p].key] || d.toks[p].key == "own") && d.at[p] == 0 && d.toks[p].key != "'s" {
			p-- // "his latest words", "the minister's final message"
		}
		if g, ok := possGender[d.toks[p].key]; ok {
			return d.resolvePronoun(p, g)
		}
		if d.toks[p].key != "'s" || p < 1 {
			return nil
		}
		if m := d.mentionAt(p - 1); m != nil && m.ent != nil && m.e == p && speakerType(m.ent.typ) {
			return m.ent
		}
		if roleNouns[d.toks[p-1].key] && p >= 2 && d.toks[p-2].key == "the" {
			return d.resolveRoleNoun(p - 1)
		}
		return nil
	}
	for k := open - 1; k >= 0 && k >= open-6; k-- {
		if sp := try(k); sp != nil {
			return sp
		}
	}
	for k := close + 1; k < len(d.toks) && k <= close+8; k++ {
		if sp := try(k); sp != nil {
			return sp
		}
	}
	return nil
}

// nameVerbs, after a form of "be", give a name rather than report speech:
// "the article is called “…”", "a report titled “…”".
var nameVerbs = set("called", "titled", "entitled", "headlined", "dubbed", "named")

// beWords are the forms of "be" that make nameVerbs passive.
var beWords = set("is", "'s", "’s", "was", "are", "were", "be", "been", "being")

// descriptors are the determiners that open a description of a person by
// office: the definite one refers back, the others introduce someone
// unnamed.
var descriptors = set("the", "a", "an", "another", "my", "our", "your")

// describedBy returns the determiner of the description of a person that
// the role noun at k heads ("the former FBI agent", "a senior DEA
// official"), looking back no further than s and over at most three
// modifiers, lower-case words or names of bodies; "" when k heads no such
// description.
func (d *doc) describedBy(k, s int) string {
	for j, mods := k-1, 0; j >= s && mods <= 3; j-- {
		t := d.toks[j]
		if descriptors[t.key] {
			return t.key
		}
		if m := d.mentionAt(j); m != nil && m.ent != nil {
			if m.ent.typ == schema.Person {
				return ""
			}
			j = m.s
		} else if t.kind != tWord || t.cap || d.inQuote[j] {
			return ""
		}
		mods++
	}
	return ""
}

// speechAux are the words that may stand between a subject and its
// reporting verb: "used to say", "went on to say", "would often say".
var speechAux = set("used", "to", "would", "will", "goes", "went", "on", "once", "often", "always", "also", "later",
	"then", "has", "had")

// ownedSubject reports whether the subject of the reporting verb at v is
// a lower-case noun after a possessive, someone named only by a tie to
// another ("my grandfather used to say", "their lawyer said"),
// looking back no further than s.
func (d *doc) ownedSubject(v, s int) bool {
	j := d.subjectHead(v, s)
	return j > s && d.toks[j].kind == tWord && !d.toks[j].cap && d.mentionAt(j) == nil &&
		possessives[d.toks[j-1].key] && d.toks[j-1].key != "its"
}

// subjectHead is the last word of the subject of the reporting verb at
// v, when the subject stands right before it: the token before v and any
// speechAux words, no further back than s.
func (d *doc) subjectHead(v, s int) int {
	j := v - 1
	for j > s && speechAux[d.toks[j].key] {
		j--
	}
	return j
}
