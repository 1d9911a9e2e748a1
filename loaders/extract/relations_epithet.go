package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// epithetCues name an actor with a judgement written before its name
// ("the illegitimate X regime", "dictator Y", "the brutal, murderous
// regime of Z"): in a speaker's quotation they are the speaker's
// accusation of the actor named.
var epithetCues = lexWords.set("epithetCues")

// regimeNouns, after an epithet, name a ruler's rule: "the illegitimate
// regime of X", "the oppressive X dictatorship".
var regimeNouns = set("regime", "narco-regime", "dictatorship", "government")

// epithetTarget returns the mention of the actor the epithet at token c
// names, within the span ending at last: the name right after it, over
// further epithets, commas and "and" ("the illegitimate, criminal X
// regime"), or after a regime noun and "of" ("the brutal regime of Y").
// After an adjective the name must head its phrase: it ends the phrase
// or a regime noun follows ("the corrupt X regime"; not "corrupt Z
// officials", where Z modifies the officials); a noun epithet ("dictator
// Y") stands in apposition to the name after it. A demonym names its
// state only before a regime noun ("the despicable W regime").
func (d *doc) epithetTarget(c, last int) *mention {
	sent := d.toks[c].sent
	j := c + 1
	for j <= last && j <= c+4 && d.toks[j].sent == sent && (epithetCues[d.toks[j].key] || d.toks[j].key == "," || d.toks[j].key == "and") {
		j++
	}
	if r := d.regimeEnd(j); r > j && r <= last && d.toks[r].key == "of" {
		j = r + 1 // "the illegitimate regime of X"
		if d.toks[j].key == "the" {
			j++
		}
		if m := d.mentionAt(j); j <= last && m != nil && m.ent != nil && m.s == j && !d.demonymAt(j) {
			return m
		}
		return nil
	}
	m := d.mentionAt(j)
	if j > last || m == nil || m.ent == nil || m.s != j || m.e > last+1 {
		return nil
	}
	if d.regimeEnd(m.e) > m.e {
		return m
	}
	next := ""
	if m.e <= last {
		next = d.toks[m.e].key
	}
	if d.demonymAt(m.s) {
		return nil // "corrupt Z officials"
	}
	if epithetNouns[d.toks[j-1].key] {
		return m // "dictator Y"
	}
	if m.e > last || d.toks[m.e].kind != tWord || !d.toks[m.e].cap && (funcWords[next] || linkWords[next]) {
		return m // "the murderous Y." "the corrupt Y has …"
	}
	return nil
}

// epithetNouns are the epithets that are nouns: the name after them is
// in apposition ("dictator Y").
var epithetNouns = set("dictator", "tyrant", "thug", "narco-dictator")

// epithetActor is the actor an epithet's mention m accuses: the state a
// ruler's regime is when the regime acts in its clause ("the illegitimate
// X regime has …", "the X regime's facilitation of …": X's government,
// when the gazetteer or the article ties X to one), else the one named
// ("business with the murderous X regime": X, as "hold the X regime
// accountable" reads).
func (d *doc) epithetActor(m *mention) *entity {
	if r := d.regimeEnd(m.e); r > m.e && r < len(d.toks) && m.ent.typ == schema.Person && d.regimeActs(r) {
		if g := d.regimeRulerState(m); g != nil {
			return g
		}
	}
	return m.ent
}

// regimeRulerState is the state of the ruler at mention m named right
// before a regime noun ("the X regime"): the regime's own government, else
// the ruler's state as the gazetteer or the article gives it; nil when no
// regime noun follows or no state is known.
func (d *doc) regimeRulerState(m *mention) *entity {
	if d.regimeEnd(m.e) <= m.e {
		return nil
	}
	if g := d.leaderRegime(m.e); g != nil {
		return g
	}
	return d.rulerState(m.ent)
}

// rulerState is the government of person e as the gazetteer (by full
// name) or the article's roles give it, or nil.
func (d *doc) rulerState(e *entity) *entity {
	if g := d.knownGov(e); g != nil {
		return g
	}
	return d.personGov(e)
}

// regimeSaidOf returns the state whose regime an accusation cue at c is
// said of, when the actor mention m names a ruler whose regime acts:
// "the X regime is a … dictatorship" (the regime noun after m), "X's
// corrupt regime is using …" (the regime noun right after the cue); nil
// otherwise.
func (d *doc) regimeSaidOf(m *mention, c int) *entity {
	if m.ent == nil || m.ent.typ != schema.Person {
		return nil
	}
	if r := d.regimeEnd(m.e); r > m.e && r < c && d.saidOf(r, c) && d.regimeActs(r) {
		return d.epithetActor(m)
	}
	if r := d.regimeEnd(c + 1); r > c+1 && r < len(d.toks) && m.e < c && d.toks[m.e].key == "'s" && d.regimeActs(r) {
		return d.rulerState(m.ent)
	}
	return nil
}

// regimeActs reports whether the token at k, after a regime noun, makes
// the regime the actor of its clause: a possessive ("'s") or an auxiliary
// or verb of its own ("has", "will", "is", "continues"). A dictatorship
// is its ruler's rule, never the state acting.
func (d *doc) regimeActs(k int) bool {
	if d.toks[k-1].key == "dictatorship" {
		return false
	}
	t := d.toks[k]
	if t.key == "'s" || linkWords[t.key] && t.key != "the" && t.key != "a" && t.key != "an" {
		return true
	}
	return t.kind == tWord && !t.cap && !funcWords[t.key] && strings.HasSuffix(t.key, "s") && !strings.HasSuffix(t.key, "ss")
}

// regimeEnd returns the token after a regime noun starting at k
// ("regime", "narco-regime" written with a hyphen), or k when there is
// none.
func (d *doc) regimeEnd(k int) int {
	if k < len(d.toks) && regimeNouns[d.toks[k].key] {
		return k + 1
	}
	if k+2 < len(d.toks) && d.toks[k].key == "narco" && d.toks[k+1].key == "-" && regimeNouns[d.toks[k+2].key] {
		return k + 3
	}
	return k
}
