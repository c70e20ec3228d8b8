package facts

import (
	"slices"

	"github.com/jobscreen/jobscreen/rules"
	"github.com/jobscreen/jobscreen/screener/internal/facts/asks"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// kinds reads an enum parameter; nil means any kind.
func (p params) kinds(k string) []string {
	vals, _ := rules.EnumValues(p[k])
	return vals
}

func registerAsks() {
	register("asks.fee", func(p params) pred {
		official, byOfficial := p.boolean("official")
		kinds := p.kinds("kind")
		return func(b *Bundle) ([]textnorm.Span, bool) {
			var sp []textnorm.Span
			for _, f := range b.Asks.Fees {
				if (!byOfficial || f.Official == official) && kindIn(kinds, f.Kind) {
					sp = append(sp, f.Span)
				}
			}
			return present(sp)
		}
	})
	register("asks.payment", func(p params) pred {
		return askKinds(p.kinds("kind"), func(b *Bundle) []asks.Finding { return b.Asks.Payment })
	})
	register("asks.data", func(p params) pred {
		return askKinds(p.kinds("kind"), func(b *Bundle) []asks.Finding { return b.Asks.Data })
	})
	register("asks.documents", func(p params) pred {
		handover, byHandover := p.boolean("handover")
		kinds := p.kinds("kind")
		return func(b *Bundle) ([]textnorm.Span, bool) {
			var sp []textnorm.Span
			for _, f := range b.Asks.Documents {
				if (!byHandover || f.Handover == handover) && kindIn(kinds, f.Kind) {
					sp = append(sp, f.Span)
				}
			}
			return present(sp)
		}
	})
	register("asks.no_fee_statement", constant(askSpans(func(b *Bundle) []asks.Finding { return b.Asks.NoFeeStatement })))
	register("asks.warning", constant(askSpans(func(b *Bundle) []asks.Finding { return b.Asks.Warnings })))
}

// kindIn reports whether kind is allowed by a kind parameter (nil allows
// every kind).
func kindIn(kinds []string, kind string) bool { return kinds == nil || slices.Contains(kinds, kind) }

// askKinds is a pred over the findings get returns whose Kind is allowed.
func askKinds(kinds []string, get func(*Bundle) []asks.Finding) pred {
	return func(b *Bundle) ([]textnorm.Span, bool) {
		var sp []textnorm.Span
		for _, f := range get(b) {
			if kindIn(kinds, f.Kind) {
				sp = append(sp, f.Span)
			}
		}
		return present(sp)
	}
}
