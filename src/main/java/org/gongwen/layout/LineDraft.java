package org.gongwen.layout;

import java.util.List;

/** A broken and justified line before it is put on a page: glyphs with x from the measure start. */
record LineDraft(List<Glyph> glyphs, double measure, boolean last) {}
