package facts

import (
	"github.com/jobscreen/jobscreen/screener/internal/facts/education"
	"github.com/jobscreen/jobscreen/screener/internal/facts/pay"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// minConfidence is the pay parser's confidence below which a number is not
// treated as a pay claim.
const minConfidence = 0.5

func init() {
	register("pay.any", func(params) pred { return payWhere(func(PayFact) bool { return true }) })
	register("pay.high", bindPayHigh)
	register("pay.foreign", func(params) pred { return foreignPay })
	register("pay.piece_rate", func(params) pred { return payWhere(func(p PayFact) bool { return p.Period == pay.Period("task") }) })
	register("pay.guaranteed", func(params) pred { return payWhere(func(p PayFact) bool { return p.Guaranteed }) })
	register("pay.commission_only", func(params) pred { return payWhere(func(p PayFact) bool { return p.CommissionOnly }) })
	register("pay.realistic", bindPayRealistic)
}

// bindPayRealistic: a figure within max_ratio of the minimum wage, in an
// advert that quotes no figure beyond it. "Basic 35,000 + up to 1 lakh" is
// the call-centre lure, not a believable range, so one inflated figure
// cancels the sign for the whole advert.
func bindPayRealistic(p params) pred {
	hi := p.num("max_ratio", 2.5)
	believable := payWhere(func(pf PayFact) bool { return pf.Ratio > 0 && pf.Ratio < hi && pf.MonthlyMin > 0 })
	return func(b *Bundle) ([]textnorm.Span, bool) {
		for _, pf := range b.Pay {
			if pf.Confidence >= minConfidence && pf.Ratio >= hi {
				return nil, false
			}
		}
		return believable(b)
	}
}

func payWhere(keep func(PayFact) bool) pred {
	return func(b *Bundle) ([]textnorm.Span, bool) {
		var sp []textnorm.Span
		for _, p := range b.Pay {
			if p.Confidence >= minConfidence && keep(p) {
				sp = append(sp, textnorm.Span{Start: p.Start, End: p.End})
			}
		}
		return present(sp)
	}
}

// bindPayHigh: pay far above the minimum wage, for adverts that ask for no
// more than max_education. The education test is what separates a call
// centre promising Rs 1 lakh to intermediate students from a senior
// engineer's salary.
//
// The limits are what make the comparison one with entry-level pay, so
// with either set, a senior post ("VP of Product", a Mid-Senior level
// field) or a required professional licence (an RN's, a CPA's, a Class A
// CDL) is not entry-level work even when the advert names no degree: the
// minimum wage says nothing about what such posts pay.
func bindPayHigh(p params) pred {
	lo, hi := p.num("min_ratio", 2.7), p.num("max_ratio", 0)
	maxEdu, limited := p.level("max_education")
	maxYears := p.num("max_experience", 0)
	entry := limited || maxYears > 0
	high := payWhere(func(pf PayFact) bool { return pf.Ratio >= lo && (hi == 0 || pf.Ratio < hi) })
	return func(b *Bundle) ([]textnorm.Span, bool) {
		if limited && !asksAtMost(b, maxEdu) {
			return nil, false
		}
		if maxYears > 0 && b.Edu.MinYears >= maxYears {
			return nil, false
		}
		if entry && (b.Edu.Senior || b.Edu.Licensed) {
			return nil, false
		}
		return high(b)
	}
}

// asksAtMost reports whether the advert asks for no more than lvl, counting
// an advert that says nothing about education as asking nothing.
func asksAtMost(b *Bundle, lvl education.Level) bool {
	if b.Edu.NoDegree {
		return true
	}
	req := b.Edu.Required
	return req == education.Unknown || req <= lvl
}

// foreignPay: pay in another country's currency than the advert's home, or,
// for work abroad, than the destination's.
func foreignPay(b *Bundle) ([]textnorm.Span, bool) {
	var sp []textnorm.Span
	for _, p := range b.Pay {
		own := CurrencyCountry(p.Currency)
		if p.Confidence < minConfidence || own == "" {
			continue
		}
		if (b.Home != "" && own != b.Home) || (b.Home == "" && len(b.Places.Abroad) > 0 && own != b.Places.Abroad[0].Place.Country) {
			sp = append(sp, textnorm.Span{Start: p.Start, End: p.End})
		}
	}
	return present(sp)
}
