package htmlx

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSizeLimit(t *testing.T) {
	page := "<p>" + strings.Repeat("a", 100) + "</p>"
	tests := []struct {
		name    string
		limit   int64
		wantErr bool
	}{
		{"under the limit", 1000, false},
		{"exactly the limit", int64(len(page)), false},
		{"one byte over", int64(len(page)) - 1, true},
		{"zero means default", 0, false},
		{"negative means default", -5, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Extract(strings.NewReader(page), tc.limit)
			if (err != nil) != tc.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tc.wantErr)
			}
			if err == nil {
				return
			}
			if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "106 bytes") {
				t.Errorf("err = %q, want ErrTooLarge naming the 106-byte limit", err)
			}
		})
	}
	t.Run("default limit is 8 MiB", func(t *testing.T) {
		_, err := Extract(strings.NewReader(strings.Repeat("x", int(DefaultLimit)+1)), 0)
		if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "8388608") {
			t.Errorf("err = %v", err)
		}
	})
}

func TestLooksLikeHTML(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool
	}{
		{"doctype", "<!DOCTYPE html><title>x</title>", true},
		{"doctype after BOM and space", "\xef\xbb\xbf\n  <!doctype HTML>", true},
		{"html element", "<html lang=\"ur\"><body>x</body></html>", true},
		{"fragment", "<p>hi</p>", true},
		{"fragment after a comment", "<!-- saved page --><div>hi", true},
		{"text with two tags", "Dear applicant, <b>apply</b> today", true},
		{"less-than in text", "Salary a < b and c > d", false},
		{"email in angle brackets", "Send CV to <hr@example.pk> today", false},
		{"one tag-like word mid text", "Use the <br> key", false},
		{"plain text", "Call centre jobs in Lahore, salary 50,000", false},
		{"empty", "", false},
		{"rss feed", `<?xml version="1.0"?><rss><channel><title>Jobs</title></channel></rss>`, false},
		{"xhtml", `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN"><html>`, true},
		{"json holding markup", `{"title": "<p>x</p>"}`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := LooksLikeHTML([]byte(tc.in)); got != tc.want {
				t.Errorf("LooksLikeHTML(%q) = %v, want %v", tc.in, got, tc.want)
			}
		})
	}
}

func TestHostileInput(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"deep divs", strings.Repeat("<div>", 5000) + "deep text" + strings.Repeat("</div>", 5000), "deep text"},
		{"deep unclosed mix", strings.Repeat("<div><span><ul><li>", 3000) + "deep text", "deep text"},
		{"deep formatting", strings.Repeat("<b><i><u>", 3000) + "deep text", "deep text"},
		{"huge attribute", `<div class="` + strings.Repeat("similar-jobs ", 100000) + `">kept text</div>`, ""},
		{"binary garbage", "\x00\xff\xfe<\x01p>\x80bad\x00", ""},
		{"unclosed everything", "<html><body><p>open <b>bold <table><tr><td>cell", "cell"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p := extractString(t, tc.page)
			if !strings.Contains(p.Body, tc.want) {
				t.Errorf("Body lacks %q: %q", tc.want, p.Body)
			}
			if !utf8.ValidString(p.Body) {
				t.Errorf("Body is not UTF-8: %q", p.Body)
			}
		})
	}
}

func TestCharset(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"windows-1252 meta", "<meta charset=\"windows-1252\"><p>Caf\xe9 \x93job\x94</p>", "Café “job”"},
		{"latin1 without meta", "<p>Caf\xe9</p>", "Café"},
		{"utf-8 wins over a stale meta", "<meta charset=\"iso-8859-1\"><p>کراچی</p>", "کراچی"},
		{"utf-8 BOM", "\xef\xbb\xbf<p>لاہور</p>", "لاہور"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := extractString(t, tc.page).Body; got != tc.want {
				t.Errorf("Body = %q, want %q", got, tc.want)
			}
		})
	}
}
