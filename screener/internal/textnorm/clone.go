package textnorm

import "strings"

// stringsClone copies w so the cache never pins a whole listing's text.
func stringsClone(w string) string { return strings.Clone(w) }
