// Package places finds where a job advert sends people: the countries,
// cities and areas it names, which of them are offered as the place of work,
// and the relocation signs around them (free visa and ticket promises,
// passport requests, "visit visa now, work permit later", age limits), as
// well as the overseas-employment licences that make a foreign job legitimate.
//
// It owns the gazetteer (gazetteer.yaml, embedded, extendable by the user)
// with the scam-compound and transit areas flagged as hubs, and its strict
// loader. It reports facts only; the rules decide how much they weigh.
package places
