package facts

import (
	"github.com/jobscreen/jobscreen/screener/internal/facts/employer"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func registerEmployer() {
	register("employer.unnamed", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		if b.Employer.Name != "" {
			return nil, false
		}
		return spansOf(b.Employer.Vague, func(f employer.Finding) textnorm.Span { return f.Span }), true
	}))
	register("employer.vague", constant(empSpans(func(b *Bundle) []employer.Finding { return b.Employer.Vague })))
	register("employer.registered", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		e := b.Employer
		if e.LegalForm == "" || len(e.Registrations) == 0 {
			return nil, false
		}
		sp := spansOf(e.Registrations, func(f employer.Finding) textnorm.Span { return f.Span })
		if e.LegalFormSpan != nil {
			sp = append(sp, *e.LegalFormSpan)
		}
		return sp, true
	}))
	register("employer.legal_form", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		e := b.Employer
		if e.LegalForm == "" {
			return nil, false
		}
		if e.LegalFormSpan != nil {
			return []textnorm.Span{*e.LegalFormSpan}, true
		}
		return nil, true
	}))
	register("employer.address", constant(empSpans(func(b *Bundle) []employer.Finding { return b.Employer.Address })))
	register("employer.landmark_only", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		if len(b.Employer.Address) > 0 {
			return nil, false
		}
		return present(spansOf(b.Employer.LandmarkOnly, func(f employer.Finding) textnorm.Span { return f.Span }))
	}))
	register("employer.no_address", constant(empSpans(func(b *Bundle) []employer.Finding { return b.Employer.NoAddress })))
	register("employer.domain_match", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		return spansOf(b.Employer.Website, func(f employer.Finding) textnorm.Span { return f.Span }), b.Employer.DomainMatch
	}))
	register("employer.domain_mismatch", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		e := b.Employer
		if len(e.OffName) == 0 {
			return nil, false
		}
		sp := spansOf(e.OffName, func(f employer.Finding) textnorm.Span { return f.Span })
		if e.NameSpan != nil {
			sp = append([]textnorm.Span{*e.NameSpan}, sp...)
		}
		return sp, true
	}))
	register("employer.brand_mismatch", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		return spansOf(b.Employer.BrandHirer, func(f employer.Finding) textnorm.Span { return f.Span }), b.Employer.BrandEmailMismatch
	}))
	register("employer.not_in_registry", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		e := b.Employer
		var sp []textnorm.Span
		if e.NameSpan != nil {
			sp = append(sp, *e.NameSpan)
		}
		return sp, e.InRegistry != nil && !*e.InRegistry
	}))
}
