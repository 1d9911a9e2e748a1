package extract

import "strings"

// abbrevRankOnly reports whether a title is only abbreviated military
// ranks ("Gen.", "Maj. Gen.", "Sgt. Maj."): a rank, which holds no post.
func abbrevRankOnly(title string) bool {
	w := strings.Fields(title)
	for _, x := range w {
		if !strings.HasSuffix(x, ".") || !militaryRanks[fold(x)] {
			return false
		}
	}
	return len(w) > 0
}

// rankWordsOnly reports whether a title is only military ranks written
// out ("Admiral", "Rear Admiral", "General"): like an abbreviated rank, it
// says which force a person serves in, not a post of a government.
func rankWordsOnly(title string) bool {
	w := strings.Fields(title)
	for _, x := range w {
		if f := fold(x); !militaryRanks[f] && f != "rear" && f != "vice" {
			return false
		}
	}
	return len(w) > 0
}

// rankServices may stand between a comma and the rank of the name after
// it: "…, Marine Gen. X", "…, Air Force Col. Y".
var rankServices = set("marine", "marines", "navy", "army", "air", "force", "coast", "guard")

// commaBeforeRank is the token after the comma that ends the words before
// a rank starting at r, over a service's name ("The commander of X,
// Marine Gen. Y"), or 0.
func (d *doc) commaBeforeRank(r int) int {
	k := r
	if k > 1 && d.toks[k-1].key == "command" && d.toks[k-1].cap && (d.toks[k].key == "sgt." || d.toks[k].key == "sergeant") {
		k-- // "Command Sgt. Maj. X": the senior enlisted rank of a command
	}
	for n := 0; n < 2 && k > 1 && d.toks[k-1].cap && rankServices[d.toks[k-1].key]; n++ {
		k--
	}
	if k > 1 && d.toks[k-1].key == "," {
		return k
	}
	return 0
}

// rankModifiers make a compound rank of the rank after them: "Brig.
// Gen.", "Rear Adm.", "Staff Sgt.".
var rankModifiers = set("brig.", "brigadier", "rear", "vice", "staff", "first", "master")

// serviceRank reports whether the title is only a rank and the armed
// service named right before it is org: "Navy Adm. X", "U.S. Army Lt. Gen.
// Y" name the service the officer's rank is in, which is no post in it.
func (d *doc) serviceRank(title []int, org *entity) bool {
	if org == nil || len(title) == 0 {
		return false
	}
	for _, k := range title {
		if key := d.toks[k].key; !militaryRanks[key] && !rankModifiers[key] || key == "commander" {
			return false // "Army Commander Gen. X": the service's commander
		}
	}
	m := d.mentionAt(title[0] - 1)
	if m == nil || m.ent != org || m.e != title[0] {
		return false
	}
	// the service as named or as written ("Colombian Army" for the
	// National Army of Colombia)
	return armedService(org.name) || armedService(d.surface(m.s, m.e))
}

// trimRank drops abbreviated military ranks that end a longer title: the
// rank belongs to the name after it ("Air Force Commander Gen. X" is the
// Air Force's commander, a general; "Chief of Defense Maj. Gen. X").
// A rank written out stays: "Attorney General" is one office. A service
// before the rank goes with it ("Commander Marine Gen." is "Commander").
func trimRank(title string) string {
	w := strings.Fields(title)
	n := len(w)
	for n > 1 && strings.HasSuffix(w[n-1], ".") && militaryRanks[fold(w[n-1])] {
		n--
	}
	if n == len(w) {
		return title
	}
	for n > 1 && rankServices[fold(w[n-1])] {
		n-- // "Commander Marine Gen.": the service styles the rank
	}
	for _, x := range w[:n] {
		if k := fold(x); titleHeads[k] && !militaryRanks[k] || k == "commander" {
			return strings.Join(w[:n], " ")
		}
	}
	return title
}

// ranksOnly reports whether every pair of a chain is a military rank with
// at most a service ("Navy Adm."): no office.
func (d *doc) ranksOnly(prs []rolePair) bool {
	for _, pr := range prs {
		if !d.rankOnly(pr.title) {
			return false
		}
	}
	return true
}
