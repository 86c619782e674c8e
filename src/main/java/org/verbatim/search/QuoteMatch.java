package org.verbatim.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.verbatim.diff.Piece;
import org.verbatim.model.Role;

/**
 * A turn the quote finder takes for the source of a quote.
 *
 * @param id        the publication's archive id
 * @param version   the version of it indexed: what the citation's link names
 * @param title     its title, or null
 * @param published its date as printed (ISO: {@code 2019-02-24T08:00}), or null
 * @param language  its language code, or null
 * @param turn      the turn's number, from 1
 * @param label     the turn's label as printed, or null
 * @param speaker   who spoke, or null
 * @param role      question, answer or remarks
 * @param score     how closely the source says the quote, from 0 to 1 (1: word for word, and
 *                  each fragment of a shortened quote in order)
 * @param start     where the source's words start in the turn's text (its paragraphs joined by
 *                  blank lines)
 * @param end       where they end, exclusive
 * @param source    the source's exact words, as pieces: {@code SAME} where the quote says the
 *                  same, {@code DELETED} what the quote changed or left out; together they are
 *                  the turn's text from {@code start} to {@code end}
 * @param quote     the quote as pasted, as pieces: {@code SAME} where the source says the same,
 *                  {@code INSERTED} what the source does not say
 * @param versions  the turns of the publication's other language versions aligned with this
 *                  turn: the original of a translated quote
 */
public record QuoteMatch(String id, int version, String title, String published, String language,
    int turn, String label, String speaker, Role role, double score, int start, int end,
    List<Piece> source, List<Piece> quote, List<Original> versions) {

  public QuoteMatch {
    source = List.copyOf(source);
    quote = List.copyOf(quote);
    versions = List.copyOf(versions);
  }

  /**
   * The turn as another language version holds it.
   *
   * @param language   that version's language
   * @param id         its archive id
   * @param turns      its turns aligned with the source turn, ascending
   * @param confidence how sure the alignment is of that link, from 0 to 1
   * @param text       those turns' text, joined by blank lines
   */
  public record Original(String language, String id, List<Integer> turns, double confidence,
      String text) {
    public Original {
      turns = List.copyOf(turns);
    }
  }

  /** The source's exact words: the {@code SAME} and {@code DELETED} pieces. */
  public String sourceText() {
    StringBuilder out = new StringBuilder();
    source.forEach(p -> out.append(p.text()));
    return out.toString();
  }

  /** The permalink of the turn in the version cited: {@code /p/ID/t/N?v=V}. */
  public String link() {
    return "/p/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20") + "/t/"
        + turn + "?v=" + version;
  }

  /**
   * A citation: {@code “Title”, 2019-02-24, Ivan Petrov, turn 12. /p/ID/t/12?v=2}; the date is
   * the day as printed, the speaker the label when the turn has no speaker.
   */
  public String citation() {
    StringBuilder out = new StringBuilder();
    out.append('“').append(title == null ? "Untitled" : title).append("”, ");
    out.append(published == null ? "undated" : published.substring(0,
        Math.min(10, published.length())));
    String who = speaker != null ? speaker : label;
    if (who != null) {
      out.append(", ").append(who);
    }
    return out.append(", turn ").append(turn).append(". ").append(link()).toString();
  }
}
