package extract

import "github.com/newsgraph/newsgraph/schema"

// orgPartnerNouns, after an organisation's name used as a modifier, name
// a standing partnership with the organisation: "a NATO partner", "its
// NATO Global Partnership". orgPartnerMods may stand between the name
// and the noun.
var (
	orgPartnerNouns = set("partner", "partnership")
	orgPartnerMods  = set("global", "strategic", "major", "enhanced", "key", "associate")
)

// orgPartners reads a state holding an organisation's partnership as
// cooperating with the organisation: "X's NATO partnership", "congratulated
// X on its NATO Global Partnership", "X's contributions as a NATO Global
// Partner", "X is a NATO partner". The holder is the state whose possessive
// comes right before the name, or, after "its", "their", "as a" or a
// copula and "a", the state named last before it in the sentence.
func (d *doc) orgPartners(add func(*entity, string, *entity, int)) {
	for i := 1; i < len(d.toks); i++ {
		if !orgPartnerNouns[d.toks[i].key] || d.inQuote[i] {
			continue
		}
		j := i - 1
		for j > 0 && orgPartnerMods[d.toks[j].key] {
			j--
		}
		m := d.mentionAt(j)
		if m == nil || m.e != j+1 || m.ent == nil || m.ent.typ != schema.Organization {
			continue
		}
		sent, k := d.toks[i].sent, m.s-1
		if k < 1 || d.toks[k].sent != sent {
			continue
		}
		var holder *entity
		switch key := d.toks[k].key; {
		case key == "'s":
			if p := d.mentionAt(k - 1); p != nil {
				holder = d.govOf(p)
			}
		case key == "its" || key == "their",
			(key == "a" || key == "an") && (d.toks[k-1].key == "as" || beForms[d.toks[k-1].key]):
			holder = d.stateBefore(k, sent)
		}
		if holder != nil && holder != m.ent {
			add(holder, "cooperatesWith", m.ent, i)
		}
	}
}

// stateBefore is the government named last before token k in sentence
// sent, or nil.
func (d *doc) stateBefore(k, sent int) *entity {
	for j := k - 1; j >= 0 && d.toks[j].sent == sent; j-- {
		if m := d.mentionAt(j); m != nil {
			if g := d.govOf(m); g != nil {
				return g
			}
			j = m.s
		}
	}
	return nil
}
