// Verbs of listing that designate: "identified X as a significant foreign
// narcotics trafficker", "X was named as a Foreign Terrorist Organization
// by the Secretary of State", "Washington lists X as a terrorist
// organization". Such a verb states a designation only when its object is
// put "as" a listed kind; otherwise it names, lists or identifies.

package extract

import "strings"

// propAsListing is the cue property of relations.tsv that reads a verb of
// listing as a designation: "identify [as-listing]".
const propAsListing = "as-listing"

// listedKinds are the kinds a designation lists someone as, written in
// lower case and read after "as" over an article and a few modifiers
// ("as a Foreign Terrorist Organization", "as a significant foreign
// narcotics trafficker", "as a drug kingpin"): each a phrase of words.
var listedKinds = [][]string{
	{"terrorist"},
	{"terrorists"},
	{"kingpin"},
	{"kingpins"},
	{"specially", "designated"},
	{"foreign", "narcotics", "trafficker"},
	{"foreign", "narcotics", "traffickers"},
}

// asListingWindow is how many words after "as" a listed kind may start
// ("as a significant foreign narcotics trafficker": the fourth).
const asListingWindow = 4

// asListing reports whether the object of the verb ending at end is put
// "as" a listed kind later in its clause: the word "as" within the next
// twenty tokens, before a clause stop, followed by one of listedKinds.
func (d *doc) asListing(end, sent int) bool {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+20; k++ {
		key := d.toks[k].key
		if actorStop[key] || key == ";" {
			return false
		}
		if key != "as" {
			continue
		}
		for j := k + 1; j <= k+asListingWindow && j < len(d.toks) && d.toks[j].sent == sent; j++ {
			if d.toks[j].kind != tWord {
				break
			}
			if d.kindAt(j) {
				return true
			}
		}
		return false
	}
	return false
}

// listingVerb reports whether the cue word at v is a verb, not the noun
// of the same spelling after a determiner ("removed from its list of
// Specially Designated Narcotics Traffickers") or before "of".
func (d *doc) listingVerb(v int) bool {
	if v > 0 && determiners[d.toks[v-1].key] && d.toks[v-1].sent == d.toks[v].sent {
		return false
	}
	return v+1 >= len(d.toks) || d.toks[v+1].key != "of"
}

// designatingVerbAt reports whether token j is a verb cue of designating
// or sanctioning ("OFAC sanctioned", "is also designating"); a verb of
// listing counts only as a verb putting its object "as" a listed kind,
// not as a noun ("removed from its list of …").
func (d *doc) designatingVerbAt(j int) bool {
	for _, c := range relCues[d.toks[j].key] {
		if c.noun || c.pred != "designated" && c.pred != "sanctioned" {
			continue
		}
		if !c.has(propAsListing) || d.listingVerb(j) && d.asListing(j+1, d.toks[j].sent) {
			return true
		}
	}
	return false
}

// kindAt reports whether one of listedKinds starts at token j.
func (d *doc) kindAt(j int) bool {
	for _, kind := range listedKinds {
		if j+len(kind) > len(d.toks) {
			continue
		}
		match := true
		for i, w := range kind {
			if !strings.EqualFold(d.toks[j+i].key, w) {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

// secretaryAgent is the department whose unnamed head is the agent after
// "by" at token by ("was named as a Foreign Terrorist Organization by the
// Secretary of State"): that department, when the article names it; else
// nil.
func (d *doc) secretaryAgent(by, sent int) *entity {
	for e := by + 3; e < len(d.toks) && e <= by+6 && d.toks[e-1].sent == sent; e++ {
		if dept := d.secretaryDepartment(e, sent); dept != nil {
			return dept
		}
	}
	return nil
}
