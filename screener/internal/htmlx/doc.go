// Package htmlx turns a saved job-advert HTML page into the advert's fields.
//
// It owns everything that is specific to HTML input: sniffing whether bytes
// are HTML at all (LooksLikeHTML), decoding the page's character set, parsing
// markup that may be broken or hostile, reading schema.org JobPosting data from
// JSON-LD blocks, and rendering the advert's visible text while leaving out
// the site's chrome (menus, footers, cookie banners, "similar jobs" boxes),
// because the screener must judge the advert, not the job board around it.
//
// Extract never panics and its cost grows linearly with the input; a page that
// is too deeply nested for the HTML parser is flattened, not rejected, and
// every recoverable problem is reported in Page.Warnings rather than as an
// error. Deciding what the fields mean is left to the screener.
package htmlx
