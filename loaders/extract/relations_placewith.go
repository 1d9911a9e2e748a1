package extract

// verbAdjunctStops end the search for a place phrase's partner word: a new
// clause or a second conjunct begins ("met in Lima to discuss …", "met in
// Lima and spoke with …").
var verbAdjunctStops = set("to", "and", "that", "who", "which", "where", "said", "but", "while", "after", "before", "for")

// skipVerbAdjuncts is the token after the adjuncts (at most four, each
// comma between them counted as one) that start at k, between the verb at
// v and the word next that introduces its partner: an adverb of time
// ("today", "again"), a date ("on May 7", "September 25"), or a place
// ending right before next ("at the White House", "in Lima, Peru,"):
// "spoke on May 7 with X", "met today at the ministry with X", "testified
// Tuesday before Y". A place is skipped only when next follows it;
// otherwise k stays at the place.
func (d *doc) skipVerbAdjuncts(k, v int, next string) int {
	sent := d.toks[v].sent
	in := func(j int) bool { return j < len(d.toks) && d.toks[j].sent == sent }
	for n := 0; n < 4 && in(k); n++ {
		switch key := d.toks[k].key; {
		case key == "," && n > 0:
			k++ // "on September 25, 2023, in Quito with X"
		case verbAdverbs[key]:
			k++
		case key == "on" && in(k+1) && weekdays[d.toks[k+1].key]:
			k += 2
		case key == "on" && in(k+1) && d.monthAt(k+1):
			k = d.skipDate(k + 1)
		case d.monthAt(k) && in(k+1) && allDigits(d.toks[k+1].key):
			k = d.skipDate(k)
		case key == "in" || key == "at":
			j := d.placeEndBefore(k, sent, next)
			if j < 0 {
				return k
			}
			k = j
		default:
			return k
		}
	}
	return k
}

// monthAt reports whether token k names a month, capitalised ("May",
// "Sept.").
func (d *doc) monthAt(k int) bool {
	return d.toks[k].cap && isMonth(d.toks[k].key)
}

// skipDate is the token after the date whose month is at k: "May 7",
// "September 25, 2023".
func (d *doc) skipDate(k int) int {
	sent := d.toks[k].sent
	k++
	if k < len(d.toks) && d.toks[k].sent == sent && allDigits(d.toks[k].key) {
		k++
		if k+1 < len(d.toks) && d.toks[k].key == "," && d.toks[k+1].sent == sent && allDigits(d.toks[k+1].key) && len(d.toks[k+1].key) == 4 {
			k += 2
		}
	}
	return k
}

// placeEndBefore returns the index of next when it ends the place phrase
// whose preposition is at k ("at the White House with", "in Lima, Peru,
// with") within ten tokens, or -1 when a clause word, a quotation or the
// sentence's end comes first.
func (d *doc) placeEndBefore(k, sent int, next string) int {
	for j := k + 1; j < len(d.toks) && d.toks[j].sent == sent && j <= k+10; j++ {
		t := d.toks[j]
		switch {
		case t.key == next:
			if j == k+1 {
				return -1
			}
			return j
		case verbAdjunctStops[t.key] || t.kind == tQuote || t.kind == tPunct && t.key != "," && t.key != "." && t.key != "’" && t.key != "'" && t.key != "-":
			return -1
		}
	}
	return -1
}

// placeThenWith returns the index of the "with" that names the partner of
// a bare "met" ending at end when a time, a date or a place comes between
// them ("met today at the ministry with X", "met on May 7 with X"): the
// partner is the complement of "with", not the place. It returns end when
// no such "with" follows.
func (d *doc) placeThenWith(end, sent int) int {
	if end <= 0 || end >= len(d.toks) || !meetForms[d.toks[end-1].key] || d.toks[end].sent != sent {
		return end
	}
	if k := d.skipVerbAdjuncts(end, end-1, "with"); k < len(d.toks) && d.toks[k].key == "with" && d.toks[k].sent == sent {
		return k
	}
	return end
}
