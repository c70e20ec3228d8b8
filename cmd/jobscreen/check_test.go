package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

func TestCheck(t *testing.T) {
	t.Parallel()
	scam, err := os.ReadFile(scamSample)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name           string
		stdin          string
		args           []string
		code           int
		stdout, stderr []string
	}{
		{"text file", "", []string{"check", "--fail-on", "never", scamSample}, exitOK,
			[]string{"jobscreen: " + scamSample, "score", "Why:"}, nil},
		{"stdin with dash", string(scam), []string{"check", "--fail-on", "never", "-"}, exitOK,
			[]string{"jobscreen: stdin", "score"}, nil},
		{"stdin without args", string(scam), []string{"check", "--fail-on", "never"}, exitOK,
			[]string{"jobscreen: stdin"}, nil},
		{"html file", "", []string{"check", "--fail-on", "never", "--format", "json", scamHTML}, exitOK,
			[]string{`"source": "html"`, `"id": "` + scamHTML + `"`}, nil},
		{"html sniffed from stdin", "<!DOCTYPE html><html><body><p>Data entry job, pay Rs 5000 registration fee on WhatsApp.</p></body></html>",
			[]string{"check", "--fail-on", "never", "--format", "json"}, exitOK, []string{`"source": "html"`}, nil},
		{"several files, worst exit", "", []string{"check", "--fail-on", "low", scamSample, honestSample}, exitFail,
			[]string{"jobscreen: " + scamSample, "jobscreen: " + honestSample}, nil},
		{"several files as a JSON array", "", []string{"check", "--fail-on", "never", "--format", "json", scamSample, honestSample}, exitOK,
			[]string{"[\n"}, nil},
		{"missing file among others", "", []string{"check", "--fail-on", "never", scamSample, "no-such-advert.txt"}, exitInput,
			[]string{"jobscreen: " + scamSample}, []string{"jobscreen: ", "no-such-advert.txt"}},
		{"colour always", "", []string{"check", "--fail-on", "never", "--color", "always", scamSample}, exitOK,
			[]string{"\x1b["}, nil},
		{"bad format", "", []string{"check", "--format", "xml", scamSample}, exitUsage,
			nil, []string{"format", `"xml" is not allowed (allowed: text, json)`}},
		{"bad colour", "", []string{"check", "--color", "sometimes", scamSample}, exitUsage,
			nil, []string{"allowed: auto, always, never"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := jobscreen(t, tt.stdin, tt.args...)
			r.want(t, tt.code, tt.stdout, tt.stderr)
		})
	}
}

func TestCheckNoColourOffTerminal(t *testing.T) {
	t.Parallel()
	r := jobscreen(t, "", "check", "--fail-on", "never", scamSample)
	if strings.Contains(r.stdout, "\x1b[") {
		t.Errorf("colour codes written to a non-terminal:\n%s", r.stdout)
	}
}

func TestCheckFailOn(t *testing.T) {
	t.Parallel()
	plain := writeFile(t, "plain.txt", []byte("Our bakery in Lahore is open from nine to five.\n"))
	tests := []struct {
		file, failOn string
		code         int
	}{
		{scamSample, "never", exitOK},
		{scamSample, "low", exitFail},    // every report is at least low
		{scamSample, "medium", exitFail}, // a many-sign scam is never low
		{plain, "high", exitOK},
		{plain, "never", exitOK},
	}
	for _, tt := range tests {
		t.Run(tt.failOn+"/"+tt.file, func(t *testing.T) {
			t.Parallel()
			r := jobscreen(t, "", "check", "--fail-on", tt.failOn, tt.file)
			r.want(t, tt.code, nil, nil)
		})
	}
	jobscreen(t, "", "check", "--fail-on", "severe", plain).
		want(t, exitUsage, nil, []string{"fail_on", "allowed: low, medium, high, never"})
}

// jsonReport is the JSON contract other tools rely on.
type jsonReport struct {
	Score    *int    `json:"score"`
	Band     *string `json:"band"`
	Text     *string `json:"text"`
	Findings []struct {
		RuleID   *string `json:"rule_id"`
		Title    *string `json:"title"`
		Points   *int    `json:"points"`
		Why      *string `json:"why"`
		Advice   *string `json:"advice"`
		Evidence []struct {
			Text  *string `json:"text"`
			Start *int    `json:"start"`
			End   *int    `json:"end"`
		} `json:"evidence"`
	} `json:"findings"`
}

func TestCheckJSONSchema(t *testing.T) {
	t.Parallel()
	input, err := os.ReadFile(scamSample)
	if err != nil {
		t.Fatal(err)
	}
	r := jobscreen(t, "", "check", "--format", "json", "--fail-on", "never", scamSample)
	r.want(t, exitOK, nil, nil)
	var rep jsonReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if rep.Score == nil || rep.Band == nil || rep.Text == nil || rep.Findings == nil {
		t.Fatalf("missing score, band, text or findings:\n%s", r.stdout)
	}
	if *rep.Band == "low" || len(rep.Findings) < 2 {
		t.Errorf("a many-sign scam came out %s with %d findings", *rep.Band, len(rep.Findings))
	}
	if *rep.Text != string(input) {
		t.Errorf("text is not the input byte for byte")
	}
	for _, f := range rep.Findings {
		if f.RuleID == nil || f.Title == nil || f.Points == nil || f.Why == nil || f.Advice == nil || f.Evidence == nil {
			t.Fatalf("finding lacks rule_id, title, points, why, advice or evidence: %+v", f)
		}
		for _, e := range f.Evidence {
			if e.Text == nil || e.Start == nil || e.End == nil {
				t.Fatalf("evidence of %s lacks text, start or end", *f.RuleID)
			}
			if got := string(input[*e.Start:*e.End]); got != *e.Text {
				t.Errorf("%s: input[%d:%d] = %q, evidence says %q", *f.RuleID, *e.Start, *e.End, got, *e.Text)
			}
		}
	}
}

func TestCheckInputProblems(t *testing.T) {
	t.Parallel()
	binary := writeFile(t, "photo.txt", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"))
	noisy := writeFile(t, "noise.txt", bytes.Repeat([]byte{0x01, 0x02, 0x03, 0x80, 'a'}, 400))
	big := writeFile(t, "big.txt", bytes.Repeat([]byte("Earn money from home. "), 20))
	bigHTML := writeFile(t, "big.html", bytes.Repeat([]byte("<p>Earn money from home.</p>"), 100))
	empty := writeFile(t, "empty.txt", []byte(" \n"))
	tests := []struct {
		name   string
		args   []string
		stderr []string
	}{
		{"NUL bytes", []string{binary}, []string{binary, "looks like a binary file, not an advert"}},
		{"mostly control bytes", []string{noisy}, []string{"looks like a binary file, not an advert"}},
		{"plain text over the limit", []string{"--max-text-bytes", "100", big}, []string{big, "limit for plain text is 100"}},
		{"html over eight times the limit", []string{"--max-text-bytes", "100", bigHTML}, []string{"over 800 bytes"}},
		{"missing file", []string{"no-such-advert.txt"}, []string{"no-such-advert.txt"}},
		{"empty file", []string{empty}, []string{"is empty"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			r := jobscreen(t, "", append([]string{"check"}, tt.args...)...)
			r.want(t, exitInput, nil, append(tt.stderr, "jobscreen: "))
		})
	}
}

func TestCheckEncodings(t *testing.T) {
	t.Parallel()
	t.Run("invalid UTF-8 is screened with a warning", func(t *testing.T) {
		t.Parallel()
		bad := writeFile(t, "latin1.txt", []byte("Caf\xe9 staff needed. No degree required, salary 1 lakh."))
		r := jobscreen(t, "", "check", "--fail-on", "never", "--format", "json", bad)
		r.want(t, exitOK, []string{`"score"`}, []string{"not valid UTF-8", "0xE9 at offset 3"})
	})
	t.Run("UTF-16 with a BOM is decoded", func(t *testing.T) {
		t.Parallel()
		text := "Call centre agents needed. No degree required. Salary up to 1 lakh per month."
		enc, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		path := writeFile(t, "windows.txt", enc)
		r := jobscreen(t, "", "check", "--fail-on", "never", "--format", "json", path)
		r.want(t, exitOK, []string{`"text": "` + text + `"`}, []string{"decoded UTF-16 (little-endian"})
	})
}
