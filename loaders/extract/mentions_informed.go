package extract

// informVerbs take a body as object and what it is told after "of":
// "informed Congress of the decision", "notified the Senate of …".
var informVerbs = set("inform", "informs", "informed", "informing", "notify", "notifies", "notified", "notifying",
	"apprise", "apprised", "remind", "reminds", "reminded", "assure", "assured")

// informedOwner reports whether the capitalised complement ending at token
// j after a body's head at token i is what the body was told, not more of
// its name: the head is the object of an informing verb (informVerbs,
// over "the" and the name's capitalised words) and the complement owns
// the noun after it ("informed Congress of the Cabinet's plan").
func (d *doc) informedOwner(i, j int) bool {
	if j >= len(d.toks) || d.toks[j].key != "'s" && d.toks[j].key != "’s" {
		return false
	}
	for k := i - 1; k >= 0 && k >= i-6 && d.toks[k].sent == d.toks[i].sent; k-- {
		t := d.toks[k]
		if informVerbs[t.key] && !t.cap {
			return true
		}
		if t.key != "the" && !(t.kind == tWord && t.cap) {
			return false
		}
	}
	return false
}
