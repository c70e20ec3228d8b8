// Package pay finds pay figures in a job advert and normalises them.
//
// It owns three things and nothing else:
//
//   - the pay grammar: currencies written before or after the figure, South-Asian and
//     Western digit grouping, multipliers (k, lakh, crore, million, hazar, لاکھ, ہزار),
//     ranges, "up to"/"tak", "starting from", "X+", "/-", periods and piece rates, in
//     English, Roman Urdu and Urdu script (Find);
//   - the per-country calibration table of minimum and entry-level wages that the
//     "very high pay" rules compare against (DefaultCountries);
//   - a dated static exchange table so figures in different currencies can be compared
//     (DefaultRates, Convert).
//
// Find expects text already folded by the engine (NFKC, lower case). Spans are byte
// offsets into that text. Find never panics, does no I/O, keeps no state between calls
// and costs time linear in the length of the text: it tokenises once, then every
// candidate figure looks at a bounded window of tokens around itself.
//
// The parser is a hand-written scanner over tokens rather than a set of regular
// expressions: the traps (clock times next to "pm", phone numbers, ages, counts, fees)
// need the words on both sides of a figure, which is easier to get right — and to
// explain — in code than in a regexp.
package pay
