package eval

import "math"

// problem is a logistic regression on binary features, kept sparse: each
// rule knows the samples it fired on, and each sample its margin
// η = b + Σβ, so a coordinate step touches only the samples it changes.
type problem struct {
	rules    []string
	rows     [][]int   // rows[j]: samples where rule j fired
	y, c     []float64 // label (0/1) and loss weight per sample
	eta      []float64
	beta     []float64 // log-odds per rule
	lo, hi   []float64 // bounds of beta, in log-odds
	b, l2    float64
	pos, neg int
	weight   float64 // Σc
}

// maxStep caps one Newton step, in log-odds: far from the optimum the
// logistic curvature is tiny and a raw step would overshoot wildly.
const maxStep = 2.0

// newProblem builds the sparse problem from samples.
func newProblem(samples []Sample, allRules []string, o FitOptions) *problem {
	p := &problem{rules: uniqueRules(allRules), l2: o.L2}
	col := map[string]int{}
	for j, id := range p.rules {
		col[id] = j
		bd, ok := o.Bounds[id]
		if !ok {
			bd = o.DefaultBound
		}
		lo, hi := math.Min(bd.Min, bd.Max), math.Max(bd.Min, bd.Max)
		p.lo, p.hi = append(p.lo, lo/o.Scale), append(p.hi, hi/o.Scale)
		p.beta = append(p.beta, math.Max(p.lo[j], math.Min(p.hi[j], 0)))
	}
	p.rows = make([][]int, len(p.rules))
	for i, s := range samples {
		y, c := 0.0, o.FalseAlarmWeight
		if s.Positive {
			y, c = 1, 1
			p.pos++
		} else {
			p.neg++
		}
		p.y, p.c = append(p.y, y), append(p.c, c)
		p.weight += c
		for _, id := range uniqueRules(s.Rules) {
			if j, ok := col[id]; ok {
				p.rows[j] = append(p.rows[j], i)
			}
		}
	}
	p.resetMargins()
	return p
}

// resetMargins recomputes every η from b and β.
func (p *problem) resetMargins() {
	p.eta = make([]float64, len(p.y))
	for i := range p.eta {
		p.eta[i] = p.b
	}
	for j, rows := range p.rows {
		for _, i := range rows {
			p.eta[i] += p.beta[j]
		}
	}
}

// descend runs coordinate-descent sweeps until no weight moves by more
// than fitTol, and reports the sweeps run and whether it converged.
func (p *problem) descend(maxIter int) (int, bool) {
	for it := 1; it <= maxIter; it++ {
		moved := p.stepIntercept()
		for j := range p.rules {
			moved = math.Max(moved, p.stepRule(j))
		}
		if moved < fitTol {
			return it, true
		}
	}
	return maxIter, false
}

// stepIntercept takes one Newton step on the unpenalised intercept.
func (p *problem) stepIntercept() float64 {
	g, h := 0.0, 0.0
	for i, e := range p.eta {
		q := sigmoid(e)
		g += p.c[i] * (q - p.y[i])
		h += p.c[i] * q * (1 - q)
	}
	if h == 0 {
		return 0
	}
	d := math.Max(-maxStep, math.Min(maxStep, -g/h))
	p.b += d
	for i := range p.eta {
		p.eta[i] += d
	}
	return math.Abs(d)
}

// stepRule takes one Newton step on rule j's weight and projects it back
// into the rule's bounds, so a bound is met exactly, never overshot.
func (p *problem) stepRule(j int) float64 {
	g, h := p.l2*p.beta[j], p.l2
	for _, i := range p.rows[j] {
		q := sigmoid(p.eta[i])
		g += p.c[i] * (q - p.y[i])
		h += p.c[i] * q * (1 - q)
	}
	if h == 0 {
		return 0
	}
	d := math.Max(-maxStep, math.Min(maxStep, -g/h))
	nb := math.Max(p.lo[j], math.Min(p.hi[j], p.beta[j]+d))
	d = nb - p.beta[j]
	p.beta[j] = nb
	for _, i := range p.rows[j] {
		p.eta[i] += d
	}
	return math.Abs(d)
}

// refitIntercept re-centres the intercept after the weights were rounded
// to whole points, so the offset matches the points actually shipped.
func (p *problem) refitIntercept() {
	p.resetMargins()
	for range 100 {
		if p.stepIntercept() < 1e-10 {
			return
		}
	}
}

// loss is the objective per unit of sample weight: weighted log-loss plus
// the L2 penalty.
func (p *problem) loss() float64 {
	l := 0.0
	for i, e := range p.eta {
		// log(1+e^η) − yη, computed without overflow in either tail.
		l += p.c[i] * (math.Max(e, 0) + math.Log1p(math.Exp(-math.Abs(e))) - p.y[i]*e)
	}
	for _, b := range p.beta {
		l += p.l2 / 2 * b * b
	}
	return l / p.weight
}
