package org.verbatim.web;

import java.util.List;
import org.verbatim.archive.VersionChanges.TurnPlace;
import org.verbatim.cite.TurnHash;
import org.verbatim.model.Turn;

/**
 * A cited turn's link opened ({@code /p/ID/t/12?v=2&h=5f2a9c1e}): whether the turn's words in the
 * latest version still have the hash the citation carries, with its words now.
 *
 * @param place        where the cited turn is in the latest version (never removed)
 * @param title        the publication's title
 * @param hash         the hash the link carries
 * @param changed      whether the words now have another hash
 * @param hashOfCited  whether the hash is that of the turn's words in the version cited: when it
 *                     is not, the link was not made here, or was mistyped
 * @param now          the turn in the latest version
 */
record CitedTurn(TurnPlace place, String title, String hash, boolean changed,
    boolean hashOfCited, Turn now) {

  static CitedTurn of(TurnPlace place, String title, String hash, Turn cited, Turn now) {
    return new CitedTurn(place, title, hash, !TurnHash.of(now).equals(hash),
        TurnHash.of(cited).equals(hash), now);
  }

  String who() {
    return now.speaker() != null ? now.speaker() : now.label();
  }

  List<String> paragraphs() {
    return now.paragraphs();
  }

  String readHref() {
    return "/p/" + Link.segment(place.id()) + "#t" + place.now();
  }

  String citedHref() {
    return "/p/" + Link.segment(place.id()) + "?v=" + place.version() + "#t" + place.turn();
  }

  /** The changes from the version cited to the latest. */
  String diffHref() {
    return "/p/" + Link.segment(place.id()) + "/changes?from=" + place.version() + "&to="
        + place.latest();
  }
}
