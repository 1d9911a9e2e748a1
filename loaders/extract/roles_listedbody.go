// In a list of posts each followed by its holder ("ACRONYM's Civilian
// Deputy, Amb. X, and Senior Enlisted Leader, Sgt. Maj. Y"), the body
// named before the first title is the body of a later title that names
// none: the possessive or the name before the list's first item governs
// the coordinated posts.

package extract

import "github.com/newsgraph/newsgraph/schema"

// listedBodyBefore is the body of the list item before the title that
// starts at token s: s follows ", and" or "," after a person's name, and
// that name follows a comma after one body and a title ("SOUTHCOM’s
// Civilian Deputy to the Commander, Amb. X, and …"). It is nil when the
// item before states no body first.
func (d *doc) listedBodyBefore(s int) *entity {
	j := s - 1
	for n := 0; n < 2 && j > 0 && d.toks[j].cap && d.toks[j].kind == tWord && d.at[j] == 0; n++ {
		j-- // "and Command Senior Enlisted Leader": a word of the title its chain left out
	}
	and := j > 0 && d.toks[j].key == "and"
	if and {
		j--
	}
	bare := and && d.toks[j].key != "," // "X's Deputy A and Chief of Staff, B"
	if !bare {
		if j < 1 || d.toks[j].key != "," {
			return nil
		}
		j--
	}
	pm := d.mentionAt(j)
	if pm == nil || pm.ent == nil || pm.ent.typ != schema.Person || pm.e != j+1 || d.toks[pm.s].sent != d.toks[s].sent {
		return nil
	}
	cs := d.honorificStart(pm.s)
	if ranks := d.chainBefore(cs); len(ranks) > 0 {
		if prs := rolePairs(ranks); bare && len(prs) == 1 && ranks[0].org != nil && ranks[0].tok < prs[0].title[0] && d.hasHead(prs[0].title) {
			if t := prs[0].org.typ; t == schema.Agency || t == schema.Organization {
				return prs[0].org // the first item's title right before its holder's name
			}
			return nil
		}
		if !d.ranksOnly(rolePairs(ranks)) {
			return nil // the name has its own title: "…, Defense Minister X,"
		}
		cs = d.commaBeforeRank(ranks[0].tok) // "…, Marine Sgt. Maj. X"
	}
	// "Colombian Vice Minister for A, Ms. X and Vice Minister for B, Mr.
	// Y": the item before, its holder after a comma, with or without a
	// comma after the holder
	if cs < 2 || d.toks[cs-1].key != "," {
		return nil
	}
	prs := rolePairs(d.chainBefore(cs - 1))
	if len(prs) != 1 || prs[0].org == nil || !d.hasHead(prs[0].title) {
		return nil
	}
	if t := prs[0].org.typ; t != schema.Agency && t != schema.Organization && t != schema.Government {
		return nil
	}
	return prs[0].org
}
