package screener_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/feed"
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

const emscadPath = "../../shared/data/emscad-dev.csv"

// BenchmarkScreenEMSCAD screens every advert of the EMSCAD development
// file, one Screen per op, so ns/op and allocs/op are per advert of real
// length and mix; it skips when the file is absent.
func BenchmarkScreenEMSCAD(b *testing.B) {
	if _, err := os.Stat(emscadPath); err != nil {
		b.Skipf("EMSCAD data not present (%v); skipping", err)
	}
	r, err := feed.Open(context.Background(), emscadPath, feed.Options{LabelColumn: "fraudulent"})
	if err != nil {
		b.Fatal(err)
	}
	var ls []screener.Listing
	size := 0
	for it, ok := r.Next(); ok; it, ok = r.Next() {
		if it.Err == nil {
			ls = append(ls, it.Listing)
			size += len(it.Listing.Body)
		}
	}
	r.Close()
	if len(ls) == 0 {
		b.Fatal("no adverts read")
	}
	s, err := screener.New(screener.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.SetBytes(int64(size / len(ls)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		if _, err := s.Screen(ctx, ls[i%len(ls)]); err != nil {
			b.Fatal(err)
		}
		i++
	}
}
