package org.gongwen.layout;

/** Text in one style: a paragraph is a list of segments (e.g. a run-in lead, then body text). */
record Segment(String text, TextStyle style) {}
