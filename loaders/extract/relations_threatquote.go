// A speaker who calls a criminal group a threat or a terrorist
// organisation accuses it: "“X has emerged as a significant threat,” said
// Y", "“we target X as what it is, a terrorist organization”", "“terrorist
// groups like X”".

package extract

import "github.com/newsgraph/newsgraph/schema"

// threatNouns name what a speaker calls a group it accuses: a threat, or
// (after "terrorist") an organisation or group.
var (
	threatNouns    = set("threat", "menace")
	terrorGroupNns = set("organization", "organisation", "organizations", "organisations", "group", "groups")
	likeWords      = set("like", "including")
	copulaLinks    = set("is", "are", "was", "were", "be", "been", "as", "become", "became", "remains", "remain")
)

// threatAccusations reads, in each quotation with a speaker and each span
// of own speech, the criminal groups it calls a threat or a terrorist
// organisation: the group named before the noun with a copula or "as"
// between ("X is a threat", "X gang members have proven to be a threat",
// "X as what it is, a terrorist organization"), or after "terrorist
// groups like" / "such as". The speaker, a person, accused the group (a
// body quoted is cited as evidence, not heard accusing). A text in its
// author's own words (a proclamation, remarks) quotes others in support
// of its own case: their quotations are not read apart from it; and a
// verb of another act between ("X was designated as a terrorist
// organization") states that act, not the speaker's charge.
func (d *doc) threatAccusations(add func(*entity, string, *entity, int)) {
	spans := d.ownSpeech()
	own := len(spans) > 0
	for _, q := range d.quotes {
		if q.speaker != nil && !own {
			spans = append(spans, q)
		}
	}
	for _, q := range spans {
		for c := q.open + 1; c <= q.last; c++ {
			if g := d.threatSaidOf(q, c); g != nil && q.speaker.typ == schema.Person {
				add(q.speaker, "accused", g, c)
			}
		}
	}
}

// threatSaidOf is the criminal group the noun at token c, inside span q,
// calls a threat or a terrorist organisation, or nil.
func (d *doc) threatSaidOf(q quoteSpan, c int) *entity {
	key, sent := d.toks[c].key, d.toks[c].sent
	terror := terrorGroupNns[key] && c > 0 && (d.toks[c-1].key == "terrorist" || d.toks[c-1].key == "terror")
	if !threatNouns[key] && !terror {
		return nil
	}
	if terror && c+2 <= q.last {
		// "terrorist groups like X", "terrorist organizations such as X"
		j := c + 1
		if d.toks[j].key == "such" && j+1 <= q.last && d.toks[j+1].key == "as" {
			j++
		}
		if j == c+2 || likeWords[d.toks[j].key] {
			if m := d.mentionAt(j + 1); m != nil && m.ent != nil && m.ent.typ == schema.Cartel {
				return m.ent
			}
		}
	}
	// "X … is a (significant) threat": the group before, linked by a copula
	linked := false
	for k := c - 1; k > q.open && k >= c-14 && d.toks[k].sent == sent; k-- {
		t := d.toks[k]
		if m := d.mentionAt(k); m != nil {
			if m.ent != nil && m.ent.typ == schema.Cartel && linked {
				return m.ent
			}
			return nil
		}
		if actorStop[t.key] || t.key == "," || relConj[t.key] || t.key == "of" || t.key == "to" && !linked {
			return nil
		}
		if relCues[t.key] != nil && !relAux[t.key] {
			return nil // "X have been designated as terrorist organizations": another act's words
		}
		if relNegs[t.key] || t.key == "under" || t.key == "than" {
			return nil // "X is not a threat", "X is under threat": no charge against X
		}
		if copulaLinks[t.key] {
			linked = true
		}
	}
	return nil
}
