package ask

import (
	"container/list"
	"sync"

	"github.com/newsgraph/newsgraph/graph"
)

// DefaultNeighbourCacheLinks is how many links the neighbour lists an
// Asker keeps between questions may hold in all (about 250 bytes each
// with their facts): the governments, agencies and much-quoted people that
// most path searches pass through.
const DefaultNeighbourCacheLinks = 200_000

// neighbourCache keeps the neighbour lists path searches have read, most
// recently used first, for the searches that follow, as long as the store
// is in the state they were read in (graph.Store.Generation): a hub read
// once serves every later path through it until the next write. Lists are
// never changed once stored, so searches share them.
type neighbourCache struct {
	mu       sync.Mutex
	gen      graph.Generation
	maxLinks int
	links    int
	order    *list.List // of *neighbourEntry, most recently used first
	items    map[neighbourKey]*list.Element
}

type neighbourKey struct {
	iri      string
	mentions bool
}

type neighbourEntry struct {
	key   neighbourKey
	nbs   []neighbour
	links int
}

func newNeighbourCache(maxLinks int) *neighbourCache {
	return &neighbourCache{maxLinks: maxLinks, order: list.New(), items: map[neighbourKey]*list.Element{}}
}

// sync forgets everything when the store is no longer in state gen.
// The caller holds c.mu.
func (c *neighbourCache) sync(gen graph.Generation) {
	if gen != c.gen {
		c.gen = gen
		c.links = 0
		c.order.Init()
		clear(c.items)
	}
}

// get returns the neighbour list of k read in store state gen.
func (c *neighbourCache) get(gen graph.Generation, k neighbourKey) ([]neighbour, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sync(gen)
	e, ok := c.items[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*neighbourEntry).nbs, true
}

// put keeps the neighbour list of k, read in store state gen, dropping the
// least recently used lists to stay within maxLinks.
func (c *neighbourCache) put(gen graph.Generation, k neighbourKey, nbs []neighbour) {
	if c == nil {
		return
	}
	n := 1 // an empty list still costs an entry
	for _, nb := range nbs {
		n += len(nb.links)
	}
	if n > c.maxLinks {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.sync(gen)
	if _, ok := c.items[k]; ok {
		return
	}
	c.items[k] = c.order.PushFront(&neighbourEntry{key: k, nbs: nbs, links: n})
	c.links += n
	for c.links > c.maxLinks {
		last := c.order.Back()
		e := last.Value.(*neighbourEntry)
		c.order.Remove(last)
		delete(c.items, e.key)
		c.links -= e.links
	}
}
