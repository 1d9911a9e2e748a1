package extract

// A body's member states stand in a list for the body: "the United
// States, CARICOM member nations, and the Dominican Republic work
// together" lists CARICOM as a party, the way "CARICOM states" or "the
// CARICOM members" would.

// memberCollectives are the plural nouns that, after "member", name the
// states that make up a body.
var memberCollectives = set("states", "nations", "countries", "governments")

// memberStatesBack returns the token of the body's name when token j ends
// "BODY member states" (over an acronym in parentheses), and j otherwise.
func (d *doc) memberStatesBack(j int) int {
	if j < 2 || !memberCollectives[d.toks[j].key] || d.toks[j-1].key != "member" || d.mentionAt(j) != nil {
		return j
	}
	b := j - 2
	if d.toks[b].key == ")" {
		if o := d.openParen(b, d.toks[j].sent); o > 0 {
			b = o - 1 // "Caribbean Community (CARICOM) member states"
		}
	}
	if m := d.mentionAt(b); m != nil && m.ent != nil && m.e == b+1 && d.toks[b].sent == d.toks[j].sent {
		return b
	}
	return j
}
