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
// entities it passes), up to opt.Limit. Entities are neighbours when a
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

// state is a node of the search: an entity, and whether the path so far
// has passed a node of the Via type.
type state struct {
	iri string
	via bool
}

func (r *reader) paths(from, to Node, opt PathOptions) ([]Path, error) {
	if from.IRI == to.IRI {
		return nil, invalidf("from and to are the same entity (%s)", from.IRI)
	}
	start := state{from.IRI, opt.Via == ""}
	goal := state{to.IRI, true}
	dist := map[state]int{start: 0}
	preds := map[state][]state{}
	links := map[[2]string][]Link{}
	frontier := []state{start}
	found := false
	for d := 1; d <= opt.MaxHops && !found && len(frontier) > 0; d++ {
		var next []state
		for _, s := range frontier {
			if s.iri == to.IRI { // the goal is no waypoint
				continue
			}
			nbs, err := r.neighbours(s.iri, opt.Mentions)
			if err != nil {
				return nil, err
			}
			for _, nb := range nbs {
				t := state{nb.iri, s.via}
				if !t.via && nb.iri != to.IRI {
					n, err := r.node(nb.iri)
					if err != nil {
						return nil, err
					}
					t.via = n.Type == opt.Via
				}
				if nb.iri == to.IRI && !t.via {
					continue
				}
				links[[2]string{s.iri, nb.iri}] = nb.links
				if old, seen := dist[t]; seen {
					if old == d {
						preds[t] = append(preds[t], s)
					}
					continue
				}
				dist[t] = d
				preds[t] = []state{s}
				next = append(next, t)
				if t == goal {
					found = true
				}
			}
		}
		frontier = next
	}
	if !found {
		return nil, nil
	}
	// Walk the predecessor graph back from the goal, keeping simple paths.
	var out []Path
	var walk func(s state, tail []string) error
	walk = func(s state, tail []string) error {
		if len(out) >= opt.Limit {
			return nil
		}
		for _, iri := range tail {
			if iri == s.iri {
				return nil
			}
		}
		tail = append([]string{s.iri}, tail...)
		if s == start {
			p, err := r.makePath(tail, links)
			if err != nil {
				return err
			}
			out = append(out, p)
			return nil
		}
		for _, p := range preds[s] {
			if err := walk(p, tail); err != nil {
				return err
			}
		}
		return nil
	}
	if err := walk(goal, nil); err != nil {
		return nil, err
	}
	return out, nil
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
