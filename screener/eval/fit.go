package eval

import "math"

// Bound limits a rule's points: Min ≤ points ≤ Max.
type Bound struct {
	Min float64 `json:"min"`
	Max float64 `json:"max"`
}

// PointsLimit is the largest weight a rule may carry either way; it mirrors
// rules.PointsLimit so that a fitted pack always passes validation.
const PointsLimit = 40

// FitOptions steers FitPoints. The zero value fits within ±PointsLimit,
// without penalty or preference, at the scale of 10 points per log-odds
// unit, and calibrates to the training mix.
type FitOptions struct {
	// L2 is the precision of a Gaussian prior on each weight in log-odds
	// units: the penalty is L2/2·Σβ², added to the summed (not averaged)
	// loss so that its meaning does not change with the number of samples.
	// 0.25 says "a rule is rarely worth more than 2 log-odds (20 points)".
	L2 float64 `json:"l2"`
	// Bounds limits named rules, in points: {Min: -40, Max: 0} for a
	// legitimacy rule, {Min: 0, Max: 40} for a scam sign.
	Bounds map[string]Bound `json:"bounds,omitempty"`
	// DefaultBound limits the other rules; the zero value means
	// ±PointsLimit.
	DefaultBound Bound `json:"default_bound"`
	// FalseAlarmWeight is the weight of an honest advert's loss against a
	// scam's 1. Above 1 it states a preference against false alarms that
	// survives calibration; see the package documentation. 0 means 1.
	FalseAlarmWeight float64 `json:"false_alarm_weight"`
	// Scale is the number of points per unit of log-odds; 0 means 10.
	Scale float64 `json:"scale"`
	// Prevalence is the share of scams the scores should be calibrated to;
	// 0 means the training mix.
	Prevalence float64 `json:"prevalence"`
	// MaxIter caps the coordinate-descent sweeps; 0 means 1000.
	MaxIter int `json:"max_iter"`
}

// Fit is the result of FitPoints: integer points per rule and the offset
// that makes score = 100σ((P − Offset)/Scale) a calibrated probability.
type Fit struct {
	Points map[string]int `json:"points"`
	Offset float64        `json:"offset"`
	// Intercept is the fitted log-odds of an advert with no findings under
	// the (weighted) training mix, after the points were rounded.
	Intercept float64 `json:"intercept"`
	Iter      int     `json:"iter"`
	Converged bool    `json:"converged"`
	// Loss is the objective per unit of sample weight with the rounded
	// points: weighted mean log-loss plus the penalty.
	Loss float64 `json:"loss"`
	Note string  `json:"note,omitempty"`
}

// fitTol is the largest weight change, in log-odds, of a converged sweep:
// a thousandth of a point, far below the rounding to whole points.
const fitTol = 1e-4

// FitPoints fits rule points by L2-regularised logistic regression on
// binary rule-hit features, with box constraints, by cyclic coordinate
// descent (a clipped Newton step per coordinate, projected onto the box).
// Only the rules in allRules are fitted; other hits are ignored. The
// result is deterministic.
func FitPoints(samples []Sample, allRules []string, o FitOptions) Fit {
	o = o.withDefaults()
	p := newProblem(samples, allRules, o)
	fit := Fit{Points: map[string]int{}}
	if p.pos == 0 || p.neg == 0 {
		return p.degenerate(fit, o)
	}
	fit.Iter, fit.Converged = p.descend(o.MaxIter)
	for j, id := range p.rules {
		pts := clampInt(math.Round(o.Scale*p.beta[j]), p.lo[j]*o.Scale, p.hi[j]*o.Scale)
		p.beta[j] = float64(pts) / o.Scale
		fit.Points[id] = pts
	}
	p.refitIntercept()
	fit.Intercept, fit.Loss = p.b, p.loss()
	fit.Offset = -o.Scale * (p.b + p.priorShift(o.Prevalence))
	return fit
}

// withDefaults fills in the zero values.
func (o FitOptions) withDefaults() FitOptions {
	if o.Scale <= 0 {
		o.Scale = DefaultScale
	}
	if o.FalseAlarmWeight <= 0 {
		o.FalseAlarmWeight = 1
	}
	if o.MaxIter <= 0 {
		o.MaxIter = 1000
	}
	if o.DefaultBound == (Bound{}) {
		o.DefaultBound = Bound{Min: -PointsLimit, Max: PointsLimit}
	}
	if o.L2 < 0 {
		o.L2 = 0
	}
	return o
}

// priorShift is logit(prev) − logit(π), π the raw training share of scams:
// adding it to a log-odds fitted at the training mix re-expresses it at
// prevalence prev (Bayes: only the prior odds change). It is 0 when prev is
// 0, i.e. the training mix is wanted. π is the unweighted share on purpose,
// so that FalseAlarmWeight's shift of the intercept is kept, not undone.
func (p *problem) priorShift(prev float64) float64 {
	if !(prev > 0 && prev < 1) {
		return 0
	}
	pi := float64(p.pos) / float64(p.pos+p.neg)
	return logit(prev) - logit(pi)
}

// degenerate answers a training set with one class: nothing can be learnt,
// so every rule keeps the point value nearest 0 its bound allows and the
// offset makes an advert without findings score the prevalence (or the
// screener's default offset of 30 when none is given).
func (p *problem) degenerate(fit Fit, o FitOptions) Fit {
	for j, id := range p.rules {
		fit.Points[id] = clampInt(0, p.lo[j]*o.Scale, p.hi[j]*o.Scale)
	}
	fit.Offset = 30
	if o.Prevalence > 0 && o.Prevalence < 1 {
		fit.Offset = -o.Scale * logit(o.Prevalence)
	}
	fit.Converged = true
	fit.Note = "training samples hold only one class; nothing was fitted"
	return fit
}

// clampInt rounds v into the integers of [lo, hi]; if the interval holds
// no integer, the nearest end is rounded instead.
func clampInt(v, lo, hi float64) int {
	l, h := math.Ceil(lo-1e-9), math.Floor(hi+1e-9)
	if l > h {
		return int(math.Round(math.Max(lo, math.Min(hi, v))))
	}
	return int(math.Max(l, math.Min(h, v)))
}
