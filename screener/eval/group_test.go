package eval

import (
	"strings"
	"testing"
	"unsafe"
)

const advert = `We are hiring Customer Service Representatives for our growing team.
You will answer calls from customers, resolve billing questions and log every
case in our ticketing system. Full training is provided and no experience is
necessary. We offer a competitive hourly wage, paid weekly, plus health
benefits after ninety days. Apply today with your resume and two references.`

const otherAdvert = `Senior Java developer wanted to design and build payment services.
You have five years of experience with distributed systems, write clean tested
code and mentor junior engineers. Hybrid working, share options and a yearly
learning budget are part of the package.`

func TestGroupKey(t *testing.T) {
	tests := []struct {
		name string
		a, b string
		same bool
	}{
		{"identical", advert, advert, true},
		{"case, digits and punctuation", advert + " Call 555-0101!", strings.ToUpper(advert) + " call 555 0199.", true},
		{"same ad, other city after the opening", advert + " Office: Houston, TX.", advert + " Office: Denver, CO.", true},
		{"extra whitespace", advert, strings.ReplaceAll(advert, " ", "   \t"), true},
		{"different ads", advert, otherAdvert, false},
		{"different opening", advert, "Urgent! " + advert, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ka, kb := GroupKey(tt.a), GroupKey(tt.b)
			if (ka == kb) != tt.same {
				t.Errorf("keys %s and %s: same = %v, want %v", ka, kb, ka == kb, tt.same)
			}
		})
	}
	if k := GroupKey("123 -- !!!"); k != "" {
		t.Errorf("GroupKey of no letters = %q, want empty", k)
	}
}

func TestCluster(t *testing.T) {
	houston := strings.Replace(advert, "for our growing team", "for our Houston office", 1)
	denver := strings.Replace(advert, "for our growing team", "for our Denver office", 1)
	tests := []struct {
		name  string
		texts []string
		same  [][2]int // pairs that must share a key
		apart [][2]int // pairs that must not
	}{
		{"same ad, other city in the first sentence", []string{houston, otherAdvert, denver},
			[][2]int{{0, 2}}, [][2]int{{0, 1}, {1, 2}}},
		{"chain of reposts", []string{advert, houston, denver, otherAdvert},
			[][2]int{{0, 1}, {0, 2}}, [][2]int{{0, 3}}},
		{"empty texts stay apart", []string{"", "", otherAdvert}, nil, [][2]int{{0, 2}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			keys := Cluster(tt.texts)
			for _, p := range tt.same {
				if keys[p[0]] != keys[p[1]] {
					t.Errorf("texts %d and %d: keys %s, %s differ", p[0], p[1], keys[p[0]], keys[p[1]])
				}
			}
			for _, p := range tt.apart {
				if keys[p[0]] == keys[p[1]] && keys[p[0]] != "" {
					t.Errorf("texts %d and %d share key %s", p[0], p[1], keys[p[0]])
				}
			}
		})
	}
	if got := Cluster([]string{otherAdvert})[0]; got != GroupKey(otherAdvert) {
		t.Errorf("a text alone got %s, want its GroupKey %s", got, GroupKey(otherAdvert))
	}
}

// A sketch stays small whatever the text, so eval can keep one per row of
// a large file: the signature (800 bytes) and a short key.
func TestSketchIsSmall(t *testing.T) {
	long := strings.Repeat("Typing work from home, paid daily to your account. ", 2000)
	sk := NewSketch(long)
	if size := int(unsafe.Sizeof(sk)) + len(sk.key); size > 850 {
		t.Errorf("sketch of a %d-byte text is %d bytes", len(long), size)
	}
	if got := ClusterSketches([]Sketch{sk, NewSketch(long + " Apply now."), NewSketch("")}); got[0] != got[1] || got[2] == got[0] {
		t.Errorf("ClusterSketches = %q", got)
	}
}
