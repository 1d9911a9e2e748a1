// A readout of an official's call or meeting opens with the line that
// names whose words it is: "The following is attributable to Spokesperson
// X:", "As stated by Spokesperson X:". The spokesperson speaks for the
// body the page's masthead names ("Department of State" on a line of its
// own), or else for the government of the official whose call or meeting
// the readout then reports.

package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// spokesHeads head a spokesperson's title.
var spokesHeads = set("spokesperson", "spokesman", "spokeswoman")

// readoutIntroParas is how many paragraphs from the top an attribution
// line may stand.
const readoutIntroParas = 8

// readoutSpokespersonRoles gives the spokesperson named at the end of an
// attribution line, with a bare title, the post at the body or government
// the readout speaks for.
func (d *doc) readoutSpokespersonRoles(add func(*entity, string, *entity, int)) {
	for _, m := range d.ments {
		if m.ent == nil || m.ent.typ != schema.Person || m.quoted || !d.attributionEnd(m.e) {
			continue
		}
		var title []int
		spokes := false
		for _, it := range d.chainBefore(d.honorificStart(m.s)) {
			if it.org != nil {
				title = nil // "NSC Spokesperson X": the body is stated
				break
			}
			title = append(title, it.tok)
			spokes = spokes || spokesHeads[d.toks[it.tok].key]
		}
		if !spokes {
			continue
		}
		org := d.mastheadAgency(m.s)
		if org == nil {
			org = d.reportedGov(m.ent, m.e)
		}
		if org != nil {
			add(m.ent, d.titleText(title), org, m.s)
		}
	}
}

// attributionEnd reports whether token e, right after a name, is the
// colon that ends an attribution line near the top of the page.
func (d *doc) attributionEnd(e int) bool {
	if e+1 >= len(d.toks) || d.toks[e].key != ":" || d.toks[e].para > readoutIntroParas {
		return false
	}
	return d.toks[e+1].para != d.toks[e].para
}

// mastheadAgency is the agency named alone on one of the lines above token
// at, under the headline, when it is not the spokesperson's own office
// ("Office of the Spokesperson").
func (d *doc) mastheadAgency(at int) *entity {
	for _, m := range d.ments {
		if m.s >= at {
			break
		}
		if m.ent == nil || m.ent.typ != schema.Agency || d.toks[m.s].para == 0 || !d.toks[m.s].brk ||
			m.e < len(d.toks) && d.toks[m.e].para == d.toks[m.s].para {
			continue
		}
		own := false
		for _, w := range strings.Fields(fold(m.ent.name)) {
			own = own || spokesHeads[w]
		}
		if !own {
			return m.ent
		}
	}
	return nil
}

// reportedGov is the government of the first official, other than p,
// named after token from with an office of a government: the official
// whose call or meeting a readout reports.
func (d *doc) reportedGov(p *entity, from int) *entity {
	for _, m := range d.ments {
		if m.s < from || m.ent == nil || m.ent == p || m.ent.typ != schema.Person {
			continue
		}
		for _, r := range d.roles {
			if r.Person != m.ent.name || r.Former {
				continue
			}
			if g := d.govNamed(r.Org); g != nil {
				return g
			}
			if d.g.countries[r.Org] != nil {
				return &entity{name: r.Org, typ: schema.Government, first: m.s} // the government, though not listed
			}
		}
		return nil // the first official holds no office of a government
	}
	return nil
}
