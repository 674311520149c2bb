package sqlite

import (
	"strconv"

	"dossier/resolve"
)

// keyCacheMax bounds the entries of a keyCache: past it the cache starts
// over, so that memory stays flat however large the store grows.
const keyCacheMax = 200_000

// keyCache remembers, for the writer, what resolving a document's entities
// reads and writes again and again: the global entities of each name key,
// the name joins already recorded, and the entities that have coordinates.
// Most entities of a document were met before, so most of a document's
// lookups and no-op writes are answered from memory.
//
// It follows the changes Put makes itself (new entities and keys) and is
// dropped on every change it does not follow: entities joined or renamed,
// a document rolled back, another connection's commit (see
// Store.checkVersion).
type keyCache struct {
	// off makes every resolution start from an empty cache (tests compare
	// the store with and without it).
	off     bool
	cands   map[string][]resolve.Candidate // key and type → entities, oldest first
	joins   map[string]bool                // entity id and name of a recorded join
	located map[int64]bool                 // entities whose coordinates are set
}

// reset empties the cache.
func (c *keyCache) reset() {
	c.cands = map[string][]resolve.Candidate{}
	c.joins = map[string]bool{}
	c.located = map[int64]bool{}
}

// full starts the cache over when it has grown past keyCacheMax.
func (c *keyCache) full() {
	if c.off || c.cands == nil || len(c.cands)+len(c.joins)+len(c.located) > keyCacheMax {
		c.reset()
	}
}

func cacheKey(key string, typ string) string { return typ + "\x00" + key }

func joinKey(id int64, name string) string { return strconv.FormatInt(id, 10) + "\x00" + name }

// has reports whether the cached candidates of key include entity id; ok
// is false when the key is not cached.
func (c *keyCache) has(key, typ string, id int64) (has, ok bool) {
	cs, ok := c.cands[cacheKey(key, typ)]
	if !ok {
		return false, false
	}
	for _, x := range cs {
		if x.ID == id {
			return true, true
		}
	}
	return false, true
}

// addKey records that entity x now has key, when the key is cached.
func (c *keyCache) addKey(key, typ string, x resolve.Candidate) {
	k := cacheKey(key, typ)
	cs, ok := c.cands[k]
	if !ok {
		return
	}
	for _, y := range cs {
		if y.ID == x.ID {
			return
		}
	}
	// entities are numbered in order of creation: keep the list sorted
	i := len(cs)
	for i > 0 && cs[i-1].ID > x.ID {
		i--
	}
	cs = append(cs, resolve.Candidate{})
	copy(cs[i+1:], cs[i:])
	cs[i] = x
	c.cands[k] = cs
}
