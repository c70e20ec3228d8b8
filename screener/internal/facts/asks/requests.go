package asks

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"regexp"
)

var (
	paymentRe = rxscan.MustCompile(`\b(?:(gift\s*cards?|itunes(?:\s+cards?)?|google\s+play\s+(?:cards?|gift)|steam\s+cards?)` +
		`|(bitcoin|btc|usdt|crypto(?:currency)?|binance|ethereum|trc-?20|tether)` +
		`|(western\s+union|money\s*gram|wire\s+transfer|ria\s+money)` +
		`|(jazz\s*cash|easy\s*paisa|upi|paytm|phone\s*pe|gpay|google\s+pay|gcash|paymaya|sadapay|nayapay|bkash)` +
		`|(deposit\s+(?:it\s+|the\s+amount\s+|the\s+money\s+|money\s+|fees?\s+)?(?:in|into|to)\s+(?:this|our|the\s+following|given|below|my|his|her)\s+(?:bank\s+)?(?:account|a/c|number)` +
		`|account\s+(?:mein|me|main)\s+jama|(?:send|transfer)\s+(?:the\s+)?(?:money|amount|payment|fees?)\s+to\s+(?:this|my|our|the\s+following|given|below)))\b`)
	paymentKinds = []string{"", "gift-card", "crypto", "wire", "wallet", "deposit"}

	documentRe = rxscan.MustCompile(`\b(?:(cnic|c\.n\.i\.c|nic\s+copy|id\s+card|national\s+id(?:entity)?\s+card|shanakhti\s+card)` +
		`|(aadh?aar)|(pan\s+card|pan\s+number)|(passport)` +
		`|(original\s+(?:documents?|degrees?|certificates?|testimonials|educational\s+documents|passport|cnic))|(ssn|social\s+security\s+(?:number|no\b))|(sss\s+(?:number|no\b)|philhealth|tin\s+id))\b` +
		`|(شناختی\s*کارڈ)`)
	documentKinds = []string{"", "cnic", "aadhaar", "pan", "passport", "originals", "ssn", "ph-id", "cnic"}
	// docContextRe must be in the clause for a bare mention to be a request;
	// "passport holders welcome" asks for nothing.
	docContextRe = regexp.MustCompile(`cop(?:y|ies)|scan|picture|pic|photo|front|back|send|submit|share|whatsapp|email|upload|bhej|hand\s*over|handover|deposit|jama|keep|kept|retain|surrender|courier|number|details|attach|provide|required|mandatory|zaroori|کاپی|بھیج`)
	// holdRe must be in the clause for "original documents" to mean they are
	// taken away rather than shown at an interview.
	holdRe = regexp.MustCompile(`submit|hand\s*over|handover|deposit|jama|kept|keep|retain|surrender|courier|send|bhej|with\s+(?:the\s+)?company`)

	dataRe = rxscan.MustCompile(`\b(?:(bank\s+(?:account\s+)?(?:details?|info(?:rmation)?|number|no\b|credentials)|account\s+(?:number|no\b|details?|title)|iban|a/c\s+(?:no\b|number|details))` +
		`|((?:debit\s+|credit\s+|atm\s+)?card\s+(?:number|no\b|details?|pin)|cvv|cvc|atm\s+pin)` +
		`|(otp|one[-\s]time\s+(?:password|pin|code)|verification\s+code|code\s+(?:sent|received)\s+(?:to|on)\s+your)` +
		`|((?:login|log-in|net\s*banking|online\s+banking|email|facebook|gmail)\s+(?:details|credentials|password)|password)` +
		`|(bank\s+statements?))`)
	dataKinds = []string{"", "bank", "card", "otp", "login", "bank-statement"}

	walletVerbRe = regexp.MustCompile(`\b(?:pay|send|transfer|deposit|purchase|buy|karein|karen|kren|karo|kar\s+dein|bhej\w*|jama|to\s+this|on\s+this|number\s+pe|number\s+par)\b`)
	receiveRe    = regexp.MustCompile(`\b(?:salary|salaries|receive|received|payout|withdraw\w*|commission|earn\w*|profit|paid\s+to\s+you)\b`)
)

// check decides whether a match of kind is a request given its clause.
type check func(c *ctx, start, end int, kind string) bool

// paymentNeedsVerb keeps a wallet, card or coin only when the ad asks the
// reader to pay with it, not when it pays salaries through it.
func paymentNeedsVerb(c *ctx, start, end int, kind string) bool {
	if kind == "deposit" || kind == "wire" {
		return true
	}
	before, after := c.clause(start, end)
	near := before + " " + after
	return walletVerbRe.MatchString(near) && !receiveRe.MatchString(near)
}

func documentNeedsContext(c *ctx, start, end int, kind string) bool {
	before, after := c.clause(start, end)
	near := before + " " + after
	if kind == "originals" {
		return holdRe.MatchString(near)
	}
	return kind == "ssn" || docContextRe.MatchString(near)
}

// requests finds matches of re that are not denied and pass keep.
func (c *ctx) requests(re *rxscan.Regexp, kinds []string, keep check) []Finding {
	var out []Finding
	for _, m := range re.FindAllStringSubmatchIndex(c.s, -1) {
		kind := kinds[group(m)]
		if c.suppressed(m[0], m[1]) || keep != nil && !keep(c, m[0], m[1], kind) {
			continue
		}
		out = append(out, Finding{Span: span(m), Kind: kind})
	}
	return out
}
