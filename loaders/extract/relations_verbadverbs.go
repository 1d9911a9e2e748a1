package extract

// verbAdverbs may stand between a verb and the "with" of its partner or
// the "before" of its audience ("testified Tuesday before X"):
// "spoke today with X", "met Monday with Y", "conferred again with Z".
var verbAdverbs = union(set("today", "yesterday", "tonight", "again", "separately", "virtually", "briefly"), weekdays)

// skipVerbAdverbs is the token after the verbAdverbs (at most two) that
// start at k, in the sentence of the verb at v.
func (d *doc) skipVerbAdverbs(k, v int) int {
	for n := 0; n < 2 && k < len(d.toks) && d.toks[k].sent == d.toks[v].sent && verbAdverbs[d.toks[k].key]; n++ {
		k++
	}
	return k
}
