package extract

import (
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// Labels of a transcript or interview whose lines are not attributed to a
// named speaker.
var questionLabels = set("q", "question", "questioner", "reporter", "audience")
var hostLabels = set("moderator", "operator", "interviewer", "host", "announcer", "narrator", "editor")

// answerLabels mark the interviewee's turns in a Q&A ("A:").
var answerLabels = set("a", "answer", "answers")

// enumerationLabels open the points of a list written like labels
// ("First:", "Fifth:").
var enumerationLabels = lexWords.set("enumerationLabels")

// paraLabel returns the end (the colon's token) of a speaker label opening
// the paragraph at token p0 ("SECRETARY RUBIO:", "Cueva:", "Q:"), or -1.
func (d *doc) paraLabel(p0 int) int {
	for k := p0; k < len(d.toks) && k < p0+9; k++ {
		t := d.toks[k]
		if k > p0 && t.brk {
			return -1
		}
		// "MS. DE LA GARZA-WHITFIELD:": a hyphen or apostrophe inside a name
		if k > p0 && (t.key == "-" || t.key == "'") && !t.space && k+1 < len(d.toks) && !d.toks[k+1].space {
			continue
		}
		if t.key == ":" {
			if k == p0 || d.runInHeading(p0, k) || k == p0+1 && enumerationLabels[d.toks[p0].key] {
				return -1 // a run-in heading, or "First: we will …": a point of a list; no speaker
			}
			return k
		}
		if t.kind != tWord || !(t.cap || t.upper) {
			return -1
		}
	}
	return -1
}

// readTurns reads the labelled turns of a transcript, an interview or a
// roundup ("SECRETARY RUBIO:", "Cueva:", "Q:", "Sen. Ana Ruiz: “…”"): it
// names the people the labels stand for and records, by the token of each
// label's colon, who speaks in that turn (nil for hosts and unnamed
// questioners). Turns are not statements themselves: as the gold of
// real published text has it, a statement is text in quotation marks.
func (d *doc) readTurns() {
	type para struct{ s, e, label int }
	var paras []para
	for i := 0; i < len(d.toks); {
		j := i + 1
		for j < len(d.toks) && d.toks[j].para == d.toks[i].para {
			j++
		}
		paras = append(paras, para{i, j, d.paraLabel(i)})
		i = j
	}
	labels, shouted := 0, 0
	for _, p := range paras {
		if p.label >= 0 {
			labels++
			if d.shoutedLabel(p.s, p.label) {
				shouted++
			}
		}
	}
	if labels < 2 && shouted == 0 {
		return // one label may open an excerpt only when written in capitals: "ATTORNEY GENERAL X:"
	}
	d.turns = map[int]*entity{}
	// the interviewee of a Q&A: the person the introduction (the
	// paragraphs before the first label) names most
	var interviewee *entity
	intro := len(d.toks)
	for _, p := range paras {
		if p.label >= 0 {
			intro = p.s
			break
		}
	}
	count := map[*entity]int{}
	for k := 0; k < intro; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person && !m.quoted {
			count[m.ent]++
			if count[m.ent] >= count[interviewee] {
				interviewee = m.ent
			}
			k = m.e - 1
		}
	}
	prevHost := false
	for pi, p := range paras {
		if p.label < 0 {
			prevHost = false
			continue
		}
		var cur *entity
		lab := d.toks[p.label-1].key
		first := d.toks[p.s].key
		host := hostLabels[first] || hostLabels[lab]
		switch {
		case host && p.label == p.s+1 && d.namedInIntro(lab, intro) != nil:
			// "Host: Ana Ríos." in the introduction names the host
			host, cur = false, d.namedInIntro(lab, intro)
		case host:
		case p.label == p.s+1 && answerLabels[first]:
			cur = interviewee
		case questionLabels[first] || questionLabels[lab]:
			if prevHost && pi > 0 {
				cur = d.lastPerson(paras[pi-1].s, paras[pi-1].e)
			}
		default:
			cur = d.labelSpeaker(p.s, p.label)
		}
		prevHost = host
		d.turns[p.label] = cur
	}
}

func (d *doc) hasQuote(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].kind == tQuote {
			return true
		}
	}
	return false
}

// lastPerson is the last person named in tokens [s, e).
func (d *doc) lastPerson(s, e int) *entity {
	var p *entity
	for k := s; k < e; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ == schema.Person {
			p = m.ent
			k = m.e - 1
		}
	}
	return p
}

// bodyLabel is the body a roundup's label [s, e) names when it holds the
// name of a body or country (mention m) and a quotation follows its colon:
// the body itself ("Heritage Council: “…”"), or an organisation named by
// the label's capitalised words around that name ("America First Legal:
// “…”"); nil for any other label.
func (d *doc) bodyLabel(s, e int, m *mention) *entity {
	if e+1 >= len(d.toks) || d.toks[e+1].kind != tQuote {
		return nil
	}
	if m.s == s && m.e == e {
		if speakerType(m.ent.typ) {
			return m.ent
		}
		return nil
	}
	if e-s < 2 || e-s > 5 {
		return nil
	}
	for k := s; k < e; k++ {
		if t := d.toks[k]; t.kind != tWord || !t.cap || titleHeads[t.key] || d.at[k] != 0 && d.mentionAt(k).ent != nil && d.mentionAt(k).ent.typ == schema.Person {
			return nil
		}
	}
	o := d.entity(schema.Organization, d.surface(s, e), s)
	o.mentions++
	return o
}

// labelKeys are the words of the speaker label [s, e) that are no title
// word or honorific: the name it gives ("PRESIDENT X:" gives x).
func (d *doc) labelKeys(s, e int) []string {
	var keys []string
	for k := s; k < e; k++ {
		if !titleHeads[d.toks[k].key] && !titleMods[d.toks[k].key] && honorifics[d.toks[k].key] == 0 {
			keys = append(keys, d.toks[k].key)
		}
	}
	return keys
}

// labelSpeaker resolves a label such as "PRESIDENT ARÉVALO" to a person
// named in the text.
func (d *doc) labelSpeaker(s, e int) *entity {
	if m := d.mentionAt(e - 1); m != nil && m.ent != nil && m.ent.typ == schema.Person {
		return m.ent
	}
	for k := s; k < e; k++ {
		if m := d.mentionAt(k); m != nil && m.ent != nil && m.ent.typ != schema.Person {
			return d.bodyLabel(s, e, m) // "America First Legal:": a body's label, not a person's
		}
	}
	if d.theTitleLabel(s, e) {
		return d.theTitleSpeaker(s+1, e) // "THE VICE PRESIDENT:" under "Remarks by Vice President X"
	}
	keys := d.labelKeys(s, e)
	if len(keys) == 0 {
		return nil
	}
	for _, en := range d.entList {
		if en.typ == schema.Person && len(en.toks) >= len(keys) && (suffix(en.toks, keys) || len(keys) == 1 && contains(en.toks, keys[0])) {
			return en
		}
	}
	for _, en := range d.entList {
		if en.typ == schema.Person && len(en.toks) >= 2 && suffix(keys, en.toks) {
			return en // "SECRETARY OF DEFENSE ANA RUIZ:": a title with its portfolio, then the full name
		}
	}
	// "ANA RÍOS:" whose name the text writes in ordinary case
	if len(keys) >= 2 && len(keys) == e-s {
		for k := 0; k+len(keys) <= len(d.toks); k++ {
			if k >= s && k < e || d.toks[k].upper {
				continue
			}
			ok := true
			for n, key := range keys {
				if t := d.toks[k+n]; t.key != key || !t.cap || t.upper {
					ok = false
					break
				}
			}
			if ok {
				p := d.entity(schema.Person, d.surface(k, k+len(keys)), k)
				p.toks = keys
				if g := d.g.given[keys[0]]; g == 'f' || g == 'm' {
					p.gender = g
				}
				p.mentions++
				return p
			}
		}
	}
	// "MR. PRICE:" with no fuller name in the text: the label names an
	// identifiable person all the same
	if last := d.toks[e-1].key; anonymousLabels[last] || agencyHeads[last] || govWords[last] || thingHeads[last] || documentHeads[last] {
		return nil // "SENIOR ADMINISTRATION OFFICIAL:", "MODERATOR:": no one named
	}
	if len(keys) <= 2 && len(keys) < e-s {
		// "MR. PRICE:" is written "Price"; "Vice President JD Vance:" as it is
		allUpper := true
		for k := s; k < e; k++ {
			if d.toks[k].kind == tWord && !d.toks[k].upper {
				allUpper = false
			}
		}
		var words []string
		for k := s; k < e; k++ {
			key := d.toks[k].key
			if titleHeads[key] || titleMods[key] || honorifics[key] != 0 || key == "dr." || key == "the" || d.toks[k].kind != tWord {
				continue // "THE VICE PRESIDENT:": the article is no name either
			}
			w := d.surface(k, k+1)
			if allUpper {
				w = titleWord(w)
			}
			words = append(words, w)
		}
		if len(words) > 0 {
			name := strings.Join(words, " ")
			var known *person
			if gp := d.g.people["|"+fold(name)]; gp != nil && gp.name != "" {
				// "SECRETARY BLINKEN:" is Antony Blinken, "MR. PRICE:" no one known
				for k := s; k < e; k++ {
					if key := d.toks[k].key; titleHeads[key] && strings.Contains(fold(gp.title), key) {
						name, known = gp.name, gp
						break
					}
				}
			}
			if known == nil && allUpper && len(words) == 1 {
				if full := d.shoutedFullName(s, e); full != "" {
					name = full // "MR. PRICE:" under "BRIEFING BY NED PRICE" is Ned Price
				}
			}
			p := d.entity(schema.Person, name, s)
			p.alias(strings.Join(words, " ")) // "SECRETARY BLINKEN:" is Antony Blinken, also "Blinken"
			p.toks = keys
			p.mentions++
			if known != nil {
				d.turnLabelOffice(p, known, s, e)
			} else {
				d.turnLabelTitle(p, s, e) // "Vice President Ana Ruiz:"
			}
			return p
		}
	}
	return nil
}

// shoutedLabel reports whether the label [s, e) is a title and a name in
// capitals ("ATTORNEY GENERAL X:"; not "THE VICE PRESIDENT:").
func (d *doc) shoutedLabel(s, e int) bool {
	title, name := false, false
	for k := s; k < e; k++ {
		key := d.toks[k].key
		if !d.toks[k].upper {
			return false
		}
		switch {
		case titleHeads[key]:
			title = true
		case !titleMods[key] && key != "the" && key != "of":
			name = true
		}
	}
	return title && name
}

// anonymousLabels end a turn label that names a function, not a person.
var anonymousLabels = lexWords.set("anonymousLabels")

// titleWord writes an upper-case label word as a name: "PRICE" -> "Price".
func titleWord(w string) string {
	r := []rune(strings.ToLower(w))
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	for i := 1; i < len(r); i++ {
		if r[i-1] == '-' || r[i-1] == '\'' {
			r[i] = unicode.ToUpper(r[i])
		}
	}
	return string(r)
}

// namedInIntro is the person the introduction of a transcript (tokens
// before intro) gives a role label: "Host: Ana Ríos.", "the host, Ana
// Ríos", "host Ana Ríos".
func (d *doc) namedInIntro(label string, intro int) *entity {
	for k := 0; k < intro; k++ {
		if d.toks[k].key != label || d.inQuote[k] {
			continue
		}
		j := k + 1
		for j < intro && j < k+3 && (d.toks[j].key == ":" || d.toks[j].key == ",") {
			j++
		}
		if m := d.mentionAt(j); m != nil && m.s == j && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent
		}
		// "Ana Ríos, the host"
		b := k - 1
		if b >= 0 && d.toks[b].key == "the" {
			b--
		}
		if b >= 0 && d.toks[b].key == "," {
			b--
		}
		if m := d.mentionAt(b); b >= 0 && m != nil && m.e == b+1 && m.ent != nil && m.ent.typ == schema.Person {
			return m.ent
		}
	}
	return nil
}
