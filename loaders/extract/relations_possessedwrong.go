package extract

import "github.com/newsgraph/newsgraph/schema"

// wrongNouns name a wrong done by an actor, a judgement in the naming
// itself: "the regime's repression", "X's human rights abuses", "the
// government's brutal crackdown".
var wrongNouns = set("repression", "abuses", "abuse", "crackdown", "crackdowns", "suppression", "persecution", "oppression", "brutality")

// possessedWrongs reads "<X>'s (…) <wrong>" said in the text's own voice,
// outside quotations: the author (authorVoice) accused X. Up to three
// lowercase modifiers may stand between the possessor and the noun ("the
// Cuban regime's violent suppression", "the regime's ongoing human rights
// abuses"); the noun being a wrong, a preposition before the phrase ("in response to X's repression") does
// not make X its victim. A voice accuses no one of its own wrongs.
func (d *doc) possessedWrongs(add func(*entity, string, *entity, int)) {
	for k := 1; k+1 < len(d.toks); k++ {
		if d.toks[k].key != "'s" || d.inQuote[k] {
			continue // a speaker's accusations are read by quotedAccusations
		}
		var accused *entity
		if m := d.mentionAt(k - 1); m != nil && m.ent != nil && m.e == k {
			accused = m.ent
		} else {
			accused = d.leaderRegime(k - 1)
		}
		if accused == nil || accused.typ == schema.Agreement || !typeOK("accused", sideObj, accused.typ) {
			continue
		}
		n := d.possessedWrongAt(k)
		if n < 0 {
			continue
		}
		voice := d.authorVoice()
		if voice == nil || voice == accused {
			continue
		}
		add(voice, "accused", accused, n)
	}
}

// possessedWrongAt is the token of the wrong the possessive "'s" at k
// names, after up to three lowercase modifiers ("'s violent
// suppression", "'s ongoing human rights abuses"), or -1.
func (d *doc) possessedWrongAt(k int) int {
	sent := d.toks[k].sent
	for n := k + 1; n <= k+4 && n < len(d.toks) && d.toks[n].sent == sent; n++ {
		if wrongNouns[d.toks[n].key] || d.attackOnValues(n) {
			return n
		}
		if t := d.toks[n]; t.kind != tWord || t.cap || funcWords[t.key] || d.mentionAt(n) != nil {
			return -1
		}
	}
	return -1
}

// legislatorTitles are the titles of a member of a legislature, who
// speaks for themself rather than for a government.
var legislatorTitles = set("senator", "representative", "congressman", "congresswoman", "member of congress", "rep.", "sen.")

// authorVoice is who speaks in a text's own prose: a legislator the
// headline names as its author speaks for themself; otherwise the
// author's government (authorGov), or nil.
func (d *doc) authorVoice() *entity {
	if sp := d.textSpeaker(); sp != nil && sp.typ == schema.Person {
		for _, r := range d.roles {
			if r.Person == sp.name && !r.Former && legislatorTitles[fold(r.Title)] {
				return sp
			}
		}
	}
	return d.authorGov()
}

// attackOnValues reports whether token n begins "attacks on" or "attacks
// against" something no actor of the article is ("attacks on democracy
// and human rights"): an attack on an actor is an attack, not a wrong
// named.
func (d *doc) attackOnValues(n int) bool {
	if n+2 >= len(d.toks) || d.toks[n].key != "attacks" && d.toks[n].key != "assault" && d.toks[n].key != "assaults" {
		return false
	}
	if p := d.toks[n+1].key; p != "on" && p != "against" {
		return false
	}
	j := n + 2
	if d.toks[j].key == "the" || d.toks[j].key == "its" || d.toks[j].key == "their" {
		j++
	}
	for ; j < len(d.toks) && j <= n+5 && d.toks[j].kind == tWord && !funcWords[d.toks[j].key]; j++ {
		if d.mentionAt(j) != nil {
			return false
		}
	}
	return d.mentionAt(j) == nil
}

// leaderRegime is the government a "<Leader> regime" or "<Leader-Leader>
// government" ending at token h names through a leader the gazetteer
// lists with a country, when the article names that government; nil
// otherwise.
func (d *doc) leaderRegime(h int) *entity {
	if h < 1 || !govWords[d.toks[h].key] || d.mentionAt(h) != nil {
		return nil
	}
	for j := h - 1; j >= 0 && j >= h-4; j-- {
		t := d.toks[j]
		if t.key == "-" {
			continue
		}
		if t.kind != tWord || !t.cap {
			return nil
		}
		if p := d.g.people["|"+t.key]; p != nil && p.country != "" {
			return d.govNamed(p.country)
		}
	}
	return nil
}
