package extract

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/newsgraph/newsgraph/data"
)

// The cue lexicons live in data/lexicon as text files, embedded in the
// binary (data.Lexicon) and read once when the package starts:
//
//   - relations.tsv: per predicate, its verb phrases and nouns
//     (relationLexicon, compiled into relCues);
//   - irregular-verbs.tsv: the irregular pasts of relations.tsv's lemmas
//     (irregularForms);
//   - words.tsv: the named word lists of the patterns (titles, honorifics,
//     speech verbs, organisation and agreement heads…), which the code
//     takes by name from lexWords (lexicon.go, verbs.go);
//   - agency-kinds.tsv: generic phrases for parts of a government
//     ("foreign ministry", "armed forces"; agencyKinds).
//
// A malformed line stops the program at start-up with an error naming the
// file and line; the tests load the files too, so a broken file fails
// them first.

// lexiconDir is the name the errors give the embedded lexicon directory.
const lexiconDir = "data/lexicon"

// lexLine is one line of a lexicon file that is neither blank nor a
// comment.
type lexLine struct {
	n    int // 1-based line number
	text string
}

// lexError is a malformed line of a lexicon file.
type lexError struct {
	file string
	line int
	msg  string
}

func (e *lexError) Error() string { return fmt.Sprintf("%s:%d: %s", e.file, e.line, e.msg) }

// readLexFile returns the lines of name in fsys that hold data: blank lines
// and lines starting with "#" (after spaces) are comments.
func readLexFile(fsys fs.FS, name string) ([]lexLine, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	var out []lexLine
	for i, l := range strings.Split(string(b), "\n") {
		l = strings.TrimRight(l, "\r")
		if t := strings.TrimSpace(l); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		out = append(out, lexLine{i + 1, l})
	}
	return out, nil
}

// relEntry is one line of relations.tsv: a predicate and its verb and noun
// phrases, each list separated by ";".
type relEntry struct{ pred, verbs, nouns string }

// loadRelationLexicon reads relations.tsv and irregular-verbs.tsv from
// fsys; dir is the directory the errors name.
func loadRelationLexicon(fsys fs.FS, dir string) ([]relEntry, map[string][]string, error) {
	irrFile, relFile := path.Join(dir, "irregular-verbs.tsv"), path.Join(dir, "relations.tsv")
	lines, err := readLexFile(fsys, "irregular-verbs.tsv")
	if err != nil {
		return nil, nil, err
	}
	irregular := map[string][]string{}
	for _, l := range lines {
		cols := strings.Split(l.text, "\t")
		lemma := strings.TrimSpace(cols[0])
		switch {
		case len(cols) > 2:
			return nil, nil, &lexError{irrFile, l.n, fmt.Sprintf("%d columns, want lemma and forms", len(cols))}
		case lemma == "" || strings.ContainsAny(lemma, " ;"):
			return nil, nil, &lexError{irrFile, l.n, fmt.Sprintf("lemma %q is not one word", lemma)}
		}
		if _, dup := irregular[lemma]; dup {
			return nil, nil, &lexError{irrFile, l.n, fmt.Sprintf("lemma %q listed twice", lemma)}
		}
		var forms []string
		if len(cols) == 2 {
			forms = strings.Fields(cols[1])
		}
		irregular[lemma] = forms
	}

	if lines, err = readLexFile(fsys, "relations.tsv"); err != nil {
		return nil, nil, err
	}
	var lex []relEntry
	seen := map[string]bool{}
	for _, l := range lines {
		cols := strings.Split(l.text, "\t")
		if len(cols) > 3 {
			return nil, nil, &lexError{relFile, l.n, fmt.Sprintf("%d columns, want predicate, verb phrases, noun phrases", len(cols))}
		}
		for len(cols) < 3 {
			cols = append(cols, "")
		}
		e := relEntry{strings.TrimSpace(cols[0]), strings.TrimSpace(cols[1]), strings.TrimSpace(cols[2])}
		if w, props := cuePhrase(e.pred); len(w) == 1 && len(props) > 0 {
			e.pred, e.verbs = w[0], withProps(e.verbs, props) // "metWith [noun-agent]": every verb phrase's
		}
		if e.pred == "" || strings.ContainsAny(e.pred, " ;") {
			return nil, nil, &lexError{relFile, l.n, fmt.Sprintf("predicate %q is not one word", e.pred)}
		}
		if seen[e.pred] {
			return nil, nil, &lexError{relFile, l.n, fmt.Sprintf("predicate %q listed twice", e.pred)}
		}
		seen[e.pred] = true
		for _, p := range splitList(e.verbs) {
			if msg := badVerbPhrase(p); msg != "" {
				return nil, nil, &lexError{relFile, l.n, fmt.Sprintf("%s: verb phrase %q: %s", e.pred, p, msg)}
			}
		}
		for _, p := range splitList(e.nouns) {
			if w := strings.Fields(p); len(w) > 2 || strings.ContainsAny(p, "{}|…") {
				return nil, nil, &lexError{relFile, l.n, fmt.Sprintf("%s: noun phrase %q: want a noun and at most one introducing word", e.pred, p)}
			}
		}
		lex = append(lex, e)
	}
	return lex, irregular, nil
}

// withProps writes properties, in square brackets, after each phrase of
// the list verbs.
func withProps(verbs string, props []string) string {
	phrases := splitList(verbs)
	for i, p := range phrases {
		for _, name := range props {
			phrases[i] = p + " [" + name + "]"
			p = phrases[i]
		}
	}
	return strings.Join(phrases, "; ")
}

// badVerbPhrase says what is wrong with a verb phrase of relations.tsv,
// "" if nothing.
func badVerbPhrase(p string) string {
	w, props := cuePhrase(p)
	for _, name := range props {
		if _, ok := cueProps[name]; !ok {
			return fmt.Sprintf("no cue property %q", name)
		}
	}
	if len(w) == 0 {
		return "no words before the properties"
	}
	if n := len(w); strings.HasPrefix(w[n-1], "{") {
		alts := strings.TrimPrefix(w[n-1], "{")
		if !strings.HasSuffix(alts, "}") {
			return `"{" without "}"`
		}
		for _, a := range strings.Split(strings.TrimSuffix(alts, "}"), "|") {
			if a == "" {
				return `an empty alternative in "{…}"`
			}
		}
		w = w[:n-1]
	}
	if len(w) == 0 {
		return "no words before the condition"
	}
	if w[0] == "…" {
		return `starts with "…"`
	}
	for _, x := range w {
		if strings.ContainsAny(x, "{}|") {
			return `"{a|b}" only as the last part`
		}
	}
	return ""
}

// compileRelCues turns the lexicon into the cues the sentence reader
// looks up by a token's folded word.
func compileRelCues(lex []relEntry, irregular map[string][]string) map[string][]relCue {
	cues := map[string][]relCue{}
	for _, l := range lex {
		for _, phrase := range splitList(l.verbs) {
			w, props := cuePhrase(phrase)
			var needs []string
			if last := w[len(w)-1]; strings.HasPrefix(last, "{") {
				needs, w = strings.Split(strings.Trim(last, "{}"), "|"), w[:len(w)-1]
			}
			if w[0] == "found" || w[0] == "co-found" {
				// "found" is also the past of "find": only "founded"
				cues[w[0]+"ed"] = append(cues[w[0]+"ed"], relCue{pred: l.pred, rest: w[1:], past: true, needs: needs, props: props})
				continue
			}
			s, past, ing := verbForms(w[0])
			forms := map[string]bool{w[0]: false, s: false, ing: false}
			if irr, ok := irregular[w[0]]; ok && irr != nil {
				for _, f := range irr {
					forms[f] = true
				}
			} else {
				forms[past] = true
			}
			for f, isPast := range forms {
				cues[f] = append(cues[f], relCue{pred: l.pred, rest: w[1:], past: isPast, needs: needs, props: props})
			}
		}
		for _, phrase := range splitList(l.nouns) {
			w := strings.Fields(phrase)
			c := relCue{pred: l.pred, noun: true, intro: "of"}
			if len(w) > 1 {
				c.intro = w[1]
			}
			cues[w[0]] = append(cues[w[0]], c)
		}
	}
	return cues
}

// mustLexicon stops the program when a bundled lexicon file is malformed:
// the files are part of the build, so this is a bug the tests catch.
func mustLexicon[T any](v T, err error) T {
	if err != nil {
		panic("extract: lexicon: " + err.Error())
	}
	return v
}

func mustRelationLexicon() ([]relEntry, map[string][]string) {
	lex, irr, err := loadRelationLexicon(data.Lexicon, lexiconDir)
	if err != nil {
		panic("extract: lexicon: " + err.Error())
	}
	return lex, irr
}

// wordLists are the named word lists of words.tsv. The code takes each
// list by name through a typed accessor (set, fields, genders, pairs); a
// name the file lacks, or a word the accessor cannot read, stops the
// program at start-up.
type wordLists struct {
	file  string
	lists map[string][]lexWord
	order []string // list names in file order
}

// lexWord is one word of a list and the line it is written on.
type lexWord struct {
	w    string
	line int
}

// loadWordLists reads words.tsv from fsys; dir is the directory the
// errors name.
func loadWordLists(fsys fs.FS, dir string) (*wordLists, error) {
	file := path.Join(dir, "words.tsv")
	lines, err := readLexFile(fsys, "words.tsv")
	if err != nil {
		return nil, err
	}
	wl := &wordLists{file: file, lists: map[string][]lexWord{}}
	cur := ""
	for _, l := range lines {
		rest := l.text
		if l.text[0] != ' ' && l.text[0] != '\t' {
			name, words, _ := strings.Cut(l.text, "\t")
			name = strings.TrimSpace(name)
			if name == "" || strings.ContainsAny(name, " =") {
				return nil, &lexError{file, l.n, fmt.Sprintf("list name %q: want a name, a tab, then words", name)}
			}
			if _, dup := wl.lists[name]; dup {
				return nil, &lexError{file, l.n, fmt.Sprintf("list %q defined twice", name)}
			}
			cur, rest = name, words
			wl.lists[name] = nil
			wl.order = append(wl.order, name)
		} else if cur == "" {
			return nil, &lexError{file, l.n, "words before the first list name"}
		}
		for _, w := range strings.Fields(rest) {
			wl.lists[cur] = append(wl.lists[cur], lexWord{w, l.n})
		}
	}
	return wl, nil
}

// get returns the words of list name.
func (wl *wordLists) get(name string) ([]lexWord, error) {
	ws, ok := wl.lists[name]
	if !ok {
		return nil, fmt.Errorf("%s: no list %q", wl.file, name)
	}
	return ws, nil
}

// setOf returns list name as a set of words.
func (wl *wordLists) setOf(name string) (map[string]bool, error) {
	ws, err := wl.get(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		if strings.Contains(w.w, "=") {
			return nil, &lexError{wl.file, w.line, fmt.Sprintf("%s: %q: a word list takes no values", name, w.w)}
		}
		m[w.w] = true
	}
	return m, nil
}

// gendersOf returns list name as words with a gender: word=m, f, p or i;
// a word alone has none (0).
func (wl *wordLists) gendersOf(name string) (map[string]byte, error) {
	ws, err := wl.get(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]byte, len(ws))
	for _, w := range ws {
		word, g, has := strings.Cut(w.w, "=")
		switch {
		case !has:
			m[word] = 0
		case g == "m" || g == "f" || g == "p" || g == "i":
			m[word] = g[0]
		default:
			return nil, &lexError{wl.file, w.line, fmt.Sprintf("%s: %q: gender must be m, f, p or i", name, w.w)}
		}
	}
	return m, nil
}

// pairsOf returns list name as word=value pairs.
func (wl *wordLists) pairsOf(name string) (map[string]string, error) {
	ws, err := wl.get(name)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(ws))
	for _, w := range ws {
		k, v, has := strings.Cut(w.w, "=")
		if !has || k == "" || v == "" {
			return nil, &lexError{wl.file, w.line, fmt.Sprintf("%s: %q: want word=value", name, w.w)}
		}
		m[k] = v
	}
	return m, nil
}

// The accessors the package's variables use: each stops the program at
// start-up when the list is missing or malformed.

func (wl *wordLists) set(name string) map[string]bool { return mustLexicon(wl.setOf(name)) }

func (wl *wordLists) genders(name string) map[string]byte { return mustLexicon(wl.gendersOf(name)) }

func (wl *wordLists) pairs(name string) map[string]string { return mustLexicon(wl.pairsOf(name)) }

// fields returns list name in file order.
func (wl *wordLists) fields(name string) []string {
	ws := mustLexicon(wl.get(name))
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.w
	}
	return out
}

// lexWords are the bundled word lists, data/lexicon/words.tsv.
var lexWords = mustLexicon(loadWordLists(data.Lexicon, lexiconDir))

// agencyKind is one row of agency-kinds.tsv: a generic phrase for a part
// of a government.
type agencyKind struct {
	words []string
	kind  string
	core  string // canonical wording
	qual  bool   // needs a country before it ("Mexican army")
}

// loadAgencyKinds reads agency-kinds.tsv from fsys; dir is the directory
// the errors name.
func loadAgencyKinds(fsys fs.FS, dir string) ([]agencyKind, error) {
	file := path.Join(dir, "agency-kinds.tsv")
	lines, err := readLexFile(fsys, "agency-kinds.tsv")
	if err != nil {
		return nil, err
	}
	var out []agencyKind
	for _, l := range lines {
		cols := strings.Split(l.text, "\t")
		if len(cols) != 4 {
			return nil, &lexError{file, l.n, fmt.Sprintf("%d columns, want words, kind, wording, country", len(cols))}
		}
		k := agencyKind{words: strings.Fields(cols[0]), kind: strings.TrimSpace(cols[1]), core: strings.TrimSpace(cols[2])}
		switch q := strings.TrimSpace(cols[3]); {
		case len(k.words) == 0 || k.kind == "" || k.core == "":
			return nil, &lexError{file, l.n, "empty words, kind or wording"}
		case q == "country":
			k.qual = true
		case q != "-":
			return nil, &lexError{file, l.n, fmt.Sprintf("country column %q: want \"country\" or \"-\"", q)}
		}
		out = append(out, k)
	}
	return out, nil
}
