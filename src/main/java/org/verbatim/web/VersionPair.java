package org.verbatim.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.verbatim.align.Link;
import org.verbatim.align.TurnAligner;
import org.verbatim.align.TurnAlignment;
import org.verbatim.store.LanguageVersion;
import org.verbatim.store.StoredPublication;
import org.verbatim.store.TranscriptStore;

/**
 * A publication and its version in another language, their turns aligned on request
 * ({@link TurnAligner}, about a millisecond and a half for two 50-turn versions): what the
 * alignment API, the side-by-side page and the switcher's redirect share.
 *
 * @param left      the publication asked for
 * @param right     its version in the language asked for
 * @param alignment how their turns and section headings correspond
 */
record VersionPair(StoredPublication left, StoredPublication right, TurnAlignment alignment) {

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");
  private static final TurnAligner ALIGNER = new TurnAligner();

  /**
   * Publication {@code left} and its version in {@code language} ({@code ru}, or a tag
   * {@code ru-RU} of which the language counts).
   *
   * @throws WebException 404 naming what is missing when there is no such version
   */
  static VersionPair of(TranscriptStore store, StoredPublication left, String language) {
    if (!LANGUAGE.matcher(language).matches()) {
      throw WebException.notFound("No language '" + language + "': give a language code, as "
          + "ru or ru-RU");
    }
    String wanted = primary(language);
    List<LanguageVersion> versions = store.languageVersions(left.id(), left.publication());
    LanguageVersion version = versions.stream().filter(v -> wanted.equals(v.language()))
        .findFirst().orElseThrow(() -> WebException.notFound("Publication '" + left.id()
            + "' has no version in '" + wanted + "' in the archive; its versions: "
            + (versions.isEmpty() ? "none" : String.join(", ", versions.stream()
                .map(v -> (v.language() == null ? "unknown language" : v.language()) + " "
                    + v.id()).toList()))));
    StoredPublication right = store.publication(version.id()).orElseThrow(
        () -> WebException.notFound("No publication with id '" + version.id() + "' in the archive"));
    return new VersionPair(left, right, ALIGNER.align(left.publication(), right.publication()));
  }

  /** {@code ru} for {@code ru-RU}. */
  static String primary(String tag) {
    int dash = tag.indexOf('-');
    return (dash > 0 ? tag.substring(0, dash) : tag).toLowerCase(Locale.ROOT);
  }

  /** The right version's language, as stored. */
  String language() {
    return right.publication().language();
  }

  /**
   * The right version's turn that says what left turn {@code turn} says: the first of its link,
   * or, for a turn the right version lacks, the last right turn before it; 0 when there is none
   * (the top of the page).
   */
  int rightTurn(int turn) {
    int before = 0;
    for (Link link : alignment.turns()) {
      if (link.left().contains(turn)) {
        return link.right().isEmpty() ? before : link.right().get(0);
      }
      if (!link.right().isEmpty()) {
        before = link.right().get(link.right().size() - 1);
      }
    }
    return before;
  }

  /**
   * {@code {"id","language","version":{"id","language","title","published"},"ratio",
   * "turns":[{"left":[1],"right":[1],"confidence","doubtful"}],"sections":[…]}}.
   */
  ObjectNode json() {
    ObjectNode out = ApiJson.JSON.createObjectNode();
    out.put("id", left.id());
    out.put("language", left.publication().language());
    ObjectNode version = out.putObject("version");
    version.put("id", right.id());
    version.put("language", language());
    version.put("title", right.publication().title());
    version.put("published", right.publication().published() == null ? null
        : right.publication().published().toString());
    out.put("ratio", alignment.ratio());
    links(out.putArray("turns"), alignment.turns());
    links(out.putArray("sections"), alignment.sections());
    return out;
  }

  private static void links(ArrayNode out, List<Link> links) {
    for (Link link : links) {
      ObjectNode node = out.addObject();
      link.left().forEach(node.putArray("left")::add);
      link.right().forEach(node.putArray("right")::add);
      node.put("confidence", link.confidence());
      node.put("doubtful", link.confidence() < TurnAlignment.LOW_CONFIDENCE);
    }
  }
}
