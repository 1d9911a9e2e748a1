// Instruments named in a parenthetical "through" list: "The Department,
// through the A, B (B2), C and the D, will work to …". The bodies of the
// list are the means the body before the comma acts through; that body,
// not its parts, is the actor of a cooperation verb after the list (an
// indictment "through" an office stays with the office).

package extract

// throughListFillers are the words a "through" list may hold between its
// names besides commas and parentheses.
var throughListFillers = set("and", "the", "its", "their", "his", "her")

// maxThroughList is the longest span of tokens a "through" list covers.
const maxThroughList = 60

// throughListHead returns the mention of the body named before ", through"
// when mention m is the last name of a list that follows it ("A, through
// B, C and D, will work": A), or nil when m is no such list's name.
func (d *doc) throughListHead(m *mention) *mention {
	sent := d.toks[m.s].sent
	depth := 0
	for k := m.s - 1; k >= 0 && k >= m.s-maxThroughList && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		switch {
		case key == ")":
			depth++
			continue
		case key == "(":
			depth--
			continue
		case depth > 0:
			continue // "(USMS)"
		case key == "through":
			if k < 2 || d.toks[k-1].key != "," {
				return nil // "the Department through HSI": actingThrough
			}
			pm := d.mentionAt(k - 2)
			if pm == nil || pm.ent == nil || pm.e != k-1 || pm.ent == m.ent {
				return nil
			}
			return pm
		case key == "," || throughListFillers[key]:
			continue
		}
		pm := d.mentionAt(k)
		if pm == nil || pm.ent == nil {
			return nil // a word of a clause: no list
		}
		k = pm.s
	}
	return nil
}
