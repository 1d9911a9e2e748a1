// What a hosting verb hosts: a guest, not a compound noun or a thing.

package extract

import "strings"

// hostForms are the forms of the verb "host".
var hostForms = set("host", "hosts", "hosted", "hosting")

// hyphenCompoundNoun reports whether the cue word at v is the last part
// of a hyphened compound after an article: "featured X as a co-host
// country" names no one hosted.
func (d *doc) hyphenCompoundNoun(v int) bool {
	if v < 3 || d.toks[v-1].key != "-" || d.toks[v-1].space || d.toks[v].space {
		return false
	}
	p := d.toks[v-2]
	return p.kind == tWord && !p.cap && d.toks[v-3].sent == d.toks[v].sent && articles[d.toks[v-3].key]
}

// hostsThing reports whether the hosting verb ending at token end hosts a
// thing modified by a past participle before any actor is named: "X hosts
// foreign facilities focused on targeting Y" hosts no guest, and Y is
// the participle's ("an honor cordon welcoming Y" still names a guest).
func (d *doc) hostsThing(end, sent int) bool {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+8; k++ {
		t := d.toks[k]
		if d.mentionAt(k) != nil || t.kind != tWord || t.cap || actorStop[t.key] {
			return false
		}
		if k > end && !articles[d.toks[k-1].key] && strings.HasSuffix(t.key, "ed") {
			return true
		}
	}
	return false
}

// countApprox may stand before the count a host verb's object opens
// with: "hosting over 80 percent of …", "hosts nearly 30,000 …".
var countApprox = set("over", "more", "than", "nearly", "almost", "about", "around", "some", "upwards", "of", "roughly",
	"approximately", "at", "least", "close", "to", "up")

// hostsCount reports whether the hosting verb ending at token end hosts a
// count of people, a number or a share after at most three words of
// approximation ("are hosting over 80 percent of the migrants", "hosts
// nearly 30,000 refugees"): residents, not guests, so those who host
// them meet no one.
func (d *doc) hostsCount(end, sent int) bool {
	for k := end; k < len(d.toks) && d.toks[k].sent == sent && k < end+4; k++ {
		t := d.toks[k]
		if t.kind == tWord && t.key != "" && t.key[0] >= '0' && t.key[0] <= '9' {
			return true
		}
		if !countApprox[t.key] {
			return false
		}
	}
	return false
}
