package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/jobscreen/jobscreen/screener"
)

// TextOptions shape the human report.
type TextOptions struct {
	Color bool   // ANSI colour; callers enable it only on a terminal without NO_COLOR
	Width int    // wrap width; 0 means 80
	Name  string // what was screened (a file name), shown in the heading
}

type painter struct{ on bool }

func (p painter) paint(code, s string) string {
	if !p.on {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

var bandColor = map[screener.Band]string{screener.Low: "32", screener.Medium: "33", screener.High: "1;31"}

var bandWords = map[screener.Band]string{
	screener.Low:    "LOW RISK",
	screener.Medium: "MEDIUM RISK — check carefully before you apply",
	screener.High:   "HIGH RISK — several signs of a recruitment scam",
}

// Text writes the report a job seeker reads: the verdict, then each sign
// with its points, the quoted evidence, why it matters and what to do.
func Text(w io.Writer, rep screener.Report, o TextOptions) error {
	if o.Width <= 20 {
		o.Width = 80
	}
	p := painter{o.Color}
	var b strings.Builder
	head := "jobscreen"
	if o.Name != "" {
		head += ": " + o.Name
	}
	fmt.Fprintf(&b, "%s\n%s  score %d/100 (points %+d)\n", p.paint("1", head),
		p.paint(bandColor[rep.Band], bandWords[rep.Band]), rep.Score, rep.Points)
	for _, wmsg := range rep.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", wmsg)
	}
	if len(rep.Findings) == 0 {
		b.WriteString("\nNo warning signs found. That is not a guarantee: still never pay to get a job.\n")
	}
	for _, f := range rep.Findings {
		writeFinding(&b, f, p, o.Width)
	}
	writeFacts(&b, rep.Facts, o.Width)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeFinding(b *strings.Builder, f screener.Finding, p painter, width int) {
	sign := p.paint("31", fmt.Sprintf("%+4d", f.Points))
	if f.Points <= 0 {
		sign = p.paint("32", fmt.Sprintf("%+4d", f.Points))
	}
	fmt.Fprintf(b, "\n%s  %s  [%s]\n", sign, p.paint("1", f.Title), f.RuleID)
	for _, e := range f.Evidence {
		q := strings.Join(strings.Fields(e.Text), " ")
		if len(q) > 160 {
			q = q[:strings.LastIndex(q[:160], " ")+1] + "…"
		}
		fmt.Fprintf(b, "      %s %s\n", p.paint("2", fmt.Sprintf("@%d-%d", e.Start, e.End)), p.paint("1", "“"+q+"”"))
	}
	wrap(b, "      Why: ", f.Why, width)
	wrap(b, "      What to do: ", f.Advice, width)
}

func writeFacts(b *strings.Builder, f screener.Facts, width int) {
	var parts []string
	for _, pf := range f.Pay {
		s := fmt.Sprintf("pay %q", strings.Join(strings.Fields(pf.Text), " "))
		if pf.MonthlyMax > 0 {
			s += fmt.Sprintf(" ≈ %s %.0f a month", pf.Currency, pf.MonthlyMax)
		}
		if pf.MinWageRatio > 0 {
			s += fmt.Sprintf(" (%.1f× the minimum wage)", pf.MinWageRatio)
		}
		parts = append(parts, s)
	}
	if f.Education != "" {
		parts = append(parts, "education asked: "+f.Education)
	}
	if len(f.Senior) > 0 {
		parts = append(parts, "senior post: "+quoteAll(f.Senior))
	}
	if len(f.Licences) > 0 {
		parts = append(parts, "licence asked: "+quoteAll(f.Licences))
	}
	if len(f.Destinations) > 0 {
		parts = append(parts, "work abroad in: "+strings.Join(f.Destinations, ", "))
	}
	if f.Employer != "" {
		parts = append(parts, "employer: "+f.Employer)
	} else {
		parts = append(parts, "employer: not named")
	}
	b.WriteString("\n")
	wrap(b, "What jobscreen read: ", strings.Join(parts, "; ")+".", width)
}

// quoteAll quotes each phrase and joins them with commas.
func quoteAll(qs []string) string {
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = fmt.Sprintf("%q", q)
	}
	return strings.Join(out, ", ")
}

// wrap writes prefix+text folded at width, indenting continuation lines
// under the text.
func wrap(b *strings.Builder, prefix, text string, width int) {
	if strings.TrimSpace(text) == "" {
		return
	}
	indent := strings.Repeat(" ", len([]rune(prefix)))
	line := prefix
	n := len([]rune(line))
	for _, w := range strings.Fields(text) {
		wl := len([]rune(w))
		if n+wl+1 > width && n > len([]rune(indent)) {
			b.WriteString(strings.TrimRight(line, " ") + "\n")
			line, n = indent, len([]rune(indent))
		}
		line += w + " "
		n += wl + 1
	}
	b.WriteString(strings.TrimRight(line, " ") + "\n")
}
