package asks

import "github.com/jobscreen/jobscreen/screener/internal/facts/lex"

// cat is what a lexicon phrase stands for.
type cat uint8

const (
	catFee      cat = iota + 1 // a named fee ("registration fee"); kind is its name
	catBareFee                 // "fee", "charges": a fee only with an amount or a verb of paying
	catPayment                 // a payment channel; kind is the channel
	catDocument                // an identity document; kind is the document
	catData                    // private data; kind is what data
	catNoFee                   // "no fee", "free of cost", "koi fees nahi"
	catNegator                 // "never", "not": may open a no-fee statement
	catWarning                 // a scam warning
	catReport                  // where to report fraud
	catOfficial                // a government payment channel or testing body
	catPayVerb                 // "pay": a fee when an amount and a purpose follow ("pay Rs 999 to confirm")
)

type tag struct {
	cat  cat
	kind string
}

type phrase struct {
	text string
	tag  tag
}

// Fee names: each word in the first slot is a fee's name, the second slot
// the noun that makes it a charge.
const feeNoun = "fee|fees|charge|charges|amount|money|deposit"

var phrases = []phrase{
	{"refundable? registration|registeration|regestration|registrations " + feeNoun, tag{catFee, "registration"}},
	{"registration ki|ka fee|fees|charges", tag{catFee, "registration"}},
	{"training|course " + feeNoun, tag{catFee, "training"}},
	{"kit|uniform " + feeNoun, tag{catFee, "kit"}},
	{"starter kit fee|fees|charges", tag{catFee, "kit"}},
	{"laptop " + feeNoun, tag{catFee, "laptop"}},
	{"visa|protector " + feeNoun, tag{catFee, "visa"}},
	{"visa processing " + feeNoun, tag{catFee, "visa"}},
	{"processing|documentation|file|verification|onboarding|activation " + feeNoun, tag{catFee, "processing"}},
	{"security|refundable deposit|amount|money|fee|fees", tag{catFee, "deposit"}},
	{"medical " + feeNoun, tag{catFee, "medical"}},
	{"joining " + feeNoun, tag{catFee, "joining"}},
	{"application|form|admission|enrolment|enrollment " + feeNoun, tag{catFee, "application"}},
	{"test|exam|examination|interview " + feeNoun, tag{catFee, "test"}},
	{"placement " + feeNoun, tag{catFee, "placement"}},
	{"advance fee|fees|payment|money|amount", tag{catFee, "advance"}},
	{"pay in advance", tag{catFee, "advance"}},
	{"advance for visa|ticket|processing|medical|registration", tag{catFee, "advance"}},
	{"رجسٹریشن فیس|چارجز", tag{catFee, "registration"}},
	{"ٹریننگ فیس", tag{catFee, "training"}},
	{"ویزا فیس", tag{catFee, "visa"}},
	{"میڈیکل فیس", tag{catFee, "medical"}},
	{"پروسیسنگ فیس", tag{catFee, "processing"}},
	{"داخلہ|فارم فیس", tag{catFee, "application"}},
	{"fee|fees|فیس", tag{catBareFee, "other"}},
	{"pay|deposit|transfer", tag{catPayVerb, "other"}},

	{"gift card|cards", tag{catPayment, "gift-card"}},
	{"itunes|steam|amazon card|cards", tag{catPayment, "gift-card"}},
	{"google play gift? card|cards|codes|code", tag{catPayment, "gift-card"}},
	{"bitcoin atm", tag{catPayment, "crypto"}},
	{"bitcoin|btc|usdt|crypto|cryptocurrency|binance|ethereum|tether|trc20", tag{catPayment, "crypto"}},
	{"western union", tag{catPayment, "wire"}},
	{"money gram", tag{catPayment, "wire"}},
	{"moneygram", tag{catPayment, "wire"}},
	{"wire transfer|transfers", tag{catPayment, "wire"}},
	{"by wire", tag{catPayment, "wire"}},
	{"jazzcash|easypaisa|upi|paytm|phonepe|gpay|gcash|paymaya|sadapay|nayapay|bkash|zelle", tag{catPayment, "wallet"}},
	{"okaxis|okhdfcbank|okicici|oksbi|ybl|ibl|axl|apl", tag{catPayment, "wallet"}},
	{"jazz cash", tag{catPayment, "wallet"}},
	{"easy paisa", tag{catPayment, "wallet"}},
	{"phone pe", tag{catPayment, "wallet"}},
	{"google pay", tag{catPayment, "wallet"}},
	{"جاز کیش", tag{catPayment, "wallet"}},
	{"ایزی پیسہ", tag{catPayment, "wallet"}},
	{"deposit it|the|money|fee|fees? amount|money? in|into|to this|our|my|his|her|given|below bank? account|number", tag{catPayment, "deposit"}},
	{"deposit it|the|money|fee|fees? amount|money? in|into|to the following bank? account|number", tag{catPayment, "deposit"}},
	{"send|transfer the? money|amount|payment|fee|fees to this|my|our|given|below", tag{catPayment, "deposit"}},
	{"account mein|me|main jama", tag{catPayment, "deposit"}},

	{"cnic|shanakhti|شناختی", tag{catDocument, "cnic"}},
	{"nic copy", tag{catDocument, "cnic"}},
	{"id card", tag{catDocument, "cnic"}},
	{"national id|identity card", tag{catDocument, "cnic"}},
	{"aadhaar|aadhar", tag{catDocument, "aadhaar"}},
	{"pan card|number", tag{catDocument, "pan"}},
	{"passport|passports|پاسپورٹ", tag{catDocument, "passport"}},
	{"original|originals|asal|اصل passport|passports|پاسپورٹ", tag{catDocument, "passport"}},
	{"original|asal cnic|nic|shanakhti", tag{catDocument, "cnic"}},
	{"original|asal|اصل educational|academic? documents|document|degree|degrees|certificates|certificate|testimonials|dastavezat|دستاویزات", tag{catDocument, "originals"}},
	{"originals", tag{catDocument, "originals"}},
	{"ssn", tag{catDocument, "ssn"}},
	{"social security number|no", tag{catDocument, "ssn"}},
	{"sss number|no", tag{catDocument, "ph-id"}},
	{"philhealth", tag{catDocument, "ph-id"}},
	{"tin id", tag{catDocument, "ph-id"}},

	{"bank account? details|detail|info|information|number|no|credentials", tag{catData, "bank"}},
	{"account number|no|details|title", tag{catData, "bank"}},
	{"iban", tag{catData, "bank"}},
	{"name of your bank", tag{catData, "bank"}},
	{"debit|credit|atm? card number|no|details|pin", tag{catData, "card"}},
	{"cvv|cvc", tag{catData, "card"}},
	{"atm pin", tag{catData, "card"}},
	{"otp|otps", tag{catData, "otp"}},
	{"one time password|pin|code", tag{catData, "otp"}},
	{"verification code", tag{catData, "otp"}},
	{"digit code", tag{catData, "otp"}},
	{"code sent|received to|on your", tag{catData, "otp"}},
	{"او ٹی پی", tag{catData, "otp"}},
	{"login|net|online|internet|email|facebook|gmail banking? details|credentials|password", tag{catData, "login"}},
	{"password|passwords", tag{catData, "login"}},
	{"bank statement|statements", tag{catData, "bank-statement"}},

	{"no registration|hidden|joining|training|security|upfront|application|processing|advance|recruitment|placement? fee|fees|charge|charges|deposit|deposits|money|cost", tag{catNoFee, ""}},
	{"free of cost|charge", tag{catNoFee, ""}},
	{"without any fee|fees|charge|charges|cost", tag{catNoFee, ""}},
	{"zero fee|fees|cost", tag{catNoFee, ""}},
	{"fee|fees|charges is|are not charged|required|taken|applicable", tag{catNoFee, ""}},
	{"fee|fees|charges will|shall not|never be charged|required|taken|applicable", tag{catNoFee, ""}},
	{"recruitment|hiring|registration|process|interview|training|selection|application process? is totally|completely|absolutely|100? free", tag{catNoFee, ""}},
	{"koi bhi? fee|fees|charges|paise|paisay|raqam nahi|nahin|nai", tag{catNoFee, ""}},
	{"koi bhi? registration fee|fees nahi|nahin|nai", tag{catNoFee, ""}},
	{"fee|fees bilkul? nahi|nahin", tag{catNoFee, ""}},
	{"کوئی فیس نہیں", tag{catNoFee, ""}},
	{"فیس نہیں", tag{catNoFee, ""}},
	{"بلا معاوضہ", tag{catNoFee, ""}},
	{"never|not|don't|dont|doesn't|won't", tag{catNegator, ""}},

	{"beware|caution|cautioned|touts|khabardar|hoshiyar|ہوشیار|خبردار|دھوکہ|دھوکے|جعلی|फर्जी", tag{catWarning, ""}},
	{"be careful|aware|alert|cautious|vigilant", tag{catWarning, ""}},
	{"fraud|fraudulent|fraudster|fraudsters|scam|scams|scammer|scammers|dhoka|dhoke|impersonate|impersonates|impersonating|impersonation|impersonators", tag{catWarning, ""}},
	{"fake job|jobs|offer|offers|recruiter|recruiters|recruitment|agent|agents|call|calls|message|messages|website|websites|profile|profiles|account|accounts|people|ad|ads|interview|interviews|letter|letters", tag{catWarning, ""}},
	{"do|did not pay|send|transfer", tag{catWarning, ""}},
	{"don't|dont|never pay", tag{catWarning, ""}},
	{"not responsible for any payment|dealing|dealings|transaction|transactions|loss", tag{catWarning, ""}},
	{"report it|them|this|such? to|at|on|with the? fia|nccia|cybercrime|police|1930|national", tag{catReport, ""}},
	{"cybercrime gov in", tag{catReport, ""}},
	{"fia cyber? crime|cybercrime", tag{catReport, ""}},

	{"challan|challans|treasury|dd|nts|ots|pts|uts|etea|fpsc|ppsc|spsc|kppsc|bpsc|ajkpsc|upsc|ssc|ibps|rrb", tag{catOfficial, ""}},
	{"sbi collect", tag{catOfficial, ""}},
	{"demand draft", tag{catOfficial, ""}},
	{"postal order", tag{catOfficial, ""}},
	{"public service commission", tag{catOfficial, ""}},
	{"official portal|website", tag{catOfficial, ""}},
	{"payment gateway", tag{catOfficial, ""}},
	{"prometric|dataflow|gamca|embassy|consulate", tag{catOfficial, ""}},
}

var lexicon = lex.Compile(lexPatterns())

func lexPatterns() []lex.Pattern[tag] {
	ps := make([]lex.Pattern[tag], len(phrases))
	for i, p := range phrases {
		ps[i] = lex.Pattern[tag]{Text: p.text, Tag: p.tag}
	}
	return ps
}
