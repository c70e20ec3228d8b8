package eval

import (
	"math/rand/v2"
	"sort"
	"strconv"
)

// group is one set of near-duplicate samples that must stay together.
type group struct {
	members  []int
	pos, neg int
}

// Folds splits samples into k test folds for cross-validation and returns
// each fold's sample indexes, ascending. Samples that share a Group are
// always in the same fold: a repost of a training advert in the test fold
// would let a model score its own training data and flatter it. Within
// that constraint the folds are stratified: groups are dealt largest first
// (ties in seeded random order) to the fold with the fewest positives, or
// for a group with no positive, the fewest negatives. Greedy dealing keeps
// every fold's positive count within one group's positives of any other.
//
// k is clamped to [2, number of groups]; a sample with an empty Group is a
// group of its own. The same samples, k and seed give the same folds.
func Folds(samples []Sample, k int, seed int64) [][]int {
	groups := groupSamples(samples)
	k = min(max(k, 2), len(groups))
	if k < 2 {
		if len(samples) == 0 {
			return nil
		}
		return [][]int{groups[0].members} // one group cannot be split
	}
	r := rand.New(rand.NewPCG(uint64(seed), 0x6a6f627363726565)) // "jobscree"
	r.Shuffle(len(groups), func(i, j int) { groups[i], groups[j] = groups[j], groups[i] })
	sort.SliceStable(groups, func(i, j int) bool {
		if groups[i].pos != groups[j].pos {
			return groups[i].pos > groups[j].pos
		}
		return groups[i].neg > groups[j].neg
	})
	folds := make([][]int, k)
	pos, neg := make([]int, k), make([]int, k)
	for _, g := range groups {
		f := lightestFold(g, pos, neg)
		folds[f] = append(folds[f], g.members...)
		pos[f] += g.pos
		neg[f] += g.neg
	}
	for _, f := range folds {
		sort.Ints(f)
	}
	return folds
}

// lightestFold picks the fold a group should join: fewest of the class the
// group brings most of, then fewest samples, then the lowest index.
func lightestFold(g group, pos, neg []int) int {
	best := 0
	for f := 1; f < len(pos); f++ {
		a, b := pos[f], pos[best]
		if g.pos == 0 {
			a, b = neg[f], neg[best]
		}
		if a < b || a == b && pos[f]+neg[f] < pos[best]+neg[best] {
			best = f
		}
	}
	return best
}

// groupSamples collects samples by Group, in order of the group's first
// sample so that the seeded shuffle alone decides the dealing order.
func groupSamples(samples []Sample) []group {
	at := map[string]int{}
	var groups []group
	for i, s := range samples {
		key := s.Group
		if key == "" {
			key = "\x00" + strconv.Itoa(i) // cannot collide with a real key
		}
		gi, ok := at[key]
		if !ok {
			gi = len(groups)
			at[key] = gi
			groups = append(groups, group{})
		}
		g := &groups[gi]
		g.members = append(g.members, i)
		if s.Positive {
			g.pos++
		} else {
			g.neg++
		}
	}
	return groups
}
