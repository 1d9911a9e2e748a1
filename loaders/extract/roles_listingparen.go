package extract

import "github.com/newsgraph/newsgraph/schema"

// listingParenGovs are the abbreviations a participant list writes in
// brackets after a post for the government's own executive office,
// whose staff hold their posts for the government itself ("- Ana Ruiz,
// Domestic Policy Advisor (WH)").
var listingParenGovs = map[string]string{"wh": "United States"}

// listingTitleParen reads "TITLE (BODY)" from token ts to the end of its
// line, the body given in brackets as an agency's or organisation's
// acronym the text names ("Senior Director for Trade (NSC)") or as the
// abbreviation of a government's executive office (listingParenGovs):
// the title capitalised words (and of, for, &, …) with a title head among
// them, naming no body itself. It returns nil when the line is not so
// written.
func (d *doc) listingTitleParen(ts int) ([]int, *entity) {
	para := d.toks[ts].para
	head := false
	var title []int
	k := ts
	for ; k < len(d.toks) && d.toks[k].para == para && d.toks[k].key != "("; k++ {
		t := d.toks[k]
		if len(title) >= 14 || !(t.kind == tWord && t.cap || listingTitleWords[t.key]) {
			return nil, nil
		}
		if o := d.mentionAt(k); o != nil && o.ent != nil && o.ent.typ != schema.Person {
			return nil, nil // "Director of the Office of X (WH)": the title names its unit
		}
		if titleHeads[t.key] {
			head = true
		}
		title = append(title, k)
	}
	if !head || k+2 >= len(d.toks) || d.toks[k].para != para || d.toks[k+2].key != ")" || d.toks[k+2].para != para {
		return nil, nil
	}
	if k+3 < len(d.toks) && d.toks[k+3].para == para {
		return nil, nil // the line goes on after the bracket
	}
	if name, ok := listingParenGovs[d.toks[k+1].key]; ok {
		if g := d.govNamed(name); g != nil {
			return title, g
		}
		return nil, nil
	}
	m := d.mentionAt(k + 1)
	if m == nil || m.ent == nil || m.e != k+2 || m.ent.typ != schema.Agency && m.ent.typ != schema.Organization {
		return nil, nil
	}
	return title, m.ent
}
