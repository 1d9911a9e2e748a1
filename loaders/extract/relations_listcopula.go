package extract

import "github.com/newsgraph/newsgraph/schema"

// copulaListCues are the words of a copular list line ("The nationals
// arrested and named in the indictment are:") that state an act done to
// each listed person.
var copulaListCues = map[string]string{
	"arrested": "arrested", "detained": "arrested",
	"charged": "charged", "indicted": "charged", "indictment": "charged", "defendants": "charged",
	"extradited": "extradited",
}

// copulaListActs reads a list whose line ends in "are:" ("The men
// arrested and named in the indictment are:", "The defendants are:")
// with one person opening each following line, after its bullet if it
// has one. Each listed person takes
// the acts the line states: "arrested" by the one state the text says
// the arrests were made in ("arrested in Colombia"), "extradited" by the
// one state the text says extradited ("Peru extradited three fugitives",
// "were extradited from Peru"), "charged" by the
// government whose court charges (courtCountry). c is the colon.
func (d *doc) copulaListActs(c int, add func(*entity, string, *entity, int)) {
	acts := d.copulaActs(c, true)
	k := c + 1
	table := d.tableHeader(k)
	if table {
		k = d.nextLine(k) // "Name | Age | City" over the rows
	}
	for k < len(d.toks) && d.toks[k].brk {
		s := k
		if d.listItem(k) {
			s = k + 1 // "- A, 45, of Lima;": a bulleted line
		}
		m := d.mentionAt(s)
		if m == nil || m.s != s || m.ent == nil || m.ent.typ != schema.Person {
			if table && d.tableRow(k) {
				k = d.nextLine(k) // a row whose first cell is no known person
				continue
			}
			return
		}
		for _, a := range acts {
			for _, s := range a.subjs {
				add(s, a.pred, m.ent, m.s)
			}
		}
		k = d.nextLine(k)
	}
}

// nextLine is the first token of the line after the one token k is on.
func (d *doc) nextLine(k int) int {
	k++
	for k < len(d.toks) && !d.toks[k].brk {
		k++
	}
	return k
}

// tableRow reports whether the line opening at token k has cells parted
// by "|".
func (d *doc) tableRow(k int) bool {
	for j := k; j < len(d.toks) && (j == k || !d.toks[j].brk); j++ {
		if d.toks[j].key == "|" {
			return true
		}
	}
	return false
}

// tableHeader reports whether the line opening at token k heads a table
// ("Name | Also Known As | Age | City"): its cells are parted by "|" and
// it names no person.
func (d *doc) tableHeader(k int) bool {
	for j := k; j < len(d.toks) && (j == k || !d.toks[j].brk); j++ {
		if m := d.mentionAt(j); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return false
		}
	}
	return d.tableRow(k)
}

// copulaAct is an act a copular list's head states, with its actors.
type copulaAct struct {
	pred  string
	subjs []*entity
}

// copulaActs are the acts the words before token c of its sentence state
// ("arrested and named in the indictment"), each with its actors: the
// one arresting or extraditing state, the government whose court
// charges (courtCountry), or with release the government of the text's
// prosecuting body when no court is placed (releaseProsecutor).
func (d *doc) copulaActs(c int, release bool) []copulaAct {
	sent := d.toks[c].sent
	var acts []copulaAct
	done := map[string]bool{}
	for k := c - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		p := copulaListCues[d.toks[k].key]
		if p == "" || done[p] || d.mentionAt(k) != nil {
			continue
		}
		done[p] = true
		var subjs []*entity
		switch p {
		case "arrested":
			subjs = d.arrestState()
		case "extradited":
			subjs = d.extraditingState()
		default:
			subjs = d.courtCountry(c, sent)
			if subjs == nil && release {
				subjs = d.releaseProsecutor()
			}
		}
		if len(subjs) > 0 {
			acts = append(acts, copulaAct{p, subjs})
		}
	}
	return acts
}

// arrestState is the one state the text says arrests were made in
// ("have been arrested in the Republic of Colombia"), or nil when it
// names none or more than one.
func (d *doc) arrestState() []*entity {
	return d.soleState(0, func(k int) ([]*entity, bool) {
		if d.toks[k].key != "arrested" || d.toks[k+1].key != "in" {
			return nil, false
		}
		g, _ := d.courtPlace(k+1, d.toks[k].sent)
		return g, true
	})
}

// extraditingState is the one state the text names as the sender of an
// extradition: the subject of "X extradited" or the state after
// "extradited from"; nil when it names none or more than one.
func (d *doc) extraditingState() []*entity {
	return d.soleState(1, func(k int) ([]*entity, bool) {
		if key := d.toks[k].key; key != "extradited" && key != "extradites" || d.inQuote[k] {
			return nil, false
		}
		var g []*entity
		if d.toks[k+1].key == "from" {
			g = d.govAfterFrom(k + 1)
		} else if vg := d.verbGroup(k); !vg.passive && !d.unstated(k, vg) {
			if m := d.mentionAt(vg.start - 1); m != nil && m.ent != nil && m.ent.typ == schema.Government {
				g = []*entity{m.ent}
			}
		}
		return g, len(g) > 0
	})
}

// soleState is the one state that find reads at the tokens from token
// from on, or nil when it reads none or more than one. find says
// whether token k states one (ok) and which states it names; a statement
// naming no state, or two, leaves none.
func (d *doc) soleState(from int, find func(k int) (states []*entity, ok bool)) []*entity {
	var st *entity
	for k := from; k+1 < len(d.toks); k++ {
		g, ok := find(k)
		if !ok {
			continue
		}
		if len(g) != 1 || st != nil && st != g[0] {
			return nil
		}
		st = g[0]
	}
	if st == nil {
		return nil
	}
	return []*entity{st}
}
