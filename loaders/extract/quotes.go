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
	cont        bool // a paragraph going on with the quotation before it unmarked (quotes_unmarked.go)
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
	skip := -1
	for i, t := range d.toks {
		if i <= skip {
			continue
		}
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
		case t.q == 'o' && i > open+1 && d.nestedNickname(i) > 0:
			// "… leaders – X (“El Mayo”) and Y – are …": a nickname quoted
			// inside the quotation, which runs on past it
			for k := i; k <= d.nestedNickname(i); k++ {
				d.inQuote[k] = true
			}
			skip = d.nestedNickname(i)
		case i > open+1 && d.nestedName(i) > 0:
			// a quoted name inside the quotation (quotes_nested.go)
			for k := i; k <= d.nestedName(i); k++ {
				d.inQuote[k] = true
			}
			skip = d.nestedName(i)
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
	d.unmarkedContinuations()
}

// nestedNickname is the closing mark of a short quotation in parentheses
// opening at token i ("(“El Mayo”)"), or -1.
func (d *doc) nestedNickname(i int) int {
	if i == 0 || d.toks[i-1].key != "(" {
		return -1
	}
	for k := i + 1; k < len(d.toks) && k <= i+5 && d.toks[k].para == d.toks[i].para; k++ {
		if d.toks[k].kind == tQuote {
			if k > i+1 && k+1 < len(d.toks) && d.toks[k+1].key == ")" {
				return k
			}
			return -1
		}
	}
	return -1
}

// labelWords before a quotation make it a name or label, not speech.
var labelWords = lexWords.set("labelWords")

// findStatements attributes each quotation to a speaker.
func (d *doc) findStatements(text string) {
	d.readTurns()
	// a quotation running to the end of its paragraph with no speaker of
	// its own is said by whoever says its continuation in the next one
	ahead := make([]*entity, len(d.quotes))
	for qi := len(d.quotes) - 2; qi >= 0; qi-- {
		q, n := d.quotes[qi], d.quotes[qi+1]
		if q.close >= 0 || !d.nextParaQuote(q, n) {
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
		if q.cont {
			if qi == 0 || d.quotes[qi-1].speaker == nil {
				continue
			}
			q.speaker = d.quotes[qi-1].speaker
			d.ruled("statement/unmarked-continuation", q.open+1, q.last+1)
			d.addStatement(text, q)
			continue
		}
		if words < 3 && !(words == 2 && d.toks[q.last].key == "," && q.close >= 0 && d.afterQuote(q.close+1) != nil) {
			continue // a scare quote, unless a short quotation ends in a comma before its attribution: "“highly unlikely,” he said"
		}
		if b := q.open - 1; b >= 0 && (labelWords[d.toks[b].key] || d.toks[b].key == "as" && b > 0 && d.toks[b-1].key == "known") {
			continue
		}
		if d.hedgedQuote(q.open) {
			continue // "for allegedly “…”": a reported label (quotes_hedged.go)
		}
		if d.chargeQuoted(q.open) {
			continue // "charged with “conspiracy to …”": a charge's wording (quotes_charges.go)
		}
		lastKey := d.toks[q.last].key
		if words <= 10 && long > 0 && capWords == long && (lastKey != "." && lastKey != "?" && lastKey != "!" || d.afterDeterminer(q.open)) {
			continue // a title in quotation marks, with a full stop when a determiner opens it: "under the “Border Safety Act.”"
		}
		sp := d.attribute(qi)
		if sp == nil {
			sp = ahead[qi]
			d.ruled("statement/runs-on", 0, 0)
		}
		if sp == nil || d.bodyTerm(q, sp) {
			continue
		}
		q.speaker = sp
		d.addStatement(text, q)
	}
	sort.SliceStable(d.stmts, func(i, j int) bool { return d.stmts[i].Start < d.stmts[j].Start })
}

// attribute finds who said quotation qi.
func (d *doc) attribute(qi int) *entity {
	q := d.quotes[qi]
	if q.close >= 0 {
		if sp := d.afterQuote(q.close + 1); sp != nil {
			d.ruled("statement/said-after", q.close+1, -1)
			return sp
		}
	}
	if q.close >= 0 && d.collectiveAfter(q.close+1) {
		if sp := d.membersSpeaker(q.close+1, -1); sp != nil {
			return sp
		}
	}
	if sp, ok := d.layoutSpeaker(q); ok {
		return sp // layoutSpeaker names its rule
	}
	// the words before it in its sentence, or after the previous quotation
	ws := q.open
	sent := d.toks[q.open].sent
	for ws > 0 && d.toks[ws-1].sent == sent {
		if o := d.scareQuoteClosedAt(ws - 1); o >= 0 {
			ws = o // "X said the talks will concern the “misuse” of the zone and “…”": over a scare quote
			continue
		}
		if d.inQuote[ws-1] || d.toks[ws-1].kind == tQuote && d.inQuoteMark(ws-1) {
			break
		}
		ws--
	}
	if sp := d.beforeQuote(ws, q.open); sp != nil {
		d.ruled("statement/said-before", ws, q.open)
		return sp
	}
	if ws < q.open && d.collectiveBefore(ws, q.open) {
		if sp := d.membersSpeaker(ws, q.open); sp != nil {
			return sp
		}
	}
	if sp := d.frontedSpeech(ws, q); sp != nil {
		d.ruled("statement/fronted-participle", ws, q.close+2)
		return sp
	}
	// "a “…” that X called “…”", "… a “…” with Y, X said, but …": the
	// reporting clause later in the sentence (quotes_shared.go)
	if sp := d.laterSpeaker(qi); sp != nil {
		d.ruled("statement/said-later", q.close+1, -1)
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
			d.ruled("statement/layout-colon", ps, q.open)
			return sp
		}
		if d.collectiveBefore(ps, q.open) {
			if sp := d.membersSpeaker(ps, q.open); sp != nil {
				return sp
			}
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
						d.ruled("statement/previous-subject", ps, q.open)
						return m.ent
					}
					k = m.e - 1
					continue
				}
				if g, ok := pronounGender[d.toks[k].key]; ok && (g == 'm' || g == 'f') {
					d.ruled("statement/previous-subject-pronoun", ps, q.open)
					return d.resolvePronoun(k, g)
				}
			}
		}
	}
	// "the minister's words – “…” – drew ridicule", "“…” — that was her
	// message": whose words the sentence says they are
	if sp := d.possessedSpeech(q.open, q.close); sp != nil {
		d.ruled("statement/possessed-speech", 0, 0)
		return sp
	}
	// an epigraph: "“…”" and under it "– President X"
	if sp := d.epigraphCredit(q); sp != nil {
		d.ruled("statement/epigraph-credit", q.close+1, -1)
		return sp
	}
	// a headline quotation credited after a colon or dash: "“…”: Putumayo's
	// governor on the radio", "“…” — the minister"
	if q.para == 0 && q.close >= 0 {
		if sp := d.headlineSpeaker(q.close + 1); sp != nil {
			d.ruled("statement/headline-credit", q.close+1, -1)
			return sp
		}
	}
	// a paragraph that is only a quotation, after a paragraph that
	// introduces its speaker: "X … agreed to describe what he saw.\n“…”"
	if ws == q.open && d.toks[q.open].brk && q.open > 0 && !(q.close >= 0 && d.anonymousAfter(q.close+1)) {
		if sp := d.introducedSpeaker(q.open); sp != nil {
			d.ruled("statement/introduced-before", d.paraStart(q.open-1), q.open)
			return sp
		}
		if sp := d.cataphorSpeaker(q.open); sp != nil {
			d.ruled("statement/following-intro", d.paraStart(q.open-1), q.open)
			return sp
		}
	}
	// a continuation of the previous quotation in the paragraph, or of one
	// running over from the previous paragraph
	if qi > 0 {
		p := d.quotes[qi-1]
		if p.speaker != nil && (p.para == q.para || p.close < 0 && d.nextParaQuote(p, q) || d.quoteParagraphAfter(p, q) || d.quoteAfterCredit(p, q)) {
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
				d.ruled("statement/continues-quote", end+1, q.open)
				return p.speaker
			}
		}
	}
	return nil
}

// frontedSpeech reads a sentence that opens with a participle of speech
// whose subject follows the quotation: "Declaring an “…,” X lauded …",
// "Calling the arrest “…,” Minister X said …". ws is the first word of
// the sentence before the quotation q.
func (d *doc) frontedSpeech(ws int, q quoteSpan) *entity {
	if q.close < 0 || ws >= q.open || ws+6 < q.open || q.close+2 >= len(d.toks) || d.toks[q.close-1].key != "," && d.toks[q.close+1].key != "," {
		return nil
	}
	if ws > 0 && d.toks[ws-1].sent == d.toks[ws].sent {
		return nil // not the sentence's first word
	}
	key := d.toks[ws].key
	stem, ok := strings.CutSuffix(key, "ing")
	if !ok || !(speechVerbs[key] || speechVerbs[stem+"ed"] || speechVerbs[stem+"es"] || speechVerbs[stem+"s"]) {
		return nil
	}
	k := q.close + 1
	if d.toks[k].key == "," {
		k++
	}
	if m := d.mentionAt(k); m != nil && m.s == k && m.ent != nil && m.ent.typ == schema.Person {
		return m.ent
	}
	if p, _ := d.titledPersonAt(k); p != nil {
		return p
	}
	return nil
}

// scareQuoteClosedAt is the opening mark of a quotation of one or two
// words closed at token i (a scare quote, never a statement), or -1.
func (d *doc) scareQuoteClosedAt(i int) int {
	if d.toks[i].kind != tQuote {
		return -1
	}
	for _, q := range d.quotes {
		if q.close != i {
			continue
		}
		words := 0
		for k := q.open + 1; k <= q.last; k++ {
			if d.toks[k].kind == tWord {
				words++
			}
		}
		if words <= 2 && d.toks[q.last].key != "," {
			return q.open
		}
		return -1
	}
	return -1
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

// addStatement records quotation q as said by q.speaker. A state's words
// are no statement of the extraction format unless its seat speaks them
// ("the White House said"): "the U.S. government says", "the Soviet
// Government stated, and I quote, …" cite a communique or a finding, so
// the quotation stays attributed for what it says but is not listed.
func (d *doc) addStatement(text string, q *quoteSpan) {
	sp := q.speaker
	if sp.typ == schema.Government && !d.seatSpeaks(q) {
		return
	}
	a, b := q.start, q.end
	for a < b && (d.n[a] == ' ' || d.n[a] == '\n') {
		a++
	}
	for b > a && (d.n[b-1] == ' ' || d.n[b-1] == ',' || d.n[b-1] == '\n') {
		b--
	}
	if a >= b {
		return
	}
	s, e := d.nt.span(a, b)
	s, e = s-d.base, e-d.base
	if s < 0 || e > len(text) || s >= e {
		return
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
	d.stmtBecause(st.Start, q.open)
	if co := d.jointCoSpeaker(*q, sp); co != nil {
		st.Speaker = co.name // a joint statement: each one's words
		d.stmts = append(d.stmts, st)
	}
}

// afterDeterminer reports whether the mark at i follows "the" or a
// possessive, so what it opens is a noun phrase, not a sentence.
func (d *doc) afterDeterminer(i int) bool {
	if i == 0 || d.toks[i-1].para != d.toks[i].para {
		return false
	}
	switch d.toks[i-1].key {
	case "the", "its", "their", "his", "her", "our":
		return true
	}
	return false
}

// seatSpeaksSpan is how many tokens either side of a quotation its
// attribution may stand in.
const seatSpeaksSpan = 40

// seatSpeaks reports whether the government quotation q is attributed to
// is named near it by its seat of government ("the White House argued").
func (d *doc) seatSpeaks(q *quoteSpan) bool {
	lo, hi := q.open-seatSpeaksSpan, q.last+seatSpeaksSpan
	if lo < 0 {
		lo = 0
	}
	if hi >= len(d.toks) {
		hi = len(d.toks) - 1
	}
	for k := lo; k <= hi; k++ {
		if k > q.open && k <= q.last || d.toks[k].para != q.para {
			continue
		}
		if m := d.mentionAt(k); m != nil && m.s == k && m.ent == q.speaker && m.gkind == kMetonym {
			return true
		}
	}
	return false
}
