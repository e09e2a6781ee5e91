package org.gongwen.layout;

import org.gongwen.style.HouseStyle.RoleStyle;

/** The face, size and colour of a stretch of text: the run-level part of a role's style. */
record TextStyle(String eastAsiaFont, String latinFont, double sizePt, String color) {
    static TextStyle of(RoleStyle rs) {
        return new TextStyle(rs.eastAsiaFont(), rs.latinFont(), rs.sizePt(), rs.color());
    }
}
