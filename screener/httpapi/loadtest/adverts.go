package main

import (
	"strings"
	"unicode/utf8"
)

// adverts are typical 3 KB job-board adverts, honest and not, so that the
// load exercises both the quiet path and the one that quotes evidence.
var adverts = []string{
	pad(`Customer Support Representative (Night Shift) — Karachi
We are a growing contact centre serving clients in the United States and Canada. You will handle
inbound calls and chats, resolve billing questions and log every case in our CRM.
Requirements: Intermediate or above, fluent spoken English, basic computer skills. Freshers are
welcome; full training is provided in the first two weeks.
Salary: Rs. 55,000 - 70,000 per month plus performance incentives. Pick and drop, medical cover
and a meal during the shift. Timings 8 pm to 5 am, Monday to Friday.
How to apply: send your CV to careers@example-contact.com.pk or call 021-34567890 between 11 am
and 5 pm. Shortlisted candidates are invited for a written test and an interview at our office.`),
	pad(`URGENT HIRING!!! Online data entry job, work from home, part time or full time.
Earn Rs 80,000 weekly from your mobile. No experience, no degree needed, students and housewives
welcome. Pay a one-time registration fee of Rs 2,000 via EasyPaisa to confirm your seat and get
your training kit. Contact on WhatsApp only: 0345-2287460 — calls will not be attended.
Limited seats, first come first served, apply today before the offer closes!`),
	pad(`Senior Backend Engineer (Go) — Lahore, hybrid
Acme Software (Pvt) Ltd, registered with SECP, builds payment systems for banks in the region.
You will design services in Go and PostgreSQL, review code and mentor two engineers.
Requirements: BS Computer Science or equivalent, five years building production services,
experience with Kubernetes and observability. Salary PKR 450,000 - 600,000 a month, provident
fund, health insurance for family, 24 days paid leave. Apply through acme.example/careers;
we never ask candidates for any fee at any stage of hiring.`),
}

func pad(s string) string {
	var b strings.Builder
	for b.Len() <= 3000 {
		b.WriteString(s)
		b.WriteString("\n\n")
	}
	out, n := b.String(), 3000
	for !utf8.RuneStart(out[n]) {
		n-- // never cut a character in half
	}
	return out[:n]
}
