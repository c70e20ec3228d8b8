package places

import "strings"

// Words around a place that say whether the advert offers work there.
var (
	// jobWords before "in X" or directly before X: "jobs in Dubai",
	// "vacancies Cambodia", "hiring for Thailand".
	jobWords = set("job jobs work working vacancy vacancies position positions opportunity opportunities " +
		"hiring hire employment naukri nokri naukriyan career careers placement required needed wanted staff " +
		"visa settle live stay posting posted deployment deployed relocate relocation move travel fly sent " +
		"agents agent operators workers worker typists csr salary requires kaam نوکری ملازمت کام")
	// blockWords between a job word and "in X" mean X is where the firm or its
	// customers are: "our head office in Dubai", "clients in the USA".
	blockWords = set("office offices head headquarters headquartered hq branch registered incorporated " +
		"clients customers client customer based located founded situated subsidiary partners presence")
	// notDestAfter right after X: "US clients", "UK shift", "Dubai office".
	notDestAfter = set("clients client customers customer market markets campaign campaigns shift shifts " +
		"time timing timings process accent calls callers audience citizens residents number numbers " +
		"office offices head headquarters hq branch")
	// destAfter right after X: "Dubai jobs", "Cambodia visa", "Dubai based".
	destAfter = set("job jobs visa visas vacancy vacancies naukri nokri work employment placement deployment " +
		"based jane jaane ja jayen bheja bhejna bhejenge jaen ویزا نوکری ملازمت جانے جائیں")
	locWords   = set("location locations destination country city station posting placement deployment")
	toWords    = set("to towards into")
	sellWords  = set("call calls calling sell selling sales export exports exporting ship shipping emails")
	inWords    = set("in at inside within")
	postLiye   = set("ke kay k ki کے کی")
	liye       = set("liye liay lye liyay lie liey leye لیے لئے")
	postMein   = set("mein main me mai men mien میں")
	workNouns  = set("job jobs naukri nokri kaam kam work نوکری ملازمت کام جاب")
	listJoiner = set("and or aur ya اور یا")
)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[normKey(w)] = true
	}
	return m
}

// destination reports whether the place at tokens [i, end) is offered as
// the place of work.
func destination(c *ctx, i, end int) bool {
	n1, n2 := c.key(end, i), c.key(end+1, i)
	switch {
	case notDestAfter[n1], n1 == "based" && notDestAfter[n2]:
		return false
	case destAfter[n1], postLiye[n1] && liye[n2], postMein[n1] && workNouns[n2]:
		return true
	}
	if c.key(i-1, i) == "the" {
		i-- // "jobs in the UK" reads as "jobs in UK"
	}
	p1, p2 := c.key(i-1, i), c.key(i-2, i)
	switch {
	case toWords[p1]:
		return !sellWords[p2]
	case p1 == "for", jobWords[p1], locWords[p1]:
		return true
	case inWords[p1]:
		return c.jobBefore(i - 1)
	}
	return false
}

// jobBefore looks back a few words from "in" for a job word, stopping at a
// word that ties the place to the firm or its customers instead.
func (c *ctx) jobBefore(in int) bool {
	for k := in - 1; k >= in-4; k-- {
		w := c.key(k, in)
		if blockWords[w] {
			return false
		}
		if jobWords[w] {
			return true
		}
	}
	return false
}

// listed reports whether only list joiners separate tokens a (exclusive
// end of the previous place) and b (start of this one): "Dubai, Qatar and Oman".
func (c *ctx) listed(a, b int) bool {
	if b-a > 1 || a > b || c.d.Tokens[b].Sentence != c.d.Tokens[a-1].Sentence {
		return false
	}
	return a == b || listJoiner[c.keys[a]]
}
