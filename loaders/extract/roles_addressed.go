package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// A witness opens by addressing the panel: "Chairman X, Ranking Member Y,
// and Members of the Subcommittee, thank you …". Those titled before
// "Members of the BODY" hold their titles on that body; "the
// Subcommittee" is the one the page names.

// addressedPanelRoles gives each person addressed with a title before
// "(distinguished) members of the BODY" that title at the body.
func (d *doc) addressedPanelRoles(add func(*entity, string, *entity, int)) {
	for i := 2; i+2 < len(d.toks); i++ {
		if d.toks[i].key != "members" || d.toks[i+1].key != "of" {
			continue
		}
		body := d.panelBody(i + 2)
		if body == nil {
			continue
		}
		k := i - 1
		if d.toks[k].key == "distinguished" {
			k--
		}
		if k < 1 || d.toks[k].key != "and" {
			continue
		}
		k--
		sent := d.toks[i].sent
		for k > 0 && d.toks[k].key == "," && d.toks[k].sent == sent {
			m := d.mentionAt(k - 1)
			if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.e != k {
				break
			}
			var title []int
			for _, it := range d.chainBefore(m.s) {
				if it.org != nil {
					title = nil
					break
				}
				title = append(title, it.tok)
			}
			if len(title) == 0 || !d.hasHead(title) {
				break
			}
			add(m.ent, d.titleText(title), body, m.s)
			k = min(title[0], title[len(title)-1]) - 1
			if k > 0 && d.toks[k].key == "the" {
				k--
			}
		}
	}
}

// panelBody is the committee named at token j ("the Subcommittee", "the
// Committee on X"): its mention there, or the one committee of the page
// whose name has the head word written there; else nil.
func (d *doc) panelBody(j int) *entity {
	if j < len(d.toks) && d.toks[j].key == "the" {
		j++
	}
	if j >= len(d.toks) {
		return nil
	}
	if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil && m.ent.typ == schema.Agency {
		return m.ent
	}
	head := d.toks[j].key
	if !committeeHeads[head] {
		return nil
	}
	// of two committees, which one is unsaid
	return d.soleEntity(func(e *entity) bool {
		return e.typ == schema.Agency && e.mentions != 0 && (strings.HasPrefix(fold(e.name), head+" ") || strings.Contains(fold(e.name), " "+head))
	})
}
