package facts

import (
	"github.com/jobscreen/jobscreen/screener/internal/facts/asks"
	"github.com/jobscreen/jobscreen/screener/internal/facts/contacts"
	"github.com/jobscreen/jobscreen/screener/internal/facts/education"
	"github.com/jobscreen/jobscreen/screener/internal/facts/employer"
	"github.com/jobscreen/jobscreen/screener/internal/facts/places"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func eduSpans(kind string) pred {
	return func(b *Bundle) ([]textnorm.Span, bool) {
		var sp []textnorm.Span
		for _, f := range b.Edu.Evidence {
			if f.Kind == kind {
				sp = append(sp, f.Span)
			}
		}
		return present(sp)
	}
}

func placeSpans(get func(*Bundle) []places.Finding) pred {
	return func(b *Bundle) ([]textnorm.Span, bool) {
		return present(spansOf(get(b), func(f places.Finding) textnorm.Span { return f.Span }))
	}
}

func empSpans(get func(*Bundle) []employer.Finding) pred {
	return func(b *Bundle) ([]textnorm.Span, bool) {
		return present(spansOf(get(b), func(f employer.Finding) textnorm.Span { return f.Span }))
	}
}

func askSpans(get func(*Bundle) []asks.Finding) pred {
	return func(b *Bundle) ([]textnorm.Span, bool) {
		return present(spansOf(get(b), func(f asks.Finding) textnorm.Span { return f.Span }))
	}
}

func constant(p pred) func(params) pred { return func(params) pred { return p } }

func init() {
	register("education.no_degree", constant(eduSpans("no-degree")))
	register("education.students", constant(eduSpans("students")))
	register("education.no_experience", constant(eduSpans("no-experience")))
	register("education.at_most", func(p params) pred {
		lvl, _ := p.level("level")
		return func(b *Bundle) ([]textnorm.Span, bool) {
			r := b.Edu.Required
			return levelSpans(b), r != education.Unknown && r <= lvl
		}
	})
	register("education.at_least", func(p params) pred {
		lvl, _ := p.level("level")
		return func(b *Bundle) ([]textnorm.Span, bool) {
			r := b.Edu.Required
			return levelSpans(b), r != education.Unknown && r >= lvl && !b.Edu.NoDegree
		}
	})

	register("places.abroad", func(p params) pred {
		hubOnly, _ := p.boolean("hub")
		return func(b *Bundle) ([]textnorm.Span, bool) {
			var sp []textnorm.Span
			for _, m := range b.Places.Abroad {
				if !hubOnly || m.Place.Hub {
					sp = append(sp, m.Span)
				}
			}
			return present(sp)
		}
	})
	register("places.hub", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		var sp []textnorm.Span
		for _, m := range b.Places.Places {
			if m.Place.Hub {
				sp = append(sp, m.Span)
			}
		}
		return present(sp)
	}))
	register("places.promise", constant(placeSpans(func(b *Bundle) []places.Finding { return b.Places.Promises })))
	register("places.passport", constant(placeSpans(func(b *Bundle) []places.Finding { return b.Places.PassportAsk })))
	register("places.visit_visa", constant(placeSpans(func(b *Bundle) []places.Finding { return b.Places.VisitVisa })))
	register("places.age_limit", constant(placeSpans(func(b *Bundle) []places.Finding { return b.Places.AgeLimit })))
	register("places.licensed_recruiter", constant(placeSpans(func(b *Bundle) []places.Finding { return b.Places.LicensedOEP })))
	registerContacts()
	registerEmployer()
	registerAsks()
}

func levelSpans(b *Bundle) []textnorm.Span {
	var sp []textnorm.Span
	for _, f := range b.Edu.Evidence {
		if f.Kind == "level" {
			sp = append(sp, f.Span)
		}
	}
	return sp
}

func registerContacts() {
	register("contacts.messaging", constant(func(b *Bundle) ([]textnorm.Span, bool) { return present(messaging(b)) }))
	register("contacts.messaging_only", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		c := b.Contacts
		for _, l := range c.Links {
			if l.Kind == "site" {
				return nil, false
			}
		}
		// An e-mail address or an office you can walk into is a way to
		// reach the employer that a chat number is not.
		if len(c.Emails) > 0 || len(b.Employer.Address) > 0 {
			return nil, false
		}
		return present(messaging(b))
	}))
	register("contacts.freemail", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		var sp []textnorm.Span
		for _, e := range b.Contacts.Emails {
			if e.FreeMail {
				sp = append(sp, e.Span)
			}
		}
		return present(sp)
	}))
	register("contacts.shortener", constant(linkKind("shortener")))
	register("contacts.form_link", constant(linkKind("form")))
	register("contacts.none", constant(func(b *Bundle) ([]textnorm.Span, bool) {
		c := b.Contacts
		return nil, len(c.Phones)+len(c.Emails)+len(c.Links)+len(c.Messaging) == 0
	}))
}

// messaging gathers every sign that the contact is a chat app.
func messaging(b *Bundle) []textnorm.Span {
	c := b.Contacts
	sp := spansOf(c.Messaging, func(f contacts.Finding) textnorm.Span { return f.Span })
	for _, l := range c.Links {
		if l.Kind == "messaging" {
			sp = append(sp, l.Span)
		}
	}
	for _, p := range c.Phones {
		if p.WhatsApp {
			sp = append(sp, p.Span)
		}
	}
	return sp
}

func linkKind(kind string) pred {
	return func(b *Bundle) ([]textnorm.Span, bool) {
		var sp []textnorm.Span
		for _, l := range b.Contacts.Links {
			if l.Kind == kind {
				sp = append(sp, l.Span)
			}
		}
		return present(sp)
	}
}
