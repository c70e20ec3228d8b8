package screener_test

import (
	"context"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
)

// typicalAd is about 3 KB: the size of a job-board advert with its
// requirements and benefits.
var typicalAd = func() string {
	parts := []string{
		"Customer Support Representative (Night Shift) — Karachi",
		"We are a growing contact centre serving clients in the United States and Canada. " +
			"You will handle inbound calls and chats, resolve billing questions and log every case in our CRM.",
		"Requirements: Intermediate or above, fluent spoken English, basic computer skills. Freshers are welcome; " +
			"full training is provided in the first two weeks.",
		"Salary: Rs. 55,000 - 70,000 per month plus performance incentives. Pick and drop, medical cover and " +
			"a meal during the shift. Timings 8 pm to 5 am, Monday to Friday.",
		"How to apply: send your CV to careers@example-contact.com.pk or call 021-34567890 between 11 am and 5 pm. " +
			"Shortlisted candidates are invited for a written test and an interview at our office on Shahrah-e-Faisal.",
	}
	var b strings.Builder
	for b.Len() < 3000 {
		for _, p := range parts {
			b.WriteString(p)
			b.WriteString("\n\n")
		}
	}
	return b.String()[:3000]
}()

func BenchmarkScreen3KB(b *testing.B) {
	s, err := screener.New(screener.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	l := screener.Listing{Body: typicalAd}
	b.SetBytes(int64(len(typicalAd)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.Screen(ctx, l); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkScreenParallel(b *testing.B) {
	s, err := screener.New(screener.Options{})
	if err != nil {
		b.Fatal(err)
	}
	l := screener.Listing{Body: typicalAd}
	b.SetBytes(int64(len(typicalAd)))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			if _, err := s.Screen(context.Background(), l); err != nil {
				b.Error(err)
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := screener.New(screener.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
