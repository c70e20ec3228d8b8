package eval

// CrossValidate measures what FitPoints would achieve on adverts it has not
// seen. It splits samples with Folds(samples, k, seed); for each fold it
// fits points on the other folds, rescores the fold with them and keeps
// those out-of-fold scores. It returns Evaluate of all out-of-fold scores
// and the samples, in input order, carrying them.
//
// Each fold is scored by a different fit, so the pooled figures describe
// the fitting procedure rather than any one set of points; they are what
// the points fitted on all samples can be expected to do on new adverts.
// Give o.Prevalence so that each fold's offset is calibrated to the same
// population as the thresholds are meant for.
func CrossValidate(samples []Sample, allRules []string, k int, seed int64, o FitOptions,
	prevalence float64, thresholds map[string]float64) (Metrics, []Sample) {
	scale := o.Scale
	if scale <= 0 {
		scale = DefaultScale
	}
	out := make([]Sample, len(samples))
	folds := Folds(samples, k, seed)
	for _, test := range folds {
		fit := FitPoints(without(samples, test), allRules, o)
		held := make([]Sample, len(test))
		for n, i := range test {
			held[n] = samples[i]
		}
		for n, s := range Rescore(held, fit.Points, fit.Offset, scale) {
			out[test[n]] = s
		}
	}
	if len(folds) == 1 {
		// One group cannot be split: there is no held-out data, and
		// scores fitted on themselves would flatter the model.
		m := Evaluate(nil, prevalence, thresholds)
		m.Notes = append(m.Notes, "fewer than two groups: nothing to cross-validate")
		return m, out
	}
	return Evaluate(out, prevalence, thresholds), out
}

// without returns the samples whose indexes are not in drop (ascending).
func without(samples []Sample, drop []int) []Sample {
	keep := make([]Sample, 0, len(samples)-len(drop))
	d := 0
	for i, s := range samples {
		if d < len(drop) && drop[d] == i {
			d++
			continue
		}
		keep = append(keep, s)
	}
	return keep
}
