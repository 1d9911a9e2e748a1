package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// Explaining an extraction: every fact is recorded with the rule that
// produced it and the words that rule matched, so that a wrong fact can be
// traced to its rule in one step. Rule names are short stable identifiers,
// "kind/rule" ("role/apposition", "statement/said-after"), with the table
// entry after a colon where the rule lives in a table ("relation/verb:
// designate" is relationLexicon's verb "designate"). Recording costs
// nothing when not explaining: the rules set d.rule (a string assignment)
// and every record starts with a nil check.

// Reason says why the extraction holds one fact.
type Reason struct {
	// Kind is the fact's field: "entity", "role", "statement", "agreement",
	// "party" (of an agreement), "relation" or "published".
	Kind string `json:"kind"`
	// Index is the fact's position in its Extraction slice (Entities,
	// Roles, Statements, Agreements, Relations); 0 for "published".
	Index int `json:"index"`
	// Party is the party's name, for kind "party" (Index is the agreement's).
	Party string `json:"party,omitempty"`
	// Rule names the rule that produced the fact: "role/apposition",
	// "relation/verb:designate"; "?" when no rule recorded one.
	Rule string `json:"rule"`
	// Entry is the table entry the rule matched when it is not in Rule: a
	// gazetteer entry ("organizations: Drug Enforcement Administration").
	Entry string `json:"entry,omitempty"`
	// Words are the words the rule matched: a name, a phrase or a sentence
	// as normalised for reading; "" when the rule reads the whole article
	// (the government named most, the article's metadata).
	Words string `json:"words,omitempty"`
}

// Explain extracts a as ExtractBounded does and returns, with the
// extraction, one Reason per fact in the extraction's order: entities,
// roles, statements, agreements each followed by its parties, relations,
// then the published date. The extraction is the one Extract returns.
func (e *Extractor) Explain(a schema.Article) (x schema.Extraction, why []Reason, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, why, err = empty(a), nil, fmt.Errorf("extractor panic: %v", r)
		}
	}()
	w := &explainer{}
	x, err = e.run(a, w)
	if err != nil {
		return empty(a), nil, err
	}
	return x, w.out, nil
}

// because is one recorded reason before output.
type because struct {
	rule, entry, words string
}

// explainer collects the reasons of one extraction.
type explainer struct {
	roles     map[schema.Role]because
	stmts     map[int]because // by Start
	parties   map[*entity]map[string]because
	rels      map[string]because // subject|predicate|object
	published because
	out       []Reason
}

// ruled names the rule about to emit facts and the tokens [s, e) it
// matched (e == -1: from s to the end of its sentence; otherwise e <= s:
// the sentence of the fact's own token).
func (d *doc) ruled(rule string, s, e int) {
	d.rule, d.ruleS, d.ruleE = rule, s, e
}

// ruleWords are the words of the current rule: its span, else the
// sentence of token at.
func (d *doc) ruleWords(at int) string {
	if d.ruleE == -1 && d.ruleS >= 0 && d.ruleS < len(d.toks) {
		return d.surface(d.ruleS, d.sentEnd(d.ruleS))
	}
	if d.ruleE > d.ruleS && d.ruleS >= 0 && d.ruleE <= len(d.toks) {
		return d.surface(d.ruleS, d.ruleE)
	}
	return d.sentenceOf(at)
}

// sentenceOf is the text of the sentence holding token at.
func (d *doc) sentenceOf(at int) string {
	if at < 0 || at >= len(d.toks) {
		return ""
	}
	a, b := d.sentenceSpan(at)
	return d.surface(a, b+1)
}

// sentenceSpan returns the first and last tokens of the sentence holding
// token at.
func (d *doc) sentenceSpan(at int) (a, b int) {
	sent := d.toks[at].sent
	a, b = d.sentStart(at), at
	for b+1 < len(d.toks) && d.toks[b+1].sent == sent {
		b++
	}
	return a, b
}

func (d *doc) ruleOr(def string) string {
	if d.rule == "" {
		return def
	}
	return d.rule
}

// roleBecause records why role r (read at token at) was added.
func (d *doc) roleBecause(r schema.Role, at int) {
	if d.why == nil {
		return
	}
	if d.why.roles == nil {
		d.why.roles = map[schema.Role]because{}
	}
	if _, ok := d.why.roles[r]; !ok {
		d.why.roles[r] = because{rule: d.ruleOr("role/?"), words: d.ruleWords(at)}
	}
}

// stmtBecause records why the statement starting at byte start (its
// quotation opening at token open) was read.
func (d *doc) stmtBecause(start, open int) {
	if d.why == nil {
		return
	}
	if d.why.stmts == nil {
		d.why.stmts = map[int]because{}
	}
	d.why.stmts[start] = because{rule: d.ruleOr("statement/?"), words: d.ruleWords(open)}
}

// sentStart is the first token of the sentence holding token i.
func (d *doc) sentStart(i int) int {
	sent := d.toks[i].sent
	for i > 0 && d.toks[i-1].sent == sent {
		i--
	}
	return i
}

// sentEnd is the token just past the sentence holding token i.
func (d *doc) sentEnd(i int) int {
	if i >= len(d.toks) {
		return len(d.toks)
	}
	sent := d.toks[i].sent
	for i < len(d.toks) && d.toks[i].sent == sent {
		i++
	}
	return i
}

// partyBecause records why p is a party of agreement a: the rule and the
// sentence of token at (at < 0: the whole article).
func (d *doc) partyBecause(a *entity, p, rule string, at int) {
	if d.why == nil {
		return
	}
	if d.why.parties == nil {
		d.why.parties = map[*entity]map[string]because{}
	}
	m := d.why.parties[a]
	if m == nil {
		m = map[string]because{}
		d.why.parties[a] = m
	}
	if _, ok := m[p]; !ok {
		m[p] = because{rule: rule, words: d.sentenceOf(at)}
	}
}

// relBecause records why relation s pred o (read at token at) was added.
func (d *doc) relBecause(s, pred, o string, at int) {
	if d.why == nil {
		return
	}
	if d.why.rels == nil {
		d.why.rels = map[string]because{}
	}
	k := s + "|" + pred + "|" + o
	if _, ok := d.why.rels[k]; !ok {
		d.why.rels[k] = because{rule: d.ruleOr("relation/?"), words: d.markedSentence(at)}
	}
}

// markedSentence is the sentence of token at with the current rule's span
// in it bracketed: "the United States [designated] X on Monday".
func (d *doc) markedSentence(at int) string {
	s, e := d.ruleS, d.ruleE
	if at < 0 || at >= len(d.toks) || e <= s || s < 0 || e > len(d.toks) || d.toks[s].sent != d.toks[at].sent {
		return d.ruleWords(at)
	}
	sent := d.toks[at].sent
	a, b := d.sentStart(s), e-1
	for b+1 < len(d.toks) && d.toks[b+1].sent == sent {
		b++
	}
	t := d.toks
	return d.n[t[a].s:t[s].s] + "[" + d.n[t[s].s:t[e-1].e] + "]" + d.n[t[e-1].e:t[b].e]
}

// tagMentions names the rule that found the candidate mentions ms (only
// when explaining).
func (d *doc) tagMentions(ms []*mention, rule string) {
	if d.why == nil {
		return
	}
	for _, m := range ms {
		if m.rule == "" {
			m.rule = rule
		}
	}
}

// entityBecause is why entity e is in the extraction: the rule of its
// first mention and that mention's words.
func (d *doc) entityBecause(e *entity) because {
	for _, m := range d.ments {
		if m.ent != e {
			continue
		}
		b := because{rule: m.rule, words: d.surface(m.s, m.e)}
		if m.gaz != nil {
			b.entry = m.gaz.name
		}
		if b.rule == "" {
			b.rule = "entity/?"
		}
		return b
	}
	// no mention of its own: a government named by its adjective ("the
	// Peruvian minister"), or an entity a rule made for an office's body
	if m := d.mentionAt(e.first); m != nil && m.class == mDemonym {
		return because{rule: "entity/demonym", words: d.surface(m.s, m.e)}
	} else if m != nil && m.ent != nil && e.typ == schema.Government && m.ent.country == e.name {
		return because{rule: "entity/government-of-agency", words: d.surface(m.s, m.e)}
	} else if m != nil && m.ent != nil && m.ent != e && m.gaz == nil && d.isModifierParent(e, m) {
		return because{rule: "entity/unit-parent", words: d.surface(m.s, m.e)} // bodyprefix.go
	}
	return because{rule: "entity/implied", words: d.sentenceOf(e.first)}
}

// explain fills d.why.out for the extraction x that output wrote from ents
// (the entities in x's order).
func (d *doc) explain(x *schema.Extraction, ents []*entity) {
	w := d.why
	add := func(kind string, i int, party string, b because) {
		if b.rule == "" {
			b.rule = "?"
		}
		w.out = append(w.out, Reason{Kind: kind, Index: i, Party: party, Rule: b.rule, Entry: b.entry, Words: b.words})
	}
	for i, e := range ents {
		add("entity", i, "", d.entityBecause(e))
	}
	for i, r := range x.Roles {
		add("role", i, "", w.roles[r])
	}
	for i, s := range x.Statements {
		add("statement", i, "", w.stmts[s.Start])
	}
	for i, a := range d.agrs {
		b := d.entityBecause(a)
		b.rule = agreementRule(b.rule)
		add("agreement", i, "", b)
		for _, p := range a.parties {
			add("party", i, p, w.parties[a][p])
		}
	}
	for i, r := range x.Relations {
		add("relation", i, "", w.rels[r.Subject+"|"+r.Predicate+"|"+r.Object])
	}
	if x.Published != "" {
		add("published", 0, "", w.published)
	}
}

// agreementRule renames an agreement's entity rule: "entity/gazetteer"
// is "agreement/gazetteer".
func agreementRule(r string) string {
	if len(r) > len("entity/") && r[:len("entity/")] == "entity/" {
		return "agreement/" + r[len("entity/"):]
	}
	return r
}

// cueRule names the relationLexicon entry of cue c, which the word first
// starts: "relation/verb:designate", "relation/noun:sanctions against".
func cueRule(c relCue, first string) string {
	kind := "verb"
	if c.noun {
		kind = "noun"
	}
	for _, l := range relationLexicon {
		if l.pred != c.pred {
			continue
		}
		if c.noun {
			for _, phrase := range splitList(l.nouns) {
				w := strings.Fields(phrase)
				intro := "of"
				if len(w) > 1 {
					intro = w[1]
				}
				if w[0] == first && intro == c.intro {
					return "relation/noun:" + phrase
				}
			}
			continue
		}
		for _, phrase := range splitList(l.verbs) {
			w, props := cuePhrase(phrase)
			if len(props) > 0 {
				phrase = strings.Join(w, " ") // the words, not the properties
			}
			if n := len(w); n > 1 && strings.HasPrefix(w[n-1], "{") {
				w = w[:n-1] // a condition on the sentence, not a word of the cue
			}
			if !slices.Equal(w[1:], c.rest) {
				continue
			}
			if w[0] == first || w[0]+"ed" == first || slices.Contains(irregularForms[w[0]], first) {
				return "relation/verb:" + phrase
			}
			s, past, ing := verbForms(w[0])
			if first == s || first == past || first == ing {
				return "relation/verb:" + phrase
			}
		}
	}
	return "relation/" + kind + ":" + c.pred
}

// personRule names the evidence that made the capitalised run [s, e) a
// person, in the order persons tests it (for explaining only).
func (d *doc) personRule(s, e int, titled, given, kin bool) string {
	switch {
	case titled && d.nameAfterTitledBody(s, e):
		return "entity/person:after-titled-body"
	case titled:
		return "entity/person:title-before"
	case given:
		return "entity/person:given-name"
	case kin:
		return "entity/person:kin-or-agent"
	}
	if rule := d.personEvidenceRule(s, e); rule != "" {
		return rule
	}
	return "entity/person"
}
