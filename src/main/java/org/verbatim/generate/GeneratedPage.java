package org.verbatim.generate;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.verbatim.input.RawPage;
import org.verbatim.model.Publication;

/**
 * One synthetic page: its file name, its bytes as written, and the publication the parser must
 * read from them.
 *
 * @param fileName the page's file name ({@code 00042_en_interview.txt})
 * @param format   text or HTML
 * @param bytes    the page exactly as written
 * @param truth    what {@code verbatim parse --json} must print for it; its source path is
 *                 {@code fileName}
 * @param header   how its header prints the date (for tests and benchmarks by form)
 * @param forms    the other forms of the catalogue it holds (chrome, title date, labels,
 *                 contents list), for tests and round trips counted by form
 */
public record GeneratedPage(String fileName, RawPage.Format format, byte[] bytes,
    Publication truth, HeaderForm header, Set<Form> forms) {

  public GeneratedPage {
    EnumSet<Form> copy = EnumSet.noneOf(Form.class);
    copy.addAll(forms);
    forms = Collections.unmodifiableSet(copy);
  }

  /** The name of the truth file written beside the page ({@code 00042_en_interview.truth.json}). */
  public String truthFileName() {
    return fileName.substring(0, fileName.lastIndexOf('.')) + ".truth.json";
  }

  /** The page as the parser reads it from a file named {@link #fileName()}. */
  public RawPage rawPage() {
    return new RawPage(bytes, fileName, null, format);
  }
}
