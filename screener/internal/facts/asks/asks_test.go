package asks

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func render(f Facts) string {
	var out []string
	for _, x := range f.Fees {
		s := "fee:" + x.Kind
		if x.Amount != "" {
			s += "=" + x.Amount
		}
		if x.Refundable {
			s += "/refundable"
		}
		if x.Official {
			s += "/official"
		}
		out = append(out, s)
	}
	add := func(p string, fs []Finding) {
		for _, x := range fs {
			out = append(out, p+":"+x.Kind)
		}
	}
	add("pay", f.Payment)
	for _, x := range f.Documents {
		s := "doc:" + x.Kind
		if x.Handover {
			s += "/handover"
		}
		out = append(out, s)
	}
	add("data", f.Data)
	add("nofee", f.NoFeeStatement)
	add("warn", f.Warnings)
	return strings.Join(out, " ")
}

func TestExtract(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"registration fee with amount", "Registration fee Rs. 2,500/- must be paid before training.", "fee:registration=Rs. 2,500/-"},
		{"training fee", "Training fee 5000 PKR will be deducted", "fee:training=5000 PKR"},
		{"kit fee", "Pay a kit fee of $49 to receive your equipment", "fee:kit=$49"},
		{"laptop fee", "Laptop charges 15000 required", "fee:laptop=15000"},
		{"visa processing", "Visa processing fee AED 3500 payable in advance", "fee:visa=AED 3500"},
		{"security deposit refundable", "Security deposit Rs 10,000 (refundable)", "fee:deposit=Rs 10,000/refundable"},
		{"refundable deposit", "A refundable deposit of 5000 is required", "fee:deposit=5000/refundable"},
		{"medical fee india", "Medical fee ₹1500 to be paid at joining", "fee:medical=₹1500"},
		{"joining fee", "Joining fees 3000 rupees only", "fee:joining=3000 rupees"},
		{"bare fee with amount", "A fee of Rs 2000 is charged for the ID card", "fee:other=Rs 2000"},
		{"bare fees without amount or verb", "School fees structure attached", ""},
		{"roman urdu jama", "Registration fees jama karwaein 1500 rupay", "fee:registration"},
		{"roman urdu amount before", "Pehle 2000 rupay fees deni hogi", "fee:other=2000 rupay"},
		{"urdu script", "رجسٹریشن فیس 1000 روپے", "fee:registration=1000 روپے"},
		{"government challan", "Application fee Rs. 500 to be deposited in HBL via challan.", "fee:application=Rs. 500/official"},
		{"nts test fee", "NTS test fee Rs. 850 non-refundable", "fee:test=Rs. 850/official"},
		{"sbi collect", "Examination fee ₹250 through SBI Collect", "fee:test=₹250/official"},
		{"no registration fee", "There is no registration fee.", "nofee:no-fee"},
		{"we never ask for money", "We never ask for money at any stage.", "nofee:no-fee"},
		{"do not pay any fee", "Do not pay any fee to anyone.", "warn:warning"},
		{"beware of fee askers", "Beware of anyone asking for a registration fee or your CNIC copy.", "warn:warning"},
		{"never ask otp bank", "We will never ask for your OTP or bank details.", ""},
		{"no fee no deposit", "No fee, no deposit.", "nofee:no-fee nofee:no-fee"},
		{"free of cost", "Recruitment is free of cost.", "nofee:no-fee"},
		{"koi fees nahi", "Koi fees nahi hai, bilkul free", "nofee:no-fee"},
		{"urdu no fee", "کوئی فیس نہیں", "nofee:no-fee"},
		{"fee nahi", "Registration fees nahi li jaye gi", "nofee:no-fee"},
		{"no degree then fee", "No degree needed registration fee 500 only", "fee:registration=500"},
		{"fake offers warning", "Please be aware of fake job offers on WhatsApp.", "warn:warning warn:warning"},
		{"report to fia", "Report it to FIA Cyber Crime if anyone asks for money.", "warn:report"},
		{"india 1930", "Report to 1930 or cybercrime.gov.in", "warn:report warn:report"},
		{"no scam reassurance", "100% genuine work, no scam", ""},
		{"gift card", "Purchase Google Play cards and send the codes", "pay:gift-card"},
		{"crypto", "Pay the activation amount in USDT", "fee:processing pay:crypto"},
		{"western union", "Send via Western Union to our agent", "pay:wire"},
		{"jazzcash to number", "JazzCash to this number 0300-1234567", "pay:wallet"},
		{"easypaisa karein", "Fees easypaisa karein", "fee:other pay:wallet"},
		{"salary via easypaisa", "Salary will be paid via Easypaisa", ""},
		{"upi india", "Pay ₹999 by UPI to confirm your slot", "fee:other=₹999 pay:wallet"},
		{"deposit in account", "Deposit the amount in this account", "pay:deposit"},
		{"cnic copy", "Send CNIC copy on WhatsApp", "doc:cnic"},
		{"cnic holders", "CNIC holders from Punjab only", ""},
		{"aadhaar", "Submit Aadhaar card and PAN card copy", "doc:aadhaar doc:pan"},
		{"passport handover", "Hand over your passport to the agent", "doc:passport/handover"},
		{"valid passport", "Candidates must hold a valid passport", ""},
		{"originals kept", "Original documents will be kept by the company", "doc:originals/handover"},
		{"originals at interview", "Bring original documents for verification at interview", ""},
		{"ssn", "Provide your SSN for background check", "doc:ssn"},
		{"urdu cnic", "شناختی کارڈ کی کاپی بھیجیں", "doc:cnic"},
		{"bank details", "Share your bank account details for salary", "data:bank"},
		{"card cvv", "Enter card number and CVV to verify", "data:card data:card"},
		{"otp", "Share the OTP you receive to activate", "data:otp"},
		{"login password", "Send your Facebook password", "data:login"},
		{"bank statement", "Send your bank statement of last 6 months", "data:bank-statement"},
		// Fees that someone else pays ask nothing of the reader.
		{"employer pays visa fee", "The employer pays the visa fee and your air ticket.", ""},
		{"fee paid by company", "Visa and medical fee paid by company.", ""},
		{"fees borne by employer", "All recruitment fees will be borne by the employer.", ""},
		{"licence fees reimbursed", "The state exam and licence fees are reimbursed after six months.", ""},
		{"tutor fee paid by parents", "Tutor fee Rs 12,000 per month, paid directly by parents.", ""},
		{"candidate pays", "Visa fee to be paid by the candidate before departure.", "fee:visa"},
		// Salary accounts are where the applicant is paid.
		{"salary account", "Open a salary account with Meezan Bank after joining.", ""},
		{"salary via bank account", "Salary will be deposited in your own bank account.", ""},
		// A negator reaches across a list of fee names.
		{"negated comma list", "There is no registration, training or security fee.", "nofee:no-fee"},
		{"negation stops at other clause", "Salary no bar, registration fee Rs 500 required.", "fee:registration=Rs 500"},
		{"never charge for", "We never charge for training, leads or a starter kit.", "nofee:no-fee"},
		// Warnings, including a one-word heading that warns the next line.
		{"beware anyone asking money", "Beware of anyone asking for money or a visa fee in our name.", "warn:warning"},
		{"khabardar heading", "Khabardar! Registration fees ke naam par paise mangne walon se bachein.", "warn:warning"},
		{"khabardar not the whole ad", "Khabardar!\nNote this.\nRegistration fee Rs 500 jama karwaein.", "fee:registration=Rs 500 warn:warning"},
		// Official fees are kept but marked.
		{"govt post challan", "Application fee Rs. 300 shall be paid at any HBL branch through bank challan.", "fee:application=Rs. 300/official"},
		{"recruiter fee not official", "Medical, protector and visa charges Rs 95,000, half on selection.", "fee:visa=Rs 95,000"},
		// Documents: handed over, sent, or just brought along.
		{"remain with office", "Your original passport and documents will remain with the office for visa processing.", "doc:passport/handover"},
		{"kept by company", "Original certificates will be kept by the company until the contract ends.", "doc:originals/handover"},
		{"interview lead-in", "Candidates come for interview with:\n• Original passport (minimum 1 year validity)\n• Original CNIC and 4 passport-size photos", ""},
		{"passport size photos", "Send 2 passport size photos.", ""},
		{"by email is a channel", "Offer letter by email from our domain, background check and CNIC verification at joining.", ""},
		{"email the cnic", "Email your CV and CNIC copy today.", "doc:cnic"},
		{"originals returned", "Passport shown at interview and returned the same day.", ""},
		{"submit original passport", "Submit your original passport at our office.", "doc:passport/handover"},
		{"upi handle", "Pay via workhome.rakesh@okaxis and send the screenshot.", "pay:wallet"},
		{"customer card data", "Verify customers' card details over the phone.", ""},
		{"password resets", "Handle password resets and account unlocks for staff.", ""},
		{"login issued", "You will receive your login details on the first day.", ""},
		{"coordinated denial", "We will never ask for your OTP, password or card details.", ""},
		{"coordinated denial payment", "We never ask for payment in gift cards or crypto.", "nofee:no-fee"},
		{"not coordinated across sentence", "We never ask for your OTP. Password: share it with HR.", "data:login"},
		{"wrapped warning", "Beware of fake offers claiming to be from us, and of\nanyone who asks you to pay through JazzCash to confirm your seat.", "warn:warning warn:warning"},
		{"wrapped line not a warning", "Beware of fake offers.\nPay through JazzCash to confirm your seat.", "pay:wallet warn:warning warn:warning"},
		{"benefits list", "13th month pay, SSS, PhilHealth and Pag-IBIG from day one.", ""},
		{"tutor fee", "Tutor fee 12,000 Call 0322-4197380", ""},
		{"advance for visa", "50% advance for visa, 50% after visa comes.", "fee:advance"},
		{"fee to testing agencies", "Candidates pay only their own Dataflow, Prometric and medical charges directly to those agencies.", "fee:medical/official"},
		{"cautioned against touts", "Candidates are cautioned against touts who promise jobs; the Board never asks anyone to pay anything other than the examination fee.", "warn:warning warn:warning"},
		{"send verb governs list", "Email your CV, passport copy and certificates, or visit our office for a document check.", "doc:passport"},
		{"send then bring", "Email your CV and bring your CNIC to the interview.", ""},
		{"wallet on wrapped line", "Pay registration fee Rs. 1,500/- (returned later)\n   through JazzCash on 0301-5526913", "fee:registration=Rs. 1,500/- pay:wallet"},
		{"data under lead-in", "Please reply within 2 hours with:\n1. Full name\n2. Bank account number / IBAN (for salary transfer)", "data:bank data:bank"},
		{"paid fees as a benefit", "Benefits: paid legal defense fees for moving violations.", ""},
		{"pay the fee imperative", "Pay the fee and start today.", "fee:other"},
		{"wallet after a fee", "Registration fee: Rs 500 (non-refundable) via Easypaisa 0300-1234567", "fee:registration=Rs 500 pay:wallet"},
		{"not asking for any fee", "We are not asking for any fee at any stage.", "nofee:no-fee"},
		{"pay amount to confirm", "Pay Rs 999 to confirm your seat.", "fee:other=Rs 999"},
		{"pay label", "Pay: Rs 40,000 per month to start.", ""},
		{"we pay salary", "We pay Rs 40,000 to get you started.", ""},
		{"philippines placement fee", "Placement fee PHP 20,000 payable upon deployment", "fee:placement=PHP 20,000"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := render(Extract(textnorm.New(tc.text))); got != tc.want {
				t.Errorf("Extract(%q)\n got: %s\nwant: %s", tc.text, got, tc.want)
			}
		})
	}
}
