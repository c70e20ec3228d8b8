package pay

// Country is one row of the calibration table the "very high pay" rules compare
// against. Amounts are monthly, in Currency.
type Country struct {
	Code, Name, Currency string
	// MinWageMonthly is the statutory minimum wage per month, or — where there is none
	// for the workers these adverts target — a typical low-skilled entry wage (Source
	// says which).
	MinWageMonthly float64
	// EntryMonthly is typical entry-level pay for an office or call-centre job.
	EntryMonthly float64
	Source, AsOf string
}

// DefaultCountries returns the calibration table keyed by ISO 3166-1 alpha-2 code. The
// map is a fresh copy, so callers may override rows. Daily minimums are turned into
// months at 26 working days, hourly ones at the stated weekly hours.
func DefaultCountries() map[string]Country {
	out := make(map[string]Country, len(countryRows))
	for _, c := range countryRows {
		out[c.Code] = c
	}
	return out
}

var countryRows = []Country{
	{"PK", "Pakistan", "PKR", 37_000, 45_000,
		"Federal minimum wage Rs 37,000/month, Finance Act FY2024-25, unchanged for FY2025-26 (provinces set their own, some higher). Entry: typical call-centre offer Rs 40,000-50,000, approximate.", "2025-07"},
	{"IN", "India", "INR", 20_358, 18_000,
		"Central minimum wage, unskilled, Area A, ₹783/day incl. VDA from 1 Oct 2024 (Chief Labour Commissioner) = ₹20,358/month. Entry: typical BPO fresher ₹15,000-20,000, approximate.", "2024-10"},
	{"PH", "Philippines", "PHP", 695 * 26, 22_000,
		"NCR non-agriculture minimum ₱695/day from 17 July 2025 (RTWPB-NCR Wage Order 26) × 26 days. Entry: typical BPO entry pay, approximate.", "2025-07"},
	{"BD", "Bangladesh", "BDT", 12_500, 15_000,
		"Approximate: no single national minimum; the garment-sector minimum Tk 12,500/month (Dec 2023) is the usual benchmark. Entry approximate.", "2023-12"},
	{"LK", "Sri Lanka", "LKR", 27_000, 45_000,
		"Approximate: national minimum wage Rs 27,000/month from 2025 (National Minimum Wage of Workers amendment). Entry approximate.", "2025-04"},
	{"NP", "Nepal", "NPR", 17_300, 20_000,
		"Approximate: national minimum wage Rs 17,300/month (basic plus dearness allowance) from July 2023. Entry approximate.", "2023-07"},
	{"AE", "United Arab Emirates", "AED", 1_500, 3_000,
		"Approximate: no statutory minimum for migrant workers; typical entry wage for low-skilled migrant jobs AED 1,000-2,000. Entry: typical call-centre/office entry pay, approximate.", "2025"},
	{"SA", "Saudi Arabia", "SAR", 1_500, 3_000,
		"Approximate: the SAR 4,000 minimum counts only Saudi nationals; typical low-skilled migrant entry wage used instead. Entry approximate.", "2025"},
	{"QA", "Qatar", "QAR", 1_800, 3_000,
		"Minimum wage QAR 1,000 basic + QAR 500 housing + QAR 300 food when not provided (Law No. 17 of 2020, in force March 2021). Entry approximate.", "2021-03"},
	{"KW", "Kuwait", "KWD", 75, 250,
		"Approximate: private-sector minimum KWD 75/month (2017 decision). Entry approximate.", "2017"},
	{"OM", "Oman", "OMR", 150, 300,
		"Approximate: the OMR 325 minimum covers Omani nationals only; typical low-skilled migrant entry wage used instead. Entry approximate.", "2025"},
	{"BH", "Bahrain", "BHD", 150, 300,
		"Approximate: no private-sector statutory minimum; typical low-skilled migrant entry wage. Entry approximate.", "2025"},
	{"US", "United States", "USD", 1_257, 2_800,
		"Federal minimum $7.25/hour × 40 h × 4.33 weeks (FLSA, unchanged since 2009; many states higher). Entry: about $16/hour full time, approximate.", "2025"},
	{"GB", "United Kingdom", "GBP", 1_984, 2_100,
		"National Living Wage £12.21/hour (age 21+, from April 2025) × 37.5 h × 52/12. Entry approximate.", "2025-04"},
	{"KH", "Cambodia", "USD", 208, 300,
		"Garment, textile and footwear minimum US$208/month for 2025 (wages are set and paid in dollars). Entry approximate.", "2025-01"},
	{"MM", "Myanmar", "MMK", 5_800 * 26, 250_000,
		"Approximate: minimum wage 4,800 kyat/day plus 1,000 kyat daily allowance (2023) × 26 days. Entry approximate.", "2024"},
	{"TH", "Thailand", "THB", 372 * 26, 15_000,
		"Approximate: Bangkok minimum 372 baht/day from 1 Jan 2025 (337-400 by province) × 26 days. Entry approximate.", "2025-01"},
	{"LA", "Laos", "LAK", 2_500_000, 3_000_000,
		"Approximate: minimum wage 2.5 million kip/month (raised during 2024-25). Entry approximate.", "2025"},
	{"VN", "Vietnam", "VND", 4_960_000, 7_000_000,
		"Region I minimum VND 4,960,000/month from 1 July 2024 (Decree 74/2024). Entry approximate.", "2024-07"},
	{"MY", "Malaysia", "MYR", 1_700, 2_200,
		"Minimum wage RM 1,700/month from 1 Feb 2025 (Minimum Wages Order 2024). Entry approximate.", "2025-02"},
	{"ID", "Indonesia", "IDR", 5_396_761, 5_500_000,
		"Approximate: Jakarta provincial minimum (UMP) 2025 Rp 5,396,761/month; other provinces lower. Entry approximate.", "2025-01"},
	{"NG", "Nigeria", "NGN", 70_000, 100_000,
		"National minimum wage ₦70,000/month (Minimum Wage (Amendment) Act 2024). Entry approximate.", "2024-07"},
	{"EG", "Egypt", "EGP", 7_000, 8_000,
		"Approximate: private-sector minimum EGP 7,000/month from March 2025 (National Wages Council). Entry approximate.", "2025-03"},
}
