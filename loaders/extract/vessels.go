// Ships' names: "the Coast Guard Cutter Mohawk", "USS Ana Ruiz", "the
// cutters Alder and Ana Ruiz Jr.". A ship named after a person names no
// one, and a ship's name after its service is no office of it.

package extract

// shipWords before a capitalised name make it a ship's: "Cutter X",
// "the frigate X"; a plural opens a list of ships' names.
var shipWords = set("cutter", "cutters", "ship", "ships", "vessel", "vessels", "frigate", "frigates",
	"destroyer", "destroyers", "corvette", "corvettes", "warship", "warships")

// shipPrefixes name a ship by its service's prefix: "USS X", "HMS X".
var shipPrefixes = set("uss", "usns", "uscgc", "hms", "hmcs", "hnlms")

// vesselNames marks the words of the ships' names the text gives (by
// token, and by word for later short references such as "the Coast
// Guard X's crew"): the capitalised words right after a ship word or
// prefix and, after a plural ship word, those of each further name its
// list joins by "and" or a comma. It computes once per article.
func (d *doc) vesselNames() (map[int]bool, map[string]bool) {
	if d.vesselToks != nil {
		return d.vesselToks, d.vesselKeys
	}
	d.vesselToks, d.vesselKeys = map[int]bool{}, map[string]bool{}
	for i := 0; i+1 < len(d.toks); i++ {
		t := d.toks[i]
		if t.kind != tWord || !shipWords[t.key] && !(shipPrefixes[t.key] && t.upper) {
			continue
		}
		plural := t.key[len(t.key)-1] == 's' && !shipPrefixes[t.key]
		j := i + 1
		for items := 0; items < 4 && j < len(d.toks) && !d.toks[j].brk && d.toks[j].sent == t.sent && d.capWord(j); items++ {
			e := d.nameRunEnd(j)
			for k := j; k < e; k++ {
				d.vesselToks[k] = true
				d.vesselKeys[d.toks[k].key] = true
			}
			if !plural || e+1 >= len(d.toks) {
				break
			}
			j = e
			for n := 0; n < 2 && j < len(d.toks) && (d.toks[j].key == "," || d.toks[j].key == "and"); n++ {
				j++
			}
			if j == e {
				break
			}
		}
	}
	return d.vesselToks, d.vesselKeys
}

// vesselAt reports whether token i is a word of a ship's name.
func (d *doc) vesselAt(i int) bool {
	toks, _ := d.vesselNames()
	return toks[i]
}

// vesselWord reports whether the word of token i is one the text uses in
// a ship's name.
func (d *doc) vesselWord(i int) bool {
	_, keys := d.vesselNames()
	return keys[d.toks[i].key]
}

// pastShipName returns the token after a capitalised ship word and the
// ship's name at j ("Cutter Alder"), or j when none stands there: a title
// after a service's ship ("Coast Guard Cutter Alder commanding officer")
// is a post in that service.
func (d *doc) pastShipName(j int) int {
	if j+1 >= len(d.toks) || !shipWords[d.toks[j].key] || !d.toks[j].cap || !d.vesselAt(j+1) {
		return j
	}
	k := j + 1
	for k < len(d.toks) && d.vesselAt(k) {
		k++
	}
	return k
}

// shipBefore is the ship word and name ending right before token t
// ("Cutter Alder" in "Coast Guard Cutter Alder commanding officer"), or "".
func (d *doc) shipBefore(t int) string {
	k := t - 1
	for k > 0 && d.vesselAt(k) {
		k--
	}
	if k == t-1 || !shipWords[d.toks[k].key] || !d.toks[k].cap {
		return ""
	}
	return d.surface(k, t)
}
