package education

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Level is a rung of schooling, ordered so that a lower value asks less of the
// candidate. The zero value is Unknown so an empty Facts says "not stated".
type Level int

// The levels, from "not stated" to doctorate. The Pakistani names are the
// ones adverts use; the US and Indian equivalents map onto the same rungs.
const (
	Unknown      Level = iota // the advert does not say
	None                      // no schooling asked ("under matric", "no education needed")
	Matric                    // 10 years: SSC, O-level, 10th pass
	Intermediate              // 12 years: FA, FSc, ICS, HSSC, A-level, 12th pass, US high school diploma
	Bachelor                  // BA, BSc, BS, B.Com, BBA, B.Tech, BE, "graduate", a generic "degree"
	Master                    // MA, MSc, MBA, M.Phil, MS, M.Tech, post-graduate
	Doctorate                 // PhD
)

var levelNames = [...]string{"unknown", "none", "matric", "intermediate", "bachelor", "master", "doctorate"}

// String returns the lower-case name of l, as used in reports and rule files.
func (l Level) String() string {
	if l < 0 || int(l) >= len(levelNames) {
		return "unknown"
	}
	return levelNames[l]
}

// fieldLevels maps the fixed vocabularies of structured fields. EMSCAD is
// US-centred, so "High School or equivalent" means a 12-year diploma.
var fieldLevels = map[string]Level{
	"":                                  Unknown,
	"unspecified":                       Unknown,
	"certification":                     Unknown,
	"professional certificate":          Unknown,
	"some high school coursework":       Matric,
	"high school":                       Intermediate,
	"high school or equivalent":         Intermediate,
	"vocational":                        Intermediate,
	"vocational - hs diploma":           Intermediate,
	"vocational - degree":               Intermediate,
	"some college coursework completed": Intermediate,
	// An associate degree sits between a diploma and a bachelor's; rules ask
	// "at least a bachelor's?", so rounding down keeps that question honest.
	"associate degree":    Intermediate,
	"bachelor's degree":   Bachelor,
	"bachelor degree":     Bachelor,
	"master's degree":     Master,
	"postgraduate degree": Master,
	"professional":        Master,
	"doctorate":           Doctorate,
}

// FromField parses a structured education field into a Level: first the
// known vocabularies exactly, then the same reading Extract gives free text.
func FromField(s string) Level {
	key := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	key = strings.ReplaceAll(key, "\u2019", "'")
	if l, ok := fieldLevels[key]; ok {
		return l
	}
	f := Extract(textnorm.New(s))
	if f.Required == Unknown && f.Preferred != Unknown {
		return f.Preferred
	}
	return f.Required
}
