package asks

import (
	"github.com/jobscreen/jobscreen/screener/internal/rxscan"
	"regexp"
	"sort"
	"strings"
)

var (
	// feeRe finds named fees (group 1: the name), deposits (group 2), Urdu
	// script fees (group 3: the name, maybe empty) and bare fees (group 4).
	feeRe = rxscan.MustCompile(`\b(registration|registeration|regestration|training|kit|laptop|visa|processing|security|medical|joining|form|application|admission|enrol?ment|onboarding|verification|documentation|uniform|test|exam|examination|interview|file|protector|placement|refundable|advance)\s+(?:fees?|charges?|deposit|amount|money)\b` +
		`|\b(security|refundable)\s+(?:deposit|amount|money)\b` +
		`|(رجسٹریشن|ٹریننگ|ویزا|میڈیکل|پروسیسنگ|داخلہ|فارم)?\s*فیس` +
		`|\b(fees?|charges)\b`)
	feeKindOf = map[string]string{"registeration": "registration", "regestration": "registration", "security": "security deposit",
		"exam": "examination", "enrolment": "enrolment", "enrollment": "enrolment", "رجسٹریشن": "registration", "ٹریننگ": "training",
		"ویزا": "visa", "میڈیکل": "medical", "پروسیسنگ": "processing", "داخلہ": "admission", "فارم": "form"}
	// payVerbRe must surround a bare "fee" for it to be a request.
	payVerbRe = regexp.MustCompile(`\b(?:pay|paid|deposit|submit|jama|send|transfer|bhej\w*|charge[ds]?|required|dena|deni|dein|karwa\w*|karain|karein|lagegi|lagay\w*|hogi)\b|ادا|جمع`)
	// officialRe marks government application fees.
	officialRe   = rxscan.MustCompile(`challan|treasury|sbi\s+collect|demand\s+draft|\bdd\b|postal\s+order|\b(?:nts|ots|pts|uts|etea|fpsc|ppsc|spsc|kppsc|bpsc|ajkpsc|upsc|ssc|ibps|rrb)\b|public\s+service\s+commission`)
	amountAfter  = regexp.MustCompile(`^\s*(?:[:=-]|is|of|only|amounting\s+to)?\s*(?:of\s+)?((?:rs\.?|pkr|inr|₹|₨|\$|usd|aed|sar|php|₱|rupees?)\s*\d[\d,]*(?:\.\d+)?(?:\s*/-)?|\d[\d,]*(?:\.\d+)?\s*(?:/-|rs\b\.?|pkr|inr|rupees?|rupay|rupaye|روپے|dollars?|usd|aed|sar|php)?)`)
	amountBefore = regexp.MustCompile(`((?:rs\.?|pkr|inr|₹|₨|\$|usd|aed|php|₱)?\s*\d[\d,]*(?:\s*/-)?\s*(?:rs\b\.?|pkr|rupees?|rupay|rupaye|روپے)?)\s*(?:ki\s+|ka\s+|ke\s+)?$`)
	currencyRe   = regexp.MustCompile(`rs|pkr|inr|₹|₨|\$|usd|aed|sar|php|₱|rupe|rupay|روپے|dollar|/-`)
)

// fees finds fees the ad asks for, skipping denied ones and bare "fees"
// with neither an amount nor a verb of paying nearby.
func (c *ctx) fees() []Fee {
	var out []Fee
	for _, m := range feeRe.FindAllStringSubmatchIndex(c.s, -1) {
		g := group(m)
		start, end := m[0], m[1]
		if g == 3 {
			start = m[1] - len("فیس") // the name may be absent; never start on spaces
			if m[6] >= 0 {
				start = m[6]
			}
		}
		if c.suppressed(start, end) {
			continue
		}
		fee := Fee{Kind: feeKind(c.s, m, g), Amount: c.amount(start, end)}
		fee.Start, fee.End = start, end
		if fee.Kind == "fee" && fee.Amount == "" && !c.verbNear(start, end) {
			continue
		}
		c.qualify(&fee)
		out = append(out, fee)
	}
	return out
}

func feeKind(s string, m []int, g int) string {
	if g == 4 || g == 3 && m[6] < 0 {
		return "fee"
	}
	w := s[m[2*g]:m[2*g+1]]
	if k, ok := feeKindOf[w]; ok {
		return k
	}
	return w
}

func (c *ctx) verbNear(start, end int) bool {
	before, after := c.clause(start, end)
	return payVerbRe.MatchString(before) || payVerbRe.MatchString(after)
}

// amount returns the source text of an amount written right after or right
// before the fee, provided it carries a currency or has three digits.
func (c *ctx) amount(start, end int) string {
	var lo, hi int
	if m := amountAfter.FindStringSubmatchIndex(c.s[end:min(len(c.s), end+40)]); m != nil {
		lo, hi = end+m[2], end+m[3]
	} else if m := amountBefore.FindStringSubmatchIndex(c.s[max(0, start-30):start]); m != nil {
		base := max(0, start-30)
		lo, hi = base+m[2], base+m[3]
	}
	txt := strings.TrimSpace(c.s[lo:hi])
	if txt == "" || !currencyRe.MatchString(txt) && countDigits(txt) < 3 {
		return ""
	}
	s, e := c.d.Source(lo, hi)
	return strings.TrimSpace(c.d.Src[s:e])
}

// officialNear reports an official-payment marker inside [lo,hi). The
// markers are found once per document, not once per fee.
func (c *ctx) officialNear(lo, hi int) bool {
	if c.official == nil {
		c.official = officialRe.FindAllStringIndex(c.s, -1)
		if c.official == nil {
			c.official = [][]int{}
		}
	}
	// Markers are in text order and do not overlap, so the first one that
	// starts at or after lo is the only candidate to check.
	i := sort.Search(len(c.official), func(i int) bool { return c.official[i][0] >= lo })
	return i < len(c.official) && c.official[i][1] <= hi
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

// qualify sets Refundable and Official from the fee's surroundings.
func (c *ctx) qualify(f *Fee) {
	// "(refundable)" often sits in brackets, which end a clause, so a plain
	// window is used here.
	near := c.s[max(0, f.Start-40):min(len(c.s), f.End+40)]
	if i := strings.Index(near, "refundable"); i >= 0 {
		pre := near[max(0, i-4):i]
		f.Refundable = !strings.Contains(pre, "non") && !strings.Contains(pre, "not")
	}
	if c.officialNear(f.Start-150, f.End+150) {
		f.Official = true
		if f.Kind == "fee" || f.Kind == "form" {
			f.Kind = "application"
		}
	}
}
