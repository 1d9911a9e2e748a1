// An envoy's post "to" a state names the state the envoy is sent to, not
// the one the envoy serves: "X, our Ambassador to Ruritania", "Special
// Envoy to Ruritania Y", "the Ambassador to Ruritania, Z". A title phrase
// that reads the state after "to" as the post's body gives the post to the
// sending state instead: the government "our" before the title stands
// for, else the government the article's envoys are sent from.

package extract

import "github.com/newsgraph/newsgraph/schema"

// envoyWords are the heads of the title of a post a state keeps at
// another one's seat that both envoyHeads (read before "to") and
// diplomatHeads (read before "in") hold.
var envoyWords = set("ambassador", "envoy", "consul")

// envoyHeads are the title words of a post held at another state's seat
// read before "to": envoyWords and the end of "chargé d'affaires" (token
// keys, which write ’ as ').
var envoyHeads = union(envoyWords, set("d'affaires", "ambassador-at-large"))

// envoyHostTo reports whether the phrase tp reads host as the state after
// "to" (or "to the") following an envoy's title word.
func (d *doc) envoyHostTo(tp titlePhrase, host *entity) bool {
	for k := tp.s + 1; k < tp.e && k+1 < len(d.toks); k++ {
		if d.toks[k].key != "to" || !envoyHeads[d.toks[k-1].key] {
			continue
		}
		for j := k + 1; j <= k+2 && j < len(d.toks); j++ {
			if m := d.mentionAt(j); m != nil && m.s == j && m.ent == host {
				return true
			}
			if d.toks[j].key != "the" {
				break
			}
		}
	}
	return false
}

// envoySender is the government an envoy posted to host serves, for a
// title phrase tp that names host as its body after "to": the government
// "our" just before the title stands for, else the sending government
// (senderGovernment); host itself when neither is known. Other bodies are
// returned unchanged.
func (d *doc) envoySender(tp titlePhrase, host *entity, at int) *entity {
	if host == nil || host.typ != schema.Government || !d.envoyHostTo(tp, host) {
		return host
	}
	for _, k := range []int{tp.s - 1, tp.s} {
		if k >= 0 && k < len(d.toks) && d.toks[k].key == "our" {
			if g := d.weGov(k); g != nil && g != host {
				return g
			}
			// the side the copy writes from, named or not
			if g := d.govNamed(d.unmarkedSide(host.name)); g != nil && g != host {
				return g
			}
		}
	}
	if g := d.senderGovernment(host.name, at); g != nil && g != host {
		return g
	}
	return host
}
