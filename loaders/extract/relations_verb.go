// Verb cues: the verb group (negation, modality, tense) and the checks on
// what follows a verb before its actors are read.

package extract

import "strings"

// relBlockers govern an infinitive that is not the act: "plans to arrest".
var relBlockers = set("plan", "plans", "planned", "planning", "intend", "intends", "intended", "seek", "seeks",
	"sought", "seeking", "want", "wants", "wanted", "hope", "hopes", "hoped", "aim", "aims", "aimed", "propose",
	"proposes", "proposed", "vow", "vowed", "vows", "pledge", "pledged", "pledges", "promise", "promised",
	"promises", "agree", "agreed", "agrees", "refuse", "refused", "refuses", "decline", "declined", "fail",
	"failed", "ask", "asked", "urge", "urged", "urges", "expect", "expected", "try", "tried", "trying", "set",
	"going", "about", "able", "unable", "ready", "willing", "likely", "would", "could", "called", "call",
	"demand", "demanded", "order", "ordered", "authorized", "authorised", "move", "moved", "threat", "effort",
	"efforts", "bid", "attempt", "attempted", "possibility", "decision", "order", "ready")

// relModals make a verb hypothetical or future: not the act.
var relModals = set("would", "could", "may", "might", "should", "must", "shall", "will", "can", "'ll", "wo", "ca")

// relNegs negate a verb, also as a contracted auxiliary, which the
// tokenizer keeps as one word ("didn't", "won't").
var relNegs = set("not", "n't", "never", "no", "cannot", "don't", "doesn't", "didn't", "won't", "can't",
	"hasn't", "haven't", "hadn't", "isn't", "aren't", "wasn't", "weren't", "wouldn't", "couldn't", "shouldn't")

// contractedAux are the auxiliaries written as a contraction after a
// pronoun and an apostrophe ("we've", "they're", "I'm";
// splitContraction), each with what it says of the verb group: "have"
// adds nothing, "be" is a be-form.
var contractedAux = map[string]string{"ve": "have", "re": "be", "m": "be"}

// relAux are the words that may stand between a subject and its verb.
var relAux = set("was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "did", "does", "do",
	"also", "likewise", "jointly", "reportedly", "allegedly", "recently", "already", "formally", "officially",
	"successfully", "publicly", "today", "yesterday", "previously", "later", "then", "since", "again",
	"both", "all", "each", "together", "now", "still", "just", "first", "once", "subsequently", "ultimately")

var beForms = set("was", "were", "is", "are", "be", "been", "being")

// verbGroup reads the words before the verb at v: whether it is negated
// or modal, passive, an infinitive (and the word governing it), and where
// the group starts.
type verbGroup struct {
	start          int
	neg, modal     bool
	passive        bool
	infinitive     bool
	governor       string
	governorThreat bool
	modalWord      string // the modal, when modal: "would", "will"
}

func (d *doc) verbGroup(v int) verbGroup {
	if t := d.infinitiveBeforeAnd(v); t >= 0 {
		return d.verbGroup(t + 1) // "to counter trafficking worldwide and work with X": the first infinitive's group
	}
	g := verbGroup{start: v}
	sent := d.toks[v].sent
	for k := v - 1; k >= 0 && d.toks[k].sent == sent && k >= v-6; k-- {
		key := d.toks[k].key
		switch {
		case key == "and" && k >= 2 && d.toks[k-2].key == "to" && d.toks[k-1].kind == tWord && !d.toks[k-1].cap && d.mentionAt(k-1) == nil:
			k-- // "to identify and disrupt X": the infinitive's "to"
		case contractedAux[key] != "" && k > 0 && d.toks[k-1].key == "'" && !d.toks[k].space:
			// "we've worked", "they're working": the auxiliary after an apostrophe
			if contractedAux[key] == "be" {
				g.passive = true
			}
			k--
		case relNegs[key]:
			g.neg = true
		case d.isModal(k):
			g.modal = true
			g.modalWord = key
		case beForms[key]:
			g.passive = true
		case key == "to":
			g.infinitive = true
			// the governor: the word before "to", over adverbs
			j := k - 1
			for j >= 0 && (relAux[d.toks[j].key] || strings.HasSuffix(d.toks[j].key, "ly")) {
				j--
			}
			if j >= 0 {
				g.governor = d.toks[j].key
				if c, ok := relCues[g.governor]; ok && c[0].pred == "threatened" || strings.HasPrefix(g.governor, "threat") {
					g.governorThreat = true
				}
				// "did not want to", "would like to", "don't have to" (the
				// auxiliary skipped, the negation is the governor's word)
				for n := j; n >= 0 && n >= j-3; n-- {
					if relNegs[d.toks[n].key] {
						g.neg = true
					}
					if d.isModal(n) {
						g.modal = true
						g.modalWord = d.toks[n].key
					}
				}
			}
			g.start = k
			return g
		case relAux[key] || d.toks[k].kind == tWord && !d.toks[k].cap && strings.HasSuffix(key, "ly") && len(key) > 4:
		default:
			return g
		}
		g.start = k
	}
	return g
}

// verbRelation reads the actors of the verb cue at [v, end), in steps:
//  1. verbCueNoAct drops a cue that is no act here (a noun, a title, a
//     state, a sentence broken off);
//  2. the verb group: cueHolds and cueObject read what the cue needs
//     after it; negation ends the cue, and verbMood reads a past tie, a
//     modal or an infinitive (the predicate may become "threatened", and
//     the actors may be read from a trip before: subjFrom);
//  3. verbPassive tells a passive or a participle with its agent;
//  4. the actors, by the cue's kind: a plea or sentence (pleaRelation),
//     a passive (passiveRelation), an unnamed "we" or "I" before the verb
//     (unnamedSubjectRelation), else, unless the verb is a noun's
//     (verbNounForm), an active verb: its subjects (activeSubjects) and
//     then its objects (activeRelation).
func (d *doc) verbRelation(v, end int, c relCue, add func(*entity, string, *entity, int)) {
	add = cueActors(c, add)              // "fight [groups]": armed groups at war
	add = d.prosecutorCharges(v, c, add) // "the Public Ministry accused X of …": a charge
	if d.verbCueNoAct(v, end, c) {
		return
	}
	g := d.verbGroup(v)
	if !d.cueHolds(v, end, c, g) {
		return // "warn [object-named]": "warned that X would respond" warns no one named
	}
	end = d.cueObject(v, end, c) // "blame [object-after-on]": "blamed the rise in extortion on X": X
	if g.neg || d.adverbBack(v) {
		return
	}
	if c.pred == "accused" && !g.passive && end < len(d.toks) && d.toks[end].key == "of" && d.toks[v].key == "accused" {
		return // "the defendants accused of killing X": a participle (relations_accusedof_test.go); the accused are before it, X is no one's target
	}
	pred, subjFrom, ok := d.verbMood(v, end, c, &g, add)
	if !ok {
		return
	}
	passive := d.verbPassive(v, end, c, g, pred)
	if passive && d.passiveNoAct(v, end, c, g, pred, add) {
		return
	}
	if c.pred == "convicted" && len(c.rest) > 0 {
		d.pleaRelation(v, end, c, g, pred, add)
		return
	}
	if passive {
		d.passiveRelation(v, end, g, pred, add)
		return
	}
	if d.unnamedSubjectRelation(v, end, c, g, pred, add) {
		return // "when we met": not an actor named before
	}
	if d.verbNounForm(v, g, pred) {
		return
	}
	if subjFrom < 0 {
		subjFrom = g.start
	}
	subjs, pred := d.activeSubjects(v, subjFrom, end, c, g, pred)
	d.activeRelation(v, end, c, g, subjFrom, subjs, pred, add)
}

// thankForms thank: support of a state thanked ("thanked Peru for its
// work"); thanking a person or a body is courtesy, no support.
var thankForms = set("thank", "thanks", "thanked", "thanking")

// reciprocalEnds end the cues of a symmetric predicate whose actors are
// their coordinated subjects only: "A and B are working to …", "A and B
// spoke by telephone" (a list of data/lexicon/words.tsv).
var reciprocalEnds = lexWords.set("reciprocalEnds")
