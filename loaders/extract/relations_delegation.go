package extract

import (
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// leadVerbs are the forms of "lead" that head a delegation on a trip: "A
// led a delegation to meet with B", "A, leading a delegation to Lima, met …".
var leadVerbs = set("led", "leads", "lead", "leading")

// groupOfBodies reports whether the object after token end is a group
// "of" bodies' people rather than the bodies: "led a high-level
// delegation of White House and State Department officials" leads the
// delegation, not the White House.
func (d *doc) groupOfBodies(end, sent int) bool {
	for k := end; k+1 < len(d.toks) && d.toks[k].sent == sent && k < end+6; k++ {
		if d.mentionAt(k) != nil {
			return false
		}
		if groupHeads[d.toks[k].key] && d.toks[k+1].key == "of" {
			return true
		}
	}
	return false
}

// delegationTrip returns the start of the verb group of an affirmative,
// past "led a delegation" whose purpose is the infinitive whose "to" is at
// token to ("A led a high-level delegation of X officials to meet with
// B"), or -1: the leader's trip, like "traveled to … to meet with B".
func (d *doc) delegationTrip(to int) int {
	sent := d.toks[to].sent
	for k := to - 1; k >= 0 && k >= to-16 && d.toks[k].sent == sent; k-- {
		key := d.toks[k].key
		if key != "delegation" && key != "delegations" {
			if actorStop[key] || key == "who" || key == "which" || key == "to" {
				return -1
			}
			continue
		}
		for j := k - 1; j >= 0 && j >= k-6 && d.toks[j].sent == sent; j-- {
			if leadVerbs[d.toks[j].key] {
				if g := d.verbGroup(j); !g.neg && !g.modal && !g.infinitive {
					return g.start
				}
				return -1
			}
			if d.mentionAt(j) != nil {
				return -1
			}
		}
		return -1
	}
	return -1
}

// maxGuestsMeet is the most guests of one host that are paired with
// each other: a trilateral table, not a regional gathering.
const maxGuestsMeet = 3

// guestsMeet pairs the guests of one host that belong to different
// governments: they meet at the host's event. Members of one delegation
// ("hosted a U.S. delegation led by A and B") do not meet each other,
// nor do the guests of a gathering of more than maxGuestsMeet ("hosted
// representatives from A, B, C, D and E"): a host's briefing of many
// says who met the host, not who sat down with whom.
func (d *doc) guestsMeet(guests []*entity, pred string, v int, add func(*entity, string, *entity, int)) {
	if len(guests) > maxGuestsMeet {
		return
	}
	side := func(e *entity) *entity {
		if e.typ == schema.Person {
			return d.personGov(e)
		}
		if e.typ == schema.Government {
			return e
		}
		return nil
	}
	eachPair(guests, func(a, b *entity) {
		if ga, gb := side(a), side(b); ga != nil && gb != nil && ga != gb {
			add(a, pred, b, v)
		}
	})
}

// backMotion are the verbs after which "back" is an adverb of return:
// "arrived safely back in Washington", "flew back", "brought back".
var backMotion = set("returned", "return", "returning", "brought", "bring", "sent", "send", "came", "come",
	"coming", "went", "go", "going", "flew", "fly", "flown", "arrived", "arrive", "traveled", "travelled", "headed",
	"get", "got", "way", "pushed", "push", "pulled", "fought", "fight", "hit", "struck")

// adverbBack reports whether the cue at token v is "back" after a verb of
// motion (over an adverb): no support is stated.
func (d *doc) adverbBack(v int) bool {
	if d.toks[v].key != "back" {
		return false
	}
	for k := v - 1; k >= 0 && k >= v-2 && d.toks[k].sent == d.toks[v].sent; k-- {
		if key := d.toks[k].key; backMotion[key] {
			return true
		} else if !strings.HasSuffix(key, "ly") {
			return false
		}
	}
	return false
}

// subjectGroupLeaders returns the leaders of a delegation that is the
// subject of the verb group starting at token start: "The Presidential
// Delegation, led by Ambassador X, and joined by A and B, met with …":
// X met them too.
func (d *doc) subjectGroupLeaders(start, sent int) []*entity {
	for k := start - 1; k >= 2 && d.toks[k].sent == sent && k > start-30; k-- {
		if d.toks[k].key != "by" || !ledByWords[d.toks[k-1].key] || d.toks[k-2].key != "," {
			continue
		}
		h := k - 3
		if h < 0 || !groupHeads[d.toks[h].key] {
			return nil
		}
		return d.actorsRight(k+1, sent, "metWith", sideSubj)
	}
	return nil
}

// ledByWords head a group in "the delegation, led by X,".
var ledByWords = set("led", "headed")

// oppositionWords describe people who oppose a state's government: "met
// opposition leaders from X", "dissidents of Y" name no meeting with X or Y.
var oppositionWords = set("opposition", "dissident", "dissidents", "exile", "exiles", "exiled")
