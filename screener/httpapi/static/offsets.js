'use strict';

// byteIndexer maps UTF-8 byte offsets into s to JavaScript string indices
// (UTF-16 code units). A report's evidence offsets count the bytes of its
// UTF-8 text, while s.slice counts code units: they agree only for ASCII,
// so Urdu (2 bytes a letter) or an emoji (4 bytes, 2 units) would shift
// every highlight after it. An offset inside a character maps to the start
// of that character.
function byteIndexer(s) {
  var table = [];
  for (var i = 0; i < s.length;) {
    var cp = s.codePointAt(i);
    var bytes = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    for (var k = 0; k < bytes; k++) {
      table.push(i);
    }
    i += cp > 0xffff ? 2 : 1;
  }
  table.push(s.length);
  return function (b) {
    if (!(b > 0)) {
      return 0;
    }
    return b < table.length ? table[b] : s.length;
  };
}

if (typeof module === 'object' && module.exports) {
  module.exports = { byteIndexer: byteIndexer };
}
