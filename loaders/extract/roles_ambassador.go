// Whose is an "Ambassador to X": never X's.

package extract

// postHost is the country an envoy's title posts him to ("Ambassador to
// Canada", "Ambassador to the United States"), or "".
func (d *doc) postHost(title []int) string {
	for i, k := range title {
		if d.toks[k].key != "to" || i == 0 {
			continue
		}
		for _, c := range d.countries {
			if c.tok > k && c.tok <= title[len(title)-1] {
				return c.country
			}
		}
	}
	return ""
}

// senderGovernment is the government of an envoy posted to host, named
// by no body in the title: the article's main government when that is not
// the host, else the last other government named before token at.
func (d *doc) senderGovernment(host string, at int) *entity {
	if c := d.dominant(false); c != "" && c != host {
		if g := d.govNamed(c); g != nil {
			return g
		}
	}
	for k := len(d.countries) - 1; k >= 0; k-- {
		if c := d.countries[k]; c.tok < at && c.country != host {
			return d.govNamed(c.country)
		}
	}
	return nil
}

// meetingVerbs join the two sides of a meeting: "A met with B", "A
// hosted B", "A received B".
var meetingVerbs = set("met", "meet", "meets", "meeting", "hosted", "hosts", "received", "receives", "welcomed", "welcomes",
	"visited", "visits", "call", "phoned")

// talkVerbs with "with" or "to" after them are a meeting by call or in
// person: "A spoke today with President B".
var talkVerbs = set("spoke", "speaks", "talked", "talks")

// meetingBetween reports whether a meeting verb stands between tokens a
// and b (in either order): the people on either side serve different
// governments, as far as a list goes.
func (d *doc) meetingBetween(a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for k := a + 1; k < b; k++ {
		if meetingVerbs[d.toks[k].key] {
			return true
		}
		if talkVerbs[d.toks[k].key] {
			for j := k + 1; j < b && j <= k+4; j++ {
				if key := d.toks[j].key; key == "with" || key == "to" {
					return true
				}
			}
		}
	}
	return false
}
