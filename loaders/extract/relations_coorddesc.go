// A coordinated actor introduced by a description of its place in a group:
// "arrested A and another senior member of the Y cartel, B".

package extract

// descDets open such a description.
var descDets = set("a", "an", "another", "the")

// groupDescriptionEnd returns the comma that ends a description at token
// j of a person by their place in a named group, "another senior member
// of the Y cartel," or "a leader of Y,", when a name follows the comma;
// -1 otherwise. Up to four lower-case words or hyphens may stand between
// the determiner and the title.
func (d *doc) groupDescriptionEnd(j, sent int) int {
	if j >= len(d.toks) || !descDets[d.toks[j].key] {
		return -1
	}
	k := j + 1
	for n := 0; k < len(d.toks) && d.toks[k].sent == sent && n < 4 && groupTitles[d.toks[k].key] == ""; n, k = n+1, k+1 {
		if t := d.toks[k]; (t.kind != tWord || t.cap) && t.key != "-" || d.mentionAt(k) != nil {
			return -1 // lower-case words ("senior", "high-level")
		}
	}
	if k+2 >= len(d.toks) || groupTitles[d.toks[k].key] == "" || d.toks[k+1].key != "of" {
		return -1
	}
	k += 2
	if d.toks[k].key == "the" {
		k++
	}
	m := d.mentionAt(k)
	if m == nil || m.s != k || m.ent == nil || m.e+1 >= len(d.toks) {
		return -1
	}
	e := m.e
	if groupKindNouns[d.toks[e].key] {
		e++ // "of the Y gang,"
	}
	if e+1 >= len(d.toks) || d.toks[e].key != "," || d.toks[e].sent != sent || d.mentionAt(e+1) == nil {
		return -1
	}
	return e
}

// possessiveDets open a description by whose it is: "his firm, X".
var possessiveDets = set("his", "her", "its", "their")

// possessedDescriptionEnd returns the comma that ends a description at
// token j of the next item by its tie to the one before, "his firm," or
// "her company,", when a name follows the comma ("X, 61, and his firm, Y
// S.A."); -1 otherwise. Up to three lower-case words make the
// description.
func (d *doc) possessedDescriptionEnd(j, sent int) int {
	if j >= len(d.toks) || !possessiveDets[d.toks[j].key] {
		return -1
	}
	k := j + 1
	for n := 0; k < len(d.toks) && d.toks[k].sent == sent && n < 3 && d.toks[k].key != ","; n, k = n+1, k+1 {
		if t := d.toks[k]; t.kind != tWord || t.cap || d.mentionAt(k) != nil || relConj[t.key] {
			return -1
		}
	}
	if k == j+1 || k+1 >= len(d.toks) || d.toks[k].key != "," || d.mentionAt(k+1) == nil {
		return -1
	}
	return k
}

// ageAt reports whether token j is a person's age set off by commas after
// the name ("A, 61, and B").
func (d *doc) ageAt(j int) bool {
	if j < 1 || j+1 >= len(d.toks) || d.toks[j-1].key != "," || d.toks[j+1].key != "," {
		return false
	}
	k := d.toks[j].key
	return len(k) <= 3 && allDigits(k)
}

// residenceEnd returns the comma that closes a residence set off after a
// name at the "of" at token j ("A, 38, of Culiacan, and B"): up to three
// capitalised words between commas; -1 otherwise.
func (d *doc) residenceEnd(j, sent int) int {
	if j < 1 || j+2 >= len(d.toks) || d.toks[j].key != "of" || d.toks[j-1].key != "," {
		return -1
	}
	k := j + 1
	for n := 0; k < len(d.toks) && d.toks[k].sent == sent && n < 3 && d.toks[k].key != ","; n, k = n+1, k+1 {
		if t := d.toks[k]; t.kind != tWord || !t.cap {
			return -1
		}
	}
	if k == j+1 || k >= len(d.toks) || d.toks[k].key != "," {
		return -1
	}
	return k
}

// skipAgeResidenceBack returns the token before an age and a residence
// set off by commas that end at token j ("A, 45, of Lima" ending at
// "Lima": the end of A), or j when none ends there.
func (d *doc) skipAgeResidenceBack(j int) int {
	for n := 0; n < 2 && j >= 2; n++ {
		if j+1 < len(d.toks) && d.ageAt(j) {
			j -= 2 // ", 45,"
			continue
		}
		k := d.capsBack(j)
		if k < j && k >= 2 && d.toks[k].key == "," {
			k = d.townBefore(k) // ", of Magnolia, Texas,": the town before its state
		}
		if k < j && k >= 2 && d.toks[k].key == "of" && d.toks[k-1].key == "," && j+1 < len(d.toks) && d.toks[j+1].key == "," {
			j = k - 2 // ", of Lima,"
			continue
		}
		break
	}
	return j
}

// townBefore steps back from token k, the comma between a town and its
// state (", of Magnolia, Texas,"), over the town's capitalised words to
// the token before them when that token is "of"; else it returns k.
func (d *doc) townBefore(k int) int {
	j := d.capsBack(k - 1)
	if j < k-1 && j >= 1 && d.toks[j].key == "of" {
		return j
	}
	return k
}

// capsBack steps back from token k over up to three capitalised words, a
// place's name ("Culiacan", "San Luis Potosi"): it returns the token
// before them, or k when token k is none.
func (d *doc) capsBack(k int) int {
	for c := 0; k >= 0 && c < 3 && d.toks[k].kind == tWord && d.toks[k].cap; c++ {
		k--
	}
	return k
}
