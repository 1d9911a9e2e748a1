package extract

import (
	"sort"
	"strings"

	"github.com/newsgraph/newsgraph/schema"
)

// quoteSpan is one direct quotation: tokens open and close are its marks
// (close is -1 when the quotation runs to the end of its paragraph).
type quoteSpan struct {
	open, close int
	last        int // last token inside
	start, end  int // byte range of the quoted text in the normalised text
	para        int
	speaker     *entity
}

// findQuotes pairs double quotation marks within each paragraph.
func (d *doc) findQuotes() {
	d.inQuote = make([]bool, len(d.toks))
	open := -1
	finish := func(closeTok, lastTok int) {
		q := quoteSpan{open: open, close: closeTok, last: lastTok, para: d.toks[open].para, start: d.toks[open].e}
		if closeTok >= 0 {
			q.end = d.toks[closeTok].s
		} else {
			q.end = d.toks[lastTok].e
		}
		if lastTok > open {
			for k := open + 1; k <= lastTok; k++ {
				d.inQuote[k] = true
			}
			d.quotes = append(d.quotes, q)
		}
		open = -1
	}
	for i, t := range d.toks {
		if open >= 0 && t.para != d.toks[open].para {
			finish(-1, i-1)
		}
		if t.kind != tQuote {
			continue
		}
		switch {
		case open < 0:
			if t.q == 'c' && i > 0 && !t.space {
				continue // a stray closing mark
			}
			open = i
		case t.q == 'o' && i > open+1:
			finish(-1, i-1) // an opening mark inside: the first ran on
			open = i
		default:
			finish(i, i-1)
		}
	}
	if open >= 0 && open < len(d.toks)-1 {
		finish(-1, len(d.toks)-1)
	}
}

// labelWords before a quotation make it a name or label, not speech.
var labelWords = set("so-called", "dubbed", "titled", "entitled", "named", "headlined", "slogan",
	"word", "term", "phrase", "nicknamed", "codenamed", "code-named", "label", "motto", "banner")

// findStatements attributes each quotation to a speaker.
func (d *doc) findStatements(text string) {
	d.readTurns()
	// a quotation running to the end of its paragraph with no speaker of
	// its own is said by whoever says its continuation in the next one
	ahead := make([]*entity, len(d.quotes))
	for qi := len(d.quotes) - 2; qi >= 0; qi-- {
		q, n := d.quotes[qi], d.quotes[qi+1]
		if q.close >= 0 || n.para != q.para+1 || !d.toks[n.open].brk {
			continue
		}
		if sp := ahead[qi+1]; sp != nil {
			ahead[qi] = sp
		} else if n.close >= 0 {
			ahead[qi] = d.afterQuote(n.close + 1)
		}
	}
	for qi := range d.quotes {
		q := &d.quotes[qi]
		words, capWords, long := 0, 0, 0
		for k := q.open + 1; k <= q.last; k++ {
			if d.toks[k].kind == tWord {
				words++
				if d.toks[k].letters >= 4 {
					long++
					if d.toks[k].cap {
						capWords++
					}
				}
			}
		}
		if words < 3 {
			continue
		}
		if b := q.open - 1; b >= 0 && (labelWords[d.toks[b].key] || d.toks[b].key == "as" && b > 0 && d.toks[b-1].key == "known") {
			continue
		}
		lastKey := d.toks[q.last].key
		if words <= 10 && long > 0 && capWords == long && lastKey != "." && lastKey != "?" && lastKey != "!" {
			continue // a title in quotation marks
		}
		sp := d.attribute(qi)
		if sp == nil {
			sp = ahead[qi]
		}
		if sp == nil {
			continue
		}
		q.speaker = sp
		a, b := q.start, q.end
		for a < b && (d.n[a] == ' ' || d.n[a] == '\n') {
			a++
		}
		for b > a && (d.n[b-1] == ' ' || d.n[b-1] == ',' || d.n[b-1] == '\n') {
			b--
		}
		if a >= b {
			continue
		}
		s, e := d.nt.span(a, b)
		s, e = s-d.base, e-d.base
		if s < 0 || e > len(text) || s >= e {
			continue
		}
		st := schema.Statement{Speaker: sp.name, Quote: text[s:e], Start: s, End: e}
		seen := map[string]bool{}
		for k := q.open + 1; k <= q.last; k++ {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ != "" && !seen[m.ent.name] {
				seen[m.ent.name] = true
				st.About = append(st.About, m.ent.name)
			}
		}
		d.stmts = append(d.stmts, st)
	}
	sort.SliceStable(d.stmts, func(i, j int) bool { return d.stmts[i].Start < d.stmts[j].Start })
}

// attribute finds who said quotation qi.
func (d *doc) attribute(qi int) *entity {
	q := d.quotes[qi]
	if q.close >= 0 {
		if sp := d.afterQuote(q.close + 1); sp != nil {
			return sp
		}
	}
	if sp, ok := d.layoutSpeaker(q); ok {
		return sp
	}
	// the words before it in its sentence, or after the previous quotation
	ws := q.open
	sent := d.toks[q.open].sent
	for ws > 0 && d.toks[ws-1].sent == sent && !d.inQuote[ws-1] && !(d.toks[ws-1].kind == tQuote && d.inQuoteMark(ws-1)) {
		ws--
	}
	if sp := d.beforeQuote(ws, q.open); sp != nil {
		return sp
	}
	// "X said:" closing the previous paragraph
	if ws == q.open && d.toks[q.open].brk && q.open > 0 && d.toks[q.open-1].key == ":" {
		ps := q.open - 1
		s2 := d.toks[ps].sent
		for ps > 0 && d.toks[ps-1].sent == s2 && !d.inQuote[ps-1] {
			ps--
		}
		if sp := d.beforeQuote(ps, q.open-1); sp != nil {
			return sp
		}
	}
	// "She shook her head. “…”": the subject of the sentence just before,
	// in the same paragraph (not when the quotation is given to someone
	// unnamed: "…,” the officer said)
	if ws == q.open && q.open > 0 && d.toks[q.open-1].para == q.para && !d.inQuote[q.open-1] && d.toks[q.open-1].kind != tQuote &&
		!(q.close >= 0 && d.anonymousAfter(q.close+1)) {
		ps := q.open - 1
		s2 := d.toks[ps].sent
		for ps > 0 && d.toks[ps-1].sent == s2 {
			ps--
		}
		if k := d.toks[ps].key; d.toks[ps].para == q.para && !d.hasQuote(ps, q.open) && k != "a" && k != "an" && k != "one" {
			// the first person or he/she of that sentence: "In Quito,
			// Minister X told lawmakers …", "Asked whether …, he paused."
			for k := ps; k < q.open && k < ps+16; k++ {
				if m := d.mentionAt(k); m != nil && m.ent != nil {
					if m.ent.typ == schema.Person && !m.attached {
						return m.ent
					}
					k = m.e - 1
					continue
				}
				if g, ok := pronounGender[d.toks[k].key]; ok && (g == 'm' || g == 'f') {
					return d.resolvePronoun(k, g)
				}
			}
		}
	}
	// "the minister's words – “…” – drew ridicule", "“…” — that was her
	// message": whose words the sentence says they are
	if sp := d.possessedSpeech(q.open, q.close); sp != nil {
		return sp
	}
	// a headline quotation credited after a colon or dash: "“…”: Putumayo's
	// governor on the radio", "“…” — the minister"
	if q.para == 0 && q.close >= 0 {
		if sp := d.headlineSpeaker(q.close + 1); sp != nil {
			return sp
		}
	}
	// a paragraph that is only a quotation, after a paragraph that
	// introduces its speaker: "X … agreed to describe what he saw.\n“…”"
	if ws == q.open && d.toks[q.open].brk && q.open > 0 && !(q.close >= 0 && d.anonymousAfter(q.close+1)) {
		if sp := d.introducedSpeaker(q.open); sp != nil {
			return sp
		}
	}
	// a continuation of the previous quotation in the paragraph, or of one
	// running over from the previous paragraph
	if qi > 0 {
		p := d.quotes[qi-1]
		if p.speaker != nil && (p.para == q.para || p.close < 0 && p.para == q.para-1 && d.toks[q.open].brk) {
			between := false
			end := p.close
			if end < 0 {
				end = p.last
			}
			for k := end + 1; k < q.open; k++ {
				if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person && m.ent != p.speaker {
					between = true
				}
			}
			if !between {
				return p.speaker
			}
		}
	}
	return nil
}

// inQuoteMark reports whether the quotation mark at i closes a quotation.
func (d *doc) inQuoteMark(i int) bool {
	for _, q := range d.quotes {
		if q.close == i {
			return true
		}
	}
	return false
}

// afterQuote reads an attribution right after a closing mark: "…,” she
// said", "…,” said Special Agent X", "…,” according to X".
func (d *doc) afterQuote(i int) *entity {
	if i >= len(d.toks) || d.toks[i].brk {
		return nil
	}
	comma := d.toks[i].key == ","
	if comma {
		i++
	}
	if i >= len(d.toks) || d.toks[i].brk {
		return nil
	}
	if !comma && i >= 2 {
		// "… end.” The next sentence" is not an attribution
		if p := d.toks[i-2].key; (p == "." || p == "!" || p == "?") && d.toks[i].cap && !reportVerbsAfter[d.toks[i].key] {
			return nil
		}
	}
	// speaker then verb; "Prime Minister X said", "the agency's executive
	// president, X, told"
	sp, e := d.speakerAt(i)
	if tp, te := d.titledPersonAt(i); tp != nil {
		sp, e = tp, te
	}
	if ap, ae := d.apposedSpeakerAt(i); ap != nil {
		sp, e = ap, ae
	}
	if sp != nil {
		j := e
		// "Mayor X of Cali told": the body or place after the name
		if j+1 < len(d.toks) && d.toks[j].key == "of" && sp.typ == schema.Person {
			k := j + 1
			if d.toks[k].key == "the" {
				k++
			}
			if m := d.mentionAt(k); m != nil && m.s == k {
				k = m.e
			} else {
				for k < len(d.toks) && k < j+6 && d.capWord(k) && !d.toks[k].brk {
					k++
				}
			}
			if k < len(d.toks) && reportVerbsAfter[d.toks[k].key] {
				j = k
			}
		}
		for j < len(d.toks) && j < e+2 && (d.toks[j].key == "also" || d.toks[j].key == "later" || d.toks[j].key == "then" ||
			d.toks[j].key == "has" || d.toks[j].key == "had" || d.toks[j].key == "once") {
			j++
		}
		if j < len(d.toks) && reportVerbsAfter[d.toks[j].key] {
			return sp
		}
		// "X, the Y, said" after the quote
		if e+1 < len(d.toks) && d.toks[e].key == "," && reportVerbsAfter[d.toks[e+1].key] {
			return sp
		}
		if e < len(d.toks) && d.toks[e].key == "," {
			for k := e + 1; k < len(d.toks) && k < e+20 && d.toks[k].sent == d.toks[i].sent; k++ {
				if d.toks[k].key == "," && k+1 < len(d.toks) && reportVerbsAfter[d.toks[k+1].key] {
					return sp
				}
			}
		}
	}
	// verb then speaker
	if reportVerbsAfter[d.toks[i].key] {
		for k := i + 1; k < len(d.toks) && k < i+16 && d.toks[k].sent == d.toks[i].sent; k++ {
			if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
				return m.ent
			}
			t := d.toks[k]
			// a title's portfolio may be joined by "for"/"on" when a capitalised
			// word follows: "said Under Secretary for Trade and Finance X"
			portfolio := (t.key == "for" || t.key == "on") && k+1 < len(d.toks) && d.toks[k+1].cap
			if t.kind == tWord && !t.cap && !titleHeads[t.key] && !titleMods[t.key] && t.key != "the" && t.key != "a" && !d.isTitleTok(k) &&
				t.key != "of" && t.key != "and" && !roleNouns[t.key] && !portfolio {
				break
			}
			if t.key == "," || t.key == "." {
				break
			}
		}
		if sp, _ := d.speakerAt(i + 1); sp != nil {
			return sp
		}
	}
	if d.toks[i].key == "according" && i+1 < len(d.toks) && d.toks[i+1].key == "to" {
		if sp, _ := d.speakerAt(i + 2); sp != nil {
			return sp
		}
		if sp := d.documentSource(i + 2); sp != nil {
			return sp
		}
	}
	// "…,” read a statement issued by the ministry", "…,” said a
	// statement from X"
	if reportVerbsAfter[d.toks[i].key] || d.toks[i].key == "read" || d.toks[i].key == "reads" {
		if sp := d.documentSource(i + 1); sp != nil {
			return sp
		}
	}
	return nil
}

// documentNouns are texts an institution or person issues.
var documentNouns = set("statement", "communiqué", "communique", "release", "letter", "post", "message", "notice",
	"note", "memo", "bulletin", "declaration")

// documentSource reads "a statement from/by/issued by X" at token i and
// returns X.
func (d *doc) documentSource(i int) *entity {
	if i+2 >= len(d.toks) {
		return nil
	}
	if k := d.toks[i].key; k != "a" && k != "an" && k != "the" {
		return nil
	}
	j := i + 1
	for j < len(d.toks) && j < i+3 && d.toks[j].kind == tWord && !d.toks[j].cap && !documentNouns[d.toks[j].key] {
		j++ // "a joint statement", "a written statement"
	}
	if j >= len(d.toks) || !documentNouns[d.toks[j].key] {
		return nil
	}
	j++
	for j < len(d.toks) && j < i+7 {
		switch d.toks[j].key {
		case "from", "by", "of", "issued", "released", "published", "posted", "signed", "sent":
			j++
			continue
		}
		break
	}
	if j == i+2 {
		return nil
	}
	sp, _ := d.speakerAt(j)
	return sp
}

// speakerAt reads a speaker starting at token i: a person or institution,
// a pronoun, or "the" and a role noun. It returns the speaker and the end.
func (d *doc) speakerAt(i int) (*entity, int) {
	if i >= len(d.toks) {
		return nil, i
	}
	if m := d.mentionAt(i); m != nil && m.ent != nil && m.s == i && speakerType(m.ent.typ) {
		return m.ent, m.e
	}
	k := d.toks[i].key
	if g, ok := pronounGender[k]; ok && g != 'p' {
		return d.resolvePronoun(i, g), i + 1
	}
	if (k == "the" || k == "a" || k == "an") && i+1 < len(d.toks) {
		if m := d.mentionAt(i + 1); m != nil && m.ent != nil && m.s == i+1 && speakerType(m.ent.typ) {
			if m.e < len(d.toks) && (roleNouns[d.toks[m.e].key] || personNouns[d.toks[m.e].key]) {
				if k == "the" && m.ent.typ != schema.Person {
					return d.resolveRoleNoun(m.e), m.e + 1
				}
				return nil, m.e + 1 // "a CBP officer": anonymous
			}
			return m.ent, m.e
		}
		if k == "the" && instNouns[d.toks[i+1].key] {
			return d.resolveInstNoun(i + 1), i + 2
		}
		j := i + 1
		for j < len(d.toks) && j < i+4 && titleMods[d.toks[j].key] && !roleNouns[d.toks[j].key] {
			j++
		}
		if j < len(d.toks) && roleNouns[d.toks[j].key] {
			// "the Commander General said": a title of two heads
			e := j + 1
			for e < len(d.toks) && e < j+3 && titleHeads[d.toks[e].key] && d.at[e] == 0 {
				e++
			}
			return d.resolveRoleNoun(j), e
		}
	}
	return nil, i
}

func speakerType(t schema.EntityType) bool {
	return t == schema.Person || t == schema.Agency || t == schema.Government || t == schema.Organization || t == schema.Cartel
}

// beforeQuote finds the speaker in tokens [s, e) before a quotation: the
// subject of the last reporting verb there.
func (d *doc) beforeQuote(s, e int) *entity {
	v := -1
	for k := e - 1; k >= s; k-- {
		if d.inQuote[k] {
			continue
		}
		if speechVerbs[d.toks[k].key] {
			v = k
			break
		}
	}
	if v < 0 {
		if e-1 >= s && d.toks[e-1].key == ":" {
			v = e - 1
		} else {
			return nil
		}
	}
	if d.toks[v].key == "according" && v+1 < e && d.toks[v+1].key == "to" {
		if sp, _ := d.speakerAt(v + 2); sp != nil {
			return sp
		}
	}
	// nearest person before the verb
	var actor *entity
	for k := v - 1; k >= s; k-- {
		if d.inQuote[k] {
			continue
		}
		m := d.mentionAt(k)
		if m != nil && m.ent != nil {
			if m.ent.typ == schema.Person {
				return m.ent
			}
			if actor == nil && !m.attached && speakerType(m.ent.typ) {
				actor = m.ent
			}
			k = m.s
			continue
		}
		if g, ok := pronounGender[d.toks[k].key]; ok && g != 'p' && actor == nil {
			if g == 'i' {
				continue // "it" refers back to the institution before it
			}
			return d.resolvePronoun(k, g)
		}
		if instNouns[d.toks[k].key] && k > s && d.toks[k-1].key == "the" && actor == nil {
			if p := d.resolveInstNoun(k); p != nil {
				return p
			}
		}
		if roleNouns[d.toks[k].key] && k > s && d.toks[k-1].key == "the" && actor == nil {
			if p := d.resolveRoleNoun(k); p != nil {
				return p
			}
			return nil // "the official" whom no earlier title identifies
		}
	}
	if actor != nil {
		return actor
	}
	// "it" or "she" with the subject in an earlier sentence
	for k := v - 1; k >= s; k-- {
		if g, ok := pronounGender[d.toks[k].key]; ok && g != 'p' {
			return d.resolvePronoun(k, g)
		}
	}
	return nil
}

// resolvePronoun finds the person (or, for "it", the institution) a
// pronoun at token i refers to.
func (d *doc) resolvePronoun(i int, g byte) *entity {
	ok := func(m *mention) bool {
		if m == nil || m.ent == nil || m.quoted || m.ent.typ == "" {
			return false
		}
		if g == 'i' {
			return m.ent.typ == schema.Agency || m.ent.typ == schema.Government || m.ent.typ == schema.Organization
		}
		return m.ent.typ == schema.Person && (m.ent.gender == 0 || m.ent.gender == g)
	}
	// the same sentence: the last before the pronoun
	sent := d.toks[i].sent
	for k := i - 1; k >= 0 && d.toks[k].sent == sent; k-- {
		if m := d.mentionAt(k); ok(m) {
			return m.ent
		}
		// "I met a coca farmer in Tumaco; she told me …": someone unnamed
		if g != 'i' && d.anonymousPersonAt(k) {
			return nil
		}
	}
	// "The report … It said …": "it" is a document, not an institution
	if g == 'i' && d.documentSubject(sent-1) {
		return nil
	}
	// earlier sentences: the first in the nearest sentence with one
	k := i - 1
	for k >= 0 && d.toks[k].sent == sent {
		k--
	}
	for n := 0; k >= 0 && n < 12; n++ {
		s := d.toks[k].sent
		var first *entity
		for ; k >= 0 && d.toks[k].sent == s; k-- {
			if m := d.mentionAt(k); ok(m) {
				first = m.ent
			}
		}
		if first != nil {
			return first
		}
	}
	return nil
}

// resolveRoleNoun finds the person "the secretary" (role noun at token i)
// refers to: the last person named before it holding such an office.
func (d *doc) resolveRoleNoun(i int) *entity {
	noun := d.toks[i].key
	var best *entity
	bestAt := -1
	for k := i - 1; k >= 0; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ != schema.Person {
			// "A navy officer at the scene … the officer said": someone
			// unnamed introduced since
			if d.toks[k].key == noun && k > 0 && !d.inQuote[k] {
				for j := k - 1; j >= 0 && j >= k-3; j-- {
					if d.toks[j].key == "a" || d.toks[j].key == "an" || d.toks[j].key == "another" || d.toks[j].key == "one" {
						return nil
					}
					if d.toks[j].kind != tWord || d.toks[j].key == "the" {
						break
					}
				}
			}
			continue
		}
		for _, r := range m.ent.roles {
			if strings.Contains(fold(r), noun) || noun == "general" && strings.Contains(fold(r), "gen.") ||
				genericRoleNouns[noun] && !strings.Contains(fold(r), "former") && fold(r) != "member" {
				if k > bestAt {
					best, bestAt = m.ent, k
				}
			}
		}
		if best != nil {
			return best
		}
		k = m.s
	}
	return nil
}

// personNouns after an organisation make an anonymous speaker ("a
// State Department official").
var personNouns = set("official", "officials", "officer", "officers", "spokesman", "spokeswoman",
	"spokesperson", "source", "sources", "agent", "agents", "employee", "staffer", "aide", "diplomat",
	"analyst", "investigator", "prosecutor", "member", "lawyer", "soldier")

// instNouns refer back to an institution ("the ministry said").
var instNouns = set("ministry", "embassy", "department", "agency", "bureau", "office", "command",
	"government", "secretariat", "administration", "presidency", "police", "navy", "army", "court",
	"commission", "organization", "organisation", "group", "cartel", "gang", "consulate", "company", "firm",
	"exporter", "importer", "shipper")

// resolveInstNoun finds the institution "the ministry" (noun at token i)
// refers to: the last one named before it whose name has that noun, or
// any of its kind for "the government".
func (d *doc) resolveInstNoun(i int) *entity {
	noun := d.toks[i].key
	for k := i - 1; k >= 0; k-- {
		m := d.mentionAt(k)
		if m == nil || m.ent == nil || m.ent.typ == "" || m.ent.typ == schema.Person {
			continue
		}
		if noun == "company" || noun == "firm" || noun == "exporter" || noun == "importer" || noun == "shipper" {
			if m.ent.typ == schema.Organization {
				return m.ent
			}
		} else if noun == "government" || noun == "administration" || noun == "presidency" {
			if m.ent.typ == schema.Government {
				return m.ent
			}
		} else if strings.Contains(fold(d.surface(m.s, m.e)), noun) || strings.Contains(fold(m.ent.name), noun) {
			return m.ent
		}
		k = m.s
	}
	return nil
}

// genericRoleNouns refer back to anyone holding a current office ("the
// official said" after "Interior Minister X").
var genericRoleNouns = set("official")

// titledPersonAt reads a person introduced by titles and the bodies they
// belong to, starting at token i: "Prime Minister Andrew Holness", "the
// agency's executive president, Carlos Ramírez". It returns the person and
// the end of the name.
func (d *doc) titledPersonAt(i int) (*entity, int) {
	j := i
	titled := false
	for j < len(d.toks) && j < i+12 && d.toks[j].sent == d.toks[i].sent {
		if m := d.mentionAt(j); m != nil && m.s == j {
			if m.ent != nil && m.ent.typ == schema.Person {
				if titled {
					return m.ent, m.e
				}
				return nil, i
			}
			if m.class == mDemonym || m.ent != nil && m.ent.typ != schema.Agreement || m.class == mIgnore && j > i {
				j = m.e // "HSI Miami Special Agent in Charge X": a place inside the title
				continue
			}
			return nil, i
		}
		k := d.toks[j].key
		switch {
		case k == "'s" || k == "the" && j == i:
			j++
		case instNouns[k] && j+1 < len(d.toks) && d.toks[j+1].key == "'s": // "the agency's"
			j++
		case d.isTitleTok(j):
			titled = titled || titleHeads[k]
			j++
		case k == "," && titled && j+1 < len(d.toks):
			j++
		default:
			return nil, i
		}
	}
	return nil, i
}

// anonymousAfter reports whether an attribution to someone unnamed starts
// at token i: "…,” the officer said", "…,” said a police source".
func (d *doc) anonymousAfter(i int) bool {
	if i < len(d.toks) && d.toks[i].key == "," {
		i++
	}
	if i < len(d.toks) && reportVerbsAfter[d.toks[i].key] {
		i++
	}
	if i+1 >= len(d.toks) {
		return false
	}
	if k := d.toks[i].key; k != "the" && k != "a" && k != "an" && k != "one" {
		return false
	}
	for j := i + 1; j < len(d.toks) && j < i+4; j++ {
		if d.at[j] != 0 {
			return false
		}
		if roleNouns[d.toks[j].key] || personNouns[d.toks[j].key] {
			return true
		}
	}
	return false
}

// apposedSpeakerAt reads "a police commander, Luis Vera," at token i: a
// title phrase, then the person's name between commas. It returns the
// person and the token after the name.
func (d *doc) apposedSpeakerAt(i int) (*entity, int) {
	if i >= len(d.toks) {
		return nil, i
	}
	if k := d.toks[i].key; k != "a" && k != "an" && k != "the" {
		return nil, i
	}
	head := false
	k := i + 1
	for ; k < len(d.toks) && k < i+7; k++ {
		t := d.toks[k]
		if t.key == "," {
			break
		}
		if d.isTitleTok(k) {
			if titleHeads[t.key] {
				head = true
			}
			continue
		}
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ != schema.Person {
			k = m.e - 1 // "a DEA agent"
			continue
		}
		if t.kind != tWord || t.cap {
			return nil, i
		}
	}
	if !head || k+1 >= len(d.toks) || d.toks[k].key != "," {
		return nil, i
	}
	m := d.mentionAt(k + 1)
	if m == nil || m.ent == nil || m.ent.typ != schema.Person || m.s != k+1 || m.e >= len(d.toks) || d.toks[m.e].key != "," {
		return nil, i
	}
	return m.ent, m.e
}

// introducedSpeaker is the person a paragraph ending just before token i
// sets up as the speaker of what follows: the subject of a reporting verb
// in one of its sentences, when the paragraph itself quotes no one.
func (d *doc) introducedSpeaker(i int) *entity {
	para := d.toks[i-1].para
	s := i - 1
	for s > 0 && d.toks[s-1].para == para {
		s--
	}
	if d.hasQuote(s, i) {
		return nil
	}
	for k := i - 1; k >= s; k-- {
		if !speechVerbs[d.toks[k].key] || d.inQuote[k] {
			continue
		}
		// the first person or he/she of the verb's sentence, before the verb
		st := k
		for st > s && d.toks[st-1].sent == d.toks[k].sent {
			st--
		}
		if t := d.toks[st].key; t == "a" || t == "an" || t == "one" {
			return nil
		}
		for j := st; j < k; j++ {
			if m := d.mentionAt(j); m != nil && m.ent != nil {
				if m.ent.typ == schema.Person && !m.attached && !m.quoted {
					return m.ent
				}
				j = m.e - 1
				continue
			}
			if g, ok := pronounGender[d.toks[j].key]; ok && (g == 'm' || g == 'f') {
				return d.resolvePronoun(j, g)
			}
		}
		return nil
	}
	return nil
}

// headlineSpeaker reads the credit after a headline's quotation at token
// i: a named person, or a title whose holder the article names.
func (d *doc) headlineSpeaker(i int) *entity {
	if i >= len(d.toks) || d.toks[i].para != 0 {
		return nil
	}
	if k := d.toks[i].key; k != ":" && k != "-" && k != "—" && k != "–" && k != "--" && k != "," {
		return nil
	}
	if d.toks[i].key == "," {
		// "“…,” says former customs chief"
		if i+1 >= len(d.toks) || !reportVerbsAfter[d.toks[i+1].key] {
			return nil
		}
		i++
	}
	for k := i + 1; k < len(d.toks) && k < i+9 && d.toks[k].para == 0; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.s == k {
			if m.ent.typ == schema.Person {
				return m.ent
			}
			k = m.e - 1
			continue
		}
		key := d.toks[k].key
		if !roleNouns[key] && !titleHeads[key] || key == "member" {
			continue
		}
		// the first person of the body holding that title
		for _, m := range d.ments {
			if m.s <= k || m.ent == nil || m.ent.typ != schema.Person {
				continue
			}
			for _, r := range m.ent.roles {
				if strings.Contains(fold(r), key) {
					return m.ent
				}
			}
		}
	}
	return nil
}

// speechNouns name what someone said: "the minister's words".
var speechNouns = set("words", "message", "remarks", "remark", "statement", "comments", "comment", "reply",
	"response", "warning", "answer", "promise", "pledge", "tweet", "post", "letter", "verdict", "assessment",
	"slogan", "motto", "argument", "explanation", "account", "testimony", "speech", "address", "appeal", "plea")

// possessedSpeech finds "X's words", "the minister's message", "her
// reply" in the sentence of the quotation [open, close] (within a few
// words of it) and returns whose speech that is.
func (d *doc) possessedSpeech(open, close int) *entity {
	if close < 0 {
		return nil
	}
	sent := d.toks[open].sent
	try := func(k int) *entity {
		if k < 1 || k >= len(d.toks) || !speechNouns[d.toks[k].key] || d.inQuote[k] || d.toks[k].sent != sent {
			return nil
		}
		p := k - 1
		for p > 0 && (titleMods[d.toks[p].key] || d.toks[p].key == "own") && d.at[p] == 0 && d.toks[p].key != "'s" {
			p-- // "his latest words", "the minister's final message"
		}
		if g, ok := possGender[d.toks[p].key]; ok {
			return d.resolvePronoun(p, g)
		}
		if d.toks[p].key != "'s" || p < 1 {
			return nil
		}
		if m := d.mentionAt(p - 1); m != nil && m.ent != nil && m.e == p && speakerType(m.ent.typ) {
			return m.ent
		}
		if roleNouns[d.toks[p-1].key] && p >= 2 && d.toks[p-2].key == "the" {
			return d.resolveRoleNoun(p - 1)
		}
		return nil
	}
	for k := open - 1; k >= 0 && k >= open-6; k-- {
		if sp := try(k); sp != nil {
			return sp
		}
	}
	for k := close + 1; k < len(d.toks) && k <= close+8; k++ {
		if sp := try(k); sp != nil {
			return sp
		}
	}
	return nil
}

// anonymousPersonAt reports whether an indefinite noun phrase for a person
// starts at token k: "a coca farmer", "an officer", "a woman".
func (d *doc) anonymousPersonAt(k int) bool {
	if a := d.toks[k].key; a != "a" && a != "an" || d.inQuote[k] {
		return false
	}
	// "X, a former officer who …": an apposition of a named person
	if k >= 2 && (d.toks[k-1].key == "," || d.toks[k-1].key == "is" || d.toks[k-1].key == "was") {
		if m := d.mentionAt(k - 2); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			return false
		}
		if d.toks[k-1].key != "," {
			return false
		}
	}
	for j := k + 1; j < len(d.toks) && j <= k+3; j++ {
		t := d.toks[j]
		if t.kind != tWord || d.at[j] != 0 && d.mentionAt(j).class != mDemonym {
			return false
		}
		if personKinds[t.key] || personNouns[t.key] || t.key == "woman" || t.key == "man" || t.key == "mother" || t.key == "father" {
			// "a farmer named X": the name follows
			if j+1 < len(d.toks) && (d.toks[j+1].key == "named" || d.toks[j+1].key == "called" || d.toks[j+1].key == ",") {
				return false
			}
			return true
		}
	}
	return false
}

// reportNouns name documents that "it" can stand for.
var reportNouns = set("report", "study", "document", "survey", "analysis", "audit", "indictment", "investigation",
	"assessment", "paper", "review", "ruling", "verdict", "complaint", "lawsuit", "resolution", "bill", "law", "decree")

// documentSubject reports whether sentence sent opens with a document as
// its subject: "The report, titled …, found …".
func (d *doc) documentSubject(sent int) bool {
	if sent < 0 {
		return false
	}
	for k := range d.toks {
		if d.toks[k].sent < sent {
			continue
		}
		if d.toks[k].sent > sent {
			return false
		}
		j := k
		if d.toks[j].key == "the" || d.toks[j].key == "a" || d.toks[j].key == "its" || d.toks[j].key == "their" {
			j++
		}
		for n := 0; n < 2 && j < len(d.toks) && d.toks[j].kind == tWord && !reportNouns[d.toks[j].key] && !d.toks[j].cap; n++ {
			j++ // "the annual report", "the 80-page study"
		}
		return j < len(d.toks) && reportNouns[d.toks[j].key] && d.toks[j].sent == sent
	}
	return false
}
