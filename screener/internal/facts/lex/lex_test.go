package lex

import (
	"testing"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

func longest(set *Set[string], text string, at int) (string, string) {
	d := textnorm.New(text)
	ph, end := set.Longest(d, at)
	if ph == nil {
		return "", ""
	}
	return ph.Tag, d.Folded[d.Tokens[at].Start:d.Tokens[end-1].End]
}

func TestLongest(t *testing.T) {
	set := Compile([]Pattern[string]{
		{Text: "koi? degree zaroori|zaruri nahi|nahin", Tag: "no-degree"},
		{Text: "degree", Tag: "degree"},
		{Text: "a level", Tag: "a-level", Tight: true},
		{Text: "hs graduate", Tag: "hs", Plain: true},
		{Text: "تعلیم ضروری نہیں", Tag: "urdu"},
	})
	tests := []struct{ name, text, tag, span string }{
		{"optional slot present", "Koi degree zaroori nahi", "no-degree", "koi degree zaroori nahi"},
		{"optional slot absent", "Degree zaruri nahin", "no-degree", "degree zaruri nahin"},
		{"longest wins", "degree required", "degree", "degree"},
		{"tight joined", "A-level pass", "a-level", "a-level"},
		{"tight spaced", "a level playing field", "", ""},
		{"plain hyphen", "HS-graduate", "hs", "hs-graduate"},
		{"plain bracket", "HS (graduate)", "", ""},
		{"no sentence crossing", "Degree zaroori.\nNahi", "degree", "degree"},
		{"arabic yeh folds to urdu", "تعليم ضروري نہیں", "urdu", "تعليم ضروري نہیں"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tag, span := longest(set, tc.text, 0)
			if tag != tc.tag || span != tc.span {
				t.Errorf("got %q %q, want %q %q", tag, span, tc.tag, tc.span)
			}
		})
	}
	if set.Len() < 6 {
		t.Errorf("leading optional slot should be indexed both ways; Len = %d", set.Len())
	}
}
