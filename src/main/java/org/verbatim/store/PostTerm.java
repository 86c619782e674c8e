package org.verbatim.store;

/**
 * A post the archive's pages give a person, and when: {@code Deputy Foreign Minister} from the
 * first page that says so to the last.
 *
 * @param post         the post as printed (one spelling of those that differ only in case)
 * @param first        the printed date of the earliest page that gives it ({@code 2019-02-24}),
 *                     or null when only undated pages do
 * @param last         the printed date of the latest such page, or null
 * @param publications how many publications give it
 */
public record PostTerm(String post, String first, String last, int publications) {}
