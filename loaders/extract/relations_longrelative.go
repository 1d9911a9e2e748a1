package extract

// longRelativeMax is how far back (in tokens) a non-restrictive relative
// clause may open before the comma that closes it: a clause longer than
// the other parentheticals' window still holds one description ("who is
// wanted for the murder of Sheriff's Deputy B").
const longRelativeMax = 32

// longRelativeBefore returns the comma opening a non-restrictive relative
// clause ("who …", "which …") that ends with the comma at token k and
// follows a name ("A, who is charged with the murder of Agent B, was
// taken into custody": the act is A's, not B's), or -1. The clause holds
// no other comma, so that a list or a second apposition is not skipped.
func (d *doc) longRelativeBefore(k int) int {
	if k <= 0 || d.toks[k].key != "," {
		return -1
	}
	sent := d.toks[k].sent
	for j := k - 1; j > 0 && j >= k-longRelativeMax && d.toks[j].sent == sent; j-- {
		if d.inQuote[j] {
			return -1
		}
		if d.toks[j].key != "," {
			continue
		}
		if j+1 >= k {
			return -1
		}
		if r := d.toks[j+1].key; (r == "who" || r == "which") && d.mentionAt(j-1) != nil {
			return j
		}
		return -1
	}
	return -1
}

// adjunctSubordinators open a non-finite adjunct whose understood subject
// is the subject of the clause it modifies: "A appeared …, after being
// extradited".
var adjunctSubordinators = map[string]bool{"after": true, "upon": true, "following": true}

// adjunctPatient reads the patient of a passive in a non-finite adjunct
// set off by a comma ("A made his initial appearance before Judge B,
// after being extradited to the United States"): the subject opening the
// sentence (after at most a few opening words), not the nearest name, or
// nil when start (the "being" of the verb group) opens no such adjunct or
// the subject cannot be the predicate's object.
func (d *doc) adjunctPatient(start, sent int, pred string) []*entity {
	if start < 2 || d.toks[start].key != "being" || !adjunctSubordinators[d.toks[start-1].key] || d.toks[start-2].key != "," {
		return nil
	}
	s0 := d.sentStart(start)
	for k := s0; k < start-2 && k <= s0+4 && d.toks[k].sent == sent; k++ {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil {
			continue
		}
		if !typeOK(pred, sideObj, m.ent.typ) {
			return nil
		}
		return []*entity{m.ent}
	}
	return nil
}
