package extract

import "strings"

// conductVerbs carry out the joint act their object names: "A and B
// conducted joint patrols", "A launched a joint operation with B".
var conductVerbs = lexWords.set("conductVerbs")

// conductedJointActs reads a joint act that its actors carry out: "the
// Navy and the Coast Guard conducted joint patrols", "A and B are
// conducting increasingly sophisticated joint operations" (each with
// each), "A launched a combined operation with B" (A with B). A "joint",
// "combined" or "coordinated" act noun, over up to one plain adjective,
// the object of a conduct verb over a determiner and two plain words; a
// negated, modal, planned or passive verb states none ("agreed to conduct
// joint patrols"), and one actor with no partner named states none.
func (d *doc) conductedJointActs(add func(*entity, string, *entity, int)) {
	for i := 1; i+1 < len(d.toks); i++ {
		if !jointActMods[d.toks[i].key] {
			continue
		}
		sent := d.toks[i].sent
		n := i + 1
		if t := d.toks[n]; !jointActs[t.key] && n+1 < len(d.toks) && t.kind == tWord && !t.cap && d.mentionAt(n) == nil {
			n++ // "joint military exercises"
		}
		if !jointActs[d.toks[n].key] || d.toks[n].sent != sent {
			continue
		}
		v := d.backToVerb(i-1, i-3, sent, conductVerbs, false)
		if v > 0 && d.toks[v].key == "out" && conductVerbs[d.toks[v-1].key] {
			v-- // "carried out"
		}
		if v < 1 || !conductVerbs[d.toks[v].key] || d.toks[v].sent != sent {
			continue
		}
		g := d.verbGroup(v)
		if d.unstated(v, g) || g.passive && !strings.HasSuffix(d.toks[v].key, "ing") {
			continue
		}
		subj := d.actorsLeft(g.start, sent, "cooperatesWith", sideSubj)
		k := n + 1
		if k+1 < len(d.toks) && d.toks[k].key == "and" && jointActs[d.toks[k+1].key] {
			k += 2 // "joint operations and patrols with B"
		}
		if k < len(d.toks) && d.toks[k].key == "with" && d.toks[k].sent == sent {
			for _, b := range d.actorsRight(k+1, sent, "cooperatesWith", sideObj) {
				for _, a := range subj {
					add(a, "cooperatesWith", b, n)
				}
			}
			continue
		}
		if len(subj) > 1 {
			eachPair(subj, func(a, b *entity) { add(a, "cooperatesWith", b, n) })
		}
	}
}

// jointlyActs reads actors who act "jointly": "A and B jointly decided
// to …", "the two governments jointly commit to …" (the coordinated
// subject right before the adverb), "the raid was carried out jointly by
// A and B" (the "by" list): each cooperates with each. A negated or modal
// verb states none.
func (d *doc) jointlyActs(add func(*entity, string, *entity, int)) {
	for i := 1; i+1 < len(d.toks); i++ {
		if d.toks[i].key != "jointly" {
			continue
		}
		sent := d.toks[i].sent
		if d.toks[i+1].key == "by" {
			eachPair(d.actorsRight(i+2, sent, "cooperatesWith", sideSubj), func(a, b *entity) { add(a, "cooperatesWith", b, i) })
			continue
		}
		s := i - 1
		if relAux[d.toks[s].key] && s > 0 {
			s-- // "A and B have jointly decided"
		}
		if d.mentionAt(s) == nil && !pairStateNouns[d.toks[s].key] || d.toks[s].sent != sent {
			continue
		}
		if t := d.toks[i+1]; t.kind != tWord || t.cap || d.mentionAt(i+1) != nil {
			continue
		}
		if g := d.verbGroup(i + 1); g.neg || g.modal || relNegs[d.toks[s+1].key] {
			continue
		}
		if list := d.actorsLeft(s+1, sent, "cooperatesWith", sideSubj); len(list) > 1 {
			eachPair(list, func(a, b *entity) { add(a, "cooperatesWith", b, i) })
		}
	}
}
