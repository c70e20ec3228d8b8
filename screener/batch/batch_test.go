package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/feed"
	"github.com/jobscreen/jobscreen/screener/report"
)

var (
	once    sync.Once
	shared  *screener.Screener
	initErr error
)

func newScreener(t testing.TB) *screener.Screener {
	t.Helper()
	once.Do(func() { shared, initErr = screener.New(screener.Options{}) })
	if initErr != nil {
		t.Fatal(initErr)
	}
	return shared
}

// writeCSV writes rows (without header) under an id,location,description
// header and opens the file.
func openCSV(t testing.TB, rows []string) *feed.Reader {
	t.Helper()
	p := filepath.Join(t.TempDir(), "in.csv")
	content := "id,location,description\n" + strings.Join(rows, "\n") + "\n"
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := feed.Open(context.Background(), p, feed.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

func syntheticRows(n int) []string {
	rows := make([]string, n)
	for i := range rows {
		body := fmt.Sprintf("Advert %d: pay a registration fee of %d to start work #%d", i, i*7, i)
		if i%3 == 0 {
			body = fmt.Sprintf("Junior analyst %d, office based, salary per year %d", i, 20000+i)
		}
		rows[i] = fmt.Sprintf("%d,Town %d,%q", i, i, body)
	}
	return rows
}

func TestOrderPreserved(t *testing.T) {
	s := newScreener(t)
	rows := syntheticRows(1000)
	for workers := 1; workers <= 8; workers++ {
		t.Run(fmt.Sprint("workers=", workers), func(t *testing.T) {
			var got []string
			sum, err := Run(context.Background(), s, openCSV(t, rows), workers, func(r Result) error {
				if r.Seq != len(got) {
					t.Fatalf("result %d emitted at position %d", r.Seq, len(got))
				}
				got = append(got, r.Report.ID)
				return r.Err
			})
			if err != nil {
				t.Fatal(err)
			}
			if sum.Total != 1000 || len(got) != 1000 || got[999] != "999" || got[500] != "500" {
				t.Fatalf("summary %+v, %d results", sum, len(got))
			}
			if n := sum.ByBand[screener.Low] + sum.ByBand[screener.Medium] + sum.ByBand[screener.High]; n != 1000 {
				t.Errorf("bands add up to %d", n)
			}
		})
	}
}

func TestCancellation(t *testing.T) {
	s := newScreener(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	emitted := 0
	sum, err := Run(ctx, s, openCSV(t, syntheticRows(1000)), 4, func(r Result) error {
		emitted++
		if emitted == 10 {
			cancel()
		}
		return nil
	})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if emitted != 10 || sum.Total != 10 {
		t.Errorf("emitted %d, summary total %d; want 10", emitted, sum.Total)
	}
}

func TestEmitErrorStops(t *testing.T) {
	boom := errors.New("disk full")
	n := 0
	_, err := Run(context.Background(), newScreener(t), openCSV(t, syntheticRows(200)), 3, func(Result) error {
		if n++; n == 5 {
			return boom
		}
		return nil
	})
	if !errors.Is(err, boom) || n != 5 {
		t.Fatalf("err = %v after %d emits", err, n)
	}
}

func TestErrorsCountedNotFatal(t *testing.T) {
	s, err := screener.New(screener.Options{MaxTextBytes: 300})
	if err != nil {
		t.Fatal(err)
	}
	rows := []string{`1,A,fine`, `2,B`, `3,C,"` + strings.Repeat("too long ", 50) + `"`, `4,D,5" bare quote`, `5,E,also fine`}
	var errs []int
	sum, err := Run(context.Background(), s, openCSV(t, rows), 2, func(r Result) error {
		if r.Err != nil {
			errs = append(errs, r.Seq)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Total != 5 || sum.Errors != 3 || !slices.Equal(errs, []int{1, 2, 3}) {
		t.Errorf("summary %+v, errors at %v", sum, errs)
	}
}

func TestRepostDetection(t *testing.T) {
	s := newScreener(t)
	text := "We are hiring data entry clerks in %s to work from home. Flexible hours, weekly pay, no experience " +
		"needed, full training given by our friendly team. Call %s today to book your interview slot with our manager. Places are limited, so apply early."
	rows := []string{
		fmt.Sprintf(`a1,Lahore,"%s"`, fmt.Sprintf(text, "Lahore", "0300 1234567")),
		`b2,Lahore,"Short advert, nothing shared"`,
		fmt.Sprintf(`c3,Karachi,"%s"`, fmt.Sprintf(text, "Karachi", "0311 7654321")),
		fmt.Sprintf(`d4,"New York","%s"`, fmt.Sprintf(text, "New York", "555 0100")),
	}
	var res []Result
	sum, err := Run(context.Background(), s, openCSV(t, rows), 4, func(r Result) error {
		res = append(res, r)
		return r.Err
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Reposts != 2 || res[0].RepostOf != nil || res[1].RepostOf != nil ||
		!slices.Equal(res[2].RepostOf, []string{"a1"}) || !slices.Equal(res[3].RepostOf, []string{"a1", "c3"}) {
		t.Fatalf("reposts %d: %v %v %v %v", sum.Reposts, res[0].RepostOf, res[1].RepostOf, res[2].RepostOf, res[3].RepostOf)
	}
	alone, _ := s.Screen(context.Background(), res[2].Item.Listing)
	rep := res[2].Report
	if rep.Points != alone.Points+repostPoints || !slices.ContainsFunc(rep.Findings, func(f screener.Finding) bool {
		return f.RuleID == RepostRuleID && f.Evidence != nil && len(f.Evidence) == 0
	}) {
		t.Errorf("repost finding not added: points %d vs %d", rep.Points, alone.Points)
	}
	if rep.Score < alone.Score {
		t.Errorf("score fell from %d to %d", alone.Score, rep.Score)
	}
}

// TestRescoreMatchesScreener pins Rescore to the screener's own curve.
func TestRescoreMatchesScreener(t *testing.T) {
	s := newScreener(t)
	files, _ := filepath.Glob("../../samples/*.txt")
	if len(files) == 0 {
		t.Skip("no samples")
	}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		rep, err := s.Screen(context.Background(), screener.Listing{Body: string(b)})
		if err != nil {
			t.Fatal(err)
		}
		again := rep
		again.Findings = slices.Clone(rep.Findings)
		s.Rescore(&again)
		if again.Score != rep.Score || again.Band != rep.Band || again.Points != rep.Points {
			t.Errorf("%s: rescored %d/%s, screener said %d/%s", f, again.Score, again.Band, rep.Score, rep.Band)
		}
	}
}

func TestProgress(t *testing.T) {
	var calls []int
	rn := &Runner{Workers: 2, Progress: func(done, total int, _ time.Duration) {
		if total != 50 {
			t.Errorf("total = %d", total)
		}
		calls = append(calls, done)
	}}
	if _, err := rn.Run(context.Background(), newScreener(t), openCSV(t, syntheticRows(50)), func(Result) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 || calls[len(calls)-1] != 50 || len(calls) > 20 {
		t.Errorf("progress calls %v", calls)
	}
}

func TestFingerprint(t *testing.T) {
	long := strings.Repeat("Earn money from home with our simple online typing job. ", 5)
	a := Fingerprint(screener.Listing{Body: "Paris: " + long + " Call 0612345678", Location: "Paris"})
	b := Fingerprint(screener.Listing{Body: "LYON  " + strings.ToUpper(long) + " call 0799-999", Location: "Lyon"})
	c := Fingerprint(screener.Listing{Body: long + " Different ending here"})
	if a == 0 || a != b || a == c {
		t.Errorf("fingerprints %x %x %x", a, b, c)
	}
	if Fingerprint(screener.Listing{Body: "Short advert"}) != 0 {
		t.Error("short advert fingerprinted")
	}
}

// The HTML writer's Close takes a report.Summary; a batch Summary must
// convert to it as is.
var _ = report.Summary(Summary{})
