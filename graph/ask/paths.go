package ask

import (
	"context"
	"fmt"
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
	Predicate string   `json:"predicate"`     // A relation ("ng:rejects"), "ng:party", or one of the Link* chains.
	Direction string   `json:"direction"`     // DirOut, DirIn or DirCo.
	Via       *Node    `json:"via,omitempty"` // The role, statement or article the link passes through.
	Articles  []string `json:"articles"`      // IRIs of the articles the link was read in.
}

// Hop is one step of a path: every link between From and To.
type Hop struct {
	From  Node   `json:"from"`
	To    Node   `json:"to"`
	Links []Link `json:"links"`
}

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
	links []Link
}

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

// maxWalk bounds how many partial paths one search may extend, so that a
// hub-heavy graph cannot make a path question run away.
const maxWalk = 200000

// paths returns the shortest simple paths from one entity to the other and,
// while there are fewer than opt.Limit, as alternatives those up to two hops
// longer (within opt.MaxHops): shortest first, then in a stable order, at
// most opt.Limit.
func (r *reader) paths(from, to Node, opt PathOptions) ([]Path, error) {
	if from.IRI == to.IRI {
		return nil, invalidf("from and to are the same entity (%s)", from.IRI)
	}
	// Links run both ways, so the distance of every node to the goal bounds
	// how short a path through it can be.
	distTo := map[string]int{to.IRI: 0}
	adj := map[string][]neighbour{}
	frontier := []string{to.IRI}
	for d := 1; d <= opt.MaxHops && len(frontier) > 0; d++ {
		var next []string
		for _, u := range frontier {
			nbs, err := r.neighbours(u, opt.Mentions)
			if err != nil {
				return nil, err
			}
			adj[u] = nbs
			for _, nb := range nbs {
				if _, seen := distTo[nb.iri]; !seen {
					distTo[nb.iri] = d
					next = append(next, nb.iri)
				}
			}
		}
		frontier = next
	}
	d0, ok := distTo[from.IRI]
	if !ok {
		return nil, nil
	}
	var found [][]string
	walked := 0
	var walk func(trail []string, bound int) error
	walk = func(trail []string, bound int) error {
		u := trail[len(trail)-1]
		if u == to.IRI {
			ok, err := r.passesVia(trail, opt.Via)
			if ok {
				found = append(found, append([]string(nil), trail...))
			}
			return err
		}
		if walked++; walked > maxWalk {
			return nil
		}
		nbs, ok := adj[u]
		if !ok {
			var err error
			if nbs, err = r.neighbours(u, opt.Mentions); err != nil {
				return err
			}
			adj[u] = nbs
		}
		for _, nb := range nbs {
			dv, ok := distTo[nb.iri]
			if !ok || len(trail)+dv > bound || contains(trail, nb.iri) {
				continue
			}
			if err := walk(append(trail, nb.iri), bound); err != nil {
				return err
			}
		}
		return nil
	}
	// The shortest length that passes opt.Via, then one hop more.
	shortest := 0
	for b := d0; b <= opt.MaxHops; b++ {
		found, walked = nil, 0
		if err := walk([]string{from.IRI}, b); err != nil {
			return nil, err
		}
		if len(found) > 0 {
			shortest = b
			break
		}
	}
	if len(found) == 0 {
		return nil, nil
	}
	// Alternatives: up to two hops longer, while fewer than opt.Limit.
	for b := shortest + 1; b <= min(shortest+2, opt.MaxHops) && len(found) < opt.Limit; b++ {
		found, walked = nil, 0
		if err := walk([]string{from.IRI}, b); err != nil {
			return nil, err
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return len(found[i]) < len(found[j]) })
	if len(found) > opt.Limit {
		found = found[:opt.Limit]
	}
	links := map[[2]string][]Link{}
	for u, nbs := range adj {
		for _, nb := range nbs {
			links[[2]string{u, nb.iri}] = nb.links
		}
	}
	out := make([]Path, 0, len(found))
	for _, trail := range found {
		p, err := r.makePath(trail, links)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, nil
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

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

func (r *reader) makePath(iris []string, links map[[2]string][]Link) (Path, error) {
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
		p.Hops = append(p.Hops, Hop{From: from, To: to, Links: links[[2]string{iris[i], iris[i+1]}]})
	}
	return p, nil
}

// neighbours returns the entities linked to iri, in IRI order, each with
// its links in a stable order.
func (r *reader) neighbours(iri string, mentions bool) ([]neighbour, error) {
	type key struct{ to, pred, dir, via string }
	acc := map[key]set{}
	add := func(to, pred, dir, via string, labels ...string) {
		k := key{to, pred, dir, via}
		if acc[k] == nil {
			acc[k] = set{}
		}
		acc[k].add(labels...)
	}
	out, err := r.outQuads(iri)
	if err != nil {
		return nil, err
	}
	for _, q := range out {
		o := iriOf(q.Object)
		if o == "" || o == iri {
			continue
		}
		if p, ok := isRelation(q.Predicate); ok {
			add(o, p, DirOut, "", labelOf(q))
			continue
		}
		switch q.Predicate {
		case quad.Value(schema.PredParty):
			add(o, string(schema.PredParty), DirOut, "", labelOf(q))
		case quad.Value(schema.PredHolds):
			roleQuads, err := r.outQuads(o)
			if err != nil {
				return nil, err
			}
			for _, rq := range roleQuads {
				if org := iriOf(rq.Object); rq.Predicate == quad.Value(schema.PredOf) && org != "" && org != iri {
					add(org, LinkRole, DirOut, o, labelOf(q), labelOf(rq))
				}
			}
		}
	}
	in, err := r.inQuads(iri)
	if err != nil {
		return nil, err
	}
	for _, q := range in {
		s := iriOf(q.Subject)
		if s == "" || s == iri {
			continue
		}
		if p, ok := isRelation(q.Predicate); ok {
			add(s, p, DirIn, "", labelOf(q))
			continue
		}
		var hop quad.IRI // the predicate leading from the middle node on
		var pred, dir string
		switch q.Predicate {
		case quad.Value(schema.PredParty):
			add(s, string(schema.PredParty), DirIn, "", labelOf(q))
			continue
		case quad.Value(schema.PredOf):
			hop, pred, dir = schema.PredHolds, LinkRole, DirIn // org <-of- role <-holds- person
		case quad.Value(schema.PredSaidBy):
			hop, pred, dir = schema.PredAbout, LinkStatement, DirOut // speaker <-saidBy- st -about-> x
		case quad.Value(schema.PredAbout):
			hop, pred, dir = schema.PredSaidBy, LinkStatement, DirIn // x <-about- st -saidBy-> speaker
		case quad.Value(schema.PredMentions):
			if !mentions {
				continue
			}
			hop, pred, dir = schema.PredMentions, LinkMention, DirCo // x <-mentions- article -mentions-> y
		default:
			continue
		}
		var mid []quad.Quad
		if hop == schema.PredHolds {
			mid, err = r.inQuads(s)
		} else {
			mid, err = r.outQuads(s)
		}
		if err != nil {
			return nil, err
		}
		for _, mq := range mid {
			if mq.Predicate != quad.Value(hop) {
				continue
			}
			other := iriOf(mq.Object)
			if hop == schema.PredHolds {
				other = iriOf(mq.Subject)
			}
			if other == "" || other == iri {
				continue
			}
			if pred == LinkMention {
				add(other, pred, dir, s, s)
				continue
			}
			add(other, pred, dir, s, labelOf(q), labelOf(mq))
		}
	}
	byTo := map[string][]key{}
	for k := range acc {
		byTo[k.to] = append(byTo[k.to], k)
	}
	var nbs []neighbour
	for to, keys := range byTo {
		n, err := r.node(to)
		if err != nil {
			return nil, err
		}
		if !isEntity(n) {
			continue
		}
		sort.Slice(keys, func(i, j int) bool {
			a, b := keys[i], keys[j]
			if a.pred != b.pred {
				return a.pred < b.pred
			}
			if a.dir != b.dir {
				return a.dir < b.dir
			}
			return a.via < b.via
		})
		nb := neighbour{iri: to}
		for _, k := range keys {
			l := Link{Predicate: k.pred, Direction: k.dir, Articles: acc[k].sorted()}
			if k.via != "" {
				v, err := r.node(k.via)
				if err != nil {
					return nil, err
				}
				l.Via = &v
			}
			nb.links = append(nb.links, l)
		}
		nbs = append(nbs, nb)
	}
	sort.Slice(nbs, func(i, j int) bool { return nbs[i].iri < nbs[j].iri })
	return nbs, nil
}
