package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/jobscreen/jobscreen/cmd/jobscreen/internal/config"
	"github.com/jobscreen/jobscreen/cmd/jobscreen/internal/input"
	"github.com/jobscreen/jobscreen/screener"
	"github.com/jobscreen/jobscreen/screener/fetch"
	"github.com/jobscreen/jobscreen/screener/report"
)

// pastePrompt tells a person at a terminal how to end the advert, since a
// silent wait for stdin looks like a hang.
const pastePrompt = "Paste the advert, then press Ctrl-D on a new line (Ctrl-Z then Enter on Windows)."

func (a *app) checkCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "check [FILE|-]...",
		Short: "Screen job adverts and explain the warning signs",
		Long: `check screens each advert and prints a report: a score from 0 to 100, a band
(low, medium or high risk) and every warning sign found, with the words that
gave it away, why it matters and what to do.

With no FILE, or with -, the advert is read from standard input. An http(s)
URL is fetched (20 s timeout, at most 5 redirects); nothing else goes online. Files ending
in .html or .htm, or that start like an HTML page, are read as saved job pages.
Plain-text adverts may be up to max_text_bytes long (default 1 MiB), HTML
pages eight times that. UTF-16 files with a byte-order mark are converted.

The exit code is 1 when any report is at or above --fail-on (default high),
3 when an input could not be screened, and 0 otherwise.`,
		Example: `  jobscreen check advert.txt
  jobscreen check saved-page.html --format json
  jobscreen check https://jobs.example.com/ads/123
  jobscreen check --fail-on medium ads/*.txt
  xclip -o | jobscreen check -`,
		RunE: a.runCheck,
	}
	f := cmd.Flags()
	addOutputFlags(cmd, "text report or JSON: text, json")
	f.String("fail-on", "high", "exit 1 when a report reaches this band: low, medium, high or never")
	f.Int("max-text-bytes", screener.DefaultMaxTextBytes, "largest plain-text advert in bytes; HTML may be 8 times larger")
	f.StringSlice("disable", nil, "rule id to switch off (repeatable; config: disabled_rules)")
	return cmd
}

// addOutputFlags adds --format and --color, shared by commands that print
// reports or listings.
func addOutputFlags(cmd *cobra.Command, formatHelp string) {
	cmd.Flags().String("format", "text", formatHelp)
	cmd.Flags().String("color", "auto", "colour the text report: auto (on a terminal without NO_COLOR), always, never")
}

func (a *app) runCheck(cmd *cobra.Command, args []string) error {
	l, err := a.loadConfig(cmd)
	if err != nil {
		return err
	}
	s, err := a.newScreener(l)
	if err != nil {
		return err
	}
	if len(args) == 0 {
		args = []string{"-"}
	}
	var reps []screener.Report
	for i, name := range args {
		rep, err := a.screenOne(cmd.Context(), s, name, l.Config.MaxTextBytes)
		if err != nil {
			if cmd.Context().Err() != nil {
				return inputError(fmt.Errorf("interrupted"))
			}
			a.printError(err)
			a.report(codeOf(err))
			continue
		}
		a.report(failCode(rep, l.Config))
		if l.Config.Format == "json" {
			reps = append(reps, rep)
			continue
		}
		if err := a.writeText(rep, name, l.Config, i > 0); err != nil {
			return err
		}
	}
	if l.Config.Format == "json" {
		return a.writeJSON(reps, len(args) > 1)
	}
	return nil
}

// failCode says whether a report reaches the --fail-on band.
func failCode(rep screener.Report, c config.Config) int {
	band, ok := c.FailBand()
	if ok && rep.Band.Rank() >= band.Rank() {
		return exitFail
	}
	return exitOK
}

// screenOne reads and screens one advert. Problems with the advert are
// input errors (exit 3); its notes go to stderr, not into the report, so
// that stdout stays the report alone.
func (a *app) screenOne(ctx context.Context, s *screener.Screener, name string, maxText int) (screener.Report, error) {
	adv, err := a.readAdvert(ctx, name, maxText)
	if err != nil {
		return screener.Report{}, inputError(err)
	}
	for _, n := range adv.Notes {
		a.warn("%s: %s", adv.Name, n)
	}
	var rep screener.Report
	if adv.HTML {
		rep, err = s.ScreenHTML(ctx, bytes.NewReader(adv.Data))
		rep.ID = adv.Name
	} else {
		rep, err = s.Screen(ctx, screener.Listing{ID: adv.Name, Body: string(adv.Data)})
	}
	if err != nil {
		return screener.Report{}, inputError(fmt.Errorf("%s: %w", adv.Name, err))
	}
	return rep, nil
}

func (a *app) readAdvert(ctx context.Context, name string, maxText int) (input.Advert, error) {
	if fetch.IsURL(name) {
		p, err := fetch.Get(ctx, name, fetch.Options{MaxBytes: int64(maxText) * 8})
		if err != nil {
			return input.Advert{}, err
		}
		adv, err := input.Read(bytes.NewReader(p.Body), name, maxText)
		adv.HTML = adv.HTML || p.ContentType == "text/html" || p.ContentType == "application/xhtml+xml"
		return adv, err
	}
	if name == "-" {
		if isTerminal(a.stdin) {
			fmt.Fprintln(a.stderr, pastePrompt)
		}
		return input.Read(a.stdin, "stdin", maxText)
	}
	f, err := os.Open(name)
	if err != nil {
		return input.Advert{}, err
	}
	defer f.Close()
	return input.Read(f, name, maxText)
}

func (a *app) writeText(rep screener.Report, name string, c config.Config, sep bool) error {
	if sep {
		fmt.Fprintln(a.stdout)
	}
	if name == "-" {
		name = "stdin"
	}
	opts := report.TextOptions{Color: useColor(c.Color, a.stdout), Width: termWidth(a.stdout), Name: name}
	return report.Text(a.stdout, rep, opts)
}

// writeJSON writes one report as an object, several as an array, so the
// output is always one valid JSON document.
func (a *app) writeJSON(reps []screener.Report, many bool) error {
	if !many {
		if len(reps) == 0 {
			return nil
		}
		return report.JSON(a.stdout, reps[0])
	}
	if reps == nil {
		reps = []screener.Report{}
	}
	enc := json.NewEncoder(a.stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(reps)
}

// useColor follows --color; "auto" colours only a terminal, and honours
// NO_COLOR (https://no-color.org: set and non-empty means no colour).
func useColor(mode string, w any) bool {
	switch mode {
	case "always":
		return true
	case "never":
		return false
	}
	return os.Getenv("NO_COLOR") == "" && isTerminal(w)
}

func isTerminal(s any) bool {
	f, ok := s.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// termWidth wraps to the terminal, within reason; 0 lets the writer use 80.
func termWidth(w any) int {
	f, ok := w.(*os.File)
	if !ok {
		return 0
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil {
		return 0
	}
	return min(width, 100)
}
