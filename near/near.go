// Package near finds near-duplicate documents: syndicated copies of the same
// story that differ by a few edits, a new headline or a different footer.
//
// A text is reduced to its set of word shingles (runs of Shingle consecutive
// normalised words), and the set to a MinHash signature of NumHashes values.
// The fraction of positions on which two signatures agree estimates the
// Jaccard similarity of the two shingle sets. An Index buckets signatures by
// LSH bands so that a query only compares against likely matches.
//
// With 5-word shingles, changing one word in k changes about 5/k of the
// shingles, so the Jaccard similarity of a copy with light edits (a few
// percent of its words, a rewritten headline or footer) stays well above
// DefaultThreshold, while two independent articles on the same event share
// only stock phrases and score below 0.2; see the tests.
package near

import (
	"math/bits"
	"unicode"
	"unicode/utf8"
)

const (
	// Shingle is the number of consecutive words in a shingle.
	Shingle = 5
	// NumHashes is the length of a signature.
	NumHashes = 128
	// MinWords is the number of words below which Signature returns nil:
	// a short text has too few shingles for a meaningful estimate, and
	// short notices ("Police said the road was closed.") would otherwise
	// match each other spuriously.
	MinWords = 30
	// DefaultThreshold is the estimated Jaccard similarity above which a
	// document is taken as a copy of an earlier one.
	DefaultThreshold = 0.6
)

// seeds holds the per-position constants of the hash family: position i
// maps a shingle hash x to mix((x ^ xor[i]) * mul[i]). Each step is a
// permutation of the 64-bit values, so each position is an independent-
// looking permutation, as MinHash needs. The constants come from a fixed
// splitmix64 stream, so signatures are stable across runs and builds.
var seeds = func() (s struct{ xor, mul [NumHashes]uint64 }) {
	state := uint64(0x6a09e667f3bcc909) // fixed seed
	for i := range NumHashes {
		s.xor[i] = splitmix(&state)
		s.mul[i] = splitmix(&state) | 1 // odd: multiplication is invertible
	}
	return s
}()

func splitmix(state *uint64) uint64 {
	*state += 0x9e3779b97f4a7c15
	z := *state
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// fmix is the 64-bit finaliser of MurmurHash3.
func fmix(z uint64) uint64 {
	z ^= z >> 33
	z *= 0xff51afd7ed558ccd
	z ^= z >> 33
	z *= 0xc4ceb9fe1a85ec53
	return z ^ (z >> 33)
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Signature returns the MinHash signature of text, NumHashes values long, or
// nil when text has fewer than MinWords words. Words are maximal runs of
// letters and digits, compared case-insensitively; punctuation and spacing
// are ignored. Signature allocates only the returned slice.
func Signature(text string) []uint64 {
	var sig [NumHashes]uint64
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	var (
		ring  [Shingle]uint64 // hashes of the last Shingle words
		words int
		h     uint64 = fnvOffset
		in    bool
	)
	endWord := func() {
		ring[words%Shingle] = h
		words++
		h, in = fnvOffset, false
		if words >= Shingle {
			addShingle(&sig, &ring, words)
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		var r rune
		if c < utf8.RuneSelf {
			r = rune(c)
			i++
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			default:
				r = -1
			}
		} else {
			var n int
			r, n = utf8.DecodeRuneInString(text[i:])
			i += n
			if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
				r = unicode.ToLower(r)
			} else {
				r = -1
			}
		}
		if r < 0 {
			if in {
				endWord()
			}
			continue
		}
		in = true
		h = (h ^ uint64(r)) * fnvPrime
	}
	if in {
		endWord()
	}
	if words < MinWords {
		return nil
	}
	out := make([]uint64, NumHashes)
	copy(out, sig[:])
	return out
}

// addShingle folds the shingle ending at word n-1 into sig.
func addShingle(sig *[NumHashes]uint64, ring *[Shingle]uint64, n int) {
	x := uint64(fnvOffset)
	for k := n - Shingle; k < n; k++ {
		x = bits.RotateLeft64(x, 23)*0x9e3779b97f4a7c15 + ring[k%Shingle]
	}
	x = fmix(x)
	for i := range sig {
		v := (x ^ seeds.xor[i]) * seeds.mul[i]
		v ^= v >> 32
		if v < sig[i] {
			sig[i] = v
		}
	}
}

// Similarity returns the estimated Jaccard similarity of the texts with
// signatures a and b: the fraction of positions where they agree. It returns
// 0 when either signature is missing or their lengths differ.
func Similarity(a, b []uint64) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}
