package education

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// resolve turns the collected mentions into Required, Preferred and the
// "can apply" form of NoDegree.
func (s *scan) resolve() {
	for _, m := range s.levels {
		if m.preferred {
			s.f.Preferred = lower(s.f.Preferred, m.level)
			continue
		}
		s.f.Required = lower(s.f.Required, m.level)
		s.add(m.span, "level", m.level)
	}
	s.invitations()
	if s.f.NoDegree && s.f.Required == Unknown {
		s.f.Required = None
	}
}

// invitations turns "can apply" after a low level into NoDegree: "matric,
// inter or graduate can apply" invites matric holders. Levels and
// invitations are both in text order, so one merge pass keeps the lowest
// level seen so far in the current sentence.
func (s *scan) invitations() {
	var low mention
	sent, k := -1, 0
	for _, c := range s.canApply {
		for ; k < len(s.levels) && s.levels[k].span.Start < c.span.Start; k++ {
			m := s.levels[k]
			if m.sentence != sent || m.level < low.level {
				low, sent = m, m.sentence
			}
		}
		if sent == c.sentence && low.level <= Intermediate && s.sameClause(low.span.End, c.span.Start) {
			s.f.NoDegree = true
			s.add(textnorm.Span{Start: low.span.Start, End: c.span.End}, "no-degree", 0)
		}
	}
}

// sameClause reports whether nothing between folded offsets a and b ends a
// clause: in "High school certificate; a hospitality diploma is welcome" the
// welcome is for the diploma, not for school leavers.
func (s *scan) sameClause(a, b int) bool {
	if a > b || b > len(s.d.Folded) {
		return false
	}
	return !strings.ContainsAny(s.d.Folded[a:b], ";:()")
}

// lower returns the lower of two known levels; Unknown never wins.
func lower(a, b Level) Level {
	if a == Unknown || (b != Unknown && b < a) {
		return b
	}
	return a
}
