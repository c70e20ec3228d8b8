// Package employer works out who is hiring: the named company and its legal
// form, registration and licence numbers, placeholders that are not names
// ("software house", "MNC", "our client"), a physical address, only a
// landmark, or nothing at all to find the office by, corporate websites,
// whether the contact domains match the name, well-known brands named in
// the text and whether the advert presents one as the hirer, and — when the
// user supplies one — whether the name is in a registry of known companies.
//
// A scam advert rarely names a registered employer; an honest one usually
// names it, gives its legal form and an address, and writes from its own
// domain. This package reports those facts; rules weigh them.
//
// Spans are byte offsets into textnorm.Doc.Folded. Names are read from
// Doc.Src so that their capitals survive, which is also how they are found:
// a company name is a run of capitalised words before a legal-form suffix,
// after a cue ("At Acme, we", "join the team at Acme") or at the head of a
// company profile ("Acme is a …"). Persons and places are not names.
//
// The text is read once, token by token (cues.go), to mark the sentences
// that hold each pattern's cue words; the patterns then run over those
// sentences only, which finds what a scan of the whole text finds. The
// most used patterns (placeholders, the words around a name, the profile
// heading, legal forms) are read word by word from the tokens by vocabulary id
// (words.go); the rest are regular expressions run through rxscan.
package employer
