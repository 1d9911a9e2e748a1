package eval

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/newsgraph/newsgraph/schema"
)

// JaccardMin is the least word overlap for two quotes to match.
const JaccardMin = 0.8

// Fields scored, in report order.
var Fields = []string{"entities", "roles", "statements", "agreements", "parties", "relations", "published"}

// Count is the tally of one field.
type Count struct {
	Got       int // items extracted
	Gold      int // items in the gold
	GotMatch  int // extracted items that match a gold item
	GoldMatch int // gold items matched
}

// Precision is GotMatch / Got (1 when nothing was extracted and nothing expected).
func (c Count) Precision() float64 { return ratio(c.GotMatch, c.Got, c.Gold) }

// Recall is GoldMatch / Gold.
func (c Count) Recall() float64 { return ratio(c.GoldMatch, c.Gold, c.Got) }

// F1 is the harmonic mean of precision and recall.
func (c Count) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(n, d, other int) float64 {
	if d == 0 {
		if other == 0 {
			return 1
		}
		return 0
	}
	return float64(n) / float64(d)
}

func (c *Count) add(o Count) {
	c.Got += o.Got
	c.Gold += o.Gold
	c.GotMatch += o.GotMatch
	c.GoldMatch += o.GoldMatch
}

// Report is the score of one article or of many.
type Report struct {
	Article  string           // empty for an aggregate
	Counts   map[string]Count // by field name (Fields)
	Misses   []string         // gold items not found, "field: item"
	Extra    []string         // extracted items not in the gold, "field: item"
	Articles []Report         // per article, for an aggregate
	Err      string           // why the extractor failed on this article (scored as extracting nothing)
}

// Failed returns the articles the extractor failed on.
func (r Report) Failed() []Report {
	var out []Report
	for _, a := range r.Articles {
		if a.Err != "" {
			out = append(out, a)
		}
	}
	return out
}

// Field returns the count of one field.
func (r Report) Field(name string) Count { return r.Counts[name] }

// Add merges o's counts and lists into r (micro-averaging).
func (r *Report) Add(o Report) {
	if r.Counts == nil {
		r.Counts = map[string]Count{}
	}
	for f, oc := range o.Counts {
		c := r.Counts[f]
		c.add(oc)
		r.Counts[f] = c
	}
	r.Articles = append(r.Articles, o)
}

// names resolves a name to every name the extraction gives its entity.
type names struct {
	byName map[string][]map[string]bool // folded name or alias -> alias sets
}

func newNames(x schema.Extraction) names {
	n := names{byName: map[string][]map[string]bool{}}
	for _, e := range x.Entities {
		set := map[string]bool{schema.Fold(e.Name): true}
		for _, a := range e.Aliases {
			set[schema.Fold(a)] = true
		}
		for k := range set {
			n.byName[k] = append(n.byName[k], set)
		}
	}
	return n
}

// set returns the names that s stands for: s itself and the names and
// aliases of any entity called s.
func (n names) set(s string) map[string]bool {
	f := schema.Fold(s)
	out := map[string]bool{f: true}
	for _, set := range n.byName[f] {
		for k := range set {
			out[k] = true
		}
	}
	return out
}

func overlap(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// Score compares one extraction with its gold.
func Score(gold, got schema.Extraction) Report {
	r := Report{Article: gold.Article, Counts: map[string]Count{}}
	gn, xn := newNames(gold), newNames(got)
	same := func(g, x string) bool { return overlap(gn.set(g), xn.set(x)) }

	// entities
	{
		c := Count{Got: len(got.Entities), Gold: len(gold.Entities)}
		used := make([]bool, len(got.Entities))
		for _, ge := range gold.Entities {
			gs := aliasSet(ge)
			found := false
			for j, xe := range got.Entities {
				if used[j] || xe.Type != ge.Type || !overlap(gs, aliasSet(xe)) {
					continue
				}
				used[j], found = true, true
				break
			}
			if found {
				c.GoldMatch++
			} else {
				r.Misses = append(r.Misses, fmt.Sprintf("entity: %s (%s)", ge.Name, ge.Type))
			}
		}
		for j, xe := range got.Entities {
			if used[j] {
				c.GotMatch++
			} else {
				r.Extra = append(r.Extra, fmt.Sprintf("entity: %s (%s) %v", xe.Name, xe.Type, xe.Aliases))
			}
		}
		r.Counts["entities"] = c
	}
	// roles
	{
		c := Count{Got: len(got.Roles), Gold: len(gold.Roles)}
		used := make([]bool, len(got.Roles))
		for _, gr := range gold.Roles {
			found := false
			for j, xr := range got.Roles {
				if !used[j] && same(gr.Person, xr.Person) && same(gr.Org, xr.Org) {
					used[j], found = true, true
					break
				}
			}
			if found {
				c.GoldMatch++
			} else {
				r.Misses = append(r.Misses, fmt.Sprintf("role: %s — %s — %s", gr.Person, gr.Title, gr.Org))
			}
		}
		for j, xr := range got.Roles {
			if used[j] {
				c.GotMatch++
			} else {
				r.Extra = append(r.Extra, fmt.Sprintf("role: %s — %s — %s", xr.Person, xr.Title, xr.Org))
			}
		}
		r.Counts["roles"] = c
	}
	r.Counts["statements"] = scoreStatements(gold.Statements, got.Statements, same, &r)
	// agreements and their parties
	{
		c := Count{Got: len(got.Agreements), Gold: len(gold.Agreements)}
		var pc Count
		used := make([]bool, len(got.Agreements))
		for _, ga := range gold.Agreements {
			found := -1
			for j, xa := range got.Agreements {
				if !used[j] && same(ga.Name, xa.Name) {
					found = j
					break
				}
			}
			pc.Gold += len(ga.Parties)
			if found < 0 {
				r.Misses = append(r.Misses, fmt.Sprintf("agreement: %s", ga.Name))
				for _, p := range ga.Parties {
					r.Misses = append(r.Misses, fmt.Sprintf("party: %s of %s", p, ga.Name))
				}
				continue
			}
			used[found] = true
			c.GoldMatch++
			xa := got.Agreements[found]
			pc.Got += len(xa.Parties)
			pu := make([]bool, len(xa.Parties))
			for _, gp := range ga.Parties {
				ok := false
				for k, xp := range xa.Parties {
					if !pu[k] && same(gp, xp) {
						pu[k], ok = true, true
						break
					}
				}
				if ok {
					pc.GoldMatch++
				} else {
					r.Misses = append(r.Misses, fmt.Sprintf("party: %s of %s", gp, ga.Name))
				}
			}
			for k, xp := range xa.Parties {
				if pu[k] {
					pc.GotMatch++
				} else {
					r.Extra = append(r.Extra, fmt.Sprintf("party: %s of %s", xp, xa.Name))
				}
			}
		}
		for j, xa := range got.Agreements {
			if used[j] {
				c.GotMatch++
			} else {
				r.Extra = append(r.Extra, fmt.Sprintf("agreement: %s %v", xa.Name, xa.Parties))
			}
		}
		r.Counts["agreements"] = c
		r.Counts["parties"] = pc
	}
	r.Counts["relations"] = scoreRelations(gold.Relations, got.Relations, same, &r)
	// published: accuracy over the articles whose gold states a date.
	if gold.Published != "" {
		c := Count{Gold: 1}
		if got.Published != "" {
			c.Got = 1
		}
		if got.Published == gold.Published {
			c.GoldMatch, c.GotMatch = 1, 1
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("published: %s (got %q)", gold.Published, got.Published))
		}
		r.Counts["published"] = c
	}
	return r
}

// scoreRelations matches relations on subject, object (as entities match)
// and predicate; symmetric predicates match in either direction.
func scoreRelations(gold, got []schema.Relation, same func(g, x string) bool, r *Report) Count {
	c := Count{Got: len(got), Gold: len(gold)}
	// Per predicate too, under "relations:PREDICATE".
	per := func(pred string, f func(*Count)) {
		k := RelationPrefix + pred
		pc := r.Counts[k]
		f(&pc)
		r.Counts[k] = pc
	}
	for _, g := range gold {
		per(g.Predicate, func(c *Count) { c.Gold++ })
	}
	for _, x := range got {
		per(x.Predicate, func(c *Count) { c.Got++ })
	}
	used := make([]bool, len(got))
	for _, g := range gold {
		found := false
		for j, x := range got {
			if used[j] || x.Predicate != g.Predicate {
				continue
			}
			if same(g.Subject, x.Subject) && same(g.Object, x.Object) ||
				schema.SymmetricRelations[g.Predicate] && same(g.Subject, x.Object) && same(g.Object, x.Subject) {
				used[j], found = true, true
				break
			}
		}
		if found {
			c.GoldMatch++
			per(g.Predicate, func(c *Count) { c.GoldMatch++ })
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("relation: %s %s %s", g.Subject, g.Predicate, g.Object))
		}
	}
	for j, x := range got {
		if used[j] {
			c.GotMatch++
			per(x.Predicate, func(c *Count) { c.GotMatch++ })
		} else {
			r.Extra = append(r.Extra, fmt.Sprintf("relation: %s %s %s", x.Subject, x.Predicate, x.Object))
		}
	}
	return c
}

// RelationPrefix keys a Report's per-predicate relation counts.
const RelationPrefix = "relations:"

// RelationTable writes precision, recall and F1 per relation predicate.
func (r Report) RelationTable() string {
	var preds []string
	for k := range r.Counts {
		if p, ok := strings.CutPrefix(k, RelationPrefix); ok {
			preds = append(preds, p)
		}
	}
	sort.Strings(preds)
	var b strings.Builder
	fmt.Fprintf(&b, "%-16s %9s %9s %9s %6s %6s\n", "predicate", "precision", "recall", "F1", "got", "gold")
	for _, p := range preds {
		c := r.Counts[RelationPrefix+p]
		fmt.Fprintf(&b, "%-16s %9.3f %9.3f %9.3f %6d %6d\n", p, c.Precision(), c.Recall(), c.F1(), c.Got, c.Gold)
	}
	return b.String()
}

func aliasSet(e schema.Entity) map[string]bool {
	s := map[string]bool{schema.Fold(e.Name): true}
	for _, a := range e.Aliases {
		s[schema.Fold(a)] = true
	}
	return s
}

// scoreStatements matches quotations. A gold quotation may match one
// extracted statement, or two consecutive ones by the same speaker joined
// (a split the gold kept whole); an extracted statement may likewise match
// two consecutive gold ones.
func scoreStatements(gold, got []schema.Statement, same func(g, x string) bool, r *Report) Count {
	c := Count{Got: len(got), Gold: len(gold)}
	gu, xu := make([]bool, len(gold)), make([]bool, len(got))
	ok := func(g schema.Statement, x schema.Statement) bool {
		return same(g.Speaker, x.Speaker) && Jaccard(g.Quote, x.Quote) >= JaccardMin
	}
	for i, g := range gold {
		for j, x := range got {
			if !xu[j] && ok(g, x) {
				gu[i], xu[j] = true, true
				break
			}
		}
	}
	// one gold, two extracted
	for i, g := range gold {
		for j := 0; !gu[i] && j+1 < len(got); j++ {
			if xu[j] || xu[j+1] || got[j].Speaker != got[j+1].Speaker {
				continue
			}
			joined := got[j]
			joined.Quote += " " + got[j+1].Quote
			if ok(g, joined) {
				gu[i], xu[j], xu[j+1] = true, true, true
			}
		}
	}
	// two gold, one extracted
	for j, x := range got {
		for i := 0; !xu[j] && i+1 < len(gold); i++ {
			if gu[i] || gu[i+1] || gold[i].Speaker != gold[i+1].Speaker {
				continue
			}
			joined := gold[i]
			joined.Quote += " " + gold[i+1].Quote
			if ok(joined, x) {
				gu[i], gu[i+1], xu[j] = true, true, true
			}
		}
	}
	for i, g := range gold {
		if gu[i] {
			c.GoldMatch++
		} else {
			r.Misses = append(r.Misses, fmt.Sprintf("statement: %s: %q", g.Speaker, g.Quote))
		}
	}
	for j, x := range got {
		if xu[j] {
			c.GotMatch++
		} else {
			r.Extra = append(r.Extra, fmt.Sprintf("statement: %s: %q", x.Speaker, x.Quote))
		}
	}
	return c
}

// Words returns the set of lower-cased word tokens of s (letters, digits,
// and apostrophes inside words; diacritics folded).
func Words(s string) map[string]bool {
	out := map[string]bool{}
	f := strings.ReplaceAll(schema.Fold(s), "’", "'")
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := strings.Trim(f[start:end], "'")
			if w != "" {
				out[w] = true
			}
			start = -1
		}
	}
	for i, r := range f {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(f))
	return out
}

// Jaccard is |A∩B| / |A∪B| over the word sets of two quotes.
func Jaccard(a, b string) float64 {
	wa, wb := Words(a), Words(b)
	if len(wa) == 0 && len(wb) == 0 {
		return 1
	}
	inter := 0
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	return float64(inter) / float64(len(wa)+len(wb)-inter)
}

// Table writes precision, recall and F1 per field.
func (r Report) Table() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-11s %9s %9s %9s %6s %6s\n", "field", "precision", "recall", "F1", "got", "gold")
	for _, f := range Fields {
		c := r.Counts[f]
		fmt.Fprintf(&b, "%-11s %9.3f %9.3f %9.3f %6d %6d\n", f, c.Precision(), c.Recall(), c.F1(), c.Got, c.Gold)
	}
	return b.String()
}

// Details lists, per article, the gold items missed and the items
// extracted that the gold does not have.
func (r Report) Details() string {
	var b strings.Builder
	arts := r.Articles
	if len(arts) == 0 {
		arts = []Report{r}
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Article < arts[j].Article })
	for _, a := range arts {
		fmt.Fprintf(&b, "== %s", a.Article)
		for _, f := range Fields {
			fmt.Fprintf(&b, "  %s %.2f", f, a.Counts[f].F1())
		}
		b.WriteString("\n")
		if a.Err != "" {
			fmt.Fprintf(&b, "  ! extractor failed: %s\n", a.Err)
		}
		for _, m := range a.Misses {
			fmt.Fprintf(&b, "  - missed %s\n", m)
		}
		for _, m := range a.Extra {
			fmt.Fprintf(&b, "  + extra  %s\n", m)
		}
	}
	return b.String()
}
