package places

import (
	"strings"

	"github.com/jobscreen/jobscreen/screener/internal/facts/lex"
	"github.com/jobscreen/jobscreen/screener/internal/textnorm"
)

// Words around a place that say whether the advert offers work there.
var (
	// jobWords before "in X" or directly before X: "jobs in Dubai",
	// "vacancies Cambodia", "hiring for Thailand".
	jobWords = lex.KeySet("job jobs work working vacancy vacancies position positions opportunity opportunities " +
		"hiring hire employment naukri nokri naukriyan career careers placement required needed wanted staff " +
		"visa settle live stay posting posted deployment deployed relocate relocation move travel fly sent " +
		"agents agent operators workers worker typists csr salary requires role roles opening openings " +
		"kaam نوکری ملازمت کام")
	// serviceWords count as a job after "customer" or "client": "customer
	// service in Cambodia" is a job there, "our service in Dubai" is not.
	serviceWords = lex.KeySet("service services support care")
	serviceOf    = lex.KeySet("customer customers client clients guest")
	// deployWords send the worker somewhere; after one, a branch or office
	// is where the work is: "deployment to our Cambodia branch".
	deployWords = lex.KeySet("deploy deployed deploying deployment deployments posted posting postings transfer " +
		"transferred relocate relocated relocating relocation placement placements assigned stationed")
	determiners = lex.KeySet("our the your their its a an company company's")
	siteWords   = lex.KeySet("branch branches office offices site sites")
	// blockWords between a job word and "in X" mean X is where the firm or its
	// customers are: "our head office in Dubai", "clients in the USA".
	blockWords = lex.KeySet("office offices head headquarters headquartered hq branch registered incorporated " +
		"clients customers client customer based located founded situated subsidiary partners presence")
	// notDestAfter right after X: "US clients", "UK shift", "Dubai office".
	notDestAfter = lex.KeySet("clients client customers customer market markets campaign campaigns shift shifts " +
		"time timing timings process accent calls callers audience citizens residents number numbers " +
		"office offices head headquarters hq branch")
	// destAfter right after X: "Dubai jobs", "Cambodia visa", "Dubai based".
	destAfter = lex.KeySet("job jobs visa visas vacancy vacancies naukri nokri work employment placement deployment " +
		"based jane jaane ja jayen bheja bhejna bhejenge jaen ویزا نوکری ملازمت جانے جائیں")
	locWords = lex.KeySet("location locations destination destinations country countries city cities station posting placement deployment")
	toWords  = lex.KeySet("to towards into")
	// negWords deny a phrase that follows them; postNegWords one before them.
	negWords     = lex.KeySet(strings.Join(textnorm.PreNegators, " "))
	postNegWords = lex.KeySet(strings.Join(textnorm.PostNegators, " "))
	sellWords    = lex.KeySet("call calls calling sell selling sales export exports exporting ship shipping emails")
	inWords      = lex.KeySet("in at inside within")
	postLiye     = lex.KeySet("ke kay k ki کے کی")
	liye         = lex.KeySet("liye liay lye liyay lie liey leye لیے لئے")
	postMein     = lex.KeySet("mein main me mai men mien میں")
	workNouns    = lex.KeySet("job jobs naukri nokri kaam kam work نوکری ملازمت کام جاب")
	listJoiner   = lex.KeySet("and or aur ya اور یا")
)

// destination reports whether the place at tokens [i, end) is offered as
// the place of work.
func destination(c *ctx, i, end int) bool {
	n1, n2 := c.key(end, i), c.key(end+1, i)
	if c.deployedTo(i) && (!notDestAfter[n1] || siteWords[n1] || n1 == "head" || n1 == "hq") {
		return true // "posted to our Dubai office", but not "assigned to our US clients"
	}
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
	case p1 == "for", jobWords[p1], locWords[p1], c.isService(i - 1):
		return true
	case inWords[p1]:
		return c.jobBefore(i - 1)
	}
	return false
}

// deployedTo reports whether a deployment word sends the worker to the
// place at token i, with at most a preposition and a determiner between:
// "deployment to our Cambodia / Laos branch", "posted at the Dubai office".
func (c *ctx) deployedTo(i int) bool {
	k := i - 1
	if determiners[c.key(k, i)] {
		k--
	}
	if w := c.key(k, i); toWords[w] || inWords[w] {
		k--
	}
	return deployWords[c.key(k, i)]
}

// isService reports whether token k is "service" or "support" after
// "customer" or "client".
func (c *ctx) isService(k int) bool {
	return k > 0 && serviceWords[c.key(k, k)] && serviceOf[c.key(k-1, k)]
}

// jobBefore looks back a few words from "in" for a job word, stopping at a
// word that ties the place to the firm or its customers instead. A branch
// or office word only stops it when no deployment word precedes it:
// "transfer to our branch in Dubai" is work there, "our branch in Dubai"
// is not.
func (c *ctx) jobBefore(in int) bool {
	for k := in - 1; k >= in-4; k-- {
		w := c.key(k, in)
		if siteWords[w] && c.deployedBefore(k) {
			return true
		}
		if blockWords[w] {
			return false
		}
		if jobWords[w] || c.isService(k) {
			return true
		}
	}
	return false
}

// deployedBefore reports whether a deployment word comes within three
// words before token k.
func (c *ctx) deployedBefore(k int) bool {
	for j := k - 1; j >= k-3; j-- {
		if deployWords[c.key(j, k)] {
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
