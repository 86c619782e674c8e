package org.verbatim.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLDateBuilder;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLItemDataBuilder;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLNameBuilder;
import de.undercouch.citeproc.csl.CSLType;
import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.verbatim.model.Published;

/**
 * A {@link CitedWork} written in a {@link CitationFormat}.
 *
 * <pre>{@code
 * String apa = Citations.format(CitationFormat.APA, work);
 * // Ivan Petrov. (2017, March 2). Foreign Minister Ivan Petrov’s interview …, turn 2
 * //   [Interview]. Ministry.Example. https://…/p/ID/t/2?v=1&h=5f2a9c1e
 * }</pre>
 *
 * APA, Chicago and MLA are rendered by citeproc-java, one processor per style, made on first
 * use (a style takes a tenth of a second to read, the first about a second) and then kept: a
 * processor is not thread-safe, so each renders one citation at a time under its own lock
 * (a millisecond or a few once warm). BibTeX, RIS and CSL-JSON are written directly. Thread-safe.
 */
public final class Citations {

  private static final Map<CitationFormat, Processor> PROCESSORS =
      new EnumMap<>(CitationFormat.class);

  private Citations() {}

  /**
   * {@code work} in {@code format}: one citation, without a final line break. CSL-JSON is written
   * with every {@code <} escaped, so that it can stand in an HTML data block as it is.
   */
  public static String format(CitationFormat format, CitedWork work) {
    return switch (format) {
      case BIBTEX -> BibTeXWriter.write(work);
      case RIS -> RisWriter.write(work);
      case CSL_JSON -> cslJson(work);
      case APA, CHICAGO, MLA -> processor(format).render(item(work));
    };
  }

  /**
   * {@code work} as a CSL-JSON array of one item ({@code [{"id":…,"type":"speech",…}]}), every
   * character past ASCII and every {@code <} written as a {@code \}{@code u} escape, so that the
   * text can stand in an HTML data block as it is.
   */
  static String cslJson(CitedWork work) {
    Object json = item(work).toJson(new StringJsonBuilderFactory().createJsonBuilder());
    return "[" + json.toString().replace("<", "\\u003c") + "]";
  }

  /** The CSL item of {@code work}, as every CSL style reads it. */
  static CSLItemData item(CitedWork work) {
    CSLItemDataBuilder item = new CSLItemDataBuilder().id(work.key())
        .type(work.interview() ? CSLType.INTERVIEW : CSLType.SPEECH)
        .title(work.title()).genre(work.genre()).URL(work.url())
        .accessed(date(work.accessed()));
    if (!work.authors().isEmpty()) {
      item.author(work.authors().stream()
          .map(name -> new CSLNameBuilder().literal(name).build()).toList()
          .toArray(new CSLName[0]));
    }
    if (work.site() != null) {
      item.containerTitle(work.site());
    }
    if (work.published() != null) {
      item.issued(date(work.published()));
    }
    if (work.language() != null) {
      item.language(work.language());
    }
    return item.build();
  }

  private static CSLDate date(LocalDate day) {
    return new CSLDateBuilder()
        .dateParts(day.getYear(), day.getMonthValue(), day.getDayOfMonth()).build();
  }

  private static CSLDate date(Published published) {
    return date(published.date());
  }

  private static Processor processor(CitationFormat format) {
    synchronized (PROCESSORS) {
      return PROCESSORS.computeIfAbsent(format, f -> new Processor(f.cslStyle()));
    }
  }

  /** One CSL style's processor, with the one item it renders at a time. */
  private static final class Processor implements ItemDataProvider {

    private final CSL csl;
    private CSLItemData item;

    Processor(String style) {
      try {
        csl = new CSL(this, style);
      } catch (IOException e) {
        throw new UncheckedIOException("The CSL style '" + style
            + "' could not be read from the class path", e);
      }
    }

    synchronized String render(CSLItemData work) {
      item = work;
      csl.reset(); // which also sets the output format back to HTML
      csl.setOutputFormat("text");
      csl.registerCitationItems(work.getId());
      String[] entries = csl.makeBibliography().getEntries();
      if (entries.length != 1) {
        throw new IllegalStateException("The CSL processor wrote " + entries.length
            + " entries for one item, '" + work.getId() + "'");
      }
      return entries[0].strip();
    }

    @Override
    public CSLItemData retrieveItem(String id) {
      return item != null && item.getId().equals(id) ? item : null;
    }

    @Override
    public Collection<String> getIds() {
      return item == null ? List.of() : List.of(item.getId());
    }
  }
}
