// A local office named after its officer's possessive keeps the possessive
// inside its name: "the Harlow County State's Attorney's Office", "the
// Cole County Sheriff's Department".

package extract

// officerPossessives is a words.tsv list: officers whose possessive
// names a local body ("sheriff" in "Sheriff's Department"), and the
// officer word pairs that open one ("state_attorney": "State's Attorney").
var officerPossessives = lexWords.set("officerPossessives")

// officerPossessive reports whether token p is the "'s" inside the name
// whose head is at token i (office or department): "State's Attorney's
// Office" (the officer's title "State's Attorney" goes on to the head) or
// "Sheriff's Department" (an officer whose department it is).
func (d *doc) officerPossessive(p, i int) bool {
	if p < 1 || p+1 > i || d.toks[p].key != "'s" || !d.capWord(p-1) || d.toks[p-1].sent != d.toks[i].sent || d.toks[p].brk {
		return false
	}
	if h := d.toks[i].key; h != "office" && h != "department" {
		return false
	}
	prev := d.toks[p-1].key
	if p == i-1 {
		// a place names the officer's department: not "transfers them to the Sheriff's Department"
		return d.toks[i].key == "department" && officerPossessives[prev] && p >= 2 && d.capWord(p-2) && d.toks[p-2].sent == d.toks[i].sent
	}
	next := d.toks[p+1]
	return next.cap && officerPossessives[prev+"_"+next.key]
}
