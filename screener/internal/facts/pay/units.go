package pay

// The word tables of the pay grammar. They are data, kept apart from the scanner so that
// a new spelling is a one-line change.

type curRow struct {
	word, code string
	ambig      bool
}

// currencyWords names currencies by word. "rs" and "rupees" map to "RS" because the
// same word is used in Pakistan, India, Sri Lanka and Nepal; ResolveCurrency settles it
// once the caller knows the country. Ambiguous codes (php is also a language, sr a
// title, rm a verb) need a plausible amount or a period before they count.
var currencyWords = []curRow{
	{"rs", "RS", false}, {"rupees", "RS", false}, {"rupee", "RS", false}, {"rupay", "RS", false},
	{"rupaye", "RS", false}, {"rupaiye", "RS", false}, {"rupiya", "RS", false}, {"rupiye", "RS", false},
	{"روپے", "RS", false}, {"روپیہ", "RS", false}, {"روپئے", "RS", false}, {"روپیے", "RS", false},
	{"pkr", "PKR", false}, {"inr", "INR", false}, {"lkr", "LKR", false}, {"npr", "NPR", false},
	{"bdt", "BDT", false}, {"taka", "BDT", false}, {"tk", "BDT", true},
	{"usd", "USD", false}, {"dollar", "USD", false}, {"dollars", "USD", false}, {"usdt", "USDT", false},
	{"aed", "AED", false}, {"dirham", "AED", false}, {"dirhams", "AED", false}, {"dhs", "AED", false},
	{"sar", "SAR", false}, {"riyal", "SAR", false}, {"riyals", "SAR", false}, {"ریال", "SAR", false},
	{"sr", "SAR", true}, {"qar", "QAR", false}, {"qr", "QAR", true}, {"kwd", "KWD", false},
	{"kd", "KWD", true}, {"omr", "OMR", false}, {"bhd", "BHD", false},
	{"php", "PHP", true}, {"peso", "PHP", false}, {"pesos", "PHP", false},
	{"thb", "THB", false}, {"baht", "THB", false}, {"gbp", "GBP", false}, {"eur", "EUR", false},
	{"euro", "EUR", false}, {"euros", "EUR", false}, {"myr", "MYR", false}, {"ringgit", "MYR", false},
	{"rm", "MYR", true}, {"sgd", "SGD", false}, {"aud", "AUD", false}, {"cad", "CAD", false},
	{"idr", "IDR", false}, {"rp", "IDR", true}, {"rupiah", "IDR", false}, {"vnd", "VND", false},
	{"khr", "KHR", false}, {"riel", "KHR", false}, {"riels", "KHR", false}, {"mmk", "MMK", false},
	{"kyat", "MMK", false}, {"kyats", "MMK", false}, {"lak", "LAK", true}, {"kip", "LAK", true},
	{"ngn", "NGN", false}, {"naira", "NGN", false}, {"egp", "EGP", false}, {"cny", "CNY", false},
	{"rmb", "CNY", false}, {"yuan", "CNY", false}, {"rial", "OMR", false}, {"rials", "OMR", false},
	{"dinar", "KWD", false}, {"dinars", "KWD", false},
}

// currencySymbols are single-rune currency signs. "₨" usually arrives as "rs" after
// NFKC, but unfolded text keeps it.
var currencySymbols = map[rune]string{
	'$': "USD", '₹': "INR", '₨': "RS", '₱': "PHP", '£': "GBP", '€': "EUR",
	'฿': "THB", '৳': "BDT", '₦': "NGN", '₫': "VND",
}

// dollarPrefixes turn "$" into another dollar when glued in front of it ("us$", "s$").
var dollarPrefixes = map[string]string{
	"us": "USD", "usd": "USD", "s": "SGD", "sg": "SGD", "sgd": "SGD", "a": "AUD", "au": "AUD",
	"c": "CAD", "ca": "CAD", "nz": "NZD", "hk": "HKD",
}

// riyalNations fix the riyal, rial or dinar when the nationality is written before it.
var riyalNations = map[string]string{
	"qatari": "QAR", "omani": "OMR", "saudi": "SAR", "kuwaiti": "KWD", "bahraini": "BHD",
}

type multRow struct {
	word     string
	mult     float64
	attached bool
}

var multiplierWords = []multRow{
	{"k", 1e3, false}, {"thousand", 1e3, false}, {"thousands", 1e3, false}, {"hazar", 1e3, false},
	{"hazaar", 1e3, false}, {"hazār", 1e3, false}, {"hazzar", 1e3, false}, {"hzar", 1e3, false},
	{"hajar", 1e3, false}, {"ہزار", 1e3, false},
	{"lakh", 1e5, false}, {"lakhs", 1e5, false}, {"lac", 1e5, false}, {"lacs", 1e5, false},
	{"laakh", 1e5, false}, {"lak", 1e5, false}, {"l", 1e5, true}, {"لاکھ", 1e5, false}, {"lpa", 1e5, false},
	{"crore", 1e7, false}, {"crores", 1e7, false}, {"cr", 1e7, false}, {"crs", 1e7, false},
	{"karor", 1e7, false}, {"karore", 1e7, false}, {"karod", 1e7, false}, {"کروڑ", 1e7, false},
	{"million", 1e6, false}, {"millions", 1e6, false}, {"mn", 1e6, false}, {"mil", 1e6, false},
	{"m", 1e6, true}, {"billion", 1e9, false}, {"bn", 1e9, false},
}

type periodRow struct {
	word      string
	p         Period
	slashOnly bool
}

// periodWords are periods on their own: "50,000 monthly", "500 rozana". "pm" is here
// too; the scanner refuses it after anything that looks like a clock time.
var periodWords = []periodRow{
	{"monthly", Month, false}, {"pm", Month, false}, {"pcm", Month, false}, {"mahana", Month, false},
	{"mahanah", Month, false}, {"mahwar", Month, false}, {"mahina", Month, false}, {"mahine", Month, false},
	{"maheena", Month, false}, {"mahinay", Month, false}, {"ماہانہ", Month, false}, {"ماہوار", Month, false},
	{"yearly", Year, false}, {"annually", Year, false}, {"annual", Year, false}, {"pa", Year, false},
	{"saalana", Year, false}, {"salana", Year, false}, {"سالانہ", Year, false},
	{"weekly", Week, false}, {"haftawar", Week, false}, {"hafta", Week, false}, {"ہفتہ", Week, false},
	{"daily", Day, false}, {"rozana", Day, false}, {"roz", Day, false}, {"dihari", Day, false},
	{"dihadi", Day, false}, {"dehari", Day, false}, {"روزانہ", Day, false}, {"یومیہ", Day, false},
	{"hourly", Hour, false},
}

// unitWords follow "per", "a", "every", "har", "فی" or "/". Piece-rate units map to Task.
var unitWords = []periodRow{
	{"month", Month, false}, {"months", Month, false}, {"mon", Month, false}, {"mo", Month, false},
	{"mth", Month, false}, {"mnth", Month, false}, {"m", Month, true}, {"mahina", Month, false},
	{"mahine", Month, false}, {"maheena", Month, false}, {"mahinay", Month, false},
	{"ماہ", Month, false}, {"مہینہ", Month, false}, {"مہینے", Month, false},
	{"week", Week, false}, {"wk", Week, false}, {"w", Week, true}, {"hafta", Week, false},
	{"hafte", Week, false}, {"ہفتہ", Week, false}, {"ہفتے", Week, false},
	{"day", Day, false}, {"d", Day, true}, {"din", Day, false}, {"roz", Day, false},
	{"دن", Day, false}, {"روز", Day, false},
	{"hour", Hour, false}, {"hr", Hour, false}, {"hrs", Hour, false}, {"h", Hour, true},
	{"ghanta", Hour, false}, {"ghante", Hour, false}, {"گھنٹہ", Hour, false}, {"گھنٹے", Hour, false},
	{"year", Year, false}, {"yr", Year, false}, {"annum", Year, false}, {"y", Year, true},
	{"saal", Year, false}, {"sal", Year, false}, {"سال", Year, false},
}

// taskUnits are the piece-rate units; each gets its plural too, since "/calls" occurs.
const taskUnits = `task call order form lead sale ad review click survey video post like
	referral entry page article transaction booking app file assignment item unit piece
	ticket chat customer verification account signup deal closing parcel delivery`

var numeralWords = map[string]float64{
	"one": 1, "ek": 1, "aik": 1, "two": 2, "do": 2, "three": 3, "teen": 3, "four": 4,
	"char": 4, "chaar": 4, "five": 5, "panch": 5, "paanch": 5, "ten": 10, "das": 10,
	"dedh": 1.5, "derh": 1.5, "dhai": 2.5, "dhaai": 2.5, "adhai": 2.5, "arhai": 2.5,
	"sawa": 1.25, "fifty": 50, "pachas": 50, "pachaas": 50, "bees": 20, "twenty": 20,
}

var classWords = map[uint32]string{
	cPay: `salary salaries sallary salery pay pays paid payout earn earns earning earnings
		income stipend tankhwah tankhwa tankha tankhah tankhuwah tankhuwa تنخواہ kamai kamaai
		kamayen kamaen kamaye kamaiye kamao kamain کمائی کمائیں آمدنی amdani package ctc wage
		wages compensation remuneration honorarium rate basic gross net`,
	cFee: `fee fees charges charge deposit registration register invest investment cost price
		kit refundable recharge unlock buy purchase penalty jama فیس`,
	cCount: `years yrs year months days hours weeks minutes mins seconds seats seat posts
		positions vacancies vacancy openings candidates people persons person agents staff
		employees members students boys girls males females calls leads clients customers
		countries cities branches words pages kg km gb mb sq ft feet marla kanal acres saal
		ghante ghanton log afraad bande larke larkiyan seater marks percent x times old
		shifts rooms jobs din age`,
	cBlock: `age aged experience exp call contact whatsapp phone mobile cell tel ph timing
		timings shift time seats vacancies posts no number room floor plot house office
		address street road sector block phase batch class grade bps scale id cnic code pin
		zip ext since established est founded working hours`,
	cCommission: `commission commissions comission commision incentive incentives bonus bonuses tips`,
	cGuarantee:  `guaranteed guarantee guranteed gauranteed fixed pakki pakka pukka پکی assured`,
	cUpTo:       `upto max maximum`,
	cFrom:       `from starting starts minimum min atleast`,
	cOver:       `above over exceeding`,
	cPer:        `per a an each every har fi فی`,
	cRangeSep:   `to se till سے`,
	cSouthAsia: `pakistan india karachi lahore islamabad rawalpindi faisalabad multan peshawar
		quetta sialkot gujranwala hyderabad delhi mumbai bangalore bengaluru chennai pune
		kolkata noida gurgaon gurugram ahmedabad jaipur lucknow chandigarh tankhwah kamai
		mahana hazar lakh lac rozana`,
	cTime:      `am baje bje بجے oclock`,
	cOrdinal:   `st nd rd th`,
	cNegation:  `no without free zero koi bina`,
	cPackage:   `package ctc annual`,
	cWorth:     `worth valued mrp`,
	cFiller:    `attractive handsome heavy huge unlimited high daily weekly monthly sales performance lucrative good great extra additional dollar`,
	cConnector: `plus and with aur`,
}

func init() {
	for _, w := range splitWords(taskUnits) {
		for _, form := range [2]string{w, w + "s"} {
			e := entry(lexicon, form)
			if e.unit == "" {
				e.unit = Task
			}
		}
	}
	indexLexicon()
}
