package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/jobscreen/jobscreen/cmd/jobscreen/internal/config"
	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/batch"
	"github.com/jobscreen/jobscreen/screener/feed"
	"github.com/jobscreen/jobscreen/screener/fetch"
)

func (a *app) batchCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "batch INPUT...",
		Short: "Screen many listings: folders, spreadsheets (CSV/TSV), JSONL feeds",
		Long: `batch screens every listing of its inputs, in parallel, and writes one result
per listing in input order.

An INPUT is a file, a directory (read recursively: .txt .md .html .htm .json
.csv .tsv .jsonl .ndjson), - for standard input, or an http(s) URL of an advert
or a feed; --urls FILE adds the URLs listed in FILE, one per line. URLs are
fetched only because you named them (20 s timeout, at most 5 redirects). CSV/TSV files need a header;
columns are recognised by common names (id/job_id, title, company, location,
salary, description/body/text, requirements, benefits, company_profile, url …);
--map column=field names the others. EMSCAD's file works as it is.

A row that cannot be read (a malformed CSV row, invalid JSON, an oversized
listing) is reported on stderr with its file and line and skipped; the rest is
still screened, and the exit code is 3. Otherwise the exit code is 1 when any
listing reaches --fail-on, and 0. Ctrl-C stops the run cleanly: everything
already written stays written, and the exit code is 3.

The same advert text under several ids in one input is a mass-posting sign:
such listings get the finding repost-in-batch, naming the ids they repeat.`,
		Example: `  jobscreen batch listings.csv -o report.html --format html
  jobscreen batch saved-pages/ --format ndjson > results.ndjson
  jobscreen batch export.csv --map blurb=body --excel -o results.csv
  cat feed.jsonl | jobscreen batch - --format json`,
		Args: cobra.ArbitraryArgs,
		RunE: a.runBatch,
	}
	f := cmd.Flags()
	f.String("format", "csv", "output: csv, ndjson, json or html (config: batch.format)")
	f.StringP("output", "o", "", "write to FILE instead of standard output")
	f.Bool("excel", false, "csv for Excel: a UTF-8 byte-order mark, formulas defused (config: batch.excel)")
	f.StringArray("map", nil, "column=field for a column jobscreen does not recognise (repeatable)")
	f.Int("workers", 0, "listings screened at once; 0 means one per CPU (config: batch.workers)")
	f.BoolP("quiet", "q", false, "no progress bar")
	f.String("urls", "", "file with one http(s) URL per line to fetch and screen")
	f.String("fail-on", "high", "exit 1 when a listing reaches this band: low, medium, high or never")
	f.StringSlice("disable", nil, "rule id to switch off (repeatable; config: disabled_rules)")
	return cmd
}

// batchKeys binds batch's flags to the batch: section instead of the keys
// check's flags of the same name set.
func batchKeys() map[string]string {
	return map[string]string{"format": "batch.format", "workers": "batch.workers", "excel": "batch.excel"}
}

func (a *app) runBatch(cmd *cobra.Command, args []string) error {
	l, err := a.loadConfigWith(cmd, batchKeys())
	if err != nil {
		return err
	}
	mapping, err := parseMap(cmd)
	if err != nil {
		return err
	}
	if args, err = withURLList(cmd, args); err != nil {
		return err
	}
	s, err := a.newScreener(l)
	if err != nil {
		return err
	}
	out, done, err := a.openOutput(cmd)
	if err != nil {
		return err
	}
	c := l.Config
	snk := newSink(c.Batch.Format, out, c.Batch.Excel, "jobscreen batch: "+strings.Join(args, ", "))
	sum, runErr := a.screenInputs(cmd, s, args, feed.Options{Map: mapping, MaxItemBytes: c.MaxTextBytes, Stdin: a.stdin}, c, snk)
	if err := snk.close(sum); err != nil && runErr == nil {
		runErr = err
	}
	if err := done(); err != nil && runErr == nil {
		runErr = err
	}
	a.summarize(sum)
	return runErr
}

func parseMap(cmd *cobra.Command) (map[string]string, error) {
	pairs, _ := cmd.Flags().GetStringArray("map")
	m := map[string]string{}
	for _, p := range pairs {
		col, field, ok := strings.Cut(p, "=")
		if !ok || col == "" || field == "" {
			return nil, usageError(fmt.Errorf("--map %q: want column=field (fields: %s, or - to ignore)", p, strings.Join(feed.Fields(), ", ")))
		}
		m[col] = field
	}
	return m, nil
}

// openOutput returns where results go and a function that flushes and
// closes it.
func (a *app) openOutput(cmd *cobra.Command) (io.Writer, func() error, error) {
	name, _ := cmd.Flags().GetString("output")
	if name == "" || name == "-" {
		bw := bufio.NewWriter(a.stdout)
		return bw, bw.Flush, nil
	}
	f, err := os.Create(name)
	if err != nil {
		return nil, nil, usageError(fmt.Errorf("output: %w", err))
	}
	bw := bufio.NewWriter(f)
	return bw, func() error {
		if err := bw.Flush(); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}, nil
}

// screenInputs runs the batch over each input in turn, adding up the
// summaries. Input problems raise the exit code to 3 but never stop the run.
func (a *app) screenInputs(cmd *cobra.Command, s *screener.Screener, args []string, fo feed.Options, c config.Config, snk sink) (batch.Summary, error) {
	total := batch.Summary{ByBand: map[screener.Band]int{}}
	quiet, _ := cmd.Flags().GetBool("quiet")
	rn := batch.Runner{Workers: c.Batch.Workers}
	if !quiet && isTerminal(a.stderr) {
		rn.Progress = a.progress
	}
	for _, in := range args {
		if cmd.Context().Err() != nil {
			return total, interrupted(total)
		}
		r, err := openInput(cmd.Context(), in, fo)
		if err != nil {
			a.printError(fmt.Errorf("%s: %w", in, err))
			a.report(exitInput)
			continue
		}
		sum, err := rn.Run(cmd.Context(), s, r, func(res batch.Result) error { return a.emitResult(res, c, snk) })
		for _, w := range r.Warnings() {
			a.warn("%s", w)
		}
		r.Close()
		addSummary(&total, sum)
		// Ctrl-C comes back from Run as the context's error; it is an
		// interruption to report as such, not a failure of the run.
		if cmd.Context().Err() != nil {
			return total, interrupted(total)
		}
		if err != nil {
			return total, err
		}
	}
	return total, nil
}

// interrupted is the error of a batch stopped by Ctrl-C.
func interrupted(total batch.Summary) error {
	return inputError(fmt.Errorf("interrupted after %d listings; everything screened so far was written", total.Total))
}

func (a *app) emitResult(res batch.Result, c config.Config, snk sink) error {
	if res.Err != nil {
		a.printError(res.Err)
		a.report(exitInput)
	} else {
		a.report(failCode(res.Report, c))
	}
	return snk.write(res)
}

func addSummary(t *batch.Summary, s batch.Summary) {
	t.Total += s.Total
	t.Errors += s.Errors
	t.Reposts += s.Reposts
	t.Elapsed += s.Elapsed
	for b, n := range s.ByBand {
		t.ByBand[b] += n
	}
}

// summarize prints the one line a person reads at the end of a run.
func (a *app) summarize(s batch.Summary) {
	rate := 0.0
	if s.Elapsed > 0 {
		rate = float64(s.Total) / s.Elapsed.Seconds()
	}
	fmt.Fprintf(a.stderr, "jobscreen: %d listings: %d high, %d medium, %d low; %d errors; %d reposts; %.1fs (%.0f/s)\n",
		s.Total, s.ByBand[screener.High], s.ByBand[screener.Medium], s.ByBand[screener.Low], s.Errors, s.Reposts,
		s.Elapsed.Seconds(), rate)
}

// progress draws a one-line bar on a terminal's stderr.
func (a *app) progress(done, total int, elapsed time.Duration) {
	rate := float64(done) / max(elapsed.Seconds(), 1e-9)
	line := fmt.Sprintf("%d listings  %.0f/s", done, rate)
	if total > 0 {
		eta := time.Duration(float64(total-done)/max(rate, 1e-9)) * time.Second
		line = fmt.Sprintf("%d/%d (%d%%)  %.0f/s  ETA %s", done, total, done*100/max(total, 1), rate, eta.Round(time.Second))
	}
	fmt.Fprintf(a.stderr, "\r\x1b[K%s", line)
	if total > 0 && done >= total {
		fmt.Fprint(a.stderr, "\n")
	}
}

// openInput opens a file, directory or stdin with the feed reader, or
// fetches a URL and reads what came back the same way (sniffed: an advert
// page, a CSV or a JSONL feed).
func openInput(ctx context.Context, in string, fo feed.Options) (*feed.Reader, error) {
	if !fetch.IsURL(in) {
		return feed.Open(ctx, in, fo)
	}
	p, err := fetch.Get(ctx, in, fetch.Options{MaxBytes: 64 << 20})
	if err != nil {
		return nil, err
	}
	return feed.NewReader(ctx, in, bytes.NewReader(p.Body), fo)
}

// withURLList adds the URLs of --urls FILE (blank lines and # comments
// skipped) to the inputs.
func withURLList(cmd *cobra.Command, args []string) ([]string, error) {
	name, _ := cmd.Flags().GetString("urls")
	if name == "" {
		if len(args) == 0 {
			return nil, usageError(fmt.Errorf("batch needs an INPUT or --urls FILE (see 'jobscreen batch --help')"))
		}
		return args, nil
	}
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, inputError(fmt.Errorf("--urls: %w", err))
	}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !fetch.IsURL(line) {
			return nil, inputError(fmt.Errorf("%s:%d: %q is not an http(s) URL", name, n+1, line))
		}
		args = append(args, line)
	}
	return args, nil
}
