package textnorm

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFoldMapsBackToSource(t *testing.T) {
	tests := []struct {
		name, src, folded string
		find              string // a folded substring whose source we check
		wantSrc           string
	}{
		{"ascii", "Earn UP TO Rs 1 Lakh", "earn up to rs 1 lakh", "lakh", "Lakh"},
		{"zero-width inside a word", "Registration fe\u200be", "registration fee", "fee", "fe\u200be"},
		{"fullwidth digits", "Salary ５０,０００", "salary 50,000", "50,000", "５０,０００"},
		{"cyrillic look-alikes", "Wh\u0430tsApp", "whatsapp", "whatsapp", "Wh\u0430tsApp"},
		{"combining accent composes", "Cafe\u0301 job", "café job", "café", "Cafe\u0301"},
		{"ligature", "\ufb01xed salary", "fixed salary", "fixed", "\ufb01xed"},
		{"urdu script kept", "تنخواہ 1 لاکھ", "تنخواہ 1 لاکھ", "لاکھ", "لاکھ"},
		{"curly apostrophe", "Don\u2019t pay", "don't pay", "don't", "Don\u2019t"},
		{"bom dropped", "\ufeffHello", "hello", "hello", "Hello"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := New(tc.src)
			if d.Folded != tc.folded {
				t.Fatalf("Folded = %q, want %q", d.Folded, tc.folded)
			}
			i := strings.Index(d.Folded, tc.find)
			s, e := d.Source(i, i+len(tc.find))
			if got := tc.src[s:e]; got != tc.wantSrc {
				t.Errorf("Source(%q) = %q, want %q", tc.find, got, tc.wantSrc)
			}
		})
	}
}

func TestInvalidUTF8MapsToTheBadByte(t *testing.T) {
	src := "pay \xff\xfe fee"
	d := New(src)
	if !utf8.ValidString(d.Folded) {
		t.Fatalf("folded text is not valid UTF-8: %q", d.Folded)
	}
	i := strings.Index(d.Folded, "fee")
	s, e := d.Source(i, i+3)
	if src[s:e] != "fee" {
		t.Errorf("got %q", src[s:e])
	}
}

func TestTokensStemsAndSentences(t *testing.T) {
	d := New("No degree required. Salary Rs. 1,00,000 monthly!\nApply on WhatsApp")
	var texts, stems []string
	for _, tk := range d.Tokens {
		texts = append(texts, tk.Text)
		stems = append(stems, tk.Stem)
	}
	if got := strings.Join(texts, " "); got != "no degree required salary rs 1,00,000 monthly apply on whatsapp" {
		t.Errorf("tokens = %q", got)
	}
	if got := strings.Join(stems, " "); got != "no degre requir salari rs 1,00,000 month appli on whatsapp" {
		t.Errorf("stems = %q", got)
	}
	if len(d.Sentences) != 3 {
		t.Fatalf("sentences = %d (%v), want 3", len(d.Sentences), d.Sentences)
	}
	if d.Tokens[4].Sentence != 1 || d.Tokens[8].Sentence != 2 {
		t.Errorf("sentence indexes wrong: %+v", d.Tokens)
	}
	if got := d.SentenceOf(strings.Index(d.Folded, "whatsapp")); got != 2 {
		t.Errorf("SentenceOf = %d", got)
	}
}

func FuzzNew(f *testing.F) {
	for _, s := range []string{"", "a", "Rs. 50,000/-", "\xff", "e\u0301\u0301", "ﷺ ﷽", "İstanbul", "\u200b\u200b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := New(src)
		if !utf8.ValidString(d.Folded) {
			t.Fatalf("invalid folded text")
		}
		for _, tk := range d.Tokens {
			s, e := d.Source(tk.Start, tk.End)
			if s < 0 || e > len(src) || s > e {
				t.Fatalf("bad source span %d-%d for %q", s, e, tk.Text)
			}
			if want := stemUncached(tk.Text); tk.Stem != want {
				t.Fatalf("token %q: Stem %q, want %q", tk.Text, tk.Stem, want)
			}
			if id := WordID(tk.Text); id != 0 && id != tk.ID {
				t.Fatalf("token %q: ID %d, WordID %d", tk.Text, tk.ID, id)
			}
		}
	})
}

func BenchmarkNew(b *testing.B) {
	ad := strings.Repeat("Urgent hiring for call centre agents! Earn up to Rs 1 lakh per month, no degree required. Contact on WhatsApp 0300-1234567. ", 25)
	b.SetBytes(int64(len(ad)))
	b.ReportAllocs()
	for b.Loop() {
		New(ad)
	}
}
