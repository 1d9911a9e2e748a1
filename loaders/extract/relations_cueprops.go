// Cue properties: what a verb phrase of relations.tsv needs besides its
// words, written after it in square brackets ("warn [object-named]").

package extract

import (
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// cueProp is one property a verb phrase may carry: a condition its act
// needs (holds), where its object is read (object) or which actor pairs it
// joins (pair); a nil hook leaves the cue as it is.
type cueProp struct {
	holds  func(d *doc, v, end int, c relCue, g verbGroup) bool
	object func(d *doc, v, end int) int
	pair   func(s, o *entity) bool
}

// cueProps are the properties relations.tsv may name, each documented
// there; a name not in this table is a malformed lexicon line.
var cueProps = map[string]cueProp{
	// "fight [groups]": only armed groups at war ("X has fought Y for the
	// city"); a state fighting crime attacks no one
	"groups": {pair: func(s, o *entity) bool { return s.typ == schema.Cartel && o.typ == schema.Cartel }},
	// "oppose [object-agreement]": only an agreement is its object
	// ("opposes the trade agreement"); opposing a person, a state or a
	// policy is no rejection of a text
	"object-agreement": {pair: func(_, o *entity) bool { return o.typ == schema.Agreement }},
	// "approve [subject-legislature]": only a legislature approving an
	// agreement ratifies it ("the Senate approved the trade agreement");
	// a ministry approving a text, or a legislature a bill, ratifies none
	// (relations_legislatureapproval.go)
	"subject-legislature": {
		holds: func(d *doc, v, end int, _ relCue, g verbGroup) bool {
			return !g.modal && d.agreementObjectAt(end, d.toks[v].sent)
		},
		pair: func(s, o *entity) bool { return o.typ == schema.Agreement && legislatureBody(s) },
	},
	// "metWith [noun-agent]": after an article the verb form is a noun that
	// still names who acts after "by" ("during a visit by X"); a cue
	// without it is no act after an article ("an ambush blamed on X")
	propNounAgent: {},
	// "thank [object-government]": only a state is supported ("thanked
	// Peru for its work"); thanking a person or a body is courtesy
	propGovernments: {},
	// "host [guests-meet]": the guests of one host from different
	// governments meet each other ("X hosted A and B for the dialogue")
	propGuestsMeet: {},
	// "chair [guests-after-with]": the guests follow "with" ("co-chaired the
	// working group with A and B"); no guest when another preposition
	// comes first ("a meeting of the cabinet on the border with X")
	propGuestsAfterWith: {},
	// "express … gratitude for [object-possessor]": support of the state
	// whose possessive follows ("for Peru's contributions"), not of one
	// in an act described ("for the contribution Peru is making")
	propPossessor: {},
	// "target [sanctions-action]": a sanctions action as the subject
	// ("Today's action targets X") is the sanctions office's sanction
	propSanctionsAction: {},
	// "warn [object-named]": an actor named right after the verb ("warned
	// X that …"); "warned that X would respond" names no one warned
	"object-named": {holds: func(d *doc, v, end int, _ relCue, _ verbGroup) bool { return d.namedAt(end, d.toks[v].sent) }},
	// "kill [victim-named]": someone named is killed, right after the
	// verb or, in the passive, before it with an agent after "by"; not
	// "charged with murdering X" (relations_killing.go)
	propVictimNamed: {holds: func(d *doc, v, end int, c relCue, g verbGroup) bool { return d.victimNamed(v, end, c, g) }},
	// "stand with [object-recipient]": a state or body named right after
	// ("stands with Ecuador"), not a pronoun, a cause or a people
	"object-recipient": {holds: func(d *doc, v, end int, _ relCue, _ verbGroup) bool {
		return d.recipientAt(end, d.toks[v].sent, false)
	}},
	// "help [object-helped]": a verb (not "with help from") whose object
	// right after it is a state, a body or a state's people
	"object-helped": {holds: func(d *doc, v, _ int, _ relCue, _ verbGroup) bool { return d.helpsNamed(v) }},
	// "help [not-modal]": a modal form is not the act, even of a standing
	// tie ("would help the navy intercept …")
	"not-modal": {holds: func(_ *doc, _, _ int, _ relCue, g verbGroup) bool { return !g.modal }},
	// "identify [as-listing]": a verb of listing designates only an
	// object put "as" a listed kind ("identified X as a significant
	// foreign narcotics trafficker"); else it names or identifies
	propAsListing: {holds: func(d *doc, v, end int, _ relCue, _ verbGroup) bool {
		return d.listingVerb(v) && d.asListing(end, d.toks[v].sent)
	}},
	// "fund [verb-form]": a verb, not the plural noun after no subject
	// ("laundered funds") nor half of a compound adjective
	// ("Department-funded training"); relations_verbform.go
	propVerbForm: {holds: func(d *doc, v, _ int, _ relCue, _ verbGroup) bool { return d.verbFormAt(v) }},
	// "back [not-particle]": a verb, not the adverb ("sent back to X")
	// nor the noun ("turns its back on"); relations_particle.go
	propNotParticle: {holds: func(d *doc, v, _ int, _ relCue, _ verbGroup) bool { return d.notParticleAt(v) }},
	// "conspire to [not-charge]": an act, not a gerund naming a charge
	// ("pleaded guilty to charges of conspiring to …"); relations_chargedact.go
	propNotCharge: {holds: func(d *doc, v, _ int, _ relCue, _ verbGroup) bool { return d.notChargeAt(v) }},
	// "blame [object-after-on]": the thing blamed comes first, the actor
	// after "on" ("blamed the rise in extortion on X"); a participle right
	// before "on" has no actor ("a rise blamed on X")
	"object-after-on": {
		holds: func(d *doc, _, end int, c relCue, _ verbGroup) bool {
			return !(c.past && end < len(d.toks) && d.toks[end].key == "on")
		},
		object: func(d *doc, v, end int) int { return d.objectAfter(v, end, "on") },
	},
}

// Properties that the verb reader tests by name (relCue.has), each
// documented in relations.tsv.
const (
	propNounAgent       = "noun-agent"        // after an article, a noun whose "by" names the actor
	propGovernments     = "object-government" // only governments are its objects
	propGuestsMeet      = "guests-meet"       // the guests of one host meet each other
	propGuestsAfterWith = "guests-after-with" // the guests follow "with"
	propPossessor       = "object-possessor"  // the object is the state whose possessive follows
	propSanctionsAction = "sanctions-action"  // "Today's action targets X": the sanctions office's sanction
)

// has reports whether cue c carries property name.
func (c relCue) has(name string) bool { return slices.Contains(c.props, name) }

// cueHolds reports whether every condition of cue c's properties holds
// of the verb at v whose words end at end, with verb group g.
func (d *doc) cueHolds(v, end int, c relCue, g verbGroup) bool {
	for _, p := range c.props {
		if h := cueProps[p].holds; h != nil && !h(d, v, end, c, g) {
			return false
		}
	}
	return true
}

// cueObject returns where the object of cue c at v is read: end, unless
// a property of c moves it.
func (d *doc) cueObject(v, end int, c relCue) int {
	for _, p := range c.props {
		if o := cueProps[p].object; o != nil {
			end = o(d, v, end)
		}
	}
	return end
}

// cueActors passes on to add only the actor pairs cue c's properties
// allow.
func cueActors(c relCue, add func(*entity, string, *entity, int)) func(*entity, string, *entity, int) {
	for _, p := range c.props {
		if ok := cueProps[p].pair; ok != nil {
			next := add
			add = func(s *entity, pred string, o *entity, v int) {
				if ok(s, o) {
					next(s, pred, o, v)
				}
			}
		}
	}
	return add
}

// cuePhrase splits a verb phrase of relations.tsv into its words (with a
// last "{a|b}" condition) and the properties written after them in
// square brackets.
func cuePhrase(p string) (words, props []string) {
	words = strings.Fields(p)
	n := len(words)
	for n > 0 && strings.HasPrefix(words[n-1], "[") && strings.HasSuffix(words[n-1], "]") {
		n--
	}
	for _, w := range words[n:] {
		props = append(props, strings.Trim(w, "[]"))
	}
	return words[:n], props
}
