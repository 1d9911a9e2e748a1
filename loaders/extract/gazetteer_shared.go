// Acronyms and names the gazetteer gives to bodies of several states:
// "PNC" is the civil police of both Guatemala and El Salvador, "HNP" the
// national police of both Haiti and Honduras. A text that uses such a
// name bare means the body of the state it names most.

package extract

import "github.com/newsgraph/newsgraph/schema"

// sharedName is a gazetteer mention whose phrase names bodies of
// several states: alts are the phrases, one per body.
type sharedName struct {
	m    *mention
	alts []*phrase
}

// sharedBodies returns the entity phrases among ps when they name bodies
// of two or more different states, else nil.
func sharedBodies(ps []*phrase) []*phrase {
	var alts []*phrase
	for _, p := range ps {
		if p.kind == kEntity && p.entry.typ != schema.Government && p.entry.country != "" {
			alts = append(alts, p)
		}
	}
	for _, p := range alts[min(1, len(alts)):] {
		if p.entry.country != alts[0].entry.country {
			return alts
		}
	}
	return nil
}

// resolveShared gives each shared name the body of the state the
// text's gazetteer mentions (out: countries by name, metonym or
// adjective) name most; a tie keeps the gazetteer's first.
func resolveShared(out []*mention, shared []sharedName) {
	if len(shared) == 0 {
		return
	}
	tally := map[string]int{}
	for _, m := range out {
		if m.country != "" && (m.class == mDemonym || m.typ == schema.Government) {
			tally[m.country]++
		}
	}
	for _, sh := range shared {
		best := sh.m.gaz
		for _, p := range sh.alts {
			if tally[p.entry.country] > tally[best.country] {
				best = p.entry
			}
		}
		sh.m.gaz, sh.m.typ, sh.m.name = best, best.typ, best.name
	}
}
