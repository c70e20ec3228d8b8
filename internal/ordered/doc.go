// Package ordered runs a function over a stream on several goroutines and
// hands the results back in input order.
//
// It is the one worker pool of jobscreen: batch screens a feed with it,
// eval and calibrate screen their labelled files with it. What is done to
// an item is the caller's function; the package owns everything around it —
// the goroutines, the bounded window of items in flight, putting results
// back in order, stopping on cancellation or on a failed emit, and
// returning only once every goroutine it started has finished.
package ordered
