// Package feed reads job adverts from structured and unstructured input —
// CSV and TSV exports, JSON Lines, JSON files, saved HTML pages, plain text
// and whole directories of them — as one stream of Items.
//
// Everything streams: a CSV or JSONL file of any size is read one record at
// a time, so memory stays flat. A record that cannot be read becomes an Item
// whose Err names the file, the line and the reason; the records after it
// are still read, because one bad row in a career office's export must not
// cost the other ten thousand.
//
// Columns and keys are recognised by their common names (job_title,
// description, salary_range, company_profile, …), compared without regard
// to case, spaces, hyphens or underscores; the header of the EMSCAD corpus
// maps completely. Options.Map overrides the guess for one column.
//
// Package feed does no screening; package batch screens its Items.
package feed
