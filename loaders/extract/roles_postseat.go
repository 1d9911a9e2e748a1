package extract

import "github.com/newsgraph/newsgraph/schema"

// A diplomat's title names the state the post serves after "of" and the
// city or country it sits in after "in": "the Ambassador of Peru in
// Chile, X", "the Deputy Chief of Mission of Canada in Mexico, X". The
// post is the first state's; the place after "in" is only its seat.

// pastPostSeat returns, for the name after a comma at token cs, the token
// to read the title and body before instead: the "in" of a seat when the
// words before the comma end "of STATE in PLACE"; otherwise cs.
func (d *doc) pastPostSeat(cs int) int {
	in := -1
	for k := cs - 2; k > 0 && k >= cs-5; k-- {
		if d.toks[k].key == "in" {
			in = k
			break
		}
	}
	if in < 2 || d.toks[in].sent != d.toks[cs-2].sent {
		return cs
	}
	if c, n := d.placeAt(in + 1); c == "" || in+1+n != cs-1 {
		return cs // the words after "in" are one place, ending at the comma
	}
	gm := d.mentionAt(in - 1)
	if gm == nil || gm.ent == nil || gm.ent.typ != schema.Government || gm.e != in || gm.s < 1 || d.toks[gm.s-1].key != "of" {
		return cs
	}
	return in + 1
}

// diplomatHeads are the posts a state keeps in another one's capital,
// read before "in": envoyWords and the bare heads of other diplomats'
// titles, with and without their accents.
var diplomatHeads = union(envoyWords, set("consul-general", "chargé", "charge", "attaché", "attache"))

// diplomatSeat returns, for the name after a comma at token cs, the token
// to read the title before instead when a diplomat's title ends with the
// city or country the post sits in: "The U.S. ambassador in Quito, X,",
// "Ecuador's ambassador in Washington, Y,": the token after the "in" that
// follows the title's head, as pastPostSeat's; otherwise cs.
func (d *doc) diplomatSeat(cs int) int {
	for k := cs - 2; k > 1 && k >= cs-5; k-- {
		if d.toks[k].key != "in" {
			continue
		}
		if d.toks[k].sent != d.toks[cs-2].sent || !diplomatHeads[d.toks[k-1].key] || d.at[k-1] != 0 {
			return cs
		}
		if c, n := d.placeAt(k + 1); c == "" || k+1+n != cs-1 {
			return cs // the words after "in" are one place, ending at the comma
		}
		return k + 1
	}
	return cs
}
