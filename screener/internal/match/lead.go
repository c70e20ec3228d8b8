package match

// leads is a bitmap of the first two bytes of a set of words. Most tokens
// of an advert start no rule phrase and no cue word; testing the bitmap
// turns them away without hashing them into a map, which was one map
// lookup per token per table.
type leads [1 << 16 / 64]uint64

func leadBit(w string) int {
	if len(w) == 1 {
		return int(w[0]) << 8
	}
	return int(w[0])<<8 | int(w[1])
}

func (l *leads) add(w string) {
	if w != "" {
		i := leadBit(w)
		l[i/64] |= 1 << (i % 64)
	}
}

// may reports whether w can be one of the words added; "" always may.
func (l *leads) may(w string) bool {
	if w == "" {
		return true
	}
	i := leadBit(w)
	return l[i/64]&(1<<(i%64)) != 0
}
