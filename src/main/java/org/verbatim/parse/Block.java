package org.verbatim.parse;

/**
 * One classified piece of a page's body: a paragraph, with the label that starts it if any, or a
 * section heading. A line with a glued label gives two blocks with the same line number.
 *
 * @param kind    what it is
 * @param line    its 0-based line index
 * @param text    the paragraph's words after any label, stripped (may be empty after a label)
 * @param label   the label, for {@link BlockKind#LABELLED}
 * @param section the section a {@link BlockKind#SECTION_HEADING} opens, else 0
 */
record Block(BlockKind kind, int line, String text, Label label, int section) {}
