// Package education reads what a job advert asks of a candidate's schooling
// and work history: the lowest education level it accepts, whether it says
// none is needed, whether it targets students, and how many years of
// experience it wants.
//
// It owns the word lists for these facts in English, Roman Urdu and Urdu
// script, and the mapping of structured education fields (EMSCAD's
// required_education, JSON-LD educationRequirements) to a Level. It does not
// score anything: the rules decide what a missing degree means.
package education
