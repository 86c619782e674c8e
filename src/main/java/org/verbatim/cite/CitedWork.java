package org.verbatim.cite;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.verbatim.model.Kind;
import org.verbatim.model.Publication;
import org.verbatim.model.Published;
import org.verbatim.model.Turn;

/**
 * What a citation names: a publication of the archive, or one turn of it.
 *
 * <pre>{@code
 * CitedWork work = CitedWork.turn("0123456789abcdef", 2, publication, 12,
 *     "https://verbatim.example.org", LocalDate.now(ZoneOffset.UTC));
 * String apa = Citations.format(CitationFormat.APA, work);
 * }</pre>
 *
 * @param key       a key unique to the work: {@code ID-v2} or {@code ID-v2-t12}
 * @param title     the publication's title as printed; for a turn, with {@code , turn 12}
 * @param authors   the speaker of a turn; the principal participants of a publication (none
 *                  when its title names none); names as printed, never split into given and
 *                  family names, which the archive does not know
 * @param interview whether CSL's type is {@code interview} (else {@code speech})
 * @param genre     the publication's kind ({@code briefing})
 * @param site      the site that published it: the host of its original address without
 *                  {@code www.}, or null when it has none
 * @param published the date as printed on the page, or null when it prints none
 * @param accessed  the day the citation is made
 * @param url       the permalink: {@code …/p/ID?v=2}, or for a turn {@code …/p/ID/t/12?v=2&h=HASH}
 * @param language  the publication's language ({@code en}), or null
 */
public record CitedWork(String key, String title, List<String> authors, boolean interview,
    String genre, String site, Published published, LocalDate accessed, String url,
    String language) {

  public CitedWork {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(title, "title");
    authors = List.copyOf(authors);
    Objects.requireNonNull(accessed, "accessed");
    Objects.requireNonNull(url, "url");
  }

  /**
   * Version {@code version} of publication {@code id}.
   *
   * @param siteUrl the archive's public address without a final {@code /}
   */
  public static CitedWork publication(String id, int version, Publication p, String siteUrl,
      LocalDate accessed) {
    return new CitedWork(id + "-v" + version, title(id, p),
        p.participants().stream().map(who -> who.name()).toList(), p.kind() == Kind.INTERVIEW,
        p.kind().code(), site(p), p.published(), accessed,
        siteUrl + "/p/" + segment(id) + "?v=" + version, p.language());
  }

  /**
   * Turn {@code number} (from 1, in reading order) of version {@code version} of publication
   * {@code id}.
   *
   * @throws IllegalArgumentException when the publication has no such turn
   */
  public static CitedWork turn(String id, int version, Publication p, int number, String siteUrl,
      LocalDate accessed) {
    if (number < 1 || number > p.turns().size()) {
      throw new IllegalArgumentException("Version " + version + " of publication '" + id
          + "' has no turn " + number + ": its turns are 1 to " + p.turns().size());
    }
    Turn turn = p.turns().get(number - 1);
    String who = turn.speaker() != null ? turn.speaker() : turn.label();
    return new CitedWork(id + "-v" + version + "-t" + number,
        title(id, p) + ", turn " + number, who == null ? List.of() : List.of(who),
        p.kind() == Kind.INTERVIEW, p.kind().code(), site(p), p.published(), accessed,
        siteUrl + "/p/" + segment(id) + "/t/" + number + "?v=" + version + "&h="
            + TurnHash.of(turn), p.language());
  }

  private static String title(String id, Publication p) {
    return p.title() == null ? "Untitled publication " + id : p.title();
  }

  /** Archive ids are hex; this keeps any other id from breaking the link. */
  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String site(Publication p) {
    String url = p.source() == null ? null : p.source().url();
    int scheme = url == null ? -1 : url.indexOf("://");
    if (scheme < 0) {
      return null; // read from a file, not from an address
    }
    int end = scheme + 3;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String host = url.substring(scheme + 3, end).toLowerCase(Locale.ROOT);
    host = host.startsWith("www.") ? host.substring(4) : host;
    return host.isEmpty() ? null : host;
  }
}
