package pay_test

import (
	"fmt"

	"github.com/jobscreen/jobscreen/screener/internal/facts/pay"
)

func ExampleFind() {
	ad := "no degree needed! salary rs 50,000 - 70,000 monthly + commission. kamai 1 lakh tak"
	for _, p := range pay.Find(ad) {
		fmt.Printf("%q %s %.0f-%.0f %s monthly=%.0f\n",
			p.Text(ad), pay.ResolveCurrency(p.Currency, "PK"), p.Min, p.Max, p.Period, p.Monthly())
	}
	// Output:
	// "rs 50,000 - 70,000 monthly + commission" PKR 50000-70000 month monthly=60000
	// "1 lakh tak" PKR 0-100000  monthly=100000
}

func ExampleConvert() {
	usd, ok := pay.Convert(100_000, "PKR", "USD", pay.DefaultRates())
	fmt.Printf("%.0f %v\n", usd, ok)
	// Output: 357 true
}
