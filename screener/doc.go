// Package screener screens job adverts for the signs of recruitment scams
// and explains every sign it finds.
//
// A job board or any Go program builds one Screener and calls it from as
// many goroutines as it likes:
//
//	s, err := screener.New(screener.Options{}) // default rule packs and thresholds
//	rep, err := s.Screen(ctx, screener.Listing{ID: "123", Title: "…", Body: "…"})
//	rep, err = s.ScreenHTML(ctx, page)         // a saved page; JSON-LD JobPosting is read
//
// A Report holds a 0–100 score, a band (low, medium, high) and one Finding
// per rule that fired: its points, why it matters, what to do, and the
// evidence as byte offsets into Report.Text. For a listing that has only a
// Body, Report.Text is the Body itself, so the offsets point at the caller's
// own bytes.
//
// Scoring: the points of the findings are summed (legitimacy rules carry
// negative points) into P, and
//
//	score = 100 / (1 + exp(-(P - Offset) / Scale))
//
// rounded, with Offset 30 and Scale 10 by default. A point is thus a tenth
// of a unit of log-odds: P = 30 is an even score of 50, each further 10
// points multiplies the odds by e. A listing with no findings scores 5.
// Bands cut the score at Thresholds.Medium (40) and Thresholds.High (70).
//
// Screen does no I/O, never panics and never keeps the text it was given.
package screener
