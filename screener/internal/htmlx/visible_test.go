package htmlx

import (
	"os"
	"strings"
	"testing"
)

// extractString runs Extract on an in-memory page and fails on error.
func extractString(t *testing.T, page string) Page {
	t.Helper()
	p, err := Extract(strings.NewReader(page), 0)
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	return p
}

// checkText asserts that every want is in got and no reject is.
func checkText(t *testing.T, field, got string, want, reject []string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", field, w, got)
		}
	}
	for _, r := range reject {
		if strings.Contains(got, r) {
			t.Errorf("%s keeps %q:\n%s", field, r, got)
		}
	}
}

func TestChromeRemoval(t *testing.T) {
	tests := []struct {
		name         string
		page         string
		want, reject []string
	}{
		{"nav and footer", `<body><nav>Home Jobs Login</nav><p>Hiring cashiers.</p><footer>Copyright</footer></body>`,
			[]string{"Hiring cashiers."}, []string{"Login", "Copyright"}},
		{"sidebar by class", `<body><div class="side-bar">Upload CV</div><p>Hiring cashiers.</p></body>`,
			[]string{"Hiring cashiers."}, []string{"Upload CV"}},
		{"aside", `<body><p>Hiring cashiers.</p><aside>Top employers</aside></body>`,
			[]string{"Hiring cashiers."}, []string{"Top employers"}},
		{"similar jobs camelCase", `<body><p>Hiring cashiers.</p><div id="similarJobs"><h2>Similar jobs</h2><p>Waiter</p></div></body>`,
			[]string{"Hiring cashiers."}, []string{"Waiter"}},
		{"recommended jobs section", `<body><main><p>Hiring cashiers.</p><section class="recommended_jobs">Rider wanted</section></main></body>`,
			[]string{"Hiring cashiers."}, []string{"Rider wanted"}},
		{"cookie share newsletter comments", `<body><div class="cookie-notice">We use cookies</div><p>Hiring cashiers.</p>
			<ul class="social-share"><li>Facebook</li></ul><div class="newsletter">Subscribe</div><div id="comments">Nice job!</div></body>`,
			[]string{"Hiring cashiers."}, []string{"cookies", "Facebook", "Subscribe", "Nice job!"}},
		{"ads but not the advert", `<body><div class="ad-title">Cashier needed</div><div class="ad">Buy now</div><ins class="adsbygoogle">x</ins></body>`,
			[]string{"Cashier needed"}, []string{"Buy now"}},
		{"role and aria-label", `<body><div role="navigation">Menu items</div><div aria-label="Breadcrumb">Home</div><p>Hiring cashiers.</p></body>`,
			[]string{"Hiring cashiers."}, []string{"Menu items", "Home"}},
		{"scripts styles forms", `<body><script>var x="secret"</script><style>p{}</style><noscript>Enable JS</noscript>
			<p>Hiring cashiers.</p><form><input value="q"><button>Search</button>Search jobs</form></body>`,
			[]string{"Hiring cashiers."}, []string{"secret", "p{}", "Enable JS", "Search"}},
		{"hidden text", `<body><p>Hiring cashiers.</p><p hidden>stuffed keywords</p><div style="display: none">more stuffing</div></body>`,
			[]string{"Hiring cashiers."}, []string{"stuffed", "stuffing"}},
		{"page-wide form is a wrapper", `<body><form id="aspnetForm"><nav>Menu</nav><h1>Cashier</h1><p>Hiring cashiers.</p></form></body>`,
			[]string{"Cashier", "Hiring cashiers."}, []string{"Menu"}},
		{"layout div named sidebar wraps main", `<body><div class="with-sidebar"><main><p>Hiring cashiers.</p></main><aside>Ads</aside></div></body>`,
			[]string{"Hiring cashiers."}, []string{"Ads"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkText(t, "Body", extractString(t, tc.page).Body, tc.want, tc.reject)
		})
	}
}

func TestContainerPreference(t *testing.T) {
	tests := []struct {
		name         string
		page         string
		want, reject []string
	}{
		{"itemtype JobPosting beats main", `<body><main><p>Site intro</p><div itemscope itemtype="http://schema.org/JobPosting"><p>The advert.</p></div></main></body>`,
			[]string{"The advert."}, []string{"Site intro"}},
		{"main", `<body><div>Top promo</div><main><p>The advert.</p></main><div>Bottom promo</div></body>`,
			[]string{"The advert."}, []string{"promo"}},
		{"role main", `<body><div>Top promo</div><div role="main"><p>The advert.</p></div></body>`,
			[]string{"The advert."}, []string{"promo"}},
		{"article", `<body><div>Top promo</div><article><p>The advert.</p></article></body>`,
			[]string{"The advert."}, []string{"promo"}},
		{"job-description class", `<body><div>Top promo</div><div class="job-description"><p>The advert.</p></div></body>`,
			[]string{"The advert."}, []string{"promo"}},
		{"vacancy id", `<body><div>Top promo</div><div id="vacancy"><p>The advert.</p></div></body>`,
			[]string{"The advert."}, []string{"promo"}},
		{"article inside similar jobs is not the advert", `<body><p>The advert.</p><div class="similar-jobs"><article>Other job</article></div></body>`,
			[]string{"The advert."}, []string{"Other job"}},
		{"empty container falls back to body", `<body><main> </main><p>The advert.</p></body>`,
			[]string{"The advert."}, nil},
		{"no container uses body", `<body><div>The advert.</div></body>`, []string{"The advert."}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkText(t, "Body", extractString(t, tc.page).Body, tc.want, tc.reject)
		})
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"h1 in article header survives", `<body><header><h1>SiteName</h1><nav>Jobs</nav></header>
			<article><header><h1>Sales  Officer</h1><nav class="share">Share</nav></header><p>Body.</p></article></body>`, "Sales Officer"},
		{"h1 in bare header without nav", `<body><header><h1>Sales Officer</h1></header><p>Body.</p></body>`, "Sales Officer"},
		{"site header h1 is not the title", `<head><title>Sales Officer | Site</title></head><body><header><h1>SiteName</h1><nav>x</nav></header><p>Body.</p></body>`, "Sales Officer | Site"},
		{"og:title before title", `<head><title>T</title><meta property="og:title" content="OG Title"></head><body><p>x</p></body>`, "OG Title"},
		{"JSON-LD title first", `<script type="application/ld+json">{"@type":"JobPosting","title":"LD Title"}</script><h1>H1 Title</h1>`, "LD Title"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := extractString(t, tc.page).Title; got != tc.want {
				t.Errorf("Title = %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("title h1 stays in body", func(t *testing.T) {
		p := extractString(t, `<article><header><h1>Sales Officer</h1></header><p>Body.</p></article>`)
		if !strings.HasPrefix(p.Body, "Sales Officer\n\nBody.") {
			t.Errorf("Body = %q", p.Body)
		}
	})
}

func TestRendering(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"paragraphs", `<p>One</p><p>Two</p>`, "One\n\nTwo"},
		{"list", `<p>Needs:</p><ul><li>Matric</li><li> Own <b>bike</b> </li><li></li></ul><p>After</p>`, "Needs:\n\n- Matric\n- Own bike\n\nAfter"},
		{"nested list", `<ul><li>A<ul><li>A1</li></ul></li><li>B</li></ul>`, "- A\n- A1\n- B"},
		{"br and double br", `<div>a<br>b<br><br>c</div>`, "a\nb\n\nc"},
		{"whitespace and entities", "<p>  Rs.&nbsp;5,000 \n\t &amp; bonus  </p>", "Rs. 5,000 & bonus"},
		{"inline stays inline", `<p>Call <a href="#">0300</a>now</p>`, "Call 0300now"},
		{"blank runs collapse", `<p></p><div><p></p></div><h2>A</h2><section><p>B</p></section>`, "A\n\nB"},
		{"table cells and dd", `<table><tr><td>Pay</td><td>10k</td></tr></table><dl><dt>City</dt><dd>Multan</dd></dl>`, "Pay\n10k\n\nCity\nMultan"},
		{"pre keeps lines", "<pre>line 1\nline  2</pre>", "line 1\nline 2"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := extractString(t, tc.page).Body; got != tc.want {
				t.Errorf("Body = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestTestdataPages(t *testing.T) {
	tests := []struct {
		file, title  string
		want, reject []string
	}{
		{"callcentre-chrome.html", "Call Centre Agents Needed – Night Shift",
			[]string{"registration fee of Rs. 2,500", "- Willing to work night shifts", "Bright Line Telecom"},
			[]string{"NaukriDesk", "cookies", "Browse Jobs", "Share on", "Apply now", "Upload your CV", "Telesales", "new jobs by email", "trackPage"}},
		{"jobboard-jsonld.html", "Data Entry Operator (Work From Home)",
			[]string{"Send Rs. 1,500 security deposit", "- No interview"}, []string{"Related Jobs", "Post a job"}},
		{"plain-body.html", "Driver required for family in Islamabad",
			[]string{"Salary 35000", "Timing\n8am - 6pm"}, []string{"All ads", "CHEAP", "rights"}},
	}
	for _, tc := range tests {
		t.Run(tc.file, func(t *testing.T) {
			f, err := os.Open("testdata/" + tc.file)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			p, err := Extract(f, 0)
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tc.title {
				t.Errorf("Title = %q, want %q", p.Title, tc.title)
			}
			checkText(t, "Body", p.Body, tc.want, tc.reject)
		})
	}
}
