// Package batch screens a stream of adverts from package feed in
// parallel and hands the results back strictly in input order.
//
// A bounded window of items is in flight at once — read, screened or
// waiting for an earlier item to finish — so memory stays flat however
// large the input. Cancelling the context stops reading at once; what was
// emitted before stays emitted.
//
// Batch also sees what a single screen cannot: the same advert text posted
// again under other ids or places, a mass-posting sign. Such a listing gets
// the extra finding "repost-in-batch" and its score is recomputed with
// Screener.Rescore.
package batch
