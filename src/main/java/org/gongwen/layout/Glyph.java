package org.gongwen.layout;

import org.gongwen.style.FontFace;

/** One placed character of a line draft: x relative to the line's measure start; {@code node} as its segment's. */
record Glyph(int codePoint, FontFace face, TextStyle style, double x, double advance, int node) {}
