// Package eval measures how well jobscreen's scores separate recruitment
// scams from honest adverts, and fits rule points to labelled data.
//
// It is pure arithmetic on labelled samples — no I/O, deterministic, the
// standard library only — so that the eval and calibrate commands, tests
// and notebooks all get the same numbers.
//
// # Metrics
//
// A labelled set rarely has the natural class mix: EMSCAD's dev file is 63%
// fraud, the adverts a job board sees perhaps 5%. Evaluate therefore leads
// with figures that do not depend on the mix and re-weights the ones that
// do:
//
//   - ROC-AUC is the Mann-Whitney statistic, (R₊ − n₊(n₊+1)/2)/(n₊n₋) with
//     R₊ the sum of the scams' mid-ranks: the chance that a random scam
//     outscores a random honest advert, a tie counting half.
//   - Recall at 1% and 5% FPR sweeps the threshold down through every
//     distinct score and keeps the best recall whose false positive rate
//     stays within the limit. FPR and recall do not depend on the mix.
//   - PR-AUC is average precision, Σₖ (Rₖ − Rₖ₋₁)·Pₖ over the distinct
//     scores from the top (step-wise, no interpolation); tied samples enter
//     together because no threshold can separate them.
//   - The "at prevalence" figures weight every honest advert by
//     w = ((1−ρ)/ρ)·(n₊/n₋), which makes the weighted scam share
//     n₊/(n₊ + w·n₋) equal to ρ. Precision becomes TP/(TP + w·FP), which
//     equals recall·ρ / (recall·ρ + FPR·(1−ρ)): what a reader of a flagged
//     advert would see in a population where a share ρ are scams.
//
// A threshold flags scores at or above it, as the screener's bands do.
// Where a figure is undefined (a class is missing) it is 0 and Notes says
// why, so every report encodes as JSON.
//
// # Near-duplicates and folds
//
// Boards repost one advert under many cities. If one copy trains a model
// and another tests it, the test measures memory. GroupKey hashes the first
// 300 characters of the normalised description (letters only, lower case,
// one space between words), which ignores changed locations, phone numbers
// and pay figures outside the opening. Cluster goes further for a batch:
// MinHash over 3-word shingles with 20 bands of 5 rows, confirmed by an
// estimated Jaccard similarity of at least 0.5, then union-find, so a
// changed word anywhere still groups. A caller streaming a large file keeps
// one Sketch per row (NewSketch: the signature and key, about 820 bytes)
// and calls ClusterSketches at the end, without holding the texts. Folds deals whole groups, largest
// first, to the fold with the fewest scams, so no group straddles folds and
// scams spread evenly.
//
// # Fitting points
//
// FitPoints fits a logistic regression on binary features, one per rule:
// logit P(scam | x) = b + Σⱼ βⱼxⱼ. It minimises
//
//	Σᵢ cᵢ·[log(1 + e^ηᵢ) − yᵢηᵢ] + (L2/2)·Σⱼ βⱼ²,   ηᵢ = b + Σⱼ βⱼxᵢⱼ,
//
// with cᵢ = FalseAlarmWeight for honest adverts and 1 for scams, subject to
// each βⱼ lying in its Bound (given in points, divided by Scale). Cyclic
// coordinate descent takes one Newton step per coordinate, clipped to 2
// log-odds and projected onto the box, which meets a bound exactly; the
// intercept is unpenalised and unbounded. Points are Scale·βⱼ rounded, and
// the intercept is then refitted to the rounded points.
//
// # The offset
//
// The screener scores P = Σ points = Scale·Σβⱼxⱼ as 100σ((P − Offset)/Scale).
// By Bayes, log-odds = log-likelihood-ratio + prior log-odds. The fit's
// log-odds b + β·x hold at the training scam share π = n₊/n, so the
// likelihood ratio is log LR(x) = b + β·x − logit π, and at a target
// prevalence ρ the log-odds are
//
//	logit P_ρ(scam | x) = β·x + b − logit π + logit ρ.
//
// Matching (P − Offset)/Scale = β·x − Offset/Scale term by term gives
//
//	Offset = −Scale·(b + logit ρ − logit π),
//
// and with ρ left 0 (the training mix) simply Offset = −Scale·b. π is the
// unweighted share on purpose: weighting honest adverts by c lowers b by
// about ln c, and keeping that shift turns FalseAlarmWeight into a stated
// preference — every score is then the calibrated one with ln c fewer
// log-odds, i.e. the threshold moves Scale·ln c points up.
//
// # Cross-validation
//
// CrossValidate fits on k−1 folds, scores the held-out fold with the fitted
// points and offset (Rescore rounds scores as the screener does) and
// evaluates the pooled out-of-fold scores: the accuracy to expect from
// points fitted on all the data, on adverts not seen.
package eval
