// A meeting "with" people the text does not name: "A and B met with
// members of X".

package extract

// unnamedGuestNouns are the heads of a plural of people met whom the
// sentence does not name: "members of X", "leaders of Y".
var unnamedGuestNouns = set("members", "leaders", "representatives", "officials", "advocates", "stakeholders", "groups")

// unnamedGuestsFollow reports whether the meeting cue c, ending before
// token end, is followed by "with" and a plural of people ("met with
// members of the council", "met with the leaders of civil society"): its
// subjects met those people, not each other.
func (d *doc) unnamedGuestsFollow(c relCue, end, sent int) bool {
	if len(c.rest) == 0 || c.rest[len(c.rest)-1] != "with" {
		return false
	}
	for k := end; k < len(d.toks) && k < end+4 && d.toks[k].sent == sent; k++ {
		t := d.toks[k]
		if unnamedGuestNouns[t.key] {
			return true
		}
		if t.kind != tWord || d.mentionAt(k) != nil || t.key == "each" || t.key == "one" {
			return false
		}
	}
	return false
}
