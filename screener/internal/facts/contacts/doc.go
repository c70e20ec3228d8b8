// Package contacts finds the ways an advert asks to be contacted: phone
// numbers (validated with libphonenumber metadata), e-mail addresses, links,
// and mentions of chat apps such as WhatsApp or Telegram as the channel.
//
// It owns only the facts, not the judgement: whether a WhatsApp-only contact or
// a free-mail address is suspicious is decided by rules that read these facts.
// Everything is found in textnorm.Doc.Folded and reported as byte spans of it,
// so evidence can be mapped back to the input with Doc.Source.
//
// Masked contacts from the EMSCAD data set (#PHONE_…#, #EMAIL_…#, #URL_…#) are
// reported with Masked set: the details are gone but a rule can still know that
// the advert carried a contact of that kind.
package contacts
