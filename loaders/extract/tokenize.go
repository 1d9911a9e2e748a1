package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

type tokKind uint8

const (
	tWord  tokKind = iota // letters, digits, internal apostrophes and dots
	tPunct                // one punctuation mark
	tQuote                // a double quotation mark
)

// token is one word or mark of the normalised text.
type token struct {
	s, e    int    // byte range in the normalised text
	key     string // folded form: lower case, no diacritics, ’ as '
	kind    tokKind
	q       byte // tQuote: 'o' opening, 'c' closing, 'a' either
	cap     bool // first letter upper-case
	upper   bool // every letter upper-case
	letters int  // number of letters
	space   bool // white space (or the start) before it
	brk     bool // a hard break before it: new paragraph or glued text
	para    int
	sent    int
}

var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "lt": true, "col": true, "maj": true,
	"capt": true, "sgt": true, "adm": true, "cmdr": true, "sen": true, "rep": true, "gov": true,
	"pres": true, "prof": true, "st": true, "jr": true, "sr": true, "no": false, "vs": true, "etc": true,
	"inc": true, "corp": true, "co": true, "ltd": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"aug": true, "sept": true, "sep": true, "oct": true, "nov": true, "dec": true, "amb": true,
	"atty": true, "brig": true, "cpl": true, "pvt": true, "mt": true, "ft": true, "dept": true,
	"gens": true, "sens": true, "reps": true, "govt": true, "approx": true, "est": true, "hon": true,
	"rt": true, "alm": true, "gral": true, "supt": true, "insp": true, "det": true, "cmdt": true, "comdr": true, "lieut": true, "adj": true,
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func quoteKind(r rune) byte {
	switch r {
	case '“', '„', '«', '‟':
		return 'o'
	case '”', '»':
		return 'c'
	case '"', '″', '＂':
		return 'a'
	}
	return 0
}

// tokenize splits normalised text into tokens. With known non-nil, a word
// that fuses two words ("SheinbaumMexico") is split and the second part
// starts a hard break, unless known holds the whole folded word: a
// one-word name written in camel case ("PetroCaribe",
// tokenize_knownglue.go).
func tokenize(n string, known func(string) bool) []token {
	toks := make([]token, 0, len(n)/5+4)
	space, brk, para := true, true, 0
	add := func(t token) {
		t.space, t.brk, t.para = space, brk || t.brk, para
		toks = append(toks, t)
		space, brk = false, false
	}
	for i := 0; i < len(n); {
		r, sz := utf8.DecodeRuneInString(n[i:])
		if r == '\n' {
			if !brk || len(toks) > 0 {
				para++
			}
			brk, space = true, true
			i += sz
			continue
		}
		if unicode.IsSpace(r) {
			space = true
			i += sz
			continue
		}
		if r == '\'' || r == '’' || r == '´' {
			// possessive 's after a word
			if len(toks) > 0 && !space && toks[len(toks)-1].kind == tWord && i+sz < len(n) && (n[i+sz] == 's' || n[i+sz] == 'S') {
				nr, _ := utf8.DecodeRuneInString(n[i+sz+1:])
				if i+sz+1 >= len(n) || !isWordRune(nr) {
					add(token{s: i, e: i + sz + 1, key: "'s", kind: tPunct})
					i += sz + 1
					continue
				}
			}
			add(token{s: i, e: i + sz, key: "'", kind: tPunct})
			i += sz
			continue
		}
		if q := quoteKind(r); q != 0 {
			add(token{s: i, e: i + sz, key: `"`, kind: tQuote, q: q})
			i += sz
			continue
		}
		if !isWordRune(r) {
			k := n[i : i+sz]
			switch r {
			case '‑', '‐':
				k = "-"
			case '‘':
				k = "'"
			}
			add(token{s: i, e: i + sz, key: k, kind: tPunct})
			i += sz
			continue
		}
		j := scanWord(n, i)
		// glued words: "SheinbaumMexico"
		if known != nil {
			if k := glueSplit(n[i:j]); k > 0 && !brandBeforeHead(n, j) && !known(fold(n[i:j])) {
				add(wordToken(n, i, i+k))
				t := wordToken(n, i+k, j)
				t.brk = true
				add(t)
				i = j
				continue
			}
		}
		add(wordToken(n, i, j))
		i = j
	}
	return toks
}

// scanWord returns the end of the word starting at n[i].
func scanWord(n string, i int) int {
	j := i
	segStart := i
	prevDigit, prevLetter := false, false
	for j < len(n) {
		r, sz := utf8.DecodeRuneInString(n[j:])
		if isWordRune(r) {
			prevDigit = unicode.IsDigit(r)
			prevLetter = !prevDigit
			j += sz
			continue
		}
		next, nsz := utf8.DecodeRuneInString(n[min(j+sz, len(n)):])
		if j+sz >= len(n) {
			next, nsz = 0, 0
		}
		_ = nsz
		switch {
		case r == '.' && prevLetter && unicode.IsLetter(next) && utf8.RuneCountInString(n[segStart:j]) == 1:
			j += sz
			segStart = j
			continue
		case (r == ',' || r == '.') && prevDigit && unicode.IsDigit(next):
			j += sz
			continue
		case (r == '\'' || r == '’' || r == '´') && prevLetter && unicode.IsLetter(next):
			// an acute accent typed for an apostrophe: "d´Affaires"
			if next == 's' || next == 'S' {
				after, _ := utf8.DecodeRuneInString(n[min(j+sz+1, len(n)):])
				if j+sz+1 >= len(n) || !isWordRune(after) {
					return j // possessive: split off
				}
			}
			if splitContraction(n[i:j], n[j+sz:]) {
				return j // "we've": the pronoun, then the auxiliary
			}
			j += sz
			continue
		}
		break
	}
	// trailing period of an abbreviation, initial or acronym
	if j < len(n) && n[j] == '.' {
		w := n[i:j]
		if strings.Contains(w, ".") || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(w)) || abbrevs[strings.ToLower(w)] || numberSign(w, n[j+1:]) {
			j++
		}
	}
	return j
}

// contractingPronouns are the subject pronouns whose auxiliary may be
// contracted onto them: "we've", "they're".
var contractingPronouns = set("we", "they", "i", "you")

// splitContraction reports whether word, followed by an apostrophe and
// rest, is a subject pronoun with a contracted "have" or "be" ("we've
// worked with X", "they're working with Y"): the tokenizer splits it so
// that the pronoun stands alone as the subject and the auxiliary joins
// the verb group (contractedAux). "We'll" and "we'd" (a will, a would or
// a had) stay one word.
func splitContraction(word, rest string) bool {
	if !contractingPronouns[strings.ToLower(word)] {
		return false
	}
	k := 0
	for k < len(rest) && k < 3 && rest[k] >= 'a' && rest[k] <= 'z' {
		k++
	}
	if k == 0 || k == 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest[k:])
	return contractedAux[rest[:k]] != "" && (k == len(rest) || !isWordRune(r))
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// brandBeforeHead reports whether the word ending at n[j] is followed, after
// one space, by the capitalised head of an organisation's name: a word in
// camel case there is a brand's name ("PriceSmart Foundation", "BlueRock
// Group"), not two words fused where text lost a break.
func brandBeforeHead(n string, j int) bool {
	if j+1 >= len(n) || n[j] != ' ' {
		return false
	}
	e := scanWord(n, j+1)
	if e == j+1 {
		return false
	}
	w := n[j+1 : e]
	if !unicode.IsUpper(firstRune(w)) {
		return false
	}
	k := fold(w)
	return orgHeads[k] || companyHeads[k] || agencyHeads[k]
}

// glueSplit returns where a word fusing two capitalised words splits, or 0.
func glueSplit(w string) int {
	if len(w) < 7 || !unicode.IsUpper(firstRune(w)) {
		return 0
	}
	prevLower := false
	count := 0
	for k, r := range w {
		if !unicode.IsLetter(r) {
			return 0
		}
		if unicode.IsUpper(r) && prevLower && count >= 4 {
			rest := w[k:]
			lower := 0
			for _, rr := range rest {
				if unicode.IsLower(rr) {
					lower++
				}
			}
			if lower >= 2 && !boundPrefixAt(w, k) {
				return k
			}
		}
		prevLower = unicode.IsLower(r)
		count++
	}
	return 0
}

func wordToken(n string, s, e int) token {
	w := n[s:e]
	t := token{s: s, e: e, kind: tWord, key: fold(w)}
	first := true
	upper := true
	for _, r := range w {
		if unicode.IsLetter(r) {
			t.letters++
			if first {
				t.cap = unicode.IsUpper(r)
				first = false
			}
			if !unicode.IsUpper(r) {
				upper = false
			}
		}
	}
	t.upper = upper && t.letters > 0
	// "d'Aubuisson", "dell’Olio": a surname after an elided particle
	if !t.cap {
		for _, p := range []string{"d'", "d’", "dell'", "dell’"} {
			if rest, ok := strings.CutPrefix(w, p); ok && rest != "" {
				r, _ := utf8.DecodeRuneInString(rest)
				t.cap = unicode.IsUpper(r)
				t.upper = false
			}
		}
	}
	return t
}

// fold lower-cases s, strips diacritics and writes ’ as '.
func fold(s string) string {
	ascii := true
	hasUpper := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if c >= 'A' && c <= 'Z' {
			hasUpper = true
		}
	}
	if ascii {
		if !hasUpper {
			return s
		}
		return strings.ToLower(s)
	}
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '’' || r == '‘' || r == '´':
			b.WriteByte('\'')
		case r == '–' || r == '—' || r == '‑' || r == '‐':
			b.WriteByte('-')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// hasWordIn reports whether a word of name is in words.
func hasWordIn(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(fold(name)) {
		if words[w] {
			return true
		}
	}
	return false
}

var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "it": true, "this": true, "that": true, "these": true,
	"those": true, "he": true, "she": true, "they": true, "we": true, "i": true, "but": true, "and": true,
	"however": true, "his": true, "her": true, "their": true, "our": true, "there": true, "top": true,
	"after": true, "since": true, "while": true, "when": true, "meanwhile": true, "officials": true,
}

// sentences assigns sentence numbers to tokens.
func sentences(toks []token) {
	s := 0
	for i := range toks {
		if i > 0 && (toks[i].brk || endsSentence(toks, i-1)) {
			s++
		}
		toks[i].sent = s
	}
}

// endsSentence reports whether a sentence ends after toks[i].
func endsSentence(toks []token, i int) bool {
	if i+1 >= len(toks) {
		return true
	}
	t, next := toks[i], toks[i+1]
	switch t.key {
	case ".", "!", "?", "…":
		if next.kind == tQuote && next.q != 'o' && !next.space {
			return false // the sentence ends after the closing mark
		}
		return next.cap || next.kind == tQuote || next.key == "(" || next.key == "[" || next.kind == tWord && unicode.IsDigit(firstRune(next.key))
	}
	// a mark opening a paragraph opens a quotation, whatever its shape:
	// it closes nothing of the paragraph before
	if t.kind == tQuote && t.q != 'o' && i > 0 && !t.brk {
		p := toks[i-1].key
		if (p == "." || p == "!" || p == "?") && (next.cap || next.kind == tQuote) {
			return true
		}
	}
	if t.kind == tWord && strings.HasSuffix(t.key, ".") && strings.Count(t.key, ".") > 1 && next.kind == tWord && next.cap && sentenceStarters[next.key] {
		return true // "... to the U.S. The ..."
	}
	return false
}

// phraseAt returns the length of the first of phrases whose words are the
// keys of the tokens from i on, in i's sentence, or 0.
func (d *doc) phraseAt(i int, phrases [][]string) int {
next:
	for _, p := range phrases {
		for n, w := range p {
			if i+n >= len(d.toks) || d.toks[i+n].key != w || d.toks[i+n].sent != d.toks[i].sent {
				continue next
			}
		}
		return len(p)
	}
	return 0
}

// numberSign reports whether word, followed by a period and rest, is the
// sign "No." before a number ("Police Station No. 4"): the period ends no
// sentence.
func numberSign(word, rest string) bool {
	if word != "No" && word != "Nos" || len(rest) < 2 || rest[0] != ' ' {
		return false
	}
	return rest[1] >= '0' && rest[1] <= '9'
}
