// A known office holder named by the surname alone, used as a noun phrase
// of its own: "Maduro’s grip on power", "Trump has said".

package extract

import "strings"

// holderUseAfter are the words that, after a lone surname, make it the
// subject of its own clause: auxiliary and modal verbs (data/lexicon).
var holderUseAfter = lexWords.set("holderUseAfter")

// holderUse is the office holder the gazetteer knows by the one-word run r
// when r is used as a person's name of its own: followed by a possessive of
// a lower-case noun ("Maduro’s plans"; not "Maduro’s Regime" in a headline,
// nor "Biden’s administration", which names the government) or by an
// auxiliary or modal verb ("Trump didn’t"). A surname that modifies the
// next noun ("the Maduro regime") or is part of a compound
// ("Ortega-Murillo") is left. The holder meant is the one bearer of the
// surname whose state the article names.
func (d *doc) holderUse(r nameRun) *person {
	if r.e-r.s != 1 || r.e+1 >= len(d.toks) || d.toks[r.s].letters < 3 || d.titlecase[d.toks[r.s].para] {
		return nil
	}
	if r.s > 0 && d.toks[r.s-1].key == "-" && !d.toks[r.s-1].space {
		return nil // "Ortega-Murillo": part of a compound
	}
	next, after := d.toks[r.e], d.toks[r.e+1]
	switch {
	case next.key == "'s":
		if after.cap || after.kind != tWord || thingHeads[after.key] {
			return nil // "Maduro’s Regime" in a headline; "Biden’s administration": the state's
		}
	case holderUseAfter[next.key] && !next.cap:
	default:
		return nil
	}
	return d.holderNamed(d.toks[r.s].key)
}

// holderNamed is the listed office holder a surname names in this
// article: the only bearer whose state the article names.
func (d *doc) holderNamed(surname string) *person {
	var found *person
	for _, p := range d.g.bearers[surname] {
		if !d.namesCountry(p.country) {
			continue // "bases in Manta and Salinas would": a place, in an article on another state
		}
		if found != nil && found.name != p.name {
			return nil
		}
		found = p
	}
	return found
}

// namesCountry reports whether the article writes the state c's name or
// its adjective anywhere ("Venezuela", "Venezuelan").
func (d *doc) namesCountry(c string) bool {
	if named, ok := d.countryWritten[c]; ok {
		return named
	}
	if d.countryWritten == nil {
		d.countryWritten = map[string]bool{}
	}
	named := d.writesCountry(c)
	d.countryWritten[c] = named
	return named
}

// writesCountry reports whether a token run of the text is the state c's
// name or its adjective.
func (d *doc) writesCountry(c string) bool {
	ce := d.g.countries[c]
	if ce == nil {
		return false
	}
	words := [][]string{strings.Fields(fold(c))}
	if ce.adj != "" && ce.adj != c {
		words = append(words, strings.Fields(fold(ce.adj)))
	}
	for k := range d.toks {
		if d.phraseAt(k, words) > 0 {
			return true
		}
	}
	return false
}

// holderOnlyPossessed reports whether e is a person holderUse found by a
// possessive ("Maduro’s plans") and every mention of whom is a possessive:
// the text speaks of what is the holder's, and the act a verb names falls
// on that ("Pell met with Maduro’s envoy"), not on the holder, whom no
// title or clause of the text names.
func (d *doc) holderOnlyPossessed(e *entity) bool {
	if !e.heldBy {
		return false
	}
	for _, m := range d.ments {
		if m.ent == e && (m.e >= len(d.toks) || d.toks[m.e].key != "'s") {
			return false
		}
	}
	return true
}
