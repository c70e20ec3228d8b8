// Package education reads what a job advert asks of a candidate's schooling
// and work history: the lowest education level it accepts, whether it says
// none is needed, whether it targets students, and how many years of
// experience it wants; and whether the post is more than entry-level work:
// a senior rank in its title or board field, or a professional licence it
// requires (a nurse's, doctor's, accountant's, engineer's or lawyer's, or a
// US commercial driver's).
//
// It owns the word lists for these facts in English, Roman Urdu and Urdu
// script, and the mapping of structured education fields (EMSCAD's
// required_education, JSON-LD educationRequirements) to a Level. It does not
// score anything: the rules decide what a missing degree means.
package education
