package screener

import "math"

// score maps summed points to 0–100 with a logistic curve; see the package
// documentation for why.
func (sc Scoring) score(points int) int {
	x := (float64(points) - sc.Offset) / sc.Scale
	return int(math.Round(100 / (1 + math.Exp(-x))))
}

// band cuts a score into a Band.
func (t Thresholds) band(score int) Band {
	switch {
	case score >= t.High:
		return High
	case score >= t.Medium:
		return Medium
	}
	return Low
}
