package places

import "github.com/jobscreen/jobscreen/screener/internal/facts/lex"

// group says which Facts list a signal phrase feeds.
type group int

const (
	gIgnore   group = iota // blocks a shorter phrase ("no passport needed", "passport size photo")
	gPromise               // relocation promises
	gPassport              // passport requests
	gVisit                 // visit visa now, work permit later
	gAge                   // age limits
	gLicence               // overseas-employment licences (legitimacy)
)

// Roman Urdu spellings shared by several phrases.
const (
	free     = "free|muft|mufat|mufta|complimentary|فری|مفت"
	provided = "provided|paid|covered|arranged|given|sponsored|included|bear|borne"
	stay     = "accommodation|accomodation|housing|room|rooms|residence|rehaish|rihaish|rehaysh|hostel|lodging|boarding|رہائش"
	eat      = "food|meal|meals|khana|khaana|کھانا"
	ticket   = "ticket|tickets|air|airfare|flight|flights|tikat|ٹکٹ"
	licence  = "licence|license|lic|licensed|licenced|accredited|accreditation"
)

// signals are the phrases of relocation and of its legitimate form. The
// longest phrase at a position wins, which is how "no passport needed"
// silences "passport".
var signals = []pattern{
	{text: free + " work|employment? visa|visas|ویزا", kind: "free-visa", group: gPromise},
	{text: "visa|visas " + provided + "|free", kind: "free-visa", group: gPromise},
	{text: free + " return|air|two|one? way? " + ticket + " ticket|tickets?", kind: "free-ticket", group: gPromise},
	{text: "return|air ticket|tickets|fare " + provided + "|free", kind: "free-ticket", group: gPromise},
	{text: free + "? visa|visas and|aur|plus? ticket|tickets and|aur|plus? " + stay + "|" + eat + "?", kind: "visa-ticket-stay", group: gPromise},
	{text: free + " " + stay, kind: "free-accommodation", group: gPromise},
	{text: stay + " " + provided + "|free", kind: "free-accommodation", group: gPromise},
	{text: free + " " + eat, kind: "free-food", group: gPromise},
	{text: eat + " and|aur|plus " + stay + " " + provided + "|free", kind: "free-food", group: gPromise},
	{text: free + " transport|transportation|conveyance|pick", kind: "free-transport", group: gPromise},
	{text: "company|employer|we will|shall? bear|pay|cover all? expenses|expense|costs|cost|charges|kharcha|akhrajat", kind: "all-expenses", group: gPromise},
	{text: "all expenses|costs|charges " + provided + "|by", kind: "all-expenses", group: gPromise},
	{text: "tamam|saray|sare|sara akhrajat|kharcha|kharchay company", kind: "all-expenses", group: gPromise},

	{text: "passport|passports copy|copies|scan|scans|number|no|details|detail|photocopy|pic|picture|jama|jamaa", kind: "passport", group: gPassport},
	{text: "copy|copies|scan|photocopy|photo|picture of your? passport|passports", kind: "passport", group: gPassport},
	{text: "send|submit|share|bring|provide|deposit|hand|handover|attach|upload|whatsapp|email|surrender|collect your|the|valid|original? passport|passports copy|copies|scan|number|details|photocopy?", kind: "passport", group: gPassport},
	{text: "original|valid passport|passports", kind: "passport", group: gPassport},
	{text: "passport|passports required|needed|must|mandatory|zaroori|chahiye|compulsory", kind: "passport", group: gPassport},
	{text: "پاسپورٹ کی? کاپی|نمبر|جمع", kind: "passport", group: gPassport},
	{text: "no|without passport|passports needed|required|necessary|zaroori?", group: gIgnore},
	{text: "passport|passports not|nahi required|needed|necessary|zaroori", group: gIgnore},
	{text: "passport size|sized photo|photos|photograph|pictures?", group: gIgnore},

	{text: "visit|tourist|tourism|travel|visiting|business|vist visa|visas|ویزا", kind: "visit-visa", group: gVisit},
	{text: "visa|ویزا visit|tourist|وزٹ", kind: "visit-visa", group: gVisit},
	{text: "وزٹ ویزا", kind: "visit-visa", group: gVisit},
	{text: "work|employment|job permit|visa|iqama will? be? given|provided|processed|issued|arranged|done? after|later|afterwards|baad|upon|on arrival|reaching|joining|landing|wahan|waha?", kind: "work-permit-later", group: gVisit},
	{text: "iqama|permit after|upon|on arrival|reaching|joining|landing", kind: "work-permit-later", group: gVisit},
	{text: "convert|converted|conversion|change|changed|tabdeel into|to? work|employment|job visa|permit|iqama", kind: "work-permit-later", group: gVisit},

	{text: "age|umar|umer|عمر limit|limits|bracket|range|had|حد", kind: "age", group: gAge},
	{text: "max|maximum|upper age", kind: "age", group: gAge},

	{text: "oep " + licence + "? no|number?", kind: "oep-licence", group: gLicence},
	{text: "overseas employment promoter|promoters|promotor|corporation", kind: "oep-licence", group: gLicence},
	{text: "be oe", kind: "oep-licence", group: gLicence, tight: true},
	{text: "bureau of emigration", kind: "oep-licence", group: gLicence},
	{text: "protector of? emigrants|emigrant|stamp", kind: "oep-licence", group: gLicence},
	{text: "ra|recruiting|recruitment agent|agency? " + licence + " no|number?", kind: "in-ra-licence", group: gLicence},
	{text: "emigrate|poe", kind: "in-ra-licence", group: gLicence},
	{text: "e migrate", kind: "in-ra-licence", group: gLicence, tight: true},
	{text: "poea|dmw " + licence + "? no|number?", kind: "ph-licence", group: gLicence},
}

// ageWords start an age limit when a number follows: "age 18-30",
// "umar 20 se 35".
var ageWords = lex.NewWords("age aged umar umer عمر ages")

var signalSet = compilePatterns(signals)
