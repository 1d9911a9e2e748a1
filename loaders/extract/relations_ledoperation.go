package extract

import "github.com/newsgraph/newsgraph/schema"

// An operation one body leads and others take part in is their common
// work: "Partners, including A, participated in the B-led operation", "a
// multi-agency operation led by B that includes A": B cooperates with A.

// ledActNouns name a common act that one body may lead.
var ledActNouns = set("operation", "operations", "investigation", "investigations", "effort", "efforts", "surge")

// participateVerbs take as object the act or meeting their subject takes
// part in ("participated in the operation", "joined the talks").
var participateVerbs = set("participated", "participate", "participates", "participating", "joined", "join", "joins",
	"joining")

// includeWords open the list of the bodies an act led by another includes.
var includeWords = set("includes", "included", "include", "including")

// ledOperations reads the leader of a led act ("the B-led operation", "an
// operation led by B") with its participants: the subject of "participated
// in" or "joined" before it, or the bodies "that includes" names after the
// leader. The leader cooperates with each.
func (d *doc) ledOperations(add func(*entity, string, *entity, int)) {
	for i := 3; i < len(d.toks); i++ {
		if !ledActNouns[d.toks[i].key] || d.inQuote[i] || d.mentionAt(i) != nil {
			continue
		}
		sent := d.toks[i].sent
		var leader []*entity
		var parts []*entity
		if d.toks[i-1].key == "led" && (d.toks[i-2].key == "-" || d.toks[i-2].key == "–") {
			m := d.mentionAt(i - 3)
			if m == nil || m.ent == nil || m.e != i-2 || !typeOK("cooperatesWith", sideSubj, m.ent.typ) {
				continue
			}
			leader = []*entity{m.ent} // "the B-led operation"
			v := m.s - 1
			for v > 0 && v > i-8 && d.toks[v].sent == sent && d.mentionAt(v) == nil && !participateVerbs[d.toks[v].key] {
				v--
			}
			if v >= 0 && participateVerbs[d.toks[v].key] && d.toks[v].sent == sent {
				if g := d.verbGroup(v); !g.neg && !g.modal {
					parts = d.actorsLeft(g.start, sent, "cooperatesWith", sideSubj)
				}
			}
		} else if i+3 < len(d.toks) && d.toks[i+1].key == "led" && d.toks[i+2].key == "by" {
			leader = d.actorsRight(i+3, sent, "cooperatesWith", sideObj)
			for k := i + 3; k < len(d.toks) && k < i+16 && d.toks[k].sent == sent; k++ {
				if includeWords[d.toks[k].key] && (d.toks[k-1].key == "that" || d.toks[k-1].key == "which") {
					parts = d.actorsRight(k+1, sent, "cooperatesWith", sideObj) // "led by B that includes A"
					break
				}
			}
		}
		if len(leader) != 1 {
			continue
		}
		for _, p := range parts {
			if p != leader[0] && typeOK("cooperatesWith", sideSubj, p.typ) && p.typ != schema.Person && !parentOfAny(p, parts) {
				add(leader[0], "cooperatesWith", p, i)
			}
		}
	}
}

// parentOfAny reports whether e is the body another of list is part of:
// "ICE's Enforcement and Removal Operations" names the office, not ICE, as
// the participant.
func parentOfAny(e *entity, list []*entity) bool {
	for _, o := range list {
		if o != e && o.parent == e {
			return true
		}
	}
	return false
}
