package near

import "sync"

const (
	// Bands is the number of LSH bands an Index splits a signature into.
	Bands = 32
	// Rows is the number of signature values per band. Two texts become
	// candidates when they agree on every value of at least one band, which
	// happens with probability 1-(1-s^Rows)^Bands for Jaccard similarity s:
	// 0.99 at s=0.6, 0.87 at s=0.5, below 0.01 at s=0.15.
	Rows = NumHashes / Bands
)

// Index finds, for a signature, the most similar signature added before.
// The zero Index is empty and ready to use. An Index is safe for concurrent
// use.
type Index struct {
	mu    sync.RWMutex
	ids   []string
	sigs  [][]uint64
	bands [Bands]map[uint64][]int32
}

// Len returns the number of signatures in the index.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.ids)
}

// Add adds the signature of the document id. Signatures that are not
// NumHashes long (such as the nil signature of a short text) are ignored.
// The index keeps sig; the caller must not modify it afterwards.
func (x *Index) Add(id string, sig []uint64) {
	if len(sig) != NumHashes {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	n := int32(len(x.ids))
	x.ids = append(x.ids, id)
	x.sigs = append(x.sigs, sig)
	for b := range Bands {
		if x.bands[b] == nil {
			x.bands[b] = make(map[uint64][]int32)
		}
		k := bandKey(sig, b)
		x.bands[b][k] = append(x.bands[b][k], n)
	}
}

// Query returns the id of the added signature most similar to sig, with its
// estimated Jaccard similarity, when that similarity is at least threshold.
// Among equally similar signatures it returns the one added first. A
// threshold of 0 or less means DefaultThreshold. Query reports false when
// no candidate reaches the threshold or sig is not NumHashes long.
//
// Only signatures sharing an LSH band with sig are compared, so a match
// below about 0.5 may be missed (see Rows).
func (x *Index) Query(sig []uint64, threshold float64) (id string, sim float64, ok bool) {
	if len(sig) != NumHashes {
		return "", 0, false
	}
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	best := int32(-1)
	for b := range Bands {
		for _, n := range x.bands[b][bandKey(sig, b)] {
			if n == best {
				continue
			}
			s := Similarity(sig, x.sigs[n])
			if s < threshold {
				continue
			}
			if best < 0 || s > sim || (s == sim && n < best) {
				best, sim = n, s
			}
		}
	}
	if best < 0 {
		return "", 0, false
	}
	return x.ids[best], sim, true
}

// bandKey hashes band b of sig.
func bandKey(sig []uint64, b int) uint64 {
	k := uint64(b)
	for _, v := range sig[b*Rows : (b+1)*Rows] {
		k = fmix(k ^ v)
	}
	return k
}

// BandKeys returns the LSH band keys of a signature, one per band, for an
// index kept outside this package (a database table); nil when sig is not
// NumHashes long. Two signatures are candidates when any band's keys are
// equal.
func BandKeys(sig []uint64) []uint64 {
	if len(sig) != NumHashes {
		return nil
	}
	out := make([]uint64, Bands)
	for b := range Bands {
		out[b] = bandKey(sig, b)
	}
	return out
}
