package eval

import (
	"hash/fnv"
	"strings"
)

// MinHash banding: 20 bands of 5 hashes. Two adverts whose 3-word
// shingles overlap with Jaccard similarity J share at least one band with
// probability 1-(1-J⁵)²⁰: 0.9998 at J = 0.8 (one word changed in a
// 30-word advert), 0.006 at J = 0.2 (two different adverts in the same
// trade's jargon). Candidates must then also agree on half the hashes.
const (
	clusterBands   = 20
	clusterRows    = 5
	clusterHashes  = clusterBands * clusterRows
	shingleWords   = 3
	clusterAgreeAt = 0.5
)

// Cluster groups near-duplicate adverts and returns one key per text:
// texts whose word shingles are nearly the same (the same advert with
// another city, phone number or date anywhere in it) share a key. It is
// MinHash with locality-sensitive banding, then union-find, so a chain of
// reposts ends in one group. A text's key is the GroupKey of the first
// text of its group, so a text with no near-duplicate keeps its own
// GroupKey. It is deterministic and runs in about linear time.
func Cluster(texts []string) []string {
	sk := make([]Sketch, len(texts))
	for i, t := range texts {
		sk[i] = NewSketch(t)
	}
	return ClusterSketches(sk)
}

// Sketch is what Cluster needs of one text: its MinHash signature and its
// GroupKey, 800-odd bytes whatever the text's length, so a caller
// streaming a large file can keep one per row and drop the text.
type Sketch struct {
	sig   [clusterHashes]uint64
	key   string
	empty bool // no words: no evidence of duplication
}

// NewSketch computes the sketch of one text.
func NewSketch(text string) Sketch {
	words := strings.Fields(normalise(text))
	if len(words) == 0 {
		return Sketch{key: GroupKey(text), empty: true}
	}
	return Sketch{sig: minhash(words), key: GroupKey(text)}
}

// ClusterSketches is Cluster on sketches made by NewSketch, in input
// order; Cluster(texts) equals ClusterSketches of their sketches.
func ClusterSketches(sk []Sketch) []string {
	parent := make([]int, len(sk))
	buckets := map[[2]uint64]int{} // (band, band hash) -> first text
	for i := range sk {
		parent[i] = i
		if sk[i].empty {
			continue
		}
		sig := &sk[i].sig
		for b := 0; b < clusterBands; b++ {
			k := [2]uint64{uint64(b), bandHash(sig[b*clusterRows : (b+1)*clusterRows])}
			j, seen := buckets[k]
			if !seen {
				buckets[k] = i
				continue
			}
			if agreement(sig, &sk[j].sig) >= clusterAgreeAt {
				union(parent, i, j)
			}
		}
	}
	keys := make([]string, len(sk))
	for i := range sk {
		keys[i] = sk[find(parent, i)].key
	}
	return keys
}

// minhash returns, for each of the hash functions, the least hash over the
// text's word shingles.
func minhash(words []string) [clusterHashes]uint64 {
	var sig [clusterHashes]uint64
	for k := range sig {
		sig[k] = ^uint64(0)
	}
	n := max(1, len(words)-shingleWords+1)
	for s := 0; s < n; s++ {
		h := fnv.New64a()
		h.Write([]byte(strings.Join(words[s:min(len(words), s+shingleWords)], " ")))
		base := h.Sum64()
		for k := range sig {
			if v := splitmix(base ^ uint64(k)*0x9e3779b97f4a7c15); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// splitmix is the SplitMix64 finaliser: it turns one shingle hash into many
// independent-looking ones cheaply.
func splitmix(x uint64) uint64 {
	x += 0x9e3779b97f4a7c15
	x = (x ^ x>>30) * 0xbf58476d1ce4e5b9
	x = (x ^ x>>27) * 0x94d049bb133111eb
	return x ^ x>>31
}

// bandHash combines one band of a signature into a bucket key.
func bandHash(band []uint64) uint64 {
	h := uint64(0)
	for _, v := range band {
		h = splitmix(h ^ v)
	}
	return h
}

// agreement is the share of equal hashes: an unbiased estimate of the
// Jaccard similarity of the two shingle sets.
func agreement(a, b *[clusterHashes]uint64) float64 {
	same := 0
	for k := range a {
		if a[k] == b[k] {
			same++
		}
	}
	return float64(same) / clusterHashes
}

// find returns the root of i's set, halving paths on the way.
func find(parent []int, i int) int {
	for parent[i] != i {
		parent[i] = parent[parent[i]]
		i = parent[i]
	}
	return i
}

// union joins two sets under the smaller root, so that a group's key is
// that of its first text whatever order the pairs were found in.
func union(parent []int, a, b int) {
	ra, rb := find(parent, a), find(parent, b)
	if ra > rb {
		ra, rb = rb, ra
	}
	parent[rb] = ra
}
