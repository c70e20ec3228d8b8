package textnorm

import (
	"runtime"
	"strings"
	"testing"
	"time"
	"unsafe"
)

// TestDocPinsNoText checks that once a Doc is released and dropped,
// nothing textnorm pools (NFKC iterators, token slices, spans) keeps its
// source text alive until the pools are next emptied.
func TestDocPinsNoText(t *testing.T) {
	b := []byte(strings.Repeat("Salary ١٢٠٠٠ روپے ماہانہ, e\u0301 ﷺ. ", 200))
	freed := make(chan struct{})
	runtime.AddCleanup(&b[0], func(ch chan struct{}) { close(ch) }, freed)
	src := unsafe.String(&b[0], len(b))
	d := New(src)
	d.Release()
	d, src, b = nil, "", nil
	runtime.GC() // pooled objects survive one collection (in the victim cache)
	select {
	case <-freed:
	case <-time.After(2 * time.Second):
		t.Errorf("a released Doc's source text is still reachable after a collection")
	}
}
