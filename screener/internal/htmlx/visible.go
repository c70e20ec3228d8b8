package htmlx

import (
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// junkSelector matches elements that never show advert text to a reader.
const junkSelector = "script, style, noscript, template, svg, math, iframe, object, embed, canvas, " +
	"button, input, select, textarea, [hidden], [style*='display:none'], [style*='display: none']"

// Bits of nodeInfo.flags; each is set on an element and all its ancestors.
const (
	hasH1 uint8 = 1 << iota
	hasNav
	hasStrong    // a <main>, role=main or JobPosting itemtype
	hasCandidate // any advert container candidate
)

// nodeInfo is what the chrome and container decisions need about one element,
// computed in one pass so that every decision costs O(1).
type nodeInfo struct {
	flags  uint8
	chrome chromeKind
	byTag  bool // chrome because of its tag or role, not its id/class words
	tier   int
}

// visibleAdvert strips the page down to the advert a reader sees and returns
// its container (the body when no container is recognised).
func visibleAdvert(doc *goquery.Document) *goquery.Selection {
	doc.Find(junkSelector).Remove()
	root := doc.Find("body").First()
	if root.Length() == 0 {
		root = doc.Selection
	}
	if root.Length() == 0 {
		return root
	}
	body := root.Nodes[0]
	infos := describe(body)
	container := pickContainer(body, infos)
	removeChrome(body, container, infos)
	if container != body && !hasText(container) {
		container = body
	}
	return doc.FindNodes(container)
}

// describe classifies every element under root and propagates the flags up.
func describe(root *html.Node) map[*html.Node]*nodeInfo {
	infos := make(map[*html.Node]*nodeInfo)
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		words := attrWords(n)
		in := &nodeInfo{chrome: chromeOf(n, words), tier: containerTier(n, words)}
		in.byTag = hardChromeTags[n.Data] || hardChromeRoles[strings.ToLower(strings.TrimSpace(attr(n, "role")))]
		infos[n] = in
		var own uint8
		if n.Data == "h1" {
			own |= hasH1
		}
		if isNavLike(n, words) {
			own |= hasNav
		}
		if in.tier <= tierMain {
			own |= hasStrong
		}
		if in.tier != noTier {
			own |= hasCandidate
		}
		propagate(n, own, infos, root)
		return true
	})
	return infos
}

// propagate sets bits on n and its ancestors, stopping where they are already
// set: an ancestor that has a bit got it with all of its own ancestors, so
// each bit is set at most once per element and the pass stays linear.
func propagate(n *html.Node, bits uint8, infos map[*html.Node]*nodeInfo, root *html.Node) {
	for p := n; p != nil && bits != 0; p = p.Parent {
		in := infos[p]
		if in == nil {
			return
		}
		bits &^= in.flags
		in.flags |= bits
		if p == root {
			return
		}
	}
}

// isChrome decides whether a box is chrome before the container is known.
// Chrome that wraps the advert (a layout div named "sidebar-layout", a form
// around a whole ASP.NET page) is a wrapper, not chrome.
func isChrome(in *nodeInfo) bool {
	switch in.chrome {
	case formChrome:
		return in.flags&(hasH1|hasCandidate) == 0
	case hardChrome:
		if in.byTag {
			return in.flags&hasStrong == 0
		}
		return in.flags&(hasStrong|hasH1) == 0
	}
	return false
}

// pickContainer returns the best advert container outside chrome, or root.
func pickContainer(root *html.Node, infos map[*html.Node]*nodeInfo) *html.Node {
	best, bestTier := root, noTier
	walk(root, func(n *html.Node) bool {
		in := infos[n]
		if in == nil || isChrome(in) {
			return n == root
		}
		if in.tier < bestTier {
			best, bestTier = n, in.tier
		}
		return in.flags&hasCandidate != 0 && bestTier > tierJobPosting
	})
	return best
}

// removeChrome detaches chrome boxes. A header survives when it holds the job
// title: inside the advert container always, and in a bare body only when it
// has no navigation, since then it is not the site's masthead.
func removeChrome(root, container *html.Node, infos map[*html.Node]*nodeInfo) {
	var doomed []*html.Node
	walk(root, func(n *html.Node) bool {
		in := infos[n]
		if in == nil || n == container {
			return in != nil || n == root
		}
		remove := isChrome(in)
		if in.chrome == softChrome && in.flags&hasStrong == 0 && !isAncestor(n, container) {
			inside := container != root && isAncestor(container, n)
			keep := in.flags&hasH1 != 0 && (inside || in.flags&hasNav == 0)
			remove = !keep
		}
		if remove {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// isAncestor reports whether a is n or one of n's ancestors.
func isAncestor(a, n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == a {
			return true
		}
	}
	return false
}

// hasText reports whether n holds any non-space text a reader would see.
func hasText(n *html.Node) bool {
	found := false
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
			found = true
		}
		return !found && (c.Type == html.ElementNode && !skipTags[c.Data] || c == n)
	})
	return found
}

// advertTitle is the first h1 of the advert, on one line.
func advertTitle(advert *goquery.Selection) string {
	h1 := advert.Find("h1").First()
	if h1.Length() == 0 {
		return ""
	}
	return oneLine(renderText(h1))
}
