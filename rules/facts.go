package rules

import "sort"

// ParamKind is the type of a fact parameter.
type ParamKind string

// Parameter kinds.
const (
	Number ParamKind = "number"
	Bool   ParamKind = "bool"
	Level  ParamKind = "level"
	// Enum takes one of Param.Values, or a list of them meaning any of
	// them: `kind: passport` or `kind: [cnic, passport]`.
	Enum ParamKind = "enum"
)

// Levels are the education levels, lowest first, that Level parameters take.
var Levels = []string{"none", "matric", "intermediate", "bachelor", "master", "doctorate"}

// The values the asks facts' kind parameters take; package asks labels its
// findings with exactly these words.
var (
	FeeKinds = []string{"registration", "training", "kit", "laptop", "visa", "processing", "deposit",
		"medical", "joining", "application", "test", "placement", "advance", "other"}
	PaymentKinds  = []string{"gift-card", "crypto", "wire", "wallet", "deposit"}
	DocumentKinds = []string{"cnic", "aadhaar", "pan", "passport", "originals", "ssn", "ph-id"}
	DataKinds     = []string{"bank", "card", "otp", "login", "bank-statement"}
)

// Param describes one parameter of a fact.
type Param struct {
	Kind     ParamKind
	Min, Max float64  // for Number
	Values   []string // for Enum: the allowed values
	Doc      string
}

// Fact is one thing the extractors can establish about a listing, which a
// rule can test by name.
type Fact struct {
	Name   string
	Doc    string
	Params map[string]Param
}

func fact(name, doc string, params map[string]Param) Fact {
	return Fact{Name: name, Doc: doc, Params: params}
}

var ratio = Param{Kind: Number, Min: 0, Max: 1000, Doc: "multiple of the country's monthly minimum wage"}
var maxYears = Param{Kind: Number, Min: 0, Max: 50, Doc: "only when the advert asks for fewer than this many years of experience"}
var maxEdu = Param{Kind: Level, Doc: "only when the advert asks for at most this education (or says nothing)"}

// factCatalogue is the vocabulary of facts; package screener implements
// each one and its tests check that the two lists agree.
var factCatalogue = []Fact{
	fact("pay.any", "any pay figure", nil),
	fact("pay.high", "monthly pay at or above min_ratio (and below max_ratio) times the minimum wage of the pay's country; "+
		"with max_education or max_experience set, not for a senior post or a required professional licence",
		map[string]Param{"min_ratio": ratio, "max_ratio": ratio, "max_education": maxEdu, "max_experience": maxYears}),
	fact("pay.foreign", "pay in a currency other than the advert's home country's", nil),
	fact("pay.piece_rate", "pay per task, call, order or form", nil),
	fact("pay.guaranteed", "pay promised as guaranteed or fixed regardless of results", nil),
	fact("pay.commission_only", "commission is the only pay", nil),
	fact("pay.realistic", "a pay range within the usual entry band for the stated qualification, and no figure above it",
		map[string]Param{"max_ratio": ratio}),
	fact("education.no_degree", "says no degree or qualification is needed", nil),
	fact("education.students", "addresses students", nil),
	fact("education.no_experience", "says no experience is needed", nil),
	fact("education.at_most", "asks for at most the given level", map[string]Param{"level": {Kind: Level}}),
	fact("education.at_least", "asks for at least the given level", map[string]Param{"level": {Kind: Level}}),
	fact("places.abroad", "offers work in another country", map[string]Param{"hub": {Kind: Bool, Doc: "only scam-hub areas"}}),
	fact("places.hub", "names a known scam-compound area as the place of work or travel", nil),
	fact("places.promise", "promises free visa, ticket, room or food", nil),
	fact("places.passport", "asks for a passport or passport copy", nil),
	fact("places.visit_visa", "travel on a visit or tourist visa with a work permit later", nil),
	fact("places.age_limit", "sets a narrow age limit", nil),
	fact("places.licensed_recruiter", "shows an overseas-employment licence", nil),
	fact("contacts.messaging", "contact through WhatsApp, Telegram or similar", nil),
	fact("contacts.messaging_only", "messaging apps or phone numbers are the only contact: no e-mail, website or office address", nil),
	fact("contacts.freemail", "a free-mail address (gmail, yahoo …)", nil),
	fact("contacts.shortener", "a link shortener", nil),
	fact("contacts.form_link", "an online form instead of a careers page", nil),
	fact("contacts.none", "no contact or application route at all", nil),
	fact("employer.unnamed", "no employer is named, or only a placeholder such as 'software house'", nil),
	fact("employer.vague", "a placeholder stands where the employer's name should be", nil),
	fact("employer.registered", "a legal form together with a registration or licence number", nil),
	fact("employer.legal_form", "a legal form (Pvt Ltd, LLC, Inc …)", nil),
	fact("employer.address", "a physical office address", nil),
	fact("employer.landmark_only", "only a landmark instead of an address", nil),
	fact("employer.no_address", "work placed in a city, a phone or chat number, and no address, landmark, website or company e-mail anywhere in the advert", nil),
	fact("employer.domain_match", "a contact email or website on the employer's own domain", nil),
	fact("employer.domain_mismatch", "a named employer (not a well-known brand) whose contact emails and sites are all on corporate domains that do not belong to it", nil),
	fact("employer.brand_mismatch", "a well-known brand is presented as the hirer (not merely mentioned) but contact is off-brand", nil),
	fact("employer.not_in_registry", "the named employer is not in the user's registry file", nil),
	fact("asks.fee", "asks for a fee or deposit", map[string]Param{
		"official": {Kind: Bool, Doc: "true: only official fees (challan, bank); false: only unofficial ones"},
		"kind":     {Kind: Enum, Values: FeeKinds, Doc: "only fees of these names"}}),
	fact("asks.payment", "asks the reader to pay through a channel such as gift cards, crypto, wire or a personal wallet",
		map[string]Param{"kind": {Kind: Enum, Values: PaymentKinds, Doc: "only these channels"}}),
	fact("asks.documents", "asks for CNIC, passport or original documents", map[string]Param{
		"kind":     {Kind: Enum, Values: DocumentKinds, Doc: "only these documents"},
		"handover": {Kind: Bool, Doc: "true: only documents to be handed over and kept; false: only copies or numbers to be sent"}}),
	fact("asks.data", "asks for bank or card details, an OTP or passwords",
		map[string]Param{"kind": {Kind: Enum, Values: DataKinds, Doc: "only these kinds of data"}}),
	fact("asks.no_fee_statement", "states that no fee is ever charged", nil),
	fact("asks.warning", "warns readers about scams", nil),
}

var factIndex = func() map[string]Fact {
	m := make(map[string]Fact, len(factCatalogue))
	for _, f := range factCatalogue {
		m[f.Name] = f
	}
	return m
}()

// LookupFact returns the fact with the given name.
func LookupFact(name string) (Fact, bool) {
	f, ok := factIndex[name]
	return f, ok
}

// FactNames returns every fact name, sorted.
func FactNames() []string {
	names := make([]string, 0, len(factCatalogue))
	for _, f := range factCatalogue {
		names = append(names, f.Name)
	}
	sort.Strings(names)
	return names
}
