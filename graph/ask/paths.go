package ask

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/newsgraph/newsgraph/schema"
)

// Link kinds that pass through an intermediate node, named after the
// predicates they chain.
const (
	LinkRole      = "ng:holds/ng:of"     // person -holds-> role -of-> organisation.
	LinkStatement = "ng:saidBy/ng:about" // speaker <-saidBy- statement -about-> entity.
	LinkMention   = "ng:mentions"        // two entities mentioned by one article.
)

// Directions of a link as seen from the hop's From node.
const (
	DirOut = "out" // From is the subject side: From -predicate-> To.
	DirIn  = "in"  // From is the object side: From <-predicate- To.
	DirCo  = "co"  // Symmetric: both were mentioned by the same article.
)

// Link is one way two neighbouring entities are connected.
type Link struct {
	Predicate string   `json:"predicate"`     // A relation ("ng:rejected"), "ng:party", or one of the Link* chains.
	Direction string   `json:"direction"`     // DirOut, DirIn or DirCo.
	Via       *Node    `json:"via,omitempty"` // The role, statement or article the link passes through.
	Articles  []string `json:"articles"`      // IRIs of the articles the link was read in.
}

// Hop is one step of a path: every link between From and To.
type Hop struct {
	From  Node   `json:"from"`
	To    Node   `json:"to"`
	Links []Link `json:"links"` // At most MaxHopLinks, in a stable order.
	// LinksTotal counts every link between From and To found (within the
	// search's fan-out bounds).
	LinksTotal int `json:"links_total"`
}

// MaxHopLinks is the most links a hop shows: a much-quoted minister may
// have said hundreds of things about a government.
const MaxHopLinks = 10

// Path is one connection from the start entity to the end entity.
type Path struct {
	Hops []Hop `json:"hops"`
}

// PathOptions bound a path search.
type PathOptions struct {
	MaxHops  int    // Longest path considered; 0 means DefaultMaxHops.
	Via      string // If set, an entity type at least one intermediate node must have ("Government").
	Mentions bool   // Also link entities mentioned by the same article.
	Limit    int    // Most paths returned; 0 means DefaultPathLimit.
}

// Defaults and bounds of PathOptions.
const (
	DefaultMaxHops   = 4
	MaxMaxHops       = 8
	DefaultPathLimit = 5
)

// PathResult is the answer of Paths.
type PathResult struct {
	From  Node   `json:"from"`
	To    Node   `json:"to"`
	Paths []Path `json:"paths"` // Shortest first; empty when none was found.
}

// neighbour is one entity next to another, with every link between them.
type neighbour struct {
	iri   string
	links []link
}

// link is a Link with the facts it was read from; its articles are looked
// up only for the paths an answer shows.
type link struct {
	Link
	via   string // IRI of the node the link passes through, if any.
	facts []quad.Quad
}

// linkKey orders a hop's links: by predicate, direction, then the node
// they pass through.
type linkKey struct{ pred, dir, via string }

func (a linkKey) less(b linkKey) bool {
	if a.pred != b.pred {
		return a.pred < b.pred
	}
	if a.dir != b.dir {
		return a.dir < b.dir
	}
	return a.via < b.via
}

func (l link) key() linkKey { return linkKey{l.Predicate, l.Direction, l.via} }

// Paths returns the shortest connections between the entities named from
// and to (names resolve as in Resolve): every distinct shortest path (by the
// entities it passes) and, while there are fewer than opt.Limit, paths up to
// two hops longer as alternatives; shortest first, at most opt.Limit. Entities are neighbours when a
// relation links them, when one holds a role in the other, when one said
// something about the other, when one is a party to the other (an
// agreement), and with opt.Mentions when one article mentions both. It
// fails with ErrNoPath when nothing connects them within opt.MaxHops.
func (a *Asker) Paths(ctx context.Context, from, to string, opt PathOptions) (PathResult, error) {
	if opt.MaxHops == 0 {
		opt.MaxHops = DefaultMaxHops
	}
	if opt.MaxHops < 1 || opt.MaxHops > MaxMaxHops {
		return PathResult{}, invalidf("max hops must be between 1 and %d, not %d", MaxMaxHops, opt.MaxHops)
	}
	if opt.Limit == 0 {
		opt.Limit = DefaultPathLimit
	}
	if opt.Limit < 0 {
		return PathResult{}, invalidf("limit must be positive, not %d", opt.Limit)
	}
	if opt.Via != "" {
		t, err := parseType(opt.Via)
		if err != nil {
			return PathResult{}, err
		}
		opt.Via = t
	}
	var res PathResult
	err := a.view(ctx, func(r *reader) error {
		var err error
		if res.From, err = r.resolve(from); err != nil {
			return err
		}
		if res.To, err = r.resolve(to); err != nil {
			return err
		}
		res.Paths, err = r.paths(res.From, res.To, opt)
		return err
	})
	if err != nil {
		return PathResult{}, fmt.Errorf("path from %q to %q: %w", from, to, err)
	}
	if len(res.Paths) == 0 {
		return res, fmt.Errorf("path from %s to %s within %d hops: %w", res.From.Name, res.To.Name, opt.MaxHops, ErrNoPath)
	}
	return res, nil
}

// parseType accepts an entity type name in any case.
func parseType(s string) (string, error) {
	for _, t := range schema.EntityTypes {
		if strings.EqualFold(string(t), s) {
			return string(t), nil
		}
	}
	return "", invalidf("unknown entity type %q (have %v)", s, schema.EntityTypes)
}

// Bounds of one path search, so that a graph with hubs (a government linked
// to thousands of statements and officials) cannot make a question run
// away: at most maxFanout links of one kind are followed from one node, at
// most maxExpand nodes are expanded, at most maxTrails paths are
// considered.
const (
	maxFanout          = 50
	maxStatementFanout = 15
	maxExpand          = 4000
	maxTrails          = 200
)

// side is one end of a bidirectional breadth-first search.
type side struct {
	dist     map[string]int      // Distance from this end.
	prev     map[string][]string // Neighbours one step nearer this end.
	frontier []string            // Nodes at distance depth.
	depth    int
}

func newSide(iri string) *side {
	return &side{dist: map[string]int{iri: 0}, prev: map[string][]string{}, frontier: []string{iri}}
}

// chains returns the shortest walks from this side's end to iri, end first,
// at most limit.
func (s *side) chains(iri string, limit int) [][]string {
	if len(s.prev[iri]) == 0 {
		return [][]string{{iri}}
	}
	var out [][]string
	for _, p := range s.prev[iri] {
		for _, c := range s.chains(p, limit-len(out)) {
			out = append(out, append(c, iri))
			if len(out) >= limit {
				return out
			}
		}
	}
	return out
}

// paths returns the shortest connections from one entity to the other and,
// while there are fewer than opt.Limit, alternatives up to two hops longer
// (within opt.MaxHops), shortest first, at most opt.Limit. It searches from
// both ends at once, expanding the smaller frontier, so that its cost
// follows the neighbourhoods of the two entities and not the store.
func (r *reader) paths(from, to Node, opt PathOptions) ([]Path, error) {
	if from.IRI == to.IRI {
		return nil, invalidf("from and to are the same entity (%s)", from.IRI)
	}
	fwd, bwd := newSide(from.IRI), newSide(to.IRI)
	adj := map[string][]neighbour{}
	expanded := 0
	found := map[string][]string{}
	shortest := -1
	for fwd.depth+bwd.depth < opt.MaxHops && expanded < maxExpand {
		s := fwd
		if len(bwd.frontier) < len(fwd.frontier) {
			s = bwd
		}
		if len(s.frontier) == 0 {
			break
		}
		var next []string
		err := r.ahead(func(p *plan) {
			for _, u := range s.frontier[:min(len(s.frontier), max(maxExpand-expanded, 0))] {
				if !r.knownNeighbours(adj, u, opt.Mentions) {
					p.neighbours(u, opt.Mentions)
				}
			}
		})
		if err != nil {
			return nil, err
		}
		for _, u := range s.frontier {
			if expanded++; expanded > maxExpand {
				break
			}
			nbs, err := r.neighboursOf(adj, u, opt.Mentions)
			if err != nil {
				return nil, err
			}
			for _, nb := range nbs {
				d, seen := s.dist[nb.iri]
				if !seen {
					s.dist[nb.iri] = s.depth + 1
					next = append(next, nb.iri)
				} else if d != s.depth+1 {
					continue
				}
				s.prev[nb.iri] = append(s.prev[nb.iri], u)
			}
		}
		s.frontier = next
		s.depth++
		length := fwd.depth + bwd.depth
		if err := r.collect(fwd, bwd, length, opt.Via, found); err != nil {
			return nil, err
		}
		if shortest < 0 && len(found) > 0 {
			shortest = length
		}
		if shortest >= 0 && (length >= shortest+2 || len(found) >= opt.Limit) {
			break
		}
	}
	// Links run both ways: a hop only its far end was expanded for is read
	// from that end, with directions flipped.
	links := map[[2]string][]link{}
	for u, nbs := range adj {
		for _, nb := range nbs {
			links[[2]string{u, nb.iri}] = nb.links
		}
	}
	for u, nbs := range adj {
		for _, nb := range nbs {
			if _, ok := links[[2]string{nb.iri, u}]; !ok {
				links[[2]string{nb.iri, u}] = flipped(nb.links)
			}
		}
	}
	// shortest first; among paths of one length, those with more hops
	// stated as events (designated, met with …) before those that pass
	// through roles, statements, parties or shared articles
	type ranked struct {
		trail  []string
		events int
	}
	rank := make([]ranked, 0, len(found))
	for _, t := range found {
		rank = append(rank, ranked{t, eventHops(t, links)})
	}
	sort.Slice(rank, func(i, j int) bool {
		a, b := rank[i], rank[j]
		if len(a.trail) != len(b.trail) {
			return len(a.trail) < len(b.trail)
		}
		if a.events != b.events {
			return a.events > b.events
		}
		return slices.Compare(a.trail, b.trail) < 0
	})
	trails := make([][]string, 0, min(len(rank), opt.Limit))
	for _, r := range rank[:min(len(rank), opt.Limit)] {
		trails = append(trails, r.trail)
	}
	err := r.ahead(func(p *plan) {
		for _, trail := range trails {
			for i, iri := range trail {
				p.node(iri)
				if i+1 == len(trail) {
					break
				}
				ls := links[[2]string{iri, trail[i+1]}]
				for _, l := range ls[:min(len(ls), MaxHopLinks)] {
					if l.via != "" {
						p.node(l.via)
					}
					for _, q := range l.facts {
						p.articlesOf(q, PathArticles)
					}
				}
			}
		}
	})
	if err != nil {
		return nil, err
	}
	out := make([]Path, 0, len(trails))
	for _, trail := range trails {
		p, err := r.makePath(trail, links, adj, opt.Mentions)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
}

// collect adds to found every simple path of the given length through a
// node both sides have reached, made of a shortest walk from each end,
// that passes via.
func (r *reader) collect(fwd, bwd *side, length int, via string, found map[string][]string) error {
	small, big := fwd.dist, bwd.dist
	if len(big) < len(small) {
		small, big = big, small
	}
	var meets []string
	for m, d := range small {
		if d2, ok := big[m]; ok && d+d2 == length {
			meets = append(meets, m)
		}
	}
	sort.Strings(meets)
	for _, m := range meets {
		for _, head := range fwd.chains(m, maxTrails) {
			for _, tail := range bwd.chains(m, maxTrails) {
				if len(found) >= maxTrails {
					return nil
				}
				trail := append(append([]string(nil), head...), reversed(tail[:len(tail)-1])...)
				key := strings.Join(trail, " ")
				if _, dup := found[key]; dup || !simple(trail) {
					continue
				}
				ok, err := r.passesVia(trail, via)
				if err != nil {
					return err
				}
				if ok {
					found[key] = trail
				}
			}
		}
	}
	return nil
}

func reversed(s []string) []string {
	out := make([]string, len(s))
	for i, v := range s {
		out[len(s)-1-i] = v
	}
	return out
}

// simple reports whether no node repeats in trail.
func simple(trail []string) bool {
	seen := make(map[string]bool, len(trail))
	for _, v := range trail {
		if seen[v] {
			return false
		}
		seen[v] = true
	}
	return true
}

// passesVia reports whether an intermediate node of trail has type via (or
// via is empty).
func (r *reader) passesVia(trail []string, via string) (bool, error) {
	if via == "" {
		return true, nil
	}
	for _, iri := range trail[1 : len(trail)-1] {
		n, err := r.node(iri)
		if err != nil {
			return false, err
		}
		if n.Type == via {
			return true, nil
		}
	}
	return false, nil
}

// knownNeighbours reports whether the neighbours of iri are in adj,
// putting them there first if an earlier question read them.
func (r *reader) knownNeighbours(adj map[string][]neighbour, iri string, mentions bool) bool {
	if _, ok := adj[iri]; ok {
		return true
	}
	c, gen := r.sharedCache()
	nbs, ok := c.get(gen, neighbourKey{iri, mentions})
	if ok {
		adj[iri] = nbs
	}
	return ok
}

// neighboursOf returns the neighbours of iri, read once per search and
// kept for the questions that follow.
func (r *reader) neighboursOf(adj map[string][]neighbour, iri string, mentions bool) ([]neighbour, error) {
	if r.knownNeighbours(adj, iri, mentions) {
		return adj[iri], nil
	}
	nbs, err := r.neighbours(iri, mentions)
	if err != nil {
		return nil, err
	}
	adj[iri] = nbs
	c, gen := r.sharedCache()
	c.put(gen, neighbourKey{iri, mentions}, nbs)
	return nbs, nil
}

// flipped returns links as seen from their other end.
func flipped(ls []link) []link {
	out := make([]link, len(ls))
	for i, l := range ls {
		switch l.Direction {
		case DirOut:
			l.Direction = DirIn
		case DirIn:
			l.Direction = DirOut
		}
		out[i] = l
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].key().less(out[j].key()) })
	return out
}

// makePath shows a trail, each hop with its links and the articles they
// were read in. Links run both ways: a hop the search walked backwards is
// read from the other end's neighbours.
func (r *reader) makePath(iris []string, links map[[2]string][]link, adj map[string][]neighbour, mentions bool) (Path, error) {
	var p Path
	for i := 0; i+1 < len(iris); i++ {
		from, err := r.node(iris[i])
		if err != nil {
			return Path{}, err
		}
		to, err := r.node(iris[i+1])
		if err != nil {
			return Path{}, err
		}
		ls, ok := links[[2]string{iris[i], iris[i+1]}]
		if !ok {
			if _, err := r.neighboursOf(adj, iris[i], mentions); err != nil {
				return Path{}, err
			}
			for _, nb := range adj[iris[i]] {
				if nb.iri == iris[i+1] {
					ls = nb.links
				}
			}
		}
		hop := Hop{From: from, To: to, LinksTotal: len(ls)}
		if len(ls) > MaxHopLinks {
			ls = ls[:MaxHopLinks]
		}
		for _, l := range ls {
			out := l.Link
			if l.via != "" {
				v, err := r.node(l.via)
				if err != nil {
					return Path{}, err
				}
				out.Via = &v
			}
			if len(l.facts) > 0 {
				as := set{}
				for _, q := range l.facts {
					a, err := r.articlesOf(q, PathArticles)
					if err != nil {
						return Path{}, err
					}
					as.add(a...)
				}
				out.Articles = capped(as.sorted())
			}
			hop.Links = append(hop.Links, out)
		}
		p.Hops = append(p.Hops, hop)
	}
	return p, nil
}

// neighbours plans reader.neighbours.
func (p *plan) neighbours(iri string, mentions bool) {
	for _, pred := range append([]quad.IRI{schema.PredParty, schema.PredHolds}, relationPreds...) {
		p.facts(quad.Subject, iri, pred, maxFanout)
	}
	for _, pred := range append([]quad.IRI{schema.PredParty, schema.PredOf, schema.PredSaidBy, schema.PredAbout}, relationPreds...) {
		p.facts(quad.Object, iri, pred, maxFanout)
	}
	if mentions {
		p.facts(quad.Object, iri, schema.PredMentions, maxFanout)
	}
	for _, step := range twoSteps {
		if step.pred == LinkMention && !mentions {
			continue
		}
		firsts, _ := p.facts(step.firstDir, iri, step.first, maxFanout)
		if step.pred != LinkRole && len(firsts) > maxStatementFanout {
			firsts = firsts[:maxStatementFanout]
		}
		for _, q := range firsts {
			mid := farEnd(q, step.firstDir)
			if mid != "" {
				p.facts(step.thenDir, mid, step.then, maxFanout)
			}
		}
	}
}

// twoSteps are the links through a role, a statement or an article: the
// first predicate from a node, the direction it is read in, the predicate
// on from the middle node and the direction of that.
var twoSteps = []struct {
	first    quad.IRI
	firstDir quad.Direction // where the node is in the first quad
	then     quad.IRI
	thenDir  quad.Direction // where the middle node is in the second quad
	pred     string
	dir      string
}{
	{schema.PredHolds, quad.Subject, schema.PredOf, quad.Subject, LinkRole, DirOut},           // person -holds-> role -of-> org
	{schema.PredOf, quad.Object, schema.PredHolds, quad.Object, LinkRole, DirIn},              // org <-of- role <-holds- person
	{schema.PredSaidBy, quad.Object, schema.PredAbout, quad.Subject, LinkStatement, DirOut},   // speaker <-saidBy- st -about-> x
	{schema.PredAbout, quad.Object, schema.PredSaidBy, quad.Subject, LinkStatement, DirIn},    // x <-about- st -saidBy-> speaker
	{schema.PredMentions, quad.Object, schema.PredMentions, quad.Subject, LinkMention, DirCo}, // x <-mentions- article -mentions-> y
}

// neighbours returns the entities linked to iri, in IRI order, each with
// its links in a stable order (at most maxFanout links of one kind).
func (r *reader) neighbours(iri string, mentions bool) ([]neighbour, error) {
	type key struct {
		to string
		linkKey
	}
	accs := map[key][]quad.Quad{}
	add := func(to, pred, dir, via string, facts ...quad.Quad) {
		if to == "" || to == iri {
			return
		}
		k := key{to, linkKey{pred, dir, via}}
		accs[k] = append(accs[k], facts...)
	}
	read := func(d quad.Direction, node string, p quad.IRI) ([]quad.Quad, error) {
		return r.facts(d, node, p, maxFanout)
	}
	// Every first step from iri, read in one walk of each index.
	rels := relationPreds
	outPreds := append([]quad.IRI{schema.PredParty, schema.PredHolds}, rels...)
	inPreds := append([]quad.IRI{schema.PredParty, schema.PredOf, schema.PredSaidBy, schema.PredAbout}, rels...)
	if mentions {
		inPreds = append(inPreds, schema.PredMentions)
	}
	if err := r.prefetch(quad.Subject, iri, outPreds, maxFanout); err != nil {
		return nil, err
	}
	if err := r.prefetch(quad.Object, iri, inPreds, maxFanout); err != nil {
		return nil, err
	}
	for _, p := range rels {
		out, err := read(quad.Subject, iri, p)
		if err != nil {
			return nil, err
		}
		for _, q := range out {
			add(iriOf(q.Object), string(p), DirOut, "", q)
		}
		in, err := read(quad.Object, iri, p)
		if err != nil {
			return nil, err
		}
		for _, q := range in {
			add(iriOf(q.Subject), string(p), DirIn, "", q)
		}
	}
	parties, err := read(quad.Subject, iri, schema.PredParty)
	if err != nil {
		return nil, err
	}
	for _, q := range parties {
		add(iriOf(q.Object), string(schema.PredParty), DirOut, "", q)
	}
	if parties, err = read(quad.Object, iri, schema.PredParty); err != nil {
		return nil, err
	}
	for _, q := range parties {
		add(iriOf(q.Subject), string(schema.PredParty), DirIn, "", q)
	}
	// Two-step links through a role, a statement or an article.
	for _, step := range twoSteps {
		if step.pred == LinkMention && !mentions {
			continue
		}
		firsts, err := read(step.firstDir, iri, step.first)
		if err != nil {
			return nil, err
		}
		if step.pred != LinkRole && len(firsts) > maxStatementFanout {
			// Each statement (or article) costs a read of its own: follow
			// fewer of them than of roles.
			firsts = firsts[:maxStatementFanout]
		}
		for _, q := range firsts {
			mid := farEnd(q, step.firstDir)
			if mid == "" {
				continue
			}
			thens, err := read(step.thenDir, mid, step.then)
			if err != nil {
				return nil, err
			}
			for _, mq := range thens {
				other := iriOf(mq.Object)
				if step.thenDir == quad.Object {
					other = iriOf(mq.Subject)
				}
				if step.pred == LinkMention {
					// The article is the provenance itself.
					add(other, step.pred, step.dir, mid)
					continue
				}
				add(other, step.pred, step.dir, mid, q, mq)
			}
		}
	}
	byTo := map[string][]key{}
	for k := range accs {
		byTo[k.to] = append(byTo[k.to], k)
	}
	nbs := make([]neighbour, 0, len(byTo))
	for to, keys := range byTo {
		sort.Slice(keys, func(i, j int) bool { return keys[i].less(keys[j].linkKey) })
		nb := neighbour{iri: to}
		for _, k := range keys {
			l := link{Link: Link{Predicate: k.pred, Direction: k.dir, Articles: []string{}}, via: k.via, facts: accs[k]}
			if k.pred == LinkMention {
				l.Articles = []string{k.via}
			}
			nb.links = append(nb.links, l)
		}
		nbs = append(nbs, nb)
	}
	sort.Slice(nbs, func(i, j int) bool { return nbs[i].iri < nbs[j].iri })
	return nbs, nil
}

// farEnd is the IRI at the other end of q from the node it was read by
// (dir is the direction q was read in).
func farEnd(q quad.Quad, dir quad.Direction) string {
	if dir == quad.Object {
		return iriOf(q.Subject)
	}
	return iriOf(q.Object)
}

// eventHops counts the hops of a trail that a relation of the closed
// vocabulary states (not a role, a statement, a party to an agreement or
// a shared article).
func eventHops(trail []string, links map[[2]string][]link) int {
	n := 0
	for i := 0; i+1 < len(trail); i++ {
		for _, l := range links[[2]string{trail[i], trail[i+1]}] {
			if slices.Contains(relationPreds, quad.IRI(l.Predicate)) {
				n++
				break
			}
		}
	}
	return n
}
