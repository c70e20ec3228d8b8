package pay

import (
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// benchAdvert is a ~3 KB advert in the mix the screener sees: English, Roman Urdu, Urdu
// script, several figures, clock times, phone numbers and counts.
var benchAdvert = strings.Repeat(`urgent hiring!!! call centre agents required for international campaign (us/uk).
no degree required, matric / intermediate / 1st year students can apply. age 18-30 years.
salary rs 50,000 - 70,000 monthly + commission + $100 bonus per sale. guaranteed salary 1 lakh tak!
night shift timing 9 pm to 5 am, 6 days a week. only 50 seats left. ghar baithe ek lakh mahana kamayen.
tankhwah 50 se 70 hazar tak mahana. ۵۰ ہزار روپے ماہانہ، رابطہ کریں۔ registration fee rs 500 only.
contact hr: 0300-1234567 or whatsapp +92 321 1234567. office: 2nd floor, plot 24, block 6, pechs karachi.
`, 5)

func BenchmarkFind(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(benchAdvert)))
	for b.Loop() {
		Find(benchAdvert)
	}
}

// BenchmarkFindDoc is BenchmarkFind as the screener calls it, with the
// advert's textnorm tokens at hand.
func BenchmarkFindDoc(b *testing.B) {
	d := textnorm.New(benchAdvert)
	b.ReportAllocs()
	b.SetBytes(int64(len(benchAdvert)))
	for b.Loop() {
		FindDoc(d)
	}
}
